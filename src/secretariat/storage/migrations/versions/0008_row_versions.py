"""Edit conflicts and bounded input: a version on every record a clerk edits, and the longest
search the registers accept.

* ``row_version`` (every edited table): SQLAlchemy's version counter. A save based on an older
  version is refused and the editor shows what the other person changed. Existing rows start at 1.
* ``office_profile.search_max_characters`` / ``search_max_words``: the longest search (default 200
  characters, 20 words).

Columns are added with ALTER TABLE (no table rebuild), so the search triggers of the partner,
agreement, delegation and budget-line tables stay as they are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "account",
    "activity",
    "agreement",
    "app_user",
    "attachment",
    "budget_line",
    "budget_transaction",
    "contact",
    "country",
    "delegation",
    "delegation_member",
    "exchange_rate",
    "gift",
    "itinerary_item",
    "office_profile",
    "official",
    "packet",
    "partner",
    "partner_condition",
    "per_diem_rate",
    "permit_step",
    "sector",
    "stage",
    "travel_cost_rate",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False))
    op.add_column(
        "office_profile", sa.Column("search_max_characters", sa.Integer(), server_default="200", nullable=False)
    )
    op.add_column("office_profile", sa.Column("search_max_words", sa.Integer(), server_default="20", nullable=False))


def downgrade() -> None:
    op.drop_column("office_profile", "search_max_words")
    op.drop_column("office_profile", "search_max_characters")
    for table in reversed(VERSIONED_TABLES):
        op.drop_column(table, "row_version")
