"""The program's log: a rotating file in the user's log folder, shared by the GUI and the command line.

Users see one clear sentence when something unexpected happens; the full
traceback goes here, so that support can read it later.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from secretariat.storage.location import log_dir as default_log_dir

LOG_FILE_NAME = "secretariat.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_MARKER = "_secretariat_log_file"


def configure_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file (about 1 MB, 5 old files kept); return the file's path.

    Calling it again for the same file changes nothing, so the GUI and the
    command line (or a test calling the command line many times) may both call it.
    """
    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / LOG_FILE_NAME).resolve()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, _MARKER, None) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
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
