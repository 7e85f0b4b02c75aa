"""Revenue and spending apart, the travel-cost table, and who signs budgets.

* ``account.side``: revenue, spending or financing, the group of the account in
  the chart (issue 10: a grant line is revenue, never part of the spending
  ceiling). Existing accounts get the group their first segment names in the
  national classification (4 pendapatan -> revenue, 5 belanja -> spending,
  6 pembiayaan -> financing); any other code gets spending, as before.
* ``travel_cost_rate``: the office's table of air fares, visa, insurance, local
  transport, representation and per-delegation lump sums, each with its source
  and the date it applies from (empty for existing databases).
* ``delegation.per_diem_grade_reason``: why one grade is paid to the whole
  delegation (NULL for existing rows: a delegation that had one grade keeps it,
  and its budget prints that no reason was recorded).
* ``itinerary_item.country_code``: the country the delegation is in that day,
  so a trip to two countries pays each day's per diem at that country's rate
  (NULL for existing rows: the delegation's destination).
* ``office_profile``: the bureau head's NIP and the finance officer (name,
  title, NIP) who prepares budgets (NULL until filled in the settings).

Plain ADD COLUMN (no batch rebuild): ``delegation`` has search triggers on SQLite.

Revision ID: 0007
Revises: 0006
Create Date: 2027-01-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_GROUPS = {"4": "revenue", "5": "spending", "6": "financing"}


def upgrade() -> None:
    op.add_column("account", sa.Column("side", sa.String(length=10), nullable=False, server_default="spending"))
    account = sa.table("account", sa.column("code", sa.String), sa.column("side", sa.String))
    for first, side in _GROUPS.items():
        if side != "spending":
            op.execute(account.update().where(account.c.code.like(f"{first}.%")).values(side=side))

    op.create_table(
        "travel_cost_rate",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("grade", sa.String(length=1), nullable=True),
        sa.Column("travel_class", sa.String(length=10), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_travel_cost_rate_country_code_country")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_cost_rate")),
        sa.UniqueConstraint("kind", "country_code", "grade", "valid_from", name=op.f("uq_travel_cost_rate_kind")),
        sa.UniqueConstraint("gid", name=op.f("uq_travel_cost_rate_gid")),
    )
    op.create_index(op.f("ix_travel_cost_rate_kind"), "travel_cost_rate", ["kind"], unique=False)
    op.create_index(op.f("ix_travel_cost_rate_country_code"), "travel_cost_rate", ["country_code"], unique=False)

    op.add_column("delegation", sa.Column("per_diem_grade_reason", sa.String(length=300), nullable=True))
    op.add_column("itinerary_item", sa.Column("country_code", sa.String(length=2), nullable=True))
    for name, length in (
        ("bureau_head_nip", 30),
        ("finance_officer_name", 200),
        ("finance_officer_title", 200),
        ("finance_officer_nip", 30),
    ):
        op.add_column("office_profile", sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    for name in ("finance_officer_nip", "finance_officer_title", "finance_officer_name", "bureau_head_nip"):
        op.drop_column("office_profile", name)
    op.drop_column("itinerary_item", "country_code")
    op.drop_column("delegation", "per_diem_grade_reason")
    op.drop_index(op.f("ix_travel_cost_rate_country_code"), table_name="travel_cost_rate")
    op.drop_index(op.f("ix_travel_cost_rate_kind"), table_name="travel_cost_rate")
    op.drop_table("travel_cost_rate")
    op.drop_column("account", "side")
