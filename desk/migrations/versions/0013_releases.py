"""Releases and upgrade notices: the versions each site runs, the releases published, one
notice per release and site; the language a site's staff read.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("language", sa.String(5), nullable=False, server_default="zh"))
    op.create_table(
        "site_versions",
        sa.Column("site_id", sa.String(40), sa.ForeignKey("sites.id"), primary_key=True),
        sa.Column("product", sa.String(40), primary_key=True),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("recorded_at", _UTC, nullable=False),
    )
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("product", sa.String(40), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("affects", sa.String(120), nullable=False),
        sa.Column("published_at", _UTC, nullable=False),
        sa.Column("published_by", sa.String(120), nullable=False),
        sa.Column("fixes", sa.JSON(), nullable=False),
        sa.Column("known_issues", sa.JSON(), nullable=False),
        sa.UniqueConstraint("product", "version", name="uq_releases_product"),
    )
    op.create_table(
        "release_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("release_id", sa.Integer(), sa.ForeignKey("releases.id"), nullable=False),
        sa.Column("site_id", sa.String(40), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("installed_version", sa.String(40), nullable=False),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("delivered_at", _UTC, nullable=True),
        sa.UniqueConstraint("release_id", "site_id", name="uq_release_notices_release_id"),
        sa.UniqueConstraint("message_id", name="uq_release_notices_message_id"),
    )
    op.create_index("ix_release_notices_release_id", "release_notices", ["release_id"])
    op.create_index("ix_release_notices_site_id", "release_notices", ["site_id"])


def downgrade() -> None:
    op.drop_table("release_notices")
    op.drop_table("releases")
    op.drop_table("site_versions")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("language")
