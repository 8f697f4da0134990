"""Chat hand-off: the redacted conversation and the call-back number on the ticket.

Revision ID: 0005
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("transcript", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("callback", sa.String(60), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("callback")
        batch.drop_column("transcript")
