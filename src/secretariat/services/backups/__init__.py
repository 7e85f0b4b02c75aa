"""Backups and restore (see ``automatic``, ``restore``, ``server``), the safeguards kept in the database
(``settings``), and the errors of opening a database the window shows (re-exported for the GUI, which
does not import storage)."""

from __future__ import annotations

from secretariat.services.backups.automatic import (
    REASONS,
    BackupView,
    back_up,
    backup_before,
    backup_if_due,
    before_upgrade,
    list_backups,
    newest_good_backup,
    rotate,
)
from secretariat.services.backups.health import StartCheck, check_at_start
from secretariat.services.backups.restore import RestoreResult, check_backup_file, restore_backup
from secretariat.services.backups.settings import SafetySettings, load_settings, save_settings, settings_of
from secretariat.storage.damage import DamagedDatabaseError
from secretariat.storage.migrate import NoDatabaseError
from secretariat.storage.sqlite_files import ReadOnlyDatabaseError

__all__ = [
    "REASONS",
    "BackupView",
    "DamagedDatabaseError",
    "NoDatabaseError",
    "ReadOnlyDatabaseError",
    "RestoreResult",
    "SafetySettings",
    "StartCheck",
    "back_up",
    "backup_before",
    "backup_if_due",
    "before_upgrade",
    "check_at_start",
    "check_backup_file",
    "list_backups",
    "load_settings",
    "newest_good_backup",
    "restore_backup",
    "rotate",
    "save_settings",
    "settings_of",
]
