"""Counts written in digits or words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.checks.numbers import parse_count

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int) -> str:
    if n < 10:
        return _WORDS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_WORDS[unit]}" if unit else "")


@given(st.integers(min_value=0, max_value=99))
def test_parse_count_reads_spelled_numbers(n: int) -> None:
    assert parse_count(_spell(n)) == n
    assert parse_count(_spell(n).capitalize()) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_parse_count_reads_digits_with_and_without_commas(n: int) -> None:
    assert parse_count(str(n)) == n
    assert parse_count(f"{n:,}") == n


@pytest.mark.parametrize("text", ["", "five hundred", "3.5", "1,00", "twenty-ten", "dozen", "5th"])
def test_parse_count_rejects_what_is_not_a_plain_count(text: str) -> None:
    assert parse_count(text) is None
