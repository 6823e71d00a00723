"""Writers: batches of rows to CSV, JSONL, Parquet or GDELT's tab-separated layout.

Every writer consumes an iterator of row batches as it comes and returns the number of
rows written, so an export never holds more than one batch. Text writers take an open
text stream; the Parquet writer a path or a binary stream.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from chancery.errors import require_extra
from chancery.export.columns import Columns, ValueType, column_names
from chancery.export.gdelt import GDELT_COLUMNS

Batches = Iterable[list[dict[str, Any]]]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(batches: Batches, out: IO[str], columns: Columns, header: bool = True) -> int:
    """RFC 4180 CSV, one row per item; empty cells for missing values, true/false flags."""
    names = column_names(columns)
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(names)
    count = 0
    for batch in batches:
        writer.writerows([_text(row.get(name)) for name in names] for row in batch)
        count += len(batch)
    return count


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_jsonl(batches: Batches, out: IO[str], shape: Callable[[dict[str, Any]], Any]) -> int:
    """One JSON object per line (UTF-8 as is, dates as ISO strings)."""
    count = 0
    for batch in batches:
        for row in batch:
            out.write(json.dumps(shape(row), ensure_ascii=False, default=_json_default))
            out.write("\n")
        count += len(batch)
    return count


def write_gdelt(
    batches: Batches,
    out: IO[str],
    rows_of: Callable[[dict[str, Any]], Iterator[list[str]]],
    header: bool = False,
) -> int:
    """GDELT's tab-separated event rows (no header unless asked, as in GDELT's files);
    returns the number of rows, which exceeds the number of events for compound ones."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    count = 0
    for batch in batches:
        for event in batch:
            for row in rows_of(event):
                out.write("\t".join(row) + "\n")
                count += 1
    return count


def write_parquet(batches: Batches, out: Any, columns: Columns) -> int:
    """A Parquet file with a typed schema, one row group per batch (needs pyarrow)."""
    require_extra("parquet", "pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    types: dict[ValueType, Any] = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    schema = pa.schema([pa.field(name, types[kind]) for name, kind in columns])
    names = schema.names
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in batches:
            rows = [{name: row.get(name) for name in names} for row in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(batch)
    return count
