"""Integrity check of a database: ``secretariat check``.

On SQLite: the file's own check (``PRAGMA integrity_check``), foreign keys
(``PRAGMA foreign_key_check``), and each full-text index against its table
(FTS5 ``integrity-check`` with the content table compared). On PostgreSQL the
server keeps the file sound, so the check looks for rows that point at
missing rows, and compares each person's login (group, right to sign in) with
their record in the program. On both: the schema revision against this
program's, attachments whose record is gone, every document's stored copy in
the database's own document store, recomputed and compared with its SHA-256,
budget transactions of the other kind than their line's side records (a grant
on a spending line, a realisation on a revenue line: they count on their line's
side, which is then wrong), and the audit trail's hash chain
(storage.audit_chain), naming the first entry that was altered or removed.

The check never upgrades the database or changes its records. On SQLite,
:func:`rebuild_search_indexes` repairs full-text indexes the check found out
of step with their tables.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from secretariat.domain.errors import UserError
from secretariat.storage import audit_chain, damage, pg_security, sqlite_files
from secretariat.storage.engine import Database, make_engine, sqlite_path, to_url
from secretariat.storage.migrate import (
    NoDatabaseError,
    SchemaTooNewError,
    head_revision,
    known_revisions,
    schema_revision,
)
from secretariat.storage.models import Attachment, Base

_ATTACHMENT_OWNERS = (
    "partner",
    "agreement",
    "delegation",
    "budget_line",
    "activity",
    "official",
    "contact",
    "budget_transaction",
)
_MAX_LISTED = 20  # rows named per problem before "and N more"


@dataclass(frozen=True)
class Finding:
    """One problem found, in English and Indonesian."""

    check: str
    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en


@dataclass(frozen=True)
class IntegrityReport:
    location: str
    backend: str
    schema_revision: str | None
    head_revision: str
    checks_run: tuple[str, ...]
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    audit_entries: int = 0
    audit_head: str | None = None  # the newest audit entry's hash: noted down, it shows entries removed from the end

    @property
    def ok(self) -> bool:
        return not self.findings


def _more(count: int, shown: int, language: str) -> str:
    rest = count - shown
    if rest <= 0:
        return ""
    return f" and {rest} more" if language == "en" else f" dan {rest} lainnya"


def _migration_state(connection: Connection, database: Database) -> list[Finding]:
    current = schema_revision(database)
    head = head_revision()
    if current == head:
        return []
    if current is None:
        return [
            Finding(
                "schema",
                "The database has no schema version: it was never set up by Secretariat (run 'secretariat init').",
                "Basis data tidak mempunyai versi skema: belum pernah disiapkan oleh Secretariat "
                "(jalankan 'secretariat init').",
            )
        ]
    if current not in known_revisions():
        return [
            Finding(
                "schema",
                f"The schema version {current} is newer than this program ({head}); install the newer program.",
                f"Versi skema {current} lebih baru daripada program ini ({head}); pasang program yang lebih baru.",
            )
        ]
    return [
        Finding(
            "schema",
            f"The schema version {current} is older than this program's ({head}); "
            "open the database once with the program (or 'secretariat init') to upgrade it.",
            f"Versi skema {current} lebih lama daripada versi program ({head}); buka basis data dengan "
            "program (atau 'secretariat init') untuk memutakhirkannya.",
        )
    ]


def _sqlite_file(connection: Connection, path: Path | None) -> list[Finding]:
    rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    listed = "; ".join(rows[:_MAX_LISTED])
    offer_en = offer_id = ""
    if path is not None:
        offer = damage.damaged(path, listed)
        offer_en, offer_id = " " + offer.message_en, " " + offer.message_id
    return [
        Finding(
            "sqlite",
            f"SQLite reports damage in the file: {listed}.{offer_en}",
            f"SQLite melaporkan kerusakan berkas: {listed}.{offer_id}",
        )
    ]


def _sqlite_foreign_keys(connection: Connection) -> list[Finding]:
    problems: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fkid in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.setdefault((table, parent), []).append(rowid)
    findings = []
    for (table, parent), rowids in sorted(problems.items()):
        shown = ", ".join(str(r) for r in rowids[:_MAX_LISTED])
        findings.append(
            Finding(
                "foreign_keys",
                f"{len(rowids)} row(s) of table {table} point to missing rows of {parent} "
                f"(row id {shown}{_more(len(rowids), _MAX_LISTED, 'en')}).",
                f"{len(rowids)} baris tabel {table} merujuk ke baris {parent} yang tidak ada "
                f"(id baris {shown}{_more(len(rowids), _MAX_LISTED, 'id')}).",
            )
        )
    return findings


def _search_index_finding(fts: str) -> Finding:
    return Finding(
        "search_index",
        f"The search index {fts} does not match its table, so searches may miss records or show wrong "
        "ones; rebuild it with 'secretariat check --rebuild-search'.",
        f"Indeks pencarian {fts} tidak sesuai dengan tabelnya, sehingga pencarian dapat melewatkan data "
        f"atau menampilkan data yang salah; bangun ulang dengan 'secretariat check --rebuild-search'.",
    )


def _sqlite_search_indexes(connection: Connection) -> list[Finding]:
    findings = []
    for fts in _fts_tables(connection):
        savepoint = connection.begin_nested()
        try:
            # rank = 1 also compares the index with its content table.
            connection.exec_driver_sql(f'INSERT INTO "{fts}"("{fts}", rank) VALUES (\'integrity-check\', 1)')
        except DBAPIError:
            findings.append(_search_index_finding(fts))
        finally:
            savepoint.rollback()
    return findings


def _search_indexes_on_a_copy(path: Path) -> list[Finding]:
    """FTS5 checks its index with a write command, which a read-only file refuses: check a private copy."""
    findings = []
    with tempfile.TemporaryDirectory(prefix="secretariat-check-") as folder:
        copy = Path(folder) / "check.sqlite3"
        sqlite_files.online_copy(path, copy)
        connection = sqlite3.connect(copy, isolation_level=None)
        try:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
                    "ORDER BY name"
                )
            ]
            for fts in tables:
                try:
                    connection.execute(f'INSERT INTO "{fts}"("{fts}", rank) VALUES (\'integrity-check\', 1)')
                except sqlite3.DatabaseError:
                    findings.append(_search_index_finding(fts))
        finally:
            connection.close()
    return findings


def _orphans(connection: Connection) -> list[Finding]:
    """Rows whose foreign key names a row that does not exist (checked table by table)."""
    existing = set(inspect(connection).get_table_names())
    findings = []
    for table in Base.metadata.sorted_tables:
        if table.name not in existing:
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent.name not in existing:
                continue
            child_column, parent_column = fk.parent.name, fk.column.name
            query = (
                f'SELECT c."{child_column}" FROM "{table.name}" c '
                f'WHERE c."{child_column}" IS NOT NULL AND NOT EXISTS '
                f'(SELECT 1 FROM "{parent.name}" p WHERE p."{parent_column}" = c."{child_column}")'
            )
            missing = [row[0] for row in connection.exec_driver_sql(query)]
            if missing:
                shown = ", ".join(str(v) for v in missing[:_MAX_LISTED])
                findings.append(
                    Finding(
                        "orphans",
                        f"{len(missing)} row(s) of table {table.name} name a {parent.name} that does not exist "
                        f"({child_column} = {shown}{_more(len(missing), _MAX_LISTED, 'en')}).",
                        f"{len(missing)} baris tabel {table.name} menyebut {parent.name} yang tidak ada "
                        f"({child_column} = {shown}{_more(len(missing), _MAX_LISTED, 'id')}).",
                    )
                )
    return findings


def _attachment_owners(connection: Connection) -> list[Finding]:
    existing = set(inspect(connection).get_table_names())
    if Attachment.__tablename__ not in existing:
        return []
    findings = []
    for owner in _ATTACHMENT_OWNERS:
        if owner not in existing:
            continue
        query = (
            f"SELECT a.id FROM attachment a WHERE a.owner_type = '{owner}' AND NOT EXISTS "
            f'(SELECT 1 FROM "{owner}" o WHERE o.id = a.owner_id)'
        )
        missing = [row[0] for row in connection.exec_driver_sql(query)]
        if missing:
            shown = ", ".join(str(v) for v in missing[:_MAX_LISTED])
            findings.append(
                Finding(
                    "attachments",
                    f"{len(missing)} attachment(s) belong to a {owner} that no longer exists (attachment id {shown}"
                    f"{_more(len(missing), _MAX_LISTED, 'en')}).",
                    f"{len(missing)} lampiran milik {owner} yang sudah tidak ada (id lampiran {shown}"
                    f"{_more(len(missing), _MAX_LISTED, 'id')}).",
                )
            )
    return findings


def _document_copies(database: Database) -> list[Finding]:
    """Every content a document row refers to exists in this database's own store with its SHA-256."""
    from secretariat.services.attachments import verify_database_documents

    findings = []
    bad = [check for check in verify_database_documents(database) if not check.ok]
    for missing, en, id_ in (
        (True, "missing from", "tidak ada di"),
        (False, "altered (no longer matching their SHA-256) in", "berubah (tidak cocok lagi dengan SHA-256) di"),
    ):
        found = [check for check in bad if check.missing == missing]
        if not found:
            continue
        shown = ", ".join(f"{c.file_name} (id {c.attachment_id})" for c in found[:_MAX_LISTED])
        where = found[0].where
        findings.append(
            Finding(
                "documents",
                f"{len(found)} document(s) are {en} the document store {where}: {shown}"
                f"{_more(len(found), _MAX_LISTED, 'en')}. Restore them from a backup or attach them again.",
                f"{len(found)} dokumen {id_} penyimpanan dokumen {where}: {shown}"
                f"{_more(len(found), _MAX_LISTED, 'id')}. Pulihkan dari cadangan atau lampirkan lagi.",
            )
        )
    return findings


def _misfiled_transactions(connection: Connection) -> list[Finding]:
    """Transactions of the other kind than their budget line's side (revenue: grants; spending: realisations)."""
    from sqlalchemy.orm import Session

    from secretariat.services.budget.sides import KIND_OF_SIDE, sides_of
    from secretariat.storage.models import BudgetLine, Transaction

    columns = {c["name"] for c in inspect(connection).get_columns("account")}
    if "side" not in columns:
        return []  # an older schema: the check needs the chart's sides
    session = Session(bind=connection)
    rows = session.execute(
        select(Transaction.id, Transaction.kind, BudgetLine.account_code, BudgetLine.fiscal_year)
        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
        .order_by(Transaction.id)
    ).all()
    sides = sides_of(session, {row.account_code for row in rows})
    wrong = [row for row in rows if row.kind != KIND_OF_SIDE[sides[row.account_code]]]
    if not wrong:
        return []
    shown = ", ".join(f"{row.id} ({row.account_code}, {row.fiscal_year})" for row in wrong[:_MAX_LISTED])
    return [
        Finding(
            "budget_sides",
            f"{len(wrong)} budget transaction(s) are of the other kind than their line's account group (a grant on "
            f"a spending line or a realisation on a revenue line): transaction {shown}"
            f"{_more(len(wrong), _MAX_LISTED, 'en')}. Move each to a line of the right account group.",
            f"{len(wrong)} transaksi anggaran berjenis lain dari kelompok rekening barisnya (hibah pada baris belanja "
            f"atau realisasi pada baris pendapatan): transaksi {shown}{_more(len(wrong), _MAX_LISTED, 'id')}. "
            "Pindahkan masing-masing ke baris dengan kelompok rekening yang benar.",
        )
    ]


def _audit_chain(connection: Connection) -> tuple[list[Finding], audit_chain.ChainReport | None]:
    columns = (
        {c["name"] for c in inspect(connection).get_columns("audit_entry")}
        if _has(connection, "audit_entry")
        else set()
    )
    if "entry_hash" not in columns:
        return [], None  # a schema older than the chain: the schema finding says to upgrade
    report = audit_chain.verify(connection)
    broken = report.first_break
    if broken is None:
        return [], report
    entry, previous = broken.entry_id, broken.previous_id
    messages = {
        "altered": (
            f"The audit trail was changed: entry #{entry} no longer matches its hash (its content was altered "
            "after it was written).",
            f"Jejak audit telah diubah: entri #{entry} tidak lagi sesuai dengan hash-nya (isinya diubah setelah "
            "ditulis).",
        ),
        "unlinked": (
            f"The audit trail was changed: entry #{entry} does not follow entry #{previous} (entries between them "
            f"were removed, or entry #{previous} was rewritten).",
            f"Jejak audit telah diubah: entri #{entry} tidak menyambung ke entri #{previous} (entri di antaranya "
            f"dihapus, atau entri #{previous} ditulis ulang).",
        ),
        "first_missing": (
            f"The audit trail was changed: entries before #{entry}, the oldest left, were removed.",
            f"Jejak audit telah diubah: entri sebelum #{entry}, yang tertua tersisa, telah dihapus.",
        ),
        "unsealed": (
            f"The audit trail was changed: entry #{entry} has no hash (it was written with the chain's trigger "
            "switched off).",
            f"Jejak audit telah diubah: entri #{entry} tidak mempunyai hash (ditulis saat pemicu rantai dimatikan).",
        ),
    }
    message_en, message_id = messages[broken.kind]
    return [Finding("audit_chain", message_en, message_id)], report


def _has(connection: Connection, table: str) -> bool:
    return table in set(inspect(connection).get_table_names())


def _pg_logins(connection: Connection) -> list[Finding]:
    """Each person's login agrees with the program: active users in their role's group, blocked ones out."""
    if not _has(connection, "app_user"):
        return []
    findings = []
    rows = connection.execute(text("SELECT login, role, active FROM app_user ORDER BY login")).all()
    for login, role, active in rows:
        if not pg_security.login_exists(connection, login) or pg_security.owns_schema(connection, login):
            continue  # registered by the owner for set-up (no login), or the owner itself (needs no group)
        group = pg_security.group_of(connection, login)
        can_log_in = pg_security.can_log_in(connection, login)
        if active and group != role:
            findings.append(
                Finding(
                    "logins",
                    f"The login {login} is {role} in the program but {group or 'in no Secretariat group'} in the "
                    "database; set the role again in the Users dialog.",
                    f"Login {login} berperan {role} di program tetapi {group or 'tidak dalam kelompok Secretariat'} "
                    "di basis data; atur ulang perannya di dialog Pengguna.",
                )
            )
        if not active and (group is not None or can_log_in):
            findings.append(
                Finding(
                    "logins",
                    f"The login {login} is blocked in the program but may still sign in or read; block it again.",
                    f"Login {login} diblokir di program tetapi masih dapat masuk atau membaca; blokir lagi.",
                )
            )
    return findings


def check_database(database: Database) -> IntegrityReport:
    """Run every check that applies to the database's back end."""
    checks: list[str] = ["schema"]
    findings: list[Finding] = []
    with database.engine.connect() as connection, connection.begin():
        findings.extend(_migration_state(connection, database))
        if database.is_sqlite:
            checks += ["sqlite", "foreign_keys", "search_index"]
            path = sqlite_path(database.url)
            damaged = _sqlite_file(connection, path)
            findings.extend(damaged)
            findings.extend(_sqlite_foreign_keys(connection))
            if damaged:
                pass  # the search indexes of a damaged file say nothing more
            elif database.read_only and path is not None:
                findings.extend(_search_indexes_on_a_copy(path))
            else:
                findings.extend(_sqlite_search_indexes(connection))
        else:
            checks += ["orphans", "logins"]
            findings.extend(_orphans(connection))
            findings.extend(_pg_logins(connection))
        checks += ["attachments", "audit_chain"]
        findings.extend(_attachment_owners(connection))
        if "account" in set(inspect(connection).get_table_names()):
            checks.append("budget_sides")
            findings.extend(_misfiled_transactions(connection))
        chain_findings, chain = _audit_chain(connection)
        findings.extend(chain_findings)
        connection.rollback()
    if Attachment.__tablename__ in set(inspect(database.engine).get_table_names()):
        checks.append("documents")
        findings.extend(_document_copies(database))
    return IntegrityReport(
        location=database.display_location,
        backend=database.url.get_backend_name(),
        schema_revision=schema_revision(database),
        head_revision=head_revision(),
        checks_run=tuple(checks),
        findings=tuple(findings),
        audit_entries=chain.entries if chain is not None else 0,
        audit_head=chain.head_hash if chain is not None else None,
    )


def _read_only(path: Path) -> Database:
    """The file opened so that nothing can be written and its journal mode stays as it is."""
    state = sqlite_files.examine(path)
    if state.kind in (sqlite_files.FileKind.MISSING, sqlite_files.FileKind.EMPTY, sqlite_files.FileKind.FOLDER):
        raise NoDatabaseError(path, empty=state.kind is sqlite_files.FileKind.EMPTY)
    if state.kind is not sqlite_files.FileKind.SQLITE:
        raise UserError(
            f"{path} is not a Secretariat database (not a SQLite file).",
            f"{path} bukan basis data Secretariat (bukan berkas SQLite).",
        )
    immutable = not os.access(path.parent, os.W_OK)
    engine = sqlite_files.read_only_engine(path, str(path), immutable=immutable)
    damage.watch_for_damage(engine, path, str(path))
    return Database(url=to_url(str(path)), engine=engine, sessions=sessionmaker(engine), read_only=True)


def check_target(target: str | URL) -> IntegrityReport:
    """Check the database named by a path or URL without creating, upgrading or changing it.

    A SQLite file is opened read-only: nothing is written, its journal mode is left as it is, and a
    read-only file or media is checked like any other.
    """
    url = target if isinstance(target, URL) else to_url(target)
    path = sqlite_path(url)
    if path is not None:
        database = _read_only(path)
    else:
        engine = make_engine(url)
        database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    try:
        return check_database(database)
    except UserError:
        raise
    except DBAPIError as exc:
        raise UserError(
            f"The database {database.display_location} cannot be read: {exc.orig}.",
            f"Basis data {database.display_location} tidak dapat dibaca: {exc.orig}.",
        ) from exc
    finally:
        database.dispose()


def _fts_tables(connection: Connection) -> list[str]:
    return [
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
            "ORDER BY name"
        )
    ]


def rebuild_search_indexes(target: str) -> tuple[str, ...]:
    """Rebuild every full-text index of a SQLite database from its table; return the indexes rebuilt.

    Refused on a file of a newer schema (this program does not know its indexes), on a damaged file and
    on a read-only one. The journal mode of the file is left as it is.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is None:
        raise UserError(
            "Only a SQLite database has search indexes to rebuild.",
            "Hanya basis data SQLite yang mempunyai indeks pencarian untuk dibangun ulang.",
        )
    database = _read_only(path)
    try:
        revision = schema_revision(database)
        if revision is not None and revision != head_revision() and revision not in known_revisions():
            raise SchemaTooNewError(
                f"The database {path} was written by a newer version of Secretariat (schema {revision}); its search "
                "indexes are rebuilt by that version. Nothing was changed.",
                f"Basis data {path} dibuat oleh versi Secretariat yang lebih baru (skema {revision}); indeks "
                "pencariannya dibangun ulang oleh versi itu. Tidak ada yang diubah.",
            )
        problems = sqlite_files.check_file(path, quick=True)
        if problems:
            raise damage.damaged(path, problems[0])
        if not sqlite_files.examine(path).writable:
            raise sqlite_files.ReadOnlyDatabaseError(str(path))
    finally:
        database.dispose()
    connection = sqlite3.connect(path, isolation_level=None, timeout=sqlite_files.BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
                    "ORDER BY name"
                )
            ]
            for fts in tables:
                connection.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        return tuple(tables)
    finally:
        connection.close()
