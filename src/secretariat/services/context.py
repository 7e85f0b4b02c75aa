"""Who acts on which database, and the transaction of one action."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError
from secretariat.services.audit import install_auditor
from secretariat.storage.document_store import adopt_legacy_documents
from secretariat.storage.engine import WRITE_OPTION, Database
from secretariat.storage.models import User


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


def current_os_login() -> str:
    try:
        return getpass.getuser() or "user"
    except (KeyError, OSError):  # no login name (service accounts, containers)
        return "user"


def open_context(database: Database, login: str | None = None) -> ServiceContext:
    """The context for ``login`` (default: the operating-system user), registering the user on first use."""
    login = login or current_os_login()
    with database.sessions() as session, session.begin():
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            # The first person to use a new database administers it.
            first = session.scalar(select(User.id).limit(1)) is None
            user = User(login=login, name=login, role=UserRole.ADMIN if first else UserRole.CLERK)
            session.add(user)
            session.flush()
        if not user.active:
            raise UserError(
                f"The user '{login}' is blocked in this database; ask an administrator.",
                f"Pengguna '{login}' diblokir di basis data ini; hubungi administrator.",
            )
        actor = Actor(login=user.login, name=user.name, role=UserRole(user.role))
    adopt_legacy_documents(database)  # once: the files of the folder older versions shared (schema 0006)
    return ServiceContext(database=database, actor=actor)


@contextmanager
def writing(ctx: ServiceContext) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back on any error, audited."""
    with ctx.database.engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
        with Session(bind=connection, expire_on_commit=False, autoflush=True) as session:
            session.info["actor"] = ctx.actor
            install_auditor(session)
            with session.begin():
                yield session


@contextmanager
def reading(ctx: ServiceContext) -> Iterator[Session]:
    """A read-only session; closing it ends the transaction and leaves loaded values readable."""
    with ctx.database.sessions() as session:
        yield session
