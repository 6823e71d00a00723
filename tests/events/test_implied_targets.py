"""Targets implied by an untargeted event: its place's country, or the source's own."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.events.implied import implied_targets
from chancery.events.ontology import load_ontology
from chancery.model import Location, Party

ARTICLE = """Kenyan police arrested 40 people on Tuesday.

Chilean students protested on Monday.

Peru shelled several villages in Ecuador on Friday.

The Brazilian foreign minister met the press in Lisbon on Monday.

The Malawian government lifted the nightly curfew on Sunday.
"""


@pytest.fixture(scope="module")
def record(run_extract):
    return run_extract(ARTICLE, published=dt.date(2024, 5, 8))


def events_in(record, words):
    index = next(s.index for s in record.sentences if words in s.text)
    return [e for e in record.events if e.sentence == index]


@pytest.mark.parametrize(
    ("words", "root", "source", "target"),
    [
        ("Kenyan police arrested", "17", "KEN", "KEN"),
        ("Chilean students protested", "14", "CHL", "CHL"),
        ("Peru shelled", "19", "PER", "ECU"),
        ("Malawian government lifted", "08", "MWI", "MWI"),
    ],
)
def test_untargeted_events_take_an_implied_target(record, words, root, source, target):
    events = [e for e in events_in(record, words) if e.root == root]
    assert events, f"no {root} event in {words!r}"
    assert {p.country for p in events[0].source} == {source}
    assert [p.country for p in events[0].target] == [target]
    assert events[0].target[0].actor is None


def _party(country):
    return Party("a1", country, "GOV", country, "x")


def _location(country):
    return Location("Somewhere", country, None, None, "city")


def test_place_of_an_assault_is_its_target():
    code = load_ontology().get("190")
    (target,) = implied_targets(code, [_party("PER")], _location("ECU"))
    assert target.country == "ECU" and target.actor is None


def test_place_of_a_meeting_is_not_its_target():
    code = load_ontology().get("040")
    assert implied_targets(code, [_party("BRA")], _location("PRT")) == []


def test_coercion_by_several_countries_implies_nothing():
    code = load_ontology().get("173")
    assert implied_targets(code, [_party("KEN"), _party("UGA")], None) == []


def test_meeting_place_is_not_a_target(record):
    (meeting,) = events_in(record, "met the press")
    assert meeting.target == []


def test_coercion_by_an_international_body_implies_nothing():
    code = load_ontology().get("1721")
    assert implied_targets(code, [_party("IGO")], None) == []


@pytest.mark.parametrize(
    ("code", "implied"),
    [
        ("0813", ["GHA"]),  # eased a curfew
        ("0814", ["GHA"]),  # lifted a state of emergency
        ("0812", ["GHA"]),  # lifted a ban on a party
        ("0831", ["GHA"]),  # stepped down
        ("0841", []),  # freed hostages: often foreign, never implied
        ("085", []),  # eased sanctions: a foreign measure
        ("0871", []),  # declared a truce: with whom is not implied
    ],
)
def test_domestic_concessions_fall_on_the_source_country(code, implied):
    found = implied_targets(load_ontology().get(code), [_party("GHA")], None)
    assert [p.country for p in found] == implied


def test_domestic_concession_by_an_international_body_implies_nothing():
    assert implied_targets(load_ontology().get("0813"), [_party("IGO")], None) == []
