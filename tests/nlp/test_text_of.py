"""`text_of`: the document's text, built once per Doc (spaCy rebuilds Doc.text each time)."""

from __future__ import annotations

from chancery.nlp import text_of


def test_text_of_equals_doc_text_and_is_kept_on_the_doc(nlp) -> None:
    doc = nlp("Kenya and Uganda signed a border accord on Friday.  Both said it would hold.")
    assert text_of(doc) == doc.text
    assert doc.user_data["chancery.text"] == doc.text
    assert text_of(doc) is text_of(doc)


def test_text_of_is_per_document(nlp) -> None:
    first, second = nlp("Chile protested."), nlp("Peru agreed.")
    assert (text_of(first), text_of(second)) == ("Chile protested.", "Peru agreed.")
