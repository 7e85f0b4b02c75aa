"""Search indexes: trigram indexes for PostgreSQL's ILIKE search, partner city for sorting.

On SQLite the FTS5 tables of 0001 serve the search. On PostgreSQL the
register search is ILIKE '%word%' over the same columns; trigram (pg_trgm)
GIN indexes serve it. pg_trgm is a trusted extension (PostgreSQL 13+), so a
database owner may create it; where it cannot be created, the search still
works by scanning and a warning is logged.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

TRIGRAM_COLUMNS = {
    "partner": ("code", "name", "name_original", "city", "notes"),
    "agreement": ("number", "partner_number", "title_id", "title_en", "notes"),
    "delegation": ("code", "purpose", "cities", "notes"),
    "budget_line": ("account_code", "activity", "description"),
}


def _trigram_available() -> bool:
    bind = op.get_bind()
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        savepoint.rollback()
        log.warning("pg_trgm is not available (%s); PostgreSQL searches will scan", exc.orig)
        return False
    savepoint.commit()
    return True


def upgrade() -> None:
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_city"), ["city"], unique=False)
    if op.get_bind().dialect.name != "postgresql" or not _trigram_available():
        return
    for table, columns in TRIGRAM_COLUMNS.items():
        for column in columns:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in TRIGRAM_COLUMNS.items():
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_city"))
