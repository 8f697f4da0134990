"""Proactive service: contracts' service plans, quarterly inspections and holiday readiness.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("contracts") as batch:
        batch.add_column(sa.Column("service_plan", sa.JSON(), nullable=True))
    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("hospital_id", sa.String(40), sa.ForeignKey("hospitals.id"), nullable=False),
        sa.Column("site_id", sa.String(40), sa.ForeignKey("sites.id"), nullable=True),
        sa.Column("contract_id", sa.String(40), sa.ForeignKey("contracts.id"), nullable=False),
        sa.Column("quarter", sa.String(7), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("engineer", sa.String(60), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("completed_at", _UTC, nullable=True),
        sa.UniqueConstraint("key", name="uq_inspections_key"),
    )
    op.create_index("ix_inspections_hospital_id", "inspections", ["hospital_id"])
    op.create_index("ix_inspections_quarter", "inspections", ["quarter"])
    op.create_index("ix_inspections_status", "inspections", ["status"])
    op.create_table(
        "readiness_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("hospital_id", sa.String(40), sa.ForeignKey("hospitals.id"), nullable=False),
        sa.Column("holiday_zh", sa.String(60), nullable=False),
        sa.Column("holiday_en", sa.String(80), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("rota", sa.JSON(), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("notice_id", sa.String(64), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.UniqueConstraint("key", name="uq_readiness_plans_key"),
    )
    op.create_index("ix_readiness_plans_hospital_id", "readiness_plans", ["hospital_id"])


def downgrade() -> None:
    op.drop_table("readiness_plans")
    op.drop_table("inspections")
    with op.batch_alter_table("contracts") as batch:
        batch.drop_column("service_plan")
