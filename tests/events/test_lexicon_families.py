"""Lexicon families: aid given, aid and mediation stopped, easing, accepting a plan,
property and cyber attacks, gathering for a protest; and targets named inside a phrase
that names no actor (own test sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text):
    return run_extract(text, published=PUBLISHED).events


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


@pytest.mark.parametrize(
    ("text", "cameo", "plover", "source", "target"),
    [
        (
            "Norwegian nurses handed over two tons of medicine to Chad.",
            "073",
            "AID",
            ["NOR"],
            ["TCD"],
        ),
        (
            "Thailand reduced food supplies to the Cambodian refugee camps.",
            "1623",
            "SANCTION",
            ["THA"],
            ["KHM"],
        ),
        (
            "Norway accepted a formula for settling its fishing dispute.",
            "030",
            "AGREE",
            ["NOR"],
            [],
        ),
        (
            "Iranian hackers defaced hundreds of Israeli web sites.",
            "171",
            "COERCE",
            ["IRN"],
            ["ISR"],
        ),
        (
            "Maoist rebels in Nepal blew up power lines near Pokhara.",
            "1712",
            "ASSAULT",
            ["NPL"],
            [],
        ),
        (
            "Thousands of Kenyans were converging on Nairobi for a rally.",
            "141",
            "PROTEST",
            ["KEN"],
            [],
        ),
        (
            "Chilean teachers participated in the demonstration in Santiago.",
            "141",
            "PROTEST",
            ["CHL"],
            [],
        ),
        # the party a phrase is for or from, when the phrase names none
        (
            "A school for Afghan children was bombed by Pakistani militants.",
            "195",
            "ASSAULT",
            ["PAK"],
            ["AFG"],
        ),
        (
            "Syria refused a demand from Turkey to hand over the rebels.",
            "124",
            "REJECT",
            ["SYR"],
            ["TUR"],
        ),
    ],
)
def test_family_codes(run_extract, text, cameo, plover, source, target):
    events = _events(run_extract, text)
    coded = [e for e in events if e.cameo == cameo]
    assert coded, [(e.cameo, e.rule) for e in events]
    assert coded[0].plover.event == plover
    assert _countries(coded[0].source) == source
    if target:
        assert _countries(coded[0].target) == target


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # blowing up a car is a bombing, not the destruction of infrastructure
        ("Maoist rebels in Nepal blew up a car near Pokhara.", "1712"),
        # gathering in a square is no protest
        ("Thousands of Kenyans gathered in the square for the match.", "141"),
        # accepting an award is no agreement
        ("The Norwegian minister accepted an award in Oslo.", "030"),
    ],
)
def test_family_must_not_fire(run_extract, text, cameo):
    events = _events(run_extract, text)
    assert not [e for e in events if e.cameo == cameo], [(e.cameo, e.rule) for e in events]
