"""Corrections of a closed fiscal year: ``budget_transaction.corrects_id``.

A closed fiscal year is locked; a figure of it that proves wrong is corrected
by a new, dated entry in an open year. That entry points at the transaction it
corrects (``corrects_id``) and is the only kind of transaction whose amount may
be negative (see docs/money.md, "Closed years and corrections"). Existing rows
are no corrections (NULL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # budget_transaction has no search triggers: a batch rebuild on SQLite loses nothing.
    with op.batch_alter_table("budget_transaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("corrects_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_budget_transaction_corrects_id"), ["corrects_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_budget_transaction_corrects_id_budget_transaction"),
            "budget_transaction",
            ["corrects_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("budget_transaction", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_budget_transaction_corrects_id_budget_transaction"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_budget_transaction_corrects_id"))
        batch_op.drop_column("corrects_id")
