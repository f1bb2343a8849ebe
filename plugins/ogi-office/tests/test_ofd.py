"""OFD: the contract, the same tables as the seed text, merged cells from missing rulings,
the refusals (signed, encrypted, scanned, bombs, size lies) and the parsing details."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from office_paths import GOLDEN, SAMPLES, SEED_DOCX, SEED_HTML, SEED_PDF, SEED_TEXT, text_twin
from ogi_office.ofd import claim, extract
from ogi_office.ofd.content import Segment, deltas, path_points
from ogi_office.ofd.tables import find_tables
from ogi_office.ofd.text import Line, paragraphs

import ogi
from ogi.document import Paragraph, Table
from ogi.errors import OgiError
from ogi.records import Match, Options, Source
from ogi.testing import ExtractorContract

OFDS = sorted((SAMPLES / "ofd").glob("*.ofd"))
NS = "http://www.ofdspec.org/2016"


class TestOfdContract(ExtractorContract):
    extractor = "ofd"
    samples = SAMPLES / "ofd"
    golden = GOLDEN / "ofd"
    foreign = (
        SEED_TEXT,
        SEED_PDF,
        SEED_DOCX,
        SEED_HTML,
        SAMPLES / "xlsx" / "000_9ba4c109e1ad8830.xlsx",
    )
    broken = (b"PK\x03\x04" + b"\0" * 64, b"PK\x05\x06" + b"\0" * 18)
    suffix = ".ofd"


@pytest.mark.parametrize("sample", OFDS, ids=lambda p: p.name)
def test_same_tables_as_the_seed_text(sample: Path) -> None:
    report = ogi.convert(sample)
    twin = ogi.convert(text_twin(sample))
    assert report.tables == twin.tables
    assert [s.title for s in report.sections] == [s.title for s in twin.sections]


def test_claims_by_content_whatever_the_name() -> None:
    data = OFDS[0].read_bytes()
    assert claim(Source(data, "noext")) == Match.CONTENT
    assert claim(Source(b"PK\x03\x04broken", "x.ofd")) == Match.SUFFIX
    assert claim(Source(SEED_DOCX.read_bytes(), "x.ofd")) == Match.SUFFIX


def test_tables_have_spans_where_rulings_are_missing() -> None:
    document = extract(Source(OFDS[0].read_bytes(), "x.ofd"), Options())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 3 and [t.index for t in tables] == [0, 1, 2]
    corner = tables[1].cells[0]
    assert (corner.rowspan, corner.colspan) == (3, 3) and corner.prov.page is not None
    for table in tables:
        assert sum(c.rowspan * c.colspan for c in table.cells) == table.n_rows * table.n_cols


def test_page_numbers_dropped_and_wrapped_lines_joined() -> None:
    document = extract(Source(OFDS[3].read_bytes(), "x.ofd"), Options())
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith("- ") and t.endswith(" -") for t in texts)
    seed = text_twin(OFDS[3]).read_text(encoding="utf-8")
    long_lines = [t for t in texts if len(t) > 60]
    assert long_lines and all(t in seed for t in long_lines)  # joined back exactly


def _package(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _members(extra_body: str = "", page_objects: str = "") -> dict[str, str | bytes]:
    with zipfile.ZipFile(OFDS[4]) as z:
        members: dict[str, str | bytes] = {n: z.read(n) for n in z.namelist()}
    ofd = (
        members["OFD.xml"].decode() if isinstance(members["OFD.xml"], bytes) else members["OFD.xml"]
    )
    members["OFD.xml"] = ofd.replace("</ofd:DocBody>", extra_body + "</ofd:DocBody>")
    if page_objects:
        page = f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="9">{page_objects}</ofd:Layer></ofd:Content></ofd:Page>'
        members = {
            n: d
            for n, d in members.items()
            if "/Pages/" not in n or n.endswith("Page_0/Content.xml")
        }
        members["Doc_0/Pages/Page_0/Content.xml"] = page
        doc = members["Doc_0/Document.xml"]
        doc = doc.decode() if isinstance(doc, bytes) else doc
        start, end = doc.index("<ofd:Pages>"), doc.index("</ofd:Pages>")
        members["Doc_0/Document.xml"] = (
            doc[:start]
            + '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
            + doc[end:]
        )
    return members


SIGNATURES = "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"


def test_signed_ofd_is_refused_clearly_unless_asked() -> None:
    data = _package(_members(SIGNATURES))
    with pytest.raises(OgiError) as info:
        ogi.convert(data, filename="signed.ofd")
    assert info.value.code == "UNSUPPORTED_FORMAT" and "signed OFD" in info.value.message
    document = extract(Source(data, "signed.ofd"), Options(extra={"ofd_read_signed": True}))
    assert any(isinstance(b, Paragraph) for b in document.blocks)


def test_encrypted_ofd_is_encrypted() -> None:
    members = _members("<ofd:Encryptions>Encryptions.xml</ofd:Encryptions>")
    members["Encryptions.xml"] = "<Encryptions/>"
    with pytest.raises(OgiError) as info:
        ogi.convert(_package(members), filename="locked.ofd")
    assert info.value.code == "ENCRYPTED"


def test_image_only_ofd_needs_ocr_and_blank_is_empty() -> None:
    image = '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="9"/>'
    with pytest.raises(OgiError) as info:
        extract(Source(_package(_members(page_objects=image)), "scan.ofd"), Options())
    assert info.value.code == "NEEDS_OCR"
    with pytest.raises(OgiError) as info:
        extract(
            Source(_package(_members(page_objects="<ofd:PathObject ID='5'/>")), "x.ofd"), Options()
        )
    assert info.value.code == "EMPTY"


def test_bomb_and_size_lie_are_too_large() -> None:
    members = _members()
    members["Doc_0/Res/huge.bin"] = b"\0" * (300 * 1024 * 1024)
    with pytest.raises(OgiError) as info:
        extract(Source(_package(members), "bomb.ofd"), Options())
    assert info.value.code == "TOO_LARGE"
    data = bytearray(_package(_members()))
    _lie_about_size(data, b"Doc_0/Document.xml")
    with pytest.raises(OgiError) as info:
        extract(Source(bytes(data), "lie.ofd"), Options())
    # zipfile stops at the declared size, so the lie surfaces as a failed checksum
    assert info.value.code == "CORRUPT" and "CRC" in info.value.message


def _lie_about_size(data: bytearray, name: bytes) -> None:
    """Shrink a member's declared size in its central directory entry to 10 bytes."""
    at = data.rfind(b"PK\x01\x02", 0, data.rindex(name))
    data[at + 24 : at + 28] = (10).to_bytes(4, "little")


def test_max_pages_is_too_large() -> None:
    with pytest.raises(OgiError) as info:
        extract(Source(OFDS[0].read_bytes(), "x.ofd"), Options(max_pages=1))
    assert info.value.code == "TOO_LARGE"


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    members = _members()
    members["OFD.xml"] = (
        members["OFD.xml"]
        .replace(  # type: ignore[union-attr]
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY e SYSTEM "{secret.as_uri()}">]>',
        )
        .replace("<ofd:DocID>", "<ofd:DocID>&e;")
    )
    document = extract(Source(_package(members), "xxe.ofd"), Options())
    assert "SECRET" not in str(document.meta) + str(document.blocks)


def test_deltax_abbreviation_and_path_data() -> None:
    assert deltas("g 3 3.5 1 g 2 0.5") == [3.5, 3.5, 3.5, 1.0, 0.5, 0.5]
    assert path_points("M 0 0 L 10 0 L 10 5 C") == [[(0, 0), (10, 0), (10, 5), (0, 0)]]
    assert path_points("S 1 1 B 0 0 1 1 2 2 L 3 3") == [[(1, 1)], [(2, 2), (3, 3)]]


def test_grid_with_a_missing_ruling_is_a_merged_cell() -> None:
    segments = [
        Segment(0, 0, 20, 0),
        Segment(0, 10, 20, 10),
        Segment(0, 20, 20, 20),
        Segment(0, 0, 0, 20),
        Segment(20, 0, 20, 20),
        Segment(10, 10, 10, 20),  # the top row has no middle ruling: one cell over 2 columns
    ]
    (found,) = find_tables(segments, [], page=1)
    spans = [(c.row, c.col, c.rowspan, c.colspan) for c in found.table.cells]
    assert spans == [(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)]
    assert find_tables(segments[:2] + segments[3:5], [], page=1) == []  # a frame, not a table


def test_wrapped_lines_join_but_numbered_lines_do_not() -> None:
    lines = [
        Line("一二三四五六七八九十", 0, 100, 0, 5, 5),
        Line("续行", 0, 10, 6, 11, 5),
        Line("（一）标题", 0, 100, 12, 17, 5),
        Line("二、下一节", 0, 30, 18, 23, 5),
    ]
    assert [ln.text for ln in paragraphs(lines, 0, 100)] == [
        "一二三四五六七八九十续行",
        "（一）标题",
        "二、下一节",
    ]


def _grid(x0: float, y0: float, x1: float, y1: float, cols: int) -> list[Segment]:
    """A one-row grid of ``cols`` cells, each cell's four edges drawn separately."""
    width = (x1 - x0) / cols
    out = []
    for c in range(cols):
        left, right = x0 + c * width, x0 + (c + 1) * width
        out += [
            Segment(left, y0, right, y0),
            Segment(left, y1, right, y1),
            Segment(left, y0, left, y1),
            Segment(right, y0, right, y1),
        ]
    return out


def test_two_tables_whose_edges_nearly_align_keep_their_own_columns() -> None:
    upper = _grid(10, 10, 100.3, 20, cols=3)  # right edge 0.3 mm off the lower table's
    lower = _grid(10, 40, 100.0, 50, cols=2)
    first, second = find_tables(lower + upper, [], page=1)
    assert [first.table.n_cols, second.table.n_cols] == [3, 2]
    assert first.box[2] == pytest.approx(100.3) and second.box[2] == pytest.approx(100.0)


def _row_table(rows: list[list[str]], x0: float = 10.0, width: float = 20.0) -> Table:
    from ogi.document import Cell, Provenance

    cells = [
        Cell(
            text,
            r,
            c,
            prov=Provenance(page=1, bbox=(x0 + c * width, r, x0 + (c + 1) * width, r + 1)),
        )
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]
    return Table(cells)


def test_split_table_is_stitched_dropping_repeated_headers_and_joining_a_cut_row() -> None:
    from ogi_office.ofd.stitch import continues, stitch

    first = _row_table([["项目", "数量"], ["（一）", "1"], ["（四）无", ""]])
    second = _row_table([["项目", "数量"], ["法提供", "2"], ["（五）", "3"]])
    assert continues(first, second)
    assert not continues(first, _row_table([["a", "b"]], x0=40))
    table, dropped = stitch(first, second)
    assert dropped == 1
    assert [[c.text for c in row] for row in table.rows()] == [
        ["项目", "数量"],
        ["（一）", "1"],
        ["（四）无法提供", "2"],
        ["（五）", "3"],
    ]


def test_sample_with_a_table_across_pages_is_stitched() -> None:
    document = extract(
        Source((SAMPLES / "ofd" / "002_b6ff4eeabae1e240.ofd").read_bytes(), "x.ofd"), Options()
    )
    assert [w["code"] for w in document.warnings] == ["TABLE_SPLIT_ACROSS_PAGES"]
    assert len({c.prov.page for t in document.blocks if isinstance(t, Table) for c in t.cells}) > 1
