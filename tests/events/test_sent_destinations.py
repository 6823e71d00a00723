"""When a pattern's object is a party sent somewhere ("dispatched inspectors", "deployed
peacekeepers"), the place it goes to is the target, not the party sent."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text, [p.country for p in e.target]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The IAEA has dispatched inspectors to the Angra plant in southern Brazil.",
            "dispatched",
            "BRA",
        ),
        ("Ghana deployed peacekeepers in Mali last year.", "deployed", "MLI"),
        ("The African Union sent peacekeepers to Burundi in 2003.", "sent", "BDI"),
    ],
)
def test_destination_is_the_target(run_extract, text, trigger, target) -> None:
    found = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert found and found[0][2] == [target]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # operations are not a party sent: the "against" phrase stays the target
        (
            "Kenyan soldiers are conducting operations against al-Shabab in central Somalia.",
            "conducting",
            "SOM",
        ),
        # a released party is the target, wherever it goes
        ("Israel released Palestinian prisoners to Jordan on Monday.", "released", "PSE"),
    ],
)
def test_no_destination_override(run_extract, text, trigger, target) -> None:
    found = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert found and found[0][2] == [target]
