"""Shared fixtures: the spaCy model and pipeline resources load once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "seed" / "gold.json"
SEED_PUBLISHED = dt.date(2023, 8, 2)


@pytest.fixture(scope="session")
def nlp():
    from chancery.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resources():
    from chancery.pipeline import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def run_extract(resources):
    """extract(text, published=...) with the session's loaded resources."""
    from chancery.pipeline import extract

    def _run(text: str, published: dt.date | str | None = SEED_PUBLISHED, **kw):
        return extract(text, published=published, resources=resources, **kw)

    return _run


@pytest.fixture(scope="session")
def seed_record(run_extract):
    if not SEED_ARTICLE.exists():
        pytest.skip("shared/seed is not beside the checkout")
    return run_extract(SEED_ARTICLE.read_text(encoding="utf-8"))
