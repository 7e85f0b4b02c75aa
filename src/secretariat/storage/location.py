"""Where things live: the default database, backups, attachments, logs; and the database an office deployed."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from platformdirs import site_config_path, user_data_path, user_log_path

from secretariat.domain.errors import UserError

APP_NAME = "Secretariat"
DB_ENV = "SECRETARIAT_DB"
DEFAULT_FILE_NAME = "secretariat.sqlite3"
#: The machine-wide settings file the IT staff may deploy (docs/install.md): ``[database] target = ...``.
SITE_SETTINGS_FILE = "secretariat.ini"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def site_settings_path() -> Path:
    """The machine-wide settings file: ``C:\\ProgramData\\Secretariat\\secretariat.ini`` on Windows,
    ``/etc/xdg/Secretariat/secretariat.ini`` on Linux (the first folder of ``XDG_CONFIG_DIRS``)."""
    return site_config_path(APP_NAME, appauthor=False) / SITE_SETTINGS_FILE


def deployed_target() -> str | None:
    """The database the office set for this computer: ``SECRETARIAT_DB``, else the machine-wide file's
    ``[database] target``; None when neither is set.

    A settings file that cannot be read as INI is refused with its path rather than silently ignored,
    so that a workstation never falls back to a private database unnoticed.
    """
    env_value = os.environ.get(DB_ENV, "").strip()
    if env_value:
        return env_value
    path = site_settings_path()
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad may write a byte-order mark
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserError(
            f"The settings file {path} cannot be read: {exc.strerror or exc}.",
            f"Berkas pengaturan {path} tidak dapat dibaca: {exc.strerror or exc}.",
        ) from exc
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        first = str(exc).splitlines()[0]
        raise UserError(
            f"The settings file {path} is not a valid INI file ({first}).",
            f"Berkas pengaturan {path} bukan berkas INI yang sah ({first}).",
        ) from exc
    value = parser.get("database", "target", fallback="").strip()
    return value or None


def database_target(cli_value: str | None = None, last_opened: str | None = None) -> str:
    """The one rule, for the command line and the window alike, of which database to open.

    ``--db`` (``cli_value``), else the database the office deployed (``SECRETARIAT_DB``, else the
    machine-wide settings file's ``[database] target``), else the database the window opened last
    (``last_opened``; a file only while it still exists, never a new empty one where it was), else the
    default file in the user's data folder.
    """
    if cli_value:
        return cli_value
    deployed = deployed_target()
    if deployed:
        return deployed
    if last_opened and ("://" in last_opened or Path(last_opened).exists()):
        return last_opened
    return str(default_database_path())
