"""`chancery export`: stored events, actors or quotes to a CSV, JSONL, Parquet or GDELT file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from chancery.cli import main
from chancery.cli.common import db_option, event_filter_options, fail_cleanly
from chancery.errors import MissingExtraError
from chancery.export import FORMATS, WHATS, export_rows
from chancery.store import EventFilter, open_store

# The format a file name implies when --format is not given.
_SUFFIX_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def _format_for(destination: str, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = Path(destination).suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    raise click.UsageError(
        f"cannot tell the format of {destination!r} from its name; give --format "
        f"({', '.join(FORMATS)})"
    )


_FILTER_HELP = {
    "actor": "A country or actor code: of any party (events), the actor or the speaker.",
    "dyad": "Events only: SOURCE:TARGET, e.g. PRK:RUS.",
    "code": "Events only: a CAMEO code or prefix (04, 043).",
    "since": "From this day, month or year: the event's date; for actors and quotes, the "
    "document's publication date.",
    "until": "Up to this day, month or year (as --since).",
    "near": "Events only: LAT,LON within --km.",
    "km": "Radius for --near, in kilometres.",
    "country": "Where the event took place; the actor's or speaker's country (ISO alpha-3).",
    "document": "Only the rows of this document.",
    "all_modalities": "Events only: also export negated, hypothetical, future and attempted "
    "events.",
}


@main.command("export")
@click.argument("destination", metavar="FILE", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="csv, jsonl, parquet or gdelt (GDELT 2.0 event table, tab-separated). "
    "By default from FILE's suffix (.csv, .jsonl, .parquet).",
)
@click.option(
    "--what",
    type=click.Choice(WHATS),
    default="events",
    show_default=True,
    help="Which rows: events, or actors and quotes per document.",
)
@event_filter_options(_FILTER_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events or rows.")
@click.option(
    "--header/--no-header",
    default=None,
    help="Write a header line (csv: yes by default; gdelt: no, as GDELT's files).",
)
@db_option
@fail_cleanly
def export_command(
    destination: str,
    fmt: str | None,
    what: str,
    header: bool | None,
    db_url: str,
    **filters: Any,
) -> None:
    """Export stored events (or actors, or quotes) to FILE, or to stdout with FILE "-".

    Rows stream from the database in batches, so a store of any size exports in little
    memory. Events are the ones `chancery events` lists with the same filters, without
    its default limit. Compound parties are joined with ";" (csv, parquet) or listed
    (jsonl); the GDELT layout writes one row per source-target pair.
    """
    if destination == "-" and fmt is None:
        fmt = "csv"
    fmt = _format_for(destination, fmt)
    if destination == "-" and fmt == "parquet":
        raise click.UsageError("parquet is written to a file; give a path, not '-'")
    try:
        flt = EventFilter(**filters)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    with open_store(db_url) as store:
        target: Any = sys.stdout if destination == "-" else destination
        try:
            written = export_rows(store, target, fmt, what, flt, header=header)  # type: ignore[arg-type]
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        except MissingExtraError as exc:
            # Said by click, not Rich: Rich would read "[parquet]" in the pip command as markup.
            raise click.ClickException(str(exc)) from None
    if destination != "-":
        click.echo(f"exported {written} {_noun(what, fmt)} to {destination}")


def _noun(what: str, fmt: str) -> str:
    return "GDELT rows" if fmt == "gdelt" else what
