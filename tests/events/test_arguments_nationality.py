"""A target phrase naming no actor but a nationality gives that nationality's country."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.events.implied import nationality_countries

ARTICLE = """Chile rejected a Bolivian proposal on Monday.

Colombia threatened to shell Venezuelan villages.

Kenya rejected the proposal on Monday.

Afghan guerillas blew up a bridge on Monday.
"""


@pytest.fixture(scope="module")
def record(run_extract):
    return run_extract(ARTICLE, published=dt.date(2024, 5, 8))


def events_in(record, words):
    index = next(s.index for s in record.sentences if words in s.text)
    return [e for e in record.events if e.sentence == index]


@pytest.mark.parametrize(
    ("words", "source", "target", "text"),
    [
        ("Bolivian proposal", "CHL", "BOL", "Bolivian"),
        ("Venezuelan villages", "COL", "VEN", "Venezuelan"),
    ],
)
def test_nationality_adjective_names_the_target(record, words, source, target, text):
    (event,) = events_in(record, words)
    assert [p.country for p in event.source] == [source]
    assert [(p.country, p.text, p.actor) for p in event.target] == [(target, text, None)]


def test_phrase_without_nationality_has_no_target(record):
    (event,) = events_in(record, "Kenya rejected")
    assert event.target == []


@pytest.mark.parametrize(
    ("word", "country"),
    [("mexican", "MEX"), ("panamanians", "PAN"), ("azerbaijani", "AZE"), ("israeli", "ISR")],
)
def test_nationality_table(word, country):
    assert nationality_countries()[word] == country


def test_nationality_of_a_subject_naming_no_actor_is_the_source(record):
    (event,) = events_in(record, "Afghan guerillas")
    assert [(p.country, p.actor) for p in event.source] == [("AFG", None)]
