"""Sorting as people sort (``storage.sorting``), and an index for the dashboard's check of members on
two visits at once.

- ``partner.name_key`` and ``official.name_key``: the name folded (no case, no accents);
  ``agreement.number_key``: the number's year and sequence. Filled here for the rows already there
  (computed from the stored name or number by ``domain.sorting``), then kept by the program; indexed
  (on PostgreSQL compared byte by byte, COLLATE "C", as SQLite does).
- PostgreSQL: the ICU collation ``secretariat`` (root locale, primary strength: case and accents
  ignored) for names read from other tables; where the server has no ICU, a copy of "C" (names then
  sort by their bytes there) and a warning in the log.
- ``delegation_member.passport_number`` indexed; ``activity`` and ``budget_transaction`` indexed by their
  agreement (budget line) and date, so the dashboard reads each agreement's latest movement from the
  indexes alone.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

from secretariat.domain.sorting import name_key, number_key

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

#: (table, column, its key column, key length, key function)
KEYS: tuple[tuple[str, str, str, int, Callable[[str | None], str | None]], ...] = (
    ("partner", "name", "name_key", 400, name_key),
    ("official", "name", "name_key", 300, name_key),
    ("agreement", "number", "number_key", 20, number_key),
)
BATCH = 5000
#: Indexes from which the dashboard reads each agreement's latest activity and spending.
MOVEMENT_INDEXES = {
    "activity": ("agreement_id", "occurred_on"),
    "budget_transaction": ("budget_line_id", "occurred_on"),
}


def _create_collation() -> None:
    bind = op.get_bind()
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE COLLATION IF NOT EXISTS secretariat (provider = icu, locale = 'und-u-ks-level1')")
    except DBAPIError as exc:
        savepoint.rollback()
        log.warning("ICU collations are not available (%s); names of countries sort by their bytes", exc.orig)
        bind.exec_driver_sql('CREATE COLLATION IF NOT EXISTS secretariat FROM "C"')
        return
    savepoint.commit()


def _fill(table: str, column: str, key: str, function: Callable[[str | None], str | None]) -> None:
    bind = op.get_bind()
    # On SQLite the search index's update trigger would re-index every row for a column it does not
    # hold: it is set aside while the keys are written, and put back as it was.
    trigger = None
    if bind.dialect.name == "sqlite":
        trigger = bind.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": f"{table}_fts_au"},
        ).scalar()
        if trigger:
            bind.exec_driver_sql(f"DROP TRIGGER {table}_fts_au")
    rows = bind.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")).all()
    update = sa.text(f"UPDATE {table} SET {key} = :key WHERE id = :row_id")
    for start in range(0, len(rows), BATCH):
        bind.execute(
            update, [{"key": function(value), "row_id": row_id} for row_id, value in rows[start : start + BATCH]]
        )
    if trigger:
        bind.exec_driver_sql(trigger)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table, column, key, length, function in KEYS:
        # Plain ALTER TABLE (no batch copy of the table, which would lose the search triggers on SQLite).
        op.add_column(table, sa.Column(key, sa.String(length=length), nullable=True))
        _fill(table, column, key, function)
        collate = ' COLLATE "C"' if postgresql else ""
        op.execute(f"CREATE INDEX ix_{table}_{key} ON {table} ({key}{collate})")
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_member_passport_number"), ["passport_number"], unique=False)
    for table, columns in MOVEMENT_INDEXES.items():
        op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns), unique=False)
    if postgresql:
        _create_collation()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP COLLATION IF EXISTS secretariat")
    for table, columns in MOVEMENT_INDEXES.items():
        op.drop_index(f"ix_{table}_{'_'.join(columns)}", table_name=table)
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_member_passport_number"))
    for table, _column, key, _length, _function in reversed(KEYS):
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{key}")
        op.drop_column(table, key)  # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later)
