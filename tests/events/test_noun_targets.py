"""A noun event's target: its own phrase of direction, or its light verb's, when the
pattern names no preposition ("opened investigations *against* Chilean officials", "made
an appeal *to* Uganda"); and nouns of an act done to someone, whose possessor is the one
it is done to ("secure *Ali's* release"), not the doer (own test sentences, whole
pipeline)."""

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
        # the phrase hangs on the light verb, a nationality names the party
        (
            "The Kenyan attorney general opened bribery investigations against 14 Tanzanian "
            "customs officers.",
            "091",
            ["KEN"],
            ["TZA"],
        ),
        # the phrase hangs on the noun
        ("Mongolia made an urgent appeal to Kazakhstan for grain.", "020", ["MNG"], ["KAZ"]),
        # an "of" phrase names the doer: the possessor stays the source
        (
            "Argentina's release of 30 Chilean fishermen pleased Santiago.",
            "0841",
            ["ARG"],
            ["CHL"],
        ),
        # a possessor undergoing the act is the target; the light verb's subject the doer
        ("Lebanese police made Omar Farouk's arrest on Monday.", "173", ["LBN"], None),
    ],
)
def test_noun_target_phrases(run_extract, text, cameo, source, target):
    coded = [e for e in _events(run_extract, text) if e.cameo == cameo]
    assert len(coded) == 1, [(e.cameo, e.rule) for e in _events(run_extract, text)]
    assert _countries(coded[0].source) == source
    if target is not None:
        assert _countries(coded[0].target) == target
    else:
        assert "poss" in coded[0].rule


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # "with" may be an instrument: a nationality alone does not name a party there
        ("The Kenyan army made an attack with Russian rifles.", None),
        # the possessor of a release is the released, never the releaser
        ("Campaigners hope Britain can secure Omar Farouk's release.", "0841"),
        ("Campaigners hope Britain can secure Omar Farouk's release.", "0353"),
    ],
)
def test_noun_target_must_not(run_extract, text, cameo):
    events = _events(run_extract, text)
    if cameo is None:
        assert all("RUS" not in _countries(e.target) for e in events), [
            (e.cameo, e.rule) for e in events
        ]
    else:
        assert [e for e in events if e.cameo == cameo] == []
