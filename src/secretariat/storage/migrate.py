"""Open a database the safe way: check its schema, back it up, upgrade it in one transaction.

Every start-up goes through :func:`open_database`. A new database takes the
same path as an old one (upgrade from nothing). A database whose schema is
newer than this program is refused before anything touches the file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from secretariat.domain.errors import UserError
from secretariat.storage import backup_files, damage, sqlite_files
from secretariat.storage.engine import WRITE_OPTION, Database, make_engine, sqlite_path, to_url

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
UPGRADE_REASON = "before-upgrade"


class SchemaTooNewError(UserError):
    """The database was written by a newer program; it is left untouched."""


class NotOurDatabaseError(UserError):
    """The file is not a Secretariat database."""


# The newest schema this program knows. Kept here so that opening an up-to-date database
# (every start-up) does not import Alembic; tests/test_migration_0002.py holds it equal to
# Alembic's head.
HEAD_REVISION = "0014"
_SHIPPED_MIGRATIONS = MIGRATIONS


def _expected_head() -> str:
    """The head of the shipped migrations without importing Alembic (tests may point elsewhere)."""
    return HEAD_REVISION if MIGRATIONS == _SHIPPED_MIGRATIONS else head_revision()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _sqlite_revision(path: Path) -> str | None:
    """Read the schema revision without writing a byte to the file (and without changing its journal)."""
    try:
        connection = sqlite_files.connect_read_only(path)
    except sqlite3.Error as exc:
        if sqlite_files.is_damage(exc):
            raise damage.damaged(path, str(exc)) from None
        raise NotOurDatabaseError(f"Cannot open {path}: {exc}.", f"Tidak dapat membuka {path}: {exc}.") from None
    try:
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc) and not sqlite_files.is_read_only(exc):
                raise
            # Read-only media: SQLite cannot make the shared-memory file of a WAL database there.
            connection.close()
            connection = sqlite_files.connect_read_only(path, immutable=True)
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if VERSION_TABLE not in tables:
            if tables:
                raise NotOurDatabaseError(
                    f"{path} is a SQLite database of another program; choose another file.",
                    f"{path} adalah basis data program lain; pilih berkas lain.",
                )
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if sqlite_files.is_damage(exc):
            raise damage.damaged(path, str(exc)) from None
        raise NotOurDatabaseError(
            f"{path} is not a Secretariat database ({exc}).",
            f"{path} bukan basis data Secretariat ({exc}).",
        ) from None
    finally:
        connection.close()


def _connection_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _has_foreign_tables(connection: Connection) -> bool:
    names = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    return bool(names)


def _refuse_if_newer(revision: str | None, where: str, head: str) -> None:
    if revision is not None and revision != head and revision not in known_revisions():
        raise SchemaTooNewError(
            f"The database {where} was written by a newer version of Secretariat (schema {revision}). "
            "Install the newer program; the database was not changed.",
            f"Basis data {where} dibuat oleh versi Secretariat yang lebih baru (skema {revision}). "
            "Pasang program yang lebih baru; basis data tidak diubah.",
        )


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """A checked copy of the live file in ``backups/`` beside it, made before an upgrade.

    The documents are not copied here: the program passes ``before_upgrade`` to :func:`open_database`
    (``services.backups``), which backs up the documents' store too; this is what remains without it.
    """
    target = backup_files.backups_folder(path) / backup_files.backup_file_name(path, datetime.now(UTC), UPGRADE_REASON)
    manifest = backup_files.make_backup(path, target, reason=UPGRADE_REASON, store=None, documents_of=lambda _c: [])
    log.info("backed up %s to %s before upgrading from schema %s", path, target, revision)
    return manifest.path


def upgrade(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _set_sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _upgrade_in_one_transaction(connection: Connection, where: str, head: str) -> None:
    """Upgrade to ``head`` inside one transaction; nothing changes if any step fails.

    On SQLite, foreign keys are switched off for the duration (SQLite's own
    procedure for schema changes: a rebuilt parent table must not cascade
    deletes into its children) and checked before the commit.
    """
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # outside any transaction, where SQLite honours it
        _set_sqlite_foreign_keys(connection, on=False)
    try:
        with connection.begin():
            current = _connection_revision(connection)
            _refuse_if_newer(current, where, head)
            if current == head:
                return
            if current is None and _has_foreign_tables(connection):
                raise NotOurDatabaseError(
                    f"The database {where} holds tables of another program; choose an empty database.",
                    f"Basis data {where} berisi tabel program lain; pilih basis data yang kosong.",
                )
            log.info("upgrading %s from schema %s to %s", where, current, head)
            upgrade(connection)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"upgrade left {len(broken)} broken references, e.g. {broken[0]}")
    finally:
        if sqlite:
            _set_sqlite_foreign_keys(connection, on=True)


class NoDatabaseError(UserError):
    """Nothing to open at the path (or an empty file), and the caller did not ask to create a database."""

    def __init__(self, path: Path, *, empty: bool) -> None:
        self.path = path
        self.empty = empty
        if empty:
            super().__init__(
                f"No database at {path}: the file is empty (0 bytes), perhaps a copy or a sync that did not finish; "
                "restore a backup, or run secretariat init to create a new database there.",
                f"Tidak ada basis data di {path}: berkasnya kosong (0 bita), mungkin salinan atau sinkronisasi yang "
                "tidak selesai; pulihkan cadangan, atau jalankan secretariat init untuk membuat basis data baru "
                "di sana.",
            )
        else:
            super().__init__(
                f"No database at {path}; run secretariat init to create one (or check the path).",
                f"Tidak ada basis data di {path}; jalankan secretariat init untuk membuatnya (atau periksa path-nya).",
            )


class UnsetDatabaseError(UserError):
    """A server database without Secretariat's tables, and the caller did not ask to set it up."""


#: Called with the database (not yet upgraded) and its current revision just before an upgrade:
#: the program's backup (``services.backups.before_upgrade``).
BeforeUpgrade = Callable[[Database, "str | None"], object]


def _may_create(where: str, create: bool) -> bool:
    """Whether a missing or empty file, or a server database without tables, at ``where`` may become a
    new database. (The tests widen this, so that a test can name any new path; see tests/conftest.py.)"""
    return create


def _database(url: URL, engine: Engine, *, read_only: bool = False) -> Database:
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), read_only=read_only)


def _open_sqlite_file(
    url: URL, path: Path, head: str, *, create: bool, before_upgrade: BeforeUpgrade | None
) -> Database:
    where = str(path)
    state = sqlite_files.examine(path)
    if state.kind is sqlite_files.FileKind.FOLDER:
        raise NotOurDatabaseError(
            f"{path} is a folder, not a database file; give the path of the file.",
            f"{path} adalah folder, bukan berkas basis data; berikan path berkasnya.",
        )
    if state.kind is sqlite_files.FileKind.OTHER:
        raise NotOurDatabaseError(
            f"{path} is not a Secretariat database (not a SQLite file); choose another file.",
            f"{path} bukan basis data Secretariat (bukan berkas SQLite); pilih berkas lain.",
        )
    new = state.kind in (sqlite_files.FileKind.MISSING, sqlite_files.FileKind.EMPTY)
    if new and not _may_create(where, create):
        raise NoDatabaseError(path, empty=state.kind is sqlite_files.FileKind.EMPTY)
    current = None if new else _sqlite_revision(path)
    _refuse_if_newer(current, where, head)

    if not new and not state.writable:
        if current != head:
            raise sqlite_files.ReadOnlyDatabaseError(
                where,
                f"it needs upgrading from schema {current} to {head}, which cannot be done on a read-only file",
                f"perlu dimutakhirkan dari skema {current} ke {head}, yang tidak dapat dilakukan pada berkas "
                "hanya-baca",
            )
        immutable = not os.access(path.parent, os.W_OK)
        engine = sqlite_files.read_only_engine(path, where, immutable=immutable)
        damage.watch_for_damage(engine, path, where)
        log.info("opened %s read-only", path)
        return _database(url, engine, read_only=True)

    engine = make_engine(url)
    damage.watch_for_damage(engine, path, where)
    database = _database(url, engine)
    try:
        if current != head or new:
            if current is not None:  # nothing at schema "none" to protect
                if before_upgrade is not None:
                    before_upgrade(database, current)
                else:
                    backup_sqlite(path, current)
            with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
                _upgrade_in_one_transaction(connection, where, head)
    except Exception:
        engine.dispose()
        raise
    return database


def _open_server(url: URL, head: str, *, create: bool) -> Database:
    where = url.render_as_string(hide_password=True)
    engine = make_engine(url)
    try:
        # Reading the revision takes no write lock; only an upgrade does.
        with engine.connect() as connection:
            current = _connection_revision(connection)
            foreign = current is None and _has_foreign_tables(connection)
            connection.rollback()
        _refuse_if_newer(current, where, head)
        if current is None and not foreign and not _may_create(where, create):
            raise UnsetDatabaseError(
                f"The database {where} has no Secretariat tables yet; run secretariat init to set it up.",
                f"Basis data {where} belum berisi tabel Secretariat; jalankan secretariat init untuk menyiapkannya.",
            )
        if current != head:
            with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
                _upgrade_in_one_transaction(connection, where, head)
    except Exception:
        engine.dispose()
        raise
    return _database(url, engine)


def open_database(target: str | URL, *, create: bool = False, before_upgrade: BeforeUpgrade | None = None) -> Database:
    """Open the database named by a path or URL, upgrading it when it is older than this program.

    Opening an up-to-date database only reads (no write lock, nothing written). A missing or empty
    file, or a server database without tables, becomes a new database only with ``create``
    (``secretariat init``, ``demo`` on a new path, the window's "new database"); otherwise it is
    refused with :class:`NoDatabaseError`. A file this workstation cannot write opens read-only
    (``Database.read_only``; every write is refused with a sentence saying why). A damaged file is
    refused with ``storage.damage.DamagedDatabaseError``, and so is every later SQLite error that
    means damage. Before an upgrade ``before_upgrade(database, revision)`` backs the file up.
    """
    url = target if isinstance(target, URL) else to_url(target)
    path = sqlite_path(url)
    head = _expected_head()
    if path is not None:
        return _open_sqlite_file(url, path, head, create=create, before_upgrade=before_upgrade)
    return _open_server(url, head, create=create)


def schema_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return _connection_revision(connection)
