"""Gazetteer lookups: ambiguous names, other spellings, context, country precision."""

from __future__ import annotations

import pytest

from chancery.places import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# (name, context countries, within, expected name, country, precision)
LOOKUPS = [
    ("Kiev", (), None, "Kyiv", "UKR", "city"),
    ("Kyiv", (), None, "Kyiv", "UKR", "city"),
    ("Kharkov", (), None, "Kharkiv", "UKR", "city"),
    ("Odessa", (), None, "Odesa", "UKR", "city"),
    ("Odessa", ("USA",), "Texas", "Odessa", "USA", "city"),
    ("Bombay", (), None, "Mumbai", "IND", "city"),
    ("Calcutta", (), None, "Kolkata", "IND", "city"),
    ("Peking", (), None, "Beijing", "CHN", "city"),
    ("Canton", (), None, "Guangzhou", "CHN", "city"),
    ("Rangoon", (), None, "Yangon", "MMR", "city"),
    ("Saigon", (), None, "Ho Chi Minh City", "VNM", "city"),
    ("Leningrad", (), None, "Saint Petersburg", "RUS", "city"),
    ("St. Petersburg", (), None, "Saint Petersburg", "RUS", "city"),
    ("Constantinople", (), None, "Istanbul", "TUR", "city"),
    ("Mecca", (), None, "Makkah", "SAU", "city"),
    ("Krakow", (), None, "Kraków", "POL", "city"),
    ("Kraków", (), None, "Kraków", "POL", "city"),
    ("Sana'a", (), None, "Sanaa", "YEM", "city"),
    ("Paris", (), None, "Paris", "FRA", "city"),
    ("Paris", ("USA",), None, "Paris", "FRA", "city"),
    ("Paris", ("USA",), "Texas", "Paris", "USA", "city"),
    ("Tripoli", (), None, "Tripoli", "LBY", "city"),
    ("Tripoli", ("LBN",), None, "Tripoli", "LBN", "city"),
    ("London", (), None, "London", "GBR", "city"),
    ("Birmingham", (), None, "Birmingham", "GBR", "city"),
    ("Birmingham", ("USA",), None, "Birmingham", "USA", "city"),
    ("Moscow", (), None, "Moscow", "RUS", "city"),
    ("Damascus", (), None, "Damascus", "SYR", "city"),
    ("Geneva", (), None, "Geneva", "CHE", "city"),
    ("Washington", (), None, "Washington", "USA", "city"),
    ("Washington, D.C.", (), None, "Washington", "USA", "city"),
    ("New York", (), None, "New York City", "USA", "city"),
    ("Pyongyang", (), None, "Pyongyang", "PRK", "city"),
    ("Gaza", (), None, "Gaza", "PSE", "city"),
    ("Russia", (), None, "Russia", "RUS", "country"),
    ("the Russian Federation", (), None, "Russia", "RUS", "country"),
    ("North Korea", (), None, "North Korea", "PRK", "country"),
    ("DPRK", (), None, "North Korea", "PRK", "country"),
    ("the Republic of Korea", (), None, "South Korea", "KOR", "country"),
    ("U.S.", (), None, "United States", "USA", "country"),
    ("the United States", (), None, "United States", "USA", "country"),
    ("Britain", (), None, "United Kingdom", "GBR", "country"),
    ("Burma", (), None, "Myanmar", "MMR", "country"),
    ("Ivory Coast", (), None, "Ivory Coast", "CIV", "country"),
    ("Côte d'Ivoire", (), None, "Ivory Coast", "CIV", "country"),
    ("the Netherlands", (), None, "The Netherlands", "NLD", "country"),
    ("Soviet Union", (), None, "Soviet Union", "SUN", "country"),
    ("Jordan", (), None, "Jordan", "JOR", "country"),
    ("Georgia", (), None, "Georgia", "GEO", "country"),
    ("Georgia", ("USA",), None, "Georgia", "USA", "admin1"),
    ("Crimea", (), None, "Crimea", "UKR", "admin1"),
    ("the Donbas", (), None, "Donbas", "UKR", "admin1"),
    ("Xinjiang", (), None, "Xinjiang", "CHN", "admin1"),
    ("the Gaza Strip", (), None, "Gaza Strip", "PSE", "admin1"),
    ("West Bank", (), None, "West Bank", "PSE", "admin1"),
    ("Texas", (), None, "Texas", "USA", "admin1"),
    ("Ohio", (), None, "Ohio", "USA", "admin1"),
    ("Tigray", (), None, "Tigray", "ETH", "admin1"),
    ("Scotland", (), None, "Scotland", "GBR", "admin1"),
]


@pytest.mark.parametrize(("name", "context", "within", "expected", "country", "precision"), LOOKUPS)
def test_lookup(gazetteer, name, context, within, expected, country, precision):
    location = gazetteer.lookup(name, context_countries=context, within=within)
    assert location is not None
    assert (location.name, location.country, location.precision) == (expected, country, precision)
    assert location.lat is not None and location.lon is not None


def test_kyiv_coordinates(gazetteer):
    location = gazetteer.lookup("Kiev")
    assert location is not None
    assert abs(location.lat - 50.45) < 0.05 and abs(location.lon - 30.52) < 0.05


@pytest.mark.parametrize("name", ["Ko", "PAR", "IEV", "Second", "First", "Li", "Wi", "xyzzy"])
def test_codes_and_noise_are_not_places(gazetteer, name):
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize(
    ("iso3", "lat", "lon"),
    [("PRK", 40.0, 127.0), ("UKR", 49.0, 32.0), ("USA", 39.76, -98.5), ("SUN", 60.0, 100.0)],
)
def test_country_centroid(gazetteer, iso3, lat, lon):
    location = gazetteer.country(iso3)
    assert location is not None and location.precision == "country"
    assert (location.lat, location.lon, location.country) == (lat, lon, iso3)


def test_unknown_country_code(gazetteer):
    assert gazetteer.country("ZZZ") is None


def test_every_country_has_coordinates(gazetteer):
    for iso3 in ("FRA", "BRA", "NGA", "IDN", "TUV", "ABW", "GUM"):
        location = gazetteer.country(iso3)
        assert location is not None and location.lat is not None, iso3


def test_load_is_cached():
    assert load_gazetteer() is load_gazetteer()
