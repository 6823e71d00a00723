"""An unknown person whose title names no country takes one from an apposition's national
adjective or place, from "of the <national> body", or from the known person whose title it
is ("Macron's chief of staff NAME") (actors/appositions.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf, actor_with

D2024 = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A popular Brazilian video blogger, Tiago Moura, posted the clip.", "Tiago Moura", "BRA"),
        ("Hana Novakova, a Czech novelist, signed the letter.", "Hana Novakova", "CZE"),
        (
            "Piet Wouters, a lecturer at Ghent University in Belgium, said the vote mattered.",
            "Piet Wouters",
            "BEL",
        ),
        (
            "Lena Berg of the Swedish foreign policy institute UI said the talks stalled.",
            "Lena Berg",
            "SWE",
        ),
        ("Macron's chief of staff Pierre Duval met the envoy.", "Pierre Duval", "FRA"),
    ],
)
def test_apposition_gives_country(actors_of: ActorsOf, text: str, name: str, country: str) -> None:
    actor = actor_with(actors_of(text, D2024), name)
    assert actor is not None and actor.country == country, actor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hana Kral, a critic of Russia, signed the letter.", "Hana Kral"),  # "of" a state
        ("Hana Kral, a Russia expert, signed the letter.", "Hana Kral"),  # a state name
        ("Hana Kral, an envoy to Japan, signed the letter.", "Hana Kral"),  # "to" a state
        # the possessor is not a known person: no country to take
        ("Tom Pratt's chief of staff Ben Olsen resigned.", "Ben Olsen"),
    ],
)
def test_no_country_without_the_signal(actors_of: ActorsOf, text: str, name: str) -> None:
    actor = actor_with(actors_of(text, D2024), name)
    assert actor is not None and actor.country is None, actor
