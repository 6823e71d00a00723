"""The seed article through the whole pipeline: its four gold dates."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date

SEED_DATES = [
    ("Last week", D(2023, 7, 24), D(2023, 7, 30), "week"),
    ("Early last week", D(2023, 7, 24), D(2023, 7, 27), "week"),
    ("July 27, 1953", D(1953, 7, 27), D(1953, 7, 27), "day"),
    ("2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
]


@pytest.mark.parametrize(("text", "start", "end", "granularity"), SEED_DATES)
def test_seed_date_found(seed_record, text, start, end, granularity):
    matches = [d for d in seed_record.dates if d.text == text]
    assert matches, f"{text!r} not found"
    for d in matches:
        assert (d.start, d.end, d.granularity) == (start, end, granularity)
        assert seed_record.document.text[d.offset : d.end_offset] == text


def test_seed_noise_is_not_dated(seed_record):
    texts = {d.text for d in seed_record.dates}
    assert not texts & {"First", "Second", "two", "five", "three"}
    durations = {d.text for d in seed_record.dates if d.is_duration}
    assert "almost three years" in durations
    assert any("70th anniversary" in t for t in durations)
