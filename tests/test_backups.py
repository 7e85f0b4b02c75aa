"""Nothing lost (issue 11, part B): backups and restore, damaged and read-only files, no silent databases.

Every refusal is checked to leave the database folder byte-identical (:func:`folder_state`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.document_files import write_pdf

from secretariat.cli.main import main
from secretariat.domain.backup_rotation import Rotation, backups_to_keep
from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError
from secretariat.services.attachments import add_attachment, attachments_dir
from secretariat.services.backups import (
    DamagedDatabaseError,
    NoDatabaseError,
    ReadOnlyDatabaseError,
    SafetySettings,
    back_up,
    backup_if_due,
    list_backups,
    restore_backup,
    rotate,
    save_settings,
)
from secretariat.services.backups.automatic import make_file_backup
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner
from secretariat.services.users import list_users, set_user_role
from secretariat.storage import backup_files
from secretariat.storage.migrate import head_revision, open_database

HERE = Path(__file__).parent


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its hash. SQLite's shared-memory index (-shm) and an empty WAL,
    which any reader of a WAL database may make, hold nothing of the data and are left out."""
    return {
        str(p.relative_to(folder)): sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def settle(path: Path) -> None:
    """Fold the WAL into the file so that its bytes say everything (a closed database, as on disk)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def partner(ctx: ServiceContext, code: str, name: str | None = None) -> int:
    from secretariat.domain.records import PartnerData

    return create_partner(
        ctx, PartnerData(code=code, name=name or f"Partner {code}", kind="regional_government", country_code="JP")
    )


def codes(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT code FROM partner ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def office(tmp_path: Path):
    """A database file with two partners, opened by its first user (an administrator)."""
    path = tmp_path / "office" / "office.sqlite3"
    database = open_database(str(path), create=True)
    ctx = open_context(database, "admin1")
    partner(ctx, "P-1")
    partner(ctx, "P-2")
    yield ctx
    database.dispose()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage: the file opens, reading that table fails."""
    settle(path)
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


# --- backups ------------------------------------------------------------------------------------------------


def test_a_backup_is_checked_and_listed_with_its_schema(office: ServiceContext) -> None:
    view = back_up(office)
    assert view.ok and view.reason == "manual" and view.schema == head_revision()
    assert view.path.parent == Path(office.database.display_location).parent / "backups"
    assert sqlite3.connect(view.path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert codes(view.path) == ["P-1", "P-2"]
    manifest = backup_files.read_manifest(view.path)
    assert manifest is not None and manifest.sha256 == sha256(view.path) and manifest.size == view.path.stat().st_size
    listed = list_backups(office.database)
    assert [v.path for v in listed] == [view.path]
    assert listed[0].check("en") == "ok" and listed[0].check("id") == "baik"


WRITER = textwrap.dedent(
    """
    import sys
    from secretariat.domain.records import PartnerData
    from secretariat.services.context import open_context
    from secretariat.services.partners.records import create_partner
    from secretariat.storage.migrate import open_database

    ctx = open_context(open_database(sys.argv[1]), "writer")
    number = 0
    while True:
        number += 1
        code = f"W-{number:05d}"
        data = PartnerData(code=code, name="Writer " + code, kind="regional_government", country_code="DE")
        create_partner(ctx, data)
        print(code, flush=True)  # printed once committed
    """
)


def test_a_backup_taken_during_writes_passes_its_check_and_holds_every_committed_row(
    office: ServiceContext, tmp_path: Path
) -> None:
    """Another process commits partner after partner while the backup is made: the backup is sound and
    holds every row committed before it started, and it is the state of one moment (no gap)."""
    path = Path(office.database.display_location)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env={**os.environ}
    )
    committed: list[str] = []

    def read() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            committed.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(committed) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(committed) >= 30, "the writer did not get going"
        before = list(committed)
        view = back_up(office)
        after_count = len(committed)
    finally:
        writer.kill()
        writer.wait()
        reader.join(10)
        if writer.stdout is not None:
            writer.stdout.close()
    assert view.ok
    stored = codes(view.path)
    written = [code for code in stored if code.startswith("W-")]
    assert set(before) <= set(written)  # every row committed before the backup began
    assert written == [f"W-{n:05d}" for n in range(1, len(written) + 1)]  # one moment: a prefix of the commits
    assert len(written) <= after_count + 1
    assert stored[:2] == ["P-1", "P-2"]


def test_a_backup_holds_the_documents_and_a_restore_puts_them_back(office: ServiceContext, tmp_path: Path) -> None:
    scan = tmp_path / "signed.pdf"
    write_pdf(scan, label="Signed copy")
    digest = sha256(scan)
    partner_id = 1
    add_attachment(office, "partner", partner_id, "other", scan)
    view = back_up(office)
    assert view.documents == 1 and view.ok
    kept = view.path.parent / backup_files.DOCUMENTS_FOLDER / digest[:2] / digest
    assert kept.is_file() and sha256(kept) == digest
    # The stored copy is lost from the database's store; the restore brings it back.
    store = attachments_dir(office.database)
    (store / digest[:2] / digest).unlink()
    result = restore_backup(office.database.display_location, view.path, login="admin1")
    assert result.documents_failed == () and result.documents_restored == 1
    assert sha256(store / digest[:2] / digest) == digest


def test_a_document_altered_in_the_store_is_reported_missing_not_copied(office: ServiceContext, tmp_path: Path) -> None:
    scan = tmp_path / "letter.pdf"
    write_pdf(scan, label="Letter")
    add_attachment(office, "partner", 1, "other", scan)
    digest = sha256(scan)
    stored = attachments_dir(office.database) / digest[:2] / digest
    stored.write_bytes(b"altered on disk")
    view = back_up(office)
    assert not view.ok and view.documents_missing == 1 and view.check("en") == "1 document(s) missing"


def test_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    # One backup at 09:00 and one at 17:00 on each of the 100 days up to 2026-04-10.
    last = datetime(2026, 4, 10, 17, 0)
    made = [last - timedelta(days=d, hours=h) for d in range(100) for h in (0, 8)]
    kept = {made[i] for i in backups_to_keep(made, Rotation(daily=7, weekly=4, monthly=12), always=3)}
    expected = {last, last - timedelta(hours=8), last - timedelta(days=1)}  # the three newest
    expected |= {last - timedelta(days=d) for d in range(7)}  # 17:00 of the last 7 days
    # The newest of each of the last 4 ISO weeks: Fri 10 Apr, Sun 5 Apr, Sun 29 Mar, Sun 22 Mar.
    expected |= {datetime(2026, 4, 5, 17), datetime(2026, 3, 29, 17), datetime(2026, 3, 22, 17)}
    # The newest of each month that has backups: April (10th), March (31st), February (28th), January (1st...
    # the oldest backups: 2 January 09:00 is the 100th day back).
    expected |= {datetime(2026, 3, 31, 17), datetime(2026, 2, 28, 17), datetime(2026, 1, 31, 17)}
    assert kept == expected
    assert len(backups_to_keep(made, Rotation(daily=0, weekly=0, monthly=0), always=0)) == 0


def test_rotation_deletes_what_it_no_longer_keeps_and_their_documents(office: ServiceContext, tmp_path: Path) -> None:
    save_settings(office, SafetySettings(keep_daily=2, keep_weekly=0, keep_monthly=0))
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    scan = tmp_path / "old.pdf"
    write_pdf(scan, label="Soon deleted")
    attachment = add_attachment(office, "partner", 1, "other", scan)
    made = [make_file_backup(office.database, "daily", now=start)]
    from secretariat.services.attachments import delete_attachment

    delete_attachment(office, attachment)
    for day in (1, 2, 3, 4, 5):
        made.append(make_file_backup(office.database, "daily", now=start + timedelta(days=day)))
    remaining = [v.path for v in list_backups(office.database)]
    # the three newest are always kept; daily=2 adds nothing older
    assert remaining == [m.path for m in reversed(made[-3:])]
    assert not made[0].path.exists() and not backup_files.manifest_path(made[0].path).exists()
    documents = made[0].path.parent / backup_files.DOCUMENTS_FOLDER
    assert not [p for p in documents.rglob("*") if p.is_file()]  # only the deleted backup needed it
    assert rotate(office.database) == []


def test_the_first_start_of_a_day_backs_up_once(office: ServiceContext) -> None:
    today = datetime.now().astimezone().date()
    first = backup_if_due(office.database, today=today)
    assert first is not None and first.reason == "daily"
    assert backup_if_due(office.database, today=today) is None
    assert backup_if_due(office.database, today=today + timedelta(days=1)) is not None


def test_an_import_a_year_closing_and_a_merge_are_backed_up_first(office: ServiceContext, tmp_path: Path) -> None:
    from secretariat.services.budget.fiscal_years import close_year
    from secretariat.services.partners.duplicates import merge_partners

    close_year(office, 2025)
    merge_partners(office, 1, 2)
    reasons = [v.reason for v in list_backups(office.database)]
    assert reasons == ["before-merge", "before-year-closing"]
    merged = next(v for v in list_backups(office.database) if v.reason == "before-merge")
    assert codes(merged.path) == ["P-1", "P-2"]  # the state before the merge


# --- restore ------------------------------------------------------------------------------------------------


def test_restore_keeps_the_current_file_then_brings_back_the_backup(office: ServiceContext) -> None:
    path = Path(office.database.display_location)
    view = back_up(office)
    partner(office, "P-3")
    result = restore_backup(str(path), view.path, login="admin1")
    assert codes(path) == ["P-1", "P-2"]
    assert result.kept_as is not None and codes(result.kept_as) == ["P-1", "P-2", "P-3"]
    kept = backup_files.read_manifest(result.kept_as)
    assert kept is not None and kept.reason == "before-restore" and kept.ok
    # The open session reads the restored content (the restore went through SQLite).
    from secretariat.services.registers import RegisterQuery, count

    assert count(office, "partners", RegisterQuery()) == 2


def _not_sqlite(folder: Path) -> Path:
    path = folder / "notes.sqlite3"
    path.write_text("minutes of the meeting")
    return path


def _other_program(folder: Path) -> Path:
    path = folder / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE song (title TEXT)")
    connection.commit()
    connection.close()
    return path


def _damaged_backup(folder: Path, ctx: ServiceContext) -> Path:
    view = back_up(ctx)
    copy = folder / "damaged.sqlite3"
    shutil.copyfile(view.path, copy)
    damage_table(copy, "partner")
    return copy


def _newer_schema(folder: Path, ctx: ServiceContext) -> Path:
    view = back_up(ctx)
    copy = folder / "newer.sqlite3"
    shutil.copyfile(view.path, copy)
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    return copy


def _altered_backup(folder: Path, ctx: ServiceContext) -> Path:
    view = back_up(ctx)
    connection = sqlite3.connect(view.path)
    connection.execute("UPDATE partner SET name = 'changed' WHERE code = 'P-1'")
    connection.commit()
    connection.close()
    return view.path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda folder, _ctx: _not_sqlite(folder), "not a Secretariat database"),
        (lambda folder, _ctx: _other_program(folder), "not a Secretariat database"),
        (_damaged_backup, "is damaged"),
        (_newer_schema, "newer version of Secretariat"),
        (_altered_backup, "was changed after it was written"),
    ],
    ids=["text-file", "other-program", "damaged", "newer-schema", "altered"],
)
def test_restore_refuses_and_leaves_everything_byte_identical(
    office: ServiceContext, tmp_path: Path, make, words
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    backup = make(folder, office)
    path = Path(office.database.display_location)
    office.database.dispose()
    settle(path)
    before = folder_state(path.parent)
    with pytest.raises(UserError, match=words):
        restore_backup(str(path), backup, login="admin1")
    assert folder_state(path.parent) == before


def test_only_an_administrator_or_the_head_restores(office: ServiceContext) -> None:
    view = back_up(office)
    open_context(office.database, "clerk1")  # a clerk, registered second
    path = Path(office.database.display_location)
    office.database.dispose()
    settle(path)
    before = folder_state(path.parent)
    with pytest.raises(UserError, match="Only an administrator or the head may restore a backup; clerk1 is a clerk"):
        restore_backup(str(path), view.path, login="clerk1")
    assert folder_state(path.parent) == before
    database = open_database(str(path))
    admin = open_context(database, "admin1")
    clerk = next(u for u in list_users(admin) if u.login == "clerk1")
    set_user_role(admin, clerk.id, UserRole.HEAD)
    database.dispose()
    restore_backup(str(path), view.path, login="clerk1")


def test_the_cli_backs_up_lists_and_restores(office: ServiceContext, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("secretariat.services.backups.restore.current_os_login", lambda: "admin1")
    db = office.database.display_location
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    assert main(["--db", db, "backup", "--to", str(target)]) == 0
    assert "check: ok" in capsys.readouterr().out
    assert codes(target) == ["P-1", "P-2"] and backup_files.read_manifest(target) is not None
    assert main(["--db", db, "backup", "--to", str(target)]) == 1  # never over a file
    assert "is a database" in capsys.readouterr().err
    assert main(["--db", db, "backup", "--to", db]) == 1
    assert "is the open database" in capsys.readouterr().err
    (tmp_path / "usb" / "notes.txt").write_text("keep me")
    assert main(["--db", db, "backup", "--to", str(tmp_path / "usb" / "notes.txt")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", db, "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--lang", "id", "backups"]) == 0
    listed = capsys.readouterr().out
    assert "atas permintaan" in listed and head_revision() in listed and "baik" in listed and "1 cadangan" in listed
    partner(office, "P-3")
    assert main(["--db", db, "restore", str(target)]) == 0
    assert "restored from" in capsys.readouterr().out
    assert codes(Path(db)) == ["P-1", "P-2"]


# --- damaged files ------------------------------------------------------------------------------------------


def test_a_damaged_copy_gets_one_sentence_naming_the_file_and_the_newest_good_backup(
    office: ServiceContext, capsys, monkeypatch
) -> None:
    # The registered administrator runs the commands (the workstation's login is asked of the system).
    from secretariat.services import context as context_module
    from secretariat.services.backups import restore as restore_module

    for module in (context_module, restore_module):
        monkeypatch.setattr(module, "current_os_login", lambda: "admin1")
    good = back_up(office)
    path = Path(office.database.display_location)
    office.database.dispose()
    damage_table(path, "partner")
    before = folder_state(path.parent)
    for command in (["list", "partners"], ["export", str(path.parent / "out.xlsx")], ["check"]):
        assert main(["--db", str(path), *command]) == 1
        captured = capsys.readouterr()
        text = captured.err + captured.out
        assert f"The database file {path} is damaged" in text or "SQLite reports damage" in text, command
        assert str(good.path) in text and "secretariat restore" in text
        assert "Traceback" not in text and "unexpected" not in text
    assert folder_state(path.parent) == before
    with pytest.raises(DamagedDatabaseError) as raised:
        database = open_database(str(path))
        from sqlalchemy import text as sql

        with database.engine.connect() as connection:
            connection.execute(sql("SELECT * FROM partner")).all()
    assert raised.value.backup is not None and raised.value.backup.path == good.path


def test_a_file_damaged_at_its_first_page_is_refused_at_opening(tmp_path: Path, capsys) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(str(path), create=True).dispose()
    settle(path)
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * 3000)
    before = folder_state(tmp_path)
    assert main(["--db", str(path), "--lang", "id", "list", "partners"]) == 1
    err = capsys.readouterr().err
    assert f"Berkas basis data {path} rusak" in err and "Tidak ada cadangannya yang lolos pemeriksaan" in err
    assert folder_state(tmp_path) == before


def test_check_is_read_only_and_keeps_the_journal_mode(office: ServiceContext, capsys) -> None:
    path = Path(office.database.display_location)
    office.database.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    before = folder_state(path.parent)
    assert main(["--db", str(path), "check"]) == 0
    assert capsys.readouterr().out.startswith("OK")
    assert folder_state(path.parent) == before
    assert not Path(f"{path}-wal").exists()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = folder_state(path.parent)
    assert main(["--db", str(path), "check", "--rebuild-search"]) == 1
    assert "newer version of Secretariat" in capsys.readouterr().err
    assert folder_state(path.parent) == before


READ_ONLY_RUN = """
import os, sys
from secretariat.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_read_only_file_opens_read_only_and_every_write_says_why(office: ServiceContext, tmp_path: Path) -> None:
    """The file and its folder belong to another user: this one may read them only (as on read-only media)."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as another user")
    path = Path(office.database.display_location)
    office.database.dispose()
    settle(path)
    shared = Path(f"/tmp/secretariat-ro-{os.getpid()}")
    shutil.rmtree(shared, ignore_errors=True)
    shared.mkdir(mode=0o755)
    home = shared.with_name(shared.name + "-home")
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(mode=0o777)
    try:
        copy = shared / "office.sqlite3"
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o644)
        before = folder_state(shared)

        def run(*argv: str) -> subprocess.CompletedProcess[str]:
            environment = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home), "XDG_DATA_HOME": str(home)}
            return subprocess.run(
                [
                    *("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                    *(sys.executable, "-c", READ_ONLY_RUN, "--db", str(copy), *argv),
                ],
                capture_output=True,
                text=True,
                env=environment,
                timeout=120,
                check=False,
            )

        listed = run("list", "partners")
        assert listed.returncode == 0, listed.stderr
        assert "P-1" in listed.stdout and "open for reading only" in listed.stderr
        checked = run("check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "does not match" not in checked.stdout
        closing = run("close-year", "2025")
        assert closing.returncode == 1 and "is open read-only" in closing.stderr
        assert "nothing can be changed" in closing.stderr
        assert folder_state(shared) == before
    finally:
        shutil.rmtree(shared, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


def test_a_read_only_database_refuses_writes_with_a_sentence(office: ServiceContext) -> None:
    from sqlalchemy.orm import sessionmaker

    from secretariat.services.session_start import context_for
    from secretariat.storage import sqlite_files
    from secretariat.storage.engine import Database

    path = Path(office.database.display_location)
    engine = sqlite_files.read_only_engine(path, str(path))
    database = Database(url=office.database.url, engine=engine, sessions=sessionmaker(engine), read_only=True)
    try:
        ctx = context_for(database, "somebody-new")
        from secretariat.services.registers import RegisterQuery, count

        assert count(ctx, "partners", RegisterQuery()) == 2
        with pytest.raises(ReadOnlyDatabaseError, match="is open read-only"):
            partner(ctx, "P-9")
    finally:
        database.dispose()


# --- no silent databases ---------------------------------------------------------------------------------------


@pytest.mark.no_silent_databases
@pytest.mark.parametrize("empty", [False, True], ids=["missing", "zero-bytes"])
@pytest.mark.parametrize(
    "command",
    [
        ["list", "partners"],
        ["export", "OUT/x.xlsx"],
        ["import", "OUT/x.xlsx"],
        ["backup"],
        ["backups"],
        ["close-year", "2025"],
        ["check"],
        ["safeguards"],
    ],
    ids=lambda c: c[0],
)
def test_no_command_but_init_and_demo_makes_a_database(tmp_path: Path, capsys, command, empty: bool) -> None:
    path = tmp_path / "typo.sqlite3"
    if empty:
        path.write_bytes(b"")
    argv = [part.replace("OUT", str(tmp_path)) for part in command]
    assert main(["--db", str(path), *argv]) == 1
    err = capsys.readouterr().err
    assert f"No database at {path}" in err and "secretariat init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == (["typo.sqlite3"] if empty else [])
    if empty:
        assert path.stat().st_size == 0


@pytest.mark.no_silent_databases
def test_init_and_demo_make_a_database(tmp_path: Path, capsys) -> None:
    made = tmp_path / "made.sqlite3"
    assert main(["--db", str(made), "init"]) == 0
    assert main(["--db", str(made), "list", "partners"]) == 0
    with pytest.raises(NoDatabaseError):
        open_database(str(tmp_path / "other.sqlite3"))
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "demo", "--today", "2026-03-02"]) == 0
    assert empty.stat().st_size > 0


def test_opening_a_database_takes_no_write_lock(office: ServiceContext) -> None:
    """Another workstation holds the write lock: opening and reading go on at once."""
    path = Path(office.database.display_location)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO app_user (gid, created_at, updated_at, login, name, role, active) "
        "VALUES ('x', '2026-01-01', '2026-01-01', 'x', 'x', 'clerk', 1)"
    )
    try:
        started = time.monotonic()
        database = open_database(str(path))
        from secretariat.services.registers import RegisterQuery, count
        from secretariat.services.session_start import context_for

        ctx = context_for(database, "admin1")
        assert count(ctx, "partners", RegisterQuery()) == 2
        assert time.monotonic() - started < 3  # not the 10 s of a busy wait
        database.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
