"""An event whose only source has neither country nor sector ("an analyst", a person the
text does not place) is kept but reported with less confidence than the same event of a
placed actor."""

from __future__ import annotations

import pytest


def _confidence(run_extract, text: str) -> tuple[float, list[str | None]]:
    record = run_extract(text, published="2025-03-14")
    (event,) = [e for e in record.events if e.cameo == "051"]
    return event.confidence, [p.code for p in event.source]


@pytest.mark.parametrize(
    ("unplaced", "placed"),
    [
        (
            "Political analyst Tomas Varga welcomed the decision.",
            "The Hungarian minister Tomas Varga welcomed the decision.",
        ),
        ("Political analyst Tomas Varga welcomed the decision.", "Hungary welcomed the decision."),
    ],
)
def test_unplaced_source_lowers_confidence(run_extract, unplaced: str, placed: str) -> None:
    low, low_codes = _confidence(run_extract, unplaced)
    high, high_codes = _confidence(run_extract, placed)
    assert low_codes == [None] and all(high_codes)
    assert low < high
