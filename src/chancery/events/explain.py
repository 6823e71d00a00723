"""`chancery explain`: the parse of a sentence and, for each verb and noun, why it did or
did not become an event.

The decisions come from the extractor itself through its trace hook, so an explanation
can never disagree with what `extract` codes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from chancery.events.coding import code_document
from chancery.events.trace import Decision
from chancery.model import Event, Sentence

if TYPE_CHECKING:
    from chancery.pipeline import Resources

__all__ = ["Decision", "Explanation", "TokenRow", "explain", "explain_sentence", "find_sentence"]


@dataclass(frozen=True, slots=True)
class TokenRow:
    """One word of the dependency parse (indices count from the sentence's first word)."""

    index: int
    text: str
    dep: str
    head: int
    lemma: str
    pos: str
    actor: str | None = None


@dataclass(slots=True)
class Explanation:
    sentence: Sentence
    tokens: list[TokenRow] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(a, b)
    return " ".join(text.split()).lower()


def find_sentence(sentences: list[Sentence], which: int | str | None) -> Sentence | None:
    """A sentence by index, or the first containing the given words (quotes normalised)."""
    if which is None:
        return sentences[0] if sentences else None
    if isinstance(which, int) or (isinstance(which, str) and which.strip().isdigit()):
        index = int(which)
        return sentences[index] if 0 <= index < len(sentences) else None
    wanted = _norm(which)
    for sentence in sentences:
        if wanted in _norm(sentence.text):
            return sentence
    return None


def explain(
    text: str,
    which: int | str | None = None,
    *,
    published: dt.date | None = None,
    resources: Resources | None = None,
) -> Explanation | None:
    """Re-run the pipeline on `text` and explain one sentence (None: it has no such one)."""
    from chancery.actors import find_actors
    from chancery.ingest.clean import clean_article
    from chancery.model import MentionIndex
    from chancery.nlp import sentences_of
    from chancery.pipeline import load_resources
    from chancery.places import find_places
    from chancery.quotes import find_quotes
    from chancery.time import find_time_expressions

    res = resources or load_resources()
    cleaned = clean_article(text)
    doc = res.nlp(cleaned.text)
    sentences = sentences_of(doc, cleaned)
    target = find_sentence(sentences, which)
    if target is None:
        return None
    actors = find_actors(doc, sentences, published=published, kb=res.kb)
    dates = find_time_expressions(doc, sentences, published)
    places = find_places(doc, sentences, actors, gazetteer=res.gazetteer)
    quotes = find_quotes(doc, sentences, actors, settings=res.settings)
    decisions: list[Decision] = []
    events = code_document(
        doc,
        sentences,
        actors,
        dates=dates,
        places=places,
        quotes=quotes,
        published=published,
        lexicon=res.lexicon,
        ontology=res.ontology,
        gazetteer=res.gazetteer,
        trace=decisions.append,
    )
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    index = MentionIndex(actors)
    rows = []
    first = span.start if span is not None else 0
    for token in span or []:
        actor = index.at(token.idx, token.idx + len(token.text))
        rows.append(
            TokenRow(
                index=token.i - first,
                text=token.text,
                dep=token.dep_,
                head=token.head.i - first,
                lemma=token.lemma_,
                pos=token.pos_,
                actor=actor.id if actor else None,
            )
        )
    chosen = sorted(
        (replace(d, token=d.token - first) for d in decisions if d.sentence == target.index),
        key=lambda d: d.token,
    )
    return Explanation(
        sentence=target,
        tokens=rows,
        decisions=chosen,
        events=[e for e in events if e.sentence == target.index],
    )


def explain_sentence(
    text: str,
    which: int | str | None = None,
    *,
    published: dt.date | None = None,
    resources: Resources | None = None,
) -> list[Decision]:
    """Why each candidate trigger of one sentence did or did not become an event.

    Token indices in the decisions count from the sentence's first word.
    """
    explanation = explain(text, which, published=published, resources=resources)
    return explanation.decisions if explanation is not None else []
