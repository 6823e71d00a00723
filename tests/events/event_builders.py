"""Build the inputs of the event stage by hand, so event tests do not depend on the actor,
time, place and quote stages: name the actors, quotes, dates and places of a text by the
words that show them, and run `code_document` on the parsed text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from chancery.events import load_ontology
from chancery.events.coding import code_document
from chancery.events.lexicon import Lexicon, read_patterns
from chancery.events.trace import Decision
from chancery.ingest.clean import clean_article
from chancery.model import (
    Actor,
    Event,
    Location,
    Mention,
    PlaceMention,
    Quote,
    Sentence,
    TimeExpression,
    actor_code,
)
from chancery.nlp import sentences_of

RULES_LEXICON = Path(__file__).parent / "data" / "rules_lexicon.csv"
PUBLISHED = dt.date(2024, 3, 15)


@dataclass(frozen=True)
class A:
    """An actor spec: every whole-word occurrence of each of `names` is a mention."""

    id: str
    names: tuple[str, ...]
    country: str | None = None
    sector: str | None = None
    kind: str = "state"


def rules_lexicon() -> Lexicon:
    return Lexicon(read_patterns(RULES_LEXICON, load_ontology()))


def _sentence_of(sentences: list[Sentence], offset: int) -> int:
    for s in sentences:
        if s.start <= offset < s.end:
            return s.index
    return -1


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def build_actors(text: str, sentences: list[Sentence], specs: Sequence[A]) -> list[Actor]:
    taken: list[tuple[int, int]] = []
    actors = []
    pairs = sorted(((n, s) for s in specs for n in s.names), key=lambda p: -len(p[0]))
    mentions: dict[str, list[Mention]] = {s.id: [] for s in specs}
    for name, spec in pairs:
        for start, end in _occurrences(text, name):
            if any(start < e and end > s for s, e in taken):
                continue
            taken.append((start, end))
            mentions[spec.id].append(Mention(_sentence_of(sentences, start), start, end, name))
    for spec in specs:
        actors.append(
            Actor(
                id=spec.id,
                name=spec.names[0],
                kind=spec.kind,  # type: ignore[arg-type]
                country=spec.country,
                sector=spec.sector,
                code=actor_code(spec.country, spec.sector),
                mentions=sorted(mentions[spec.id], key=lambda m: m.start),
            )
        )
    return actors


def code_text(
    nlp,
    text: str,
    actors: Sequence[A],
    *,
    quotes: Mapping[str, str] | None = None,
    dates: Sequence[tuple[str, dt.date, dt.date, bool]] = (),
    places: Sequence[tuple[str, str, str, str]] = (),
    published: dt.date | None = PUBLISHED,
    lexicon: Lexicon | None = None,
    trace: list[Decision] | None = None,
) -> tuple[list[Event], list[Sentence]]:
    """Events of `text`. quotes: quoted words -> speaker actor id; dates: (words, start,
    end, is_duration); places: (words, name, country, precision)."""
    cleaned = clean_article(text)
    doc = nlp(cleaned.text)
    sentences = sentences_of(doc, cleaned)
    body = cleaned.text
    built = build_actors(body, sentences, actors)
    quote_list = []
    for n, (words, speaker) in enumerate((quotes or {}).items(), start=1):
        start = body.index(words)
        quote_list.append(
            Quote(
                f"q{n}",
                start,
                start + len(words),
                words,
                speaker=speaker,
                sentence=_sentence_of(sentences, start),
            )
        )
    time_list = []
    for words, first, last, is_duration in dates:
        start = body.index(words)
        time_list.append(
            TimeExpression(
                words,
                first,
                last,
                "day",
                start,
                start + len(words),
                _sentence_of(sentences, start),
                "absolute",
                is_duration,
            )
        )
    place_list = []
    for words, name, country, precision in places:
        for start, end in _occurrences(body, words):
            place_list.append(
                PlaceMention(
                    start,
                    end,
                    words,
                    _sentence_of(sentences, start),
                    Location(name, country, None, None, precision),
                )  # type: ignore[arg-type]
            )
    events = code_document(
        doc,
        sentences,
        built,
        dates=time_list,
        places=place_list,
        quotes=quote_list,
        published=published,
        lexicon=lexicon or rules_lexicon(),
        ontology=load_ontology(),
        trace=trace.append if trace is not None else None,
    )
    return events, sentences


def countries(parties) -> list[str | None]:
    return [p.country for p in parties]
