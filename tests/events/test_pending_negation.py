""" "have yet to comment", "is yet to respond": an act not done so far is negated (and a
pattern that needs negation, "did not comment" = decline comment 011, applies)."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str, bool]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text, e.modality.negated) for e in record.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish officials have yet to comment on the Greek claims.", ("011", "comment", False)),
        ("The Iraqi army is yet to respond to the Syrian offer.", ("011", "respond", False)),
        ("The Kenyan government has yet to sign the Somali proposal.", ("057", "sign", True)),
    ],
)
def test_yet_to_is_not_done(run_extract, text: str, expected: tuple[str, str, bool]) -> None:
    assert expected in _events(run_extract, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya has signed the Somali proposal.", ("057", "signed", False)),
        ("Turkish officials commented on the Greek claims.", ("010", "commented", False)),
    ],
)
def test_done_acts_stay_positive(run_extract, text: str, expected: tuple[str, str, bool]) -> None:
    assert expected in _events(run_extract, text)
