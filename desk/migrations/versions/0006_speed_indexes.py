"""Indexes for the two queries every new ticket runs: its would-be major incident (same hospital
and subsystem within the window, desk/incidents.py) and the open load per engineer that routing
weighs (desk/tickets.py). Without them both read every ticket row, so opening a ticket got
slower with every ticket in the desk.

Revision ID: 0006
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_tickets_incident_window", "tickets", ["hospital", "subsystem", "created_at"]
    )
    op.create_index("ix_tickets_status_engineer", "tickets", ["status", "engineer"])


def downgrade() -> None:
    op.drop_index("ix_tickets_status_engineer", table_name="tickets")
    op.drop_index("ix_tickets_incident_window", table_name="tickets")
