"""What a consultation is about is no party to it: the object of "discuss" and a "on /
about" phrase name the topic; "with" names the consulted party (own test sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _consults(run_extract, text):
    return [
        (e.cameo, sorted(p.code or "" for p in e.target))
        for e in run_extract(text, published=PUBLISHED).events
        if e.cameo.startswith("04")
    ]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Brazilian and Argentine ministers discussed Venezuela's debt at the summit.", "VEN"),
        ("Polish officials met Lithuanian envoys and discussed Belarus.", "BLR"),
        ("A Security Council meeting on Libya ended without a statement.", "LBY"),
        ("Diplomats held talks on Yemen's ceasefire in Muscat.", "YEM"),
    ],
)
def test_topic_is_not_target(run_extract, text, topic):
    consults = _consults(run_extract, text)
    assert consults, "the consultation itself must still be coded"
    assert not any(topic in targets for _, targets in consults), consults


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # must still fire: the party consulted "with"
        (
            "The Kenyan president discussed Somalia's elections with the Ethiopian prime minister.",
            "ETHGOV",
        ),
        ("The French president held a meeting with Algerian officials on migration.", "DZAGOV"),
        ("Polish officials met Lithuanian envoys and discussed Belarus.", "LTUGOV"),
    ],
)
def test_consulted_party_is_target(run_extract, text, target):
    consults = _consults(run_extract, text)
    assert any(target in targets for _, targets in consults), consults
