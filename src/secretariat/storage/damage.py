"""A damaged database file: one sentence for the command line and the window, and the engine hook
that turns every SQLite error meaning damage (or a read-only file) into it.

The sentence names the file, SQLite's reason, and the newest backup that passed its check when it
was written (``storage.backup_files``), with how to restore it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from secretariat.domain.errors import UserError
from secretariat.storage import backup_files, sqlite_files

__all__ = ["DamagedDatabaseError", "damaged", "watch_for_damage"]


class DamagedDatabaseError(UserError):
    """The database file is damaged; nothing else is done with it. Carries the backup to offer."""

    def __init__(self, path: Path, reason: str, backup: backup_files.BackupManifest | None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        if backup is not None:
            when = backup.made.astimezone().strftime("%Y-%m-%d %H:%M")
            offer_en = (
                f"The newest backup that passes its check is {backup.path}, made {when}: restore it "
                f'(secretariat restore "{backup.path}", or File > Backups in the window).'
            )
            offer_id = (
                f"Cadangan terbaru yang lolos pemeriksaan adalah {backup.path}, dibuat {when}: pulihkan "
                f'(secretariat restore "{backup.path}", atau Berkas > Cadangan di jendela program).'
            )
        else:
            offer_en = "No backup of it passes its check: keep the file as it is and ask the IT staff to recover it."
            offer_id = (
                "Tidak ada cadangannya yang lolos pemeriksaan: biarkan berkas apa adanya dan mintalah staf TI "
                "memulihkannya."
            )
        super().__init__(
            f"The database file {path} is damaged (SQLite: {reason}) and was not opened. {offer_en}",
            f"Berkas basis data {path} rusak (SQLite: {reason}) dan tidak dibuka. {offer_id}",
        )


def damaged(path: Path, reason: str) -> DamagedDatabaseError:
    """The error for a damaged ``path``, offering its newest good backup."""
    try:
        backup = backup_files.newest_good_backup(path)
    except OSError:
        backup = None
    return DamagedDatabaseError(path, reason, backup)


def watch_for_damage(engine: Engine, path: Path, location: str) -> None:
    """Make every SQLite error of ``engine`` that means damage a :class:`DamagedDatabaseError`, and
    every refused write to a read-only file a ``ReadOnlyDatabaseError``."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        original = context.original_exception
        if sqlite_files.is_damage(original):
            raise damaged(path, sqlite_files.sqlite_reason(original)) from original
        if sqlite_files.is_read_only(original):
            raise sqlite_files.ReadOnlyDatabaseError(
                location,
                f"SQLite: {sqlite_files.sqlite_reason(original)}",
                f"SQLite: {sqlite_files.sqlite_reason(original)}",
            ) from original
