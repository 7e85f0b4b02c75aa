"""Restoring a database file from a backup: an administrator's or the head's action.

:func:`restore_backup` refuses a file that is not a Secretariat database, one that fails SQLite's
check (or no longer matches the SHA-256 of its manifest), and one of a newer schema. It then keeps
the current file as a backup (a damaged one as found), copies the backup in, puts back the
documents it needs, and checks the result. A backup of an older schema is upgraded the next time
the database is opened, with its own backup first.

The current file may be damaged or unreadable; the person restoring must then be an administrator
or the head in the backup being restored.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import sessionmaker

from secretariat.domain.errors import UserError
from secretariat.services.backups.automatic import make_file_backup
from secretariat.services.backups.store import document_store
from secretariat.services.context import Actor, ServiceContext, current_os_login
from secretariat.services.permissions import require_reference_editor
from secretariat.storage import backup_files, sqlite_files
from secretariat.storage.backup_files import BackupManifest
from secretariat.storage.engine import Database, sqlite_path, to_url
from secretariat.storage.migrate import head_revision, known_revisions

log = logging.getLogger(__name__)

__all__ = ["RestoreResult", "check_backup_file", "restore_backup"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    schema: str | None
    kept_as: Path | None  # the backup of the file that was replaced (None: there was none)
    documents_restored: int
    documents_failed: tuple[str, ...]


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    schema: str
    manifest: BackupManifest | None


def check_backup_file(path: Path) -> CheckedBackup:
    """The backup at ``path`` if it can be restored; else a :class:`UserError` saying why not."""
    state = sqlite_files.examine(path)
    if state.kind in (sqlite_files.FileKind.MISSING, sqlite_files.FileKind.FOLDER):
        raise UserError(f"There is no backup file at {path}.", f"Tidak ada berkas cadangan di {path}.")
    if state.kind is not sqlite_files.FileKind.SQLITE:
        raise UserError(
            f"{path} is not a Secretariat database (not a SQLite file); nothing was restored.",
            f"{path} bukan basis data Secretariat (bukan berkas SQLite); tidak ada yang dipulihkan.",
        )
    manifest = backup_files.read_manifest(path)
    if manifest is not None and (manifest.size != state.size or backup_files.sha256_of(path) != manifest.sha256):
        raise UserError(
            f"{path} was changed after it was written (its size or SHA-256 differs from its manifest); nothing was "
            "restored. Choose another backup.",
            f"{path} berubah setelah ditulis (ukuran atau SHA-256-nya berbeda dari manifesnya); tidak ada yang "
            "dipulihkan. Pilih cadangan lain.",
        )
    problems, schema = backup_files.verify_backup(path)
    if problems:
        raise UserError(
            f"{path} is damaged (SQLite: {problems[0]}); nothing was restored. Choose another backup.",
            f"{path} rusak (SQLite: {problems[0]}); tidak ada yang dipulihkan. Pilih cadangan lain.",
        )
    if schema is None:
        raise UserError(
            f"{path} is not a Secretariat database (it has no schema version); nothing was restored.",
            f"{path} bukan basis data Secretariat (tidak mempunyai versi skema); tidak ada yang dipulihkan.",
        )
    if schema != head_revision() and schema not in known_revisions():
        raise UserError(
            f"{path} was written by a newer version of Secretariat (schema {schema}); install the newer program "
            "to restore it. Nothing was restored.",
            f"{path} dibuat oleh versi Secretariat yang lebih baru (skema {schema}); pasang program yang lebih baru "
            "untuk memulihkannya. Tidak ada yang dipulihkan.",
        )
    return CheckedBackup(path, schema, manifest)


def _read_only_database(path: Path) -> Database:
    engine = sqlite_files.read_only_engine(path, str(path))
    return Database(url=to_url(str(path)), engine=engine, sessions=sessionmaker(engine), read_only=True)


def _require_restorer(current: Path, backup: Path, login: str) -> None:
    """An administrator or the head, in the current database when it can be read, else in the backup."""
    for source in (current, backup):
        if sqlite_files.examine(source).kind is not sqlite_files.FileKind.SQLITE:
            continue
        database = _read_only_database(source)
        try:
            ctx = ServiceContext(database=database, actor=Actor(login=login, name=login))
            with database.sessions() as session:
                require_reference_editor(session, ctx, "restore a backup", "memulihkan cadangan")
            return
        except UserError:
            raise
        except Exception:
            log.info("cannot read the roles of %s; asking %s", source, backup, exc_info=True)
            continue
        finally:
            database.dispose()
    raise UserError(
        f"Neither {current} nor {backup} says who may restore; nothing was restored.",
        f"Baik {current} maupun {backup} tidak menyebut siapa yang boleh memulihkan; tidak ada yang dipulihkan.",
    )


def _keep_current(current: Path, progress: Progress | None) -> Path | None:
    """Back up the file about to be replaced; a file the online copy cannot read is kept as found."""
    state = sqlite_files.examine(current)
    if state.kind in (sqlite_files.FileKind.MISSING, sqlite_files.FileKind.EMPTY):
        return None
    database = _read_only_database(current)
    try:
        return make_file_backup(database, "before-restore", progress=progress).path
    except UserError:
        log.warning("the online copy of %s failed; keeping the file as found", current, exc_info=True)
    finally:
        database.dispose()
    folder = backup_files.backups_folder(current)
    folder.mkdir(parents=True, exist_ok=True)
    made_at = datetime.now(UTC)
    target = folder / backup_files.backup_file_name(current, made_at, "damaged-file")
    backup_files.copy_file(current, target)
    wal = Path(f"{current}-wal")
    if wal.is_file():
        backup_files.copy_file(wal, Path(f"{target}-wal"))
    backup_files.write_manifest(
        BackupManifest(
            file=target.name,
            made_at=made_at.isoformat(),
            reason="damaged-file",
            source=str(current),
            schema=None,
            size=target.stat().st_size,
            sha256=backup_files.sha256_of(target),
            problems=("the file could not be read when it was kept",),
            folder=str(folder),
        ),
        folder,
    )
    return target


def _copy_in(backup: Path, current: Path, progress: Progress | None) -> None:
    """Put the backup's content into the database file: through SQLite when the file is sound (other
    connections see the change as one commit), else by replacing the file."""
    state = sqlite_files.examine(current)
    sound = state.kind is sqlite_files.FileKind.SQLITE and not sqlite_files.check_file(current, quick=True)
    if sound:
        source = sqlite_files.connect_read_only(backup)
        destination = sqlite3.connect(current, timeout=sqlite_files.BUSY_TIMEOUT_MS / 1000)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, "restore")

            source.backup(destination, pages=1024, progress=report)
            return
        except sqlite3.Error:
            log.warning("restoring %s through SQLite failed; replacing the file", current, exc_info=True)
        finally:
            destination.close()
            source.close()
    current.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{current}{suffix}").unlink(missing_ok=True)
    backup_files.copy_file(backup, current)


def restore_backup(
    target: str | URL, backup: Path, *, login: str | None = None, progress: Progress | None = None
) -> RestoreResult:
    """Restore the database file named by ``target`` from ``backup`` (see the module text)."""
    url = target if isinstance(target, URL) else to_url(target)
    current = sqlite_path(url)
    if current is None:
        from secretariat.services.backups.server import admin_command

        raise UserError(
            "A server database is restored by its administrator with pg_restore (the backups are pg_dump files, "
            f"made with: {admin_command(url)}); nothing was restored.",
            "Basis data server dipulihkan oleh administratornya dengan pg_restore (cadangannya berkas pg_dump, "
            f"dibuat dengan: {admin_command(url)}); tidak ada yang dipulihkan.",
        )
    backup = backup.expanduser().resolve()
    if backup == current.resolve():
        raise UserError(
            f"{backup} is the database itself, not a backup of it.", f"{backup} adalah basis data itu sendiri."
        )
    checked = check_backup_file(backup)
    _require_restorer(current, backup, login or current_os_login())
    if progress is not None:
        progress(0, 0, "before-restore")
    kept = _keep_current(current, progress)
    _copy_in(backup, current, progress)
    problems = sqlite_files.check_file(current)
    if problems:
        raise UserError(
            f"The restored file {current} does not pass its check ({problems[0]}); the file it replaced is kept "
            f"in {kept}.",
            f"Berkas hasil pemulihan {current} tidak lolos pemeriksaan ({problems[0]}); berkas yang diganti "
            f"disimpan di {kept}.",
        )
    failed: tuple[str, ...] = ()
    restored = 0
    if checked.manifest is not None and checked.manifest.documents:
        database = _read_only_database(current)
        try:
            store = document_store(database)
        finally:
            database.dispose()
        if store is not None:
            store.mkdir(parents=True, exist_ok=True)
            before = {p for p in store.rglob("*") if p.is_file()}
            failed = tuple(backup_files.restore_documents(checked.manifest, store))
            restored = len({p for p in store.rglob("*") if p.is_file()} - before)
    log.info("restored %s from %s (kept the old file as %s)", current, backup, kept)
    return RestoreResult(current, backup, checked.schema, kept, restored, failed)
