"""Opening and closing the database for a desktop session.

The GUI may not import storage; it opens its database through these two functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretariat.storage.location import database_target

# SQLAlchemy, the models and the migrations are loaded when a session is opened, not when the window
# asks which database to open (the window's frame is shown before they are loaded).
if TYPE_CHECKING:
    from secretariat.services.context import ServiceContext

__all__ = ["choose_target", "close_session", "location", "open_session"]


def choose_target(cli_value: str | None, last_opened: str | None) -> str:
    """Which database the window opens (see ``storage.location.database_target``, the one rule)."""
    return database_target(cli_value, last_opened)


def open_session(target: str, login: str | None = None) -> ServiceContext:
    """Open (creating or upgrading as needed) the database at ``target`` and act as ``login``.

    ``target`` is a file path or a ``postgresql://`` URL. Raises the storage errors a user can
    understand (``SchemaTooNewError``, ``NotOurDatabaseError``, other ``UserError``) unchanged.
    """
    from secretariat.services.context import open_context
    from secretariat.storage.migrate import open_database

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
