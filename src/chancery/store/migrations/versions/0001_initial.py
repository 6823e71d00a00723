"""The first schema: documents and every list of the chancery.document/1 record.

Revision ID: 0001
Revises:
Create Date: 2024-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _document_id() -> sa.Column:
    return sa.Column("document_id", sa.String(), nullable=False)


def _cascade_to_documents(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["document_id"], ["documents.id"], name=f"fk_{table}_documents", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("paragraphs_in", sa.Integer(), nullable=False),
        sa.Column("paragraphs_kept", sa.Integer(), nullable=False),
        sa.Column("duplicates_removed", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "sentences",
        _document_id(),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "index", name="pk_sentences"),
        _cascade_to_documents("sentences"),
    )

    op.create_table(
        "actors",
        _document_id(),
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("sector", sa.String()),
        sa.Column("code", sa.String()),
        sa.Column("org", sa.Text()),
        sa.Column("wikidata", sa.String()),
        sa.Column("basis", sa.Text()),
        sa.PrimaryKeyConstraint("document_id", "actor_id", name="pk_actors"),
        _cascade_to_documents("actors"),
    )
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_index("ix_actors_name_code", "actors", ["name", "code"])

    op.create_table(
        "actor_mentions",
        _document_id(),
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "actor_id", "position", name="pk_actor_mentions"),
        sa.ForeignKeyConstraint(
            ["document_id", "actor_id"],
            ["actors.document_id", "actors.actor_id"],
            name="fk_actor_mentions_actors",
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "events",
        _document_id(),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("cameo", sa.String(), nullable=False),
        sa.Column("cameo_label", sa.Text(), nullable=False),
        sa.Column("root", sa.String(4), nullable=False),
        sa.Column("quad_class", sa.Integer(), nullable=False),
        sa.Column("goldstein", sa.Float(), nullable=False),
        sa.Column("plover_event", sa.String(), nullable=False),
        sa.Column("plover_mode", sa.String()),
        sa.Column("plover_context", sa.JSON(), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("hypothetical", sa.Boolean(), nullable=False),
        sa.Column("future", sa.Boolean(), nullable=False),
        sa.Column("attempted", sa.Boolean(), nullable=False),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("date_text", sa.Text()),
        sa.Column("date_basis", sa.String()),
        sa.Column("location_name", sa.Text()),
        sa.Column("location_country", sa.String()),
        sa.Column("location_lat", sa.Float()),
        sa.Column("location_lon", sa.Float()),
        sa.Column("location_precision", sa.String()),
        sa.Column("location_geonameid", sa.Integer()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "event_id", name="pk_events"),
        _cascade_to_documents("events"),
    )
    op.create_index("ix_events_cameo", "events", ["cameo"])
    op.create_index("ix_events_root", "events", ["root"])
    op.create_index("ix_events_date", "events", ["date_start", "date_end"])
    op.create_index("ix_events_location_country", "events", ["location_country"])
    op.create_index("ix_events_location_lat_lon", "events", ["location_lat", "location_lon"])
    op.create_index("ix_events_plover_event", "events", ["plover_event"])

    op.create_table(
        "event_parties",
        _document_id(),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String()),
        sa.Column("country", sa.String()),
        sa.Column("sector", sa.String()),
        sa.Column("code", sa.String()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(
            "document_id", "event_id", "role", "position", name="pk_event_parties"
        ),
        sa.ForeignKeyConstraint(
            ["document_id", "event_id"],
            ["events.document_id", "events.event_id"],
            name="fk_event_parties_events",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_event_parties_country", "event_parties", ["country", "role"])
    op.create_index("ix_event_parties_code", "event_parties", ["code", "role"])

    op.create_table(
        "quotes",
        _document_id(),
        sa.Column("quote_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.String()),
        sa.Column("speaker_name", sa.Text()),
        sa.Column("speaker_country", sa.String()),
        sa.Column("speaker_code", sa.String()),
        sa.Column("cue", sa.Text()),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "quote_id", name="pk_quotes"),
        _cascade_to_documents("quotes"),
    )
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])
    op.create_index("ix_quotes_speaker_country", "quotes", ["speaker_country"])

    op.create_table(
        "dates",
        _document_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("granularity", sa.String(), nullable=False),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(), nullable=False),
        sa.Column("is_duration", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "position", name="pk_dates"),
        _cascade_to_documents("dates"),
    )

    op.create_table(
        "checks",
        _document_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("claimed", sa.JSON()),
        sa.Column("listed", sa.JSON()),
        sa.PrimaryKeyConstraint("document_id", "position", name="pk_checks"),
        _cascade_to_documents("checks"),
    )


def downgrade() -> None:
    for table in (
        "checks",
        "dates",
        "quotes",
        "event_parties",
        "events",
        "actor_mentions",
        "actors",
        "sentences",
    ):
        op.drop_table(table)
    op.drop_index("ix_documents_published", table_name="documents")
    op.drop_table("documents")
