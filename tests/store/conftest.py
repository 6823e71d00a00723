"""Store fixtures: a `store` on a fresh SQLite file and, with CHANCERY_TEST_PG, on PostgreSQL,
plus `make_record`, a factory of small hand-built records that need no pipeline stage."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from store_records import build_record

PG_ENV = "CHANCERY_TEST_PG"

# --------------------------------------------------------------------------- databases


def _pg_url(base: str, schema_name: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema_name}')}"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a schema made for this test session."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://user@host:port/db")
    import psycopg

    schema_name = f"chancery_test_{uuid.uuid4().hex[:10]}"
    admin_url = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema_name}"')
    try:
        yield _pg_url(base, schema_name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema_name}" CASCADE')


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """An empty database: a new SQLite file, or the session's PostgreSQL schema emptied."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url = request.getfixturevalue("pg_url")
    from chancery.store import open_store

    with open_store(url) as s, s.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE documents CASCADE")
    yield url


@pytest.fixture
def store(store_url: str):
    from chancery.store import open_store

    with open_store(store_url) as s:
        yield s


@pytest.fixture(scope="session")
def make_record():
    """build_record(doc_id, events, *, quotes=..., published=..., title=...) -> DocumentRecord."""
    return build_record
