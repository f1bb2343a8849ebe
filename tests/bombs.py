"""Small hostile documents generated on the fly (nothing read from outside the repository):
a span bomb, a fan-out XObject PDF, a page of a million characters."""

from __future__ import annotations

import zlib


def span_bomb_html(cells: int = 300) -> bytes:
    """An ~11 KB page whose table cells each claim 1000 × 1000 spans."""
    row = "".join('<td rowspan="1000" colspan="1000">1</td>' for _ in range(3))
    rows = "".join(f"<tr>{row}</tr>" for _ in range(cells // 3))
    head = "<html><head><meta charset='utf-8'><title>2023年政府信息公开工作年度报告</title></head>"
    return f"{head}<body><h1>2023年政府信息公开工作年度报告</h1><table>{rows}</table></body></html>".encode()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 = catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra)
        + packed
        + b"\nendstream"
    )


def fan_out_pdf(levels: int = 8, fan: int = 10) -> bytes:
    """One page drawing a form XObject that draws the next one ``fan`` times, ``levels``
    deep: fan ** levels text draws from a few kilobytes."""
    font = 4
    first_form = 5
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /XObject << /X %d 0 R >> >> >>"
        % (first_form + levels + 1, first_form + levels),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    leaf = b"BT /F1 12 Tf 72 720 Td (2023 report 1) Tj ET"
    objects.append(
        _stream(
            leaf,
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >>" % font,
        )
    )
    for k in range(1, levels + 1):
        body = b" ".join(b"/X Do" for _ in range(fan))
        objects.append(
            _stream(
                body,
                b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                b"/Resources << /XObject << /X %d 0 R >> >>" % (first_form + k - 1),
            )
        )
    objects.append(_stream(b"/X Do"))
    return _pdf(objects)


def million_char_pdf(chars: int = 1_000_000) -> bytes:
    """One page holding ``chars`` characters of text (a few kilobytes compressed)."""
    line = b"(" + b"1" * 1000 + b") Tj 0 -1 Td "
    content = b"BT /F1 1 Tf 10 800 Td " + line * (chars // 1000) + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(content),
    ]
    return _pdf(objects)


def million_char_html(chars: int = 1_000_000) -> bytes:
    """A report page with one paragraph of ``chars`` characters."""
    head = "<html><head><meta charset='utf-8'></head><body><h1>2023年政府信息公开工作年度报告</h1>"
    return (head + "<p>" + "一" * chars + "</p></body></html>").encode()
