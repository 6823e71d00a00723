"""`chancery extract`: run the pipeline on one input and print the record, storing nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from chancery.cli import main
from chancery.cli.common import fail_cleanly, format_option
from chancery.errors import InputError
from chancery.pipeline import extract
from chancery.settings import Settings


@main.command("extract")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--published", help="Publication date (YYYY-MM-DD) when the input has none.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor file(s) extending the packaged knowledge base.",
)
@click.option(
    "--lexicon",
    "lexicon_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra verb-pattern lexicon file(s).",
)
@format_option(("json", "jsonl", "table"), default="json")
@fail_cleanly
def extract_command(
    path: str,
    published: str | None,
    actor_files: tuple[str, ...],
    lexicon_files: tuple[str, ...],
    fmt: str,
) -> None:
    """Extract one article (or every record of a JSONL file) and print chancery.document/1."""
    settings = Settings(
        actor_files=tuple(Path(p) for p in actor_files),
        lexicon_files=tuple(Path(p) for p in lexicon_files),
    )
    if path == "-":
        raw = sys.stdin.read()
    else:
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                path, f"not UTF-8 text ({exc.reason}); convert it or use 'chancery ingest'"
            ) from exc
    record = extract(raw, published=published, settings=settings)
    data = record.to_dict()
    if fmt == "jsonl":
        click.echo(json.dumps(data, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from chancery.cli.common import emit_rows

        emit_rows(
            (
                {
                    "sentence": e["sentence"],
                    "cameo": e["cameo"],
                    "label": e["cameo_label"],
                    "source": ";".join(p["code"] or "" for p in e["source"]),
                    "target": ";".join(p["code"] or "" for p in e["target"]),
                    "trigger": e["trigger"]["text"],
                }
                for e in data["events"]
            ),
            ["sentence", "cameo", "label", "source", "target", "trigger"],
            "table",
            title="events",
        )
