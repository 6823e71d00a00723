"""Properties of the resolver on arbitrary text: it never raises and intervals are ordered."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.time import interpret, resolve_time_expression

WORDS = [
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid-",
    "the",
    "end",
    "of",
    "week",
    "month",
    "year",
    "years",
    "ago",
    "two",
    "a",
    "few",
    "Monday",
    "Friday",
    "July",
    "May",
    "27,",
    "1953",
    "2019",
    "1990s",
    "'90s",
    "spring",
    "winter",
    "quarter",
    "first",
    "70th",
    "anniversary",
    "in",
    "since",
    "for",
    "almost",
    "-",
    "/",
    "12",
    "31",
    "29",
    "Feb.",
    "century",
    "19th",
    "weekend",
    "yesterday",
    "today",
    "earlier",
    "later",
    "past",
]
phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=phrases | st.text(max_size=40), published=st.none() | dates, future=st.booleans())
def test_resolver_never_raises_and_orders_interval(text, published, future):
    result = resolve_time_expression(text, published, future=future)
    if result is not None:
        start, end, granularity = result
        assert start <= end
        assert granularity in ("day", "week", "month", "year", "decade", "century")


@settings(max_examples=200, deadline=None)
@given(text=phrases, published=dates)
def test_duration_readings_sit_on_publication_date(text, published):
    reading = interpret(text, published)
    if reading is not None and reading.is_duration:
        assert reading.start == reading.end == published
