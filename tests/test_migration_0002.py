"""Upgrading a schema-0001 office file to 0002 keeps its records, backups first, and keeps search working."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from secretariat.storage.migrate import head_revision, open_database, schema_revision

pytestmark = pytest.mark.real_migrations

FROZEN_0001 = Path(__file__).parent / "fixtures" / "schemas" / "0001.sqlite3"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_0001_file_upgrades_with_triggers_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FROZEN_0001, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(
        "INSERT INTO delegation (gid, created_at, updated_at, code, direction, purpose, country_code, "
        "start_on, end_on, status) VALUES ('d0000000-0000-0000-0000-000000000001', '2026-01-01', "
        "'2026-01-01', 'DLG-OLD', 'outgoing', 'Kunjungan kerja ke Kraków', 'PL', '2026-03-01', "
        "'2026-03-05', 'completed')"
    )
    connection.execute(
        "INSERT INTO delegation_member (gid, created_at, updated_at, delegation_id, position, name, role) "
        "VALUES ('m0000000-0000-0000-0000-000000000001', '2026-01-01', '2026-01-01', 1, 0, 'Budi', 'head')"
    )
    connection.commit()
    connection.close()

    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()
    finally:
        db.dispose()

    # children of rebuilt or altered tables survive (foreign keys were off during the upgrade)
    assert rows(path, "SELECT name FROM delegation_member") == [("Budi",)]
    assert rows(path, "SELECT delegation_min_size, delegation_max_size FROM office_profile") == [(3, 10)]
    # the FTS triggers are still in place: a delegation written after the upgrade is searchable
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO delegation (gid, created_at, updated_at, code, direction, purpose, country_code, "
        "start_on, end_on, status, hotel) VALUES ('d0000000-0000-0000-0000-000000000002', '2026-01-01', "
        "'2026-01-01', 'DLG-NEW', 'incoming', 'Visit from Đà Nẵng', 'VN', '2026-04-01', '2026-04-03', "
        "'planned', 'Hotel Majapahit')"
    )
    connection.commit()
    connection.close()
    found = rows(path, 'SELECT rowid FROM delegation_fts WHERE delegation_fts MATCH \'"krakow"* OR "nang"*\'')
    assert sorted(r[0] for r in found) == [1, 2]
    from secretariat.storage.backup_files import list_backups

    backups = [m.path for m in list_backups(tmp_path / "backups") if m.schema == "0001"]
    assert len(backups) == 1
    assert rows(backups[0], "SELECT code FROM delegation") == [("DLG-OLD",)]


def test_a_postgresql_database_of_another_program_is_refused(pg_url: str) -> None:
    import pytest
    from sqlalchemy import create_engine, text

    from secretariat.storage.migrate import NotOurDatabaseError

    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(NotOurDatabaseError, match="another program"):
        open_database(pg_url)
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    engine.dispose()
    assert tables == ["invoices"]


def test_postgresql_search_has_trigram_indexes(pg_url: str) -> None:
    from sqlalchemy import create_engine, text

    db = open_database(pg_url)
    db.dispose()
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        names = set(
            connection.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")).scalars()
        )
        connection.execute(text("SET enable_seqscan = off"))  # an empty table would be scanned anyway
        # The search folds accents on both sides (migration 0011); the index is over the folded text.
        plan = "\n".join(
            connection.execute(
                text(
                    "EXPLAIN SELECT id FROM partner"
                    " WHERE secretariat_unaccent(name) ILIKE secretariat_unaccent('%krak%')"
                )
            ).scalars()
        )
    engine.dispose()
    assert {"ix_partner_name_trgm", "ix_agreement_title_en_trgm", "ix_delegation_purpose_trgm"} <= names
    assert "ix_partner_name_trgm" in plan


def test_the_head_constant_is_alembics_head() -> None:
    from secretariat.storage.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION, "set storage.migrate.HEAD_REVISION to the new migration's id"


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()
    code = (
        "import sys\n"
        "from secretariat.storage.migrate import open_database\n"
        f"open_database({str(path)!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
