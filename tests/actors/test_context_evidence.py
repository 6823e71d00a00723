"""Context country evidence (actors/evidence.py, actors/context.py): regions as evidence of
their country, the actor's own words first, a known body in a person's title, and what a
nationality on another person's description does not say."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, expected country)
CASES: list[tuple[str, str, str | None]] = [
    # a region in the actor's own title words beats the countries the rest of the text names
    (
        "Danielle Smith, Alberta's premier, said she would cut oil exports to the U.S. "
        "Washington and American refiners warned of higher prices in the United States.",
        "Danielle Smith",
        "CAN",
    ),
    (
        "Sindh Chief Minister Murad Ali Shah met Chinese investors and the U.S. consul.",
        "Murad Ali Shah",
        "PAK",
    ),
    # a region anywhere in the sentence counts like the capital would
    (
        "Police in Tigray region said gunmen killed four traders near the border with Sudan.",
        "gunmen",
        "ETH",
    ),
    # a nationality on another person's (coordinated) title is that person's, not the story's:
    # the New York court is American, not Iranian
    (
        "A hitman told a court on Monday that he stalked the Iranian American activist and "
        "radio host Leila Moradi in New York last year.",
        "court",
        "USA",
    ),
    # "The tribunal's president": the known body named earlier, not the country in the news
    (
        "Ghana refused to attend the hearing of the International Court of Justice. "
        "The court's president, Judge Maria Velde, regretted Ghana's decision.",
        "Maria Velde",
        "IGO",
    ),
]


@pytest.mark.parametrize(("text", "mention", "country"), CASES)
def test_context_country(actors_of: ActorsOf, text: str, mention: str, country: str | None) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"no actor {mention!r}"
    assert actor.country == country


def test_the_court_refers_back_to_the_named_court(actors_of: ActorsOf) -> None:
    text = (
        "Ghana refused to attend the hearing of the International Court of Justice. "
        "The court's president regretted Ghana's decision."
    )
    actor = actor_with(actors_of(text), "The court")
    assert actor is not None and actor.name == "International Court of Justice"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "in opposition to": a stance, not the opposition
        ("Brazil is reluctant to join a pact in opposition to Argentina.", "opposition"),
        ("The custom in Peru stands in opposition to its neighbours' laws.", "opposition"),
    ],
)
def test_stance_idiom_is_no_actor(actors_of: ActorsOf, text: str, absent: str) -> None:
    assert actor_with(actors_of(text), absent) is None


def test_opposition_group_still_an_actor(actors_of: ActorsOf) -> None:
    actor = actor_with(actors_of("The opposition in Peru called a strike."), "opposition")
    assert actor is not None and actor.country == "PER"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A Nairobi-based analyst said the vote was fair.", "Nairobi"),
        ("The Ankara-based think tank published the poll.", "Ankara"),
    ],
)
def test_capital_before_based_is_a_place(actors_of: ActorsOf, text: str, mention: str) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is None or actor.kind == "state"
