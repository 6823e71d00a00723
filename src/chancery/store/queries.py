"""Read-side queries over stored records: events, actors, quotes and the summary.

Each function takes an open connection and returns plain dicts ready to print or serve
(dates as ISO strings). Filters run in SQL on indexed columns; only the great-circle
distance of `near` is checked in Python, after a bounding-box filter in SQL.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    distinct,
    func,
    or_,
    select,
    tuple_,
)

from chancery.store import schema
from chancery.store.filters import EventFilter
from chancery.store.labels import load_root_labels

EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE = 111.32
_CHUNK = 400  # keys per IN (...) list: well under every backend's parameter limit

e = schema.events
p = schema.event_parties
d = schema.documents
s = schema.sentences


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --------------------------------------------------------------------------- events


def _events_with_party(code: str, role: str | None = None) -> ColumnElement[bool]:
    """The event has a party (of `role`, if given) whose country or full code is `code`."""
    matches = select(p.c.document_id, p.c.event_id).where(
        or_(p.c.country == code, p.c.code == code)
    )
    if role is not None:
        matches = matches.where(p.c.role == role)
    return tuple_(e.c.document_id, e.c.event_id).in_(matches)


def event_statement(flt: EventFilter) -> Select[Any]:
    """The SQL part of `flt`: everything but the exact distance of `near`."""
    stmt = (
        select(e, s.c.text.label("sentence_text"), d.c.published, d.c.title)
        .select_from(
            e.join(d, d.c.id == e.c.document_id).outerjoin(
                s, and_(s.c.document_id == e.c.document_id, s.c.index == e.c.sentence)
            )
        )
        .order_by(e.c.date_start.desc().nulls_last(), e.c.document_id, e.c.position)
    )
    if flt.actor:
        stmt = stmt.where(_events_with_party(flt.actor))
    if flt.pair:
        source, target = flt.pair
        stmt = stmt.where(
            _events_with_party(source, "source"), _events_with_party(target, "target")
        )
    if flt.code:
        stmt = stmt.where(e.c.cameo.startswith(flt.code))
    # An event matches a period when its date interval overlaps it.
    if flt.since:
        stmt = stmt.where(e.c.date_end >= flt.since)
    if flt.until:
        stmt = stmt.where(e.c.date_start <= flt.until)
    if not flt.all_modalities:
        stmt = stmt.where(
            e.c.negated.is_(False),
            e.c.hypothetical.is_(False),
            e.c.future.is_(False),
            e.c.attempted.is_(False),
        )
    if flt.country:
        stmt = stmt.where(e.c.location_country == flt.country)
    if flt.document_id:
        stmt = stmt.where(e.c.document_id == flt.document_id)
    if flt.point:
        stmt = stmt.where(*_bounding_box(flt.point, flt.km))
    elif flt.limit:
        stmt = stmt.limit(flt.limit)
    return stmt


def _bounding_box(center: tuple[float, float], km: float) -> list[ColumnElement[bool]]:
    lat, lon = center
    dlat = km / _KM_PER_DEGREE
    box: list[ColumnElement[bool]] = [
        e.c.location_lat.between(lat - dlat, lat + dlat),
        e.c.location_lon.is_not(None),
    ]
    cos_lat = math.cos(math.radians(lat))
    # Near a pole or across the antimeridian a longitude box would wrongly cut; skip it.
    if cos_lat > 0.01:
        dlon = km / (_KM_PER_DEGREE * cos_lat)
        if lon - dlon >= -180 and lon + dlon <= 180:
            box.append(e.c.location_lon.between(lon - dlon, lon + dlon))
    return box


def list_events(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    center = flt.point
    for row in conn.execute(event_statement(flt)).mappings():
        distance = None
        if center:
            distance = haversine_km(center, (row["location_lat"], row["location_lon"]))
            if distance > flt.km:
                continue
        rows.append(_event_dict(row, distance))
        if flt.limit and len(rows) >= flt.limit:
            break
    _attach_parties(conn, rows)
    return rows


def _event_dict(row: Any, distance: float | None) -> dict[str, Any]:
    out = {
        "document_id": row["document_id"],
        "event_id": row["event_id"],
        "published": _iso(row["published"]),
        "date_start": _iso(row["date_start"]),
        "date_end": _iso(row["date_end"]),
        "date_text": row["date_text"],
        "cameo": row["cameo"],
        "cameo_label": row["cameo_label"],
        "root": row["root"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "source": "",
        "target": "",
        "plover_event": row["plover_event"],
        "plover_mode": row["plover_mode"],
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "future": row["future"],
        "attempted": row["attempted"],
        "historical": row["historical"],
        "location": row["location_name"],
        "location_country": row["location_country"],
        "lat": row["location_lat"],
        "lon": row["location_lon"],
        "trigger": row["trigger_text"],
        "sentence_index": row["sentence"],
        "sentence": row["sentence_text"],
        "confidence": row["confidence"],
        "rule": row["rule"],
    }
    if distance is not None:
        out["distance_km"] = round(distance, 1)
    return out


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _attach_parties(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Fill each row's source/target with its parties' codes, ";"-joined in text order."""
    keys = [(r["document_id"], r["event_id"]) for r in rows]
    codes: dict[tuple[str, str, str], list[str]] = {}
    for chunk in _chunks(keys):
        stmt = (
            select(p.c.document_id, p.c.event_id, p.c.role, p.c.code, p.c.country, p.c.text)
            .where(tuple_(p.c.document_id, p.c.event_id).in_(list(chunk)))
            .order_by(p.c.document_id, p.c.event_id, p.c.role, p.c.position)
        )
        for party in conn.execute(stmt):
            label = party.code or party.country or party.text
            codes.setdefault((party.document_id, party.event_id, party.role), []).append(label)
    for r in rows:
        key = (r["document_id"], r["event_id"])
        r["source"] = ";".join(codes.get((*key, "source"), []))
        r["target"] = ";".join(codes.get((*key, "target"), []))


# --------------------------------------------------------------------------- actors, quotes


def list_actors(conn: Connection, country: str | None = None) -> list[dict[str, Any]]:
    """Actors aggregated across documents by (name, code), most mentioned first."""
    a, m = schema.actors, schema.actor_mentions
    mention_counts = (
        select(m.c.document_id, m.c.actor_id, func.count().label("n"))
        .group_by(m.c.document_id, m.c.actor_id)
        .subquery()
    )
    mentions = func.coalesce(func.sum(mention_counts.c.n), 0)
    stmt = (
        select(
            a.c.name,
            a.c.code,
            func.max(a.c.country).label("country"),
            func.max(a.c.sector).label("sector"),
            func.max(a.c.kind).label("kind"),
            func.max(a.c.wikidata).label("wikidata"),
            func.count(distinct(a.c.document_id)).label("documents"),
            mentions.label("mentions"),
        )
        .select_from(
            a.outerjoin(
                mention_counts,
                and_(
                    mention_counts.c.document_id == a.c.document_id,
                    mention_counts.c.actor_id == a.c.actor_id,
                ),
            )
        )
        .group_by(a.c.name, a.c.code)
        .order_by(mentions.desc(), a.c.name)
    )
    if country:
        stmt = stmt.where(a.c.country == country)
    return [
        {**row, "documents": int(row["documents"]), "mentions": int(row["mentions"])}
        for row in conn.execute(stmt).mappings()
    ]


def list_quotes(
    conn: Connection,
    speaker: str | None = None,
    country: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes, newest document first; `speaker` matches part of the name, any case;
    since/until bound the publication date of the quoting document."""
    q = schema.quotes
    stmt = (
        select(q, d.c.published, d.c.title)
        .join(d, d.c.id == q.c.document_id)
        .order_by(d.c.published.desc().nulls_last(), q.c.document_id, q.c.position)
    )
    if speaker:
        stmt = stmt.where(func.lower(q.c.speaker_name).contains(speaker.lower(), autoescape=True))
    if country:
        stmt = stmt.where(q.c.speaker_country == country)
    if since:
        stmt = stmt.where(d.c.published >= since)
    if until:
        stmt = stmt.where(d.c.published <= until)
    if limit:
        stmt = stmt.limit(limit)
    return [
        {
            "document_id": row["document_id"],
            "quote_id": row["quote_id"],
            "published": _iso(row["published"]),
            "speaker": row["speaker_name"],
            "speaker_country": row["speaker_country"],
            "speaker_code": row["speaker_code"],
            "cue": row["cue"],
            "kind": row["kind"],
            "text": row["text"],
        }
        for row in conn.execute(stmt).mappings()
    ]


# --------------------------------------------------------------------------- summary


def _count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def summarise(conn: Connection, top: int = 10) -> dict[str, Any]:
    """The figures `make demo` shows: sizes, events by type, top dyads and speakers."""
    labels = load_root_labels()
    n = func.count().label("events")
    by_root = conn.execute(select(e.c.root, n).group_by(e.c.root).order_by(n.desc(), e.c.root))
    by_plover = conn.execute(
        select(e.c.plover_event, n).group_by(e.c.plover_event).order_by(n.desc(), e.c.plover_event)
    )
    quotes = schema.quotes
    said = func.count().label("quotes")
    speakers = conn.execute(
        select(quotes.c.speaker_name, func.max(quotes.c.speaker_country).label("country"), said)
        .where(quotes.c.speaker_name.is_not(None))
        .group_by(quotes.c.speaker_name)
        .order_by(said.desc(), quotes.c.speaker_name)
        .limit(top)
    )
    return {
        "documents": _count(conn, d),
        "sentences": _count(conn, s),
        "events": _count(conn, e),
        "events_by_root": [
            {"root": r.root, "label": labels.get(r.root, "?"), "events": r.events} for r in by_root
        ],
        "events_by_plover": [
            {"plover_event": r.plover_event, "events": r.events} for r in by_plover
        ],
        "top_dyads": top_dyads(conn, top),
        "quotes": _count(conn, quotes),
        "top_speakers": [
            {"speaker": r.speaker_name, "country": r.country, "quotes": r.quotes} for r in speakers
        ],
    }


def top_dyads(conn: Connection, top: int = 10) -> list[dict[str, Any]]:
    """Source country -> target country pairs by the number of events joining them."""
    src, tgt = p.alias("src"), p.alias("tgt")
    pairs = (
        select(
            src.c.document_id,
            src.c.event_id,
            src.c.country.label("source"),
            tgt.c.country.label("target"),
        )
        .join(tgt, and_(tgt.c.document_id == src.c.document_id, tgt.c.event_id == src.c.event_id))
        .where(
            src.c.role == "source",
            tgt.c.role == "target",
            src.c.country.is_not(None),
            tgt.c.country.is_not(None),
        )
        .distinct()
        .subquery()
    )
    n = func.count().label("events")
    stmt = (
        select(pairs.c.source, pairs.c.target, n)
        .group_by(pairs.c.source, pairs.c.target)
        .order_by(n.desc(), pairs.c.source, pairs.c.target)
        .limit(top)
    )
    return [dict(row) for row in conn.execute(stmt).mappings()]


def document_ids(conn: Connection, prefix: str, limit: int = 5) -> list[str]:
    """Stored document ids starting with `prefix` (for typing a short sha256)."""
    stmt = (
        select(d.c.id)
        .where(d.c.id.startswith(prefix, autoescape=True))
        .order_by(d.c.id)
        .limit(limit)
    )
    return list(conn.execute(stmt).scalars())
