"""The audit trail as a hash chain: every entry carries the hash of the one before it.

Each row of ``audit_entry`` holds ``prev_hash`` (the ``entry_hash`` of the entry before it in id
order, NULL for the first) and ``entry_hash``, the SHA-256 of a canonical text made of the previous
hash and the entry's own fields (:func:`entry_hash`). The database computes both as the row is
inserted, whoever inserts it and however (the ORM's auditor, a bulk import, plain SQL):

* on PostgreSQL a ``BEFORE INSERT`` trigger (PL/pgSQL) takes a transaction-long advisory lock, gives
  the row the next id under that lock (so id order is chain order even when transactions overlap),
  and computes the hashes with the server's ``sha256``;
* on SQLite an ``AFTER INSERT`` trigger calls the SQL function ``secretariat_chain_hash``, which the
  program registers on every connection (:func:`register_sqlite_functions`). Writers on SQLite are
  serialised by the file's write lock.

Changing or deleting a sealed entry is refused by triggers on both back ends; on PostgreSQL the
privileges (storage.pg_security) also give no one but the schema owner UPDATE or DELETE. The owner
(or anyone who can write the SQLite file) could still disable a trigger and rewrite a row: then
:func:`verify` finds the first entry whose hash or link no longer matches.

The canonical text is frozen: changing it would make every existing chain look broken. Each field is
written as ``<length>:<text>`` (``-`` for NULL), one per line, after a version line, so no two
different entries share a text. The moment is the text the database holds: on SQLite the stored
string, on PostgreSQL ``to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

CHAIN_VERSION = "secretariat-audit-1"
#: The entry's own fields in the canonical text, in this order (after the previous hash).
HASHED_FIELDS = ("at", "user_login", "action", "entity", "entity_id", "entity_gid", "summary", "changes")
SQLITE_HASH_FUNCTION = "secretariat_chain_hash"
PG_AT_TEXT = "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')"
#: Rows read per round trip while sealing or verifying.
BATCH = 2000


def _part(value: Any) -> str:
    if value is None:
        return "-"
    text = str(value)
    return f"{len(text)}:{text}"


def canonical_text(prev_hash: str | None, *fields: Any) -> str:
    """The text hashed for one entry: version, previous hash, then :data:`HASHED_FIELDS` in order."""
    if len(fields) != len(HASHED_FIELDS):
        raise ValueError(f"an audit entry has {len(HASHED_FIELDS)} hashed fields, not {len(fields)}")
    return "\n".join([CHAIN_VERSION, _part(prev_hash), *(_part(value) for value in fields)])


def entry_hash(prev_hash: str | None, *fields: Any) -> str:
    """SHA-256 (hex) of :func:`canonical_text`."""
    return hashlib.sha256(canonical_text(prev_hash, *fields).encode("utf-8")).hexdigest()


def _sqlite_hash(prev_hash: Any, *fields: Any) -> str:
    return entry_hash(prev_hash, *fields)


def register_sqlite_functions(dbapi_connection: Any) -> None:
    """Make ``secretariat_chain_hash`` available to the triggers of a SQLite connection."""
    dbapi_connection.create_function(SQLITE_HASH_FUNCTION, 1 + len(HASHED_FIELDS), _sqlite_hash, deterministic=True)


_NEW = ", ".join(f"NEW.{name}" for name in HASHED_FIELDS)
_PREVIOUS_SQLITE = "(SELECT p.entry_hash FROM audit_entry p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1)"

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS audit_entry_chain AFTER INSERT ON audit_entry
BEGIN
    UPDATE audit_entry
    SET prev_hash = {_PREVIOUS_SQLITE},
        entry_hash = {SQLITE_HASH_FUNCTION}({_PREVIOUS_SQLITE}, {_NEW})
    WHERE id = NEW.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry
WHEN OLD.entry_hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END""",
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END""",
)
SQLITE_TRIGGER_NAMES = ("audit_entry_chain", "audit_entry_no_update", "audit_entry_no_delete")

#: The advisory lock that serialises the chain on PostgreSQL (any constant both sides agree on).
PG_CHAIN_LOCK = 740_131_001

_PG_PARTS = ",\n            ".join(
    ["secretariat_chain_part(NEW.prev_hash)"]
    + [
        "secretariat_chain_part(to_char(NEW.at, 'YYYY-MM-DD HH24:MI:SS.US'))"
        if name == "at"
        else f"secretariat_chain_part(NEW.{name}::text)"
        for name in HASHED_FIELDS
    ]
)

PG_FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION secretariat_chain_part(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN value IS NULL THEN '-' ELSE length(value)::text || ':' || value END $$""",
    f"""CREATE OR REPLACE FUNCTION secretariat_audit_seal() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public
AS $$
DECLARE
    owner_name name;
BEGIN
    SELECT pg_get_userbyid(c.relowner) INTO owner_name FROM pg_class c WHERE c.oid = TG_RELID;
    -- The entry is written in the name of the signed-in login; only the schema owner (who can
    -- rewrite anything anyway) may write in another name, as the program does for its set-up.
    IF NEW.user_login IS DISTINCT FROM session_user::text
       AND NOT pg_has_role(session_user, owner_name, 'USAGE') THEN
        RAISE EXCEPTION 'audit entries are written in the name of the signed-in user (%), not %',
            session_user, NEW.user_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock({PG_CHAIN_LOCK});
    NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_NAME, 'id'));
    SELECT a.entry_hash INTO NEW.prev_hash FROM audit_entry a ORDER BY a.id DESC LIMIT 1;
    NEW.entry_hash := encode(sha256(convert_to(concat_ws(E'\\n',
            '{CHAIN_VERSION}',
            {_PG_PARTS}), 'UTF8')), 'hex');
    RETURN NEW;
END
$$""",
    """CREATE OR REPLACE FUNCTION secretariat_audit_refuse() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$""",
)
PG_TRIGGERS = (
    "DROP TRIGGER IF EXISTS audit_entry_seal ON audit_entry",
    "CREATE TRIGGER audit_entry_seal BEFORE INSERT ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION secretariat_audit_seal()",
    "DROP TRIGGER IF EXISTS audit_entry_refuse ON audit_entry",
    "CREATE TRIGGER audit_entry_refuse BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION secretariat_audit_refuse()",
    "DROP TRIGGER IF EXISTS audit_entry_refuse_truncate ON audit_entry",
    "CREATE TRIGGER audit_entry_refuse_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION secretariat_audit_refuse()",
)


def install(connection: Connection) -> None:
    """Create (or re-create) the triggers and functions of the chain; idempotent, run after every upgrade."""
    if connection.dialect.name == "postgresql":
        for statement in (*PG_FUNCTIONS, *PG_TRIGGERS):
            connection.exec_driver_sql(statement.replace("%", "%%"))  # psycopg reads % as a placeholder
    else:
        for statement in SQLITE_TRIGGERS:
            connection.exec_driver_sql(statement)


def _at_text(connection: Connection) -> str:
    return PG_AT_TEXT if connection.dialect.name == "postgresql" else "at"


def _rows(connection: Connection, where: str = "", after_id: int | None = None) -> Iterator[tuple[Any, ...]]:
    """(id, prev_hash, entry_hash, *hashed fields as the database holds them), in id order, in batches."""
    fields = ", ".join(_at_text(connection) if name == "at" else name for name in HASHED_FIELDS)
    last = -1 if after_id is None else after_id
    while True:
        condition = f"id > {int(last)}" + (f" AND {where}" if where else "")
        batch = connection.exec_driver_sql(
            f"SELECT id, prev_hash, entry_hash, {fields} FROM audit_entry WHERE {condition} ORDER BY id LIMIT {BATCH}"
        ).fetchall()
        if not batch:
            return
        yield from (tuple(row) for row in batch)
        last = batch[-1][0]


def seal_existing(connection: Connection) -> int:
    """Give hashes to the entries that have none (written before the chain existed), in id order.

    Run by the migration that adds the chain, before the triggers exist; returns how many were sealed.
    """
    previous = connection.exec_driver_sql(
        "SELECT entry_hash FROM audit_entry WHERE entry_hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).scalar()
    sealed = 0
    updates: list[dict[str, Any]] = []
    for row in _rows(connection, "entry_hash IS NULL"):
        digest = entry_hash(previous, *row[3:])
        updates.append({"id": row[0], "prev": previous, "hash": digest})
        previous = digest
        sealed += 1
        if len(updates) >= BATCH:
            _apply(connection, updates)
            updates = []
    if updates:
        _apply(connection, updates)
    return sealed


def _apply(connection: Connection, updates: list[dict[str, Any]]) -> None:
    from sqlalchemy import text

    connection.execute(text("UPDATE audit_entry SET prev_hash = :prev, entry_hash = :hash WHERE id = :id"), updates)


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain stops holding: the first entry found altered, or after which entries are missing."""

    entry_id: int
    kind: str  # "altered" | "unlinked" | "unsealed" | "first_missing"
    previous_id: int | None = None


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_hash: str | None  # the newest entry's hash: write it down to notice entries removed from the end
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify(connection: Connection) -> ChainReport:
    """Recompute the chain entry by entry; report the first entry that does not hold."""
    previous_hash: str | None = None
    previous_id: int | None = None
    count = 0
    for row in _rows(connection):
        entry_id, prev_hash, stored_hash = row[0], row[1], row[2]
        count += 1
        if stored_hash is None:
            return ChainReport(count, previous_hash, ChainBreak(entry_id, "unsealed", previous_id))
        if prev_hash != previous_hash:
            kind = "first_missing" if previous_id is None else "unlinked"
            return ChainReport(count, previous_hash, ChainBreak(entry_id, kind, previous_id))
        if entry_hash(prev_hash, *row[3:]) != stored_hash:
            return ChainReport(count, previous_hash, ChainBreak(entry_id, "altered", previous_id))
        previous_hash, previous_id = stored_hash, entry_id
    return ChainReport(count, previous_hash, None)
