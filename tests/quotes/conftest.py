"""Quote-test fixtures: parse a text and mark hand-chosen substrings as actors."""

from __future__ import annotations

import re
from typing import Any

import pytest

from chancery.ingest.clean import clean_article
from chancery.model import Actor, Mention, Sentence
from chancery.nlp import sentences_of


def parse(nlp: Any, raw: str) -> tuple[Any, list[Sentence]]:
    cleaned = clean_article(raw)
    doc = nlp(cleaned.text)
    return doc, sentences_of(doc, cleaned)


def mark_actors(
    text: str, sentences: list[Sentence], table: list[tuple[str, str, str, str | None]]
) -> list[Actor]:
    """Actors from rows (name, kind, code, other surface forms separated by '|' or None).

    Every whole-word occurrence of the name and of each other form becomes a mention.
    """
    starts = [s.start for s in sentences]
    actors = []
    for n, (name, kind, code, others) in enumerate(table, start=1):
        forms = [name, *(others.split("|") if others else [])]
        mentions = []
        for form in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                sentence = max(i for i, st in enumerate(starts) if st <= m.start()) if starts else 0
                mentions.append(Mention(sentence, m.start(), m.end(), m.group()))
        country = code[:3] if code else None
        sector = code[3:] or None if code else None
        actors.append(
            Actor(f"a{n}", name, kind, country=country, sector=sector, code=code, mentions=mentions)  # type: ignore[arg-type]
        )
    return actors


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """quotes_of(raw_text, actor_rows) -> (quotes, cleaned text), via find_quotes."""
    from chancery.quotes import find_quotes
    from chancery.settings import Settings

    def _run(raw: str, table: list[tuple[str, str, str, str | None]]):
        doc, sentences = parse(nlp, raw)
        actors = mark_actors(doc.text, sentences, table)
        return find_quotes(doc, sentences, actors, settings=Settings()), doc.text

    return _run
