"""The schema: new databases, upgrades, refusals and the agreement of models with migrations.

Frozen schema fixtures (do this every time you add a revision)
---------------------------------------------------------------
Users keep their database file for years, so every schema this program ever
shipped must still upgrade. Before you add a new revision under
``src/secretariat/storage/migrations/versions/``, freeze a file at the current
head, with a little data in it::

    .venv/bin/python tests/test_migrations.py freeze

It writes ``tests/fixtures/schemas/<current head>.sqlite3`` (self-contained,
not in WAL mode). ``*.sqlite3`` is in ``.gitignore``, so add it with
``git add -f tests/fixtures/schemas/<revision>.sqlite3``. Then write the new
revision. :func:`test_frozen_schema_upgrades` runs once per file in that
folder and checks that each one upgrades to head, that a backup holding the
old schema is made first, and that no record (by ``gid``) is lost. With no
file in the folder it reports one skipped case saying so.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from secretariat.domain.sectors import DEFAULT_SECTORS
from secretariat.domain.stages import DEFAULT_STAGES
from secretariat.storage import migrate
from secretariat.storage.backup_files import list_backups
from secretariat.storage.engine import make_engine, sqlite_path, to_url
from secretariat.storage.migrate import (
    NotOurDatabaseError,
    SchemaTooNewError,
    backup_sqlite,
    head_revision,
    known_revisions,
    open_database,
    schema_revision,
)
from secretariat.storage.models import Base, Partner

pytestmark = pytest.mark.real_migrations

FROZEN_SCHEMAS = Path(__file__).parent / "fixtures" / "schemas"
FTS_TABLE = re.compile(r".+_fts(_[a-z]+)?$")  # SQLite FTS5 tables and their shadow tables
UNKNOWN_REVISION = "9999_from_the_future"
TEST_REVISION = "test_only_next"


# --- Helpers ----------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file beside (and under) the database, with its hash."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def add_partners(db, *codes: str) -> None:
    with db.sessions.begin() as session:
        for code in codes:
            session.add(Partner(code=code, name=f"Partner {code}", kind="university", country_code="DE"))


def sqlite_rows(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def write_revision_sqlite(path: Path, revision: str) -> None:
    """Change the stored schema revision behind the program's back, leaving no WAL behind."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def add_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool = False) -> str:
    """Make the program believe a newer schema exists: a copy of the real
    migrations plus one test-only revision on top of the real head. Files
    migrated to the real head are then one revision behind, as a user's file
    is after installing a newer program."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    body = (
        'raise RuntimeError("test revision fails half-way")'
        if fail
        else 'op.add_column("partner", sa.Column("test_only_note", sa.String(40)))'
    )
    (copy / "versions" / "9998_test_only_next.py").write_text(
        textwrap.dedent(
            f'''\
            """test-only revision on top of the real head"""
            import sqlalchemy as sa
            from alembic import op

            revision = {TEST_REVISION!r}
            down_revision = {head_revision()!r}
            branch_labels = None
            depends_on = None


            def upgrade():
                op.create_table("test_only_marker", sa.Column("id", sa.Integer, primary_key=True))
                {body}


            def downgrade():
                op.drop_table("test_only_marker")
            '''
        )
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    assert head_revision() == TEST_REVISION
    return TEST_REVISION


# --- A new database -------------------------------------------------------------------


def test_new_database_is_at_head_and_seeded(database) -> None:
    assert schema_revision(database) == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM country")).scalar() == 249
        assert connection.execute(text("SELECT name_id FROM country WHERE code = 'DE'")).scalar() == "Jerman"
        assert connection.execute(text("SELECT name_en FROM country WHERE code = 'ID'")).scalar() == "Indonesia"
        stages = connection.execute(text("SELECT code FROM stage ORDER BY position")).scalars().all()
        assert stages == [s.code for s in sorted(DEFAULT_STAGES, key=lambda s: s.order)]
        sectors = set(connection.execute(text("SELECT code FROM sector")).scalars())
        assert sectors == {code for code, _id, _en in DEFAULT_SECTORS}
        assert connection.execute(text("SELECT count(*) FROM office_profile WHERE id = 1")).scalar() == 1


def test_new_sqlite_database_is_made_without_backup(sqlite_database, tmp_path: Path) -> None:
    assert schema_revision(sqlite_database) == head_revision()
    assert not (tmp_path / "backups").exists()


def _include(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "index" and name and name.endswith("_trgm"):
        return False  # PostgreSQL-only trigram search indexes (migration 0005), not in the models
    if type_ == "index" and name and name.endswith("_key"):
        return False  # indexes on sort-key expressions (migration 0013, storage.sorting), not in the models
    return not (type_ == "table" and name and FTS_TABLE.match(name))


def test_models_and_migrations_agree(database) -> None:
    """What autogenerate would write for a new revision is empty: the models are the migrations."""
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "compare_server_default": False, "include_object": _include},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "models and migrations differ; write a revision:\n" + "\n".join(map(repr, differences))


def test_downgrade_to_base_and_upgrade_again(database) -> None:
    """The downgrade of every revision undoes it completely, so the upgrade can run again."""
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert schema_revision(database) is None
    tables = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    url = database.url
    database.dispose()

    again = open_database(url)
    try:
        assert schema_revision(again) == head_revision()
        with again.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM country")).scalar() == 249
    finally:
        again.dispose()
    path = sqlite_path(url)
    if path is not None:  # nothing at schema "none" to protect
        assert not (path.parent / "backups").exists()


# --- Reopening and upgrading -------------------------------------------------------------------


def test_reopening_an_up_to_date_file_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()
    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()
    finally:
        db.dispose()
    assert not (tmp_path / "backups").exists()


def test_backup_sqlite_copies_the_live_file(sqlite_database, tmp_path: Path) -> None:
    add_partners(sqlite_database, "P-1", "P-2")
    path = tmp_path / "test.sqlite3"
    # The engine is still open (WAL mode): the copy must include what is only in the WAL.
    backup = backup_sqlite(path, head_revision())
    assert backup.parent == tmp_path / "backups"
    assert backup.name.startswith("test-") and backup.suffix == ".sqlite3"
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT code, name FROM partner ORDER BY code") == [
        ("P-1", "Partner P-1"),
        ("P-2", "Partner P-2"),
    ]
    assert sqlite_rows(backup, "SELECT count(*) FROM country") == [(249,)]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_upgrade_of_an_older_file_makes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.sqlite3"
    old_head = head_revision()
    db = open_database(str(path))
    add_partners(db, "P-1", "P-2", "P-3")
    db.dispose()
    partners_before = sqlite_rows(path, "SELECT gid, code, name FROM partner ORDER BY code")
    countries_before = sqlite_rows(path, "SELECT code, name_id FROM country ORDER BY code")

    new_head = add_test_revision(tmp_path, monkeypatch)
    upgraded = open_database(str(path))
    try:
        assert schema_revision(upgraded) == new_head
        assert "test_only_marker" in inspect(upgraded.engine).get_table_names()
    finally:
        upgraded.dispose()

    manifests = list_backups(tmp_path / "backups", path)
    assert len(manifests) == 1
    assert manifests[0].schema == old_head and manifests[0].reason == "before-upgrade" and manifests[0].ok
    backup = manifests[0].path
    assert backup.name.startswith("office-") and backup.name.endswith("-before-upgrade.sqlite3")
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(old_head,)]
    tables = {name for (name,) in sqlite_rows(backup, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "test_only_marker" not in tables  # taken before the upgrade
    assert sqlite_rows(backup, "SELECT gid, code, name FROM partner ORDER BY code") == partners_before
    assert sqlite_rows(backup, "SELECT code, name_id FROM country ORDER BY code") == countries_before
    # ... and the upgraded file kept the same rows.
    assert sqlite_rows(path, "SELECT gid, code, name FROM partner ORDER BY code") == partners_before


def test_upgrade_keeps_data(db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(db_target)
    add_partners(db, "P-1", "P-2")
    db.dispose()

    new_head = add_test_revision(tmp_path, monkeypatch)
    upgraded = open_database(db_target)
    try:
        assert schema_revision(upgraded) == new_head
        with upgraded.engine.connect() as connection:
            rows = connection.execute(text("SELECT code, test_only_note FROM partner ORDER BY code")).all()
        assert [tuple(r) for r in rows] == [("P-1", None), ("P-2", None)]
    finally:
        upgraded.dispose()


def test_failed_upgrade_changes_nothing(db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgrade runs in one transaction: a revision failing half-way leaves the old schema whole."""
    db = open_database(db_target)
    add_partners(db, "P-1")
    old_head = schema_revision(db)
    db.dispose()

    add_test_revision(tmp_path, monkeypatch, fail=True)
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(db_target)

    monkeypatch.undo()
    again = open_database(db_target)
    try:
        assert schema_revision(again) == old_head
        assert "test_only_marker" not in inspect(again.engine).get_table_names()
        with again.engine.connect() as connection:
            assert connection.execute(text("SELECT code FROM partner")).scalars().all() == ["P-1"]
    finally:
        again.dispose()


def _frozen_schema_cases() -> list:
    files = sorted(FROZEN_SCHEMAS.glob("*.sqlite3")) if FROZEN_SCHEMAS.is_dir() else []
    if not files:
        return [
            pytest.param(
                None,
                id="none-yet",
                marks=pytest.mark.skip(
                    reason="no frozen schema in tests/fixtures/schemas yet; see tests/test_migrations.py"
                ),
            )
        ]
    return [pytest.param(f, id=f.stem) for f in files]


@pytest.mark.parametrize("frozen", _frozen_schema_cases())
def test_frozen_schema_upgrades(frozen: Path, tmp_path: Path) -> None:
    revision = frozen.stem
    assert revision in known_revisions(), f"{frozen.name} is named after no known revision"
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(frozen, path)
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(revision,)]
    tables = [name for (name,) in sqlite_rows(path, "SELECT name FROM sqlite_master WHERE type='table'")]
    gids_before = {
        table: set(sqlite_rows(path, f'SELECT gid FROM "{table}"'))
        for table in tables
        if not FTS_TABLE.match(table)
        and any(column[1] == "gid" for column in sqlite_rows(path, f'PRAGMA table_info("{table}")'))
    }
    assert any(gids_before.values()), f"{frozen.name} holds no records; freeze it with some data"

    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()
    finally:
        db.dispose()

    for table, gids in gids_before.items():
        assert gids <= set(sqlite_rows(path, f'SELECT gid FROM "{table}"')), f"records lost from {table}"
    if revision != head_revision():
        manifests = list_backups(tmp_path / "backups", path)
        assert [m.schema for m in manifests] == [revision]
        assert sqlite_rows(manifests[0].path, "SELECT version_num FROM alembic_version") == [(revision,)]


# --- Refusals ----------------------------------------------------------------------------


def test_newer_schema_is_refused(db_target: str) -> None:
    """A database written by a newer program is refused, on either back end, and left as it was."""
    db = open_database(db_target)
    add_partners(db, "P-1")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": UNKNOWN_REVISION})
    db.dispose()

    with pytest.raises(SchemaTooNewError) as refused:
        open_database(db_target)
    assert UNKNOWN_REVISION in str(refused.value)

    # Look with a bare engine, not open_database (which would refuse again).
    engine = make_engine(to_url(db_target))
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == UNKNOWN_REVISION
            assert connection.execute(text("SELECT code FROM partner")).scalars().all() == ["P-1"]
    finally:
        engine.dispose()


def test_newer_sqlite_file_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    add_partners(db, "P-1")
    db.dispose()
    write_revision_sqlite(path, UNKNOWN_REVISION)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    before = sha256(path)
    files_before = folder_state(tmp_path)

    with pytest.raises(SchemaTooNewError):
        open_database(str(path))

    assert sha256(path) == before
    assert not (tmp_path / "backups").exists()
    wal = Path(f"{path}-wal")
    # A WAL with frames in it would change the main file at the next checkpoint.
    assert not wal.exists() or wal.stat().st_size == 0

    # Nothing else beside it changed either (SQLite's -shm index and an empty
    # -wal may appear from the read-only look at the revision).
    def lasting(state: dict[str, str]) -> dict[str, str]:
        return {name: digest for name, digest in state.items() if not name.endswith(("-shm", "-wal"))}

    assert lasting(folder_state(tmp_path)) == lasting(files_before)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"hello")
    with pytest.raises(NotOurDatabaseError):
        open_database(str(path))
    assert path.read_bytes() == b"hello"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")
    connection.execute("INSERT INTO foo (bar) VALUES ('baz')")
    connection.commit()
    connection.close()
    before = sha256(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(str(path))
    assert sha256(path) == before
    assert not (tmp_path / "backups").exists()
    assert sqlite_rows(path, "SELECT name FROM sqlite_master WHERE type='table'") == [("foo",)]


# --- Freezing a schema fixture (see the module docstring) -------------------------------------


def freeze(folder: Path = FROZEN_SCHEMAS) -> Path:
    """Write ``<head>.sqlite3`` into ``folder``: the current schema with a few records."""
    import tempfile

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{head_revision()}.sqlite3"
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / "frozen.sqlite3"
        db = open_database(str(work))
        # Every kind of record an office has, so the next revisions meet real rows in every table.
        from datetime import date

        from secretariat.services.context import open_context
        from secretariat.services.demo import load_demo

        load_demo(open_context(db, "clerk1"), scale=1, today=date(2026, 3, 2))
        add_partners(db, "FROZEN-1", "FROZEN-2")
        db.dispose()
        connection = sqlite3.connect(work)
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        connection.execute("VACUUM")
        connection.close()
        shutil.copyfile(work, target)
    return target


if __name__ == "__main__":
    if sys.argv[1:] != ["freeze"]:
        sys.exit("usage: python tests/test_migrations.py freeze")
    written = freeze()
    print(f"wrote {written}; add it with: git add -f {written}")
