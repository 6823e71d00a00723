"""find_time_expressions on short articles of our own: spans, offsets, tense, noise."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.model import CleanedText, Paragraph
from chancery.nlp import sentences_of
from chancery.time import find_time_expressions

WED = dt.date(2023, 8, 2)


@pytest.fixture(scope="module")
def find(nlp):
    def _find(text: str, published: dt.date | None = WED):
        doc = nlp(text)
        cleaned = CleanedText(text, [Paragraph(0, 0, len(text))], 1)
        found = find_time_expressions(doc, sentences_of(doc, cleaned), published)
        for t in found:
            assert text[t.offset : t.end_offset] == t.text
        return {t.text: t for t in found}

    return _find


def test_future_verb_moves_weekday_and_month_forward(find):
    found = find("The envoy will fly to Nairobi on Friday and return in September.")
    assert (found["Friday"].start, found["September"].start) == (
        dt.date(2023, 8, 4),
        dt.date(2023, 9, 1),
    )


def test_past_verb_keeps_weekday_and_month_behind(find):
    found = find("The envoy flew to Nairobi on Friday and returned in September.")
    assert found["Friday"].start == dt.date(2023, 7, 28)
    assert found["September"].start == dt.date(2022, 9, 1)


def test_modifier_is_part_of_the_span(find):
    found = find("Late last month, the port of Mombasa reopened after a strike.")
    assert found["Late last month"].start == dt.date(2023, 7, 21)
    assert found["Late last month"].basis == "relative"


def test_ordinals_and_numbers_are_not_dates(find):
    found = find("First, the rains failed. Second, prices rose for 1,500 families in 2021.")
    assert set(found) == {"2021"}


def test_anniversary_and_duration_are_flagged(find):
    found = find(
        "Crowds marked the 30th anniversary of the accord after almost four years of talks."
    )
    assert found["the 30th anniversary"].is_duration
    assert found["almost four years"].is_duration


def test_ages_and_money_are_not_years(find):
    found = find("The 2019-year-old claim is false; a 64-year-old farmer paid $2020 in 2018.")
    assert "2018" in found and "2020" not in found


def test_without_publication_date_only_absolute_expressions(find):
    found = find("Last week officials recalled the treaty of March 3, 1999.", published=None)
    assert set(found) == {"March 3, 1999"}


def test_modal_may_is_not_a_month(find):
    found = find("The council may vote in May on a budget for next year.")
    assert found["May"].start == dt.date(2023, 5, 1)
    assert sum(1 for t in found.values() if t.granularity == "month") == 1


def test_season_and_decade(find):
    found = find("Talks held in the spring of 2022 echoed those of the early 1990s.")
    assert found["the spring of 2022"].start == dt.date(2022, 3, 1)
    assert found["the early 1990s"].end == dt.date(1993, 12, 31)


def test_sentence_index_points_at_the_sentence(find):
    found = find("Rain fell. Two days ago the river rose.")
    assert found["Two days ago"].sentence == 1
