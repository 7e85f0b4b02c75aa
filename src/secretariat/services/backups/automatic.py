"""Backups of a SQLite database: on demand, at the first start of a day, before risky actions, rotated.

Every backup is made with SQLite's online backup API while work goes on, checked with
``integrity_check``, and holds the documents it refers to (see ``storage.backup_files``). The
automatic ones go to ``backups/`` beside the database file and are rotated after each new one
(``domain.backup_rotation``, with the numbers kept in the database's safeguards). A server database
(PostgreSQL) has no automatic backups: ``secretariat backup`` runs ``pg_dump`` there
(``services.backups.server``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from secretariat.domain.backup_rotation import backups_to_keep
from secretariat.domain.errors import UserError
from secretariat.services.backups.settings import SafetySettings, settings_of
from secretariat.services.backups.store import document_store, referenced_documents
from secretariat.services.context import ServiceContext
from secretariat.storage import backup_files
from secretariat.storage.backup_files import BackupManifest
from secretariat.storage.engine import Database, sqlite_path

log = logging.getLogger(__name__)

__all__ = [
    "REASONS",
    "BackupView",
    "back_up",
    "backup_before",
    "backup_if_due",
    "before_upgrade",
    "list_backups",
    "newest_good_backup",
    "rotate",
]

Progress = Callable[[int, int, str], None]

#: Why a backup was made, in both languages.
REASONS: dict[str, tuple[str, str]] = {
    "daily": ("first start of the day", "awal hari"),
    "manual": ("on demand", "atas permintaan"),
    "before-import": ("before an import", "sebelum impor"),
    "before-upgrade": ("before a schema upgrade", "sebelum pemutakhiran skema"),
    "before-restore": ("before a restore", "sebelum pemulihan"),
    "before-year-closing": ("before closing a fiscal year", "sebelum tutup tahun anggaran"),
    "before-merge": ("before merging partners", "sebelum penggabungan mitra"),
    "damaged-file": ("the damaged file, kept as found", "berkas rusak, disimpan apa adanya"),
    "server-dump": ("pg_dump of the server database", "pg_dump basis data server"),
}


@dataclass(frozen=True)
class BackupView:
    """One backup as the lists show it."""

    path: Path
    made_at: datetime  # UTC
    reason: str
    size: int
    schema: str | None
    ok: bool
    check_en: str
    check_id: str
    documents: int
    documents_missing: int

    def check(self, language: str = "en") -> str:
        return self.check_id if language == "id" else self.check_en

    def reason_text(self, language: str = "en") -> str:
        english, indonesian = REASONS.get(self.reason, (self.reason, self.reason))
        return indonesian if language == "id" else english


def view_of(manifest: BackupManifest) -> BackupView:
    return BackupView(
        path=manifest.path,
        made_at=manifest.made,
        reason=manifest.reason,
        size=manifest.size,
        schema=manifest.schema,
        ok=manifest.ok,
        check_en=manifest.check_text("en"),
        check_id=manifest.check_text("id"),
        documents=len(manifest.documents),
        documents_missing=len(manifest.documents_missing),
    )


def _program() -> str:
    from secretariat import __version__

    return f"secretariat {__version__}"


def _file_of(database: Database) -> Path:
    path = sqlite_path(database.url)
    if path is None:
        raise UserError(
            "Only a database file (SQLite) has automatic backups; on a server use secretariat backup, which runs "
            "pg_dump.",
            "Hanya berkas basis data (SQLite) yang mempunyai cadangan otomatis; pada server pakai secretariat "
            "backup, yang menjalankan pg_dump.",
        )
    return path


def _failed(path: Path, exc: BaseException) -> UserError:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return UserError(
        f"The backup of {path} could not be made: {reason}.", f"Cadangan {path} tidak dapat dibuat: {reason}."
    )


def make_file_backup(
    database: Database,
    reason: str,
    *,
    to: Path | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    copy: Path | None = None,
) -> BackupManifest:
    """Back up a SQLite database now (to ``to``, else into its backups folder); rotate when automatic.

    ``copy`` is a copy of the database taken at one moment, backed up in its place (see
    ``storage.sqlite_snapshot``)."""
    path = _file_of(database)
    made_at = now or datetime.now(UTC)
    if to is None:
        folder = backup_files.backups_folder(path)
        name = backup_files.backup_file_name(path, made_at, reason)
        target = folder / name
        for number in range(2, 1000):  # two backups in one second get their own names
            if not target.exists():
                break
            target = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
    else:
        target = to
    if target.exists():
        raise UserError(
            f"{target} already exists; a backup is never written over a file. Give a new file name.",
            f"{target} sudah ada; cadangan tidak pernah ditulis menimpa berkas. Berikan nama berkas baru.",
        )
    try:
        manifest = backup_files.make_backup(
            copy or path,
            target,
            reason=reason,
            store=document_store(database),
            documents_of=referenced_documents,
            program=_program(),
            progress=progress,
            now=made_at,
            source_of_record=path,
        )
    except UserError:
        raise
    except Exception as exc:
        log.exception("backup of %s failed", path)
        raise _failed(path, exc) from exc
    log.info("backup of %s (%s) written to %s: %s", path, reason, manifest.path, manifest.check_text())
    if to is None:
        rotate(database)
    return manifest


def back_up(ctx: ServiceContext, *, to: Path | None = None, progress: Progress | None = None) -> BackupView:
    """A backup on demand (``secretariat backup``, File > Backups > Back up now)."""
    return view_of(make_file_backup(ctx.database, "manual", to=to, progress=progress))


def _automatic(database: Database) -> bool:
    return sqlite_path(database.url) is not None and not database.read_only


def backup_before(
    ctx: ServiceContext, reason: str, progress: Progress | None = None, *, copy: Path | None = None
) -> BackupManifest | None:
    """The backup made before a risky action (an import, closing a year, a merge, a restore).

    Only on a database file; a backup that fails refuses the action (the caller lets the error go up).
    ``copy``: back up this copy of the database, taken at the moment the action starts from.
    """
    if not _automatic(ctx.database):
        return None
    manifest = make_file_backup(ctx.database, reason, progress=progress, copy=copy)
    if not manifest.ok:
        raise UserError(
            f"The backup made before this action does not pass its check ({manifest.check_text('en')}); nothing was "
            f"done. Run secretariat check on {manifest.source}.",
            f"Cadangan yang dibuat sebelum tindakan ini tidak lolos pemeriksaan ({manifest.check_text('id')}); tidak "
            f"ada yang dilakukan. Jalankan secretariat check pada {manifest.source}.",
        )
    return manifest


def before_upgrade(database: Database, revision: str | None) -> None:
    """What ``open_database`` calls before an upgrade: a checked backup with the documents."""
    manifest = make_file_backup(database, "before-upgrade")
    log.info("backed up before upgrading from schema %s: %s", revision, manifest.path)


def backup_if_due(
    database: Database, *, today: date | None = None, progress: Progress | None = None
) -> BackupManifest | None:
    """The first start of a day backs the database file up (when no backup of it was made today)."""
    if not _automatic(database):
        return None
    path = _file_of(database)
    today = today or datetime.now().astimezone().date()
    for manifest in backup_files.list_backups(backup_files.backups_folder(path), path):
        if manifest.made.astimezone().date() == today:
            return None
    return make_file_backup(database, "daily", progress=progress)


def rotate(database: Database, settings: SafetySettings | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; return what was deleted."""
    path = _file_of(database)
    folder = backup_files.backups_folder(path)
    settings = settings or settings_of(database)
    manifests = backup_files.list_backups(folder, path)
    keep = backups_to_keep([m.made.astimezone() for m in manifests], settings.rotation)
    removed = []
    for index, manifest in enumerate(manifests):
        if index not in keep:
            backup_files.remove_backup(manifest)
            removed.append(manifest.path)
    if removed:
        backup_files.prune_documents(folder)
        log.info("rotation removed %d old backup(s) of %s", len(removed), path)
    return removed


def newest_good_backup(path: Path) -> Path | None:
    """The newest automatic backup of the database file ``path`` that passed its check; None when none did."""
    manifest = backup_files.newest_good_backup(path)
    return manifest.path if manifest is not None else None


def list_backups(database: Database) -> list[BackupView]:
    """The backups of the database, newest first (its automatic backups folder)."""
    path = sqlite_path(database.url)
    if path is None:
        from secretariat.services.backups.server import list_server_backups

        return [view_of(m) for m in list_server_backups(database)]
    return [view_of(m) for m in backup_files.list_backups(backup_files.backups_folder(path), path)]
