"""The ``parquet`` writer (when pyarrow is installed: ``pip install 'ogi[parquet]'``): the
long form of ``cells`` as one Parquet file, for corpora too large for CSV. In bulk runs it
streams: each report's rows are staged as JSON lines and written in row groups at the end,
so memory stays flat in the number of reports."""

from __future__ import annotations

import importlib.util
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from ogi.hookspecs import hookimpl
from ogi.records import Writer
from ogi.writers.cells import COLUMNS, jsonl_rows

if TYPE_CHECKING:
    from ogi.report import Report

ROW_GROUP = 50_000


def _schema() -> Any:
    import pyarrow as pa

    types = {"year": pa.int64(), "value": pa.float64(), "page": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def _batches(fragments: Iterable[bytes]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for fragment in fragments:
        batch.extend(json.loads(line) for line in fragment.splitlines() if line)
        if len(batch) >= ROW_GROUP:
            yield batch
            batch = []
    if batch:
        yield batch


def assemble(fragments: Iterable[bytes], handle: BinaryIO) -> None:
    """Write the staged JSON-line fragments as Parquet row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    with pq.ParquetWriter(handle, schema) as writer:
        for batch in _batches(fragments):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def render(reports: Sequence[Report]) -> bytes:
    """The Parquet bytes of some reports' cells."""
    buffer = io.BytesIO()
    assemble((jsonl_rows(r) for r in reports), buffer)
    return buffer.getvalue()


@hookimpl
def ogi_writers() -> list[Writer]:
    """The parquet writer, when pyarrow can be imported."""
    if importlib.util.find_spec("pyarrow") is None:
        return []
    return [
        Writer(
            "parquet",
            ".parquet",
            "one row per statistic, Parquet (pyarrow)",
            False,
            render,
            fragment=jsonl_rows,
            filename="cells.parquet",
            assemble=assemble,
        )
    ]
