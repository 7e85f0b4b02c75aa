"""The office's unit code, written into numbers by the pattern token ``{kode-unit}`` (``{unit}``).

Letters and agreements of many regional governments carry the issuing unit's code in their number
("000.5.2/012/BKS/2026"). One nullable column on the single office profile row; existing offices
get none (NULL) and their patterns, which do not use it, number as before.

Revision ID: 0014
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # office_profile has no search triggers: a batch rebuild on SQLite loses nothing.
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_code", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("unit_code")
