"""Cleaning: character normalisation and paragraph splitting."""

from __future__ import annotations

import unicodedata

import pytest

from chancery.ingest.clean import clean_article, normalise_characters
from seed_paths import SEED_ARTICLE


def paragraphs_of(raw: str) -> list[str]:
    cleaned = clean_article(raw)
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\tb", "a b"),
        ("a\u00a0\u00a0b", "a b"),
        ("a     b", "a b"),
        ("line one\r\nline two", "line one\nline two"),
        ("old\rmac", "old\nmac"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bell\x07", "bell"),
        ("Cafe\u0301", "Café"),
        ("para\u2029next", "para\nnext"),
        ("lone\ud800surrogate", "lonesurrogate"),
        ("\u200emarked\u00ad", "marked"),
    ],
)
def test_clean_normalise_characters_table(raw: str, expected: str) -> None:
    assert normalise_characters(raw) == expected


def test_clean_result_is_nfc() -> None:
    text = clean_article("Ame\u0301lie met the envoy in Bamako.").text
    assert text == unicodedata.normalize("NFC", text)
    assert "Amélie" in text


def test_clean_one_paragraph_per_line() -> None:
    raw = "First paragraph, long enough.\nSecond paragraph.\n\u00a0\nThird one."
    # A line of only a no-break space is blank, so this text has blank lines: the short
    # lines still end where the next word would have fitted, so each stays a paragraph.
    assert paragraphs_of(raw) == [
        "First paragraph, long enough.",
        "Second paragraph.",
        "Third one.",
    ]


def test_clean_blank_line_blocks_join_hard_wrapped_lines() -> None:
    raw = (
        "BOGOTA, March 4 - Colombia's government and the rebel group agreed on Monday to\n"
        "extend a ceasefire by six months, negotiators said after talks in Havana that\n"
        "ran late into the night.\n"
        "\n"
        "The truce, first signed last year, had been due to lapse at the end of the\n"
        "week.\n"
    )
    assert paragraphs_of(raw) == [
        "BOGOTA, March 4 - Colombia's government and the rebel group agreed on Monday to "
        "extend a ceasefire by six months, negotiators said after talks in Havana that "
        "ran late into the night.",
        "The truce, first signed last year, had been due to lapse at the end of the week.",
    ]


def test_clean_short_lines_inside_a_block_stay_paragraphs() -> None:
    raw = (
        "Ceasefire extended\n"
        "\n"
        "Talks resumed on Monday.\n"
        "Both sides praised the mediators from Norway and Cuba for their patience.\n"
    )
    assert paragraphs_of(raw) == [
        "Ceasefire extended",
        "Talks resumed on Monday.",
        "Both sides praised the mediators from Norway and Cuba for their patience.",
    ]


def test_clean_long_lines_inside_a_block_are_paragraphs() -> None:
    long_a = "The minister said the border talks would resume next week in Geneva. " * 2
    long_b = "Officials on both sides said they hoped for a joint statement by the weekend. " * 2
    raw = f"Title\n\n{long_a.strip()}\n{long_b.strip()}\n"
    assert paragraphs_of(raw) == ["Title", long_a.strip(), long_b.strip()]


def test_clean_hyphen_at_line_end_joins_without_space() -> None:
    raw = (
        "Officials in Baghdad said the strike on the depot was carried out by the U.S.-\n"
        "led coalition before dawn on Sunday, hours after the militia's drone attack.\n"
        "\n"
        "End."
    )
    assert "by the U.S.-led coalition before dawn" in paragraphs_of(raw)[0]


def test_clean_paragraphs_joined_by_blank_line() -> None:
    cleaned = clean_article("One.\nTwo.\nThree.")
    assert cleaned.text == "One.\n\nTwo.\n\nThree."
    assert [(p.index, p.start, p.end) for p in cleaned.paragraphs] == [
        (0, 0, 4),
        (1, 6, 10),
        (2, 12, 18),
    ]


def test_clean_empty_and_blank_input() -> None:
    for raw in ("", "   \n\t\n", "\u200b"):
        cleaned = clean_article(raw)
        assert cleaned.text == ""
        assert cleaned.paragraphs == []
        assert cleaned.paragraphs_in == 0


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared/seed is not beside the checkout")
def test_clean_seed_article_counts() -> None:
    cleaned = clean_article(SEED_ARTICLE.read_text(encoding="utf-8"))
    assert cleaned.paragraphs_in == 21
    assert len(cleaned.paragraphs) == 11
    assert [(d.paragraph, d.same_as) for d in cleaned.duplicates_removed] == [
        (n, n - 10) for n in range(12, 22)
    ]
    assert cleaned.boilerplate_removed == 0
    # The quote that runs over two paragraphs keeps both halves.
    assert "worrisome and frustrating" in cleaned.text
