"""Open a database the safe way: check its schema, back it up, upgrade it in one transaction.

Every start-up goes through :func:`open_database`. A new database takes the
same path as an old one (upgrade from nothing). A database whose schema is
newer than this program is refused before anything touches the file.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from secretariat.domain.errors import UserError
from secretariat.storage.engine import WRITE_OPTION, Database, make_engine, sqlite_path, to_url

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


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
    """Read the schema revision without writing a byte to the file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotOurDatabaseError(f"Cannot open {path}: {exc}.", f"Tidak dapat membuka {path}: {exc}.") from None
    try:
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
    """A consistent copy of the live file in ``backups/`` beside it, made before an upgrade."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-schema-{revision or 'none'}{path.suffix or '.sqlite3'}"
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target


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


def open_database(target: str | URL) -> Database:
    """Open (creating or upgrading as needed) the database named by a path or URL."""
    url = target if isinstance(target, URL) else to_url(target)
    path = sqlite_path(url)
    head = _expected_head()
    where = str(path) if path is not None else url.render_as_string(hide_password=True)

    if path is not None:
        current = _sqlite_revision(path)
        _refuse_if_newer(current, where, head)
        if current is not None and current != head:
            backup_sqlite(path, current)
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
            _upgrade_in_one_transaction(connection, where, head)
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def schema_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return _connection_revision(connection)
