"""Opening databases: migrations, SQLite settings, URLs and one-line errors."""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from chancery.errors import MissingExtraError, StoreError
from chancery.store import open_store
from chancery.store.connect import create_store_engine, head_revision, normalise_url
from chancery.store.schema import metadata


def test_open_store_migrates_to_head_and_tags_the_version(store) -> None:
    assert store.schema_version == head_revision() == "0001"
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"


def test_migrations_create_exactly_the_declared_schema(store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_migrations_downgrade_to_empty_and_back(tmp_path: Path) -> None:
    from alembic import command

    from chancery.store.connect import _alembic_config

    url = f"sqlite:///{tmp_path / 'down.db'}"
    with open_store(url) as s, s.engine.connect() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.commit()
        tables = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert tables == {"alembic_version"}
    with open_store(url) as again:
        assert again.schema_version == "0001" and again.summary()["documents"] == 0


def test_open_store_twice_keeps_the_data(store_url, make_record) -> None:
    with open_store(store_url) as first:
        first.save(make_record("kept", [{"cameo": "010", "source": ["BRA"]}]))
    with open_store(store_url) as second:
        assert second.get("kept") is not None


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_bare_path_means_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with open_store(str(path)) as s:
        assert s.engine.dialect.name == "sqlite"
    assert path.exists()


def test_in_memory_sqlite_keeps_its_schema(make_record) -> None:
    with open_store("sqlite://") as s:
        s.save(make_record("mem", [{"cameo": "010", "source": ["KEN"]}]))
        assert s.summary()["documents"] == 1


def test_concurrent_first_opens_of_one_file_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"

    def open_and_close(_: int) -> str:
        with open_store(url) as s:
            return s.schema_version

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(open_and_close, range(4))) == ["0001"] * 4


@pytest.mark.parametrize(
    ("url", "drivername"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite:///x.db", "sqlite"),
        ("x.db", "sqlite"),
    ],
)
def test_normalise_url(url: str, drivername: str) -> None:
    assert normalise_url(url).drivername == drivername


def test_postgres_without_psycopg_names_the_extra(monkeypatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"chancery\[postgres\]"):
        open_store("postgresql://nobody@127.0.0.1/none")


def _one_line_error(url: str) -> str:
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_store_error_for_a_missing_folder(tmp_path: Path) -> None:
    message = _one_line_error(f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}")
    assert "does not exist" in message and "nowhere" in message


def test_store_error_for_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 40)
    assert "not a database" in _one_line_error(f"sqlite:///{path}")


def test_store_error_for_a_refused_connection() -> None:
    message = _one_line_error("postgresql://someone:secret@127.0.0.1:9/nothing")
    assert "refused" in message.lower() or "failed" in message.lower()
    assert "secret" not in message


def test_store_error_for_an_unsupported_url() -> None:
    assert "unsupported" in _one_line_error("mysql://user@host/db")


def test_store_error_for_a_schema_newer_than_the_code(store_url) -> None:
    with open_store(store_url) as s, s.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        assert "newer" in _one_line_error(store_url)
    finally:  # the PostgreSQL schema is shared by the session: put the version back
        engine = create_store_engine(normalise_url(store_url))
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        engine.dispose()
