"""Shared test setup: headless Qt, a private user folder, and the two database back ends.

Fixtures
--------
``postgres_server`` (session)
    A real PostgreSQL server started from the machine's binaries in a
    temporary folder, on a free port of 127.0.0.1. Skipped when the binaries
    are missing, except under CI (``CI`` set), where that is a failure.
    The superuser ``postgres`` connects without a password (trust); every
    other login must give its password (SCRAM-SHA-256, as an office's server
    asks), which the security tests rely on.
``pg_url``
    A fresh, empty PostgreSQL database on that server, dropped afterwards;
    a ``postgresql+psycopg://`` URL string.
``db_target``
    Parametrized ``sqlite`` / ``postgresql``: a SQLite file path or a
    ``pg_url``. PostgreSQL is started only when a PostgreSQL case runs, so
    ``pytest -m "not postgres"`` never starts it.
``database``
    ``open_database(db_target)``: a migrated, empty database on each back end.
``sqlite_database``
    The same on a SQLite file only, for SQLite-specific tests.

New databases: the program creates a database only when asked (``init``, ``demo`` on a new path, the
window's "new database"); tests may name any new path and get a database there, unless marked
``no_silent_databases``, which keeps the program's rule for the tests of it.

Speed: the schema is migrated once per test session (per xdist worker) into a template. A test that
opens a new SQLite file (through ``open_database``, ``open_session``, the CLI, the window...) gets a
copy of the migrated template instead of running every migration again; ``database`` on PostgreSQL
is ``CREATE DATABASE ... TEMPLATE`` of a migrated database. Tests of the migrations themselves
(marked ``real_migrations``) start from nothing as the program does.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from glob import glob
from pathlib import Path

import pytest

# --- Before anything imports secretariat or Qt --------------------------------
#
# Qt without a display aborts unless it draws offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Free room a memory-backed folder must have before the tests' files go there.
_RAM_FOLDER_ROOM = 4 * 1024**3


def _ram_folder() -> str | None:
    """A memory-backed folder (tmpfs) for the tests' files and PostgreSQL's data, when there is one with room.

    On a virtual disk every file created and deleted costs real time (CREATE DATABASE copied 11 MB in
    0.58 s on disk, 0.04 s in memory; SQLite's commits wait for the disk). ``SECRETARIAT_TEST_TMP`` names
    another folder, or ``disk`` for the system's temporary folder.
    """
    chosen = os.environ.get("SECRETARIAT_TEST_TMP", "").strip()
    if chosen:
        return None if chosen == "disk" else chosen
    candidate = "/dev/shm"
    if not os.path.isdir(candidate) or not os.access(candidate, os.W_OK | os.X_OK):
        return None
    room = os.statvfs(candidate)
    return candidate if room.f_bavail * room.f_frsize >= _RAM_FOLDER_ROOM else None


_TEST_TMP = _ram_folder()

# Tests never touch the real user's data, logs or settings: platformdirs
# honours the XDG variables on Linux, so point them all into one private
# folder for this session. A database chosen by the environment is ignored.
_USER_HOME = Path(tempfile.mkdtemp(prefix="secretariat-tests-home-", dir=_TEST_TMP))
atexit.register(shutil.rmtree, _USER_HOME, ignore_errors=True)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_USER_HOME / _name.removeprefix("XDG_").removesuffix("_HOME").lower())
os.environ.pop("SECRETARIAT_DB", None)
# Nothing touches a real credential store: keyring's "fail" backend unless a test sets an in-memory one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def pytest_configure(config: pytest.Config) -> None:
    """Each test's ``tmp_path`` in the memory-backed folder too (xdist's workers take theirs inside it),
    removed when the session ends; ``--basetemp`` keeps them where it says."""
    if _TEST_TMP is None or config.option.basetemp or hasattr(config, "workerinput"):
        return
    basetemp = tempfile.mkdtemp(prefix="secretariat-tests-", dir=_TEST_TMP)
    config.option.basetemp = basetemp
    config.add_cleanup(lambda: shutil.rmtree(basetemp, ignore_errors=True))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked ``slow`` first (otherwise in their order): pytest-xdist hands out the others while
    they run, so that no worker is left alone with a minute-long test at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def user_home() -> Path:
    """The private folder the XDG variables point into for this test session."""
    return _USER_HOME


# --- PostgreSQL ------------------------------------------------------------------

PG_MISSING = "PostgreSQL binaries not found; install postgresql-15 to run the PostgreSQL tests"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _missing(reason: str) -> None:
    """Skip on a developer's machine; fail under CI, where the server must be there."""
    if _in_ci():
        pytest.fail(f"{reason} (CI is set, so the PostgreSQL tests may not be skipped)", pytrace=False)
    pytest.skip(reason)


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def find_postgres_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb, else ``pg_config --bindir``."""
    candidates = [d for d in glob("/usr/lib/postgresql/*/bin") if Path(d, "initdb").is_file()]
    if candidates:
        return Path(max(candidates, key=_version_key))
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            bindir = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None
        if Path(bindir, "initdb").is_file() and Path(bindir, "pg_ctl").is_file():
            return Path(bindir)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _has_utf8_c_locale() -> bool:
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    return any(line.strip().lower() in ("c.utf8", "c.utf-8") for line in listed.splitlines())


@dataclass(frozen=True)
class PostgresServer:
    bindir: Path
    folder: Path
    host: str
    port: int
    user: str = "postgres"

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user, dbname=database, autocommit=True)


#: Who may connect how: the suite's superuser without a password, everyone else with SCRAM, as on an
#: office's server (docs/security.md).
PG_HBA = """\
local   all  postgres                 trust
host    all  postgres  127.0.0.1/32   trust
local   all  all                      scram-sha-256
host    all  all       127.0.0.1/32   scram-sha-256
"""


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; run it as the 'postgres' system user then.
    if _is_root():
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _run(command: list[str], folder: Path, what: str, log_file: Path | None = None) -> None:
    result = subprocess.run(
        _as_server_user(command), cwd=folder, check=False, capture_output=True, text=True, timeout=120
    )  # a failure is raised below with the server's log
    if result.returncode != 0:
        log = log_file.read_text(errors="replace") if log_file and log_file.exists() else ""
        raise RuntimeError(
            f"{what} failed ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}\n{log}"
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throw-away PostgreSQL server for the whole test session."""
    bindir = find_postgres_bindir()
    if bindir is None:
        _missing(PG_MISSING)
    owner = None
    if _is_root():
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _missing(
                "Running as root and there is no 'postgres' user to run PostgreSQL as; "
                "install postgresql-15, which creates it"
            )
        if shutil.which("runuser") is None:
            _missing("Running as root and 'runuser' is missing; cannot start PostgreSQL as 'postgres'")

    # Not under pytest's own tmp folder: as root that one is mode 0700 and the
    # 'postgres' user could not reach inside it.
    folder = Path(tempfile.mkdtemp(prefix="secretariat-pg-", dir=_TEST_TMP))
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    locale = ["--locale=C.UTF-8"] if _has_utf8_c_locale() else ["--no-locale"]
    server: PostgresServer | None = None
    try:
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(folder / "data"),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                *locale,
            ],
            folder,
            "initdb",
        )
        hba = folder / "data" / "pg_hba.conf"
        hba.write_text(PG_HBA)
        if owner is not None:
            os.chown(hba, owner.pw_uid, owner.pw_gid)
        last_error: Exception | None = None
        for _attempt in range(3):  # the free port may be taken between probe and start
            candidate = PostgresServer(bindir=bindir, folder=folder, host="127.0.0.1", port=_free_port())
            options = (
                f"-p {candidate.port} -k {folder} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                _run(
                    [
                        str(bindir / "pg_ctl"),
                        "-D",
                        str(candidate.data_dir),
                        "-l",
                        str(candidate.log_file),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "60",
                        "start",
                    ],
                    folder,
                    "pg_ctl start",
                    candidate.log_file,
                )
            except RuntimeError as exc:
                last_error = exc
                time.sleep(0.5)
                continue
            server = candidate
            break
        if server is None:
            pytest.fail(f"Could not start PostgreSQL:\n{last_error}", pytrace=False)
        yield server
    finally:
        if server is not None:
            subprocess.run(
                _as_server_user([str(bindir / "pg_ctl"), "-D", str(server.data_dir), "-m", "fast", "-w", "stop"]),
                cwd=folder,
                check=False,  # best effort: the folder goes next whatever the server says
                capture_output=True,
                timeout=120,
            )
        shutil.rmtree(folder, ignore_errors=True)


def _new_pg_database(server: PostgresServer, template: str | None = None) -> Iterator[str]:
    name = f"test_{uuid.uuid4().hex}"
    with server.connect() as connection:
        connection.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield server.url(name)
    finally:
        with server.connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database on the test server, dropped (connections and all) afterwards."""
    yield from _new_pg_database(postgres_server)


@pytest.fixture(scope="session")
def pg_template(postgres_server: PostgresServer) -> str:
    """The name of a database on the test server migrated to head once for the session."""
    from secretariat.storage.migrate import open_database

    name = f"template_{uuid.uuid4().hex}"
    with postgres_server.connect() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    open_database(postgres_server.url(name), create=True).dispose()  # no connection may stay on a template
    return name


@pytest.fixture
def pg_migrated_url(postgres_server: PostgresServer, pg_template: str) -> Iterator[str]:
    """A new database at head on the test server: a copy of the session's migrated template."""
    yield from _new_pg_database(postgres_server, pg_template)


# --- A migrated SQLite template --------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once for the session (the real migrations, from nothing)."""
    from secretariat.storage.migrate import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path), create=True).dispose()
    return path


@pytest.fixture(autouse=True)
def _new_sqlite_files_from_template(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new SQLite database starts as a copy of the migrated template (unless ``real_migrations``).

    The program opens every database through ``storage.migrate.open_database``, which makes the
    engine with ``make_engine``: a missing or empty SQLite file given there is first filled with
    the template, so the upgrade step finds it at head. What the migrations produce is the same
    file either way (tests/test_migrations.py runs them from nothing).
    """
    from secretariat.storage import migrate
    from secretariat.storage.engine import sqlite_path

    if not request.node.get_closest_marker("no_silent_databases"):
        # Tests name new database paths freely; the program itself creates one only when asked
        # (``open_database(..., create=True)``). ``@pytest.mark.no_silent_databases`` keeps the
        # program's rule, for the tests of that rule.
        monkeypatch.setattr(migrate, "_may_create", lambda _path, _create: True)
    if request.node.get_closest_marker("real_migrations"):
        return

    template = request.getfixturevalue("sqlite_template")
    make_engine = migrate.make_engine

    def make_engine_from_template(url):
        path = sqlite_path(url)
        if path is not None and (not path.exists() or path.stat().st_size == 0):
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, path)
        return make_engine(url)

    monkeypatch.setattr(migrate, "make_engine", make_engine_from_template)


# --- Databases on either back end ----------------------------------------------------


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test database lives: a SQLite file path, or a PostgreSQL URL of a migrated database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite3")
    if request.node.get_closest_marker("real_migrations"):
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("pg_migrated_url")


@pytest.fixture
def database(db_target: str):
    """A new database, migrated to head, on SQLite and on PostgreSQL."""
    from secretariat.storage.migrate import open_database

    db = open_database(db_target)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path):
    """A new SQLite database file in tmp_path, migrated to head."""
    from secretariat.storage.migrate import open_database

    db = open_database(str(tmp_path / "test.sqlite3"))
    try:
        yield db
    finally:
        db.dispose()
