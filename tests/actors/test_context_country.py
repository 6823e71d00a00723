"""Actors without a country of their own: country words inside titles and group phrases,
the place of a role phrase ("police in Kenya"), the leader of a known person ("the Erdogan
government") and the document's context country (actors/context.py), with the cases
where no country may be guessed."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, expected country; None = the actor exists but has no country)
OWN_WORDS: list[tuple[str, str, str | None]] = [
    # an adjective between a country and a title
    (
        "On Monday, Ghanaian deputy trade minister Kwabena Adjei-Mensah met the traders.",
        "Kwabena Adjei-Mensah",
        "GHA",
    ),
    (
        "Newly appointed Peruvian Prime Minister Ramiro Quispe Tola refused to respond.",
        "Ramiro Quispe Tola",
        "PER",
    ),
    (
        "Jailed Bolivian opposition leader Evaristo Mamani said he would appeal.",
        "Evaristo Mamani",
        "BOL",
    ),
    # a nationality the model folded into an unknown name before a group noun
    (
        "Radical Spanish farmers said they would block the motorways.",
        "Radical Spanish farmers",
        "ESP",
    ),
    # a country inside an unknown organisation's name before a role noun
    (
        "Bolivia Rural Teachers Federation (FMR) officials demanded higher pay.",
        "Bolivia Rural Teachers Federation (FMR) officials",
        "BOL",
    ),
    # a known leader's government
    ("The Erdogan government expelled the envoy.", "Erdogan government", "TUR"),
    # the place of a group of a local sector
    ("Police in Kenya arrested twelve people on Sunday.", "Police", "KEN"),
    ("Rebels in Mali attacked an army convoy.", "Rebels", "MLI"),
    ("Opposition groups in Belarus called for a boycott.", "Opposition groups", "BLR"),
    ("The main opposition party in Senegal boycotted the vote.", "main opposition party", "SEN"),
    ("An armed group in Niger kidnapped two engineers.", "armed group", "NER"),
    ("Thousands of students across Chile marched on Thursday.", "students", "CHL"),
    ("Security forces in Myanmar fired on the crowd.", "Security forces", "MMR"),
    ("Rebels in the north of Chad seized a town.", "Rebels", "TCD"),
    # "from" gives origin, whatever the sector
    ("Soldiers from Nepal joined the mission.", "Soldiers", "NPL"),
    ("Diplomats from Japan left the talks early.", "Diplomats", "JPN"),
    # a role served abroad, or a group marked foreign, is not of where it is
    ("Foreign journalists in Ethiopia were expelled.", "Foreign journalists", None),
    ("Western diplomats in Tehran protested the arrests.", "Western diplomats", None),
    ("Refugees in Thailand demanded food.", "Refugees", None),
]


@pytest.mark.parametrize(("text", "mention", "country"), OWN_WORDS)
def test_country_from_own_words(
    actors_of: ActorsOf, text: str, mention: str, country: str | None
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"{mention!r} is no actor"
    assert actor.country == country, actor.basis


def test_locative_basis_names_the_place(actors_of: ActorsOf) -> None:
    actor = actor_with(actors_of("Police in Kenya arrested twelve people."), "Police")
    assert actor is not None and actor.sector == "COP"
    assert actor.basis.startswith("rule:role phrase in Kenya")


# (text, mention, expected country, scope of the basis; None = must not fire)
CONTEXT: list[tuple[str, str, str | None, str | None]] = [
    # fires: the sentence names one country
    (
        "President Hakainde Mwale has reneged on his promise to the Zambian people.",
        "Hakainde Mwale",
        "ZMB",
        "sentence",
    ),
    (
        "Judge Marta Olivares ordered an inquiry into two mayors in Uruguay.",
        "Marta Olivares",
        "URY",
        "sentence",
    ),
    (
        "Ousted President Kurmanbek Toktogulov agreed to resign without returning to Kyrgyzstan.",
        "Kurmanbek Toktogulov",
        "KGZ",
        "sentence",
    ),
    (
        "Vice-President Ruto Kiprono declined to resign despite pressure from the Kenya "
        "Revenue Authority.",
        "Ruto Kiprono",
        "KEN",
        "sentence",
    ),
    ("The opposition threatened to storm parliament in Tbilisi.", "opposition", "GEO", "sentence"),
    # fires: the sentence names none, the document one
    (
        "Bolivia declared a state of emergency on Monday.\n\n"
        "Rebels blocked the main highway overnight.",
        "Rebels",
        "BOL",
        "document",
    ),
    (
        "Floods hit Mozambique and Mozambique's ports closed.\n\n"
        "Minister Celso Langa said aid was on its way.",
        "Celso Langa",
        "MOZ",
        "document",
    ),
    # the sentence wins over a document that names another country more
    (
        "Kenya held talks. Kenya signed deals. Kenya opened a port.\n\n"
        "President Yoweri Abiro spoke to farmers in Uganda on Friday.",
        "Yoweri Abiro",
        "UGA",
        "sentence",
    ),
    # a tie in the sentence is settled by the document
    (
        "Kenya raised its fuel prices.\n\n"
        "Police blocked the road between Kenya and Uganda on Monday.",
        "Police",
        "KEN",
        "document",
    ),
    # must not fire: a tie
    (
        "President Tomas Varga met officials of Hungary and Slovakia.",
        "Tomas Varga",
        None,
        None,
    ),
    # must not fire: no country at all
    ("President Tomas Varga resigned on Monday.", "Tomas Varga", None, None),
    # must not fire: the other side of "against"
    (
        "Archbishop Samuel Okoro called for sanctions against Nigeria.",
        "Samuel Okoro",
        None,
        None,
    ),
    # must not fire: a nationality written on another named person marks the foreign one
    (
        "President Jean Moreau welcomed Ghanaian leader Kofi Mensah-Boateng on Thursday.",
        "Jean Moreau",
        None,
        None,
    ),
    # must not fire: a role served abroad
    (
        "Ambassador Pieter van Dam met officials in Nairobi on Kenya's debt.",
        "Pieter van Dam",
        None,
        None,
    ),
    # must not fire: an untitled person says nothing about a role
    ("Maria Kowalczyk arrived in Poland on Monday.", "Maria Kowalczyk", None, None),
]


@pytest.mark.parametrize(("text", "mention", "country", "scope"), CONTEXT)
def test_context_country(
    actors_of: ActorsOf, text: str, mention: str, country: str | None, scope: str | None
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"{mention!r} is no actor"
    assert actor.country == country, actor.basis
    if scope is not None:
        assert actor.basis.startswith(f"rule:context country ({scope}: {country} x"), actor.basis
    else:
        assert "context country" not in actor.basis


def test_context_group_is_named_for_its_country(actors_of: ActorsOf) -> None:
    actors = actors_of("Bolivia declared a state of emergency.\n\nRebels blocked the highway.")
    actor = actor_with(actors, "Rebels")
    assert actor is not None
    assert (actor.country, actor.sector, actor.name) == ("BOL", "REB", "Bolivian rebels")
