"""When a dispatcher confirmed or corrected a ticket's triage: such tickets are the labelled
cases `careline triage retrain` learns from.

Revision ID: 0008
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as table:
        table.add_column(sa.Column("triage_reviewed_at", sa.DateTime(timezone=True), nullable=True))
        table.create_index("ix_tickets_triage_reviewed_at", ["triage_reviewed_at"])


def downgrade() -> None:
    with op.batch_alter_table("tickets") as table:
        table.drop_index("ix_tickets_triage_reviewed_at")
        table.drop_column("triage_reviewed_at")
