"""The relational layout of stored records (SQLAlchemy Core).

One row per document and, below it, one table per list of the record. Every child row is
keyed by its document and its local id or position (natural keys), so writing the same
record twice can never duplicate rows, and deleting a document cascades to all of it.
`position` columns keep each list's order so a stored record reads back unchanged.

The migrations in `migrations/versions/` create exactly these tables; a test compares the
two so they cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

# Explicit constraint names keep migrations portable between SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _document_fk() -> Column[str]:
    return Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    )


documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("author", Text),
    Column("language", String(), nullable=False),
    Column("published", Date, index=True),
    Column("paragraphs_in", Integer, nullable=False),
    Column("paragraphs_kept", Integer, nullable=False),
    Column("duplicates_removed", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    _document_fk(),
    Column("index", Integer, primary_key=True),
    Column("paragraph", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    _document_fk(),
    Column("actor_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(), nullable=False),
    Column("country", String()),
    Column("sector", String()),
    Column("code", String()),
    Column("org", Text),
    Column("wikidata", String()),
    Column("basis", Text),
    Index("ix_actors_country", "country"),
    Index("ix_actors_name_code", "name", "code"),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("document_id", String, primary_key=True),
    Column("actor_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    ForeignKeyConstraint(
        ["document_id", "actor_id"],
        ["actors.document_id", "actors.actor_id"],
        ondelete="CASCADE",
    ),
)

events = Table(
    "events",
    metadata,
    _document_fk(),
    Column("event_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("cameo", String(), nullable=False),
    Column("cameo_label", Text, nullable=False),
    Column("root", String(4), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover_event", String(), nullable=False),
    Column("plover_mode", String()),
    Column("plover_context", JSON, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("future", Boolean, nullable=False),
    Column("attempted", Boolean, nullable=False),
    Column("historical", Boolean, nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_text", Text),
    Column("date_basis", String()),
    Column("location_name", Text),
    Column("location_country", String()),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_precision", String()),
    Column("location_geonameid", Integer),
    Column("confidence", Float, nullable=False),
    Column("rule", Text, nullable=False),
    Index("ix_events_cameo", "cameo"),
    Index("ix_events_root", "root"),
    Index("ix_events_date", "date_start", "date_end"),
    Index("ix_events_location_country", "location_country"),
    Index("ix_events_location_lat_lon", "location_lat", "location_lon"),
    Index("ix_events_plover_event", "plover_event"),
)

event_parties = Table(
    "event_parties",
    metadata,
    Column("document_id", String, primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("role", String(8), primary_key=True),  # 'source' | 'target'
    Column("position", Integer, primary_key=True),
    Column("actor_id", String),
    Column("country", String()),
    Column("sector", String()),
    Column("code", String()),
    Column("text", Text, nullable=False),
    ForeignKeyConstraint(
        ["document_id", "event_id"],
        ["events.document_id", "events.event_id"],
        ondelete="CASCADE",
    ),
    # Actor and dyad queries look parties up by role and country or code.
    Index("ix_event_parties_country", "country", "role"),
    Index("ix_event_parties_code", "code", "role"),
)

quotes = Table(
    "quotes",
    metadata,
    _document_fk(),
    Column("quote_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String),
    Column("speaker_name", Text),
    Column("speaker_country", String()),
    Column("speaker_code", String()),
    Column("cue", Text),
    Column("sentence", Integer, nullable=False),
    Column("kind", String(), nullable=False),
    Index("ix_quotes_speaker_name", "speaker_name"),
    Index("ix_quotes_speaker_country", "speaker_country"),
)

dates = Table(
    "dates",
    metadata,
    _document_fk(),
    Column("position", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("granularity", String(), nullable=False),
    Column("offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("basis", String(), nullable=False),
    Column("is_duration", Boolean, nullable=False),
)

checks = Table(
    "checks",
    metadata,
    _document_fk(),
    Column("position", Integer, primary_key=True),
    Column("kind", String(), nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("message", Text, nullable=False),
    Column("claimed", JSON),
    Column("listed", JSON),
)

# Children before parents: the order to delete in when cascades cannot be relied on.
CHILD_TABLES = (event_parties, events, actor_mentions, actors, sentences, quotes, dates, checks)
