"""One person fighting with no opponent, weapon or place is a struggle of their own, not
combat (`other_senses.csv` `(lone)`, legal objects); the people gathered or invited "to do"
something are the doers of the infinitive (`grammar.yaml` `object_control_verbs`); a protest
put down by an actor targets it (`clause_rules.yaml` `repression_words`) (own test
sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text, code):
    return [e for e in run_extract(text, published=PUBLISHED).events if e.cameo == code]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('"She is still strong, and she is still fighting," the younger Chavez said.', 0),
        ('"I am still fighting," Maduro said.', 0),
        ("Maduro is fighting the charges.", 0),
        # must fire: a group, an opponent
        ("Colombian soldiers are still fighting in the jungle.", 1),
        ("The Kenyan army fought the Somali rebels.", 1),
    ],
)
def test_lone_fighter_is_no_combat(run_extract, text, count):
    assert len(_events(run_extract, text, "190")) == count


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        (
            "The Kenyan tourism board gathered twenty Brazilian journalists to tour Mombasa.",
            "042",
            "BRAJRN",
        ),
        (
            "The Kenyan tourism board gathered twenty Brazilian journalists to tour Mombasa "
            "and meet Kenyan ministers.",
            "040",
            "BRAJRN",
        ),
    ],
)
def test_gathered_people_do_the_infinitive(run_extract, text, code, source):
    events = _events(run_extract, text, code)
    assert events, [e.cameo for e in run_extract(text, published=PUBLISHED).events]
    assert source in [p.code for p in events[0].source]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a protest put down by another state was aimed at it
        (
            "Both countries recalled their envoys in 2019 over Lebanon's crackdown on "
            "protests by Syrians.",
            "LBN",
        ),
        # must keep the home-country convention: nothing puts the protest down
        ("Protests by Syrians spread across the region in 2019.", "SYR"),
    ],
)
def test_repressed_protest_targets_the_repressor(run_extract, text, target):
    events = _events(run_extract, text, "141")
    assert events, [e.cameo for e in run_extract(text, published=PUBLISHED).events]
    assert [p.code for p in events[0].target] == [target]
