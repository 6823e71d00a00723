"""A quantity "up to N" opening the object is not a particle: "seized *up to 20* Greek
sailors" has its object and target (own test sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Somali pirates seized up to 20 Greek sailors.", "171", ["GRC"]),
        ("Eritrean gunmen kidnapped up to 16 Sudanese traders.", "181", ["SDN"]),
    ],
)
def test_quantity_object_is_the_target(run_extract, text, cameo, target):
    events = run_extract(text, published=PUBLISHED).events
    coded = [e for e in events if e.cameo == cameo]
    assert len(coded) == 1, [(e.cameo, e.rule) for e in events]
    assert sorted({p.country for p in coded[0].target if p.country}) == target


@pytest.mark.parametrize(
    "text",
    [
        # a real particle stays one: "set up" is not "set"
        "Danish engineers set up a clinic in Ghana.",
        # "up to" with no number is no quantity
        "Portugal lived up to its promises.",
    ],
)
def test_particle_up_is_kept(nlp, text):
    from chancery.events.clauses import particles, quantity_object

    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert quantity_object(verb) is None
    assert "up" in particles(verb)
