"""`Store`: save, read back and query `chancery.document/1` records in SQLite or PostgreSQL.

A document is written in ONE transaction: an error or a killed process leaves either the
whole document or none of it. Natural keys make saving the same article twice a no-op.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, insert, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from chancery.errors import StoreError
from chancery.model import DocumentRecord
from chancery.settings import default_db_url
from chancery.store import queries, schema
from chancery.store.connect import (
    create_store_engine,
    migrate,
    normalise_url,
    one_line,
    shown,
)
from chancery.store.filters import EventFilter, parse_country, parse_period
from chancery.store.rows import record_from_rows, record_rows, stored_hash

log = logging.getLogger(__name__)

SaveResult = Literal["inserted", "present", "replaced"]

# Child tables read back to rebuild a record, each in the order its list had.
_CHILD_ORDER = {
    "sentences": (schema.sentences, ("index",)),
    "actors": (schema.actors, ("position",)),
    "actor_mentions": (schema.actor_mentions, ("actor_id", "position")),
    "events": (schema.events, ("position",)),
    "event_parties": (schema.event_parties, ("event_id", "role", "position")),
    "quotes": (schema.quotes, ("position",)),
    "dates": (schema.dates, ("position",)),
    "checks": (schema.checks, ("position",)),
}


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the database at `url`, by default `default_db_url()`."""
    parsed = normalise_url(url or default_db_url())
    engine = create_store_engine(parsed)
    try:
        revision = migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"{shown(parsed)}: cannot open the database: {one_line(exc)}") from exc
    return Store(engine, revision)


class Store:
    """An open database of records. Use `open_store()`; close it (or use `with`)."""

    def __init__(self, engine: Engine, schema_version: str) -> None:
        self.engine = engine
        self.schema_version = schema_version

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return shown(self.engine.url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({self.url!r}, schema_version={self.schema_version!r})"

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: {one_line(exc)}") from exc

    # ----------------------------------------------------------------------- writing

    def has_document(self, content_hash: str) -> bool:
        d = schema.documents
        with self._reading() as conn:
            found = conn.execute(select(d.c.id).where(d.c.content_hash == content_hash)).first()
        return found is not None

    def save(self, record: DocumentRecord, *, replace: bool = False) -> SaveResult:
        """Store `record` in one transaction.

        "present" when a document with the same id or content hash is stored already (it is
        left as it was); with `replace`, that document is deleted and this one stored in
        the same transaction: "replaced". A missing content hash is computed from the text.
        """
        rows = record_rows(record, dt.datetime.now(dt.UTC))
        d = schema.documents
        same = or_(d.c.id == record.document.id, d.c.content_hash == stored_hash(record.document))
        options = {"sqlite_begin": "IMMEDIATE"} if self.engine.dialect.name == "sqlite" else {}
        try:
            with self.engine.connect().execution_options(**options) as conn, conn.begin():
                existing = list(conn.execute(select(d.c.id).where(same)).scalars())
                if existing and not replace:
                    return "present"
                if existing:
                    conn.execute(delete(d).where(d.c.id.in_(existing)))
                for table, table_rows in rows.items():
                    if table_rows:
                        conn.execute(insert(table), table_rows)
        except IntegrityError as exc:
            # Another writer stored the same article between our check and our insert.
            if not replace and self._stored_as(record):
                return "present"
            raise StoreError(
                f"{self.url}: cannot save document {record.document.id}: {one_line(exc)}"
            ) from exc
        except SQLAlchemyError as exc:
            raise StoreError(
                f"{self.url}: cannot save document {record.document.id}: {one_line(exc)}"
            ) from exc
        log.debug("saved %s (%s)", record.document.id, "replaced" if existing else "inserted")
        return "replaced" if existing else "inserted"

    def _stored_as(self, record: DocumentRecord) -> bool:
        d = schema.documents
        same = or_(d.c.id == record.document.id, d.c.content_hash == stored_hash(record.document))
        with self._reading() as conn:
            return conn.execute(select(d.c.id).where(same)).first() is not None

    def delete(self, doc_id: str) -> bool:
        """Remove a document and everything extracted from it; False when it was not stored."""
        d = schema.documents
        try:
            with self.engine.begin() as conn:
                return conn.execute(delete(d).where(d.c.id == doc_id)).rowcount > 0
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: cannot delete {doc_id}: {one_line(exc)}") from exc

    # ----------------------------------------------------------------------- reading

    def get(self, doc_id: str) -> DocumentRecord | None:
        """The stored record, equal (by `to_dict()`) to the one saved; None if absent."""
        d = schema.documents
        with self._reading() as conn, conn.begin():
            document = conn.execute(select(d).where(d.c.id == doc_id)).mappings().first()
            if document is None:
                return None
            children: dict[str, list[Any]] = {}
            for name, (table, order) in _CHILD_ORDER.items():
                stmt = (
                    select(table)
                    .where(table.c.document_id == doc_id)
                    .order_by(*(table.c[col] for col in order))
                )
                children[name] = list(conn.execute(stmt).mappings())
        return record_from_rows(document, children)

    def find(self, doc_id: str) -> DocumentRecord | None:
        """The record stored under `doc_id`, or under the one id that starts with it."""
        record = self.get(doc_id)
        if record is None:
            matches = self.document_ids(doc_id, limit=2)
            if len(matches) > 1:
                raise StoreError(
                    f"{doc_id}: several stored documents start with it; give more of the id"
                )
            if matches:
                record = self.get(matches[0])
        return record

    def document_ids(self, prefix: str = "", limit: int = 5) -> list[str]:
        """Stored document ids that start with `prefix`."""
        with self._reading() as conn:
            return queries.document_ids(conn, prefix, limit)

    def events(self, filter: EventFilter | None = None) -> list[dict[str, Any]]:
        """Stored events matching `filter`, newest first (see `EventFilter`)."""
        with self._reading() as conn:
            return queries.list_events(conn, filter or EventFilter())

    def actors(self, country: str | None = None) -> list[dict[str, Any]]:
        """Actors aggregated across documents by name and code, with mention and document counts."""
        with self._reading() as conn:
            return queries.list_actors(conn, parse_country(country) if country else None)

    def quotes(
        self,
        speaker: str | None = None,
        country: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored quotes; since/until bound the quoting document's publication date."""
        with self._reading() as conn:
            return queries.list_quotes(
                conn,
                speaker=speaker,
                country=parse_country(country) if country else None,
                since=parse_period(since, "start") if since else None,
                until=parse_period(until, "end") if until else None,
                limit=limit,
            )

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts of documents, sentences, events (by CAMEO root and PLOVER type), top dyads,
        quotes and top speakers."""
        with self._reading() as conn:
            return queries.summarise(conn, top)
