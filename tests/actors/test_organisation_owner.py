"""An organisation the knowledge base does not know takes the country of the state written as
its possessor or its base (actors/owners.py)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, organisation mention, expected country)
OWNED = [
    ("Kenya's Lamu Conservation Trust warned of more floods.", "Lamu Conservation Trust", "KEN"),
    ("Peru's Andean Water Forum criticised the mine.", "Andean Water Forum", "PER"),
    ("The Norway-based Arctic Policy Institute issued a report.", "Arctic Policy Institute", "NOR"),
]


@pytest.mark.parametrize(("text", "mention", "country"), OWNED)
def test_state_possessor_or_base_gives_country(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country


# (text, organisation mention whose country must stay empty): a city's base, an adjective
UNOWNED = [
    ("The Geneva-based Alpine Dialogue Centre issued a report.", "Alpine Dialogue Centre"),
    ("A spokesman for Lamu Conservation Trust declined to comment.", "Lamu Conservation Trust"),
]


@pytest.mark.parametrize(("text", "mention"), UNOWNED)
def test_no_state_owner_no_country(actors_of: ActorsOf, text: str, mention: str) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is None or actor.country is None


def test_same_name_of_two_owners_is_two_actors(actors_of: ActorsOf) -> None:
    actors = actors_of(
        "Chile's Ministry of Mining rejected the claim. Later, Bolivia's Ministry of Mining "
        "repeated it."
    )
    owners = {a.country for a in actors if a.name == "Ministry of Mining"}
    assert owners == {"CHL", "BOL"}
