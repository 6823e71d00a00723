"""Expressions that measure time instead of placing it: durations ("almost three years",
"for two weeks", "a three-year deal") and anniversaries ("the 70th anniversary").
"""

from __future__ import annotations

import datetime as dt
import re

from chancery.model import Granularity
from chancery.time.vocab import (
    NUMBER_PATTERN,
    ORDINAL_PATTERN,
    UNIT_PATTERN,
    UNITS,
    VAGUE_PATTERN,
    ordinal_value,
)

_HEDGES = (
    r"for|over|after|within|in|during|about|around|almost|nearly|roughly|approximately|"
    r"some|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|under|close\s+to|just|"
    r"barely|only|another|an?\s+additional|a\s+further|the\s+first|the\s+better\s+part\s+of|"
    r"the\s+whole|the\s+entire|an?\s+entire|the|half\s+a|a\s+full|full"
)
DURATION = re.compile(
    rf"^(?:(?:{_HEDGES})\s+)*(?:(?P<count>{NUMBER_PATTERN}|{VAGUE_PATTERN}|"
    r"tens\s+of|hundreds\s+of|dozens\s+of)[\s-]+)?(?:(?:more|and\s+more)\s+)?"
    rf"(?P<unit>{UNIT_PATTERN})(?:\s+and\s+a\s+half|\s+or\s+(?:so|more))?(?:[\s-]+long)?$"
)
# "a 70-year-old man" is an age, not a time; "annual" and "every year" are frequencies.
AGE_OR_FREQUENCY = re.compile(
    rf"\b(?:{UNIT_PATTERN})[\s-]+old\b|^(?:annual(?:ly)?|daily|weekly|monthly|yearly|"
    rf"every|each|per|a\s+(?:{UNIT_PATTERN})\s+(?:earlier|later|before|after))\b"
)
ANNIVERSARY = re.compile(rf"\b(?P<ordinal>{ORDINAL_PATTERN})[\s-]+anniversary\b")
# "two years later" counts from a moment the text does not pin down: a duration.
UNANCHORED = re.compile(
    rf"^(?:(?:{_HEDGES})\s+)*(?:{NUMBER_PATTERN}|{VAGUE_PATTERN})\s+(?P<unit>{UNIT_PATTERN})\s+"
    r"(?:later|earlier|before|after|afterwards|prior)$"
)


_COUNTED_SINGULAR = re.compile(r"^(?:.*\s)?(?:a|an|half\s+a|a\s+full|an\s+entire)\s+\w+$")


def duration_unit(core: str) -> Granularity | None:
    """The unit of a duration ("almost three years" -> "year"), or None if not one."""
    if AGE_OR_FREQUENCY.search(core):
        return None
    m = DURATION.match(core) or UNANCHORED.match(core)
    if m is None:
        return None
    # A bare singular ("year", "the week") refers back to a time, it does not measure.
    bare_singular = m.re is DURATION and m["count"] is None and not m["unit"].endswith("s")
    if bare_singular and not _COUNTED_SINGULAR.match(core):
        return None
    return UNITS[m["unit"]]


def is_age_or_frequency(core: str) -> bool:
    return AGE_OR_FREQUENCY.search(core) is not None


def anniversary_years(text: str) -> int | None:
    """How many years an anniversary counts: "the 70th anniversary" -> 70."""
    m = ANNIVERSARY.search(" ".join(text.lower().split()))
    if m is None:
        return None
    return ordinal_value(m["ordinal"])


def anniversary_origin(text: str, published: dt.date | None) -> int | None:
    """The year of the original event an anniversary marks (70th in 2023 -> 1953)."""
    years = anniversary_years(text)
    if years is None or published is None or years > published.year:
        return None
    return published.year - years
