"""A first-level region named alone is a place, not an actor, unless it acts like a
government (actors/regions.py), as a capital does ("Nairobi said")."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, region mention, expected (country, sector) of the region as a party)
ACTING = [
    ("Queensland announced new fishing quotas on Monday.", "Queensland", ("AUS", "GOV")),
    ("Kerala reported two new cases of the virus.", "Kerala", ("IND", "GOV")),
    ("Sindh said it would close all schools for a week.", "Sindh", ("PAK", "GOV")),
]


@pytest.mark.parametrize(("text", "mention", "code"), ACTING)
def test_region_acting_is_its_government(
    actors_of: ActorsOf, text: str, mention: str, code: tuple[str, str]
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and (actor.country, actor.sector) == code


# (text, region mention that must be no actor)
PLACES = [
    ("Riots broke out across Balochistan after the arrests.", "Balochistan"),
    ("Officials met in Queensland to discuss the quotas.", "Queensland"),
    ("Sindh Home Minister Amir Rind ordered an inquiry.", "Sindh"),
    ("Sindh Home Minister Amir Rind ordered an inquiry.", "Sindh Home"),
    ("The Flanders minister refused to sign the decree.", "Flanders"),
    ("Farmers in Central Java Province protested the new rice prices.", "Central Java"),
]


@pytest.mark.parametrize(("text", "mention"), PLACES)
def test_region_as_place_is_no_actor(actors_of: ActorsOf, text: str, mention: str) -> None:
    assert actor_with(actors_of(text), mention) is None


# the region still places the actors around it
PLACED = [
    ("Sindh Home Minister Amir Rind ordered an inquiry.", "Amir Rind", "PAK"),
    ("Farmers in Central Java Province protested the new rice prices.", "Farmers", "IDN"),
    ("Officials met in Queensland to discuss the quotas.", "Officials", "AUS"),
]


@pytest.mark.parametrize(("text", "mention", "country"), PLACED)
def test_region_places_the_actors_in_it(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country


# must not fire: a country's name, a region of two countries, a person's first name
NOT_REGIONS = [
    ("Georgia said it would expel the diplomats.", "Georgia", "state", "GEO"),
    ("Virginia Mendes said the deal was fair.", "Virginia Mendes", "person", None),
]


@pytest.mark.parametrize(("text", "mention", "kind", "country"), NOT_REGIONS)
def test_not_read_as_a_region(
    actors_of: ActorsOf, text: str, mention: str, kind: str, country: str | None
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and (actor.kind, actor.country) == (kind, country)


def test_region_of_two_countries_gives_no_government(actors_of: ActorsOf) -> None:
    actors = actors_of("Punjab said it would ban the rallies.")
    assert not any(a.sector == "GOV" for a in actors)
