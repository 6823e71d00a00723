"""Events in the layout of the GDELT 2.0 event table: 61 tab-separated columns, no quoting.

What Chancery knows fills its column; what it does not (ethnic and religious codes, tone,
actor geography, ADM1/ADM2 codes, feature ids) is left empty, never guessed.

Choices a GDELT reader should know:
- One row per (source party, target party) pair. GDELT has one Actor1 and one Actor2 per
  row, so a compound event ("Brazil and Chile met Peru") becomes 2 rows rather than
  losing a party; an event without a target (or source) keeps one row with Actor2 (or
  Actor1) empty. Each row gets its own GLOBALEVENTID, a stable 63-bit hash of the
  document id, event id and party positions, so exporting twice gives the same ids.
- Dates (SQLDATE, MonthYear, Year, FractionDate) are the start of the event's date, or the
  publication date when the event has none; empty when neither is known.
- Actor country codes are Chancery's ISO 3166 alpha-3 codes, which CAMEO country codes
  follow. An international actor (country part IGO, NGO, ...) has no country: its
  country part goes to Type1Code and its sector to KnownGroupCode ("IGOUNO" -> type IGO,
  known group UNO); otherwise the sector's 3-letter parts fill Type1..3Code.
- ActionGeo_CountryCode is ISO 3166 alpha-3 (e.g. UKR), NOT the FIPS 10-4 two-letter code
  GDELT writes (UP): Chancery's gazetteer has no FIPS codes, and a half-translated
  column would be worse than a documented one. ActionGeo_Type follows the location's
  precision: country 1, admin1 5 (2 in the USA), city 4 (3 in the USA).
- IsRootEvent is 1 when the event's sentence is in the first kept paragraph (GDELT's
  lead paragraph). NumMentions, NumSources and NumArticles are 1: each row comes from one
  sentence of one article. DATEADDED is when the document was stored (UTC,
  YYYYMMDDHHMMSS). SOURCEURL is the document's URL, or its Chancery id when it has none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

from chancery.actors.kb import INTERNATIONAL

_DATE_FIELDS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_ACTION_FIELDS = (
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

GDELT_COLUMNS: tuple[str, ...] = (
    *_DATE_FIELDS,
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    *_ACTION_FIELDS,
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)

# GDELT's geographic resolution codes (the *Geo_Type columns).
_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4}
_GEO_TYPE_USA = {"country": 1, "admin1": 2, "city": 3}
_NO_PARTY: dict[str, Any] = {"code": None, "country": None, "sector": None, "name": None}


def gdelt_rows(event: dict[str, Any]) -> Iterator[list[str]]:
    """The GDELT rows of one exported event (see `reading.event_batches`)."""
    shared = _action(event) + [""] * (2 * len(_GEO_FIELDS)) + _action_geo(event)
    added = _timestamp(event.get("ingested_at"))
    url = _clean(event.get("url")) or event["document_id"]
    dates = _dates(event.get("date_start") or event.get("published"))
    sources = event["source"] or [_NO_PARTY]
    targets = event["target"] or [_NO_PARTY]
    for i, source in enumerate(sources):
        for j, target in enumerate(targets):
            row_id = _row_id(event["document_id"], event["event_id"], i, j)
            yield [
                str(row_id),
                *dates,
                *_actor(source),
                *_actor(target),
                *shared,
                added,
                url,
            ]


def _row_id(document_id: str, event_id: str, source: int, target: int) -> int:
    key = f"{document_id}\x1f{event_id}\x1f{source}\x1f{target}".encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") >> 1


def _dates(day: dt.date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + day.timetuple().tm_yday / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor(party: dict[str, Any]) -> list[str]:
    country, sector = party["country"] or "", party["sector"] or ""
    known_group = ""
    if country in INTERNATIONAL:
        types = [country]
        country, known_group = "", sector[:3]
    else:
        types = [sector[i : i + 3] for i in range(0, len(sector), 3)]
    types = [*types, "", "", ""][:3]
    return [
        party["code"] or "",
        _clean(party["name"]),
        country,
        known_group,
        "",  # ethnic code
        "",  # religion 1
        "",  # religion 2
        *types,
    ]


def _action(event: dict[str, Any]) -> list[str]:
    cameo = event["cameo"]
    return [
        "1" if event.get("paragraph") == 0 else "0",
        cameo,
        cameo[:3],
        event["root"],
        str(event["quad_class"]),
        _number(event["goldstein"]),
        "1",  # NumMentions: one sentence
        "1",  # NumSources: one source
        "1",  # NumArticles: one article
        "",  # AvgTone: not measured
    ]


def _action_geo(event: dict[str, Any]) -> list[str]:
    name = event.get("location_name")
    if not name:
        return [""] * len(_GEO_FIELDS)
    country = event.get("location_country") or ""
    types = _GEO_TYPE_USA if country == "USA" else _GEO_TYPE
    geo_type = types.get(event.get("location_precision") or "")
    return [
        "" if geo_type is None else str(geo_type),
        _clean(name),
        country,
        "",  # ADM1
        "",  # ADM2
        _number(event.get("location_lat")),
        _number(event.get("location_lon")),
        "",  # FeatureID: GDELT's are GNS/GNIS ids, Chancery's gazetteer is GeoNames
    ]


def _number(value: float | None) -> str:
    return "" if value is None else str(float(value))


def _timestamp(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    # SQLite gives back the naive UTC time that was stored.
    return value.strftime("%Y%m%d%H%M%S")


def _clean(value: str | None) -> str:
    """A field without the tabs and line breaks that would break the row apart."""
    return " ".join((value or "").split())
