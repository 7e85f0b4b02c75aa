"""Agreement texts, budget controls (chart of accounts, rate table, closed years), delegation protocol and gifts.

Columns are added with plain ALTER TABLE ADD COLUMN (no table rebuild), so the
FTS triggers on agreement and delegation stay in place.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("code", name=op.f("uq_account_code")),
        sa.UniqueConstraint("gid", name=op.f("uq_account_gid")),
    )
    op.create_table(
        "exchange_rate",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=48), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint("currency", "on", name=op.f("uq_exchange_rate_currency")),
        sa.UniqueConstraint("gid", name=op.f("uq_exchange_rate_gid")),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rate_currency"), ["currency"], unique=False)

    op.create_table(
        "fiscal_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_fiscal_year")),
    )
    op.create_table(
        "agreement_article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("heading_id", sa.String(length=300), nullable=False),
        sa.Column("heading_en", sa.String(length=300), nullable=False),
        sa.Column("text_id", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_article_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_article")),
    )
    with op.batch_alter_table("agreement_article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_article_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "gift",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("giver", sa.String(length=300), nullable=True),
        sa.Column("recipient", sa.String(length=300), nullable=True),
        sa.Column("value_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_gift_delegation_id_delegation"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
        sa.UniqueConstraint("gid", name=op.f("uq_gift_gid")),
    )
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_delegation_id"), ["delegation_id"], unique=False)

    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("preamble_id", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("preamble_en", sa.Text(), nullable=True))

    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("per_diem_country_code", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("per_diem_grade", sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column("precedence", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("forms_of_address", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("dietary_needs", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("interpreter", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("liaison_officer", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("hotel", sa.String(length=300), nullable=True))

    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delegation_min_size", sa.Integer(), nullable=False, server_default="3"))
        batch_op.add_column(sa.Column("delegation_max_size", sa.Integer(), nullable=False, server_default="10"))


def downgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("delegation_max_size")
        batch_op.drop_column("delegation_min_size")

    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_column("hotel")
        batch_op.drop_column("liaison_officer")
        batch_op.drop_column("interpreter")
        batch_op.drop_column("dietary_needs")
        batch_op.drop_column("forms_of_address")
        batch_op.drop_column("precedence")
        batch_op.drop_column("per_diem_grade")
        batch_op.drop_column("per_diem_country_code")

    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_column("preamble_en")
        batch_op.drop_column("preamble_id")

    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_delegation_id"))

    op.drop_table("gift")
    with op.batch_alter_table("agreement_article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_article_agreement_id"))

    op.drop_table("agreement_article")
    op.drop_table("fiscal_year")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rate_currency"))

    op.drop_table("exchange_rate")
    op.drop_table("account")
