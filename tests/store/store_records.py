"""A factory of small, consistent hand-built records for store and query tests.

Kept apart from conftest.py so the CLI tests can load it too (by path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

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

# Display names for the actor codes the tests use; any other code is named by itself.
NAMES = {
    "PRK": "North Korea",
    "PRKGOV": "the North Korean government",
    "RUS": "Russia",
    "RUSGOV": "the Kremlin",
    "RUSMIL": "Russian forces",
    "UKR": "Ukraine",
    "UKRMIL": "Ukrainian troops",
    "CHN": "China",
    "CHNGOV": "Beijing officials",
    "KEN": "Kenya",
    "KENGOV": "the Kenyan cabinet",
    "BRA": "Brazil",
    "IGOUNO": "the United Nations",
}


def _actor_kind(code: str) -> str:
    return "state" if len(code) == 3 and code != "IGO" else "organization"


def build_record(
    doc_id: str,
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    quotes: list[dict[str, Any]] = (),  # type: ignore[assignment]
    published: dt.date | None = dt.date(2024, 3, 15),
    title: str | None = None,
) -> DocumentRecord:
    """A consistent record: one sentence per event and per quote, offsets that slice the text.

    An event is a dict: cameo, source/target (lists of actor codes), and optionally date
    (start, end ISO strings), place (name, country, lat, lon), plover, modality flags
    (negated, hypothetical, future, attempted) and historical. A quote: speaker (a code),
    text.
    """
    text_parts: list[str] = []
    sentences: list[Sentence] = []
    actors: dict[str, Actor] = {}
    offset = 0

    def add_sentence(parts: list[tuple[str, str | None]]) -> tuple[Sentence, list[tuple[int, int]]]:
        """parts: (text, actor code or None); returns the sentence and each part's span."""
        nonlocal offset
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        start = offset
        spans = []
        for part, code in parts:
            spans.append((offset, offset + len(part)))
            if code is not None:
                actor = actors.setdefault(
                    code,
                    Actor(
                        id=f"a{len(actors) + 1}",
                        name=NAMES.get(code, code),
                        kind=_actor_kind(code),  # type: ignore[arg-type]
                        country=code[:3],
                        sector=code[3:] or None,
                        code=code,
                        basis=f"tests:{code}",
                    ),
                )
                actor.mentions.append(Mention(len(sentences), offset, offset + len(part), part))
            text_parts.append(part)
            offset += len(part)
        sentence = Sentence(
            len(sentences), len(sentences), start, offset, "".join(p for p, _ in parts)
        )
        sentences.append(sentence)
        return sentence, spans

    record_events: list[Event] = []
    dates: list[TimeExpression] = []
    for i, spec in enumerate(events, start=1):
        parts: list[tuple[str, str | None]] = []
        for j, code in enumerate(spec["source"]):
            parts.append((" and " if j else "", None))
            parts.append((NAMES.get(code, code), code))
        trigger_at = len(parts)
        parts.append((" met with " if spec.get("target") else " paraded", None))
        for j, code in enumerate(spec.get("target", [])):
            parts.append((" and " if j else "", None))
            parts.append((NAMES.get(code, code), code))
        date_at = None
        if spec.get("date"):
            date_at = len(parts)
            parts.append((f" on {spec['date'][0]}", None))
        parts.append((".", None))
        sentence, spans = add_sentence(parts)
        source = [_party(actors[c]) for c in spec["source"]]
        target = [_party(actors[c]) for c in spec.get("target", [])]
        event_date = None
        if spec.get("date"):
            start, end = (dt.date.fromisoformat(x) for x in spec["date"])
            event_date = EventDate(start, end, spec["date"][0], "absolute")
            span = spans[date_at]
            dates.append(
                TimeExpression(
                    text=spec["date"][0],
                    start=start,
                    end=end,
                    granularity="day",
                    offset=span[0] + 4,
                    end_offset=span[1],
                    sentence=sentence.index,
                )
            )
        location = None
        if spec.get("place"):
            name, country, lat, lon = spec["place"]
            location = Location(name=name, country=country, lat=lat, lon=lon, precision="city")
        t0, t1 = spans[trigger_at]
        verb = parts[trigger_at][0]
        t0, t1 = t0 + len(verb) - len(verb.lstrip()), t1 - (len(verb) - len(verb.rstrip()))
        record_events.append(
            Event(
                id=f"e{i}",
                sentence=sentence.index,
                trigger=Trigger(t0, t1, verb.strip()),
                source=source,
                target=target,
                cameo=spec["cameo"],
                cameo_label=spec.get("label", f"label of {spec['cameo']}"),
                root=spec["cameo"][:2],
                quad_class=spec.get("quad_class", 1),
                goldstein=spec.get("goldstein", 1.0),
                plover=Plover(
                    spec.get("plover", "CONSULT"), spec.get("mode"), list(spec.get("context", []))
                ),
                modality=Modality(
                    **{
                        k: bool(spec.get(k))
                        for k in ("negated", "hypothetical", "future", "attempted")
                    }
                ),
                historical=bool(spec.get("historical")),
                date=event_date,
                location=location,
                confidence=0.75,
                rule=f"test:{spec['cameo']}",
            )
        )
    record_quotes: list[Quote] = []
    for i, spec in enumerate(quotes, start=1):
        code = spec["speaker"]
        sentence, spans = add_sentence(
            [(NAMES.get(code, code), code), (' said "', None), (spec["text"], None), ('".', None)]
        )
        actor = actors[code]
        q0, q1 = spans[2]
        record_quotes.append(
            Quote(
                id=f"q{i}",
                start=q0,
                end=q1,
                text=spec["text"],
                speaker=actor.id,
                speaker_name=actor.name,
                speaker_country=actor.country,
                speaker_code=actor.code,
                cue="said",
                sentence=sentence.index,
            )
        )
    text = "".join(text_parts)
    info = DocumentInfo(
        id=doc_id,
        text=text,
        title=title or f"Test story {doc_id}",
        url=f"https://example.org/{doc_id}",
        source="tests",
        author=None,
        published=published,
        paragraphs_in=len(sentences) + 1,
        paragraphs_kept=len(sentences),
        duplicates_removed=[DuplicateParagraph(len(sentences) + 1, 1)],
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    checks = [Check("count_mismatch", 0, "says three but lists two", claimed=3, listed=["x", "y"])]
    return DocumentRecord(
        document=info,
        sentences=sentences,
        actors=list(actors.values()),
        events=record_events,
        quotes=record_quotes,
        dates=dates,
        checks=checks,
    )


def _party(actor: Actor) -> Party:
    return Party(
        actor=actor.id,
        country=actor.country,
        sector=actor.sector,
        code=actor.code,
        text=actor.mentions[-1].text,
    )
