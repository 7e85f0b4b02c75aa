"""The office's unit code, written into numbers by the pattern token ``{kode-unit}`` (``{unit}``).

Letters and agreements of many regional governments carry the issuing unit's code in their number
("000.5.2/012/BKS/2026"). One nullable column on the single office profile row; existing offices
get none (NULL) and their patterns, which do not use it, number as before.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column: added in place on SQLite and PostgreSQL, no table rebuild (as 0010 does).
    op.add_column("office_profile", sa.Column("unit_code", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("office_profile", "unit_code")
