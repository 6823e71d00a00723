"""Where the context country may not go (actors/context_scope.py): groups marked foreign,
groups inside a body of many states, titles held in a named body, first-person groups of
a quotation's speaker; and where it now may: role phrases placed in a first-level region."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# --- a group marked foreign is another actor than the story's group of the same role
FOREIGN = [
    (
        "Cuban state radio paid several celebrities to praise the reforms. Foreign celebrities "
        "visiting Havana were paid as well.",
        "several celebrities",
        "Foreign celebrities",
    ),
    (
        "Peruvian journalists protested in Lima. Foreign journalists were barred from the hearing.",
        "Peruvian journalists",
        "Foreign journalists",
    ),
]


@pytest.mark.parametrize(("text", "local", "foreign"), FOREIGN)
def test_foreign_group_stays_apart(actors_of: ActorsOf, text: str, local: str, foreign: str):
    actors = actors_of(text)
    a, b = actor_with(actors, local), actor_with(actors, foreign)
    assert a is not None and b is not None
    assert a is not b
    assert b.country is None


# --- a group inside a body of many states takes no single country from the story
def test_group_within_an_international_body(actors_of: ActorsOf):
    text = "Analysts told the BBC that member states and political parties within the EU disagree."
    actor = actor_with(actors_of(text), "political parties")
    assert actor is not None and actor.country is None


def test_group_in_a_state_still_located(actors_of: ActorsOf):  # must not fire
    actor = actor_with(
        actors_of("Opposition figures and political parties in Malawi disagree."),
        "political parties",
    )
    assert actor is not None and actor.country == "MWI"


# --- a role phrase placed in a first-level region the gazetteer knows in one country
REGIONS = [
    ("Police in Tigray region detained six traders on Sunday.", "Police", "ETH"),
    ("Rebels in Oromia attacked a bus convoy overnight.", "Rebels", "ETH"),
    ("Soldiers in Balochistan province found the hideout.", "Soldiers", "PAK"),
]


@pytest.mark.parametrize(("text", "mention", "country"), REGIONS)
def test_role_phrase_in_a_region(actors_of: ActorsOf, text: str, mention: str, country: str):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country


def test_region_in_two_countries_gives_none(actors_of: ActorsOf):  # must not fire
    actor = actor_with(actors_of("Militants in Punjab killed two guards."), "Militants")
    assert actor is None or actor.country is None


# --- a title held in a named body the knowledge base does not know
NAMED_BODY = [
    # a place after the body's name is the body's, not the person's
    (
        "Speaking in Yangon, Peter Hale, president of the Committee for Democracy in Burma, "
        "urged the junta to free prisoners. Burmese officials declined to comment.",
        "Peter Hale",
        None,
    ),
    (
        "Anna Berg, director of the Network for Peace in Sudan, said aid was blocked. "
        "Sudanese officials denied it.",
        "Anna Berg",
        None,
    ),
    # must not fire: the words that own the body still count
    (
        "Colonel Amadou Traore, director of the Malian army's press service Information "
        "Directorate, said ten soldiers died.",
        "Amadou Traore",
        "MLI",
    ),
]


@pytest.mark.parametrize(("text", "mention", "country"), NAMED_BODY)
def test_title_in_a_named_body(actors_of: ActorsOf, text: str, mention: str, country: str | None):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country


# --- a group the speaker owns takes the speaker's country, not the story's
FIRST_PERSON = [
    (
        "North Korea fired a missile on Monday. Joe Biden met reporters in Washington. "
        'He said, "We have the strongest navy in the world."',
        "strongest navy",
        "USA",
    ),
    (
        "Iran seized a tanker in the Gulf. Rishi Sunak spoke to reporters in London. "
        '"We have the finest army anywhere," Sunak said.',
        "finest army",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "mention", "country"), FIRST_PERSON)
def test_first_person_group_is_the_speakers(
    actors_of: ActorsOf, text: str, mention: str, country: str
):
    actor = actor_with(actors_of(text), mention)
    assert actor is not None and actor.country == country


def test_object_of_a_speakers_other_verb_is_no_own_group(actors_of: ActorsOf):  # must not fire
    text = (
        "Gangs stormed a prison in Haiti. The UN envoy to Haiti spoke on Friday. "
        '"I encourage the police to speed up the investigation," she said.'
    )
    actor = actor_with(actors_of(text), "police")
    assert actor is not None and actor.country == "HTI"
