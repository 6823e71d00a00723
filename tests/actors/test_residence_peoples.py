"""A people written after the state it lives in ("Bosnian Serbs" -> BIH), and civic
nationalities where the noun names the residence ("Chinese Americans" -> USA)."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, expected country)
RESIDENCE: list[tuple[str, str, str]] = [
    # a state demonym of an ethnic people: the state before it wins
    ("Croatian Serbs fled across the river on Sunday.", "Croatian Serbs", "HRV"),
    ("Montenegrin Albanians voted in the local election.", "Montenegrin Albanians", "MNE"),
    ("A Macedonian Albanian was detained at the border.", "Macedonian Albanian", "MKD"),
    ("Kenyan Somalis complained about the police raids.", "Kenyan Somalis", "KEN"),
    # a people with no state of its own
    ("Turkish Kurds boycotted the referendum.", "Turkish Kurds", "TUR"),
    ("Iranian Baluchis accused the governor of neglect.", "Iranian Baluchis", "IRN"),
    ("Afghan Hazaras marched in protest.", "Afghan Hazaras", "AFG"),
    # a faith community
    ("Egyptian Copts prayed for the victims.", "Egyptian Copts", "EGY"),
    ("Nigerian Christians condemned the attack.", "Nigerian Christians", "NGA"),
    # a state name rather than an adjective before the people
    ("Kosovo Serbs blocked the roads to the mine.", "Kosovo Serbs", "XKX"),
]

# civic nationalities: the noun is where they live, the adjective their origin
CIVIC: list[tuple[str, str, str]] = [
    ("Russian Americans voted in large numbers.", "Americans", "USA"),
    ("Greek Cypriots rejected the reunification plan.", "Cypriots", "CYP"),
    ("Lebanese Canadians sent aid to Beirut.", "Canadians", "CAN"),
]


@pytest.mark.parametrize(("text", "mention", "country"), RESIDENCE)
def test_state_before_a_people_gives_its_residence(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"no actor {mention!r}"
    assert (actor.country, actor.sector) == (country, "CVL")
    assert actor.basis is not None and actor.basis.startswith("rule:residence before a people")


@pytest.mark.parametrize(("text", "mention", "country"), CIVIC)
def test_civic_nationality_keeps_the_nouns_country(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"no actor {mention!r}"
    assert actor.country == country


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a people before a role noun is a role phrase, read by the role rules
        ("Bosnian Serb police detained the reporters.", "Bosnian Serb"),
        # no state before the people: nothing to code
        ("Kurds celebrated the new year.", "Kurds"),
    ],
)
def test_no_residence_group(actors_of: ActorsOf, text: str, absent: str) -> None:
    assert actor_with(actors_of(text), absent) is None


def test_role_phrase_with_a_people_takes_the_first_state(actors_of: ActorsOf) -> None:
    actor = actor_with(
        actors_of("Bosnian Serb police detained the reporters."), "Bosnian Serb police"
    )
    assert actor is not None and actor.country == "BIH"
