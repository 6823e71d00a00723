"""A purpose clause of a verb of sending acts on the destination (events/destinations.py):
"sent officials to Tunisia to investigate the circumstances" investigates Tunisia, and a
prospect ("the feasibility of a force") names no party; a party the clause names itself
stays its target."""

from __future__ import annotations

import pytest


def _targets(run_extract, text: str, trigger: str) -> list[tuple[str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (e.cameo, [p.country for p in e.target]) for e in record.events if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "target"),
    [
        # the object is no party: the destination is investigated
        (
            "The European Union sent officials to Tunisia on Monday to investigate the "
            "circumstances of the shooting.",
            "investigate",
            "090",
            "TUN",
        ),
        # a prospect: its "of" phrase (an alliance force) names no party yet
        (
            "NATO has dispatched 40 officers to Moldova to examine the viability of an "
            "alliance force.",
            "examine",
            "090",
            "MDA",
        ),
        # the group sent carries the destination
        (
            "The African Union sent a team of experts to Burundi to examine the prospects "
            "of a ceasefire.",
            "examine",
            "090",
            "BDI",
        ),
    ],
)
def test_purpose_clause_takes_the_destination(run_extract, text, trigger, cameo, target) -> None:
    assert _targets(run_extract, text, trigger) == [(cameo, [target])]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "target"),
    [
        # a party the clause names stays its target
        ("Norway sent envoys to Colombia to meet Venezuelan leaders.", "meet", "040", "VEN"),
        # a party in the "of" phrase of an object that is no prospect stays the target
        (
            "Uganda flew a team of judges to Kigali to investigate the conduct of Rwandan "
            "soldiers.",
            "investigate",
            "090",
            "RWA",
        ),
        # not a verb of sending: no destination to inherit
        (
            "Uganda set up a commission in Kampala to investigate the conduct of Rwandan soldiers.",
            "investigate",
            "090",
            "RWA",
        ),
    ],
)
def test_purpose_clause_keeps_its_own_party(run_extract, text, trigger, cameo, target) -> None:
    assert _targets(run_extract, text, trigger) == [(cameo, [target])]
