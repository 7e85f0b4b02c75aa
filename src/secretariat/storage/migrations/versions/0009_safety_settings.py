"""Safeguards: how many automatic backups are kept, and the largest workbook an import takes.

One optional row; without it the defaults apply (7 daily, 4 weekly and 12 monthly backups; 200,000
rows a sheet). Existing databases get the empty table, so nothing changes for them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keep_daily", sa.Integer(), nullable=False),
        sa.Column("keep_weekly", sa.Integer(), nullable=False),
        sa.Column("keep_monthly", sa.Integer(), nullable=False),
        sa.Column("import_max_rows", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_setting")),
    )


def downgrade() -> None:
    op.drop_table("safety_setting")
