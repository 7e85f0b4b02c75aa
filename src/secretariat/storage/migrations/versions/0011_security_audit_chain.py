"""Security: the audit hash chain, users' password state, accent-folding search on PostgreSQL.

* ``audit_entry`` gets ``prev_hash`` and ``entry_hash`` (storage.audit_chain); the entries already
  there are sealed in id order, so the chain starts at the first entry ever written.
* ``app_user`` gets ``must_change_password`` (false for everyone already there) and
  ``password_changed_at``.
* PostgreSQL: the ``unaccent`` extension (trusted, so the database owner may create it) behind an
  immutable function ``secretariat_unaccent``; the trigram indexes of 0005 are made again over the
  folded text, so "krakow" finds Kraków through an index. Where ``unaccent`` cannot be created the
  function folds nothing (a warning is logged) and searches still work as before.

The triggers of the chain, the group roles, privileges and row security are put in place after every
upgrade by storage/migrations/env.py (storage.safeguards.after_upgrade), so that tables added by later
revisions are covered as well.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

from secretariat.storage import audit_chain, pg_security

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

FOLD_FUNCTION = "secretariat_unaccent"
TRIGRAM_COLUMNS = {
    "partner": ("code", "name", "name_original", "city", "notes"),
    "agreement": ("number", "partner_number", "title_id", "title_en", "notes"),
    "delegation": ("code", "purpose", "cities", "notes"),
    "budget_line": ("account_code", "activity", "description"),
}


def _extension_schema(name: str) -> str | None:
    bind = op.get_bind()
    return bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = :n"
        ),
        {"n": name},
    ).scalar()


def _unaccent_schema() -> str | None:
    bind = op.get_bind()
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError as exc:
        savepoint.rollback()
        log.warning("unaccent is not available (%s); PostgreSQL searches will not fold accents", exc.orig)
        return None
    savepoint.commit()
    return _extension_schema("unaccent")


def _fold_function() -> None:
    schema = _unaccent_schema()
    if schema is None:
        body = "SELECT value"
    else:
        quoted = '"' + schema.replace('"', '""') + '"'
        dictionary = f"{quoted}.unaccent".replace("'", "''")
        body = f"SELECT {quoted}.unaccent('{dictionary}'::regdictionary, value)"
    op.execute(
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ {body} $$"
    )


def _trigram_indexes(folded: bool) -> None:
    if _extension_schema("pg_trgm") is None:
        return
    for table, columns in TRIGRAM_COLUMNS.items():
        for column in columns:
            name = f"ix_{table}_{column}_trgm"
            expression = f"{FOLD_FUNCTION}({column})" if folded else column
            op.execute(f"DROP INDEX IF EXISTS {name}")
            op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)")


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    bind = op.get_bind()
    sealed = audit_chain.seal_existing(bind)
    if sealed:
        log.info("sealed %d existing audit entries into the hash chain", sealed)
    if bind.dialect.name == "postgresql":
        _fold_function()
        _trigram_indexes(folded=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        pg_security.uninstall(bind)
        for statement in (
            "DROP TRIGGER IF EXISTS audit_entry_seal ON audit_entry",
            "DROP TRIGGER IF EXISTS audit_entry_refuse ON audit_entry",
            "DROP TRIGGER IF EXISTS audit_entry_refuse_truncate ON audit_entry",
            "DROP FUNCTION IF EXISTS secretariat_audit_seal()",
            "DROP FUNCTION IF EXISTS secretariat_audit_refuse()",
            "DROP FUNCTION IF EXISTS secretariat_chain_part(text)",
        ):
            op.execute(statement)
        _trigram_indexes(folded=False)
        op.execute(f"DROP FUNCTION IF EXISTS {FOLD_FUNCTION}(text)")
    else:
        for name in audit_chain.SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("password_changed_at")
        batch_op.drop_column("must_change_password")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
