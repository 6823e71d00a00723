"""A country named inside another proper name ("the Gulf of Guinea", "the Sea of Japan") is
no actor and no evidence of the story's country; "the President of Kenya" still names Kenya."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf


def _codes(actors) -> set[str | None]:
    return {a.code for a in actors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Pirates attacked a tanker in the Gulf of Guinea.", "GIN"),
        ("Fishing boats returned to the Sea of Japan.", "JPN"),
        ("Oil rigs in the Gulf of Mexico were evacuated.", "MEX"),
    ],
)
def test_country_inside_a_place_name_is_no_actor(
    actors_of: ActorsOf, text: str, absent: str
) -> None:
    assert absent not in {a.country for a in actors_of(text)}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The President of Kenya opened the summit.", "KEN"),
        ("The Government of Sudan rejected the plan.", "SDNGOV"),
        ("The people of Niger voted on Sunday.", "NER"),
    ],
)
def test_country_after_a_title_still_counts(actors_of: ActorsOf, text: str, present: str) -> None:
    codes = _codes(actors_of(text))
    assert any(c and c.startswith(present) for c in codes), codes


def test_place_name_gives_no_context_country(actors_of: ActorsOf) -> None:
    actors = actors_of("Navy commanders discussed piracy in the Gulf of Guinea.")
    assert all(a.country is None for a in actors), [(a.name, a.code, a.basis) for a in actors]
