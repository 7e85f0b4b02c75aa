"""A SQLite file before and around opening it: what it is, reading it without changing it, copying it live.

- :func:`examine` says what is at a path (nothing, an empty file, a folder, a SQLite file, something
  else) and whether this workstation may write it (the file and its folder: WAL needs both), without
  opening it.
- :func:`connect_read_only` opens a file so that nothing can be written and its journal mode is never
  changed; :func:`read_only_engine` is the SQLAlchemy engine of such connections, refusing every
  write action with :class:`ReadOnlyDatabaseError`.
- :func:`check_file` runs ``PRAGMA integrity_check`` (or ``quick_check``) on a file read-only.
- :func:`online_copy` copies a live database with SQLite's online backup API inside one read
  transaction, so writers go on meanwhile and the copy is the state of one moment.
- :func:`is_damage` / :func:`is_read_only` recognise the SQLite errors that mean a damaged file or a
  file that cannot be written, whatever layer wrapped them.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from secretariat.domain.errors import UserError
from secretariat.storage.engine import WRITE_OPTION

__all__ = [
    "SQLITE_HEADER",
    "FileKind",
    "FileState",
    "ReadOnlyDatabaseError",
    "check_file",
    "connect_read_only",
    "examine",
    "is_damage",
    "is_read_only",
    "online_copy",
    "read_only_engine",
    "sqlite_reason",
]

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# Primary result codes (the low byte of an extended code) that mean the file is damaged.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_READONLY = 8
_SQLITE_IOERR_SHORT_READ = 522


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    FOLDER = "folder"
    SQLITE = "sqlite"
    OTHER = "other"


@dataclass(frozen=True)
class FileState:
    path: Path
    kind: FileKind
    writable: bool  # the file (when it exists) and its folder can be written here
    size: int = 0


class ReadOnlyDatabaseError(UserError):
    """The database was opened read-only (a read-only file or media); nothing can be written to it."""

    def __init__(self, location: str, reason_en: str = "", reason_id: str = "") -> None:
        reason_en = reason_en or "the file or its folder cannot be written here"
        reason_id = reason_id or "berkas atau foldernya tidak dapat ditulis di sini"
        super().__init__(
            f"The database {location} is open read-only ({reason_en}); nothing can be changed in it. "
            "Copy it to a folder you can write to, or ask for write access.",
            f"Basis data {location} dibuka hanya-baca ({reason_id}); tidak ada yang dapat diubah. "
            "Salin ke folder yang dapat Anda tulisi, atau minta hak tulis.",
        )
        self.location = location


def _writable(path: Path) -> bool:
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    if not path.exists():
        return folder_ok
    return folder_ok and os.access(path, os.W_OK)


def examine(path: Path) -> FileState:
    """What is at ``path``, read from its first bytes only."""
    try:
        if path.is_dir():
            return FileState(path, FileKind.FOLDER, False)
        if not path.exists():
            return FileState(path, FileKind.MISSING, _writable(path))
        size = path.stat().st_size
        if size == 0:
            return FileState(path, FileKind.EMPTY, _writable(path))
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return FileState(path, FileKind.OTHER, False)
    kind = FileKind.SQLITE if head == SQLITE_HEADER else FileKind.OTHER
    return FileState(path, kind, _writable(path), size)


def _uri(path: Path, *, immutable: bool = False) -> str:
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(
    path: Path, *, immutable: bool | None = None, timeout: float = BUSY_TIMEOUT_MS / 1000
) -> sqlite3.Connection:
    """A connection that can read ``path`` and never write it (nor change its journal mode).

    ``immutable`` (by default: when the folder cannot be written here, as on read-only media) reads the
    file without any locking, for SQLite cannot make the shared-memory file of a WAL database there.
    """
    if immutable is None:
        immutable = not os.access(path.parent, os.W_OK)
    connection = sqlite3.connect(_uri(path, immutable=immutable), uri=True, timeout=timeout, check_same_thread=False)
    connection.isolation_level = None
    return connection


def _error_code(exc: BaseException) -> int | None:
    current: BaseException | None = exc
    for _depth in range(4):  # the driver's error may be wrapped by SQLAlchemy (``orig``) or chained
        if current is None:
            return None
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code
        current = getattr(current, "orig", None) or current.__cause__
    return None


def sqlite_reason(exc: BaseException) -> str:
    """The driver's own sentence of an error (without SQLAlchemy's statement and link)."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying the file is damaged (corrupt pages, not a database, cut short)."""
    code = _error_code(exc)
    if code is None:
        text = str(getattr(exc, "orig", None) or exc).lower()
        return "malformed" in text or "file is not a database" in text
    return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or code == _SQLITE_IOERR_SHORT_READ


def is_read_only(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite refusing to write a read-only file."""
    code = _error_code(exc)
    if code is None:
        return "readonly database" in str(getattr(exc, "orig", None) or exc).lower()
    return code & 0xFF == _SQLITE_READONLY


def check_file(path: Path, *, quick: bool = False, connection: sqlite3.Connection | None = None) -> list[str]:
    """SQLite's own check of the file, read-only: the problems it reports (empty when sound).

    A file SQLite cannot read at all is reported as one problem with SQLite's reason.
    """
    own = connection is None
    try:
        conn = connection or connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        if own:
            conn.close()
    return [] if rows == ["ok"] else rows


Progress = Callable[[int, int], None]


def online_copy(
    source: sqlite3.Connection | Path,
    target: Path,
    *,
    progress: Progress | None = None,
    pages_per_step: int = 1024,
) -> None:
    """Copy a live database to ``target`` (a new file) with SQLite's online backup API.

    The copy runs inside one read transaction of the source connection, so it is the database of one
    moment: other connections go on writing (WAL) and the copy never restarts because of them.
    ``progress(copied_pages, total_pages)`` is called between steps; an exception it raises stops the
    copy (the partial target is then removed by the caller).
    """
    own = not isinstance(source, sqlite3.Connection)
    connection = connect_read_only(source) if not isinstance(source, sqlite3.Connection) else source
    destination = sqlite3.connect(target)
    try:
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            connection.backup(destination, pages=pages_per_step, progress=report)
        finally:
            connection.execute("COMMIT")
    finally:
        destination.close()
        if own:
            connection.close()


# --- a read-only engine -------------------------------------------------------------------------------------


def read_only_engine(
    path: Path, location: str, *, immutable: bool | None = None, reason: tuple[str, str] = ("", "")
) -> Engine:
    """A SQLAlchemy engine over read-only connections to ``path``.

    Reading works as on any engine; a writing action (a connection with the write option, see
    ``storage.engine.WRITE_OPTION``) is refused with :class:`ReadOnlyDatabaseError` before anything
    is tried, naming ``location`` and ``reason`` (English, Indonesian).
    """

    def connect() -> sqlite3.Connection:
        connection = connect_read_only(path, immutable=immutable)
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION, False):
            raise ReadOnlyDatabaseError(location, *reason)
        connection.exec_driver_sql("BEGIN")

    return engine
