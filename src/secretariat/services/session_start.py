"""Opening and closing the database for a desktop session.

The GUI may not import storage; it opens its database through these two functions.
"""

from __future__ import annotations

from sqlalchemy import select

from secretariat.domain.enums import UserRole
from secretariat.services.backups import before_upgrade
from secretariat.services.context import Actor, ServiceContext, current_os_login, open_context
from secretariat.storage.engine import Database
from secretariat.storage.location import database_target
from secretariat.storage.migrate import open_database
from secretariat.storage.models import User

__all__ = ["choose_target", "close_session", "context_for", "is_read_only", "location", "open_session"]


def choose_target(cli_value: str | None, last_opened: str | None) -> str:
    """Which database the window opens (see ``storage.location.database_target``, the one rule)."""
    return database_target(cli_value, last_opened)


def open_session(target: str, login: str | None = None, *, create: bool = False) -> ServiceContext:
    """Open the database at ``target`` (upgrading it when needed, backed up first) and act as ``login``.

    ``target`` is a file path or a ``postgresql://`` URL. A missing or empty file becomes a new
    database only with ``create`` (the window's "new database"). Raises the storage errors a user can
    understand (``SchemaTooNewError``, ``NotOurDatabaseError``, ``NoDatabaseError``,
    ``DamagedDatabaseError``, other ``UserError``) unchanged.
    """
    database = open_database(target, create=create, before_upgrade=before_upgrade)
    try:
        return context_for(database, login)
    except Exception:
        database.dispose()
        raise


def context_for(database: Database, login: str | None = None) -> ServiceContext:
    """The acting person on an opened database; on a read-only one, a person not yet registered reads
    as a clerk (nothing is written to register them)."""
    if not database.read_only:
        return open_context(database, login)
    login = login or current_os_login()
    with database.sessions() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is not None:
            return ServiceContext(
                database=database, actor=Actor(login=user.login, name=user.name, role=UserRole(user.role))
            )
    return ServiceContext(database=database, actor=Actor(login=login, name=login))


def is_read_only(ctx: ServiceContext) -> bool:
    """Whether the session's database was opened read-only (a read-only file or media)."""
    return ctx.database.read_only


def close_session(ctx: ServiceContext) -> None:
    """Release the session's connections (a SQLite file can then be moved or opened elsewhere)."""
    ctx.database.dispose()


def location(ctx: ServiceContext) -> str:
    """Where the session's database lives, for the status bar (a path, or a URL without password)."""
    return ctx.database.display_location
