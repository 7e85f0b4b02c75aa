"""Schema 0003: a 0002 office file gains draft versions and the partners' Indonesian wording, keeps its
partners and their search, and goes back to 0002 with the search triggers still in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from secretariat.storage.migrate import (
    alembic_config,
    head_revision,
    open_database,
    schema_revision,
)

pytestmark = pytest.mark.real_migrations

FROZEN_0002 = Path(__file__).parent / "fixtures" / "schemas" / "0002.sqlite3"
PARTNER_TRIGGERS = [("partner_fts_ad",), ("partner_fts_ai",), ("partner_fts_au",)]


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def columns(path: Path, table: str) -> list[str]:
    return [str(row[1]) for row in rows(path, f'PRAGMA table_info("{table}")')]


def test_0002_file_upgrades_and_downgrades_keeping_partner_search(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FROZEN_0002, path)
    partners_before = rows(path, "SELECT gid, code, name FROM partner ORDER BY code")
    assert partners_before

    db = open_database(str(path))
    try:
        assert schema_revision(db) == head_revision()  # through 0003 (and any later revision)
    finally:
        db.dispose()
    assert rows(path, "SELECT gid, code, name FROM partner ORDER BY code") == partners_before
    assert {"name_id", "head_title_id"} <= set(columns(path, "partner"))
    assert "articles" in columns(path, "draft_version")
    assert (
        rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='partner' ORDER BY name")
        == PARTNER_TRIGGERS
    )
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE partner SET name_id = 'Pemerintah Kota Kraków', name = 'City of Kraków' WHERE code = 'FROZEN-1'"
    )
    connection.commit()
    connection.close()
    assert len(rows(path, "SELECT rowid FROM partner_fts WHERE partner_fts MATCH '\"krak\"*'")) == 1

    db = open_database(str(path))
    try:
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        assert schema_revision(db) == "0002"
    finally:
        db.dispose()
    assert "name_id" not in columns(path, "partner")
    assert "draft_version" not in {name for (name,) in rows(path, "SELECT name FROM sqlite_master")}
    assert (
        rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='partner' ORDER BY name")
        == PARTNER_TRIGGERS
    )
    assert [r[1:] for r in rows(path, "SELECT gid, code, name FROM partner ORDER BY code")] == [
        ("FROZEN-1", "City of Kraków"),
        ("FROZEN-2", "Partner FROZEN-2"),
    ]
