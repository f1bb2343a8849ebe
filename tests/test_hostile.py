"""Hostile and broken input: every corpus file gets its precise verdict, generated attacks
finish in seconds with bounded memory, nothing touches the network, no output escapes."""

from __future__ import annotations

import io
import json
import os
import random
import socket
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, seed

import ogi
from ogi.batch import BatchOptions, run_batch

# The verdict for every corpus file, written from corpus/SOURCES.md: what each file is and
# what a careful converter must say about it. REPORT means a Report is produced.
VERDICTS = {
    "broken/html/unstructured_example-steelJIS-datasheet-utf-16.html": "NOT_A_REPORT",  # a steel datasheet
    "broken/html/unstructured_fake-html-cp1252.html": "NOT_A_REPORT",  # sample prose
    "broken/office/docling_Strict.docx": "UNSUPPORTED_FORMAT",  # Strict OOXML, refused clearly
    "broken/office/poi_ExternalEntityInText.docx": "NOT_A_REPORT",  # read; the entity not resolved
    "broken/office/poi_PasswordProtected.doc": "ENCRYPTED",
    "broken/office/poi_bug53475-password-is-pass.docx": "ENCRYPTED",
    "broken/office/poi_empty.doc": "EMPTY",  # legacy .doc without text (read by LibreOffice)
    "broken/office/poi_invalid.xlsx": "CORRUPT",  # 22-byte empty zip
    "broken/office/poi_password_tika_binaryrc4.doc": "ENCRYPTED",
    "broken/office/poi_poc-shared-strings.xlsx": "TOO_LARGE",  # shared-string expansion
    "broken/office/poi_poc-xmlbomb-empty.xlsx": "CORRUPT",  # entity expansion refused by the parser
    "broken/office/poi_poc-xmlbomb.xlsx": "CORRUPT",
    "broken/office/poi_protected_agile.docx": "ENCRYPTED",
    "broken/office/poi_truncated62886.docx": "CORRUPT",  # zip central directory missing
    "broken/office/poi_xlsx-corrupted.xlsx": "NOT_A_REPORT",  # recovered, and not a report
    "broken/office/poi_xxe_in_schema.xlsx": "NOT_A_REPORT",  # read; the schema part ignored
    "broken/office/unstructured_eng_spa_mult.doc": "NOT_A_REPORT",  # a .docx named .doc, read by content
    "broken/pdf/docling_invisible_text_layer.pdf": "NOT_A_REPORT",
    "broken/pdf/pdfjs_GHOSTSCRIPT-698804-1-fuzzed.pdf": "EMPTY",  # 0 usable pages
    "broken/pdf/pdfjs_Pages-tree-refs.pdf": "CORRUPT",  # cyclic page tree
    "broken/pdf/pdfjs_REDHAT-1531897-0.pdf": "CORRUPT",
    "broken/pdf/pdfjs_bug1020226.pdf": "CORRUPT",
    "broken/pdf/pdfjs_cidfont_cmap_overflow.pdf": "NOT_A_REPORT",  # decoded, not a report
    "broken/pdf/pdfjs_empty_protected.pdf": "EMPTY",  # opens with the empty password; no content
    "broken/pdf/pdfjs_helloworld-bad.pdf": "NOT_A_REPORT",  # repaired: "Hello, world!"
    "broken/pdf/pdfjs_issue21579.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_issue3371.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_issue6010_1.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_issue6010_2.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_multiple-filters-length-zero.pdf": "NOT_A_REPORT",
    "broken/pdf/pdfjs_operator_list_cycle.pdf": "EMPTY",  # XObject cycle: no text, no image
    "broken/pdf/pdfjs_poppler-67295-0.pdf": "NOT_A_REPORT",
    "broken/pdf/pdfjs_poppler-742-0-fuzzed.pdf": "CORRUPT",
    "broken/pdf/pdfjs_poppler-85140-0.pdf": "EMPTY",
    "broken/pdf/pdfjs_print_protection.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_saslprep-r6.pdf": "ENCRYPTED",
    "broken/pdf/pdfjs_xref_command_missing.pdf": "NOT_A_REPORT",  # reconstructed
    "broken/pdf/pdfminer_aes-256-r6.pdf": "ENCRYPTED",
    "broken/pdf/pdfminer_issue-1113-evil-xobjects.pdf": "NOT_A_REPORT",  # recursion guarded
    "broken/pdf/pdfminer_rc4-40.pdf": "ENCRYPTED",
    "broken/pdf/pdfminer_zen_of_python_corrupted.pdf": "NOT_A_REPORT",  # text recovered
    "broken/pdf/pdfplumber_empty.pdf": "EMPTY",  # zero bytes
    "broken/pdf/pdfplumber_issue-297-example.pdf": "EMPTY",
    "broken/pdf/pdfplumber_malformed-from-issue-932.pdf": "NOT_A_REPORT",
    "broken/pdf/pdfplumber_password-example.pdf": "ENCRYPTED",
    "broken/pdf/pypdf_r2-empty-password.pdf": "NOT_A_REPORT",  # empty user password: opened
    "broken/pdf/pypdf_r4-aes-user-password.pdf": "ENCRYPTED",
    "broken/pdf/pypdf_r4-owner-password.pdf": "NOT_A_REPORT",  # owner password only: opened
    "broken/pdf/pypdf_r5-user-password.pdf": "ENCRYPTED",
    "broken/pdf/pypdf_r6-empty-password.pdf": "NOT_A_REPORT",
    "broken/pdf/pypdf_r6-owner-password.pdf": "NOT_A_REPORT",
    "broken/pdf/pypdf_r6-user-password.pdf": "ENCRYPTED",
    "broken/pdf/pypdf_unencrypted.pdf": "NOT_A_REPORT",
    "broken/pdf/unstructured_copy-protected.pdf": "NOT_A_REPORT",  # copy-protected: opened
    "broken/pdf/unstructured_password.pdf": "ENCRYPTED",
    "real/doc/poi_61490.doc": "NOT_A_REPORT",  # legacy .doc, read through LibreOffice
    "real/docx/poi_stress009.docx": "NOT_A_REPORT",
    "real/docx/poi_stress019.docx": "NOT_A_REPORT",
    "real/pdf/pdfjs_XiaoBiaoSong.pdf": "NOT_A_REPORT",
    "real/pdf/pdfplumber_issue-336-example.pdf": "NOT_A_REPORT",
    "real/pdf/pdfplumber_issue-67-example.pdf": "NOT_A_REPORT",
    "real/pdf/pdfplumber_issue-842-example.pdf": "NOT_A_REPORT",
    "real/pdf/pymupdf_chinese-tables.pdf": "NOT_A_REPORT",
    "real/pdf/pymupdf_has-bad-fonts.pdf": "NOT_A_REPORT",
    "real/pdf/pymupdf_test_4699.pdf": "NOT_A_REPORT",
    "real/pdf/pypdf_issue-914-xmp-data.pdf": "NOT_A_REPORT",
}


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ogi.batch.Entry]:
    """Every corpus file through the bulk runner (isolated workers, a timeout)."""
    out = tmp_path_factory.mktemp("corpus-out")
    return run_batch(
        [str(CORPUS / "broken"), str(CORPUS / "real")], str(out), BatchOptions(jobs=2, timeout=60)
    )


def test_every_corpus_file_is_in_the_verdict_table() -> None:
    files = {
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name != "SOURCES.md"
    }
    assert files == set(VERDICTS)


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_corpus_verdict(name: str, corpus_run: dict[str, ogi.batch.Entry]) -> None:
    entry = corpus_run[str(CORPUS / name)]
    verdict = "REPORT" if entry.status == "ok" else entry.code
    assert verdict == VERDICTS[name], entry.message
    assert entry.status != "skipped"
    if entry.status == "failed":
        assert (
            entry.message
            and "Traceback" not in entry.message
            and entry.code not in ("TIMEOUT", "CRASHED", "INTERNAL")
        )


# ---------------------------------------------------------------- generated attacks


def _docx_with_document_xml(xml: bytes) -> bytes:
    sample = (ROOT / "samples/docx/000_9ba4c109e1ad8830.docx").read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sample)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = xml if info.filename == "word/document.xml" else src.read(info.filename)
            dst.writestr(info.filename, data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_billion_laughs_in_a_docx_is_refused_quickly() -> None:
    entities = b"".join(
        b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">'
        % ((i,) + (i - 1,) * 10)
        for i in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">' + entities + b"]>"
        b"<w:document "
        + W
        + b"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(ogi.OgiError) as info:
        ogi.convert(_docx_with_document_xml(xml), filename="laughs.docx")
    assert info.value.code in {"CORRUPT", "NOT_A_REPORT", "EMPTY"}


def test_xxe_to_a_local_file_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://'
        + str(secret).encode()
        + b'">]>'
        b"<w:document "
        + W
        + b"><w:body><w:p><w:r><w:t>"
        + "2023年政府信息公开工作年度报告".encode()
        + b" &x;</w:t></w:r></w:p>"
        b"</w:body></w:document>"
    )
    try:
        report = ogi.convert(
            _docx_with_document_xml(xml),
            filename="xxe.docx",
            options=ogi.records.Options(accept_any=True),
        )
    except ogi.OgiError as exc:
        assert "TOP-SECRET" not in exc.message
    else:
        assert "TOP-SECRET" not in report.to_json()


@pytest.mark.parametrize(
    "suffix", [".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".xlsx", ".bin", ""]
)
def test_zero_byte_file_of_each_suffix_is_empty(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"zero{suffix}"
    path.write_bytes(b"")
    with pytest.raises(ogi.OgiError) as info:
        ogi.convert(path)
    assert info.value.code == "EMPTY"


def test_hundred_megabytes_of_random_bytes_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "random.pdf"
    path.write_bytes(random.Random(7).randbytes(100_000_000))
    with pytest.raises(ogi.OgiError) as info:
        ogi.convert(path)
    assert info.value.code == "CORRUPT"


def test_two_thousand_pages_hit_the_page_limit(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "plugins/ogi-pdf/tests"))
    from test_pdf import minimal_pdf

    path = tmp_path / "long.pdf"
    path.write_bytes(minimal_pdf(2001))
    entries = run_batch([str(path)], str(tmp_path / "out"), BatchOptions())  # default --max-pages
    assert entries[str(path)].code == "TOO_LARGE"


@pytest.mark.parametrize(
    "data, name",
    [
        (b"\xff\xfe\xfd invalid utf-8 \xc3\x28 and gbk \x81\x20", "bad.txt"),
        (
            b'<html><meta charset="gbk"><body><p>\x81\x20\xfe\xff\xc3\x28</p></body></html>',
            "bad-gbk.html",
        ),
        (
            b'<html><meta charset="utf-8"><body><p>\xc3\x28\xa0\xa1</p></body></html>',
            "bad-utf8.html",
        ),
    ],
)
def test_invalid_byte_sequences_get_a_verdict(data: bytes, name: str) -> None:
    with pytest.raises(ogi.OgiError) as info:
        ogi.convert(data, filename=name)
    assert info.value.code in {"CORRUPT", "NOT_A_REPORT", "EMPTY"}


NASTY_NAMES = [
    "年度报告 2023.txt",
    "quote'\"s.txt",
    "semi;colon $(echo x) `id`.txt",
    "star*?.txt",
    "-n.txt",
    "dots..txt",
]


def test_file_names_with_chinese_spaces_quotes_and_metacharacters(tmp_path: Path) -> None:
    tree = tmp_path / "in" / "子目录 with space"
    tree.mkdir(parents=True)
    for name in NASTY_NAMES:
        (tree / name).write_bytes(seed("001").read_bytes())
    out = tmp_path / "out"
    entries = run_batch([str(tmp_path / "in")], str(out), BatchOptions(jobs=2))
    assert [e.status for e in entries.values()] == ["ok"] * len(NASTY_NAMES)
    for entry in entries.values():
        target = (out / entry.output).resolve()
        assert target.is_file() and out.resolve() in target.parents


def test_symlink_loop_and_dangling_link_and_fifo(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    (tree / "a").mkdir(parents=True)
    (tree / "a" / "loop").symlink_to(tree, target_is_directory=True)
    (tree / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tree / "pipe.txt")
    (tree / "a" / "ok.txt").write_bytes(seed("000").read_bytes())
    entries = run_batch([str(tree)], str(tmp_path / "out"), BatchOptions(timeout=20))
    by_name = {Path(p).name: e for p, e in entries.items()}
    assert by_name["ok.txt"].status == "ok"
    assert by_name["dangling.txt"].code == "NOT_FOUND"
    assert by_name["pipe.txt"].code == "NOT_FOUND" and "regular file" in (
        by_name["pipe.txt"].message or ""
    )
    assert "loop" not in by_name  # a symlinked directory is not followed


def test_outputs_never_leave_outdir(tmp_path: Path) -> None:
    from ogi.writers import relative_output as _relative

    assert ".." not in Path(_relative("/x/../../etc/passwd", ["/x"])).parts
    assert _relative("/elsewhere/a.txt", ["/x"]) == "a.txt"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_bytes(seed("000").read_bytes())
    entries = run_batch([str(tmp_path / "in" / ".." / "in")], str(tmp_path / "out"), BatchOptions())
    (entry,) = entries.values()
    assert (tmp_path / "out" / entry.output).resolve().parent == (tmp_path / "out").resolve()


def test_no_network_is_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ogi tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    samples = [
        p for p in (ROOT / "samples").rglob("*") if p.is_file() and ".expected." not in p.name
    ]
    reports = [ogi.convert(p) for p in samples]
    assert len(reports) == len(samples) and all(r.cells for r in reports)
    assert json.loads(reports[0].to_json())["schema_version"] == "1.0"
