"""The seed article: four quotations, one running over two paragraphs, one via "she said"."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED_ARTICLE = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "article.txt"

SEED_ACTORS = [
    ("Wi Sung lac", "person", "KORELI", None),
    ("Yoon Suk Yeol", "person", "KORGOV", None),
    ("Mao Ning", "person", "CHNGOV", None),
    ("Kim Jong Un", "person", "PRKGOV", "Kim"),
    ("South Korea", "state", "KOR", "Republic of Korea"),
    ("Russia", "state", "RUS", None),
    ("China", "state", "CHN", None),
    ("North Korea", "state", "PRK", "DPRK"),
]

# (starts with, ends with, speaker, speaker's country, cue)
EXPECTED = [
    (
        "China and Russia are special partners",
        "worrisome and frustrating",
        "Wi Sung",
        "KOR",
        "said",
    ),
    ("The current situation facing Ukraine", "Republic of Korea", "Yoon Suk Yeol", "KOR", "said"),
    ("Our two parties and the two countries", "friendly exchanges", "Mao Ning", "CHN", "told"),
    ("Having a high-level Chinese delegation", "our bilateral ties", "Mao Ning", "CHN", "said"),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip("shared/seed is not beside the checkout")
    return SEED_ARTICLE.read_text(encoding="utf-8")


def test_find_quotes_seed_with_hand_made_actors(quotes_of, seed_text) -> None:
    quotes, text = quotes_of(seed_text, SEED_ACTORS)
    assert len(quotes) == 4
    for q, (starts, ends, name, country, cue) in zip(quotes, EXPECTED, strict=True):
        assert q.text.startswith(starts) and q.text.endswith(ends)
        assert name in (q.speaker_name or "")
        assert (q.speaker_country, q.cue, q.kind) == (country, cue, "direct")
    first = quotes[0]
    assert text[first.start : first.end] == first.text and "\n\n" in first.text
    # The Wi Sung-lac quotation starts in the paragraph before the one naming him.
    assert quotes[0].sentence < quotes[1].sentence < quotes[2].sentence < quotes[3].sentence


def test_find_quotes_seed_through_the_pipeline(seed_record) -> None:
    quotes = seed_record.quotes
    assert len(quotes) == len(EXPECTED)
    assert [q.text[: len(e[0])] for q, e in zip(quotes, EXPECTED, strict=False)] == [
        e[0] for e in EXPECTED
    ]
    for q in quotes:
        assert seed_record.document.text[q.start : q.end] == q.text
        sentence = seed_record.sentences[q.sentence]
        assert sentence.start <= q.start < sentence.end
    if not seed_record.actors:
        pytest.skip("the actors stage finds no actors yet: speakers cannot be checked")
    assert [(q.speaker_country, q.cue) for q in quotes] == [(e[3], e[4]) for e in EXPECTED]
    for q, e in zip(quotes, EXPECTED, strict=True):
        assert e[2].split()[0] in (q.speaker_name or "")
