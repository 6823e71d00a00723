"""Shared fixtures: the spaCy model and pipeline resources load once per test session."""

from __future__ import annotations

import datetime as dt

import pytest

from seed_paths import SEED_ARTICLE, SEED_GOLD, SEED_PUBLISHED, SHARED

__all__ = ["SEED_ARTICLE", "SEED_GOLD", "SEED_PUBLISHED", "SHARED"]


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


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say plainly when the PostgreSQL half of the store tests did not run."""
    import os

    if not os.environ.get("CHANCERY_TEST_PG"):
        terminalreporter.write_line(
            "NOTE: PostgreSQL store tests were skipped (CHANCERY_TEST_PG is not set); "
            "set it, e.g. CHANCERY_TEST_PG=postgresql://postgres@127.0.0.1:5432/test, to run them.",
            yellow=True,
        )
