"""Infinitives that say what someone expects, is reluctant to do or engaged another to
do are not deeds: "is expecting Iran to launch" is future, "is reluctant to join"
negated, "hired a gunman to kill" hypothetical (grammar.yaml `future_verbs`,
`negating_verbs`, `commissioning_verbs`)."""

from __future__ import annotations

import pytest


def _flags(run_extract, text: str, trigger: str) -> list[tuple[bool, bool, bool]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (e.modality.future, e.modality.negated, e.modality.hypothetical)
        for e in record.events
        if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "flags"),
    [
        (
            "A Japanese admiral said he is expecting China to launch a missile.",
            "launch",
            (True, False, False),
        ),
        (
            "Brazil is reluctant to join an alliance against Argentina.",
            "join",
            (False, True, False),
        ),
        ("Kenya is unwilling to join the Somali coalition.", "join", (False, True, False)),
        (
            "Prosecutors say the Chechen gang hired Russian soldiers to kill the Georgian activist.",
            "kill",
            (False, False, True),
        ),
    ],
)
def test_unrealized(run_extract, text: str, trigger: str, flags: tuple[bool, bool, bool]) -> None:
    found = _flags(run_extract, text, trigger)
    assert found and all(f == flags for f in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("China launched a missile on Monday.", "launched"),
        ("Brazil joined an alliance against Argentina.", "joined"),
        ("Russian soldiers killed the Georgian activist.", "killed"),
    ],
)
def test_deeds_stay_plain(run_extract, text: str, trigger: str) -> None:
    assert _flags(run_extract, text, trigger) == [(False, False, False)]
