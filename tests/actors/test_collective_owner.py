"""An unnamed group "of" a two-actor phrase belongs to both ("leaders of both countries"):
one group per member country, over the same words (actors/coref.py)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf

CASES = [
    (
        "Kenya and Tanzania have signed a border pact, say leaders of both countries.",
        "leaders of both countries",
        {"KENGOV", "TZAGOV"},
    ),
    (
        "Chile and Peru agreed on fishing quotas. Leaders of both nations met in Lima.",
        "Leaders of both nations",
        {"CHLGOV", "PERGOV"},
    ),
    (
        "Ghana and Togo closed the crossing, and the armies of the two countries patrolled it.",
        "armies of the two countries",
        {"GHAMIL", "TGOMIL"},
    ),
]


@pytest.mark.parametrize(("text", "mention", "codes"), CASES)
def test_group_of_a_collective(actors_of: ActorsOf, text: str, mention: str, codes: set[str]):
    found = {a.code for a in actors_of(text) for m in a.mentions if m.text == mention}
    assert found == codes


def test_plain_collective_unchanged(actors_of: ActorsOf):  # must not fire
    text = "Kenya and Tanzania signed a pact. Officials said the two countries would meet again."
    found = {a.code for a in actors_of(text) for m in a.mentions if m.text == "the two countries"}
    assert found == {"KEN", "TZA"}


def test_one_known_country_leaves_the_group(actors_of: ActorsOf):  # must not fire
    text = "Leaders of both countries praised the deal."
    found = [a for a in actors_of(text) for m in a.mentions if "both countries" in m.text]
    assert all(a.country is None for a in found)
