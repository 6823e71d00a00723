"""A later conjunct lends its object and phrases only to a verb with no complement of its
own; a "with" clause ("with X speaking") is no party (own test sentences, whole
pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text):
    return run_extract(text, published=PUBLISHED).events


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


def test_shared_object_of_conjuncts(run_extract):
    events = _events(run_extract, "Norway donated and delivered tents to Nepal.")
    donated = [e for e in events if e.trigger.text == "donated"]
    assert len(donated) == 1
    assert _countries(donated[0].target) == ["NPL"]


@pytest.mark.parametrize(
    ("text", "trigger", "foreign"),
    [
        # the rescuers did not rescue the smugglers
        ("Peruvian troops rescued 40 hostages and killed 12 Bolivian smugglers.", "rescued", "BOL"),
    ],
)
def test_target_not_borrowed(run_extract, text, trigger, foreign):
    events = _events(run_extract, text)
    hits = [e for e in events if e.trigger.text == trigger]
    assert hits
    assert all(foreign not in _countries(e.target) for e in hits), [(e.cameo, e.rule) for e in hits]


def test_absolute_with_clause_is_no_party(run_extract):
    text = (
        "Brazil has voiced concern over the violence in Haiti, with Foreign Minister Mauro "
        "Vieira speaking by phone Sunday with Haitian Prime Minister Garry Conille."
    )
    voiced = [e for e in _events(run_extract, text) if e.trigger.text == "voiced"]
    assert len(voiced) == 1
    named = " ".join(p.text or "" for p in voiced[0].target)
    assert "Vieira" not in named and "Conille" not in named, named
