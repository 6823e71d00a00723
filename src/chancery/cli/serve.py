"""`chancery serve`: the read-only HTTP API over a store (the `web` extra)."""

from __future__ import annotations

import click

from chancery.cli import main
from chancery.cli.common import db_option, fail_cleanly
from chancery.errors import require_extra


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@fail_cleanly
def serve_command(db_url: str, host: str, port: int) -> None:
    """Serve the stored documents, events, actors and quotes as JSON (GET /api/...)."""
    require_extra("web", "uvicorn")
    import uvicorn

    from chancery.api import create_app

    uvicorn.run(create_app(db_url), host=host, port=port, log_level="info")
