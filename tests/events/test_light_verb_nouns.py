"""Light verbs and event nouns: the noun names the event and its prepositions the target;
carrier nouns ("a mediation *effort*") pass their dependents to the event noun they carry
(own test sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text):
    return run_extract(text, published=PUBLISHED).events


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # the light verb's general sense yields to the noun ("undertake" is not a promise)
        (
            "The Kenyan foreign minister undertook a mediation mission between Ethiopia and "
            "Eritrea.",
            "045",
            ["KEN"],
            ["ERI", "ETH"],
        ),
        (
            "The Egyptian president ordered a crackdown on the Muslim Brotherhood.",
            "170",
            ["EGY"],
            ["EGY"],
        ),
        ("Kenyan unions announced a boycott of Chinese goods.", "143", ["KEN"], ["CHN"]),
        # a carrier noun's light verb, possessor and prepositions are its event noun's
        (
            "Qatar launched a mediation effort between Sudan and Chad.",
            "045",
            ["QAT"],
            ["SDN", "TCD"],
        ),
        (
            "Qatar's mediation effort between Sudan and Chad collapsed.",
            "045",
            ["QAT"],
            ["SDN", "TCD"],
        ),
        # object patterns keep the verb; the target comes from the noun's preposition
        ("Chile lodged a protest with Peru over the fishing incident.", "114", ["CHL"], ["PER"]),
        ("Turkey mounted an invasion of Cyprus.", "192", ["TUR"], ["CYP"]),
        (
            "Egypt ended its mediation effort between Sudan and Chad.",
            "165",
            ["EGY"],
            ["SDN", "TCD"],
        ),
    ],
)
def test_event_noun_codes_the_event(run_extract, text, cameo, source, target):
    events = _events(run_extract, text)
    coded = [e for e in events if e.cameo == cameo]
    assert coded, [(e.cameo, e.rule) for e in events]
    assert _countries(coded[0].source) == source
    assert _countries(coded[0].target) == target


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # "undertook to" (no object) keeps the verb's own sense: a promise
        ("Kenya undertook to publish the election results.", "030"),
        # an object pattern says what the light verb adds: "offered talks" is an offer
        ("Kenya offered talks to the Somali government.", "036"),
    ],
)
def test_light_verb_keeps_its_pattern(run_extract, text, cameo):
    events = _events(run_extract, text)
    assert [e.cameo for e in events if e.trigger.text in text.split()[1:3]] == [cameo], [
        (e.cameo, e.rule) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a compound under a noun that is not a carrier is no event
        "Ghana's war veterans met the president in Accra.",
        # the carrier itself names the event: no second event from its compound
        "The Malian army's assassination attempt on the rebel leader failed.",
    ],
)
def test_compounds_of_other_nouns_stay_silent(run_extract, text):
    events = _events(run_extract, text)
    assert not [e for e in events if e.cameo in ("190", "186")], [(e.cameo, e.rule) for e in events]
