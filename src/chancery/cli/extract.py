"""`chancery extract`: run the pipeline on one input and print the record, storing nothing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from chancery.cli import main
from chancery.cli.common import (
    data_file_options,
    emit_rows,
    err_console,
    fail_cleanly,
    format_option,
    settings_for,
)
from chancery.errors import InputError
from chancery.ingest.readers import iter_inputs
from chancery.pipeline import extract, load_resources


def _date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc


@main.command("extract")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "--published",
    callback=_date_option,
    help="Publication date (YYYY-MM-DD) when the input carries none.",
)
@data_file_options
@format_option(("json", "jsonl", "table"), default="json")
@fail_cleanly
def extract_command(
    path: str,
    published: dt.date | None,
    actor_files: tuple[str, ...],
    lexicon_files: tuple[str, ...],
    fmt: str,
) -> None:
    """Extract one article (or every record of a JSONL file) and print chancery.document/1.

    Text, HTML and JSONL are read as `chancery ingest` reads them; nothing is stored.
    A JSONL input gives one record per line, each with the input's `id` as document.id.
    """
    settings = settings_for(actor_files, lexicon_files)
    resources = load_resources(settings)
    records: list[dict[str, Any]] = []
    failed = 0
    for item in iter_inputs([path], published=published):
        if isinstance(item, InputError):
            err_console.print(f"[red]error:[/red] {item}", highlight=False, soft_wrap=True)
            failed += 1
            continue
        record = extract(
            item.text or "",
            published=item.published,
            title=item.title,
            url=item.url,
            source=item.source,
            author=item.author,
            doc_id=item.id,
            resources=resources,
        )
        records.append(record.to_dict())
    if not records:
        sys.exit(1)
    if fmt == "json" and len(records) == 1:
        click.echo(json.dumps(records[0], ensure_ascii=False, indent=2))
    elif fmt in ("json", "jsonl"):
        for data in records:
            click.echo(json.dumps(data, ensure_ascii=False))
    else:
        emit_rows(
            (
                {
                    "document": data["document"]["id"][:12],
                    "sentence": e["sentence"],
                    "cameo": e["cameo"],
                    "label": e["cameo_label"],
                    "source": ";".join(p["code"] or "" for p in e["source"]),
                    "target": ";".join(p["code"] or "" for p in e["target"]),
                    "trigger": e["trigger"]["text"],
                }
                for data in records
                for e in data["events"]
            ),
            ["document", "sentence", "cameo", "label", "source", "target", "trigger"],
            "table",
            title="events",
        )
    if failed:
        sys.exit(1 if not records else 0)
