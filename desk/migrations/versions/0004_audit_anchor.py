"""Audit anchor: the chain's sealed head, so rows cut from its end are noticed.

A database that already holds audit entries has its chain sealed as it stands at the upgrade.

Revision ID: 0004
Revises: 0001
Create Date: 2026-05-01
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desk.audit import ANCHOR_ID, anchor_seal, key_path, load_key

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    anchor = op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("seal", sa.String(64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_anchor"),
    )
    bind = op.get_bind()
    count = bind.execute(sa.text("SELECT count(*) FROM audit_entries")).scalar_one()
    if count:
        head_id, head_hash = bind.execute(
            sa.text("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1")
        ).one()
        seal = anchor_seal(load_key(key_path()), count, head_id, head_hash)
        op.bulk_insert(
            anchor,
            [
                {
                    "id": ANCHOR_ID,
                    "entries": count,
                    "head_id": head_id,
                    "head_hash": head_hash,
                    "seal": seal,
                    "sealed_at": datetime.now(UTC),
                }
            ],
        )


def downgrade() -> None:
    op.drop_table("audit_anchor")
