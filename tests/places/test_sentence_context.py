"""An ambiguous place name prefers the countries of its own sentence's actors, then the
document's ("Tripoli" beside Lebanese actors is in Lebanon, though Libya leads)."""

from __future__ import annotations

import datetime as dt

import pytest

from chancery.actors import find_actors, load_knowledge_base
from chancery.model import CleanedText, Paragraph
from chancery.nlp import sentences_of
from chancery.places import find_places, load_gazetteer


def _places(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    paragraphs, pos = [], 0
    for n, para in enumerate(text.split("\n\n")):
        paragraphs.append(Paragraph(n, pos, pos + len(para)))
        pos += len(para) + 2
    sentences = sentences_of(doc, CleanedText(text, paragraphs, len(paragraphs)))
    actors = find_actors(doc, sentences, published=dt.date(2023, 8, 2), kb=load_knowledge_base())
    found = find_places(doc, sentences, actors, gazetteer=load_gazetteer())
    return {p.text: p.location.country for p in found}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Iraqi troops ended talks between rival militias in Tripoli as fighting spread "
            "through the north Lebanese city.\n\nSeparately, Libyan officials met in Benghazi. "
            "Libya said oil output rose. Libyan ministers praised Libya.",
            "Tripoli",
            "LBN",
        ),
        # must not fire: no Lebanese actor in the sentence, the document leads to Libya
        (
            "Gunmen attacked a hotel in Tripoli.\n\nLibyan officials met in Benghazi.",
            "Tripoli",
            "LBY",
        ),
    ],
)
def test_sentence_context(nlp, text: str, name: str, country: str):
    assert _places(nlp, text).get(name) == country
