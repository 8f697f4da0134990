"""The log watcher's episodes and the proactive tickets they opened.

Revision ID: 0011
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0001"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "watch_episodes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(60), nullable=False),
        sa.Column("site_id", sa.String(40), nullable=False),
        sa.Column("subsystem", sa.String(30), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("started_at", _UTC, nullable=False),
        sa.Column("ended_at", _UTC, nullable=True),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("templates", sa.JSON(), nullable=False),
        sa.Column("samples", sa.JSON(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), sa.ForeignKey("tickets.id"), nullable=True),
    )
    op.create_index("ix_watch_episodes_source", "watch_episodes", ["source"])
    op.create_index("ix_watch_episodes_ticket_id", "watch_episodes", ["ticket_id"])


def downgrade() -> None:
    op.drop_table("watch_episodes")
