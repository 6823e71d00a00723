"""A capital used as a place in a sentence (then a document) that names another state with
a city of the same name is that city ("in Tripoli ... the north Lebanese port" is Lebanon);
otherwise the capital keeps its state (actors/namesakes.py)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, expected code)
CASES: list[tuple[str, str, str]] = [
    (
        "Iraqi troops ended talks between rival militias in Tripoli as fighting spread "
        "through the north Lebanese city.",
        "rival militias",
        "LBNUAF",
    ),
    (
        "Iraqi troops ended talks between rival militias in Tripoli as fighting spread "
        "through the north Lebanese city.",
        "Tripoli",
        "LBN",
    ),
    ("Clashes erupted in Tripoli. Lebanese troops were deployed to the city.", "Tripoli", "LBN"),
    # must not fire: the capital's own state is named, or no other state is
    ("Gunmen attacked a hotel in Tripoli, the Libyan capital.", "Tripoli", "LBY"),
    ("Gunmen attacked a hotel in Tripoli on Monday.", "Tripoli", "LBY"),
    # must not fire: a capital used as a party keeps its government
    ("Tripoli said it would resume oil exports to Lebanon.", "Tripoli", "LBYGOV"),
    # must not fire: no city of that name in the state the sentence names
    ("Protesters marched in Nairobi as Ugandan traders watched.", "Nairobi", "KEN"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_namesake_capital(actors_of: ActorsOf, text: str, mention: str, code: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert actor.code == code, actor.basis
