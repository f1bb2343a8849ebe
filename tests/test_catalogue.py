"""Every warning code the code base can emit is in docs/warnings.md, and every error code
in docs/errors.md — a new code without its documentation fails here."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

SOURCES = [
    *sorted((ROOT / "src").rglob("*.py")),
    *sorted((ROOT / "plugins").glob("*/src/**/*.py")),
    *sorted((ROOT / "docs" / "example-plugin" / "src").rglob("*.py")),
]
WARNING = re.compile(
    r'(?:\b\w*warn\w*\(\s*|"code":\s*|WarningRecord\(\s*code=)"([A-Z][A-Z_]+)"', re.S
)
ERROR = re.compile(r'(?<![\w"])code\s*=\s*"([A-Z][A-Z_]+)"')
ERROR_CLASS = re.compile(r'^\s+code = "([A-Z][A-Z_]+)"', re.M)


def _documented(doc: str) -> set[str]:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([A-Z][A-Z_]+)`", text, re.M))


def _emitted(pattern: re.Pattern[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in SOURCES:
        for code in pattern.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, path)
    return found


def test_every_warning_code_is_documented() -> None:
    emitted = _emitted(WARNING)
    assert {"VALUE_UNPARSED", "TABLE_INCOMPLETE", "CHARSET_MISMATCH"} <= set(emitted)
    missing = {
        c: str(p.relative_to(ROOT))
        for c, p in emitted.items()
        if c not in _documented("warnings.md")
    }
    assert not missing, f"warning codes missing from docs/warnings.md: {missing}"


def test_every_error_code_is_documented() -> None:
    emitted = _emitted(ERROR) | _emitted(ERROR_CLASS)
    emitted.pop("ERROR", None)  # the abstract base class
    for code in _emitted(WARNING):  # WarningRecord(code=...) is a warning, not an error
        emitted.pop(code, None)
    documented = _documented("errors.md")
    missing = {c: str(p.relative_to(ROOT)) for c, p in emitted.items() if c not in documented}
    assert not missing, f"error codes missing from docs/errors.md: {missing}"
