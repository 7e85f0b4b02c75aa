"""Who acts on which database, and the transaction of one action.

Who acts is never taken from what a person can type or set:

* on a shared PostgreSQL server, the login the connection authenticated as (``session_user``),
  nothing else: each person signs in with their own login and password;
* on one workstation (SQLite), the operating-system account running the program, asked of the
  operating system (Windows: ``GetUserNameW``; POSIX: the password entry of the real user id), not
  environment variables such as ``USER`` or ``USERNAME``, which anyone can set. There the file's
  permissions are the boundary (docs/security.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError
from secretariat.services.audit import install_auditor
from secretariat.services.field_limits import install_length_check
from secretariat.storage import pg_security
from secretariat.storage.engine import WRITE_OPTION, Database
from secretariat.storage.models import User


class PermissionDeniedError(UserError):
    """The acting person's role (or their being blocked) does not allow the action."""


@dataclass(frozen=True)
class Actor:
    login: str
    name: str
    role: UserRole = UserRole.CLERK


@dataclass(frozen=True)
class ServiceContext:
    """The database and the person acting; handed to every service function."""

    database: Database
    actor: Actor


def _windows_user_name() -> str:
    if sys.platform == "win32":  # narrows the platform for mypy as well
        import ctypes
        from ctypes import wintypes

        size = wintypes.DWORD(257)  # UNLEN + 1
        buffer = ctypes.create_unicode_buffer(size.value)
        if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            raise OSError(ctypes.GetLastError(), "GetUserNameW failed")
        return buffer.value
    raise OSError("not Windows")


def current_os_login() -> str:
    """The operating-system account running the program, as the operating system itself reports it."""
    if sys.platform == "win32":
        return _windows_user_name()
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid without an entry (some containers): still one stable name per account
        return f"uid{uid}"


def _not_a_user(login: str) -> UserError:
    return UserError(
        f"The login '{login}' is not a user of this database; an administrator adds people in the Users "
        "dialog or with 'secretariat user add'.",
        f"Login '{login}' bukan pengguna basis data ini; administrator menambahkan pengguna di dialog Pengguna "
        "atau dengan 'secretariat user add'.",
    )


def open_context(database: Database, login: str | None = None, *, register: bool = True) -> ServiceContext:
    """The context of the person using ``database``, registering them on first use where that is allowed.

    SQLite: ``login`` defaults to the operating-system account (:func:`current_os_login`); a new
    login is registered, the first one as administrator. PostgreSQL: the login is the connection's
    ``session_user``. Only the schema's owner (the IT staff's login, or a superuser: they can change
    anything anyway) may name another ``login``, to set a database up; a login the administrators
    have not added is refused, and the owner is registered as an administrator.

    ``register=False`` (a command that only reads) registers nobody: an unknown workstation account reads
    as a clerk; a blocked person is refused either way.
    """
    with database.sessions() as session, session.begin():
        may_register = True
        admin_when_new = False
        if not database.is_sqlite:
            who = pg_security.session_identity(session.connection())
            if login is not None and login != who.login and not who.owns_schema:
                raise UserError(
                    f"You are signed in as '{who.login}' and cannot act as '{login}'.",
                    f"Anda masuk sebagai '{who.login}' dan tidak dapat bertindak sebagai '{login}'.",
                )
            may_register = who.owns_schema
            admin_when_new = who.owns_schema and (login is None or login == who.login)
            login = login or who.login
        else:
            login = login or current_os_login()
        user = session.scalar(select(User).where(User.login == login))
        if user is None and not register and database.is_sqlite:
            return ServiceContext(database=database, actor=Actor(login=login, name=login, role=UserRole.CLERK))
        if user is None:
            if not may_register:
                raise _not_a_user(login)
            # The first person to use a new database administers it (so does its owner on PostgreSQL).
            first = session.scalar(select(User.id).limit(1)) is None
            role = UserRole.ADMIN if first or admin_when_new else UserRole.CLERK
            user = User(login=login, name=login, role=role)
            session.add(user)
            session.flush()
        if not user.active:
            raise UserError(
                f"The user '{login}' is blocked in this database; ask an administrator.",
                f"Pengguna '{login}' diblokir di basis data ini; hubungi administrator.",
            )
        actor = Actor(login=user.login, name=user.name, role=UserRole(user.role))
    return ServiceContext(database=database, actor=actor)


@contextmanager
def writing(ctx: ServiceContext) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back on any error, audited."""
    with ctx.database.engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
        with Session(bind=connection, expire_on_commit=False, autoflush=True) as session:
            session.info["actor"] = ctx.actor
            install_auditor(session)
            install_length_check(session)  # a too-long text is one clear sentence on both back ends
            with session.begin():
                _refuse_unless_active(session, ctx)
                yield session


def _refuse_unless_active(session: Session, ctx: ServiceContext) -> None:
    """Every write is a clerk's at least: someone blocked (or removed) since signing in writes nothing."""
    active = session.scalar(select(User.active).where(User.login == ctx.actor.login))
    if not active:
        raise PermissionDeniedError(
            f"The user '{ctx.actor.login}' is not an active user of this database; nothing was saved.",
            f"Pengguna '{ctx.actor.login}' bukan pengguna aktif basis data ini; tidak ada yang disimpan.",
        )


@contextmanager
def reading(ctx: ServiceContext) -> Iterator[Session]:
    """A read-only session; closing it ends the transaction and leaves loaded values readable."""
    with ctx.database.sessions() as session:
        yield session
