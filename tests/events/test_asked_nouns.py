"""A noun event inside what a demand asks for is wanted, not done: flagged hypothetical,
and never turned into its doer's stated intent or threat (own test sentences, whole
pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Norway renewed its demand that Serbia's attacks on Bosnian towns stop.",
        "Estonian leaders demanded that Belarus's attacks on Latvian posts stop.",
    ],
)
def test_asked_noun_is_hypothetical_and_not_a_threat(run_extract, text):
    events = run_extract(text, published=PUBLISHED).events
    attacks = [e for e in events if e.trigger.text == "attacks"]
    assert len(attacks) == 1, [(e.cameo, e.rule) for e in events]
    assert attacks[0].modality.hypothetical
    assert attacks[0].cameo == "190"  # not 138, a threat the attacker never voiced


def test_noun_outside_an_asked_clause_is_factual(run_extract):
    events = run_extract("Serbia's attacks on Bosnian towns stopped.", published=PUBLISHED).events
    attacks = [e for e in events if e.trigger.text == "attacks"]
    assert len(attacks) == 1
    assert not attacks[0].modality.hypothetical
