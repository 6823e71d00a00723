"""An aspect or control verb with a direct object is an event of its own, and its
infinitive a purpose clause coded in its own right ("began a hunger strike *to demand*
..."); without an object the verb stays transparent ("began *to shell*") (own test
sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _codes(run_extract, text):
    return sorted(e.cameo for e in run_extract(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tunisian dockers began a hunger strike outside the port to demand the return "
            "of their wages.",
            {"142", "1053"},
        ),
        (
            "Bolivian miners started a sit-in to protest against Chilean tariffs.",
            {"141"},
        ),
    ],
)
def test_purpose_clause_is_coded_beside_the_verb(run_extract, text, expected):
    codes = _codes(run_extract, text)
    assert expected <= set(codes), codes


@pytest.mark.parametrize(
    ("text", "code", "count"),
    [
        # no object: "began" passes its subject down and codes nothing itself
        ("Ecuadorian troops began to shell Peruvian border posts.", "194", 1),
        ("Ecuadorian troops began to shell Peruvian border posts.", "143", 0),
    ],
)
def test_transparent_control_verb(run_extract, text, code, count):
    codes = _codes(run_extract, text)
    assert codes.count(code) == count, codes
