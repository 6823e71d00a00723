"""What a user can ask of stored events, and the parsers for the values they type.

Parsers raise ValueError with a message fit to show as is; the CLI turns it into a
`click.BadParameter` and the web API into a 400.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

_ACTOR = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_CAMEO = re.compile(r"^\d{2,4}$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_actor(value: str) -> str:
    """A country ("PRK") or a full CAMEO actor code ("PRKGOV", "IGOUNO"), upper-cased."""
    code = value.strip().upper()
    if not _ACTOR.match(code):
        raise ValueError(f"{value!r} is not a country or actor code (like PRK or PRKGOV)")
    return code


def parse_country(value: str) -> str:
    """An ISO 3166 alpha-3 country (or IGO), upper-cased."""
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"{value!r} is not a three-letter country code (like UKR)")
    return code


def parse_dyad(value: str) -> tuple[str, str]:
    """ "PRK:RUS" -> ("PRK", "RUS"): a source party matching the first, a target the second."""
    parts = value.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(f"{value!r} is not a dyad; write SOURCE:TARGET, e.g. PRK:RUS")
    return parse_actor(parts[0]), parse_actor(parts[1])


def parse_cameo_prefix(value: str) -> str:
    code = value.strip()
    if not _CAMEO.match(code):
        raise ValueError(f"{value!r} is not a CAMEO code or prefix (2 to 4 digits, e.g. 04 or 043)")
    return code


def parse_period(value: str | dt.date, bound: Literal["start", "end"]) -> dt.date:
    """A day, month or year ("2023-07-24", "2023-07", "2023") as its first or last day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _PERIOD.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            last = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), 1 if bound == "start" else last)
        return dt.date(year, 1, 1) if bound == "start" else dt.date(year, 12, 31)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from exc


def parse_point(value: str) -> tuple[float, float]:
    """ "48.5,35.0" -> (48.5, 35.0), checked to be a latitude and a longitude."""
    parts = value.split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"{value!r} is not a point; write LAT,LON, e.g. 50.45,30.52") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{value!r} is outside latitude -90..90 / longitude -180..180")
    return lat, lon


@dataclass(slots=True)
class EventFilter:
    """Which events to list. Strings are accepted where users type them and are checked.

    actor: a country or code matching any party; dyad: "SRC:TGT" (or a pair);
    code: a CAMEO prefix; since/until: the event's date interval overlaps [since, until];
    all_modalities: also list negated, hypothetical, future and attempted events;
    near + km: within km of (lat, lon); country: where the event took place.
    """

    actor: str | None = None
    dyad: str | tuple[str, str] | None = None
    code: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    all_modalities: bool = False
    near: tuple[float, float] | str | None = None
    km: float = 100.0
    country: str | None = None
    document_id: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.actor is not None:
            self.actor = parse_actor(self.actor)
        if isinstance(self.dyad, str):
            self.dyad = parse_dyad(self.dyad)
        elif self.dyad is not None:
            self.dyad = (parse_actor(self.dyad[0]), parse_actor(self.dyad[1]))
        if self.code is not None:
            self.code = parse_cameo_prefix(self.code)
        if self.since is not None:
            self.since = parse_period(self.since, "start")
        if self.until is not None:
            self.until = parse_period(self.until, "end")
        if isinstance(self.near, str):
            self.near = parse_point(self.near)
        elif self.near is not None:
            self.near = (float(self.near[0]), float(self.near[1]))
        if self.km <= 0:
            raise ValueError(f"the radius must be positive, not {self.km} km")
        if self.country is not None:
            self.country = parse_country(self.country)
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"the limit must be at least 1, not {self.limit}")

    # Typed views of the fields as __post_init__ left them.
    @property
    def pair(self) -> tuple[str, str] | None:
        return parse_dyad(self.dyad) if isinstance(self.dyad, str) else self.dyad

    @property
    def point(self) -> tuple[float, float] | None:
        return parse_point(self.near) if isinstance(self.near, str) else self.near
