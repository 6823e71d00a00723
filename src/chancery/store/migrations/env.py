"""Alembic environment for Chancery's store.

`chancery.store.open_store` runs the migrations programmatically and hands its open
connection over in `config.attributes["connection"]`, so no alembic.ini is needed at run
time. Running `alembic` by hand also works: give `-x url=...` or set sqlalchemy.url.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from chancery.store.schema import metadata

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise RuntimeError("give the database with -x url=... or sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("Chancery's migrations run online only (against a live database)")
run_migrations()
