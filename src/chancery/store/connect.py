"""Opening a database: URL normalisation, engine set-up and schema migration.

SQLite gets WAL journaling (readers never block the writer), enforced foreign keys and
explicit BEGINs so a document's rows commit together or not at all. PostgreSQL URLs are
mapped to the psycopg 3 driver. Every failure becomes one `StoreError` line.
"""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from chancery.errors import StoreError, require_extra

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Serialises concurrent migrations of one PostgreSQL database (any fixed 64-bit number).
_PG_MIGRATION_LOCK = 0x43484E43
_SQLITE_BUSY_SECONDS = 30.0
# Alembic keeps its running migration context in module globals: one migration per process
# at a time (processes are kept apart by the database's own locks).
_IN_PROCESS_MIGRATION = threading.Lock()


def normalise_url(url: str) -> URL:
    """A SQLAlchemy URL for `url`; a bare path means a SQLite file."""
    raw = url.strip()
    if "://" not in raw:
        raw = f"sqlite:///{raw}"
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL ({exc})") from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
            require_extra("postgres", "psycopg")
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed
    if backend == "sqlite":
        return parsed
    raise StoreError(f"{shown(parsed)}: unsupported database (use sqlite:/// or postgresql://)")


def shown(url: URL) -> str:
    """The URL as it may appear in messages and logs: never with its password."""
    return url.render_as_string(hide_password=True)


def create_store_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if not in_memory:
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"{shown(url)}: the folder {folder} does not exist")
    options: dict[str, Any] = {"connect_args": {"timeout": _SQLITE_BUSY_SECONDS}}
    if in_memory:
        # One shared connection, or every checkout would see a new empty database.
        options["poolclass"] = StaticPool
        options["connect_args"]["check_same_thread"] = False
    engine = create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front: two deferred writers in WAL mode would
        # otherwise fail with "database is locked" instead of waiting their turn.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships a revision
        raise StoreError(f"{MIGRATIONS}: no migration found")
    return head


def _alembic_config() -> Config:
    config = Config()
    # ConfigParser interpolation: a '%' in the install path must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _revision_on(connection: Connection) -> str | None:
    revision = MigrationContext.configure(connection).get_current_revision()
    connection.rollback()
    return revision


def migrate(engine: Engine) -> str:
    """Bring the schema to the newest revision; returns the revision the database is at."""
    head = head_revision()
    if current_revision(engine) == head:
        return head
    with _IN_PROCESS_MIGRATION:
        return _upgrade(engine, head)


def _upgrade(engine: Engine, head: str) -> str:
    current = current_revision(engine)
    if current == head:
        return head
    known = {
        script.revision
        for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }
    if current is not None and current not in known:
        raise StoreError(
            f"{shown(engine.url)}: schema version {current} is newer than this Chancery "
            f"knows ({head}); upgrade chancery"
        )
    log.info("migrating %s from %s to %s", shown(engine.url), current or "empty", head)
    options = {"sqlite_begin": "IMMEDIATE"} if engine.dialect.name == "sqlite" else {}
    with engine.connect().execution_options(**options) as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            connection.commit()
        try:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        except (CommandError, SQLAlchemyError) as exc:
            connection.rollback()
            # Another process may have migrated the same database a moment earlier.
            if _revision_on(connection) == head:
                return head
            raise StoreError(f"{shown(engine.url)}: migration failed: {one_line(exc)}") from exc
        finally:
            if engine.dialect.name == "postgresql":
                connection.rollback()
                connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_MIGRATION_LOCK}
                )
                connection.commit()
    return current_revision(engine) or head


def one_line(exc: BaseException) -> str:
    """The first line of a driver error, without SQLAlchemy's background links."""
    original = getattr(exc, "orig", None) or exc
    message = str(original).strip().splitlines()
    return message[0] if message else type(original).__name__


__all__ = [
    "create_store_engine",
    "current_revision",
    "head_revision",
    "migrate",
    "normalise_url",
    "one_line",
    "shown",
]
