"""A region written before a person's title names that region's official (actors/regions.py,
`title_region`): the region's country, the title's sector, never the national office-holder."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention of the official, expected (country, sector))
REGIONAL = [
    (
        "The Kerala chief minister ordered schools to close.",
        "Kerala chief minister",
        ("IND", "GOV"),
    ),
    ("Papua's governor met the protest leaders on Friday.", "Papua's governor", ("IDN", "GOV")),
    ("The Tasmania premier announced a new lockdown.", "Tasmania premier", ("AUS", "GOV")),
    ("The Texas governor signed the border bill.", "Texas governor", ("USA", "GOV")),
]


@pytest.mark.parametrize(("text", "mention", "code"), REGIONAL)
def test_region_before_title_is_its_official(
    actors_of: ActorsOf, text: str, mention: str, code: tuple[str, str]
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and (actor.country, actor.sector) == code
    assert actor.kind == "person" and "office holder" not in actor.basis


def test_regional_premier_is_not_the_prime_minister(actors_of: ActorsOf) -> None:
    actors = actors_of("The Tasmania premier and the Australian prime minister met in Canberra.")
    premier = actor_with(actors, "Tasmania premier")
    prime = actor_with(actors, "Australian prime minister")
    assert premier is not None and prime is not None and premier is not prime


# (text, mention that must be no actor): a region of two countries, a word no region, a
# name whose last word alone is a region elsewhere ("Wales")
NO_OFFICIAL = [
    ("The Punjab chief minister visited the flooded villages.", "Punjab chief minister"),
    ("The Hilltop governor resigned on Monday.", "Hilltop governor"),
    ("The New South Wales premier announced a lockdown.", "New South Wales premier"),
]


@pytest.mark.parametrize(("text", "mention"), NO_OFFICIAL)
def test_no_region_no_regional_official(actors_of: ActorsOf, text: str, mention: str) -> None:
    assert actor_with(actors_of(text), mention) is None
