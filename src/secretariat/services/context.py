"""Who acts on which database, and the transaction of one action."""

from __future__ import annotations

import getpass
import logging
import random
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
from secretariat.storage import busy
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
    """The context for ``login`` (default: the operating-system user), registering the user on first use.

    A known user is only read (no write lock is taken when the program starts); a new one is
    registered in a short writing transaction.
    """
    login = login or current_os_login()
    ctx: ServiceContext | None = None
    with database.sessions() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is not None:
            ctx = _context_for(database, user)
    if ctx is None:
        with _write_transaction(database, login) as (_connection, session):
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                # The first person to use a new database administers it.
                first = session.scalar(select(User.id).limit(1)) is None
                user = User(login=login, name=login, role=UserRole.ADMIN if first else UserRole.CLERK)
                session.add(user)
                session.flush()
            ctx = _context_for(database, user)
    adopt_legacy_documents(database)  # once: the files of the folder older versions shared (schema 0006)
    return ctx


def _context_for(database: Database, user: User) -> ServiceContext:
    if not user.active:
        raise UserError(
            f"The user '{user.login}' is blocked in this database; ask an administrator.",
            f"Pengguna '{user.login}' diblokir di basis data ini; hubungi administrator.",
        )
    actor = Actor(login=user.login, name=user.name, role=UserRole(user.role))
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
        install_closed_year_guard(session)
        yield session


@contextmanager
def reading(ctx: ServiceContext) -> Iterator[Session]:
    """A read-only session; closing it ends the transaction and leaves loaded values readable.

    It takes no write lock and never waits for a writer: on SQLite (WAL) it reads the last
    committed state while another workstation writes, on PostgreSQL likewise (MVCC).
    """
    with ctx.database.sessions() as session:
        yield session
