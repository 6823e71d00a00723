"""Quotation marks -> quoted spans, on plain text (no parse needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.quotes.marks import find_quote_spans


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for block in text.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, paragraphs_of(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The harvest failed,” the farmer said.", ["The harvest failed"]),
        ('"The harvest failed," the farmer said.', ["The harvest failed"]),
        ("‘The harvest failed,’ the farmer said.", ["The harvest failed"]),
        ("'The harvest failed,' the farmer said.", ["The harvest failed"]),
        ("«La récolte a échoué», dit-il.", ["La récolte a échoué"]),
        ("He said: “We won.” Then: “We will win again.”", ["We won.", "We will win again."]),
        ("“One,” she said, “and two.”", ["One", "and two."]),
        # Apostrophes are not quotation marks.
        ("The council’s plan didn’t pass, and the Koreas’ envoys left.", []),
        ("Sales of ’90s music rose in Lagos.", []),
        ("It's the ministers' decision, isn't it?", []),
        ("“The Koreas’ talks won’t resume,” he said.", ["The Koreas’ talks won’t resume"]),
        # Marks nested in an open quotation belong to it.
        (
            "“They called it ‘a farce’ in Nairobi,” he said.",
            ["They called it ‘a farce’ in Nairobi"],
        ),
        (
            "He wrote: “The word ‘ceasefire’ means nothing.”",
            ["The word ‘ceasefire’ means nothing."],
        ),
        # A leading ellipsis marks omitted words.
        ("“… and then it rained,” she said.", ["and then it rained"]),
    ],
)
def test_marks_one_paragraph(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_marks_quote_runs_on_into_a_paragraph_that_does_not_reopen_it() -> None:
    text = "“The rains came late this year.\n\n… The wells are dry,” the mayor said."
    spans = find_quote_spans(text, paragraphs_of(text))
    assert len(spans) == 1
    span = spans[0]
    assert text[span.start : span.end] == "The rains came late this year.\n\n… The wells are dry"
    assert span.paragraphs == 2 and span.closed


def test_marks_quote_reopened_in_each_paragraph_is_one_quotation() -> None:
    text = '"First part of a long statement.\n\n"Second part.\n\n"Third part," the mayor said.'
    spans = find_quote_spans(text, paragraphs_of(text))
    assert len(spans) == 1
    assert spans[0].paragraphs == 3
    assert text[spans[0].start : spans[0].end].endswith("Third part")


def test_marks_unclosed_quote_ends_with_its_paragraph_when_nothing_continues_it() -> None:
    text = "“A quotation nobody closes.\n\nThe mayor left the hall."
    spans = find_quote_spans(text, paragraphs_of(text))
    assert [text[s.start : s.end] for s in spans] == ["A quotation nobody closes."]
    assert not spans[0].closed


def test_marks_new_quote_after_closed_one_is_separate() -> None:
    text = "“We are done,” he said.\n\n“Nothing more to add.”"
    assert quoted(text) == ["We are done", "Nothing more to add."]


_alphabet = st.sampled_from(list("ab ,.\n“”\"‘’'«»…"))


@given(st.text(alphabet=_alphabet, max_size=60))
def test_marks_spans_are_ordered_inside_text_and_disjoint(text: str) -> None:
    text = text.replace("\n\n\n", "\n\n")
    spans = find_quote_spans(text, paragraphs_of(text))
    last = 0
    for s in spans:
        assert 0 <= s.open < s.start <= s.end <= s.close <= len(text)
        assert s.open >= last
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        last = s.close + 1 if s.closed else s.close


def test_marks_an_opener_inside_an_open_quote_ends_the_unclosed_one() -> None:
    text = '"The first quotation lost its closing mark. Later, "a second one," the mayor said.'
    spans = find_quote_spans(text, paragraphs_of(text))
    assert [(text[s.start : s.end], s.closed) for s in spans] == [
        ("The first quotation lost its closing mark. Later", False),
        ("a second one", True),
    ]
