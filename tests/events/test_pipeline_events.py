"""The event stage inside the whole pipeline, on a short article of our own."""

from __future__ import annotations

import datetime as dt

import pytest

ARTICLE = """Last week, President Emmanuel Macron visited Germany for talks on energy.

Japan and South Korea held talks with China in Beijing on Monday. China did not attack Japan.

The Soviet Union attacked Afghanistan in 1979. The Soviet Union also threatened Pakistan.
"""


@pytest.fixture(scope="module")
def record(run_extract):
    return run_extract(ARTICLE, published=dt.date(2024, 5, 8))


def events_in(record, words):
    index = next(s.index for s in record.sentences if words in s.text)
    return [e for e in record.events if e.sentence == index]


def test_visit_is_dated_last_week(record):
    (visit,) = [e for e in events_in(record, "Macron visited") if e.cameo.startswith("04")]
    assert visit.source[0].country == "FRA"
    assert [p.country for p in visit.target] == ["DEU"]
    assert visit.date.basis == "relative" and visit.date.start == dt.date(2024, 4, 29)


def test_compound_source_and_negation(record):
    talks = [e for e in events_in(record, "held talks") if e.root == "04"]
    assert talks and {p.country for p in talks[0].source} == {"JPN", "KOR"}
    assert [p.country for p in talks[0].target] == ["CHN"]
    (attack,) = events_in(record, "did not attack")
    assert attack.modality.negated


def test_historical_events_keep_their_own_date(record):
    (invasion,) = events_in(record, "attacked Afghanistan")
    assert invasion.historical and invasion.date.start.year == 1979
    threats = events_in(record, "also threatened")
    assert threats and all(e.historical for e in threats)
    assert all(e.date is None or e.date.start.year < 2000 for e in threats)


def test_records_are_unique_and_point_at_their_text(record):
    keys = set()
    for e in record.events:
        assert record.document.text[e.trigger.start : e.trigger.end] == e.trigger.text
        key = (
            e.sentence,
            e.cameo,
            tuple(p.actor for p in e.source),
            tuple(p.actor for p in e.target),
        )
        assert key not in keys
        keys.add(key)
        assert e.rule.split()[0].rsplit(":", 1)[1].isdigit()
