"""`weekday_mismatch`: the weekday against the date beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.model import TimeExpression


@pytest.mark.parametrize(
    ("text", "claimed", "actual"),
    [
        ("The talks opened in Geneva on Monday, March 5, 2024.", "Monday", "Tuesday"),
        ("The vote was held on Thursday, 8 March.", "Thursday", "Friday"),
        ("Polls close on Saturday, Feb. 4, 2024, in San Salvador.", "Saturday", "Sunday"),
        (
            "The ferry sank on Thursday the 2nd of August 2023 off Zanzibar.",
            "Thursday",
            "Wednesday",
        ),
    ],
)
def test_weekday_mismatch_fires(checks_of, text, claimed, actual) -> None:
    checks = checks_of(text, kind="weekday_mismatch")
    assert [(c.sentence, c.claimed, c.listed) for c in checks] == [(0, claimed, actual)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks opened in Geneva on Tuesday, March 5, 2024.",
        "The vote was held on Friday, 8 March.",
        "The ferry sank on Wednesday, August 2, 2023, off Zanzibar.",
        "Polls close on Sunday, Feb. 4, 2024, in San Salvador.",
        "The ferry sank on Wednesday the 2nd of August 2023 off Zanzibar.",
    ],
)
def test_weekday_mismatch_does_not_fire(checks_of, text) -> None:
    assert checks_of(text, kind="weekday_mismatch") == []


def test_weekday_mismatch_needs_a_year_or_a_publication_date(checks_of) -> None:
    assert checks_of("The vote was held on Thursday, 8 March.", published=None) == []


def test_weekday_mismatch_year_nearest_the_publication_date(checks_of) -> None:
    # Published in early January 2024: "December 29" is 2023 (a Friday).
    text = "The blast struck on Friday, December 29."
    assert checks_of(text, published=dt.date(2024, 1, 3), kind="weekday_mismatch") == []


def test_weekday_mismatch_reads_dates_of_the_time_stage(checks_of) -> None:
    # A format the regexes do not read ("3/5/2024"), dated by the time stage.
    text = "The talks opened on Monday 3/5/2024 in Geneva."
    day = dt.date(2024, 3, 5)
    dates = [TimeExpression("3/5/2024", day, day, "day", text.index("3/5"))]
    checks = checks_of(text, dates=dates, kind="weekday_mismatch")
    assert [(c.claimed, c.listed) for c in checks] == [("Monday", "Tuesday")]
