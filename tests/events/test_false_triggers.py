"""Words that look like triggers but are not events: a date after "called on", a scene-
setting phrase before the verb, figurative nouns ("trade war", "charm offensive")."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.events.grammar import read_grammar


def _codes(run_extract, text: str) -> list[tuple[str, str]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        # "on Wednesday" is a date, not the "on" of "called on X to ..."
        "On Wednesday, French President Emmanuel Macron called the subsidies unbearable.",
        "Kenya on Tuesday called the report a fabrication.",
        # "In a post on X": a phrase before the verb sets the scene
        "In a post on his platform, Trump called Canada a very unfair trading partner.",
        # figurative nouns
        "China and the United States started a trade war in 2018.",
        "The company launched a charm offensive in Brussels.",
        "Both firms are locked in a price war.",
        # "against" belongs to "measures", the object of "on": no "vote against"
        "The Senate of Kenya prepares to vote on measures against Uganda.",
    ],
)
def test_not_an_event(run_extract, text: str) -> None:
    assert _codes(run_extract, text) == []


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        (
            "On Monday, the bishops of Kenya called on Uganda to free the activists.",
            "020",
            "called",
        ),
        ("Kenya on Monday called for talks with Uganda.", "026", "called"),
        ("The army of Sudan launched an offensive in the north.", "190", "launched"),
        ("Russia waged a war against Ukraine.", "190", "waged"),
        ("Washington imposed trade sanctions on Iran.", "163", "imposed"),
        ("The Senate of Kenya voted against the bill.", "120", "voted"),
        ("Kenya called for a boycott against the mining firm.", "113", "called"),
    ],
)
def test_still_an_event(run_extract, text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in _codes(run_extract, text)


def test_figurative_phrases_are_validated(tmp_path) -> None:
    from chancery.events.grammar import _data_path

    good = _data_path("grammar.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "grammar.yaml"
    bad.write_text(good.replace("trade war,", "trade,"), encoding="utf-8")
    with pytest.raises(DataFileError, match="figurative_phrases"):
        read_grammar(bad)
