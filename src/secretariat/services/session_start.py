"""Opening and closing the database for a desktop session.

The GUI may not import storage; it opens its database through these two functions.
"""

from __future__ import annotations

from secretariat.services.context import ServiceContext, open_context
from secretariat.storage.location import database_target, deployed_target
from secretariat.storage.migrate import open_database

__all__ = ["close_session", "default_target", "deployed_target", "location", "open_session"]


def default_target() -> str:
    """The database the user gets without asking: ``SECRETARIAT_DB``, else the default file."""
    return database_target(None)


def open_session(target: str, login: str | None = None) -> ServiceContext:
    """Open (creating or upgrading as needed) the database at ``target`` and act as ``login``.

    ``target`` is a file path or a ``postgresql://`` URL. Raises the storage errors a user can
    understand (``SchemaTooNewError``, ``NotOurDatabaseError``, other ``UserError``) unchanged.
    """
    database = open_database(target)
    try:
        return open_context(database, login)
    except Exception:
        database.dispose()
        raise


def close_session(ctx: ServiceContext) -> None:
    """Release the session's connections (a SQLite file can then be moved or opened elsewhere)."""
    ctx.database.dispose()


def location(ctx: ServiceContext) -> str:
    """Where the session's database lives, for the status bar (a path, or a URL without password)."""
    return ctx.database.display_location
