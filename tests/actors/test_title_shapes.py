"""Title shapes news copy writes loosely: an opening title whose apposition lacks its
closing comma ("Kuwait's foreign minister, Sheikh Sabah said ...") and a portfolio after
"for"/"of" ("the Minister for Justice Omar Khan")."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, person mention, expected code; None = no actor code)
CASES: list[tuple[str, str, str | None]] = [
    (
        "Kuwait's foreign minister, Sheikh Sabah Al-Khalid Al-Sabah said on Monday he would "
        "visit Cairo.",
        "Sabah Al-Khalid Al-Sabah",
        "KWTGOV",
    ),
    (
        "Oman's foreign minister, Badr Albusaidi launched a mediation effort on Sunday.",
        "Badr Albusaidi",
        "OMNGOV",
    ),
    ("The Minister of Finance Ama Owusu resigned, Ghanaian radio said.", "Ama Owusu", "GHAGOV"),
    # must not fire: an opening phrase with a preposition is no title of the name after it
    ("In a letter to the president, Hamid Karimi said the vote was rigged.", "Hamid Karimi", None),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_title_shape(actors_of: ActorsOf, text: str, mention: str, code: str | None):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert actor.code == code, actor.basis
