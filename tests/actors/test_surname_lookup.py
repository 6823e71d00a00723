"""A surname the article never gives in full resolves to the one person the knowledge base
knows by it on the publication date; a shared surname resolves to nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.actors import load_knowledge_base

CASES = [
    # surname, publication date, expected canonical name (None: ambiguous or unknown)
    ("Putin", dt.date(2015, 5, 1), "Vladimir Putin"),
    ("Erdogan", dt.date(2024, 1, 1), "Recep Tayyip Erdogan"),
    ("Obama", dt.date(2015, 5, 1), "Barack Obama"),
    ("Xi", dt.date(2019, 3, 1), "Xi Jinping"),  # family name first in Chinese names
    ("Moon", dt.date(2018, 4, 27), "Moon Jae-in"),  # and in Korean ones
    ("Kim", dt.date(2018, 4, 27), None),  # many Kims: nobody is guessed
    ("Smithson", dt.date(2020, 1, 1), None),  # nobody of that name
]


@pytest.mark.parametrize(("surname", "day", "expected"), CASES)
def test_kb_person_by_surname(surname, day, expected):
    entry = load_knowledge_base().person_by_surname(surname, day)
    assert (entry.name if entry else None) == expected


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Putin warned Ukraine on Monday.", "2015-05-01", "RUSGOV"),
        ("Obama criticized Iran.", "2023-05-01", "USAELI"),  # out of office by then
        ("Erdogan accused Israel of genocide.", "2024-01-01", "TURGOV"),
    ],
)
def test_find_actors_lone_surname_of_a_known_person(text, day, code, run_extract):
    record = run_extract(text, published=day)
    assert code in {a.code for a in record.actors}
