"""Phrases that name two actors at once: "the two countries", "both sides", "both Koreas"."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_helpers import ActorsOf

from chancery.actors import load_knowledge_base
from chancery.errors import DataFileError


def _codes_of(actors, phrase: str) -> list[str | None]:
    return sorted(a.code for a in actors if any(m.text == phrase for m in a.mentions))


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        (
            "India accused Pakistan of shelling border villages. "
            "The two countries agreed in 2021 to observe a ceasefire.",
            "The two countries",
            ["IND", "PAK"],
        ),
        (
            "Ethiopia and Eritrea reopened their border. Trade between the two nations resumed.",
            "the two nations",
            ["ERI", "ETH"],
        ),
        # The latest two distinct countries: Kenya is older news than Peru and Chile.
        (
            "Kenya said nothing. Later Peru recalled its envoy from Chile. "
            "Both countries blame each other.",
            "Both countries",
            ["CHL", "PER"],
        ),
        # A state and its own capital are one country: the pair reaches back to Armenia.
        (
            "Armenia met Azerbaijan's envoy in Baku. Azerbaijan said the two neighbours "
            "would talk again.",
            "the two neighbours",
            ["ARM", "AZE"],
        ),
        (
            "The talks between Israel and Hamas broke down. Both sides blamed each other.",
            "Both sides",
            ["ISR", "PSEREB"],
        ),
        ("Athletes from both Koreas marched together.", "both Koreas", ["KOR", "PRK"]),
        ("Trade between the two Koreas has stopped.", "the two Koreas", ["KOR", "PRK"]),
        (
            "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. "
            "The two leaders signed a joint statement.",
            "The two leaders",
            ["CHNPTY", "RUSGOV"],
        ),
    ],
)
def test_collective_phrase_names_both_actors(
    actors_of: ActorsOf, text: str, phrase: str, codes: list[str]
) -> None:
    assert _codes_of(actors_of(text), phrase) == codes


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Only one country before the phrase: nothing to pair it with.
        ("Norway said the two countries should talk.", "the two countries"),
        # The countries come after the phrase: no guessing forwards.
        ("The two countries, Chile and Peru, signed a deal.", "The two countries"),
        # The same country under three names is one actor, not two.
        ("Japan said Tokyo and the Japanese would act. The two nations agreed.", "The two nations"),
        ("Both leaders of the club resigned after the match.", "Both leaders"),
    ],
)
def test_collective_phrase_without_two_candidates_stays_unresolved(
    actors_of: ActorsOf, text: str, phrase: str
) -> None:
    assert _codes_of(actors_of(text), phrase) == []


def test_collective_phrase_gives_a_compound_party(run_extract) -> None:
    record = run_extract(
        "Kenya accused Uganda of arming rebels. The two countries signed a peace accord on Friday.",
        published="2024-03-15",
    )
    signed = [e for e in record.events if e.trigger.text == "signed"]
    assert signed, [e.trigger.text for e in record.events]
    assert sorted(p.country for p in signed[0].source) == ["KEN", "UGA"]


def test_collectives_file_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "mine.csv"
    bad.write_text("phrase,kind,members\nthe two islands,island,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"mine\.csv:2.*kind"):
        load_knowledge_base((bad,))
    bad.write_text("phrase,kind,members\nboth Guineas,state,GIN\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"mine\.csv:2.*two or more"):
        load_knowledge_base((bad,))
    bad.write_text("phrase,kind,members\nboth Guineas,state,GIN|XXX\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"mine\.csv:2.*XXX"):
        load_knowledge_base((bad,))


def test_user_collective_extends_the_packaged_ones(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("phrase,kind,members\nboth Guineas,state,GIN|GNB\n", encoding="utf-8")
    kb = load_knowledge_base((mine,))
    rows = [c for c in kb.collectives if c.phrase == "both Guineas"]
    assert rows and rows[0].members == ("GIN", "GNB")
    assert any(c.phrase == "both Koreas" for c in kb.collectives)
