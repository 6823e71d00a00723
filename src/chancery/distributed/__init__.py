"""Ingest a corpus with Dask (the `dask` extra): files are split into partitions, each
worker loads the pipeline once, extracts its partition and writes to the shared store.

Every document is still one transaction and keyed by its content hash, so a retried or
duplicated partition never stores a document twice. Point many workers at PostgreSQL;
SQLite serialises writers (its WAL lets readers go on).

    from chancery.distributed import ingest_with_dask
    counts = ingest_with_dask(["corpus/"], "postgresql://db/chancery", partitions=8)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chancery.errors import require_extra

__all__ = ["DaskIngestResult", "ingest_with_dask", "partition_files"]


@dataclass(slots=True)
class DaskIngestResult:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def partition_files(paths: Sequence[str], partitions: int) -> list[list[str]]:
    """The input files (folders expanded, sorted) dealt round-robin into `partitions` lists."""
    files: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files += sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            files.append(str(p))
    count = max(1, min(partitions, len(files)))
    return [files[i::count] for i in range(count)] if files else []


def _ingest_partition(
    files: list[str],
    db_url: str,
    published: dt.date | None,
    source: str | None,
    force: bool,
) -> list[dict[str, Any]]:
    # Runs on a worker: everything it needs is loaded here, once per process.
    from chancery.ingest.readers import iter_inputs
    from chancery.ingest.run import ingest_inputs
    from chancery.pipeline import load_resources
    from chancery.store import open_store

    resources = load_resources()
    out: list[dict[str, Any]] = []
    with open_store(db_url) as store:
        items = iter_inputs(files, published=published, source=source)
        for outcome in ingest_inputs(items, store=store, resources=resources, force=force):
            out.append(
                {"origin": outcome.origin, "status": outcome.status, "reason": outcome.reason}
            )
    return out


def ingest_with_dask(
    paths: Sequence[str],
    db_url: str,
    *,
    partitions: int = 4,
    published: dt.date | None = None,
    source: str | None = None,
    force: bool = False,
    scheduler: str = "processes",
) -> DaskIngestResult:
    """Ingest every article under `paths` into `db_url` with Dask; returns the tallies.

    `scheduler` is any Dask scheduler name ("processes", "threads", "synchronous") or, with
    a `distributed.Client` active, "distributed".
    """
    require_extra("dask", "dask")
    import dask.bag as db

    chunks = partition_files(paths, partitions)
    result = DaskIngestResult()
    if not chunks:
        return result
    bag = db.from_sequence(chunks, npartitions=len(chunks)).map(
        _ingest_partition, db_url, published, source, force
    )
    for outcomes in bag.compute(scheduler=scheduler):
        for outcome in outcomes:
            result.counts[outcome["status"]] += 1
            if outcome["status"] == "failed":
                result.failures.append(f"{outcome['origin']}: {outcome['reason']}")
    return result
