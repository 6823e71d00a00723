"""Expressions anchored on the publication date: "yesterday", "last week", "Friday",
"in September", "two years ago", "the past three months".

Past tense is the default: a bare weekday or month is the latest one on or before
publication (wire copy dated Friday says "said Friday" of that same day); with
`future=True` it is the first one on or after publication. "last X" is always strictly
before the current X and "next X" strictly after.
"""

from __future__ import annotations

import datetime as dt
import re

from chancery.model import Granularity
from chancery.time.absolute import quarter_interval, season_interval
from chancery.time.calendar import (
    Interval,
    century_of,
    decade_of,
    interval_containing,
    month_of,
    shift,
    shift_days,
    week_of,
)
from chancery.time.reading import CoreReading
from chancery.time.vocab import (
    MONTH_PATTERN,
    MONTHS,
    NUMBER_PATTERN,
    SEASON_PATTERN,
    SEASONS,
    UNIT_PATTERN,
    UNITS,
    VAGUE_COUNTS,
    VAGUE_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    number_value,
)

_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
NAMED_DAY = re.compile(
    rf"^(?P<word>today|tonight|yesterday|tomorrow){_PART_OF_DAY}$"
    r"|^(?P<this>this)\s+(?:morning|afternoon|evening)$"
    r"|^(?P<lastnight>last\s+night)$"
    r"|^the\s+day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)$"
)
NAMED_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_DIRECTION = r"(?P<dir>this\s+past|this\s+coming|this|last|past|previous|next|coming|current)"
RELATIVE_UNIT = re.compile(
    rf"^(?:the\s+)?{_DIRECTION}\s+(?P<unit>week|weekend|month|year|decade|century)$"
    r"|^(?P<bare>the\s+weekend|weekend)$"
)
WEEKDAY = re.compile(rf"^(?:{_DIRECTION}\s+)?(?P<weekday>{WEEKDAY_PATTERN}){_PART_OF_DAY}$")
MONTH_ALONE = re.compile(rf"^(?:{_DIRECTION}\s+)?(?P<month>{MONTH_PATTERN})\.?$")
MONTH_DAY = re.compile(
    rf"^(?:(?:{WEEKDAY_PATTERN}),?\s+)?(?:(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?|(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month2>{MONTH_PATTERN})\.?)$"
)
SEASON = re.compile(rf"^(?:the\s+)?(?:{_DIRECTION}\s+)?(?P<season>{SEASON_PATTERN})$")
QUARTER = re.compile(
    r"^(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter"
    r"(?:\s+(?:of\s+)?(?P<which>this\s+year|last\s+year|next\s+year|the\s+year))?$"
)
_COUNT = rf"(?P<n>{NUMBER_PATTERN})|(?P<vague>{VAGUE_PATTERN})"
AGO = re.compile(
    rf"^(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?(?:{_COUNT})\s+(?P<unit>{UNIT_PATTERN})\s+ago$"
)
FROM_NOW = re.compile(
    rf"^(?:in\s+)?(?:{_COUNT})\s+(?P<unit>{UNIT_PATTERN})(?P<fromnow>\s+from\s+now)?$"
)
ROLLING = re.compile(
    rf"^(?:the\s+)?(?P<dir>past|last|previous|next|coming)\s+(?:(?:{_COUNT})\s+)?(?P<unit>{UNIT_PATTERN})$"
)


def parse_relative(core: str, published: dt.date, future: bool) -> CoreReading | None:
    for parser in (
        _named_day,
        _relative_unit,
        _weekday,
        _month_alone,
        _month_day,
        _season,
        _quarter,
        _ago,
        _rolling,
    ):
        reading = parser(core, published, future)
        if reading is not None:
            return reading
    return None


def parse_future_offset(core: str, published: dt.date) -> CoreReading | None:
    """ "in two weeks" / "three days from now": the unit that far after publication."""
    m = FROM_NOW.match(core)
    if not m or (not core.startswith("in ") and not m["fromnow"]):
        return None
    low, high = _count(m)
    unit = UNITS[m["unit"]]
    first = interval_containing(shift(published, low, unit), unit)
    last = interval_containing(shift(published, high, unit), unit)
    return CoreReading((first[0], last[1]), unit, "relative")


def _days(d: dt.date) -> Interval:
    return d, d


def _named_day(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = NAMED_DAY.match(core)
    if not m:
        return None
    if m["word"]:
        offset = NAMED_DAY_OFFSETS[m["word"]]
    elif m["this"]:
        offset = 0
    elif m["lastnight"]:
        offset = -1
    else:
        offset = -2 if m["rel"].startswith("before") else 2
    return CoreReading(_days(shift_days(published, offset)), "day", "relative")


def _step(direction: str) -> int | None:
    direction = " ".join(direction.split())
    if direction in ("last", "previous", "this past"):
        return -1
    if direction in ("next", "coming", "this coming"):
        return 1
    if direction in ("this", "current"):
        return 0
    return None  # "past" alone is a rolling range, handled elsewhere


def _relative_unit(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = RELATIVE_UNIT.match(core)
    if not m:
        return None
    if m["bare"]:
        return CoreReading(_weekend(published, 0, future), "week", "relative")
    step = _step(m["dir"])
    if step is None:
        if m["unit"] == "weekend":
            return None
        unit: Granularity = UNITS[m["unit"]]
        # "the past week": the span up to publication.
        return CoreReading((shift(published, -1, unit), published), unit, "relative")
    if m["unit"] == "weekend":
        return CoreReading(_weekend(published, step, future), "week", "relative")
    unit = UNITS[m["unit"]]
    if unit == "decade":
        return CoreReading(decade_of(published.year + 10 * step), unit, "relative")
    if unit == "century":
        return CoreReading(century_of(published.year // 100 + 1 + step), unit, "relative")
    return CoreReading(interval_containing(shift(published, step, unit), unit), unit, "relative")


def _weekend(published: dt.date, step: int, future: bool) -> Interval:
    monday = week_of(published)[0]
    saturday = shift_days(monday, 5)
    if step == 0 and not future and published.weekday() <= 1:
        # "this weekend" in past tense early in the week: the one just gone.
        saturday = shift_days(saturday, -7)
    saturday = shift_days(saturday, 7 * step)
    return saturday, shift_days(saturday, 1)


def _weekday(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = WEEKDAY.match(core)
    if not m:
        return None
    target = WEEKDAYS[m["weekday"]]
    step = _step(m["dir"]) if m["dir"] else None
    if m["dir"] and " ".join(m["dir"].split()) == "past":
        step = -1
    if step == 0:  # "this Friday": the Friday of the current week
        d = shift_days(week_of(published)[0], target)
    elif step == -1 or (step is None and not future):
        back = (published.weekday() - target) % 7
        if step == -1 and back == 0:
            back = 7
        d = shift_days(published, -back)
    else:
        ahead = (target - published.weekday()) % 7
        if step == 1 and ahead == 0:
            ahead = 7
        d = shift_days(published, ahead)
    return CoreReading(_days(d), "day", "relative")


def _month_alone(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = MONTH_ALONE.match(core)
    if not m:
        return None
    month = MONTHS[m["month"]]
    step = _step(m["dir"]) if m["dir"] else None
    year = published.year
    if step == 0:
        pass
    elif step == -1 or (m["dir"] and "past" in m["dir"]):
        year = year if month < published.month else year - 1
    elif step == 1:
        year = year if month > published.month else year + 1
    elif future:
        year = year if month >= published.month else year + 1
    else:
        year = year if month <= published.month else year - 1
    return CoreReading(month_of(year, month), "month", "relative")


def _month_day(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = MONTH_DAY.match(core)
    if not m:
        return None
    month = MONTHS[m["month"] or m["month2"]]
    day = int(m["day"] or m["day2"])
    for year in (
        (published.year, published.year + 1) if future else (published.year, published.year - 1)
    ):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if (d >= published) if future else (d <= published):
            return CoreReading(_days(d), "day", "relative")
    return None


def _season(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = SEASON.match(core)
    if not m:
        return None
    season = m["season"]
    step = _step(m["dir"]) if m["dir"] else None
    if m["dir"] and " ".join(m["dir"].split()) == "past":
        step = -1
    # Seasons are named by the year they start in: January belongs to last year's winter.
    instances = [season_interval(season, published.year + k) for k in (-2, -1, 0, 1)]
    if step == 0:
        year = (
            published.year - 1 if SEASONS[season] == 12 and published.month < 3 else published.year
        )
        chosen: Interval | None = season_interval(season, year)
    elif step == -1:
        chosen = max((i for i in instances if i[1] < published), default=None)
    elif step == 1:
        chosen = min((i for i in instances if i[0] > published), default=None)
    elif future:
        chosen = min((i for i in instances if i[1] >= published), default=None)
    else:
        chosen = max((i for i in instances if i[0] <= published), default=None)
    return CoreReading(chosen, "month", "relative") if chosen else None


def _quarter(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = QUARTER.match(core)
    if not m:
        return None
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(m["q"], 4)
    which = " ".join((m["which"] or "this year").split())
    year = published.year + {"last year": -1, "next year": 1}.get(which, 0)
    return CoreReading(quarter_interval(quarter, year), "month", "relative")


def _count(m: re.Match[str]) -> tuple[int, int]:
    if m["vague"]:
        return VAGUE_COUNTS[" ".join(m["vague"].split())]
    value = number_value(m["n"])
    return (value, value) if value is not None else (1, 1)


def _ago(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = AGO.match(core)
    if not m:
        return None
    low, high = _count(m)
    unit = UNITS[m["unit"]]
    if unit in ("decade", "century"):
        # "a decade ago" points at a year, not at the 2010s.
        scale = 10 if unit == "decade" else 100
        low, high, unit = low * scale, high * scale, "year"
    earliest = interval_containing(shift(published, -high, unit), unit)
    latest = interval_containing(shift(published, -low, unit), unit)
    return CoreReading((earliest[0], latest[1]), unit, "relative")


def _rolling(core: str, published: dt.date, future: bool) -> CoreReading | None:
    m = ROLLING.match(core)
    if not m or not (m["n"] or m["vague"]):
        return None
    _, high = _count(m)
    unit = UNITS[m["unit"]]
    if m["dir"] in ("next", "coming"):
        return CoreReading((published, shift(published, high, unit)), unit, "relative")
    return CoreReading((shift(published, -high, unit), published), unit, "relative")
