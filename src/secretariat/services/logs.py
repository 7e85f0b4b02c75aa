"""The program's log: one file in the user's log folder, shared by the window and the command line.

Users see one clear sentence when something unexpected happens; the full traceback goes here, so that
support can read it later. Three things keep the log safe to hand to support:

* **No secrets, no people's data.** Every line passes :func:`redact`: the password of a database URL
  (``postgresql://budi:...@``) or of a libpq connection string becomes ``***``; the values a database
  error quotes (``Key (passport_number)=(...)``, ``Failing row contains (...)``, ``invalid input
  syntax ...: "..."``) and SQL parameters are dropped. The engines are made with SQLAlchemy's
  ``hide_parameters`` (storage.engine), so an error does not carry a statement's values either.
* **Several processes at once.** The window and a command may write at the same moment (or two
  windows of two users of one PC profile). :class:`SharedRotatingFileHandler` appends each record
  under an inter-process lock and opens the file only for that append, so rotation (a rename, which
  Windows refuses while another process holds the file open) happens under the same lock and never
  loses or interleaves lines.
* **History kept.** A record longer than :data:`MAX_RECORD_CHARS` is cut in its middle (start and end
  of a traceback kept), so one huge traceback cannot fill the files and rotate the history away.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from secretariat.storage.location import log_dir as default_log_dir

LOG_FILE_NAME = "secretariat.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
#: At most this many characters of one record (a twentieth of a file): start and end kept.
MAX_RECORD_CHARS = 50_000
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_MARKER = "_secretariat_log_file"

_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:password@host -> scheme://user:***@host
    (re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*):(?P<secret>[^@\s]+)@"), r"\g<head>:***@"),
    # libpq key=value connection strings and PGPASSWORD=...
    (re.compile(r"(?i)\b(password|pgpassword)\s*=\s*('[^']*'|\S+)"), r"\1=***"),
    # PostgreSQL error details that quote row values
    (re.compile(r"Key \((?P<columns>[^)]*)\)=\((?:[^()]|\([^()]*\))*\)"), r"Key (\g<columns>)=(…)"),
    (re.compile(r"Failing row contains \((?:[^()]|\([^()]*\))*\)"), "Failing row contains (…)"),
    (re.compile(r"(invalid input (?:syntax|value) for [^:\n]*): \"[^\"\n]*\""), r'\1: "…"'),
    (re.compile(r"\[parameters: .*?\]$", re.MULTILINE | re.DOTALL), "[parameters hidden]"),
)


def redact(text: str) -> str:
    """``text`` without passwords of URLs and connection strings and without the values database errors quote."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


def cap(text: str, limit: int = MAX_RECORD_CHARS) -> str:
    """``text`` cut in its middle to at most about ``limit`` characters."""
    if len(text) <= limit:
        return text
    half = limit // 2
    cut = len(text) - 2 * half
    return f"{text[:half]}\n[... {cut} characters left out ...]\n{text[-half:]}"


class RedactingFormatter(logging.Formatter):
    """The usual format, then :func:`redact` and :func:`cap` over the whole record, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return cap(redact(super().format(record)))


@contextmanager
def _interprocess_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` (a small file beside the log), held by one process at a time."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for about 10 s, then raises
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class SharedRotatingFileHandler(logging.Handler):
    """Append to ``path`` under an inter-process lock; rotate to ``path.1`` ... ``path.N`` under the same lock."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> None:
        super().__init__()
        self.path = Path(path)
        self.baseFilename = str(self.path)  # where the error dialog says the details are
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def _rotate(self) -> None:
        for number in range(self.backup_count - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{number + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = (self.format(record) + "\n").encode("utf-8", errors="replace")
            with _interprocess_lock(self.lock_path):
                try:
                    size = self.path.stat().st_size
                except FileNotFoundError:
                    size = 0
                if size and size + len(data) > self.max_bytes and self.backup_count > 0:
                    self._rotate()
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(fd, data)
                finally:
                    os.close(fd)
        except Exception:  # noqa: BLE001 - logging must never break the program
            self.handleError(record)


def configure_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to the shared log file (about 1 MB, 5 old files kept); return the file's path.

    Calling it again for the same file changes nothing, so the GUI and the command line (or a test
    calling the command line many times) may both call it.
    """
    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / LOG_FILE_NAME).resolve()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, _MARKER, None) == path:
            return path
    handler = SharedRotatingFileHandler(path)
    handler.setFormatter(RedactingFormatter(FORMAT))
    setattr(handler, _MARKER, path)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def current_log_file() -> Path | None:
    """The file :func:`configure_logging` set up last, if any."""
    for handler in reversed(logging.getLogger().handlers):
        path = getattr(handler, _MARKER, None)
        if path is not None:
            return Path(path)
    return None
