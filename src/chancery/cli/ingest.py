"""`chancery ingest`: read articles, extract them and store the records, skipping repeats."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections import Counter
from collections.abc import Iterable

import click
from rich.markup import escape
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from chancery.cli import main
from chancery.cli.common import (
    data_file_options,
    db_option,
    err_console,
    fail_cleanly,
    settings_for,
)
from chancery.errors import InputError
from chancery.ingest.readers import DEFAULT_MAX_MB, iter_inputs
from chancery.ingest.records import parse_date
from chancery.ingest.run import DEFAULT_BATCH_SIZE, IngestOutcome, ingest_inputs
from chancery.pipeline import load_resources


class _RateColumn(ProgressColumn):
    """Documents per second since the start (steadier than Rich's windowed speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} docs/s", style="progress.data.speed")


class _WarningLines(logging.Handler):
    """Show the library's warnings (say, a file decoded from a legacy encoding) on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err_console.print(
            f"[yellow]warning:[/yellow] {escape(record.getMessage())}",
            highlight=False,
            soft_wrap=True,
        )


def _parse_published(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> dt.date | None:
    try:
        return parse_date(value, "--published")
    except InputError as exc:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@db_option
@click.option(
    "--published",
    callback=_parse_published,
    help="Publication date (YYYY-MM-DD) for inputs that carry no date of their own.",
)
@click.option("--source", help="Source name for inputs that carry none of their own.")
@click.option(
    "--force", is_flag=True, help="Extract articles already stored again and replace them."
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_MB,
    show_default=True,
    help="Refuse files (and JSONL records) larger than this many megabytes.",
)
@data_file_options
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Articles parsed together by spaCy.",
)
@fail_cleanly
def ingest_command(
    paths: tuple[str, ...],
    db_url: str,
    published: dt.date | None,
    source: str | None,
    force: bool,
    max_mb: float,
    actor_files: tuple[str, ...],
    lexicon_files: tuple[str, ...],
    batch_size: int,
) -> None:
    """Extract articles and store their records in the database.

    PATH may be a text, Markdown, HTML, JSONL or JSON file, a folder (read recursively),
    or "-" for stdin. An article already stored (same cleaned text) is skipped unless
    --force is given. Bad inputs are reported and the rest of the batch goes on.
    """
    from chancery.store import open_store  # the store pulls in SQLAlchemy: load it on use

    settings = settings_for(actor_files, lexicon_files)
    store = open_store(db_url)
    warnings = _WarningLines(logging.WARNING)
    library_log = logging.getLogger("chancery.ingest")
    library_log.addHandler(warnings)
    try:
        resources = load_resources(settings)
        inputs = iter_inputs(paths, published=published, source=source, max_mb=max_mb)
        outcomes = _run_with_progress(
            ingest_inputs(
                inputs, store=store, resources=resources, force=force, batch_size=batch_size
            )
        )
    finally:
        library_log.removeHandler(warnings)
        store.close()
    _report(outcomes)
    counts = Counter(o.status for o in outcomes)
    if counts["failed"] and not (counts["inserted"] or counts["replaced"] or counts["present"]):
        sys.exit(1)


def _run_with_progress(outcomes_iter: Iterable[IngestOutcome]) -> list[IngestOutcome]:
    outcomes: list[IngestOutcome] = []
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        TextColumn("{task.completed} docs"),
        _RateColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in outcomes_iter:
            outcomes.append(outcome)
            progress.advance(task)
    return outcomes


def _report(outcomes: list[IngestOutcome]) -> None:
    counts = Counter(o.status for o in outcomes)
    ingested = counts["inserted"] + counts["replaced"]
    replaced = f" ({counts['replaced']} replaced)" if counts["replaced"] else ""
    click.echo(
        f"ingested {ingested}{replaced}, already present {counts['present']}, "
        f"failed {counts['failed']}"
    )
    for outcome in outcomes:
        if outcome.status == "failed":
            click.echo(f"  failed: {outcome.origin}: {outcome.reason}", err=True)
