"""The whole stage on the seed article and on a short story: ids, offsets, provenance, speed."""

from __future__ import annotations

import json
import time

import pytest
from actor_helpers import cleaned

from chancery.actors import find_actors
from chancery.nlp import sentences_of

STORY = (
    "Last week, Kenyan President Daniel Moiwa welcomed Ethiopia and Somalia to talks in Nairobi.\n\n"
    "\u201cWe want peace on our borders,\u201d Moiwa said. Somali officials said the talks would go on.\n\n"
    "The African Union praised the meeting, and the bloc said it would send observers."
)


def test_find_actors_ids_in_order_of_first_mention_and_offsets_exact(actors_of) -> None:
    actors = actors_of(STORY)
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    firsts = [a.mentions[0].start for a in actors]
    assert firsts == sorted(firsts)
    for a in actors:
        assert a.basis, a.name
        for m in a.mentions:
            assert STORY[m.start : m.end] == m.text
    by_name = {a.name: a for a in actors}
    assert by_name["Daniel Moiwa"].code == "KENGOV"
    assert [m.text for m in by_name["Daniel Moiwa"].mentions] == ["Daniel Moiwa", "Moiwa"]
    assert by_name["Somali government"].code == "SOMGOV"
    assert by_name["African Union"].code == "IGOAFU"
    assert [m.text for m in by_name["African Union"].mentions] == ["African Union", "the bloc"]


def test_find_actors_sentence_index_of_mentions(actors_of, nlp) -> None:
    doc = nlp(STORY)
    sentences = sentences_of(doc, cleaned(STORY))
    for a in actors_of(STORY):
        for m in a.mentions:
            s = sentences[m.sentence]
            assert s.start <= m.start and m.end <= s.end + 1


@pytest.fixture(scope="module")
def seed(nlp, kb):
    from tests_seed import SEED_ARTICLE, SEED_PUBLISHED, gold_actors

    if not SEED_ARTICLE.exists():
        pytest.skip("shared/seed is not beside the checkout")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    doc = nlp(text)
    actors = find_actors(doc, sentences_of(doc, cleaned(text)), published=SEED_PUBLISHED, kb=kb)
    return doc, actors, gold_actors()


def test_find_actors_seed_gold_actors_found_with_country_and_sector(seed) -> None:
    _, actors, gold = seed
    for g in gold:
        keys = {g["name"].lower()} | {m.lower() for m in g["mentions"] if len(m) > 3}
        hits = [
            a
            for a in actors
            if ({a.name.lower()} | {m.text.lower() for m in a.mentions}) & keys
            and a.country == g["country"]
        ]
        assert hits, g["name"]
        if g["sectors"]:
            assert any(a.sector in g["sectors"] for a in hits), (g["name"], [a.code for a in hits])


def test_find_actors_is_fast_once_loaded(seed, nlp, kb) -> None:
    doc = seed[0]
    sentences = sentences_of(doc, cleaned(doc.text))
    start = time.perf_counter()
    for _ in range(3):
        find_actors(doc, sentences, published=None, kb=kb)
    assert (time.perf_counter() - start) / 3 < 0.5


def test_find_actors_record_is_json_ready(seed) -> None:
    from dataclasses import asdict

    json.dumps([asdict(a) for a in seed[1]])
