"""Roster: regions, certificates, pools, engineers and roster-wide settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _roster_columns() -> list[sa.Column]:
    return [
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    ]


def _names() -> list[sa.Column]:
    return [
        sa.Column("name_zh", sa.String(120), nullable=False),
        sa.Column("name_en", sa.String(120), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "regions",
        sa.Column("id", sa.String(40), nullable=False),
        *_names(),
        *_roster_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_regions"),
    )
    op.create_table(
        "certifications",
        sa.Column("id", sa.String(60), nullable=False),
        *_names(),
        sa.Column("subsystems", sa.JSON(), nullable=False),
        sa.Column("onsite_only", sa.Boolean(), nullable=False),
        *_roster_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_certifications"),
    )
    op.create_table(
        "pools",
        sa.Column("id", sa.String(40), nullable=False),
        *_names(),
        sa.Column("subsystems", sa.JSON(), nullable=False),
        sa.Column("hotline", sa.String(60), nullable=False),
        *_roster_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_pools"),
    )
    op.create_table(
        "engineers",
        sa.Column("id", sa.String(60), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("pool", sa.String(40), nullable=False),
        *(
            sa.Column(name, sa.JSON(), nullable=False)
            for name in ("skills", "certifications", "regions", "sites", "languages", "on_call")
        ),
        sa.Column("timezone", sa.String(60), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        *_roster_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_engineers"),
        sa.ForeignKeyConstraint(["pool"], ["pools.id"], name="fk_engineers_pool_pools"),
    )
    op.create_index("ix_engineers_pool", "engineers", ["pool"])
    op.create_table(
        "roster_settings",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_roster_settings"),
    )


def downgrade() -> None:
    op.drop_table("roster_settings")
    op.drop_index("ix_engineers_pool", table_name="engineers")
    op.drop_table("engineers")
    op.drop_table("pools")
    op.drop_table("certifications")
    op.drop_table("regions")
