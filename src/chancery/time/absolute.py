"""Expressions that carry their own year: full dates, months of a year, years, decades,
centuries, seasons and quarters of a year. Each parser takes a normalised core
expression (lower case, modifiers removed) and returns a `CoreReading` or None.
"""

from __future__ import annotations

import datetime as dt
import re

from chancery.time.calendar import (
    century_of,
    decade_of,
    month_of,
    years_between,
)
from chancery.time.reading import CoreReading
from chancery.time.vocab import (
    MONTH_PATTERN,
    MONTHS,
    ORDINAL_PATTERN,
    SEASON_PATTERN,
    SEASONS,
    WEEKDAY_PATTERN,
    ordinal_value,
)

_WEEKDAY_PREFIX = rf"(?:(?:{WEEKDAY_PATTERN}),?\s+)?"
_MONTH = rf"(?P<month>{MONTH_PATTERN})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}$")
DAY_MONTH_YEAR = re.compile(
    rf"^{_WEEKDAY_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$"
)
MONTH_DAY_RANGE_YEAR = re.compile(
    rf"^{_MONTH}\s+{_DAY}\s*(?:-|to|through|and)\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}$"
)
MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+(?:of\s+)?{_YEAR}$")
ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
ISO_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4}|\d{2})$")
YEAR = re.compile(r"^(?:(?:the\s+)?year\s+(?:of\s+)?)?(?P<year>1\d{3}|2\d{3})$")
YEAR_RANGE = re.compile(
    r"^(?:between\s+)?(?P<first>1\d{3}|2\d{3})\s*(?:-|/|to|through|until|and)\s*"
    r"(?P<last>\d{4}|\d{2})$"
)
DECADE = re.compile(r"^(?:the\s+)?(?P<decade>\d{2,3}0)'?s$")
SHORT_DECADE = re.compile(r"^(?:the\s+)?'(?P<decade>\d0)s$|^(?:the\s+)?(?P<decade2>\d0)'?s$")
CENTURY = re.compile(rf"^(?:the\s+)?(?P<ordinal>{ORDINAL_PATTERN})[\s-]+century$")
SEASON_YEAR = re.compile(
    rf"^(?:the\s+)?(?P<season>{SEASON_PATTERN})\s+(?:of\s+)?(?:the\s+year\s+)?{_YEAR}$"
)
QUARTER_YEAR = re.compile(
    r"^(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?"
    rf"{_YEAR}$|^q(?P<qn>[1-4])\s*(?P<qyear>\d{{4}})$"
)
QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_reading(year: int, month: int, day: int) -> CoreReading | None:
    d = _date(year, month, day)
    return CoreReading((d, d), "day", "absolute") if d else None


def season_interval(season: str, year: int) -> tuple[dt.date, dt.date]:
    """A meteorological season; winter runs from December of `year` into the next year."""
    first = SEASONS[season]
    start = month_of(year, first)[0]
    last_year, last_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return start, month_of(last_year, last_month)[1]


def quarter_interval(quarter: int, year: int) -> tuple[dt.date, dt.date]:
    first = 3 * (quarter - 1) + 1
    return month_of(year, first)[0], month_of(year, first + 2)[1]


def parse_absolute(core: str) -> CoreReading | None:
    """An expression that names its year (or a decade or century)."""
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        m = pattern.match(core)
        if m:
            return _day_reading(int(m["year"]), MONTHS[m["month"]], int(m["day"]))
    m = MONTH_DAY_RANGE_YEAR.match(core)
    if m:
        month, year = MONTHS[m["month"]], int(m["year"])
        first, last = _date(year, month, int(m["day"])), _date(year, month, int(m["day2"]))
        if first and last and first <= last:
            return CoreReading((first, last), "day", "absolute")
        return None
    m = MONTH_YEAR.match(core)
    if m:
        return CoreReading(month_of(int(m["year"]), MONTHS[m["month"]]), "month", "absolute")
    m = ISO_DATE.match(core)
    if m:
        return _day_reading(int(m["year"]), int(m["month"]), int(m["day"]))
    m = ISO_MONTH.match(core)
    if m and 1 <= int(m["month"]) <= 12:
        return CoreReading(month_of(int(m["year"]), int(m["month"])), "month", "absolute")
    m = NUMERIC_DATE.match(core)
    if m:
        return _numeric_date(int(m["a"]), int(m["b"]), m["year"])
    m = YEAR.match(core)
    if m:
        year = int(m["year"])
        return CoreReading(years_between(year, year), "year", "absolute")
    m = YEAR_RANGE.match(core)
    if m:
        return _year_range(m["first"], m["last"])
    return _parse_long_periods(core)


def _numeric_date(a: int, b: int, year_text: str) -> CoreReading | None:
    # Month first (the US order news wires use) unless the first number cannot be a month.
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    month, day = (a, b) if a <= 12 else (b, a)
    return _day_reading(year, month, day)


def _year_range(first_text: str, last_text: str) -> CoreReading | None:
    first = int(first_text)
    last = int(last_text) if len(last_text) == 4 else first - first % 100 + int(last_text)
    if last < first or last - first > 200:
        return None
    return CoreReading(years_between(first, last), "year", "absolute")


def _parse_long_periods(core: str) -> CoreReading | None:
    m = DECADE.match(core)
    if m:
        first = int(m["decade"])
        if first < 100:
            return None
        if first % 100 == 0 and first != 2000:
            # "the 1800s" is the century, not its first decade.
            return CoreReading(years_between(first, first + 99), "century", "absolute")
        return CoreReading(decade_of(first), "decade", "absolute")
    m = CENTURY.match(core)
    if m:
        number = ordinal_value(m["ordinal"])
        if number and 1 <= number <= 30:
            return CoreReading(century_of(number), "century", "absolute")
        return None
    m = SEASON_YEAR.match(core)
    if m:
        return CoreReading(season_interval(m["season"], int(m["year"])), "month", "absolute")
    m = QUARTER_YEAR.match(core)
    if m:
        quarter = QUARTERS[m["q"]] if m["q"] else int(m["qn"])
        year = int(m["year"] or m["qyear"])
        return CoreReading(quarter_interval(quarter, year), "month", "absolute")
    return None


def parse_short_decade(core: str, published: dt.date | None) -> CoreReading | None:
    """ "the '90s": the latest such decade that has begun by publication."""
    m = SHORT_DECADE.match(core)
    if not m or published is None:
        return None
    tens = int(m["decade"] or m["decade2"])
    this_year = published.year
    century = this_year - this_year % 100
    first = century + tens
    if first > this_year:
        first -= 100
    return CoreReading(decade_of(first), "decade", "relative")
