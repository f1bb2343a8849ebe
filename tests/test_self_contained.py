"""The tests read nothing outside the repository: a plain clone passes them (CI proves it by
running from a fresh clone in an empty directory; this catches the mistake early)."""

from __future__ import annotations

import re

from conftest import ROOT

TEST_DIRS = [
    ROOT / "tests",
    *sorted((ROOT / "plugins").glob("*/tests")),
    ROOT / "docs" / "example-plugin" / "tests",
]
OUTSIDE = re.compile(r"ROOT\.parent\b|\.\./shared|[\"']shared[\"']")


def test_no_test_reaches_outside_the_repository() -> None:
    offenders = []
    for folder in TEST_DIRS:
        for path in sorted(folder.rglob("*.py")):
            if path.name == "test_self_contained.py":
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_corpus_the_tests_use_is_in_the_repository() -> None:
    corpus = ROOT / "tests" / "corpus"
    assert (corpus / "SOURCES.md").is_file()
    assert len([p for p in corpus.rglob("*") if p.is_file()]) >= 60


def test_plugins_know_only_the_document_not_the_interpreter() -> None:
    """Extractor plugins use the public API (ogi.document, ogi.records, ogi.errors, ogi.text,
    ogi.testing), never the interpreter's internals."""
    imports = re.compile(r"^\s*(?:from|import)\s+(ogi\.interpret\S*)", re.M)
    offenders = [
        f"{path.relative_to(ROOT)}: {m.group(1)}"
        for path in sorted((ROOT / "plugins").glob("*/src/**/*.py"))
        + sorted((ROOT / "docs" / "example-plugin" / "src").rglob("*.py"))
        for m in imports.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
