"""HTML on heavy portal pages: the report body inside 100–200 KB of navigation, sidebars,
footers and a metadata table — what crawlers fetch. ogi's HTML extraction and the whole
conversion, against ``lxml.html.fromstring`` of the same bytes, in the same process.

    python -m benchmarks.portal [--pages N] [--repeat R]

Reported as ratios (ogi / lxml parse), paired per page, median over the pages.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def chrome(rng: random.Random, kb: int) -> tuple[str, str]:
    """Navigation before and after the article, about ``kb`` kilobytes in all."""
    items = []
    while sum(len(i) for i in items) < kb * 1024:
        n = rng.randrange(10_000)
        items.append(
            f'<li class="nav-item"><a href="/col/{n}/index.html" title="栏目{n}">'
            f'政务公开栏目{n}</a><span class="date">2023-0{n % 9 + 1}-1{n % 9}</span></li>'
        )
    half = len(items) // 2
    head = (
        '<div class="header"><div class="top-nav"><ul>'
        + "".join(items[:half])
        + "</ul></div></div>"
        '<table class="xxgk-meta"><tr><td>索引号:</td><td>11330782002609266A/2023-357849</td>'
        "<td>发布机构:</td><td>县政府办</td></tr><tr><td>发布日期:</td><td>2024-01-20</td></tr></table>"
    )
    tail = '<div class="footer"><ul>' + "".join(items[half:]) + "</ul><p>版权所有</p></div>"
    return head, tail


def portal_page(sample: Path, rng: random.Random, kb: int) -> bytes:
    """A sample page's article wrapped in portal chrome."""
    text = sample.read_bytes().decode("utf-8")
    start = text.index("<body")
    start = text.index(">", start) + 1
    end = text.rindex("</body>")
    head, tail = chrome(rng, kb)
    return (text[:start] + head + text[start:end] + tail + text[end:]).encode("utf-8")


def main() -> None:
    import lxml.html
    from ogi_html.plugin import extract

    import ogi
    from ogi.records import Options, Source

    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    samples = [p for p in sorted((ROOT / "samples" / "html").glob("00[01]_*.html"))]
    pages = [
        portal_page(samples[i % len(samples)], rng, rng.randint(100, 200))
        for i in range(args.pages)
    ]
    registry = ogi.Registry.load()
    rows = []
    for data in pages:
        t = {"lxml": [], "extract": [], "convert": []}
        for _ in range(args.repeat):
            s = time.perf_counter()
            lxml.html.fromstring(data)
            t["lxml"].append(time.perf_counter() - s)
            s = time.perf_counter()
            extract(Source(data, name="p.html"), Options())
            t["extract"].append(time.perf_counter() - s)
            s = time.perf_counter()
            report = ogi.convert(data, filename="p.html", registry=registry)
            t["convert"].append(time.perf_counter() - s)
        assert report.completeness.complete, report.completeness.reasons
        floor = min(t["lxml"])
        rows.append(
            (len(data) / 1024, floor * 1000, min(t["extract"]) / floor, min(t["convert"]) / floor)
        )
    for kb, ms, ex, cv in rows:
        print(f"{kb:6.0f} KB  lxml {ms:5.1f} ms  extract {ex:4.1f}x  convert {cv:4.1f}x")
    print(
        f"median over {len(rows)} pages: extract {statistics.median(r[2] for r in rows):.1f}x, "
        f"convert {statistics.median(r[3] for r in rows):.1f}x the lxml parse"
    )


if __name__ == "__main__":
    main()
