"""Defence bodies written with "of" ("Ministry of Defense"), a generic body name with another
state as its possessor, and a name the model ran across a full stop."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "Ministry of Defense" is the "Defense Ministry": MIL, not GOV
        ("Ghana's Ministry of Defense said the soldiers were safe.", None, "GHAMIL"),
        ("Zambia's Ministry of Defense denied the report on Monday.", None, "ZMBMIL"),
        # must not fire: another ministry stays GOV
        ("Chile's Ministry of Health said the outbreak was over.", "Ministry of Health", "CHLGOV"),
        # a body the data file gives Britain, written with another state as its possessor
        (
            "Ghana's Ministry of Defence said the soldiers were safe.",
            "Ministry of Defence",
            "GHAMIL",
        ),
        ("Peru's Department of Defense bought six jets.", "Department of Defense", "PERMIL"),
        # must not fire: the data file's own state keeps the entry
        ("Britain's Ministry of Defence said the ship sailed.", "Ministry of Defence", "GBRMIL"),
    ],
)
def test_defence_body_codes(actors_of: ActorsOf, text: str, mention: str | None, code: str):
    actors = actors_of(text)
    if mention is None:
        assert any(a.code == code for a in actors), [(a.name, a.code) for a in actors]
    else:
        actor = actor_with(actors, mention)
        assert actor is not None and actor.code == code, [(a.name, a.code) for a in actors]


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "Mujahid wrote in his post on X. The Taliban call their state an emirate.",
            "Taliban",
            "X. The Taliban",
        ),
        (
            "Saree spoke on TV. The Houthis later denied the strike.",
            "Houthis",
            "TV. The Houthis",
        ),
    ],
)
def test_name_does_not_cross_a_full_stop(actors_of: ActorsOf, text: str, name: str, not_name: str):
    mentions = [m.text for a in actors_of(text) for m in a.mentions]
    assert name in mentions and not_name not in mentions, mentions


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Critics call the plan a salami tactic, said Alexander Vuving.", "salami"),
        ("Some 3,000 villagers are hiding in the bush without food.", "bush"),
    ],
)
def test_lower_case_word_is_no_person(actors_of: ActorsOf, text: str, word: str):
    mentions = [m.text for a in actors_of(text) for m in a.mentions]
    assert word not in mentions, mentions


def test_capitalised_surname_still_a_person(actors_of: ActorsOf):
    mentions = [
        m.text for a in actors_of("Guards detained Alexander Vuving on Monday.") for m in a.mentions
    ]
    assert "Alexander Vuving" in mentions, mentions
