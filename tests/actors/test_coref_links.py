"""Coreference and merging: one actor per real-world actor, whatever it is called."""

from __future__ import annotations

import datetime as dt

from actor_helpers import ActorsOf, actor_with


def test_coref_surname_links_to_full_name_and_other_kim_stays_apart(actors_of: ActorsOf) -> None:
    text = (
        "Kim Jong Un inspected a missile factory. Later Kim praised the workers. "
        "Song Kim, a farmer, said the harvest was poor."
    )
    actors = actors_of(text)
    leader = actor_with(actors, "Kim Jong Un")
    assert leader is not None and leader.code == "PRKGOV"
    assert [m.text for m in leader.mentions] == ["Kim Jong Un", "Kim"]
    other = actor_with(actors, "Song Kim")
    assert other is not None and other is not leader


def test_coref_speaker_pronoun_joins_the_last_person(actors_of: ActorsOf) -> None:
    text = (
        "Spokeswoman Hana Ostrova of Slovakia told reporters the talks went well. "
        "\u201cWe expect a deal soon,\u201d she said."
    )
    actor = actor_with(actors_of(text), "Hana Ostrova")
    assert actor is not None and actor.code == "SVKGOV"
    assert [m.text for m in actor.mentions] == ["Hana Ostrova", "she"]


def test_coref_pronoun_skips_a_person_of_the_other_gender(actors_of: ActorsOf) -> None:
    text = "Spokesman Piet Molenaar met Ms. Ines Duarte in Lisbon. The talks were useful, she said."
    actors = actors_of(text)
    ines = actor_with(actors, "Ines Duarte")
    assert ines is not None and "she" in [m.text for m in ines.mentions]


def test_coref_the_north_needs_a_korean_context(actors_of: ActorsOf) -> None:
    korean = actors_of("South Korea said the North fired two missiles.")
    north = actor_with(korean, "the North")
    assert north is not None and north.code == "PRK"
    assert actor_with(actors_of("Snow fell in the North on Monday."), "the North") is None


def test_coref_the_council_is_the_security_council(actors_of: ActorsOf) -> None:
    actors = actors_of(
        "The UN Security Council met on Monday. Later the council adopted a resolution."
    )
    council = actor_with(actors, "UN Security Council")
    assert council is not None and council.code == "IGOUNO"
    assert "the council" in [m.text for m in council.mentions]


def test_coref_names_of_one_state_make_one_actor(actors_of: ActorsOf) -> None:
    actors = actors_of(
        "North Korea fired a missile. The DPRK said it was a test. South Korea condemned the North."
    )
    north = actor_with(actors, "North Korea")
    assert north is not None
    assert {m.text for m in north.mentions} == {"North Korea", "DPRK", "the North"}
    assert len([a for a in actors if a.country == "PRK" and a.kind == "state"]) == 1


def test_coref_compound_actors_are_separate(actors_of: ActorsOf) -> None:
    actors = actors_of("China and Russia blocked the resolution.")
    assert {(a.name, a.code) for a in actors} == {("China", "CHN"), ("Russia", "RUS")}


def test_coref_list_of_titled_people(actors_of: ActorsOf) -> None:
    text = (
        "On Friday, the president of Ghana, Kofi Mensah-Darko, the Defence Minister of Togo, "
        "Yawa Agbeko, and a Nigerian opposition senator, Chidi Okeke, watched the parade."
    )
    actors = actors_of(text)
    codes = {a.name: a.code for a in actors}
    assert codes["Kofi Mensah-Darko"] == "GHAGOV"
    assert codes["Yawa Agbeko"] == "TGOMIL"
    assert codes["Chidi Okeke"] == "NGAOPP"
    assert codes["Ghana"] == "GHA" and codes["Togo"] == "TGO"


def test_coref_unnamed_office_joins_named_holder(actors_of: ActorsOf) -> None:
    text = "Chile's president arrived late. Marta Quispe, the Chilean president, then spoke."
    person = actor_with(actors_of(text), "Marta Quispe")
    assert person is not None and person.code == "CHLGOV"
    assert "Chile's president" in [m.text for m in person.mentions]


def test_coref_look_alike_state_name_follows_the_person(actors_of: ActorsOf) -> None:
    actors = actors_of(
        "Michael Jordan bought the club. Jordan said he was delighted.", dt.date(2023, 1, 1)
    )
    person = actor_with(actors, "Michael Jordan")
    assert person is not None and "Jordan" in [m.text for m in person.mentions]
    assert all(a.country != "JOR" for a in actors)
