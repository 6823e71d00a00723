"""Check-test fixtures: parse a text and run the checks on it."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="session")
def checks_of(nlp):
    """checks_of(raw, published=..., dates=(), kind=None) -> list of Checks found."""
    from chancery.checks import run_checks
    from chancery.ingest.clean import clean_article
    from chancery.nlp import sentences_of

    def _run(raw: str, published: dt.date | None = dt.date(2024, 3, 6), dates=(), kind=None):
        cleaned = clean_article(raw)
        doc = nlp(cleaned.text)
        sentences = sentences_of(doc, cleaned)
        found = run_checks(doc, sentences, published=published, dates=list(dates))
        return [c for c in found if kind is None or c.kind == kind]

    return _run
