"""A title word that opens an organisation's name ("General Motors", "General Statistics
Office") is part of the name: the organisation is no person titled General and takes no
military sector from the word (actors/recognize.py, actors/data/organisation_words.csv)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention of the organisation)
ORGANISATIONS = [
    ("General Motors will close its plant in Ontario, the company said.", "General Motors"),
    (
        "General Statistics Office figures show rice exports fell in March.",
        "General Statistics Office",
    ),
    ("A spokesman for General Mills said the cereal plant would reopen.", "General Mills"),
    ("General Electric announced job cuts in Belgium on Friday.", "General Electric"),
]


@pytest.mark.parametrize(("text", "mention"), ORGANISATIONS)
def test_title_word_opening_an_organisation_name(actors_of: ActorsOf, text: str, mention: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"{mention!r} should be one organisation"
    assert actor.kind == "organization"
    assert actor.sector != "MIL"


# must not fire: a general with a person's name stays a military person
PEOPLE = [
    ("General Hamid Barakzai said the offensive would continue.", "Hamid Barakzai"),
    ("Major General Kwame Mensah said the border was calm.", "Kwame Mensah"),
]


@pytest.mark.parametrize(("text", "mention"), PEOPLE)
def test_general_before_a_name_is_still_a_title(actors_of: ActorsOf, text: str, mention: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.kind == "person"
    assert actor.sector == "MIL"
