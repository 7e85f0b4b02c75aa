"""Integrity check of a database: ``secretariat check``.

On SQLite: the file's own check (``PRAGMA integrity_check``), foreign keys
(``PRAGMA foreign_key_check``), and each full-text index against its table
(FTS5 ``integrity-check`` with the content table compared). On PostgreSQL the
server keeps the file sound, so the check looks for rows that point at
missing rows. On both: the schema revision against this program's,
attachments whose record is gone, every document's stored copy in the
database's own document store, recomputed and compared with its SHA-256, and
budget transactions of the other kind than their line's side records (a grant
on a spending line, a realisation on a revenue line: they count on their line's
side, which is then wrong).

The check never upgrades the database or changes its records. On SQLite,
:func:`rebuild_search_indexes` repairs full-text indexes the check found out
of step with their tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from secretariat.domain.errors import UserError
from secretariat.storage.engine import WRITE_OPTION, Database, make_engine, sqlite_path, to_url
from secretariat.storage.migrate import head_revision, known_revisions, schema_revision
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


def _sqlite_file(connection: Connection) -> list[Finding]:
    rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    listed = "; ".join(rows[:_MAX_LISTED])
    return [
        Finding(
            "sqlite",
            f"SQLite reports damage in the file: {listed}. Restore the latest backup.",
            f"SQLite melaporkan kerusakan berkas: {listed}. Pulihkan cadangan terakhir.",
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


def _sqlite_search_indexes(connection: Connection) -> list[Finding]:
    findings = []
    for fts in _fts_tables(connection):
        savepoint = connection.begin_nested()
        try:
            # rank = 1 also compares the index with its content table.
            connection.exec_driver_sql(f'INSERT INTO "{fts}"("{fts}", rank) VALUES (\'integrity-check\', 1)')
        except DBAPIError:
            findings.append(
                Finding(
                    "search_index",
                    f"The search index {fts} does not match its table, so searches may miss records or show wrong "
                    "ones; rebuild it with 'secretariat check --rebuild-search'.",
                    f"Indeks pencarian {fts} tidak sesuai dengan tabelnya, sehingga pencarian dapat melewatkan data "
                    "atau menampilkan data yang salah; bangun ulang dengan 'secretariat check --rebuild-search'.",
                )
            )
        finally:
            savepoint.rollback()
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
    wrong = [row for row in rows if row.kind != KIND_OF_SIDE[sides[row.account_code]].value]
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


def check_database(database: Database) -> IntegrityReport:
    """Run every check that applies to the database's back end."""
    checks: list[str] = ["schema"]
    findings: list[Finding] = []
    with database.engine.connect() as connection, connection.begin():
        findings.extend(_migration_state(connection, database))
        if database.is_sqlite:
            checks += ["sqlite", "foreign_keys", "search_index"]
            findings.extend(_sqlite_file(connection))
            findings.extend(_sqlite_foreign_keys(connection))
            findings.extend(_sqlite_search_indexes(connection))
        else:
            checks.append("orphans")
            findings.extend(_orphans(connection))
        checks.append("attachments")
        findings.extend(_attachment_owners(connection))
        if "account" in set(inspect(connection).get_table_names()):
            checks.append("budget_sides")
            findings.extend(_misfiled_transactions(connection))
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
    )


def check_target(target: str) -> IntegrityReport:
    """Check the database named by a path or URL without creating, upgrading or changing it."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None and not Path(path).is_file():
        raise UserError(f"There is no database file at {path}.", f"Tidak ada berkas basis data di {path}.")
    engine = make_engine(url)
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    try:
        return check_database(database)
    except DBAPIError as exc:
        raise UserError(
            f"The database {database.display_location} cannot be read: {exc.orig}.",
            f"Basis data {database.display_location} tidak dapat dibaca: {exc.orig}.",
        ) from exc
    finally:
        engine.dispose()


def _fts_tables(connection: Connection) -> list[str]:
    return [
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' "
            "ORDER BY name"
        )
    ]


def rebuild_search_indexes(target: str) -> tuple[str, ...]:
    """Rebuild every full-text index of a SQLite database from its table; return the indexes rebuilt."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is None:
        raise UserError(
            "Only a SQLite database has search indexes to rebuild.",
            "Hanya basis data SQLite yang mempunyai indeks pencarian untuk dibangun ulang.",
        )
    if not Path(path).is_file():
        raise UserError(f"There is no database file at {path}.", f"Tidak ada berkas basis data di {path}.")
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection, connection.begin():
            tables = _fts_tables(connection)
            for fts in tables:
                connection.exec_driver_sql(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
        return tuple(tables)
    finally:
        engine.dispose()
