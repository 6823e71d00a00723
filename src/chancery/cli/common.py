"""What every command shares: the --db option, error handling and output formats."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from chancery.errors import ChanceryError
from chancery.settings import Settings, default_db_url
from chancery.store.filters import (
    parse_actor,
    parse_cameo_prefix,
    parse_country,
    parse_dyad,
    parse_period,
    parse_point,
)

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

err_console = Console(stderr=True)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_url",
        default=default_db_url,
        show_default="sqlite:///chancery.db or $CHANCERY_DB",
        help="Database URL: sqlite:///path.db or postgresql://user@host/db.",
    )(func)


def format_option(choices: Sequence[str] = ("table", "csv", "json"), default: str = "table"):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def data_file_options(func: F) -> F:
    """--actors and --lexicon: the user's data files extending the packaged ones."""
    func = click.option(
        "--lexicon",
        "lexicon_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra verb-pattern lexicon file(s).",
    )(func)
    return click.option(
        "--actors",
        "actor_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra actor file(s) extending the packaged knowledge base.",
    )(func)


def settings_for(actor_files: Sequence[str], lexicon_files: Sequence[str]) -> Settings:
    return Settings(
        actor_files=tuple(Path(p) for p in actor_files),
        lexicon_files=tuple(Path(p) for p in lexicon_files),
    )


def checked_option(
    parse: Callable[[str], T],
) -> Callable[[click.Context, click.Parameter, Any], T | None]:
    """A click callback running a library parser; its ValueError becomes one usage line."""

    def callback(_ctx: click.Context, _param: click.Parameter, value: Any) -> T | None:
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None

    return callback


def period_bound(bound: Literal["start", "end"]) -> Callable[[str], dt.date]:
    return lambda value: parse_period(value, bound)


def fail_cleanly(func: F) -> F:
    """Turn a ChanceryError into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ChanceryError as exc:
            # The message is plain text: "pip install 'chancery[web]'" is not Rich markup.
            err_console.print(
                f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def emit_rows(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, title: str = ""
) -> None:
    """Print rows as a Rich table, CSV or JSON (a list of objects)."""
    rows = list(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
        click.echo(buf.getvalue(), nl=False)
    else:
        table = Table(title=title or None)
        for c in columns:
            table.add_column(c)
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console().print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)


# The filters `chancery events` and `chancery export` share; each command gives its own help
# texts (export's filters also apply to actors and quotes).


def event_filter_options(helps: dict[str, str]) -> Callable[[F], F]:
    """--actor --dyad --code --since --until --near --km --country --document
    --all-modalities, parsed as EventFilter takes them, with the command's help texts."""
    options = [
        click.option("--actor", callback=checked_option(parse_actor), help=helps["actor"]),
        click.option("--dyad", callback=checked_option(parse_dyad), help=helps["dyad"]),
        click.option("--code", callback=checked_option(parse_cameo_prefix), help=helps["code"]),
        click.option(
            "--since", callback=checked_option(period_bound("start")), help=helps["since"]
        ),
        click.option("--until", callback=checked_option(period_bound("end")), help=helps["until"]),
        click.option("--near", callback=checked_option(parse_point), help=helps["near"]),
        click.option(
            "--km",
            type=click.FloatRange(min=0, min_open=True),
            default=100.0,
            show_default=True,
            help=helps["km"],
        ),
        click.option("--country", callback=checked_option(parse_country), help=helps["country"]),
        click.option("--document", "document_id", help=helps["document"]),
        click.option("--all-modalities", is_flag=True, help=helps["all_modalities"]),
    ]

    def decorate(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate
