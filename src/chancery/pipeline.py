"""The whole pipeline for one article: clean -> parse -> actors -> time, places ->
quotes -> events -> checks. `extract()` is the library's public entry point.

Loaded resources (the spaCy model, the actor knowledge base, the event lexicon, the
gazetteer) are built once per process per `Settings` and passed explicitly to each stage;
no stage keeps state in module globals beyond these caches.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from chancery.actors import KnowledgeBase, find_actors, load_knowledge_base
from chancery.checks import run_checks
from chancery.events import Lexicon, Ontology, code_events, load_lexicon, load_ontology
from chancery.ingest.clean import clean_article
from chancery.model import DocumentInfo, DocumentRecord
from chancery.nlp import load_nlp, sentences_of
from chancery.places import Gazetteer, find_places, load_gazetteer
from chancery.quotes import find_quotes
from chancery.settings import Settings
from chancery.time import find_time_expressions

__all__ = ["Resources", "extract", "extract_cleaned", "load_resources"]


@dataclass(frozen=True)
class Resources:
    """Everything a run loads once: model, knowledge base, lexicon, ontology, gazetteer."""

    settings: Settings
    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    ontology: Ontology
    gazetteer: Gazetteer


@functools.lru_cache(maxsize=4)
def load_resources(settings: Settings | None = None) -> Resources:
    settings = settings or Settings()
    return Resources(
        settings=settings,
        nlp=load_nlp(settings.model),
        kb=load_knowledge_base(settings.actor_files),
        lexicon=load_lexicon(settings.lexicon_files),
        ontology=load_ontology(),
        gazetteer=load_gazetteer(),
    )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    doc_id: str | None = None,
    settings: Settings | None = None,
    resources: Resources | None = None,
) -> DocumentRecord:
    """Turn one article's text into its `chancery.document/1` record. Stores nothing."""
    res = resources or load_resources(settings)
    cleaned = clean_article(text)
    return extract_cleaned(
        cleaned,
        published=_as_date(published),
        meta={"title": title, "url": url, "source": source, "author": author},
        doc_id=doc_id,
        resources=res,
    )


def extract_cleaned(
    cleaned: Any,
    *,
    published: dt.date | None,
    meta: dict[str, str | None],
    doc_id: str | None,
    resources: Resources,
) -> DocumentRecord:
    """The stages after cleaning, on a `CleanedText` (used by batch ingest with nlp.pipe)."""
    doc = resources.nlp(cleaned.text)
    return analyse(doc, cleaned, published=published, meta=meta, doc_id=doc_id, resources=resources)


def analyse(
    doc: Any,
    cleaned: Any,
    *,
    published: dt.date | None,
    meta: dict[str, str | None],
    doc_id: str | None,
    resources: Resources,
) -> DocumentRecord:
    """The stages after parsing: actors, time, places, quotes, events, checks."""
    digest = content_hash(cleaned.text)
    info = DocumentInfo(
        id=doc_id or digest,
        text=cleaned.text,
        title=meta.get("title"),
        url=meta.get("url"),
        source=meta.get("source"),
        author=meta.get("author"),
        published=published,
        paragraphs_in=cleaned.paragraphs_in,
        paragraphs_kept=len(cleaned.paragraphs),
        duplicates_removed=list(cleaned.duplicates_removed),
        content_hash=digest,
    )
    sentences = sentences_of(doc, cleaned)
    actors = find_actors(doc, sentences, published=published, kb=resources.kb)
    dates = find_time_expressions(doc, sentences, published)
    places = find_places(doc, sentences, actors, gazetteer=resources.gazetteer)
    quotes = find_quotes(doc, sentences, actors, settings=resources.settings)
    events = code_events(
        doc,
        sentences,
        actors,
        dates=dates,
        places=places,
        quotes=quotes,
        published=published,
        lexicon=resources.lexicon,
        ontology=resources.ontology,
        gazetteer=resources.gazetteer,
    )
    checks = run_checks(doc, sentences, published=published, dates=dates)
    return DocumentRecord(
        document=info,
        sentences=sentences,
        actors=actors,
        events=events,
        quotes=quotes,
        dates=dates,
        checks=checks,
    )
