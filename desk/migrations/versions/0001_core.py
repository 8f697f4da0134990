"""Core desk tables: hospitals, sites, contracts, tickets, status history, audit, KB feedback.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def _id(name: str = "id") -> sa.Column:
    return sa.Column(name, sa.String(40), nullable=False)


def upgrade() -> None:
    op.create_table(
        "hospitals",
        _id(),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("region", sa.String(60), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("resident_engineer", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_hospitals"),
        sa.UniqueConstraint("name", name="uq_hospitals_name"),
    )
    op.create_table(
        "sites",
        _id(),
        _id("hospital_id"),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("region", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sites"),
        sa.ForeignKeyConstraint(
            ["hospital_id"], ["hospitals.id"], name="fk_sites_hospital_id_hospitals"
        ),
    )
    op.create_index("ix_sites_hospital_id", "sites", ["hospital_id"])
    op.create_table(
        "contracts",
        _id(),
        sa.Column("name", sa.String(120), nullable=False),
        _id("hospital_id"),
        sa.Column("coverage", sa.String(20), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contracts"),
        sa.ForeignKeyConstraint(
            ["hospital_id"], ["hospitals.id"], name="fk_contracts_hospital_id_hospitals"
        ),
    )
    op.create_index("ix_contracts_hospital_id", "contracts", ["hospital_id"])
    _create_tickets()
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_status_changes"),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name="fk_status_changes_ticket_id_tickets"
        ),
    )
    op.create_index("ix_status_changes_ticket_id", "status_changes", ["ticket_id"])
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_ticket_id", "audit_entries", ["ticket_id"])
    op.create_table(
        "kb_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("solved", sa.Boolean(), nullable=False),
        sa.Column("conversation", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kb_feedback"),
    )
    op.create_index("ix_kb_feedback_article_id", "kb_feedback", ["article_id"])


def _create_tickets() -> None:
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=True),
        sa.Column("hospital", sa.String(120), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("reporter", sa.String(120), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("subsystem", sa.String(30), nullable=False),
        sa.Column("tier_predicted", sa.String(2), nullable=False),
        sa.Column("tier_confirmed", sa.String(2), nullable=True),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("log_excerpt", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("kb_offered", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("callback_requested", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("respond_by", UTC_TIME, nullable=False),
        sa.Column("resolve_by", UTC_TIME, nullable=False),
        sa.Column("responded_at", UTC_TIME, nullable=True),
        sa.Column("resolved_at", UTC_TIME, nullable=True),
        sa.Column("sla_explanation", sa.Text(), nullable=False),
        sa.Column("pool", sa.String(60), nullable=False),
        sa.Column("engineer", sa.String(60), nullable=False),
        sa.Column("routing_reasons", sa.JSON(), nullable=False),
        sa.Column("hospital_id", sa.String(40), nullable=True),
        sa.Column("site_id", sa.String(40), nullable=True),
        sa.Column("contract_id", sa.String(40), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("accepted_at", UTC_TIME, nullable=True),
        sa.Column("paused_at", UTC_TIME, nullable=True),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("warnings_sent", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tickets"),
        sa.ForeignKeyConstraint(
            ["hospital_id"], ["hospitals.id"], name="fk_tickets_hospital_id_hospitals"
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_tickets_site_id_sites"),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name="fk_tickets_contract_id_contracts"
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["tickets.id"], name="fk_tickets_parent_id_tickets"),
    )
    op.create_index("ix_tickets_number", "tickets", ["number"], unique=True)
    op.create_index("ix_tickets_status", "tickets", ["status"])
    for column in ("hospital_id", "site_id", "contract_id", "parent_id"):
        op.create_index(f"ix_tickets_{column}", "tickets", [column])


def downgrade() -> None:
    for table in (
        "kb_feedback",
        "audit_entries",
        "status_changes",
        "tickets",
        "contracts",
        "sites",
        "hospitals",
    ):
        op.drop_table(table)
