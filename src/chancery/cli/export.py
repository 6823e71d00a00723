"""`chancery export`: stored events, actors or quotes to a CSV, JSONL, Parquet or GDELT file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from chancery.cli import main
from chancery.cli.common import checked_option, db_option, fail_cleanly, period_bound
from chancery.errors import MissingExtraError
from chancery.export import FORMATS, WHATS, export_rows
from chancery.store import EventFilter, open_store
from chancery.store.filters import (
    parse_actor,
    parse_cameo_prefix,
    parse_country,
    parse_dyad,
    parse_point,
)

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
@click.option(
    "--actor",
    callback=checked_option(parse_actor),
    help="A country or actor code: of any party (events), the actor or the speaker.",
)
@click.option(
    "--dyad",
    callback=checked_option(parse_dyad),
    help="Events only: SOURCE:TARGET, e.g. PRK:RUS.",
)
@click.option(
    "--code",
    callback=checked_option(parse_cameo_prefix),
    help="Events only: a CAMEO code or prefix (04, 043).",
)
@click.option(
    "--since",
    callback=checked_option(period_bound("start")),
    help="From this day, month or year: the event's date; for actors and quotes, the "
    "document's publication date.",
)
@click.option(
    "--until",
    callback=checked_option(period_bound("end")),
    help="Up to this day, month or year (as --since).",
)
@click.option(
    "--near", callback=checked_option(parse_point), help="Events only: LAT,LON within --km."
)
@click.option(
    "--km",
    type=click.FloatRange(min=0, min_open=True),
    default=100.0,
    show_default=True,
    help="Radius for --near, in kilometres.",
)
@click.option(
    "--country",
    callback=checked_option(parse_country),
    help="Where the event took place; the actor's or speaker's country (ISO alpha-3).",
)
@click.option("--document", "document_id", help="Only the rows of this document.")
@click.option(
    "--all-modalities",
    is_flag=True,
    help="Events only: also export negated, hypothetical, future and attempted events.",
)
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
