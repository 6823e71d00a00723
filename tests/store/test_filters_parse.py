"""The parsers behind EventFilter and the CLI options: accepted forms and clear refusals."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.store import EventFilter
from chancery.store.filters import (
    parse_actor,
    parse_cameo_prefix,
    parse_country,
    parse_dyad,
    parse_period,
    parse_point,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRK:RUS", ("PRK", "RUS")),
        ("prkgov:rus", ("PRKGOV", "RUS")),
        (" UKR : IGOUNO ", ("UKR", "IGOUNO")),
    ],
)
def test_parse_dyad(text, expected) -> None:
    assert parse_dyad(text) == expected


@pytest.mark.parametrize(
    "text", ["PRK", "PRK:", ":RUS", "PRK:RUS:CHN", "PRK-RUS", "P1K:RUS", "PRKG:RUS"]
)
def test_parse_dyad_refuses(text) -> None:
    with pytest.raises(ValueError, match=r"dyad|actor code"):
        parse_dyad(text)


@pytest.mark.parametrize(
    ("text", "bound", "expected"),
    [
        ("2023-07-24", "start", dt.date(2023, 7, 24)),
        ("2023-07", "start", dt.date(2023, 7, 1)),
        ("2023-02", "end", dt.date(2023, 2, 28)),
        ("2024-02", "end", dt.date(2024, 2, 29)),
        ("1953", "start", dt.date(1953, 1, 1)),
        ("1953", "end", dt.date(1953, 12, 31)),
    ],
)
def test_parse_period(text, bound, expected) -> None:
    assert parse_period(text, bound) == expected


@pytest.mark.parametrize(
    "text", ["yesterday", "2023-13", "2023-02-30", "23-07-01", "2023/07/01", ""]
)
def test_parse_period_refuses(text) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_period(text, "start")


@given(st.dates())
def test_parse_period_reads_every_iso_day(day: dt.date) -> None:
    assert parse_period(day.isoformat(), "start") == day == parse_period(day.isoformat(), "end")


@given(st.text(max_size=12))
def test_parse_period_never_fails_otherwise_than_by_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_period(text, "end")


@pytest.mark.parametrize(
    ("text", "expected"), [("50.45,30.52", (50.45, 30.52)), ("-1.3, 36.8", (-1.3, 36.8))]
)
def test_parse_point(text, expected) -> None:
    assert parse_point(text) == expected


@pytest.mark.parametrize("text", ["50.45", "50.45;30.52", "north,south", "91,0", "0,181", "1,2,3"])
def test_parse_point_refuses(text) -> None:
    with pytest.raises(ValueError):
        parse_point(text)


@pytest.mark.parametrize(
    ("parser", "good", "bad"),
    [
        (parse_actor, "igouno", "UN"),
        (parse_country, "ukr", "UKRGOV"),
        (parse_cameo_prefix, "043", "4a"),
    ],
)
def test_simple_parsers(parser, good, bad) -> None:
    assert parser(good) == good.upper()
    with pytest.raises(ValueError):
        parser(bad)


def test_event_filter_normalises_what_users_type() -> None:
    flt = EventFilter(
        actor="prk", dyad="prk:rus", since="2023-07", until="2023", near="1,2", country="ukr"
    )
    assert (flt.actor, flt.dyad, flt.country) == ("PRK", ("PRK", "RUS"), "UKR")
    assert (flt.since, flt.until, flt.near) == (
        dt.date(2023, 7, 1),
        dt.date(2023, 12, 31),
        (1.0, 2.0),
    )


@pytest.mark.parametrize(
    "kwargs",
    [{"dyad": "PRK"}, {"code": "x"}, {"km": 0}, {"limit": 0}, {"since": "soon"}, {"near": "here"}],
)
def test_event_filter_refuses_bad_values(kwargs) -> None:
    with pytest.raises(ValueError):
        EventFilter(**kwargs)
