"""Bodies of world news the knowledge base knows by their abbreviations (UN missions, armed
groups, a military's media wing), and the country a national adjective inside an
organisation's name gives (actors/resolve.py, actors/data/organizations.csv)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, (country, sector))
BODIES = [
    ("ISPR said five soldiers were killed in the clash.", "ISPR", ("PAK", "MIL")),
    ("The BLA claimed responsibility for the bombing.", "BLA", ("PAK", "REB")),
    ("The YPG accused Turkish forces of shelling the town.", "YPG", ("SYR", "REB")),
    ("Fighters of the 3R group attacked a village near Bocaranga.", "3R", ("CAF", "REB")),
    ("MINUSCA said its peacekeepers repelled the attack.", "MINUSCA", ("IGO", "PKO")),
    ("The mission, known as MINUSMA, withdrew from Kidal.", "MINUSMA", ("IGO", "PKO")),
    ("MONUSCO condemned the killing of civilians in Ituri.", "MONUSCO", ("IGO", "PKO")),
    ("In 2005 MONUC sent more troops to Bunia.", "MONUC", ("IGO", "PKO")),
    ("UNMISS opened its gates to displaced families.", "UNMISS", ("IGO", "PKO")),
    ("UNIFIL reported shelling near its positions.", "UNIFIL", ("IGO", "PKO")),
    ("Rebels attacked troops near Bria in C.A.R. on Monday.", "C.A.R.", ("CAF", None)),
]


@pytest.mark.parametrize(("text", "mention", "code"), BODIES)
def test_world_body_is_coded(
    actors_of: ActorsOf, text: str, mention: str, code: tuple[str, str | None]
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and (actor.country, actor.sector) == code


# must not fire: the abbreviations match only as written
NOT_BODIES = [
    ("The car exploded near the market on Monday.", "car"),
    ("Unifil is no word the police used on Monday.", "Unifil"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_BODIES)
def test_lower_case_word_is_no_body(actors_of: ActorsOf, text: str, mention: str) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is None or actor.country not in ("CAF", "IGO")


# (text, organisation, country): a national adjective inside an unlisted name is its country;
# a listed organisation whose adjective is another state's keeps its own
ADJECTIVE_IN_NAME = [
    (
        "A fellow at the Polish Institute of International Affairs said so.",
        "Polish Institute of International Affairs",
        "POL",
    ),
    (
        "A fellow at the Czech Institute for Rural Studies said so.",
        "Czech Institute for Rural Studies",
        "CZE",
    ),
    (
        "A fellow at the German Marshall Fund said the vote was close.",
        "German Marshall Fund",
        "USA",
    ),
]


@pytest.mark.parametrize(("text", "mention", "country"), ADJECTIVE_IN_NAME)
def test_national_adjective_in_an_organisation_name(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country
