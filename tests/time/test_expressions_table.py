"""Table of time expressions -> intervals across publication dates and tenses."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.time import anniversary_origin, interpret, resolve_time_expression

D = dt.date
WED = D(2023, 8, 2)  # a Wednesday
MON = D(2024, 3, 4)  # a Monday
SUN = D(2024, 3, 10)  # a Sunday
NEW_YEAR = D(2024, 1, 1)  # a Monday, first day of the year
LEAP = D(2024, 2, 29)  # a Thursday in a leap year

# (expression, published, future, start, end, granularity)
CASES = [
    # ---- the seed's four dates
    ("Last week", WED, False, D(2023, 7, 24), D(2023, 7, 30), "week"),
    ("Early last week", WED, False, D(2023, 7, 24), D(2023, 7, 27), "week"),
    ("July 27, 1953", WED, False, D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("2019", WED, False, D(2019, 1, 1), D(2019, 12, 31), "year"),
    # ---- absolute dates
    ("27 July 1953", WED, False, D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("the 27th of July 1953", WED, False, D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("July 27th, 1953", WED, False, D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("Jul. 27, 1953", WED, False, D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("Sept. 11, 2001", WED, False, D(2001, 9, 11), D(2001, 9, 11), "day"),
    ("Tuesday, Sept. 11, 2001", WED, False, D(2001, 9, 11), D(2001, 9, 11), "day"),
    ("on March 3, 2022", WED, False, D(2022, 3, 3), D(2022, 3, 3), "day"),
    ("2022-03-03", WED, False, D(2022, 3, 3), D(2022, 3, 3), "day"),
    ("3/14/2015", WED, False, D(2015, 3, 14), D(2015, 3, 14), "day"),
    ("14/3/2015", WED, False, D(2015, 3, 14), D(2015, 3, 14), "day"),
    ("February 29, 2024", WED, False, D(2024, 2, 29), D(2024, 2, 29), "day"),
    ("September 2023", WED, False, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("February 2024", WED, False, D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("February of 2023", WED, False, D(2023, 2, 1), D(2023, 2, 28), "month"),
    ("in 1991", WED, False, D(1991, 1, 1), D(1991, 12, 31), "year"),
    ("since 2014", WED, False, D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("2019-2020", WED, False, D(2019, 1, 1), D(2020, 12, 31), "year"),
    ("2014\u201315", WED, False, D(2014, 1, 1), D(2015, 12, 31), "year"),
    ("July 24-28, 2023", WED, False, D(2023, 7, 24), D(2023, 7, 28), "day"),
    ("mid-2024", WED, False, D(2024, 5, 1), D(2024, 8, 31), "year"),
    ("early 2020", WED, False, D(2020, 1, 1), D(2020, 4, 30), "year"),
    ("late 2021", WED, False, D(2021, 9, 1), D(2021, 12, 31), "year"),
    ("the end of 2022", WED, False, D(2022, 9, 1), D(2022, 12, 31), "year"),
    ("the first half of 2023", WED, False, D(2023, 1, 1), D(2023, 6, 30), "year"),
    ("the second half of 2023", WED, False, D(2023, 7, 1), D(2023, 12, 31), "year"),
    ("early March 2022", WED, False, D(2022, 3, 1), D(2022, 3, 10), "month"),
    ("mid-September 2023", WED, False, D(2023, 9, 11), D(2023, 9, 20), "month"),
    ("late February 2024", WED, False, D(2024, 2, 21), D(2024, 2, 29), "month"),
    ("the 1990s", WED, False, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("1980s", WED, False, D(1980, 1, 1), D(1989, 12, 31), "decade"),
    ("the early 1990s", WED, False, D(1990, 1, 1), D(1993, 12, 31), "decade"),
    ("the late 1970s", WED, False, D(1976, 1, 1), D(1979, 12, 31), "decade"),
    ("the mid-1960s", WED, False, D(1963, 1, 1), D(1966, 12, 31), "decade"),
    ("the '90s", WED, False, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the 2000s", WED, False, D(2000, 1, 1), D(2009, 12, 31), "decade"),
    ("the 1800s", WED, False, D(1800, 1, 1), D(1899, 12, 31), "century"),
    ("the 19th century", WED, False, D(1800, 1, 1), D(1899, 12, 31), "century"),
    ("the twentieth century", WED, False, D(1900, 1, 1), D(1999, 12, 31), "century"),
    ("in the spring of 2022", WED, False, D(2022, 3, 1), D(2022, 5, 31), "month"),
    ("summer 2019", WED, False, D(2019, 6, 1), D(2019, 8, 31), "month"),
    ("the winter of 2021", WED, False, D(2021, 12, 1), D(2022, 2, 28), "month"),
    ("the third quarter of 2022", WED, False, D(2022, 7, 1), D(2022, 9, 30), "month"),
    ("Q1 2024", WED, False, D(2024, 1, 1), D(2024, 3, 31), "month"),
    # ---- named days
    ("today", WED, False, WED, WED, "day"),
    ("yesterday", WED, False, D(2023, 8, 1), D(2023, 8, 1), "day"),
    ("tomorrow", WED, True, D(2023, 8, 3), D(2023, 8, 3), "day"),
    ("last night", WED, False, D(2023, 8, 1), D(2023, 8, 1), "day"),
    ("this morning", WED, False, WED, WED, "day"),
    ("yesterday afternoon", NEW_YEAR, False, D(2023, 12, 31), D(2023, 12, 31), "day"),
    ("the day before yesterday", NEW_YEAR, False, D(2023, 12, 30), D(2023, 12, 30), "day"),
    # ---- weeks (Monday to Sunday)
    ("this week", WED, False, D(2023, 7, 31), D(2023, 8, 6), "week"),
    ("next week", WED, True, D(2023, 8, 7), D(2023, 8, 13), "week"),
    ("last week", MON, False, D(2024, 2, 26), D(2024, 3, 3), "week"),
    ("last week", SUN, False, D(2024, 2, 26), D(2024, 3, 3), "week"),
    ("this week", SUN, False, D(2024, 3, 4), D(2024, 3, 10), "week"),
    ("last week", NEW_YEAR, False, D(2023, 12, 25), D(2023, 12, 31), "week"),
    ("late last week", WED, False, D(2023, 7, 27), D(2023, 7, 30), "week"),
    ("earlier this week", WED, False, D(2023, 7, 31), D(2023, 8, 1), "week"),
    ("later this week", WED, True, D(2023, 8, 3), D(2023, 8, 6), "week"),
    ("the past week", WED, False, D(2023, 7, 26), WED, "week"),
    ("last weekend", WED, False, D(2023, 7, 29), D(2023, 7, 30), "week"),
    ("this weekend", WED, True, D(2023, 8, 5), D(2023, 8, 6), "week"),
    ("this weekend", SUN, False, D(2024, 3, 9), D(2024, 3, 10), "week"),
    ("this weekend", MON, False, D(2024, 3, 2), D(2024, 3, 3), "week"),
    ("this weekend", D(2024, 3, 8), False, D(2024, 3, 9), D(2024, 3, 10), "week"),
    ("last week's", WED, False, D(2023, 7, 24), D(2023, 7, 30), "week"),
    # ---- weekdays: past is on or before publication, future on or after
    ("Friday", WED, False, D(2023, 7, 28), D(2023, 7, 28), "day"),
    ("on Monday", WED, False, D(2023, 7, 31), D(2023, 7, 31), "day"),
    ("Wednesday", WED, False, WED, WED, "day"),
    ("Friday", WED, True, D(2023, 8, 4), D(2023, 8, 4), "day"),
    ("on Monday", WED, True, D(2023, 8, 7), D(2023, 8, 7), "day"),
    ("Sunday", MON, False, D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("Monday", MON, False, MON, MON, "day"),
    ("last Monday", MON, False, D(2024, 2, 26), D(2024, 2, 26), "day"),
    ("next Monday", MON, True, D(2024, 3, 11), D(2024, 3, 11), "day"),
    ("this Friday", MON, True, D(2024, 3, 8), D(2024, 3, 8), "day"),
    ("Saturday", SUN, False, D(2024, 3, 9), D(2024, 3, 9), "day"),
    ("Monday", SUN, True, D(2024, 3, 11), D(2024, 3, 11), "day"),
    ("Tuesday night", WED, False, D(2023, 8, 1), D(2023, 8, 1), "day"),
    ("Friday", NEW_YEAR, False, D(2023, 12, 29), D(2023, 12, 29), "day"),
    ("early Monday", WED, False, D(2023, 7, 31), D(2023, 7, 31), "day"),
    # ---- months and days without a year
    ("last month", WED, False, D(2023, 7, 1), D(2023, 7, 31), "month"),
    ("late last month", WED, False, D(2023, 7, 21), D(2023, 7, 31), "month"),
    ("earlier this month", D(2023, 8, 20), False, D(2023, 8, 1), D(2023, 8, 19), "month"),
    ("later this month", D(2023, 8, 20), True, D(2023, 8, 21), D(2023, 8, 31), "month"),
    ("next month", D(2023, 12, 15), True, D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("last month", NEW_YEAR, False, D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("in September", WED, False, D(2022, 9, 1), D(2022, 9, 30), "month"),
    ("in September", WED, True, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("in July", WED, False, D(2023, 7, 1), D(2023, 7, 31), "month"),
    ("in August", WED, False, D(2023, 8, 1), D(2023, 8, 31), "month"),
    ("last September", D(2023, 10, 5), False, D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("next January", D(2023, 10, 5), True, D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("mid-July", WED, False, D(2023, 7, 11), D(2023, 7, 20), "month"),
    ("early December", NEW_YEAR, False, D(2023, 12, 1), D(2023, 12, 10), "month"),
    ("the end of the month", WED, True, D(2023, 8, 21), D(2023, 8, 31), "month"),
    ("July 27", WED, False, D(2023, 7, 27), D(2023, 7, 27), "day"),
    ("Dec. 25", NEW_YEAR, False, D(2023, 12, 25), D(2023, 12, 25), "day"),
    ("Jan. 15", NEW_YEAR, True, D(2024, 1, 15), D(2024, 1, 15), "day"),
    ("the 4th of July", WED, False, D(2023, 7, 4), D(2023, 7, 4), "day"),
    ("Feb. 29", D(2025, 3, 1), False, D(2024, 2, 29), D(2024, 2, 29), "day"),
    # ---- years and longer
    ("this year", WED, False, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("last year", NEW_YEAR, False, D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("next year", WED, True, D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("earlier this year", WED, False, D(2023, 1, 1), D(2023, 8, 1), "year"),
    ("later this year", WED, True, D(2023, 8, 3), D(2023, 12, 31), "year"),
    ("the end of the year", WED, True, D(2023, 9, 1), D(2023, 12, 31), "year"),
    ("late last year", WED, False, D(2022, 9, 1), D(2022, 12, 31), "year"),
    ("the past two years", WED, False, D(2021, 8, 2), WED, "year"),
    ("the next three months", WED, True, WED, D(2023, 11, 2), "month"),
    ("last decade", WED, False, D(2010, 1, 1), D(2019, 12, 31), "decade"),
    ("this century", WED, False, D(2000, 1, 1), D(2099, 12, 31), "century"),
    ("the first quarter", WED, False, D(2023, 1, 1), D(2023, 3, 31), "month"),
    ("last summer", WED, False, D(2022, 6, 1), D(2022, 8, 31), "month"),
    ("this summer", WED, False, D(2023, 6, 1), D(2023, 8, 31), "month"),
    ("next spring", WED, True, D(2024, 3, 1), D(2024, 5, 31), "month"),
    ("this winter", D(2024, 1, 20), False, D(2023, 12, 1), D(2024, 2, 29), "month"),
    # ---- "ago" and "in N units"
    ("two years ago", WED, False, D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("three days ago", NEW_YEAR, False, D(2023, 12, 29), D(2023, 12, 29), "day"),
    ("a week ago", WED, False, D(2023, 7, 24), D(2023, 7, 30), "week"),
    ("two months ago", D(2024, 1, 31), False, D(2023, 11, 1), D(2023, 11, 30), "month"),
    ("a decade ago", WED, False, D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("a few days ago", WED, False, D(2023, 7, 29), D(2023, 7, 31), "day"),
    ("in two weeks", WED, True, D(2023, 8, 14), D(2023, 8, 20), "week"),
    ("three days from now", WED, True, D(2023, 8, 5), D(2023, 8, 5), "day"),
]


@pytest.mark.parametrize(("text", "published", "future", "start", "end", "granularity"), CASES)
def test_expression_resolves_to_interval(text, published, future, start, end, granularity):
    assert resolve_time_expression(text, published, future=future) == (start, end, granularity)


def test_table_is_large_enough():
    assert len(CASES) >= 100


# Durations are recognised but denote no interval: start == end == published.
DURATIONS = [
    ("almost three years", "year"),
    ("for two weeks", "week"),
    ("70 years", "year"),
    ("more than a decade", "decade"),
    ("several months", "month"),
    ("decades", "decade"),
    ("a three-year", "year"),
    ("in two weeks", "week"),  # without a future verb: "the first time in two weeks"
    ("the first six months", "month"),
    ("two years later", "year"),
    ("nearly 18 months", "month"),
    ("a year and a half", "year"),
]


@pytest.mark.parametrize(("text", "unit"), DURATIONS)
def test_duration_is_recognised_not_dated(text, unit):
    reading = interpret(text, WED)
    assert reading is not None and reading.is_duration
    assert (reading.start, reading.end, reading.granularity) == (WED, WED, unit)
    assert resolve_time_expression(text, WED) is None


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        ("the 70th anniversary of the armistice", WED, 1953),
        ("its 25th anniversary", D(2024, 5, 1), 1999),
        ("the first anniversary of the invasion", D(2023, 2, 24), 2022),
        ("the fiftieth anniversary", D(2019, 7, 20), 1969),
        ("the 100th anniversary", D(2014, 6, 28), 1914),
    ],
)
def test_anniversary_points_at_its_origin(text, published, year):
    assert anniversary_origin(text, published) == year
    reading = interpret(text, published)
    assert reading is not None and reading.is_duration


def test_anniversary_origin_needs_an_anniversary_and_a_date():
    assert anniversary_origin("the 70th anniversary", None) is None
    assert anniversary_origin("the 70th meeting", WED) is None


@pytest.mark.parametrize(
    "text",
    [
        "Second",
        "First",
        "second",
        "70th",
        "the 70th",
        "five",
        "three",
        "annual",
        "every year",
        "87-year-old",
        "the year",
        "week",
        "now",
        "recently",
        "at this moment",
        "the same day",
        "the following week",
        "",
        "  ",
        "Kim Jong Un",
        "2.5",
    ],
)
def test_noise_is_not_a_date(text):
    assert resolve_time_expression(text, WED) is None


@pytest.mark.parametrize(
    "text", ["last week", "Friday", "in September", "yesterday", "two years ago", "July 27"]
)
def test_relative_needs_publication_date(text):
    assert resolve_time_expression(text, None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("July 27, 1953", (D(1953, 7, 27), D(1953, 7, 27), "day")),
        ("2019", (D(2019, 1, 1), D(2019, 12, 31), "year")),
        ("the 1990s", (D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("mid-2024", (D(2024, 5, 1), D(2024, 8, 31), "year")),
    ],
)
def test_absolute_resolves_without_publication_date(text, expected):
    assert resolve_time_expression(text, None) == expected


def test_basis_tells_absolute_from_relative():
    absolute = interpret("July 27, 1953", WED)
    relative = interpret("last week", WED)
    assert absolute is not None and absolute.basis == "absolute"
    assert relative is not None and relative.basis == "relative"
