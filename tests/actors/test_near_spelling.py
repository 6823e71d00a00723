"""Misspelt state names ("Afganistan", "Quatar's emir", "the Phillipines") resolve to the
state one edit away, and only when exactly one state is that near (actors/spelling.py)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

from chancery.actors.spelling import squeeze, within_one_edit

# (text, mention, expected country; None = the mention is no actor or has no country)
CASES: list[tuple[str, str, str | None]] = [
    ("Islamabad rejected a fresh offer from Afganistan on Monday.", "Afganistan", "AFG"),
    ("Officials in Indonesa said the ferry sank.", "Indonesa", "IDN"),
    ("Troops from the Phillipines arrived on Monday.", "Phillipines", "PHL"),
    ("Quatar's emir, Sheikh Tamim, will visit Paris.", "Quatar", "QAT"),
    ("The Venezualans protested against the decision.", "The Venezualans", "VEN"),
    # must not fire: a real place and university ("Columbia" is no Colombia)
    ("Columbia protested to Venezuela.", "Columbia", None),
    # must not fire: a known person's surname the model took for an organisation
    ("Ghani said the talks would go on.", "Ghani", "AFG"),
    # must not fire: a real word listed as no actor
    ("Libra fell sharply on Monday.", "Libra", None),
]


@pytest.mark.parametrize(("text", "mention", "country"), CASES)
def test_near_spelling(actors_of: ActorsOf, text: str, mention: str, country: str | None):
    actor = actor_with(actors_of(text), mention)
    if country is None:
        assert actor is None or actor.country is None, actor
        return
    assert actor is not None, mention
    assert actor.country == country
    if mention in ("Afganistan", "Indonesa", "Phillipines", "Quatar"):
        assert actor.basis.startswith("rule:near spelling of"), actor.basis


def test_known_surname_keeps_the_person(actors_of: ActorsOf):
    actor = actor_with(actors_of("Ghani said the talks would go on."), "Ghani")
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("afganistan", "afghanistan", True),
        ("quatar", "qatar", True),
        ("indonesa", "indonesia", True),
        ("ghana", "ghani", True),
        ("colombia", "columbia", True),
        ("phillipines", "philippines", False),  # two edits: only equal once squeezed
        ("iran", "iraq", True),
        ("egyptain", "egyptian", False),
    ],
)
def test_within_one_edit(a: str, b: str, near: bool):
    assert within_one_edit(a, b) is near
    assert within_one_edit(b, a) is near


def test_doubled_letters_count_once():
    assert squeeze("phillipines") == squeeze("philippines") == "philipines"
