"""Bulk export of a store: events, actors or quotes to CSV, JSONL, Parquet or GDELT's layout.

    from chancery.export import export_events, export_rows
    from chancery.store import EventFilter, open_store

    with open_store("sqlite:///chancery.db") as store:
        export_events(store, "events.parquet", "parquet", EventFilter(dyad="PRK:RUS"))
        export_rows(store, "quotes.csv", "csv", what="quotes")

Rows stream from the database in batches (see `reading`), so the export of a large store
needs the memory of one batch. A file is written beside its destination and renamed into
place at the end: a failed export never leaves a half-written file under the name asked
for. The columns are in `columns`; the GDELT layout and its choices in `gdelt`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, get_args

from sqlalchemy.exc import SQLAlchemyError

from chancery.errors import ExportError, StoreError, require_extra
from chancery.export.columns import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    flat_event,
    json_event,
)
from chancery.export.gdelt import GDELT_COLUMNS, gdelt_rows
from chancery.export.reading import (
    DEFAULT_BATCH_SIZE,
    actor_batches,
    event_batches,
    quote_batches,
)
from chancery.export.writers import write_csv, write_gdelt, write_jsonl, write_parquet
from chancery.store.connect import one_line
from chancery.store.database import Store
from chancery.store.filters import EventFilter

Format = Literal["csv", "jsonl", "parquet", "gdelt"]
What = Literal["events", "actors", "quotes"]
FORMATS: tuple[str, ...] = get_args(Format)
WHATS: tuple[str, ...] = get_args(What)
Destination = str | os.PathLike[str] | IO[Any]

_READERS = {"events": event_batches, "actors": actor_batches, "quotes": quote_batches}
_COLUMNS = {"events": EVENT_COLUMNS, "actors": ACTOR_COLUMNS, "quotes": QUOTE_COLUMNS}


def export_events(
    store: Store,
    destination: Destination,
    fmt: Format = "csv",
    flt: EventFilter | None = None,
    **options: Any,
) -> int:
    """Write the stored events matching `flt` to `destination`; returns the rows written
    (for "gdelt", one per source-target pair of an event). See `export_rows`."""
    return export_rows(store, destination, fmt, "events", flt, **options)


def export_rows(
    store: Store,
    destination: Destination,
    fmt: Format = "csv",
    what: What = "events",
    flt: EventFilter | None = None,
    *,
    header: bool | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Write stored `what` rows matching `flt` in format `fmt`; returns the rows written.

    `destination` is a path, or an open stream: a text stream for csv, jsonl and gdelt, a
    binary one for parquet. `header`: a header line (csv: yes by default; gdelt: no, as in
    GDELT's own files). Actors and quotes take the filter's actor, country, since/until
    (the document's publication date), document and limit; other fields raise ValueError.
    """
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not an export format ({', '.join(FORMATS)})")
    if what not in WHATS:
        raise ValueError(f"{what!r} cannot be exported ({', '.join(WHATS)})")
    if fmt == "gdelt" and what != "events":
        raise ValueError("the GDELT layout holds events only")
    if batch_size < 1:
        raise ValueError(f"the batch size must be at least 1, not {batch_size}")
    if fmt == "parquet":
        require_extra("parquet", "pyarrow")
    flt = flt or EventFilter()
    try:
        with store.engine.connect() as conn:
            batches = _READERS[what](conn, flt, batch_size)
            # The first batch is read before the output is opened: a filter a kind of row
            # cannot take fails before any file is made.
            first = next(batches, [])
            rows = _chain(first, batches)
            with _output(destination, binary=fmt == "parquet") as out:
                return _write(fmt, what, rows, out, header)
    except SQLAlchemyError as exc:
        raise StoreError(f"{store.url}: {one_line(exc)}") from exc


def _chain(first: list[dict[str, Any]], rest: Iterator[list[dict[str, Any]]]) -> Iterator[Any]:
    if first:
        yield first
    yield from rest


def _write(fmt: str, what: str, rows: Iterator[Any], out: Any, header: bool | None) -> int:
    columns = _COLUMNS[what]
    events = what == "events"
    if fmt == "gdelt":
        return write_gdelt(rows, out, gdelt_rows, header=bool(header))
    if fmt == "jsonl":
        return write_jsonl(rows, out, json_event if events else dict)
    flat = (map(_flat_batch, rows)) if events else rows
    if fmt == "parquet":
        return write_parquet(flat, out, columns)
    return write_csv(flat, out, columns, header=header is not False)


def _flat_batch(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [flat_event(event) for event in batch]


@contextlib.contextmanager
def _output(destination: Destination, binary: bool) -> Iterator[Any]:
    """The stream to write to: `destination` itself, or a temporary file beside the path
    that replaces it once everything is written."""
    if not isinstance(destination, (str, os.PathLike)):
        yield destination
        return
    path = Path(destination)
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        stream = part.open("wb") if binary else part.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with stream:
            yield stream
        os.replace(part, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        part.unlink(missing_ok=True)


__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "FORMATS",
    "GDELT_COLUMNS",
    "QUOTE_COLUMNS",
    "WHATS",
    "ExportError",
    "Format",
    "What",
    "export_events",
    "export_rows",
]
