"""Who holds the database: notes of long writes, and telling a lock from other database errors.

SQLite lets one connection write at a time. A writing action takes the write lock when it starts
(``BEGIN IMMEDIATE``); a workstation that finds it taken waits a bounded time and then says who
holds it. The holder cannot write that into the database (it holds the lock), so a write that lasts
longer than a moment leaves a small note file beside the database (``<file>-writer``) naming who,
on which computer, doing what, since when; it is removed when the write ends. A note of a program
that was killed is ignored when its process is gone (same computer) or when it is a day old.

On PostgreSQL each writing transaction names itself in ``application_name``
("Secretariat|import|ani|PC-12"), so a workstation that waited in vain finds the holder in
``pg_stat_activity``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from secretariat.storage.engine import Database, sqlite_path

log = logging.getLogger(__name__)

NOTE_SUFFIX = "-writer"
#: A write lasting longer than this leaves a note beside a SQLite file.
NOTE_AFTER_SECONDS = 0.5
STALE_AFTER = timedelta(hours=24)
APPLICATION_PREFIX = "Secretariat"

_SQLITE_BUSY = ("database is locked", "database table is locked", "database schema is locked")
# lock_not_available, deadlock_detected, serialization_failure, query_canceled (statement timeout)
_PG_BUSY = {"55P03", "40P01", "40001"}


@dataclass(frozen=True)
class WriterInfo:
    """Who is writing: login, computer, process, what (a WriteAction code) and since when (UTC)."""

    login: str
    host: str
    pid: int
    action: str
    since: datetime


def this_host() -> str:
    return socket.gethostname() or "?"


def is_busy_error(error: BaseException) -> bool:
    """Whether a database error means "another connection holds the lock" (not a real failure)."""
    original = getattr(error, "orig", error)
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in _PG_BUSY:
        return True
    message = str(original).lower()
    return any(phrase in message for phrase in _SQLITE_BUSY)


def is_lock_timeout(error: BaseException) -> bool:
    return isinstance(error, DBAPIError) and is_busy_error(error)


# --- SQLite: the note file beside the database -----------------------------------------------------


def note_path(database: Database) -> Path | None:
    path = sqlite_path(database.url)
    return None if path is None else path.with_name(path.name + NOTE_SUFFIX)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's process) or cannot tell
    return True


def read_note(database: Database) -> WriterInfo | None:
    """The note of the write under way on a SQLite file; None when there is none or it is stale."""
    path = note_path(database)
    if path is None:
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        info = WriterInfo(
            login=str(raw["login"]),
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            action=str(raw["action"]),
            since=datetime.fromisoformat(raw["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if datetime.now(UTC) - info.since > STALE_AFTER:
        return None
    if info.host == this_host() and not _pid_alive(info.pid):
        return None
    return info


def _write_note(path: Path, info: WriterInfo) -> None:
    data = asdict(info)
    data["since"] = info.since.isoformat()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:  # read-only folder: the note is a courtesy, never a reason to fail
        log.debug("cannot write the writer note %s: %s", path, exc)
        temporary.unlink(missing_ok=True)


def _remove_note(path: Path, info: WriterInfo) -> None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("pid") == info.pid and raw.get("host") == info.host and raw.get("since") == info.since.isoformat():
            path.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


class WriteNote:
    """Leaves a note beside a SQLite file when the write it stands for lasts longer than a moment."""

    def __init__(self, database: Database, login: str, action: str) -> None:
        self.path = note_path(database)
        self.info = WriterInfo(login=login, host=this_host(), pid=os.getpid(), action=action, since=datetime.now(UTC))
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._written = False
        self._done = False

    def start(self) -> None:
        if self.path is None:
            return
        self._timer = threading.Timer(NOTE_AFTER_SECONDS, self._write)
        self._timer.daemon = True
        self._timer.start()

    def _write(self) -> None:
        with self._lock:
            if self._done or self.path is None:
                return
            _write_note(self.path, self.info)
            self._written = True

    def finish(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._done = True
            if self._written and self.path is not None:
                _remove_note(self.path, self.info)


# --- PostgreSQL: the transaction names itself ------------------------------------------------------


def application_name(login: str, action: str) -> str:
    """What a writing transaction calls itself on PostgreSQL (at most 63 bytes)."""
    name = f"{APPLICATION_PREFIX}|{action}|{login}|{this_host()}"
    return name.encode("utf-8")[:63].decode("utf-8", "ignore")


def configure_pg_write(connection: Connection, login: str, action: str, lock_timeout_ms: int) -> None:
    """Name the transaction and bound how long it waits for a lock (both end with the transaction)."""
    connection.execute(
        text("SELECT set_config('lock_timeout', :timeout, true), set_config('application_name', :name, true)"),
        {"timeout": f"{max(lock_timeout_ms, 1)}ms", "name": application_name(login, action)},
    )


def pg_holder(database: Database) -> WriterInfo | None:
    """The oldest other Secretariat transaction on the server's database: most likely the holder."""
    try:
        with database.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT application_name, pid, xact_start FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND application_name LIKE :prefix AND xact_start IS NOT NULL "
                    "ORDER BY xact_start LIMIT 1"
                ),
                {"prefix": f"{APPLICATION_PREFIX}|%"},
            ).first()
    except DBAPIError as exc:
        log.debug("cannot ask PostgreSQL who holds the lock: %s", exc)
        return None
    if row is None:
        return None
    parts = str(row[0]).split("|")
    if len(parts) < 4:
        return None
    since: Any = row[2]
    return WriterInfo(login=parts[2], host=parts[3], pid=int(row[1]), action=parts[1], since=since.astimezone(UTC))


def holder(database: Database) -> WriterInfo | None:
    """Who holds the database's write lock, as far as can be told."""
    if database.is_sqlite:
        return read_note(database)
    return pg_holder(database)
