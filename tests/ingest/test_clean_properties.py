"""Cleaning properties over arbitrary text (hypothesis)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.ingest.clean import clean_article

LINE_PARTS = st.sampled_from(
    [
        "The envoy met the president in Nairobi.",
        "Advertisement",
        "Share this article",
        "“We will not accept this,” she said.",
        "Talks resumed on Monday.",
        "Officials said the border would reopen next week after talks with the neighbours.",
        "\u00a0",
        "\t",
        "",
        "e\u0301",
        "\u200b",
        "-",
        "* * *",
    ]
)

# Article-like text: sentences, boilerplate, repeats, odd whitespace, mixed line breaks.
article_like = st.lists(st.one_of(LINE_PARTS, st.text(max_size=40)), max_size=25).flatmap(
    lambda parts: st.lists(
        st.sampled_from(["\n", "\n\n", "\r\n", " ", "\n \n"]),
        min_size=len(parts),
        max_size=len(parts),
    ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
)
any_text = st.one_of(st.text(), article_like)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_is_idempotent(raw: str) -> None:
    once = clean_article(raw)
    twice = clean_article(once.text)
    assert twice.text == once.text
    assert twice.duplicates_removed == []
    assert twice.boilerplate_removed == 0


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_paragraph_spans_slice_the_text(raw: str) -> None:
    cleaned = clean_article(raw)
    pieces = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert "\n\n".join(pieces) == cleaned.text
    for index, (paragraph, piece) in enumerate(zip(cleaned.paragraphs, pieces, strict=True)):
        assert paragraph.index == index
        assert piece and piece == piece.strip()
        assert "\n" not in piece
    assert cleaned.paragraphs_in == (
        len(cleaned.paragraphs) + len(cleaned.duplicates_removed) + cleaned.boilerplate_removed
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_clean_never_raises_and_gives_nfc(raw: str) -> None:
    cleaned = clean_article(raw)
    assert cleaned.text == unicodedata.normalize("NFC", cleaned.text)
    for d in cleaned.duplicates_removed:
        assert 1 <= d.same_as < d.paragraph <= cleaned.paragraphs_in
