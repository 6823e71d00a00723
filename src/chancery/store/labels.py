"""CAMEO root labels for summaries, read from the packaged `data/cameo_roots.csv`."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from chancery.errors import DataFileError

ROOTS_FILE = Path(__file__).resolve().parent / "data" / "cameo_roots.csv"


@functools.lru_cache(maxsize=4)
def load_root_labels(path: Path = ROOTS_FILE) -> dict[str, str]:
    """{"01": "Make public statement", ...}; every line is checked."""
    labels: dict[str, str] = {}
    header_seen = False
    with path.open(encoding="utf-8", newline="") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = next(csv.reader([line]))
            where = f"{path}:{line_no}"
            if not header_seen:
                if fields != ["root", "label"]:
                    raise DataFileError(
                        where, f"expected the header 'root,label', got {line.strip()!r}"
                    )
                header_seen = True
                continue
            if len(fields) != 2 or not re.fullmatch(r"\d{2}", fields[0]) or not fields[1].strip():
                raise DataFileError(
                    where, f"expected a two-digit root and a label, got {line.strip()!r}"
                )
            if fields[0] in labels:
                raise DataFileError(where, f"root {fields[0]} is listed twice")
            labels[fields[0]] = fields[1].strip()
    if not labels:
        raise DataFileError(f"{path}:1", "no CAMEO roots listed")
    return labels
