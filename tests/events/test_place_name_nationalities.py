"""A nationality word inside a place's name ("the Indian Ocean", "the Arabian Sea") names
no country: it is never a target."""

from __future__ import annotations

import pytest


def _targets(run_extract, text: str, trigger: str) -> list[list[str]]:
    record = run_extract(text, published="2025-03-14")
    return [[p.country or "" for p in e.target] for e in record.events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Australia and France reaffirmed their commitment to a free and open Indian Ocean.",
            "reaffirmed",
        ),
        ("Kenya signed a deal to protect the Indian Ocean.", "signed"),
        ("France deployed frigates to the Indian Ocean.", "deployed"),
    ],
)
def test_place_name_is_no_country(run_extract, text: str, trigger: str) -> None:
    found = _targets(run_extract, text, trigger)
    assert found, "the event itself is still coded"
    assert all("IND" not in targets for targets in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya welcomed Indian investment.", "welcomed"),
        ("France deployed frigates against Indian smugglers.", "deployed"),
    ],
)
def test_nationality_of_people_still_counts(run_extract, text: str, trigger: str) -> None:
    assert any("IND" in targets for targets in _targets(run_extract, text, trigger))
