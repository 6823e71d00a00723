"""A people named with a place phrase after it that marks a community living there
("ethnic Russians in Latvia", "Kurds in northeastern Syria", "the Tamils of Sri Lanka")
takes the state of that place; a people merely in a state ("Russians in Syria") does not."""

from __future__ import annotations

import pytest
from actor_helpers import ActorsOf, actor_with

# (text, mention of the group, expected country)
FIRES: list[tuple[str, str, str]] = [
    # "ethnic" marks a community: any state after "in"
    (
        "Ethnic Russians in Latvia complained about the citizenship rules.",
        "Ethnic Russians in Latvia",
        "LVA",
    ),
    (
        "Ethnic Hungarians in southern Slovakia protested against the language law.",
        "Ethnic Hungarians in southern Slovakia",
        "SVK",
    ),
    (
        "Ethnic Uzbeks in southern Kyrgyzstan fled toward the border.",
        "Ethnic Uzbeks in southern Kyrgyzstan",
        "KGZ",
    ),
    # "of" a state, plain or with a direction word
    ("The Tamils of Sri Lanka demanded an inquiry.", "The Tamils of Sri Lanka", "LKA"),
    ("The Kurds of Iraq held a referendum.", "The Kurds of Iraq", "IRQ"),
    (
        "The Serbs of northern Kosovo boycotted the municipal vote.",
        "The Serbs of northern Kosovo",
        "XKX",
    ),
    # "in" with a direction word: adjective, hyphenated, noun with "of" or a possessive
    (
        "Kurds in northeastern Syria accused Ankara of shelling their villages.",
        "Kurds in northeastern Syria",
        "SYR",
    ),
    ("Muslims in southern Thailand marched on Tuesday.", "Muslims in southern Thailand", "THA"),
    (
        "Shiites in north-eastern Saudi Arabia demanded reforms.",
        "Shiites in north-eastern Saudi Arabia",
        "SAU",
    ),
    (
        "Christians in the north of Iraq fled the fighting.",
        "Christians in the north of Iraq",
        "IRQ",
    ),
    ("Croats in Bosnia's west boycotted the census.", "Croats in Bosnia's west", "BIH"),
    # "in" a first-level region with a region noun
    ("Hindus in Sindh province asked for protection.", "Hindus in Sindh province", "PAK"),
    ("Muslims in Rakhine state fled to Bangladesh.", "Muslims in Rakhine state", "MMR"),
]

# (text, the people word, its country: unchanged by the place phrase)
STAYS: list[tuple[str, str, str | None]] = [
    # a state with no mark: visitors, troops, migrants
    ("Russians in Syria attended the ceremony.", "Russians", "RUS"),
    ("Turks in the Netherlands voted in the referendum.", "Turks", "TUR"),
    ("Kurds in Germany protested outside the embassy.", "Kurds", None),
    ("Muslims in India celebrated Eid.", "Muslims", None),
    # a place that is neither a state, a region nor a direction of one
    ("Russians in the Syrian port of Tartus held a parade.", "Russians", "RUS"),
    ("The Jews of Europe mourned the victims.", "Jews", None),
    # the phrase hangs on the verb: where the event happened, not where they live
    ("Kurds protested in northern Syria on Friday.", "Kurds", None),
    # a state whose name begins with a direction word is no direction
    ("Christians in South Sudan welcomed the pope.", "Christians", None),
]


@pytest.mark.parametrize(("text", "mention", "country"), FIRES)
def test_place_after_a_people_gives_its_residence(
    actors_of: ActorsOf, text: str, mention: str, country: str
) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor is not None, f"no actor {mention!r}"
    assert (actor.country, actor.sector) == (country, "CVL")
    assert actor.basis is not None and actor.basis.startswith("rule:residence in a place")


@pytest.mark.parametrize(("text", "people", "country"), STAYS)
def test_unmarked_place_keeps_the_people(
    actors_of: ActorsOf, text: str, people: str, country: str | None
) -> None:
    actors = actors_of(text)
    assert not any((a.basis or "").startswith("rule:residence") for a in actors)
    actor = actor_with(actors, people)
    assert (actor.country if actor else None) == country


def test_residents_are_the_source_of_their_event(run_extract) -> None:
    record = run_extract(
        "Ethnic Serbs in northern Kosovo demanded more autonomy from Pristina.",
        published="2024-03-15",
    )
    demanded = [e for e in record.events if e.trigger.text == "demanded"]
    assert demanded, [e.trigger.text for e in record.events]
    assert [p.country for p in demanded[0].source] == ["XKX"]
