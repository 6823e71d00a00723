"""Titles prefixed by an international organisation ("U.N. mediator X", "EU foreign policy
chief X", "the U.N. Emergency Relief Coordinator, X"): an unknown person takes the
organisation's code, a known person keeps their own, and a national title keeps its state."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, person mention, expected actor code)
CASES: list[tuple[str, str, str]] = [
    ("U.N. mediator Pedro Alvarenga said he would travel to Kigali.", "Pedro Alvarenga", "IGOUNO"),
    ("UN envoy Marta Lindqvist met the rebel commanders on Monday.", "Marta Lindqvist", "IGOUNO"),
    ("EU foreign policy chief Karin Lundgren criticised the vote.", "Karin Lundgren", "IGOEEC"),
    ("NATO Secretary-General Pieter Janssens visited the base.", "Pieter Janssens", "IGONAT"),
    ("IAEA inspector Karl Brenner arrived at the plant.", "Karl Brenner", "IGOUNO"),
    ("African Union mediator Kofi Mensah urged calm.", "Kofi Mensah", "IGOAFU"),
    (
        "The U.N. Emergency Relief Coordinator, Hans Vogel, said aid was blocked.",
        "Hans Vogel",
        "IGOUNO",
    ),
    ("EU Commissioner Lena Dahl visited Warsaw.", "Lena Dahl", "IGOEEC"),
    # must not fire: a known person keeps the office the knowledge base gives them
    ("UN envoy Josep Borrell criticised the vote.", "Josep Borrell", "IGOEEC"),
    # must not fire: a national title keeps its state
    ("Kenyan police commissioner Joseph Mwangi resigned.", "Joseph Mwangi", "KENCOP"),
    # must not fire: a mediator with no organisation or country gets a role, no country
    ("The mediator Ivo Stanek said the sides were close.", "Ivo Stanek", "GOV"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_organisation_title(actors_of: ActorsOf, text: str, mention: str, code: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert actor.code == code, actor.basis
