"""The FastAPI application; imported only when the `web` extra is installed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Query

from chancery.errors import StoreError
from chancery.store import EventFilter, open_store


def build_app(db_url: str) -> FastAPI:
    store = open_store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="Chancery", version="1", lifespan=lifespan)

    def bad_request(exc: Exception) -> HTTPException:
        return HTTPException(status_code=400, detail=str(exc))

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        try:
            record = store.find(doc_id)
        except StoreError as exc:
            raise bad_request(exc) from exc
        if record is None:
            raise HTTPException(status_code=404, detail=f"{doc_id}: no such document")
        return record.to_dict()

    @app.get("/api/events")
    def events(
        actor: str | None = None,
        dyad: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        near: str | None = None,
        km: float = 100.0,
        all_modalities: bool = False,
        limit: int = Query(default=100, ge=1, le=10_000),
    ) -> list[dict[str, Any]]:
        try:
            wanted = EventFilter(
                actor=actor,
                dyad=dyad,
                code=code,
                since=since,
                until=until,
                country=country,
                near=near,
                km=km,
                all_modalities=all_modalities,
                limit=limit,
            )
        except ValueError as exc:
            raise bad_request(exc) from exc
        return store.events(wanted)

    @app.get("/api/actors")
    def actors(country: str | None = None) -> list[dict[str, Any]]:
        return store.actors(country=country)

    @app.get("/api/quotes")
    def quotes(
        speaker: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        try:
            return store.quotes(speaker=speaker, country=country, since=since, until=until)
        except ValueError as exc:
            raise bad_request(exc) from exc

    @app.get("/api/summary")
    def summary() -> dict[str, Any]:
        return store.summary()

    return app
