"""Integration tokens with scopes for the desk API, and idempotency keys on ticket creation (a
retried call returns the ticket it made the first time instead of opening a second).

Revision ID: 0007
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("scopes", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_api_tokens"),
        sa.UniqueConstraint("name", name="uq_api_tokens_name"),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )
    with op.batch_alter_table("tickets") as table:
        table.add_column(sa.Column("idempotency_key", sa.String(120), nullable=True))
        table.create_unique_constraint("uq_tickets_idempotency_key", ["idempotency_key"])


def downgrade() -> None:
    with op.batch_alter_table("tickets") as table:
        table.drop_constraint("uq_tickets_idempotency_key", type_="unique")
        table.drop_column("idempotency_key")
    op.drop_table("api_tokens")
