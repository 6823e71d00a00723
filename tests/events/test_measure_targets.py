"""A measure named by a noun falls on what its "on"/"against" phrase names: its possessor
or modifier is its source, and when what it hits is no actor, the source's own country is
not implied as the target ("a Japan ban on rice imports" is no act against Japan)."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (e.cameo, [p.country for p in e.source], [p.country for p in e.target])
        for e in record.events
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        ("Japan's ban on rice imports angered farmers abroad.", "172", "JPN"),
        ("The Japan ban on rice imports angered farmers.", "172", "JPN"),
        ("Canada's embargo on steel shipments hurt the mills.", "163", "CAN"),
    ],
)
def test_measure_on_a_thing_is_not_aimed_at_its_owner(run_extract, text, cameo, source) -> None:
    events = [e for e in _events(run_extract, text) if e[0] == cameo]
    assert events, f"no {cameo} event"
    assert all(e[1] == [source] and source not in e[2] for e in events)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # the verb keeps the domestic convention: a ban imposed at home
        ("Nepal's government banned street rallies on Friday.", "1721", "NPL"),
        # the noun's "on" phrase names an actor: that is the target
        ("The Netherlands' ban on Russian airlines took effect.", "172", "RUS"),
    ],
)
def test_measure_targets_still_found(run_extract, text, cameo, target) -> None:
    assert any(e[0] == cameo and target in e[2] for e in _events(run_extract, text))
