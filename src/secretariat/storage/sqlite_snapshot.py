"""Do long work on a private copy of a SQLite database, then write its result in one short transaction.

A :class:`Snapshot` copies the live file with the online backup API, remembering the moment with
``PRAGMA data_version`` on a connection it keeps open (the value moves whenever another connection
commits). The work runs on the copy through an ordinary engine whose every writing statement is
recorded, without any lock on the live file. :meth:`Snapshot.replay` then takes the live file's write
lock, checks that nobody committed since the copy was made, and plays the recorded statements in one
transaction: the same statements on the same database give the same rows, ids included. When
someone did commit meanwhile, :class:`SnapshotStale` says so and the caller starts again from a new
copy.

The recorded statements are written to a file in the copy's folder as they come (not kept in memory:
an import's inserts and audit entries would otherwise sit there twice, as parameters and as rows).

An import of 100,000 rows thus holds the write lock for the seconds its inserts take, not for the
minute its reading and checking take; readers never wait at all (WAL).
"""

from __future__ import annotations

import logging
import pickle
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import sessionmaker

from secretariat.storage import sqlite_files
from secretariat.storage.engine import Database, make_engine, register_sqlite_functions, to_url

log = logging.getLogger(__name__)

__all__ = ["Snapshot", "SnapshotStale"]

#: The statements that change a database (and the savepoints around them) are recorded; reads are not.
_RECORDED = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|SAVEPOINT|RELEASE|ROLLBACK\s+TO)\b", re.IGNORECASE)

Statement = tuple[str, Any, bool]  # SQL, parameters, executemany


class SnapshotStale(Exception):
    """Another connection committed to the live database after the copy was made."""


class Snapshot:
    """A private copy of the live SQLite file ``path`` (see the module text). Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = Path(tempfile.mkdtemp(prefix="secretariat-snapshot-"))
        self.copy_path = self.folder / "work.sqlite3"
        self._spool = (self.folder / "statements.pickle").open("w+b")  # the recorded statements, in order
        self._recorded = 0
        self._watch = sqlite3.connect(path, isolation_level=None, timeout=sqlite_files.BUSY_TIMEOUT_MS / 1000)
        self._watch.execute("PRAGMA foreign_keys=ON")
        # The statements replayed here fire the audit chain's trigger (and may need the sort keys' function).
        register_sqlite_functions(self._watch)  # both (storage.engine)
        self._version: int | None = None
        self._database: Database | None = None

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
        self._spool.close()
        self._watch.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _data_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def take(self, attempts: int = 5, progress: Callable[[int, int], None] | None = None) -> None:
        """Copy the live file as it is at one moment (again when a commit landed while it was copied)."""
        for _attempt in range(attempts):
            self.copy_path.unlink(missing_ok=True)
            before = self._data_version()
            sqlite_files.online_copy(self._watch, self.copy_path, progress=progress)
            if self._data_version() == before:
                self._version = before
                return
        raise SnapshotStale(f"{self.path} kept changing while it was copied")

    def database(self) -> Database:
        """The copy as a database to work on; every writing statement run on it is recorded."""
        if self._database is None:
            url = to_url(str(self.copy_path))
            engine = make_engine(url)
            self._record(engine)
            self._database = Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
        return self._database

    def _record(self, engine: Engine) -> None:
        # The dialect's execution hooks see exactly what reaches the driver (SQLAlchemy's batched
        # "insertmanyvalues" included), so the recorded statements are those the copy ran.
        def execute(_cursor: Any, statement: str, parameters: Any, _context: Any) -> None:
            if _RECORDED.match(statement):
                self._record_one((statement, parameters, False))

        def execute_many(_cursor: Any, statement: str, parameters: Any, _context: Any) -> None:
            if _RECORDED.match(statement):
                self._record_one((statement, list(parameters), True))

        def execute_bare(_cursor: Any, statement: str, _context: Any) -> None:
            if _RECORDED.match(statement):
                self._record_one((statement, (), False))

        event.listen(engine, "do_execute", execute)
        event.listen(engine, "do_executemany", execute_many)
        event.listen(engine, "do_execute_no_params", execute_bare)

    def _record_one(self, statement: Statement) -> None:
        pickle.dump(statement, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._recorded += 1

    @property
    def statements(self) -> list[Statement]:
        """What was recorded so far, in order (read back from the file)."""
        return list(self._played())

    def _played(self) -> Iterator[Statement]:
        self._spool.flush()
        with (self.folder / "statements.pickle").open("rb") as handle:
            for _ in range(self._recorded):
                statement: Statement = pickle.load(handle)  # written by this object itself
                yield statement

    def forget(self) -> None:
        """Drop what was recorded (work that was rolled back on the copy)."""
        self._spool.seek(0)
        self._spool.truncate()
        self._recorded = 0

    def replay(
        self, statements: Sequence[Statement] | None = None, progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Play the recorded statements on the live file in one transaction, if nobody committed since the copy."""
        if self._version is None:
            raise RuntimeError("take() the snapshot first")
        work = self._played() if statements is None else iter(statements)
        total = self._recorded if statements is None else len(statements)
        done = 0
        connection = self._watch
        connection.execute("BEGIN IMMEDIATE")
        try:
            if self._data_version() != self._version:
                raise SnapshotStale(f"{self.path} was changed by another workstation since it was copied")
            for done, (statement, parameters, many) in enumerate(work, start=1):
                if many:
                    connection.executemany(statement, parameters)
                else:
                    connection.execute(statement, parameters).fetchall()
                if progress is not None and done % 50 == 0:
                    progress(done, total)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        log.info("replayed %d statements on %s", done, self.path)
