"""A `DocumentRecord` to table rows and back: pure functions, no database access.

The two directions mirror each other field by field, so that saving a record and reading
it back gives an equal `to_dict()` (a property test holds them to it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table

from chancery.model import (
    Actor,
    Check,
    DocumentInfo,
    DocumentRecord,
    DuplicateParagraph,
    Event,
    EventDate,
    Location,
    Mention,
    Modality,
    Party,
    Plover,
    Quote,
    Sentence,
    TimeExpression,
    Trigger,
)
from chancery.store import schema

Rows = dict[Table, list[dict[str, Any]]]


def stored_hash(info: DocumentInfo) -> str:
    """The record's content hash, or the hash of its text when a caller left it empty."""
    return info.content_hash or hashlib.sha256(info.text.encode("utf-8")).hexdigest()


def record_rows(record: DocumentRecord, ingested_at: dt.datetime) -> Rows:
    """Every row that stores `record`, by table, parents before children."""
    info = record.document
    doc_id = info.id
    rows: Rows = {table: [] for table in schema.metadata.sorted_tables}
    rows[schema.documents].append(
        {
            "id": doc_id,
            "content_hash": stored_hash(info),
            "title": info.title,
            "url": info.url,
            "source": info.source,
            "author": info.author,
            "language": info.language,
            "published": info.published,
            "paragraphs_in": info.paragraphs_in,
            "paragraphs_kept": info.paragraphs_kept,
            "duplicates_removed": [
                {"paragraph": d.paragraph, "same_as": d.same_as} for d in info.duplicates_removed
            ],
            "text": info.text,
            "ingested_at": ingested_at,
        }
    )
    rows[schema.sentences] = [
        {
            "document_id": doc_id,
            "index": s.index,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in record.sentences
    ]
    for position, actor in enumerate(record.actors):
        rows[schema.actors].append(_actor_row(doc_id, position, actor))
        rows[schema.actor_mentions].extend(
            {
                "document_id": doc_id,
                "actor_id": actor.id,
                "position": i,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "text": m.text,
            }
            for i, m in enumerate(actor.mentions)
        )
    for position, ev in enumerate(record.events):
        rows[schema.events].append(_event_row(doc_id, position, ev))
        for role, parties in (("source", ev.source), ("target", ev.target)):
            rows[schema.event_parties].extend(
                {
                    "document_id": doc_id,
                    "event_id": ev.id,
                    "role": role,
                    "position": i,
                    "actor_id": p.actor,
                    "country": p.country,
                    "sector": p.sector,
                    "code": p.code,
                    "text": p.text,
                }
                for i, p in enumerate(parties)
            )
    rows[schema.quotes] = [
        {
            "document_id": doc_id,
            "quote_id": q.id,
            "position": i,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker": q.speaker,
            "speaker_name": q.speaker_name,
            "speaker_country": q.speaker_country,
            "speaker_code": q.speaker_code,
            "cue": q.cue,
            "sentence": q.sentence,
            "kind": q.kind,
        }
        for i, q in enumerate(record.quotes)
    ]
    rows[schema.dates] = [
        {
            "document_id": doc_id,
            "position": i,
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "granularity": t.granularity,
            "offset": t.offset,
            "end_offset": t.end_offset,
            "sentence": t.sentence,
            "basis": t.basis,
            "is_duration": t.is_duration,
        }
        for i, t in enumerate(record.dates)
    ]
    rows[schema.checks] = [
        {
            "document_id": doc_id,
            "position": i,
            "kind": c.kind,
            "sentence": c.sentence,
            "message": c.message,
            "claimed": _plain(c.claimed),
            "listed": _plain(c.listed),
        }
        for i, c in enumerate(record.checks)
    ]
    return rows


def _actor_row(doc_id: str, position: int, actor: Actor) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "actor_id": actor.id,
        "position": position,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "code": actor.code,
        "org": actor.org,
        "wikidata": actor.wikidata,
        "basis": actor.basis,
    }


def _event_row(doc_id: str, position: int, ev: Event) -> dict[str, Any]:
    date, loc = ev.date, ev.location
    return {
        "document_id": doc_id,
        "event_id": ev.id,
        "position": position,
        "sentence": ev.sentence,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "trigger_text": ev.trigger.text,
        "cameo": ev.cameo,
        "cameo_label": ev.cameo_label,
        "root": ev.root,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_event": ev.plover.event,
        "plover_mode": ev.plover.mode,
        "plover_context": list(ev.plover.context),
        "negated": ev.modality.negated,
        "hypothetical": ev.modality.hypothetical,
        "future": ev.modality.future,
        "attempted": ev.modality.attempted,
        "historical": ev.historical,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_text": date.text if date else None,
        "date_basis": date.basis if date else None,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "confidence": ev.confidence,
        "rule": ev.rule,
    }


def _plain(value: Any) -> Any:
    """JSON columns take lists, not tuples; dates become ISO strings as in to_dict()."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------------- rows -> record


def _from_row(cls: Any, row: Mapping[Any, Any], **renamed: Any) -> Any:
    """A dataclass from a row whose columns carry its field names; `renamed` supplies the
    fields whose column is named otherwise (actor_id -> actor) or that are built apart."""
    values = {name: row[name] for name in cls.__dataclass_fields__ if name in row}
    values.update(renamed)
    return cls(**values)


def record_from_rows(
    document: Mapping[Any, Any], children: Mapping[str, Sequence[Mapping[Any, Any]]]
) -> DocumentRecord:
    """Rebuild a record from its document row and its child rows (each list in key order)."""
    info = _from_row(
        DocumentInfo,
        document,
        duplicates_removed=[DuplicateParagraph(**d) for d in document["duplicates_removed"]],
    )
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for m in children["actor_mentions"]:
        mentions[m["actor_id"]].append(Mention(m["sentence"], m["start"], m["end"], m["text"]))
    parties: dict[tuple[str, str], list[Party]] = defaultdict(list)
    for p in children["event_parties"]:
        parties[(p["event_id"], p["role"])].append(_from_row(Party, p, actor=p["actor_id"]))
    return DocumentRecord(
        document=info,
        sentences=[
            Sentence(s["index"], s["paragraph"], s["start"], s["end"], s["text"])
            for s in children["sentences"]
        ],
        actors=[
            _from_row(Actor, a, id=a["actor_id"], mentions=mentions[a["actor_id"]])
            for a in children["actors"]
        ],
        events=[_event(e, parties) for e in children["events"]],
        quotes=[_from_row(Quote, q, id=q["quote_id"]) for q in children["quotes"]],
        dates=[_from_row(TimeExpression, t) for t in children["dates"]],
        checks=[_from_row(Check, c) for c in children["checks"]],
    )


def _event(e: Mapping[Any, Any], parties: Mapping[tuple[str, str], list[Party]]) -> Event:
    date = None
    if e["date_start"] is not None and e["date_end"] is not None:
        date = EventDate(
            start=e["date_start"],
            end=e["date_end"],
            text=e["date_text"],
            basis=e["date_basis"] or "published",
        )
    location = None
    if e["location_name"] is not None:
        location = Location(
            name=e["location_name"],
            country=e["location_country"],
            lat=e["location_lat"],
            lon=e["location_lon"],
            precision=e["location_precision"],
            geonameid=e["location_geonameid"],
        )
    return Event(
        id=e["event_id"],
        sentence=e["sentence"],
        trigger=Trigger(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
        source=list(parties.get((e["event_id"], "source"), [])),
        target=list(parties.get((e["event_id"], "target"), [])),
        cameo=e["cameo"],
        cameo_label=e["cameo_label"],
        root=e["root"],
        quad_class=e["quad_class"],
        goldstein=e["goldstein"],
        plover=Plover(
            event=e["plover_event"], mode=e["plover_mode"], context=list(e["plover_context"])
        ),
        modality=Modality(
            negated=e["negated"],
            hypothetical=e["hypothetical"],
            future=e["future"],
            attempted=e["attempted"],
        ),
        historical=e["historical"],
        date=date,
        location=location,
        confidence=e["confidence"],
        rule=e["rule"],
    )
