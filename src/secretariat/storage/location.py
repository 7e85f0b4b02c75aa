"""Where things live: the default database, backups, attachments, logs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Secretariat"
DB_ENV = "SECRETARIAT_DB"
DEFAULT_FILE_NAME = "secretariat.sqlite3"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def database_target(cli_value: str | None = None, last_opened: str | None = None) -> str:
    """The one rule, for the command line and the window alike, of which database to open.

    ``--db`` (``cli_value``), else ``SECRETARIAT_DB``, else the database the window opened last
    (``last_opened``; a file only while it still exists, never a new empty one where it was), else
    the default file in the user's data folder.
    """
    if cli_value:
        return cli_value
    env_value = os.environ.get(DB_ENV, "").strip()
    if env_value:
        return env_value
    if last_opened and ("://" in last_opened or Path(last_opened).exists()):
        return last_opened
    return str(default_database_path())
