"""Cleaning: paragraphs repeated word for word or nearly are dropped once."""

from __future__ import annotations

import pytest

from chancery.ingest.clean import clean_article
from chancery.ingest.dedupe import find_repeats

P1 = "Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday night, officials said."
P2 = "The Indian army said two soldiers were wounded near the village of Uri."
P3 = "Pakistan's foreign ministry summoned India's deputy high commissioner to protest."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([P1, P2, P1], {2: 0}),
        ([P1, P2, P3], {}),
        # Case, quotes and spacing do not make a paragraph new.
        ([P1, P1.upper()], {1: 0}),
        ([P1, P1.replace("officials said", "“officials” said")], {1: 0}),
        # One changed word in a long paragraph is still a repeat...
        ([P1, P1.replace("Tuesday", "Wednesday")], {1: 0}),
        # ...but not in a short one (fewer than eight words): those must match exactly.
        (["Talks resumed on Monday.", "Talks resumed on Tuesday."], {}),
        (["Talks resumed on Monday.", "Talks resumed on Monday."], {1: 0}),
        # A paragraph that adds a sentence is new.
        ([P1, P1 + " " + P2], {}),
        # A repeat points at the kept paragraph, even when repeated twice.
        ([P1, P2, P1, P1], {2: 0, 3: 0}),
        (["* * *", P1, "* * *"], {2: 0}),
    ],
)
def test_dedupe_find_repeats_table(paragraphs: list[str], expected: dict[int, int]) -> None:
    assert find_repeats(paragraphs) == expected


def test_clean_duplicates_recorded_with_one_based_input_positions() -> None:
    raw = "\n".join([P1, "Advertisement", P2, P3, P2, P1])
    cleaned = clean_article(raw)
    assert cleaned.paragraphs_in == 6
    assert [(d.paragraph, d.same_as) for d in cleaned.duplicates_removed] == [(5, 3), (6, 1)]
    assert cleaned.text == "\n\n".join([P1, P2, P3])


def test_clean_near_duplicate_keeps_first_version() -> None:
    changed = P1.replace("Tuesday", "Wednesday")
    cleaned = clean_article(f"{P1}\n{P2}\n{changed}")
    assert "Tuesday" in cleaned.text
    assert "Wednesday" not in cleaned.text
