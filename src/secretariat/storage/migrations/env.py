"""Alembic environment: always handed an open connection by secretariat.storage.migrate."""

from __future__ import annotations

from alembic import context

from secretariat.storage.models import Base
from secretariat.storage.safeguards import after_upgrade

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Run migrations through 'secretariat init', not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
    # At head (not after a downgrade): the triggers, roles and privileges every table must have.
    migration = context.get_context()
    if set(migration.get_current_heads()) == set(context.script.get_heads()):
        after_upgrade(connection)
