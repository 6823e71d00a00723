"""Lexicon families of the second wave: bombs exploded, "up to N" is no particle, permits
denied, strikes and sit-ins begun, blockades tightened, agencies forced out, returning for
talks, refusing refugees or a plan; with the uses that must not code them (own test
sentences, whole pipeline)."""

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
        # explode + a bomb; a measure noun ("a string of") stands for the bombs
        ("Somali gunmen exploded two bombs in the capital Mogadishu.", "183", ["SOM"], ["SOM"]),
        ("Yemeni militants exploded a string of bombs in Aden.", "183", ["YEM"], ["YEM"]),
        # "up to N" is a quantity, not the particle of "kidnap up"
        (
            "Colombian rebels have abducted up to 20 Spanish engineers from an oil camp.",
            "181",
            ["COL"],
            ["ESP"],
        ),
        # deny / refuse a permission-type object: a rejection
        (
            "The Ugandan ministry denied the visa application of the Kenyan journalist.",
            "120",
            ["UGA"],
            ["KEN"],
        ),
        ("Sudan's government has denied land allocation for a new church.", "120", ["SDN"], None),
        ("The Greek ministry refused the permit for the march.", "120", ["GRC"], []),
        ("The Bolivian army denied entry to the Brazilian observers.", "1245", ["BOL"], ["BRA"]),
        # light verbs with protest nouns
        ("Bolivian miners began a hunger strike in La Paz.", "142", ["BOL"], ["BOL"]),
        ("Peruvian nurses launched a hunger strike in Lima.", "142", ["PER"], ["PER"]),
        ("Nigerian doctors started a strike over unpaid wages.", "143", ["NGA"], ["NGA"]),
        ("Chilean workers staged a sit-in at the copper mine.", "141", ["CHL"], ["CHL"]),
        # tighten a blockade; force agencies, peacekeepers, inspectors out
        ("NATO tightened the naval blockade of Eritrea.", "191", ["IGO"], ["ERI"]),
        ("Khartoum forced the aid agencies out of the country.", "1663", ["SDN"], []),
        ("Eritrea forced the UN peacekeepers out of the country.", "1661", ["ERI"], ["IGO"]),
        ("Addis Ababa forced the weapons inspectors out of the country.", "1662", ["ETH"], []),
        # going back for talks is a meeting; giving back captives is a release
        (
            "Iranian negotiators return to Vienna this week for talks.",
            "040",
            ["IRN"],
            None,
        ),
        ("Chile returned the captured fishermen to Peru.", "0841", ["CHL"], ["PER"]),
        ("Israel returned the occupied land to Egypt.", "0842", ["ISR"], ["EGY"]),
        # a refusal stated for the future
        ("Jordan says it will not accept any more refugees from Iraq.", "121", ["JOR"], None),
        ("Jordan will not accept the Egyptian peace plan.", "120", ["JOR"], ["EGY"]),
        ("Jordan accepted thousands of refugees from Syria.", "075", ["JOR"], None),
        # "their forces" inside what a party said are that party's forces
        (
            "The Kenyan army said its forces had completed their withdrawal from Somalia.",
            "087",
            ["KEN"],
            None,
        ),
    ],
)
def test_second_wave_family_codes(run_extract, text, cameo, source, target):
    events = _events(run_extract, text)
    hits = [e for e in events if e.cameo == cameo]
    assert hits, f"no {cameo} in {[(e.cameo, e.trigger.text) for e in events]}"
    event = hits[0]
    assert _countries(event.source) == source
    if target is not None:
        assert _countries(event.target) == target


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # denying a charge stays a denial (016), not a rejection
        ("The Greek authorities denied the allegations of torture.", "016"),
        ("The Czech government denied reports that it had sold arms to Yemen.", "016"),
        # a strike that is not a hunger strike stays a strike (143)
        ("Nigerian doctors started a strike over unpaid wages.", "143"),
        # an air strike launched stays an air strike
        ("Turkish jets launched an air strike on Kurdish camps in Iraq.", "195"),
        # ending a hunger strike is no hunger strike
        ("Bolivian miners ended their hunger strike in La Paz.", "082"),
    ],
)
def test_second_wave_keeps_other_senses(run_extract, text, cameo):
    codes = [e.cameo for e in _events(run_extract, text)]
    assert cameo in codes, codes


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Bolivian miners began a hunger strike in La Paz.", "143"),
        ("Bolivian miners began a hunger strike in La Paz.", "190"),
        ("Chile returned the captured fishermen to Peru.", "084"),
        ("Iranian negotiators return to Vienna this week for talks.", "084"),
        ("Sudan's government has denied land allocation for a new church.", "016"),
        ("The Bolivian army denied entry to the Brazilian observers.", "172"),
        ("Jordan will not accept the Egyptian peace plan.", "030"),
        ("Somali gunmen exploded two bombs in the capital Mogadishu.", "1831"),
        ("A bomb exploded outside the ministry in Nairobi.", "183"),
        ("The miners staged a sit-in at the mine.", "141"),
    ],
)
def test_second_wave_must_not_fire(run_extract, text, cameo):
    codes = [e.cameo for e in _events(run_extract, text)]
    assert cameo not in codes, codes
