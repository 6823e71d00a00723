"""A capitalised event noun inside a name that only modifies another noun names a period
or a kind ("a Korean War memorial", "a Gulf War veteran"): no event."""

from __future__ import annotations

import pytest


def _triggers(run_extract, text: str) -> list[str]:
    record = run_extract(text, published="2025-03-14")
    return [e.trigger.text for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Alvarez, a Korean War veteran, opened the fair.",
        "The town built a Gulf War memorial near the river.",
        "A Cold War bunker in Albania became a museum.",
    ],
)
def test_named_period_is_no_event(run_extract, text) -> None:
    assert "War" not in _triggers(run_extract, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an event noun that is no name still counts
        ("Ethiopia's war against Eritrea ended in 2000.", "war"),
        ("Sudan launched an offensive against the rebels.", "launched"),
    ],
)
def test_event_noun_still_coded(run_extract, text, trigger) -> None:
    assert trigger in _triggers(run_extract, text)
