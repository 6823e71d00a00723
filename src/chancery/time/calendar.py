"""Calendar arithmetic on inclusive date intervals: weeks (Monday to Sunday), months,
years, decades, centuries, and the "early / mid / late" parts of each.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from chancery.model import Granularity

Interval = tuple[dt.date, dt.date]
Part = Literal["early", "mid", "late", "first_half", "second_half"]

# Dates are kept inside the range every interval helper can represent safely.
MIN_YEAR = 1
MAX_YEAR = 9998


def clamp_year(year: int) -> int:
    return max(MIN_YEAR, min(MAX_YEAR, year))


def day(d: dt.date) -> Interval:
    return d, d


def week_of(d: dt.date) -> Interval:
    """The Monday-to-Sunday week containing `d`."""
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(year: int, month: int) -> Interval:
    year = clamp_year(year)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def year_of(year: int) -> Interval:
    year = clamp_year(year)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def years_between(first: int, last: int) -> Interval:
    return year_of(first)[0], year_of(last)[1]


def decade_of(first_year: int) -> Interval:
    first_year = first_year - first_year % 10
    return years_between(first_year, first_year + 9)


def century_of(number: int) -> Interval:
    """The Nth century as people use it: the 19th century is 1800-1899."""
    first = (number - 1) * 100
    return years_between(max(first, MIN_YEAR), first + 99)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return clamp_year(index // 12), index % 12 + 1


def shift_days(d: dt.date, days: int) -> dt.date:
    try:
        return d + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def shift_months(d: dt.date, months: int) -> dt.date:
    year, month = add_months(d.year, d.month, months)
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift_years(d: dt.date, years: int) -> dt.date:
    year = clamp_year(d.year + years)
    return dt.date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


def shift(d: dt.date, amount: int, unit: Granularity) -> dt.date:
    """`d` moved by `amount` units (negative for the past)."""
    if unit == "day":
        return shift_days(d, amount)
    if unit == "week":
        return shift_days(d, 7 * amount)
    if unit == "month":
        return shift_months(d, amount)
    if unit == "year":
        return shift_years(d, amount)
    if unit == "decade":
        return shift_years(d, 10 * amount)
    return shift_years(d, 100 * amount)


def interval_containing(d: dt.date, unit: Granularity) -> Interval:
    if unit == "day":
        return day(d)
    if unit == "week":
        return week_of(d)
    if unit == "month":
        return month_of(d.year, d.month)
    if unit == "year":
        return year_of(d.year)
    if unit == "decade":
        return decade_of(d.year)
    return century_of(d.year // 100 + 1)


def part_of(interval: Interval, granularity: Granularity, part: Part) -> Interval:
    """The early / mid / late part (or a half) of an interval.

    A week splits Monday-Thursday / Tuesday-Thursday / Thursday-Sunday, so "early last
    week" means its first four days; a month splits at the 10th and 20th; longer
    intervals split into thirds.
    """
    start, end = interval
    if granularity == "day":
        return interval
    total = (end - start).days + 1
    if part in ("first_half", "second_half"):
        if granularity == "year" and start.year == end.year and (start.month, start.day) == (1, 1):
            months = (1, 6) if part == "first_half" else (7, 12)
            return month_of(start.year, months[0])[0], month_of(start.year, months[1])[1]
        half = total // 2
        if part == "first_half":
            return start, shift_days(start, half - 1)
        return shift_days(start, half), end
    if granularity == "week":
        spans = {"early": (0, 3), "mid": (1, 3), "late": (3, 6)}
        a, b = spans[part]
        return shift_days(start, a), shift_days(start, b)
    if granularity == "month":
        if part == "early":
            return start, start.replace(day=10)
        if part == "mid":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if granularity in ("year", "decade", "century") and start.month == 1 and start.day == 1:
        years = end.year - start.year + 1
        if years == 1:  # four months each: Jan-Apr, May-Aug, Sep-Dec
            months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
            return month_of(start.year, months[0])[0], month_of(start.year, months[1])[1]
        # A decade splits 1990-1993 / 1993-1996 / 1996-1999: the parts share their edges.
        third = years // 3
        if part == "early":
            return years_between(start.year, start.year + third)
        if part == "mid":
            return years_between(start.year + third, end.year - third)
        return years_between(end.year - third, end.year)
    third = total // 3
    if part == "early":
        return start, shift_days(start, third - 1)
    if part == "mid":
        return shift_days(start, third), shift_days(end, -third)
    return shift_days(end, -(third - 1)), end
