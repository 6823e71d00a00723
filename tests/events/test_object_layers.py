"""What a verb acts on: measure nouns, conjuncts, compounds, prepositional objects and
infinitive complements in the lexicon's `object` constraint (own test sentences, whole
pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text):
    return run_extract(text, published=PUBLISHED).events


def _coded(events, cameo):
    return [e for e in events if e.cameo == cameo]


def _countries(parties):
    return sorted({p.country for p in parties if p.country})


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a measure noun stands for what its "of" phrase names
        ("Japan handed over twelve tons of medicine to Haiti.", "073", ["JPN"], ["HTI"]),
        ("Norway gave Kenya 30 million dollars of aid on Monday.", "070", ["NOR"], ["KEN"]),
        # coordinated objects each count
        ("Canada delivered blankets and food to Nepal.", "073", ["CAN"], ["NPL"]),
        (
            "Germany is providing satellite images and intelligence to Ukraine.",
            "072",
            ["DEU"],
            ["UKR"],
        ),
        # a compound names what a generic head is about
        ("Japan suspended its economic aid program for Myanmar.", "162", ["JPN"], ["MMR"]),
        ("Sweden suspended part of its aid program for Zambia.", "162", ["SWE"], ["ZMB"]),
        # with no direct object, the object of the verb's preposition
        ("Ethiopia called for sanctions against Eritrea.", "113", ["ETH"], ["ERI"]),
        ("Colombia agreed to a truce with Venezuela.", "0871", ["COL"], ["VEN"]),
        # an infinitive complement with its own subject
        (
            "The Kenyan government allowed the opposition to hold a rally in Nairobi.",
            "0811",
            ["KEN"],
            [],
        ),
        ("The Peruvian court allowed Keiko Fujimori to contest the election.", "0812", ["PER"], []),
    ],
)
def test_object_layers_pick_the_pattern(run_extract, text, cameo, source, target):
    events = _events(run_extract, text)
    coded = _coded(events, cameo)
    assert coded, [(e.cameo, e.rule) for e in events]
    assert _countries(coded[0].source) == source
    if target:
        assert _countries(coded[0].target) == target


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a program that is not aid is not aid
        ("Japan suspended part of its space program for a year.", "162"),
        ("Russia suspended its nuclear program.", "162"),
        # a ship allowed to dock is no rally
        ("Iran allowed the tanker to dock at Bandar Abbas.", "0811"),
        # a reporting verb does not look into its clause: "announced it would lift
        # sanctions" is no imposition of sanctions
        ("Nigeria announced it would lift sanctions on Niger.", "163"),
        # two tons of steel handed over are no aid
        ("Japan handed over two tons of steel to Haiti.", "073"),
    ],
)
def test_object_layers_do_not_over_fire(run_extract, text, cameo):
    events = _events(run_extract, text)
    assert not _coded(events, cameo), [(e.cameo, e.rule) for e in events]


def test_head_object_beats_a_compound():
    """The object's head decides before its compound does: "talks" (046 resume talks),
    not the compound "peace"; checked on the matcher directly."""
    from chancery.events.lexicon import load_lexicon
    from chancery.events.objects import match_pattern, object_layers
    from chancery.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("The two sides resumed peace talks in Oslo.")
    verb = next(t for t in doc if t.lemma_ == "resume")
    layers = object_layers(verb)
    assert "talk" in layers.heads and "peace" in layers.modifiers
    pattern = match_pattern(verb, load_lexicon().for_verb("resume"), negated=False)
    assert pattern is not None and pattern.cameo == "046"
