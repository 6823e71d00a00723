"""`chancery ingest-dask`: ingest a corpus in parallel partitions with Dask."""

from __future__ import annotations

import datetime as dt
import sys

import click

from chancery.cli import main
from chancery.cli.common import db_option, err_console, fail_cleanly


@main.command("ingest-dask")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option(
    "--partitions",
    default=4,
    show_default=True,
    type=click.IntRange(min=1),
    help="How many partitions the files are dealt into.",
)
@click.option(
    "--scheduler",
    default="processes",
    show_default=True,
    type=click.Choice(["processes", "threads", "synchronous", "distributed"]),
    help="Dask scheduler ('distributed' uses an active dask.distributed Client).",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date for inputs that carry none.",
)
@click.option("--source", help="Source name for inputs that carry none.")
@click.option("--force", is_flag=True, help="Re-extract articles already stored.")
@fail_cleanly
def ingest_dask_command(
    paths: tuple[str, ...],
    db_url: str,
    partitions: int,
    scheduler: str,
    published: dt.datetime | None,
    source: str | None,
    force: bool,
) -> None:
    """Ingest files and folders with Dask: one pipeline per worker, one shared store."""
    from chancery.distributed import ingest_with_dask

    result = ingest_with_dask(
        list(paths),
        db_url,
        partitions=partitions,
        scheduler=scheduler,
        published=published.date() if published else None,
        source=source,
        force=force,
    )
    ingested = result.counts["inserted"] + result.counts["replaced"]
    click.echo(
        f"ingested {ingested}, already present {result.counts['present']}, "
        f"failed {result.counts['failed']}"
    )
    for line in result.failures:
        err_console.print(f"  failed: {line}", highlight=False, soft_wrap=True)
    if ingested == 0 and result.counts["present"] == 0:
        sys.exit(1)
