"""An event noun that is only a word of an organisation's name is no event ("the Liberal
*Alliance*", "the Trilateral Maritime *Dialogue*", "the Central Treaty *Organization*"),
while a named meeting still is ("the G20 *Summit*"). Leaving an international body is a
cut in relations (CAMEO 161), not a military retreat (087)."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.trigger.text, e.cameo) for e in record.events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Zuma, who led the opposition Progressive Alliance until 2019, spoke on Sunday.",
            "Alliance",
        ),
        (
            "Since March, the Trilateral Maritime Dialogue has drawn criticism from Beijing.",
            "Dialogue",
        ),
        (
            "Bolivia's foreign minister praised the North Atlantic Treaty Organization on Monday.",
            "Treaty",
        ),
    ],
)
def test_word_of_an_organisation_name_is_no_event(run_extract, text, word) -> None:
    assert word not in [t for t, _ in _events(run_extract, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The G20 Summit in Jakarta closed on Sunday.",
        "The Ukraine Peace Summit in Lucerne drew 90 countries.",
        "Brazil's summit with Argentina ended on Friday.",
    ],
)
def test_named_meeting_is_still_an_event(run_extract, text) -> None:
    assert ("Summit", "040") in _events(run_extract, text) or (
        "summit",
        "040",
    ) in _events(run_extract, text)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Venezuela withdrew from the Organization of American States in 2019.", "161"),
        ("In 2022 Russia withdrew from the Council of Europe.", "161"),
        # a retreat from a place stays one
        ("Ukrainian troops withdrew from Bakhmut on Saturday.", "087"),
    ],
)
def test_leaving_an_international_body(run_extract, text, cameo) -> None:
    assert ("withdrew", cameo) in _events(run_extract, text)
