"""Spare parts: suppliers, the catalogue, depots and their stock, parts requested for tickets;
and whether a contract pauses the resolution clock while a ticket waits on a part.

Revision ID: 0010
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0001"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("contracts") as table:
        table.add_column(
            sa.Column(
                "parts_pause_resolution", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    op.create_table(
        "suppliers",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
    )
    op.create_table(
        "parts",
        sa.Column("number", sa.String(60), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("fits", sa.JSON(), nullable=False),
        sa.Column("subsystem", sa.String(30), nullable=False),
        sa.Column("end_of_life", sa.Date(), nullable=True),
        sa.Column("last_buy", sa.Date(), nullable=True),
        sa.Column("certificate", sa.String(60), nullable=False),
        sa.Column("supplier_id", sa.String(40), sa.ForeignKey("suppliers.id"), nullable=False),
    )
    op.create_index("ix_parts_supplier_id", "parts", ["supplier_id"])
    op.create_table(
        "depots",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("city", sa.String(40), nullable=False),
        sa.Column("handling_minutes", sa.Integer(), nullable=False),
    )
    op.create_table(
        "stock",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("depot_id", sa.String(40), sa.ForeignKey("depots.id"), nullable=False),
        sa.Column("part_number", sa.String(60), sa.ForeignKey("parts.number"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("reorder_point", sa.Integer(), nullable=False),
        sa.UniqueConstraint("depot_id", "part_number", name="uq_stock_depot_id"),
    )
    op.create_index("ix_stock_depot_id", "stock", ["depot_id"])
    op.create_index("ix_stock_part_number", "stock", ["part_number"])
    op.create_table(
        "part_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ticket_id", sa.Integer(), sa.ForeignKey("tickets.id"), nullable=False),
        sa.Column("part_number", sa.String(60), sa.ForeignKey("parts.number"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("depot_id", sa.String(40), sa.ForeignKey("depots.id"), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("eta", _UTC, nullable=False),
        sa.Column("eta_explanation", sa.String(300), nullable=False),
        sa.Column("requested_by", sa.String(120), nullable=False),
        sa.Column("requested_at", _UTC, nullable=False),
        sa.Column("fitted_by", sa.String(120), nullable=False),
        sa.Column("closed_at", _UTC, nullable=True),
    )
    for column in ("ticket_id", "part_number", "status"):
        op.create_index(f"ix_part_requests_{column}", "part_requests", [column])


def downgrade() -> None:
    for table in ("part_requests", "stock", "depots", "parts", "suppliers"):
        op.drop_table(table)
    with op.batch_alter_table("contracts") as table:
        table.drop_column("parts_pause_resolution")
