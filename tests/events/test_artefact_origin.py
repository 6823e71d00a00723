"""A nationality in front of a made thing says where it was made, not whom the act is
aimed at ("testing a Russian air-defence system"), except for acts done to the owner
(attacks, bans, seizures: CAMEO 16-20)."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str, list[str]]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text, [p.country or "" for p in e.target]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "trigger", "origin"),
    [
        (
            "Turkish media report Ankara testing a Russian anti-aircraft weapon system.",
            "testing",
            "RUS",
        ),
        ("Vietnam deployed Russian fighter jets near the coast.", "deployed", "RUS"),
        ("Algeria deployed Chinese drones along the Moroccan border.", "deployed", "CHN"),
        ("Egypt donated Indian vaccines to Sudan.", "donated", "IND"),
    ],
)
def test_origin_is_no_target(run_extract, text: str, trigger: str, origin: str) -> None:
    events = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert events, "the act itself is still coded"
    assert all(origin not in e[2] for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        ("Iran shot down an American drone.", "shot", "USA"),
        ("Ukraine attacked a Russian warship.", "attacked", "RUS"),
        ("Tunisia banned Turkish goods.", "banned", "TUR"),
        ("Egypt donated Indian vaccines to Sudan.", "donated", "SDN"),
    ],
)
def test_owner_or_recipient_still_target(run_extract, text: str, trigger: str, owner: str) -> None:
    assert any(owner in e[2] for e in _events(run_extract, text) if e[1] == trigger)
