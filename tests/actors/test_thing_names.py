"""Names of things the parser tags as organisations are no actors: an index, islands, a
law or tariff, a model code, a sentence-opening verb
(actors/things.py, actors/data/thing_words.csv and thing_name_ends.csv). Real
organisations beside the same words stay actors."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf


def _names(actors_of: ActorsOf, text: str) -> list[str]:
    return [m.text for a in actors_of(text) for m in a.mentions]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The Nikkei Stoxx average fell two points in early trade.", "Nikkei Stoxx"),
        ("Both states claim the rocky Kuril/Chishima islands off the coast.", "Kuril/Chishima"),
        ("Lawmakers passed the Foreign Agents Transparency Act on Monday.", "Transparency Act"),
        (
            "Brasilia wants Ottawa to scrap its Unfair Lumber Tariff at once.",
            "Unfair Lumber Tariff",
        ),
        ("Hanoi bought the Su-35 after long talks with Moscow.", "Su-35"),
        ("Doctors said the MERS-12 strain spread quickly in the capital.", "MERS-12"),
        ("“Needless to say, we were disappointed,” the envoy said.", "Needless"),
    ],
)
def test_thing_is_no_actor(actors_of: ActorsOf, text: str, thing: str) -> None:
    names = _names(actors_of, text)
    assert not any(thing in n for n in names), names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the owner of weapons or a plan is an actor: those words are no thing words
        ("Hamas said the Qassam Brigades missiles hit the town.", "Qassam Brigades"),
        ("The Arab League plan calls for a truce.", "Arab League"),
        # a hyphenated name that is no model code
        ("Coca-Cola said it would leave the market.", "Coca-Cola"),
        # a capitalised verb inside a sentence is not read as one opening it
        ("The Green Alliance said on Monday it would protest.", "Green Alliance"),
        # a name ending in an organisation word, not a law or index word
        ("The Peace Research Institute said arms sales rose.", "Peace Research Institute"),
    ],
)
def test_real_organisation_stays(actors_of: ActorsOf, text: str, actor: str) -> None:
    names = _names(actors_of, text)
    assert any(actor in n for n in names), names
