"""`chancery eval` (score on gold sets, hold to the baseline) and `chancery explain` (why
each word of a sentence did or did not become an event)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from chancery.cli import main
from chancery.cli.common import db_option, fail_cleanly, format_option
from chancery.errors import InputError


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@format_option(("table", "json"), default="table")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Baseline file with floors (default: the packaged baseline.json).",
)
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Raise the baseline's floors to the scores just measured (never lowers them).",
)
@fail_cleanly
def eval_command(
    gold: tuple[str, ...], fmt: str, baseline_path: str | None, update_baseline: bool
) -> None:
    """Score the pipeline on gold files (chancery-gold/1 or PLOVER records).

    Exits 1 when a metric falls below its floor in the baseline.
    """
    from chancery.evaluation import default_baseline_path, evaluate, load_baseline

    path = Path(baseline_path) if baseline_path else default_baseline_path()
    baseline = load_baseline(path)
    report = evaluate([Path(g) for g in gold], baseline=baseline)
    if update_baseline:
        for result in report.sets:
            baseline.floors.setdefault(result.name, {})
            baseline.raise_floors(result.name, result.metrics)
        baseline.save(path)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    if report.breaches:
        for breach in report.breaches:
            click.echo(f"FAIL {breach}", err=True)
        sys.exit(1)


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    console = Console()
    for result in report.sets:
        table = Table(title=f"{result.name} ({result.kind})")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for name, value in result.metrics.items():
            table.add_row(name, f"{value:g}")
        console.print(table)
        if result.per_type:
            types = Table(title=f"{result.name}: per event type")
            for column in ("type", "gold", "precision", "recall", "f1"):
                types.add_column(column, justify="left" if column == "type" else "right")
            for label, row in result.per_type.items():
                types.add_row(
                    label, *(f"{row[c]:g}" for c in ("gold", "precision", "recall", "f1"))
                )
            console.print(types)
        if result.confusion:
            predicted = sorted({p for row in result.confusion.values() for p in row})
            confusion = Table(title=f"{result.name}: confusion (rows gold, columns predicted)")
            confusion.add_column("gold")
            for label in predicted:
                confusion.add_column(label[:8], justify="right")
            for label, row in result.confusion.items():
                confusion.add_row(label, *(str(row.get(p, "")) for p in predicted))
            console.print(confusion)
    console.print("[green]baseline: pass[/green]" if report.passed else "[red]baseline: FAIL[/red]")


@main.command("explain")
@click.argument("doc_id", required=False)
@click.argument("sentence", required=False)
@click.option(
    "--text", "raw_text", help="Explain this raw sentence (or text) instead of a stored document."
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for --text.")
@db_option
@format_option(("table", "json"), default="table")
@fail_cleanly
def explain_command(
    doc_id: str | None,
    sentence: str | None,
    raw_text: str | None,
    published: str | None,
    db_url: str,
    fmt: str,
) -> None:
    """Show the parse of a sentence and why each verb and noun was or was not coded.

    DOC_ID SENTENCE: a stored document and a sentence of it (its index, or words it
    contains). --text "...": a raw sentence instead (SENTENCE then picks within it).
    """
    from chancery.events.explain import explain

    if raw_text is not None:
        which = doc_id if sentence is None else sentence  # "explain --text ... 1" works too
        text, day = raw_text, _date(published)
    else:
        if not doc_id:
            raise InputError("explain", 'give DOC_ID and SENTENCE, or --text "a sentence"')
        from chancery.store import open_store

        store = open_store(db_url)
        record = store.find(doc_id)
        if record is None:
            raise InputError(doc_id, "no stored document with this id")
        text, day, which = record.document.text, record.document.published, sentence
    explanation = explain(text, which, published=day)
    if explanation is None:
        raise InputError(str(which), "no such sentence")
    if fmt == "json":
        from dataclasses import asdict

        click.echo(
            json.dumps(
                {
                    "sentence": asdict(explanation.sentence),
                    "tokens": [asdict(t) for t in explanation.tokens],
                    "decisions": [asdict(d) for d in explanation.decisions],
                    "events": [
                        {
                            "id": e.id,
                            "cameo": e.cameo,
                            "label": e.cameo_label,
                            "rule": e.rule,
                            "source": [p.code for p in e.source],
                            "target": [p.code for p in e.target],
                        }
                        for e in explanation.events
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    console = Console()
    console.print(
        f"[bold]sentence {explanation.sentence.index}[/bold]: {explanation.sentence.text}"
    )
    parse = Table(title="dependency parse")
    for column in ("#", "token", "dep", "head", "lemma", "pos", "actor"):
        parse.add_column(column)
    for row in explanation.tokens:
        parse.add_row(
            str(row.index), row.text, row.dep, str(row.head), row.lemma, row.pos, row.actor or ""
        )
    console.print(parse)
    decisions = Table(title="decisions")
    for column in ("#", "word", "kind", "outcome", "why", "rule"):
        decisions.add_column(column)
    for d in explanation.decisions:
        decisions.add_row(str(d.token), d.text, d.kind, d.outcome, d.detail, d.rule)
    console.print(decisions)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(value, "publication date must be YYYY-MM-DD") from None
