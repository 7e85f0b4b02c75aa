"""What the window does once it has painted: SQLite's quick check of the file, then the day's first backup.

Run in the background after the first paint (it never delays it). A file that fails the check is
reported as a ``DamagedDatabaseError`` (the window then shows that one message and nothing else);
a sound file gets its backup of the day when none was made today.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from secretariat.services.backups.automatic import BackupView, backup_if_due, view_of
from secretariat.storage import damage, sqlite_files
from secretariat.storage.damage import DamagedDatabaseError
from secretariat.storage.engine import Database, sqlite_path

log = logging.getLogger(__name__)

__all__ = ["StartCheck", "check_at_start"]


@dataclass(frozen=True)
class StartCheck:
    damaged: DamagedDatabaseError | None = None
    backup: BackupView | None = None  # the backup of the day, when one was made now
    backup_failed: tuple[str, str] | None = None  # why the backup of the day could not be made (en, id)


def check_at_start(database: Database) -> StartCheck:
    """Quick-check a database file and make the day's first backup (nothing on a server database)."""
    path = sqlite_path(database.url)
    if path is None:
        return StartCheck()
    problems = sqlite_files.check_file(path, quick=True)
    if problems:
        log.error("the quick check of %s found damage: %s", path, "; ".join(problems[:5]))
        return StartCheck(damaged=damage.damaged(path, problems[0]))
    try:
        manifest = backup_if_due(database)
    except DamagedDatabaseError as exc:
        return StartCheck(damaged=exc)
    except Exception as exc:  # a backup that fails must not stop the day's work; it is logged and said
        log.exception("the backup of the day of %s failed", path)
        english = getattr(exc, "message_en", None) or str(exc) or type(exc).__name__
        return StartCheck(backup_failed=(english, getattr(exc, "message_id", None) or english))
    return StartCheck(backup=view_of(manifest) if manifest is not None else None)
