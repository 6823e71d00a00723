"""Media of world news, initials before a surname, and titles held for a body
(actors/data/organizations.csv, actors/initials.py, actors/roles.py, actors/appositions.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention, (country, sector)): media are JRN of their own country, state or private
MEDIA = [
    (
        "The minister told Radio France Internationale that talks had failed.",
        "Radio France Internationale",
        ("FRA", "JRN"),
    ),
    (
        "The minister told Radio France International on Monday that he would resign.",
        "Radio France International",
        ("FRA", "JRN"),
    ),
    ("The general told RFI the border was closed.", "RFI", ("FRA", "JRN")),
    (
        "The opposition leader gave an interview to Deutsche Welle.",
        "Deutsche Welle",
        ("DEU", "JRN"),
    ),
    ("The mayor spoke to DW about the floods.", "DW", ("DEU", "JRN")),
    ("France 24 reported clashes near the border.", "France 24", ("FRA", "JRN")),
    ("Anadolu Agency said the ship had docked.", "Anadolu Agency", ("TUR", "JRN")),
    ("IRNA said the talks would resume in Oman.", "IRNA", ("IRN", "JRN")),
    ("Al Arabiya broadcast the speech live.", "Al Arabiya", ("SAU", "JRN")),
    (
        "The diplomat told the Press Trust of India that ties were strong.",
        "Press Trust of India",
        ("IND", "JRN"),
    ),
    ("Yonhap said the launch failed.", "Yonhap", ("KOR", "JRN")),
]


@pytest.mark.parametrize(("text", "mention", "code"), MEDIA)
def test_media_are_journalists_of_their_country(
    actors_of: ActorsOf, text: str, mention: str, code: tuple[str, str]
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert (actor.country, actor.sector) == code


# (text, the person's name): two or three capitals glued before a surname are initials
INITIALS = [
    ("Kenya's TS Eliot once wrote a poem about rain.", "TS Eliot"),
    ("As JRR Tolkien wrote, not all who wander are lost.", "JRR Tolkien"),
    ("“Things fall apart,” Scotland’s GK Mackay once wrote.", "GK Mackay"),
    ("The critic compared the novel to work by DH Lawrence.", "DH Lawrence"),
]


@pytest.mark.parametrize(("text", "name"), INITIALS)
def test_initials_before_a_surname_name_a_person(actors_of: ActorsOf, text: str, name: str) -> None:
    actor = actor_with(actors_of(text), name)
    assert actor is not None, name
    assert actor.kind == "person"


# (text, mention, kind): capitals before a word that names a body, or a known abbreviation
NOT_INITIALS = [
    ("The SDF Command said it repelled the attack.", "SDF Command", "organization"),
    ("The NLD Party won the vote.", "NLD Party", "organization"),
    ("Fighting resumed in DR Congo on Sunday.", "DR Congo", "state"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), NOT_INITIALS)
def test_capitals_before_a_body_word_stay_a_name(
    actors_of: ActorsOf, text: str, mention: str, kind: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert actor.kind == kind


# (text, mention, (country, sector)): a title held for a body takes the body's country
BODY_TITLES = [
    (
        "Maria Lopez, the spokeswoman for Colombia's Ministry of Defense, said troops were sent.",
        "Maria Lopez",
        ("COL", "GOV"),
    ),
    (
        "On Friday, the spokeswoman for Chile's Ministry of Foreign Affairs, Ambassador Ana Vidal, "
        "repeated the demand.",
        "Ana Vidal",
        ("CHL", "GOV"),
    ),
    (
        "The leader of Syria's Kurdish YPG militia said the talks failed.",
        "leader of Syria's Kurdish YPG militia",
        ("SYR", "REB"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "code"), BODY_TITLES)
def test_title_for_a_body_takes_its_country(
    actors_of: ActorsOf, text: str, mention: str, code: tuple[str, str]
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, mention
    assert (actor.country, actor.sector) == code


def test_body_leader_is_not_the_states_office_holder(actors_of: ActorsOf) -> None:
    """ "the leader of Afghanistan's Taliban insurgency" in May 2021 is the Taliban's leader
    (an insurgent), not Afghanistan's head of state."""
    text = "The leader of Afghanistan's Taliban insurgency praised the troop withdrawal."
    actor = actor_with(
        actors_of(text, published=dt.date(2021, 5, 9)), "leader of Afghanistan's Taliban insurgency"
    )
    assert actor is not None
    assert (actor.country, actor.sector) == ("AFG", "REB")


@pytest.mark.parametrize(
    ("day", "sector"), [(dt.date(2021, 5, 9), "REB"), (dt.date(2023, 3, 1), "GOV")]
)
def test_taliban_role_follows_publication_date(
    actors_of: ActorsOf, day: dt.date, sector: str
) -> None:
    actor = actor_with(actors_of("The Taliban denounced the delay.", published=day), "Taliban")
    assert actor is not None
    assert (actor.country, actor.sector) == ("AFG", sector)


# must not fire: a state after "for" is a host, not the role-holder's country
def test_envoy_for_a_state_is_not_of_that_state(actors_of: ActorsOf) -> None:
    actor = actor_with(
        actors_of("The envoy for Syria, Ambassador Jan Berg, met officials."), "Jan Berg"
    )
    assert actor is not None
    assert actor.country != "SYR"


def test_state_possessor_does_not_take_a_conjoined_body(actors_of: ActorsOf) -> None:
    """ "Peru's government and the Shining Path": the government stays Peru's government."""
    text = "Peru's government and the Shining Path agreed to a truce."
    actor = actor_with(actors_of(text), "Peru's government")
    assert actor is not None
    assert (actor.country, actor.sector) == ("PER", "GOV")
