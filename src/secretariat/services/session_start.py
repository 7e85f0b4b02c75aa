"""Opening and closing the database for a desktop session, and signing in to a shared server.

The GUI may not import storage; it opens its database through these functions. A database on a
PostgreSQL server is described by a :class:`ServerTarget` (server, port, database, user: never a
password); the window's sign-in dialog fills one in and hands the password separately to
:func:`open_session`, which keeps it in memory only (in the engine's URL) for the session.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError
from secretariat.services import credentials
from secretariat.services.backups import before_upgrade
from secretariat.services.context import Actor, ServiceContext, current_os_login, open_context
from secretariat.services.users import current_user
from secretariat.storage.engine import Database, to_url
from secretariat.storage.location import database_target
from secretariat.storage.migrate import open_database
from secretariat.storage.models import User

__all__ = [
    "DEFAULT_PORT",
    "ServerTarget",
    "choose_target",
    "close_session",
    "context_for",
    "is_read_only",
    "location",
    "must_change_password",
    "open_session",
    "password_in",
    "server_target",
    "session_target",
    "sign_in_error",
    "target_without_password",
]

DEFAULT_PORT = 5432
#: Seconds to wait for a server that does not answer, so the sign-in dialog never hangs for minutes.
CONNECT_TIMEOUT = "10"


@dataclass(frozen=True)
class ServerTarget:
    """A database on a PostgreSQL server, without a password."""

    host: str
    port: int
    database: str
    user: str = ""
    options: tuple[tuple[str, str], ...] = ()  # libpq options of the URL (sslmode=require...)

    def url(self, password: str | None = None) -> URL:
        query = dict(self.options)
        query.setdefault("connect_timeout", CONNECT_TIMEOUT)
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        )

    def text(self) -> str:
        """The target as a URL without a password (what the window may remember)."""
        return URL.create(
            "postgresql",
            username=self.user or None,
            host=self.host or None,
            port=self.port if self.port and self.port != DEFAULT_PORT else None,
            database=self.database or None,
            query=dict(self.options),
        ).render_as_string(hide_password=False)

    def credential_name(self) -> str:
        """The name of this sign-in's entry in the system's credential store."""
        return credentials.entry_name(self.user, self.host, self.port, self.database)


def server_target(target: str) -> ServerTarget | None:
    """The server a target names, or None for a SQLite file."""
    if "://" not in target:
        return None
    url = to_url(target)
    if url.get_backend_name() != "postgresql":
        return None
    options = tuple(
        (key, value if isinstance(value, str) else ",".join(value))
        for key, value in sorted(url.query.items())
        if key not in ("password", "connect_timeout")
    )
    return ServerTarget(
        host=url.host or "localhost",
        port=url.port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or "",
        options=options,
    )


def session_target(ctx: ServiceContext) -> ServerTarget | None:
    """The server a session is signed in to (None for a SQLite file)."""
    return None if ctx.database.is_sqlite else server_target(ctx.database.display_location)


def password_in(target: str) -> str | None:
    """The password written in a URL (``--db``), to try once before asking; None when there is none."""
    server = server_target(target)
    if server is None:
        return None
    password = to_url(target).password
    return None if password is None else str(password)


def target_without_password(target: str) -> str:
    """``target`` as it may be stored (QSettings, the log): a file path unchanged, a URL without its password."""
    server = server_target(target)
    return target if server is None else server.text()


def choose_target(cli_value: str | None, last_opened: str | None) -> str:
    """Which database the window opens (see ``storage.location.database_target``, the one rule)."""
    return database_target(cli_value, last_opened)


def open_session(
    target: str | ServerTarget, login: str | None = None, password: str | None = None, *, create: bool = False
) -> ServiceContext:
    """Open the database at ``target`` (upgrading it when needed, backed up first) and act as its user.

    ``target`` is a file path, a ``postgresql://`` URL, or a :class:`ServerTarget`; ``password`` (for a
    server) is used for this session only. A missing or empty file becomes a new database only with
    ``create`` (the window's "new database"). Raises the storage errors a user can understand
    (``SchemaTooNewError``, ``NotOurDatabaseError``, ``NoDatabaseError``, ``DamagedDatabaseError``, other
    ``UserError``) unchanged, and the driver's error when the server refuses the sign-in
    (:func:`sign_in_error` words it).
    """
    if isinstance(target, ServerTarget):
        url = target.url(password)
    else:
        url = to_url(target)
        if password is not None:
            url = url.set(password=password)
    database = open_database(url, create=create, before_upgrade=before_upgrade)
    try:
        return context_for(database, login)
    except Exception:
        database.dispose()
        raise


def context_for(database: Database, login: str | None = None, *, register: bool = True) -> ServiceContext:
    """The acting person on an opened database; on a read-only one, a person not yet registered reads
    as a clerk (nothing is written to register them)."""
    if not database.read_only:
        return open_context(database, login, register=register)
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


def must_change_password(ctx: ServiceContext) -> bool:
    """Whether the person signed in with a first password an administrator gave (server only)."""
    return not ctx.database.is_sqlite and current_user(ctx).must_change_password


def sign_in_error(exc: BaseException, target: ServerTarget) -> UserError:
    """What a refused sign-in means, in one sentence in each language (never the password)."""
    if isinstance(exc, UserError):
        return exc
    detail = str(exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc)
    first = detail.strip().splitlines()[0] if detail.strip() else type(exc).__name__
    server = f"{target.host}:{target.port}"
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return UserError("The user name or the password is wrong.", "Nama pengguna atau kata sandi salah.")
    if "not permitted to log in" in lowered:
        return UserError(
            f"The login '{target.user}' is blocked; ask an administrator.",
            f"Login '{target.user}' diblokir; hubungi administrator.",
        )
    if "permission denied for database" in lowered or "pg_hba.conf" in lowered:
        return UserError(
            f"The login '{target.user}' may not use the database {target.database}; ask an administrator.",
            f"Login '{target.user}' tidak boleh memakai basis data {target.database}; hubungi administrator.",
        )
    if "does not exist" in lowered and "database" in lowered:
        return UserError(
            f"There is no database '{target.database}' on {server}.",
            f"Tidak ada basis data '{target.database}' di {server}.",
        )
    return UserError(
        f"The server {server} cannot be reached or refused the connection: {first}",
        f"Server {server} tidak dapat dihubungi atau menolak sambungan: {first}",
    )


def close_session(ctx: ServiceContext) -> None:
    """Release the session's connections (a SQLite file can then be moved or opened elsewhere)."""
    ctx.database.dispose()


def location(ctx: ServiceContext) -> str:
    """Where the session's database lives, for the status bar (a path, or a URL without password)."""
    return ctx.database.display_location
