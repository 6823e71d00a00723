"""Reading the event stage's small CSV tables (other senses, thing subjects, travelling
forces, reporter agency, statement cues): comments and blank lines skipped, the header and
the number of columns checked, every row given with its `file:line` for the caller's own
checks."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from chancery.errors import DataFileError

__all__ = ["numbered_lines", "table_rows"]


def numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank, non-comment line, numbered before skipping."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line


def table_rows(
    path: Path, header: tuple[str, ...], *, label: str | None = None
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(`file:line`, stripped fields) of each data row; DataFileError on a wrong header or
    a row with the wrong number of columns, or no header at all. `label` names the file in errors (its name by
    default)."""
    name = label or path.name
    header_seen = False
    for number, line in numbered_lines(path):
        where = f"{name}:{number}"
        fields = tuple(f.strip() for f in next(csv.reader([line])))
        if not header_seen:
            if fields != header:
                raise DataFileError(where, f"header must be {','.join(header)}")
            header_seen = True
            continue
        if len(fields) != len(header):
            raise DataFileError(where, f"expected {len(header)} columns: {line!r}")
        yield where, fields
    if not header_seen:
        raise DataFileError(f"{name}:1", "no header line")
