"""Multi-word nationality adjectives name a target's country as a phrase, longest first:
"South Korean" is KOR, "Equatorial Guinean" is not Guinea, "South American" no state."""

from __future__ import annotations

import pytest
from structure_helpers import coded

from chancery.events.implied import nationality_countries


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("south korean", "KOR"),
        ("north korean", "PRK"),
        ("sierra leonean", "SLE"),
        ("costa rican", "CRI"),
        ("saudi arabian", "SAU"),
        ("equatorial guinean", "GNQ"),
    ],
)
def test_table_holds_multi_word_adjectives(phrase, country):
    assert nationality_countries()[phrase] == country


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "North Korea has tried to hack into the computers of South Korean army officers.",
            ("PRK",),
            ("KOR",),
        ),
        ("Guinea rejected a Sierra Leonean proposal on border security.", ("GIN",), ("SLE",)),
        ("Ghana criticised Equatorial Guinean authorities.", ("GHA",), ("GNQ",)),
        ("Chile criticised Costa Rican authorities.", ("CHL",), ("CRI",)),
    ],
)
def test_multi_word_nationality_names_the_target(run_extract, text, source, target):
    events = coded(run_extract, text)
    assert any(e.source == source and e.target == target for e in events), events


def test_region_adjective_names_no_state(run_extract):
    (event,) = coded(run_extract, "Peru rejected a South American proposal on trade.")
    assert event.source == ("PER",)
    assert event.target == ()
