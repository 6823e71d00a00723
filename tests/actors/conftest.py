"""Helpers for the actor tests: run the actor stage alone on a short text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from actor_helpers import ActorsOf, cleaned

from chancery.actors import KnowledgeBase, find_actors, load_knowledge_base
from chancery.model import Actor
from chancery.nlp import sentences_of

HERE = Path(__file__).parent
FIXTURE_PEOPLE = HERE / "fixtures" / "people_fixture.csv"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base((FIXTURE_PEOPLE,))


@pytest.fixture(scope="session")
def actors_of(nlp, kb) -> ActorsOf:
    """find_actors on `text` with the packaged knowledge base plus the test people file."""

    def run(text: str, published: dt.date | None = dt.date(2023, 8, 2)) -> list[Actor]:
        c = cleaned(text)
        doc = nlp(text)
        return find_actors(doc, sentences_of(doc, c), published=published, kb=kb)

    return run
