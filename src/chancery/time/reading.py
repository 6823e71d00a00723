"""What the time grammar makes of one expression."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from chancery.model import Granularity
from chancery.time.calendar import Interval

Basis = Literal["absolute", "relative"]


@dataclass(frozen=True, slots=True)
class Reading:
    """An expression's interval (inclusive), its granularity and how it was anchored.

    A duration ("almost three years") or an anniversary ("the 70th anniversary") has no
    interval of its own: by convention `start == end ==` the publication date, and
    `is_duration` is true so nothing dates an event with it.
    """

    start: dt.date
    end: dt.date
    granularity: Granularity
    basis: Basis
    is_duration: bool = False


@dataclass(frozen=True, slots=True)
class CoreReading:
    """A core expression before modifiers ("last week" of "early last week")."""

    interval: Interval
    granularity: Granularity
    basis: Basis
