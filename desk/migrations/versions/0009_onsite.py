"""On-site service: where each site is, where each engineer sets out from (or is stationed),
and a ticket's third clock, the on-site arrival (departed, arrived).

Revision ID: 0009
Revises: 0002 (it alters the roster's engineers table)
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0002"
branch_labels = None
depends_on = None

_TICKET_MOMENTS = ("visit_requested_at", "arrive_by", "arrival_eta", "departed_at", "arrived_at")


def upgrade() -> None:
    with op.batch_alter_table("sites") as table:
        table.add_column(sa.Column("city", sa.String(40), nullable=False, server_default=""))
        table.add_column(sa.Column("lat", sa.Float(), nullable=True))
        table.add_column(sa.Column("lon", sa.Float(), nullable=True))
    with op.batch_alter_table("engineers") as table:
        table.add_column(sa.Column("base", sa.String(40), nullable=True))
        table.add_column(sa.Column("travel", sa.String(20), nullable=False, server_default="car"))
        table.add_column(sa.Column("resident_at", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("tickets") as table:
        table.add_column(
            sa.Column("onsite", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        for name in _TICKET_MOMENTS:
            table.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
        table.add_column(
            sa.Column("arrival_zone", sa.String(10), nullable=False, server_default="")
        )
        table.add_column(
            sa.Column("arrival_explanation", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets") as table:
        for name in ("arrival_explanation", "arrival_zone", *_TICKET_MOMENTS[::-1], "onsite"):
            table.drop_column(name)
    with op.batch_alter_table("engineers") as table:
        for name in ("resident_at", "travel", "base"):
            table.drop_column(name)
    with op.batch_alter_table("sites") as table:
        for name in ("lon", "lat", "city"):
            table.drop_column(name)
