"""The read-only HTTP API over a store (the `web` extra): the same queries as the CLI.

    GET /api/documents/{id}   the chancery.document/1 record (id or unique prefix)
    GET /api/events           ?actor=&dyad=&code=&since=&until=&country=&near=&km=&all_modalities=&limit=
    GET /api/actors           ?country=
    GET /api/quotes           ?speaker=&country=&since=&until=
    GET /api/summary

`create_app(db_url)` builds the app; `chancery serve` runs it with uvicorn.
"""

from __future__ import annotations

from typing import Any

from chancery.errors import require_extra

__all__ = ["create_app"]


def create_app(db_url: str) -> Any:
    """A FastAPI app reading the store at `db_url` (opened once, closed on shutdown)."""
    require_extra("web", "fastapi")
    from chancery.api.app import build_app

    return build_app(db_url)
