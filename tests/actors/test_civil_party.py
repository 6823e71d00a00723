"""A civil party (a victim joined to a criminal case) is no political party."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

CASES = [
    (
        "A lawyer for the civil parties told the Brussels court the shelling was deliberate.",
        "civil parties",
    ),
    ("The civil party asked the judges for damages.", "civil party"),
]


@pytest.mark.parametrize(("text", "mention"), CASES)
def test_civil_party_is_no_political_party(actors_of: ActorsOf, text: str, mention: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.sector == "CVL"


def test_political_party_still_a_party(actors_of: ActorsOf):  # must not fire
    actor = actor_with(actors_of("The ruling party in Zambia rejected the bill."), "ruling party")
    assert actor is not None and actor.sector == "PTY"
