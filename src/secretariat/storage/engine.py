"""Engines for the embedded SQLite file and for a shared PostgreSQL server."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from secretariat.domain.errors import UserError
from secretariat.storage.audit_chain import register_sqlite_functions

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "secretariat_writes"
#: How long one attempt of a writing action waits for SQLite's write lock (milliseconds); the action
#: tries again with a pause until ``Database.write_wait_seconds`` have passed (services.context.writing).
WRITE_ATTEMPT_OPTION = "secretariat_write_attempt_ms"
#: How long a writing action waits in all for a lock held by another workstation, by default.
WRITE_WAIT_SECONDS = 10.0


def to_url(target: str) -> URL:
    """A path becomes a SQLite URL; a PostgreSQL URL is pointed at psycopg 3."""
    if "://" not in target:
        path = Path(target).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path))
    url = make_url(target)
    if url.get_backend_name() == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        return url
    raise UserError(
        f"Unsupported database '{url.get_backend_name()}': give a file path or a postgresql:// URL.",
        f"Basis data '{url.get_backend_name()}' tidak didukung: berikan path berkas atau URL postgresql://.",
    )


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so
        # that DDL and migrations run inside one real transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        register_sqlite_functions(dbapi_connection)  # the audit chain's trigger calls it

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writing action takes the write lock up front, so two workstations
        # never dead-end in a read-then-write upgrade; it waits busy_timeout
        # (one attempt's share when services.context.writing retries). A reading
        # transaction takes no lock: in WAL mode it reads its snapshot while a
        # writer works.
        options = connection.get_execution_options()
        if options.get(WRITE_OPTION, False):
            wait_ms = int(options.get(WRITE_ATTEMPT_OPTION, BUSY_TIMEOUT_MS))
            connection.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms}")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.exec_driver_sql("BEGIN")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    # hide_parameters: an error's text (and so the log) never holds the values of a statement, which
    # may be people's passport numbers, NIPs or phone numbers.
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class Database:
    """An opened, up-to-date database: its URL, engine and session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    #: How long a writing action waits for a lock held by another workstation before it gives up.
    write_wait_seconds: float = field(default=WRITE_WAIT_SECONDS)
    #: Opened read-only (a read-only file or media): every write action is refused, saying why.
    read_only: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path is not None else self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
