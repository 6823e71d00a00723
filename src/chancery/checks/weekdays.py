"""`weekday_mismatch`: a weekday written beside a date that falls on another day.

Dates are read in the two orders news uses ("Tuesday, March 5, 2024"; "Tuesday 5 March
2024"); a date without a year takes the year that puts it nearest the publication date.
Day-dated expressions from the time stage that sit right after a weekday are read too,
so formats that stage knows are checked as well.
"""

from __future__ import annotations

import datetime as dt
import re

from chancery.checks.base import CheckContext
from chancery.model import Check

__all__ = ["read_weekday_dates", "weekday_mismatch"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH = (
    r"(?P<month>"
    + "|".join(_MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}\b{_YEAR}"),
    re.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w){_YEAR}"),
)
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r",?\s*(?:the\s+)?$")


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The year that puts month/day nearest the publication date."""
    if published is None:
        return None
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - published).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def read_weekday_dates(text: str, published: dt.date | None) -> list[tuple[int, int, str, dt.date]]:
    """(start, end, weekday, date) for each "weekday + date" written in `text`."""
    found: list[tuple[int, int, str, dt.date]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            month = _month(m.group("month"))
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, published)
            if year is None:
                continue
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            found.append((m.start(), m.end(), m.group("weekday"), date))
    return sorted(found)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS["sept"] if key.startswith("sept") else _MONTHS[key[:3]]


def weekday_mismatch(ctx: CheckContext) -> list[Check]:
    """Weekdays that contradict the date written beside them."""
    text = ctx.text
    seen: set[int] = set()
    out: list[Check] = []
    candidates = list(read_weekday_dates(text, ctx.published))
    for expr in ctx.dates:
        if expr.is_duration or expr.start != expr.end or expr.granularity != "day":
            continue
        if not any(ch.isdigit() for ch in expr.text):
            continue  # "on Tuesday" alone: its date was worked out from the weekday
        window = max(0, expr.offset - 16)
        before = _WEEKDAY_BEFORE.search(text[window : expr.offset])
        inside = re.match(_WEEKDAY, expr.text)
        if before:
            start = window + before.start()
            candidates.append(
                (start, expr.offset + len(expr.text), before.group("weekday"), expr.start)
            )
        elif inside:
            candidates.append(
                (expr.offset, expr.offset + len(expr.text), inside.group("weekday"), expr.start)
            )
    for start, end, weekday, date in sorted(candidates):
        if start in seen:
            continue
        seen.add(start)
        actual = WEEKDAYS[date.weekday()]
        if actual == weekday:
            continue
        out.append(
            Check(
                "weekday_mismatch",
                ctx.sentence_at(start),
                f"'{text[start:end]}' says {weekday}, but {date.isoformat()} is a {actual}",
                claimed=weekday,
                listed=actual,
            )
        )
    return out
