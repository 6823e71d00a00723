"""Numbers as news writes them: "five", "twenty-one", "12", "3,000"."""

from __future__ import annotations

import re

__all__ = ["parse_count"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def parse_count(text: str) -> int | None:
    """A whole number written in digits or words below a hundred; None otherwise."""
    word = text.strip().lower()
    if _DIGITS.match(word):
        return int(word.replace(",", ""))
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    tens, sep, unit = word.partition("-")
    if sep and tens in _TENS and unit in _UNITS and 0 < _UNITS[unit] < 10:
        return _TENS[tens] + _UNITS[unit]
    return None
