"""Listing what the store holds: `chancery events`, `show`, `actors`, `quotes`, `summary`."""

from __future__ import annotations

import json
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from chancery.cli import main
from chancery.cli.common import (
    checked_option,
    db_option,
    emit_rows,
    event_filter_options,
    fail_cleanly,
    format_option,
    period_bound,
)
from chancery.model import DocumentRecord
from chancery.store import EventFilter, open_store
from chancery.store.filters import (
    parse_country,
)

T = TypeVar("T")

# A table has room for what identifies and summarises an event; csv/json carry every field.
EVENT_COLUMNS = [
    "doc",
    "event_id",
    "date_start",
    "cameo",
    "source",
    "target",
    "modality",
    "trigger",
]
ACTOR_COLUMNS = ["name", "code", "country", "kind", "documents", "mentions"]
QUOTE_COLUMNS = ["published", "speaker", "speaker_country", "text", "document_id"]


def _modality(row: dict[str, Any]) -> str:
    flags = [
        k for k in ("negated", "hypothetical", "future", "attempted", "historical") if row.get(k)
    ]
    return ",".join(flags)


_EVENT_FILTER_HELP = {
    "actor": "A country or actor code any party has (PRK, PRKGOV).",
    "dyad": "SOURCE:TARGET, e.g. PRK:RUS (a source party of PRK, a target of RUS).",
    "code": "A CAMEO code or prefix (04, 043).",
    "since": "Events whose date reaches this day, month or year (YYYY[-MM[-DD]]).",
    "until": "Events whose date begins by this day, month or year.",
    "near": "LAT,LON: events located within --km of this point.",
    "km": "Radius for --near, in kilometres.",
    "country": "Where the event took place (ISO alpha-3, e.g. UKR).",
    "document": "Only the events of this document.",
    "all_modalities": "Also list negated, hypothetical, future and attempted events.",
}


@main.command("events")
@event_filter_options(_EVENT_FILTER_HELP)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="At most this many events.",
)
@format_option()
@db_option
@fail_cleanly
def events_command(fmt: str, db_url: str, **filters: Any) -> None:
    """List stored events, newest first, filtered by actor, dyad, code, date and place."""
    with open_store(db_url) as store:
        rows = store.events(EventFilter(**filters))
    for row in rows:
        row["modality"] = _modality(row)
    if fmt == "table":
        for row in rows:
            row["doc"] = row["document_id"][:12]  # enough to pass to `chancery show`
        columns = EVENT_COLUMNS
    else:
        columns = list(rows[0]) if rows else ["document_id", "event_id"]
    emit_rows(rows, columns, fmt, title=f"{len(rows)} events")


@main.command("actors")
@click.option(
    "--country",
    callback=checked_option(parse_country),
    help="Only actors of this country (ISO alpha-3).",
)
@format_option()
@db_option
@fail_cleanly
def actors_command(country: str | None, fmt: str, db_url: str) -> None:
    """List actors across stored documents with how often and where they are mentioned."""
    with open_store(db_url) as store:
        rows = store.actors(country=country)
    emit_rows(rows, ACTOR_COLUMNS, fmt, title=f"{len(rows)} actors")


@main.command("quotes")
@click.option("--speaker", help="Part of the speaker's name, any case.")
@click.option(
    "--country", callback=checked_option(parse_country), help="The speaker's country (ISO alpha-3)."
)
@click.option(
    "--since",
    callback=checked_option(period_bound("start")),
    help="Quotes from documents published on or after this date.",
)
@click.option(
    "--until",
    callback=checked_option(period_bound("end")),
    help="Quotes from documents published on or before this date.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="At most this many quotes.",
)
@format_option()
@db_option
@fail_cleanly
def quotes_command(fmt: str, db_url: str, **filters: Any) -> None:
    """List stored quotes with their speakers, newest document first."""
    with open_store(db_url) as store:
        rows = store.quotes(**filters)
    columns = QUOTE_COLUMNS if fmt == "table" else list(rows[0]) if rows else QUOTE_COLUMNS
    emit_rows(rows, columns, fmt, title=f"{len(rows)} quotes")


@main.command("show")
@click.argument("doc_id")
@format_option(("table", "json"))
@db_option
@fail_cleanly
def show_command(doc_id: str, fmt: str, db_url: str) -> None:
    """Show one stored document: metadata, actors, events, quotes, dates and checks.

    DOC_ID may be the start of an id, when only one stored id starts with it.
    """
    with open_store(db_url) as store:
        record = store.find(doc_id)
        if record is None:
            raise click.ClickException(f"{doc_id}: no such document in {store.url}")
    if fmt == "json":
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        return
    print_record(record)


@main.command("summary")
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many dyads and speakers to list.",
)
@format_option(("table", "json"))
@db_option
@fail_cleanly
def summary_command(top: int, fmt: str, db_url: str) -> None:
    """Summarise the store: documents, events by type, top dyads, quotes and speakers."""
    with open_store(db_url) as store:
        summary = store.summary(top=top)
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    print_summary(summary)


# --------------------------------------------------------------------------- Rich output


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def print_record(record: DocumentRecord) -> None:
    """A stored record as a few tables: what a reader checks first."""
    console = Console()
    info = record.document
    console.print(f"[bold]{info.title or info.id}[/bold]")
    for label, value in (
        ("id", info.id),
        ("published", info.published),
        ("source", info.source),
        ("url", info.url),
        ("author", info.author),
    ):
        if value:
            console.print(f"  {label}: {value}", highlight=False)
    console.print(
        f"  sentences: {len(record.sentences)}, paragraphs kept {info.paragraphs_kept} "
        f"of {info.paragraphs_in}",
        highlight=False,
    )
    sentences = {s.index: s.text for s in record.sentences}
    console.print(
        _table(
            "actors",
            ["id", "name", "kind", "code", "mentions"],
            [[a.id, a.name, a.kind, a.code, len(a.mentions)] for a in record.actors],
        )
    )
    console.print(
        _table(
            "events",
            ["id", "date", "cameo", "label", "source", "target", "flags", "sentence"],
            [
                [
                    e.id,
                    e.date.start if e.date else None,
                    e.cameo,
                    e.cameo_label,
                    ";".join(p.code or p.text for p in e.source),
                    ";".join(p.code or p.text for p in e.target),
                    ",".join(
                        k
                        for k in ("negated", "hypothetical", "future", "attempted")
                        if getattr(e.modality, k)
                    )
                    + (",historical" if e.historical else ""),
                    sentences.get(e.sentence),
                ]
                for e in record.events
            ],
        )
    )
    if record.quotes:
        console.print(
            _table(
                "quotes",
                ["id", "speaker", "code", "text"],
                [[q.id, q.speaker_name, q.speaker_code, q.text] for q in record.quotes],
            )
        )
    if record.dates:
        console.print(
            _table(
                "dates",
                ["text", "start", "end", "granularity"],
                [[t.text, t.start, t.end, t.granularity] for t in record.dates],
            )
        )
    if record.checks:
        console.print(
            _table(
                "checks",
                ["kind", "sentence", "message"],
                [[c.kind, c.sentence, c.message] for c in record.checks],
            )
        )


def print_summary(summary: dict[str, Any]) -> None:
    console = Console()
    console.print(
        f"[bold]{summary['documents']}[/bold] documents, {summary['sentences']} sentences, "
        f"[bold]{summary['events']}[/bold] events, {summary['quotes']} quotes"
    )
    console.print(
        _table(
            "events by CAMEO root",
            ["root", "type", "events"],
            [[r["root"], r["label"], r["events"]] for r in summary["events_by_root"]],
        )
    )
    console.print(
        _table(
            "events by PLOVER type",
            ["PLOVER", "events"],
            [[r["plover_event"], r["events"]] for r in summary["events_by_plover"]],
        )
    )
    console.print(
        _table(
            "top dyads",
            ["source", "target", "events"],
            [[r["source"], r["target"], r["events"]] for r in summary["top_dyads"]],
        )
    )
    console.print(
        _table(
            "top speakers",
            ["speaker", "country", "quotes"],
            [[r["speaker"], r["country"], r["quotes"]] for r in summary["top_speakers"]],
        )
    )
