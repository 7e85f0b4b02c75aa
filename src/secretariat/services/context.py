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

import logging
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, RootTransaction, String, event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from secretariat.domain.concurrency import Bilingual, DatabaseBusyError, EditConflict
from secretariat.domain.enums import UserRole
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.validation import text_problem
from secretariat.services.audit import install_auditor
from secretariat.services.closed_years import install_closed_year_guard
from secretariat.services.field_limits import install_length_check
from secretariat.storage import busy, pg_security
from secretariat.storage.document_store import adopt_legacy_documents
from secretariat.storage.engine import WRITE_ATTEMPT_OPTION, WRITE_OPTION, Database
from secretariat.storage.models import User

log = logging.getLogger(__name__)

#: What the writing actions of this thread are part of (a WriteAction code): named to a workstation
#: that waits for the database. Set with :func:`write_action`.
_ACTION: ContextVar[str] = ContextVar("secretariat_write_action", default="saving")

#: One attempt at SQLite's write lock waits this long at most (SQLite's own busy handler backs off
#: within it); between attempts the pause doubles from FIRST_PAUSE up to LAST_PAUSE.
ATTEMPT_MS = 1000
FIRST_PAUSE = 0.05
LAST_PAUSE = 1.0

# The long actions, as a workstation kept waiting names them.
_ACTIONS: dict[str, tuple[str, str]] = {
    "saving": ("is saving", "sedang menyimpan"),
    "import": ("is importing a workbook", "sedang mengimpor buku kerja"),
    "demo": ("is loading demo data", "sedang memuat data demo"),
    "close_year": ("is closing a fiscal year", "sedang menutup tahun anggaran"),
    "reopen_year": ("is reopening a fiscal year", "sedang membuka kembali tahun anggaran"),
    "merge": ("is merging partners", "sedang menggabungkan mitra"),
    "rebuild_search": ("is rebuilding the search indexes", "sedang membangun ulang indeks pencarian"),
    "restore": ("is restoring a backup", "sedang memulihkan cadangan"),
    "upgrade": ("is upgrading the database", "sedang memperbarui basis data"),
}


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


def _actor(user: User, login: str) -> Actor:
    if not user.active:
        raise UserError(
            f"The user '{login}' is blocked in this database; ask an administrator.",
            f"Pengguna '{login}' diblokir di basis data ini; hubungi administrator.",
        )
    return Actor(login=user.login, name=user.name, role=UserRole(user.role))


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
        if user is None and not may_register:
            raise _not_a_user(login)
        actor = _actor(user, login) if user is not None else None
    if actor is None:
        # A new person is registered in a short writing transaction of its own: on SQLite it waits a bounded
        # time for the write lock like every write (two workstations starting at once), instead of failing
        # when a reading transaction cannot become a writing one.
        with _write_transaction(database, login) as (_connection, session):
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                # The first person to use a new database administers it (so does its owner on PostgreSQL).
                first = session.scalar(select(User.id).limit(1)) is None
                role = UserRole.ADMIN if first or admin_when_new else UserRole.CLERK
                user = User(login=login, name=login, role=role)
                session.add(user)
                session.flush()
            actor = _actor(user, login)
    if not database.read_only:
        adopt_legacy_documents(database)  # once: the files of the folder older versions shared (schema 0006)
    return ServiceContext(database=database, actor=actor)


@contextmanager
def write_action(action: str) -> Iterator[None]:
    """Name what the writing actions inside the block are part of ("import", "close_year"...), so
    that a workstation kept waiting for the database can say so."""
    token = _ACTION.set(action if action in _ACTIONS else "saving")
    try:
        yield
    finally:
        _ACTION.reset(token)


def describe_holder(info: busy.WriterInfo | None) -> Bilingual | None:
    """ "ani (PC-12) is importing a workbook (since 10:31)", in both languages."""
    if info is None:
        return None
    doing_en, doing_id = _ACTIONS.get(info.action, _ACTIONS["saving"])
    since = info.since.astimezone().strftime("%H:%M") if isinstance(info.since, datetime) else "?"
    return Bilingual(
        f"{info.login} ({info.host}) {doing_en} (since {since})",
        f"{info.login} ({info.host}) {doing_id} (sejak {since})",
    )


def busy_error(database: Database, waited: float) -> DatabaseBusyError:
    return DatabaseBusyError(describe_holder(busy.holder(database)), waited)


def _begin(database: Database, login: str, action: str) -> tuple[Connection, RootTransaction]:
    """A connection in a writing transaction; a lock held elsewhere is waited for with pauses that
    grow, for ``database.write_wait_seconds`` at most, then refused with DatabaseBusyError."""
    started = time.monotonic()
    deadline = started + database.write_wait_seconds
    pause = FIRST_PAUSE
    while True:
        remaining_ms = int(max(deadline - time.monotonic(), 0.0) * 1000)
        connection = database.engine.connect().execution_options(
            **{WRITE_OPTION: True, WRITE_ATTEMPT_OPTION: max(min(ATTEMPT_MS, remaining_ms), 1)}
        )
        try:
            transaction = connection.begin()
            if not database.is_sqlite:
                busy.configure_pg_write(connection, login, action, max(remaining_ms, 1))
            return connection, transaction
        except DBAPIError as exc:
            connection.close()
            if not busy.is_busy_error(exc):
                raise
            now = time.monotonic()
            if now + pause > deadline:
                raise busy_error(database, now - started) from None
            time.sleep(pause * random.uniform(0.8, 1.2))
            pause = min(pause * 2, LAST_PAUSE)


@contextmanager
def _write_transaction(database: Database, login: str) -> Iterator[tuple[Connection, Session]]:
    """Begin (waiting a bounded time for the lock), yield, commit; any error rolls everything back.

    A lock met later (PostgreSQL row locks) or at commit becomes DatabaseBusyError; an UPDATE of a
    row whose version moved meanwhile becomes EditConflict. Neither is an "unexpected error".
    """
    action = _ACTION.get()
    connection, transaction = _begin(database, login, action)
    note = busy.WriteNote(database, login, action)
    note.start()
    session = Session(bind=connection, expire_on_commit=False, autoflush=True)
    try:
        try:
            yield connection, session
            session.commit()
            transaction.commit()
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    except StaleDataError as exc:
        log.info("a row changed at the same moment: %s", exc)
        raise EditConflict(Bilingual("this record", "data ini"), ()) from None
    except DBAPIError as exc:
        if busy.is_busy_error(exc):
            raise busy_error(database, database.write_wait_seconds) from None
        raise
    finally:
        note.finish()
        session.close()
        connection.close()


def _unplain_texts(session: Session, _context: object, _instances: object) -> None:
    """Before every flush of a writing session: no text with a NUL or another control character is
    stored, whichever service wrote it (services.common.validate says the same per field first)."""
    problems: list[Problem] = []
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        dirty = obj in session.dirty
        for attribute in state.mapper.column_attrs:
            if not isinstance(attribute.columns[0].type, String):
                continue
            if dirty and not state.attrs[attribute.key].history.has_changes():
                continue
            problem = text_problem(getattr(obj, attribute.key))
            if problem is not None:
                problems.append(Problem(attribute.key, *problem))
    if problems:
        raise ValidationError(problems)


def install_text_guard(session: Session) -> None:
    event.listen(session, "before_flush", _unplain_texts)


@contextmanager
def writing(ctx: ServiceContext) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back on any error, audited.

    The write lock (SQLite) is taken at the start, waiting for another workstation a bounded time
    (``ctx.database.write_wait_seconds``) before it says who holds the database.
    """
    with _write_transaction(ctx.database, ctx.actor.login) as (_connection, session):
        session.info["actor"] = ctx.actor
        install_auditor(session)
        install_text_guard(session)
        install_length_check(session)  # a too-long text is one clear sentence on both back ends
        install_closed_year_guard(session)
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
    """A read-only session; closing it ends the transaction and leaves loaded values readable.

    It takes no write lock and never waits for a writer: on SQLite (WAL) it reads the last
    committed state while another workstation writes, on PostgreSQL likewise (MVCC).
    """
    with ctx.database.sessions() as session:
        yield session
