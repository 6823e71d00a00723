"""Descriptions, private trips and acts hoped for from someone else are no events
(events/background.py); dated or official ones stay (own test sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _codes(run_extract, text):
    return [e.cameo for e in run_extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a relative clause on a generic group says who they are
        ("Egyptians who opposed the monarchy were often jailed.", "110"),
        ("Lawyers and people who worked with the dissident for years say he is ill.", "060"),
        # a simple-present relative clause says what an organisation does as a rule
        (
            "The Turkish foreign ministry, which criticises Sweden regularly, met Finnish officials.",
            "111",
        ),
        # private travellers are no state visitors
        ("More than a million German tourists visited Greece last year.", "042"),
        ("Thousands of Indian students visited Canada in 2023.", "042"),
        # an act relied on from someone else is nobody's act
        ("Caracas is looking to Lula to block any new sanctions against Venezuela.", "120"),
        ("Kyiv is counting on Washington to deliver more air defence systems.", "07"),
    ],
)
def test_background_is_not_coded(run_extract, text, code):
    codes = _codes(run_extract, text)
    assert not any(c.startswith(code) for c in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # must still fire: a dated relative clause, a specific actor, an official visit
        ("Rebels who attacked the Malian base on Monday fled into Niger.", "190"),
        (
            "The Turkish foreign minister, who criticised Sweden on Monday, met Finnish officials.",
            "111",
        ),
        ("The German chancellor visited Greece last week.", "042"),
        ("Caracas asked Lula to block any new sanctions against Venezuela.", "020"),
    ],
)
def test_news_events_still_coded(run_extract, text, code):
    codes = _codes(run_extract, text)
    assert code in codes, codes
