"""Turn one time expression into an interval: the pure resolver.

`interpret()` reads an expression given the publication date (and whether its verb is
future); `resolve_time_expression()` is its (start, end, granularity) view for
expressions that denote a time. The grammar covers what news copy writes; dateparser
(offline, English only) is a last resort for unusual absolute date formats.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any, cast

from chancery.model import Granularity
from chancery.time.absolute import parse_absolute, parse_short_decade
from chancery.time.calendar import Part, interval_containing, part_of, shift_days
from chancery.time.durations import anniversary_years, duration_unit, is_age_or_frequency
from chancery.time.reading import CoreReading, Reading
from chancery.time.relative import parse_future_offset, parse_relative
from chancery.time.vocab import MONTH_PATTERN

log = logging.getLogger(__name__)

MAX_EXPRESSION_LENGTH = 80

_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at|during|since|by|until|till|from|as\s+of|around|about|circa|c\.|"
    r"approximately|some\s*time\s+in|sometime\s+in|back\s+in|as\s+early\s+as|"
    r"as\s+recently\s+as|beginning|starting)\s+"
)
_MODIFIER = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?P<mod>early|earlier|late|later|mid|middle)(?:\s*-\s*|\s+)"
    r"(?:(?:in|of)\s+)?(?:the\s+)?"
)
_MODIFIER_PHRASE = re.compile(
    r"^(?:the\s+)?(?P<mod>beginning|start|end|close|middle|first\s+half|second\s+half|"
    r"latter\s+half|latter\s+part|early\s+part|later\s+part|last\s+part|first\s+part)\s+"
    r"of\s+(?:the\s+)?"
)
_MODIFIER_PARTS: dict[str, Part | None] = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "first part": "early",
    "early part": "early",
    "late": "late",
    "end": "late",
    "close": "late",
    "latter part": "late",
    "later part": "late",
    "last part": "late",
    "mid": "mid",
    "middle": "mid",
    "first half": "first_half",
    "second half": "second_half",
    "latter half": "second_half",
    "earlier": None,
    "later": None,
}
_BARE_UNITS = {"week", "month", "year", "decade", "century"}
# The fallback parser sees only text that names a month or writes a numeric date: on
# anything else ("the 70th", "Second") it guesses rather than reads.
_HAS_DATE_WORD = re.compile(rf"\b(?:{MONTH_PATTERN})\b|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}")


def normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, single spaces, no possessive or end punctuation."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[\"\u201c\u201d()\[\]]", " ", text)
    text = " ".join(text.split())
    text = re.sub(r"'s$", "", text)
    return text.strip(" ,;:!?.")


def _strip_prepositions(core: str) -> str:
    previous = None
    while previous != core:
        previous = core
        core = _LEADING_PREPOSITION.sub("", core)
    return core


def _split_modifiers(core: str) -> tuple[str | None, str]:
    for pattern in (_MODIFIER_PHRASE, _MODIFIER):
        m = pattern.match(core)
        if m and m.end() < len(core):
            return " ".join(m["mod"].split()), _strip_prepositions(core[m.end() :])
    return None, core


def _core_reading(
    body: str, published: dt.date | None, future: bool, modified: bool
) -> CoreReading | None:
    reading = parse_absolute(body)
    if reading is not None or published is None:
        return reading if reading is not None else _fallback(body, None)
    if modified and body in _BARE_UNITS:
        body = f"this {body}"  # "the end of the year", "later in the month"
    return (
        parse_relative(body, published, future)
        or parse_short_decade(body, published)
        or _fallback(body, published)
    )


def _fallback(body: str, published: dt.date | None) -> CoreReading | None:
    """dateparser for absolute formats the grammar lacks ("2023.07.27", "27-Jul-2023")."""
    if not (_HAS_DATE_WORD.search(body) and re.search(r"\d", body)):
        return None
    has_year = re.search(r"\b\d{4}\b", body) is not None
    if not has_year and published is None:
        return None
    # Imported here: dateparser takes a while to import and is rarely needed.
    from dateparser.date import DateDataParser

    base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time())
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(body)
    except Exception as exc:  # third-party parser: any failure just means "no reading"
        log.debug("dateparser failed on %r: %s", body, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    granularity = cast(Granularity, period if period in ("day", "week", "month", "year") else "day")
    interval = interval_containing(d, granularity)
    return CoreReading(interval, granularity, "absolute" if has_year else "relative")


def interpret(text: str, published: dt.date | None, *, future: bool = False) -> Reading | None:
    """What a time expression denotes, or None if it is not one (or cannot be anchored)."""
    core = normalise(text)
    if not core or len(core) > MAX_EXPRESSION_LENGTH or is_age_or_frequency(core):
        return None
    if anniversary_years(core) is not None:
        if published is None:
            return None
        return Reading(published, published, "year", "relative", is_duration=True)
    if future and published is not None:
        offset = parse_future_offset(core, published)
        if offset is not None:
            return Reading(*offset.interval, offset.granularity, "relative")
    unit = duration_unit(core)
    if unit is not None:
        if published is None:
            return None
        return Reading(published, published, unit, "relative", is_duration=True)
    modifier, body = _split_modifiers(_strip_prepositions(core))
    reading = _core_reading(body, published, future, modifier is not None)
    if reading is None:
        return None
    start, end = reading.interval
    if modifier in ("earlier", "later"):
        if published is None:
            return None
        if modifier == "earlier":
            end = max(start, min(end, shift_days(published, -1)))
        else:
            start = min(end, max(start, shift_days(published, 1)))
    elif modifier is not None:
        part = _MODIFIER_PARTS[modifier]
        if part is not None:
            start, end = part_of((start, end), reading.granularity, part)
    return Reading(start, end, reading.granularity, reading.basis)


def resolve_time_expression(
    text: str, published: dt.date | None, *, future: bool = False
) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, granularity) of a time expression, both ends inclusive.

    Relative expressions need `published`; durations and anniversaries denote no
    interval and give None (see `interpret` for their reading).
    """
    reading = interpret(text, published, future=future)
    if reading is None or reading.is_duration:
        return None
    return reading.start, reading.end, reading.granularity
