"""Schema 0010 on the frozen 0005 office file (the demo's records): subjects taken out of titles that repeat
the parties, the rest left for the clerk; draft versions start again at what is stored; the new columns empty;
the agreement search still in place; and back to 0005."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from secretariat.services.context import open_context
from secretariat.services.dashboard import what_needs_doing
from secretariat.storage.migrate import alembic_config, open_database, schema_revision

pytestmark = pytest.mark.real_migrations

FROZEN_0005 = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def columns(path: Path, table: str) -> set[str]:
    return {str(row[1]) for row in rows(path, f'PRAGMA table_info("{table}")')}


def test_0005_file_gets_subjects_text_versions_letterheads_and_kept_letter_numbers(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(FROZEN_0005, path)
    titles = dict(rows(path, "SELECT id, title_id FROM agreement"))
    triggers = rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='agreement' ORDER BY 1")
    assert rows(path, "SELECT count(*) FROM agreement WHERE draft_version > 0")[0][0] > 0  # versions never stored
    assert rows(path, "SELECT count(*) FROM draft_version")[0][0] == 0

    database = open_database(str(path))
    try:
        assert schema_revision(database) == "0010"
        board = what_needs_doing(open_context(database, "clerk"), date(2026, 12, 3))
    finally:
        database.dispose()

    subjects = {row[0]: (row[1], row[2]) for row in rows(path, "SELECT id, subject_id, subject_en FROM agreement")}
    # "Nota Kesepahaman tentang <subject> antara <parties>": the subject is taken out, the parties left behind.
    dusseldorf = next(i for i, t in titles.items() if "Düsseldorf" in t)
    assert subjects[dusseldorf] == ("Kerja Sama Ekonomi dan Perdagangan", "Cooperation in Economy and Trade")
    # "... tentang <subject>" without the parties is taken too.
    green = next(i for i, t in titles.items() if "Kota Hijau" in t)
    assert subjects[green] == (
        "Kerja Sama Kota Hijau dan Pengelolaan Lingkungan",
        "Green City and Environmental Cooperation",
    )
    # No "tentang" (the title is the subject run together with the instrument): left for the clerk.
    jica = next(i for i, t in titles.items() if "Risiko Bencana" in t)
    assert subjects[jica] == (None, None)
    for agreement_id, (subject_id, subject_en) in subjects.items():
        assert (subject_id is None) == (subject_en is None), agreement_id
        if subject_id:
            assert " antara " not in subject_id and "Jawa Timur" not in subject_id, subject_id
    left = {i for i, (subject_id, _en) in subjects.items() if subject_id is None}
    assert jica in left and len(left) < len(subjects) / 2
    # The dashboard names those the clerk must still give a subject (unless they have ended).
    listed = {item.agreement_id for item in board.no_subject}
    assert jica in listed and listed <= left and listed

    # Data made without versions (the demo's counters) starts again at version 1.
    assert rows(path, "SELECT count(*) FROM agreement WHERE draft_version <> 0") == [(0,)]
    assert "text_sha256" in columns(path, "draft_version")
    assert {"letterhead_unit", "head_emblem_png", "head_letterhead_title"} <= columns(path, "office_profile")
    assert rows(path, "SELECT letterhead_unit, head_emblem_png, head_letterhead_title FROM office_profile") == [
        (None, None, None)
    ]
    assert rows(path, "SELECT count(*) FROM delegation WHERE permit_letter_number IS NOT NULL") == [(0,)]
    assert rows(path, "SELECT count(*) FROM itinerary_item WHERE activity_en IS NOT NULL") == [(0,)]
    assert (
        rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='agreement' ORDER BY 1")
        == triggers
    )

    config = alembic_config()
    database = open_database(str(path))
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
    finally:
        database.dispose()
    assert "subject_id" not in columns(path, "agreement") and "activity_en" not in columns(path, "itinerary_item")
    assert rows(path, "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='agreement' ORDER BY 1") == (
        triggers
    )
