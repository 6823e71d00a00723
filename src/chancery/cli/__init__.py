"""The `chancery` command: a thin shell over the library.

Each sub-module registers its commands on `main`; they parse arguments, call library
functions and format results. Typed library errors become one readable line and exit 1.
"""

from __future__ import annotations

import importlib

import click

from chancery import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chancery")
def main() -> None:
    """Chancery: news articles to actors, CAMEO/PLOVER events, quotes, dates and places."""


for _name in ("extract", "ingest", "query", "evaluate", "serve", "distributed", "export"):
    try:
        importlib.import_module(f"chancery.cli.{_name}")
    except ModuleNotFoundError as _exc:  # a command module not written yet
        if _exc.name != f"chancery.cli.{_name}":
            raise
