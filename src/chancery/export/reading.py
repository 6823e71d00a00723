"""Stored events, actors and quotes read in batches, for exports of any size.

Each reader yields lists of at most `batch_size` plain dicts. The main query streams
(`yield_per`: a server-side cursor on PostgreSQL, stepped rows on SQLite), and an event
batch's parties are fetched by one keyed query per batch, so memory stays bounded by the
batch size whatever the number of stored rows.

An event dict carries the flat fields of `columns.EVENT_COLUMNS` (dates as `date`
objects), `source` and `target` as lists of party dicts (code, country, sector, name,
text), `plover_context` as a list, and what the GDELT layout needs besides:
`paragraph` (of its sentence) and `ingested_at`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select, tuple_

from chancery.store import schema
from chancery.store.filters import EventFilter
from chancery.store.queries import event_statement, haversine_km

DEFAULT_BATCH_SIZE = 1000
_KEYS_PER_QUERY = 400  # (document, event) pairs per IN list: within every backend's limits

e = schema.events
p = schema.event_parties
d = schema.documents
s = schema.sentences
a = schema.actors
q = schema.quotes


def _streamed(conn: Connection, stmt: Select[Any], batch_size: int) -> Iterator[list[Any]]:
    result = conn.execution_options(yield_per=batch_size).execute(stmt)
    for partition in result.mappings().partitions():
        yield list(partition)


# --------------------------------------------------------------------------- events


def event_batches(
    conn: Connection, flt: EventFilter, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[list[dict[str, Any]]]:
    """Events matching `flt` in (document, position) order, with their parties."""
    stmt = (
        event_statement(flt)
        .order_by(None)
        .order_by(e.c.document_id, e.c.position)
        .add_columns(d.c.url, d.c.ingested_at, s.c.paragraph.label("paragraph"))
    )
    center, written = flt.point, 0
    for rows in _streamed(conn, stmt, batch_size):
        if center is not None:
            rows = [
                r
                for r in rows
                if haversine_km(center, (r["location_lat"], r["location_lon"])) <= flt.km
            ]
        if flt.limit is not None:
            rows = rows[: flt.limit - written]
        if not rows:
            continue
        events = [_event(row) for row in rows]
        _attach_parties(conn, events)
        written += len(events)
        yield events
        if flt.limit is not None and written >= flt.limit:
            return


def _event(row: Any) -> dict[str, Any]:
    return {
        "document_id": row["document_id"],
        "event_id": row["event_id"],
        "url": row["url"],
        "title": row["title"],
        "published": row["published"],
        "sentence_index": row["sentence"],
        "date_start": row["date_start"],
        "date_end": row["date_end"],
        "date_text": row["date_text"],
        "date_basis": row["date_basis"],
        "source": [],
        "target": [],
        "cameo": row["cameo"],
        "cameo_label": row["cameo_label"],
        "root": row["root"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover_event": row["plover_event"],
        "plover_mode": row["plover_mode"],
        "plover_context": list(row["plover_context"] or []),
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "future": row["future"],
        "attempted": row["attempted"],
        "historical": row["historical"],
        "location_name": row["location_name"],
        "location_country": row["location_country"],
        "location_lat": row["location_lat"],
        "location_lon": row["location_lon"],
        "location_precision": row["location_precision"],
        "location_geonameid": row["location_geonameid"],
        "confidence": row["confidence"],
        "rule": row["rule"],
        "trigger": row["trigger_text"],
        "sentence": row["sentence_text"],
        "paragraph": row["paragraph"],
        "ingested_at": row["ingested_at"],
    }


def _chunks(items: Sequence[Any], size: int = _KEYS_PER_QUERY) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _attach_parties(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Fill each event's source and target lists, in text order; a party's name is its
    actor's canonical name when it resolved to one, else the words of the text."""
    by_key = {(ev["document_id"], ev["event_id"]): ev for ev in events}
    for chunk in _chunks(list(by_key)):
        stmt = (
            select(p, a.c.name)
            .select_from(
                p.outerjoin(
                    a, and_(a.c.document_id == p.c.document_id, a.c.actor_id == p.c.actor_id)
                )
            )
            .where(tuple_(p.c.document_id, p.c.event_id).in_(list(chunk)))
            .order_by(p.c.document_id, p.c.event_id, p.c.role, p.c.position)
        )
        for party in conn.execute(stmt).mappings():
            event = by_key[(party["document_id"], party["event_id"])]
            event[party["role"]].append(
                {
                    "code": party["code"],
                    "country": party["country"],
                    "sector": party["sector"],
                    "name": party["name"] or party["text"],
                    "text": party["text"],
                }
            )


# --------------------------------------------------------------------------- actors, quotes

# What an actor or quote export can be filtered by; the other EventFilter fields are about
# events only and are refused rather than silently ignored.
_EVENT_ONLY = ("dyad", "code", "near", "all_modalities")


def check_document_filter(flt: EventFilter, what: str) -> None:
    """Raise ValueError when `flt` asks for something `what` rows cannot be filtered by."""
    for name in _EVENT_ONLY:
        if getattr(flt, name):
            option = name.replace("_", "-")
            raise ValueError(f"--{option} filters events only, not {what}")


def _document_conditions(
    flt: EventFilter, country: Any, code: Any, document_id: Any
) -> list[ColumnElement[bool]]:
    """actor: the row's code or country; country: its country; since/until: the document's
    publication date; document: its document."""
    where: list[ColumnElement[bool]] = []
    if flt.actor:
        where.append(or_(code == flt.actor, country == flt.actor))
    if flt.country:
        where.append(country == flt.country)
    if flt.since:
        where.append(d.c.published >= flt.since)
    if flt.until:
        where.append(d.c.published <= flt.until)
    if flt.document_id:
        where.append(document_id == flt.document_id)
    return where


def actor_batches(
    conn: Connection, flt: EventFilter, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[list[dict[str, Any]]]:
    """Actors as stored per document (not merged across documents), with mention counts."""
    check_document_filter(flt, "actors")
    m = schema.actor_mentions
    mentions = (
        select(func.count())
        .where(m.c.document_id == a.c.document_id, m.c.actor_id == a.c.actor_id)
        .scalar_subquery()
    )
    stmt = (
        select(a, mentions.label("mentions"), d.c.published, d.c.url)
        .join(d, d.c.id == a.c.document_id)
        .where(*_document_conditions(flt, a.c.country, a.c.code, a.c.document_id))
        .order_by(a.c.document_id, a.c.position)
        .limit(flt.limit)
    )
    for rows in _streamed(conn, stmt, batch_size):
        yield [
            {
                "document_id": r["document_id"],
                "actor_id": r["actor_id"],
                "name": r["name"],
                "kind": r["kind"],
                "code": r["code"],
                "country": r["country"],
                "sector": r["sector"],
                "org": r["org"],
                "wikidata": r["wikidata"],
                "mentions": int(r["mentions"]),
                "basis": r["basis"],
                "published": r["published"],
                "url": r["url"],
            }
            for r in rows
        ]


def quote_batches(
    conn: Connection, flt: EventFilter, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[list[dict[str, Any]]]:
    """Quotes in (document, position) order with their resolved speakers."""
    check_document_filter(flt, "quotes")
    stmt = (
        select(q, d.c.published, d.c.url)
        .join(d, d.c.id == q.c.document_id)
        .where(*_document_conditions(flt, q.c.speaker_country, q.c.speaker_code, q.c.document_id))
        .order_by(q.c.document_id, q.c.position)
        .limit(flt.limit)
    )
    for rows in _streamed(conn, stmt, batch_size):
        yield [
            {
                "document_id": r["document_id"],
                "quote_id": r["quote_id"],
                "published": r["published"],
                "url": r["url"],
                "speaker_name": r["speaker_name"],
                "speaker_code": r["speaker_code"],
                "speaker_country": r["speaker_country"],
                "cue": r["cue"],
                "kind": r["kind"],
                "sentence_index": r["sentence"],
                "text": r["text"],
            }
            for r in rows
        ]
