"""An act named as the content of a threat ("despite threats of EU sanctions") is held
out, not done: it is coded as the threat of it (1312 threaten with sanctions, 138 threaten
with force), not as the act."""

from __future__ import annotations

import pytest


def _codes(run_extract, text: str, trigger: str) -> list[tuple[str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (e.cameo, [p.country for p in e.source]) for e in record.events if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [
        (
            "Belgrade kept buying the jets, despite threats of Brussels sanctions.",
            "sanctions",
            "1312",
            None,
        ),
        (
            "The threat of Tokyo sanctions hangs over the shipyard.",
            "sanctions",
            "1312",
            "JPN",
        ),
    ],
)
def test_threatened_act_is_a_threat(run_extract, text, trigger, code, source) -> None:
    found = _codes(run_extract, text, trigger)
    assert found and all(c == code for c, _ in found)
    if source is not None:
        assert found[0][1] == [source]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # imposed, not threatened
        ("The economy suffered from earlier Japan sanctions.", "sanctions", "163"),
        ("Canada's sanctions hurt the economy.", "sanctions", "163"),
    ],
)
def test_imposed_act_stays(run_extract, text, trigger, code) -> None:
    assert {c for c, _ in _codes(run_extract, text, trigger)} == {code}
