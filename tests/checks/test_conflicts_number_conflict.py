"""`number_conflict`: one count, two values, in two sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.model import TimeExpression


@pytest.mark.parametrize(
    ("text", "first", "second", "sentence"),
    [
        (
            "The strike killed 12 people in Aleppo. Officials said the 15 people killed were civilians.",
            12,
            15,
            1,
        ),
        (
            "Moscow deployed 3,000 troops to the border. Satellite images show the 5,000 troops deployed there.",
            3000,
            5000,
            1,
        ),
        (
            "The floods destroyed 40 homes in Sindh.\n\nVillagers said the floods destroyed 60 homes.",
            40,
            60,
            1,
        ),
    ],
)
def test_number_conflict_fires(checks_of, text, first, second, sentence) -> None:
    checks = checks_of(text, kind="number_conflict")
    assert [(c.sentence, c.claimed, c.listed) for c in checks] == [(sentence, first, second)]
    assert str(first) in checks[0].message and str(second) in checks[0].message


@pytest.mark.parametrize(
    "text",
    [
        # different subjects: different deployments
        "Moscow deployed 3,000 troops to the border. Minsk deployed 5,000 troops.",
        # hedged or incremental figures
        "The strike killed at least 12 people. Later the 15 people killed were named.",
        "The strike killed 12 people. A second strike killed 15 more people.",
        # different things counted, or counted under different verbs
        "Police arrested 12 protesters. The court released 15 protesters.",
        "The army sent 300 Kenyan troops. The army sent 500 Ugandan troops.",
        "The army sent 300 Kenyan troops. The army sent 500 troops.",
        "Police said they killed 33 ADF rebels. Over the year, 1,250 rebels from various groups have been killed.",
        # a running total is not the count of one event
        "The raid killed 20 fighters. In the past six months, raids have killed 400 fighters.",
        "The raid killed 20 fighters. Since January, the raids killed 400 fighters in total.",
        # the same figure twice
        "The strike killed 12 people. The 12 people killed were farmers.",
        # counts of time are not things
        "The siege lasted three years. The talks took five years.",
        # both in one sentence: a change, not a contradiction
        "The toll rose from 12 people killed to 15 people killed.",
    ],
)
def test_number_conflict_does_not_fire(checks_of, text) -> None:
    assert checks_of(text, kind="number_conflict") == []


def test_number_conflict_leaves_counts_on_different_dates_alone(checks_of) -> None:
    text = "On Monday the shelling killed 12 people. On Tuesday the shelling killed 15 people."
    monday = dt.date(2024, 3, 4)
    tuesday = dt.date(2024, 3, 5)
    dates = [
        TimeExpression("Monday", monday, monday, "day", 3),
        TimeExpression("Tuesday", tuesday, tuesday, "day", text.index("Tuesday")),
    ]
    assert checks_of(text, dates=dates, kind="number_conflict") == []
    assert len(checks_of(text, dates=(), kind="number_conflict")) == 1
