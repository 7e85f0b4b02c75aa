"""What protects a database beyond its tables, put in place after every upgrade.

Run by storage/migrations/env.py once the schema is at head, in the upgrade's own transaction:

* the audit chain's triggers (and, on PostgreSQL, its functions): storage.audit_chain;
* on PostgreSQL, the group roles, privileges, row security and the login-managing function:
  storage.pg_security.

Both are idempotent. They live here rather than in one migration because they describe the state every
table must be in, including tables that later revisions add (a table rebuilt by a batch migration on
SQLite also loses its triggers, and gets them back here).
"""

from __future__ import annotations

from sqlalchemy import Connection

from secretariat.storage import audit_chain, pg_security


def after_upgrade(connection: Connection) -> None:
    audit_chain.install(connection)
    if connection.dialect.name == "postgresql":
        pg_security.install(connection)
