"""Which modules a conversion of one file loads: the deterministic stand-in for its cold
start (no wall clock is asserted). Converting a text file must not load another format's
libraries, numpy or pandas, the bulk runner, its database or the across commands; the
figures themselves are in benchmarks/ (docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT / "samples" / "text" / "000_9ba4c109e1ad8830.txt"

# Libraries of other formats and of analysis: never needed to read a text file.
HEAVY = (
    "numpy",
    "pandas",
    "pyarrow",
    "pdfplumber",
    "pdfminer",
    "pypdfium2",
    "docx",
    "bs4",
    "lxml",
    "openpyxl",
    "rapidocr",
    "onnxruntime",
    "cv2",
    "PIL",
)
# The bulk machinery: one file needs none of it.
BULK = (
    "sqlite3",
    "concurrent.futures",
    "multiprocessing.pool",
    "ogi.batch",
    "ogi.cli_summary",
    "ogi.executors",
    "ogi.store",
    "ogi.runner.engines",
    "ogi.runner.inputs",
    "ogi.runner.journal",
    "ogi.runner.sinks",
    "ogi.across",
)

_DUMP = """
import atexit, json, sys
def _dump():
    with open({out!r}, "w", encoding="utf-8") as handle:
        json.dump(sorted(sys.modules), handle)
atexit.register(_dump)
"""


def _loaded(code: str, out: Path) -> set[str]:
    """The modules a fresh interpreter has loaded when ``code`` ends (however it exits)."""
    script = _DUMP.format(out=str(out)) + code
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, capture_output=True)
    return set(json.loads(out.read_text(encoding="utf-8")))


def _offending(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == n or m.startswith(n + ".") for n in names))


def test_cli_convert_of_one_text_file_loads_no_heavy_or_bulk_module(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    code = f"from ogi.entry import main\nmain(['convert', {str(TEXT)!r}, '-o', {str(out)!r}])\n"
    loaded = _loaded(code, tmp_path / "modules.json")
    assert out.exists()
    assert _offending(loaded, HEAVY + BULK) == []
    if sys.platform.startswith("linux"):  # the early worker (forked) converts: the models
        # and the interpreter load there, while the driver parses the command line
        assert _offending(loaded, ("pydantic", "ogi.report", "ogi.pipeline")) == []


def test_api_convert_of_one_text_file_loads_no_heavy_or_bulk_module(tmp_path: Path) -> None:
    code = f"import ogi\nogi.convert({str(TEXT)!r})\n"
    loaded = _loaded(code, tmp_path / "modules.json")
    assert "ogi.report" in loaded  # it did convert
    assert _offending(loaded, HEAVY + BULK + ("multiprocessing", "psutil")) == []


def test_import_ogi_loads_no_model_or_plugin(tmp_path: Path) -> None:
    loaded = _loaded("import ogi\n", tmp_path / "modules.json")
    assert _offending(loaded, HEAVY + BULK + ("pydantic", "ogi.report", "ogi.interpret")) == []


# What the registry needs of a plugin is its claims: the readers (and the interpreter's
# vocabulary they use) load when a file of theirs is read.
READERS = (
    "ogi.text",
    "ogi.interpret",
    "ogi_pdf.reader",
    "ogi_pdf.text",
    "ogi_pdf.tables",
    "ogi_office.soffice",
    "ogi_html.decode",
    "ogi_html.blocks",
)


def test_loading_the_registry_and_claiming_a_text_file_loads_no_reader(tmp_path: Path) -> None:
    code = (
        "from ogi.registry import Registry\n"
        "from ogi.records import Source\n"
        f"source = Source(open({str(TEXT)!r}, 'rb').read(), name={TEXT.name!r})\n"
        "assert Registry.load().choose(source).name == 'text'\n"
    )
    loaded = _loaded(code, tmp_path / "modules.json")
    assert "ogi_pdf.plugin" in loaded  # the plugins did load
    assert _offending(loaded, HEAVY + READERS) == []


LEGACY_READERS = (
    "ogi.interpret.legacy",
    "ogi.interpret.legacy_table",
    "ogi.interpret.legacy_labels",
)


def test_a_2019_report_loads_no_legacy_reader_and_a_legacy_report_does(tmp_path: Path) -> None:
    """The pre-2019 readers and their vocabulary (most of the interpreter's patterns) are
    compiled by the first report that needs them, not by every start (nor the warm-up)."""
    legacy = ROOT / "samples" / "text" / "003_fc839379ecaf0f5e.txt"
    code = (
        "import ogi\nfrom ogi.interpret import load_parts\nload_parts()\n"
        f"report = ogi.convert({str(TEXT)!r})\nassert report.template != 'legacy'\n"
    )
    loaded = _loaded(code, tmp_path / "modern.json")
    assert "ogi.interpret.tables" in loaded  # it did interpret
    assert _offending(loaded, LEGACY_READERS) == []
    code = f"import ogi\nassert ogi.convert({str(legacy)!r}).template == 'legacy'\n"
    assert set(LEGACY_READERS) <= _loaded(code, tmp_path / "legacy.json")
