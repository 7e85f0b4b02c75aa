"""Who may do what on one workstation and on both back ends: identity from the operating system, the
permissions table, the audit chain on SQLite, text lengths, the log, and remembered passwords.

(The same questions with real logins on a PostgreSQL server: tests/test_security_postgres.py.)
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from secretariat.cli.main import main
from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import BudgetLineData, OfficialData, PartnerData
from secretariat.services import credentials, permissions, users
from secretariat.services.budget import fiscal_years
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import PermissionDeniedError, ServiceContext, current_os_login, open_context
from secretariat.services.integrity import check_target
from secretariat.services.logs import (
    MAX_RECORD_CHARS,
    RedactingFormatter,
    SharedRotatingFileHandler,
    cap,
    redact,
)
from secretariat.services.partners.records import create_partner
from secretariat.services.reference.officials import create_official
from secretariat.storage import audit_chain
from secretariat.storage.migrate import open_database

FROZEN_0005 = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"


def _os_account() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


# --- identity on one workstation -------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX account database")
def test_the_workstation_user_is_the_os_account_whatever_the_environment_says(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(name, "root-or-anyone")
    assert current_os_login() == _os_account()


@pytest.fixture
def office_file(tmp_path: Path) -> str:
    """A workstation database where 'admin1' administers and this computer's account is a clerk."""
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path)
    try:
        admin = open_context(database, "admin1")
        open_context(database)  # this account, registered as a clerk
        create_budget_line(
            admin,
            BudgetLineData(
                fiscal_year=2025, account_code="5.1.02.04.02.0001", description="Perjalanan", planned_idr=Decimal(1)
            ),
        )
    finally:
        database.dispose()
    return path


def test_environment_variables_do_not_make_a_clerk_an_administrator(
    office_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(name, "admin1")
    assert main(["--db", office_file, "close-year", "2025"]) == 1
    login = current_os_login()
    assert capsys.readouterr().err.strip() == (
        f"Only the head or an administrator may close fiscal year 2025; {login} is a clerk."
    )
    assert main(["--db", office_file, "user", "set-role", login, "admin"]) == 1
    assert capsys.readouterr().err.strip() == f"Only an administrator may change roles; {login} is a clerk."


def test_a_blocked_user_reads_nothing_and_cannot_come_back_under_another_name(
    office_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(office_file)
    try:
        admin = open_context(database, "admin1")
        me = users.user_by_login(admin, current_os_login())
        users.set_user_active(admin, me.id, False)
    finally:
        database.dispose()
    monkeypatch.setenv("USER", "budi2")
    monkeypatch.setenv("LOGNAME", "budi2")
    for command in (["list", "partners"], ["user", "list"], ["close-year", "2025"], ["export", "x.xlsx"]):
        assert main(["--db", office_file, *command]) == 1, command
        assert "is blocked in this database" in capsys.readouterr().err
    database = open_database(office_file)
    try:
        admin = open_context(database, "admin1")
        assert [u.login for u in users.list_users(admin)] == ["admin1", current_os_login()]  # no 'budi2'
    finally:
        database.dispose()


def test_the_user_commands_on_a_workstation(office_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    login = current_os_login()
    database = open_database(office_file)
    try:
        admin = open_context(database, "admin1")
        users.set_user_role(admin, users.user_by_login(admin, login).id, "admin")
    finally:
        database.dispose()
    db = ["--db", office_file]
    assert main([*db, "user", "add", "siti", "--name", "Siti Rahma", "--role", "head"]) == 0
    assert "siti (Siti Rahma) added as head" in capsys.readouterr().out
    assert main([*db, "user", "block", "siti"]) == 0
    capsys.readouterr()
    assert main([*db, "user", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["login"], r["role"], r["active"]) for r in rows) == sorted(
        [("admin1", "admin", True), ("siti", "head", False), (login, "admin", True)]
    )
    assert main([*db, "user", "unblock", "siti"]) == 0
    assert main([*db, "user", "set-role", "siti", "clerk"]) == 0
    capsys.readouterr()
    assert main([*db, "user", "reset-password", "siti"]) == 1
    assert "keeps no password" in capsys.readouterr().err
    assert main([*db, "user", "add", "two words", "--name", "X"]) == 1
    assert "Login: must be the computer account's name" in capsys.readouterr().err
    database = open_database(office_file)
    try:
        ctx = open_context(database, "admin1")
        with database.engine.connect() as connection:
            changes = [
                (row[0], json.loads(row[1]))
                for row in connection.execute(
                    text("SELECT action, changes FROM audit_entry WHERE entity = 'app_user' AND summary = 'Siti Rahma'")
                )
            ]
        assert [action for action, _ in changes] == ["create", "update", "update", "update"]
        assert [c for _, c in changes[1:]] == [
            {"active": [True, False]},
            {"active": [False, True]},
            {"role": ["head", "clerk"]},
        ]
        assert users.user_by_login(ctx, "siti").role == "clerk"
    finally:
        database.dispose()


# --- the permissions table --------------------------------------------------------------------------------------


def test_one_table_says_who_may_do_what() -> None:
    table = permissions.PERMISSIONS
    assert set(table) == set(permissions.Action)
    managers = {UserRole.ADMIN, UserRole.HEAD}
    expected = {
        permissions.Action.RECORDS: set(UserRole),
        permissions.Action.OFFICE_PROFILE: managers,
        permissions.Action.REFERENCE_DATA: managers,
        permissions.Action.CHART_OF_ACCOUNTS: managers,
        permissions.Action.EXCHANGE_RATES: managers,
        permissions.Action.MERGE_PARTNERS: managers,
        permissions.Action.CLOSE_YEAR: managers,
        permissions.Action.REOPEN_YEAR: {UserRole.HEAD},
        permissions.Action.RESTORE: managers,
        permissions.Action.LOAD_DEMO: managers,
        permissions.Action.MANAGE_USERS: {UserRole.ADMIN},
    }
    assert {action: set(rule.roles) for action, rule in table.items()} == expected
    assert table[permissions.Action.CLOSE_YEAR].roles == fiscal_years.CLOSERS
    assert table[permissions.Action.REOPEN_YEAR].roles == fiscal_years.REOPENERS
    assert not permissions.allowed("clerk", permissions.Action.MANAGE_USERS)
    assert permissions.allowed("head", permissions.Action.OFFICE_PROFILE)
    assert not permissions.allowed("boss", permissions.Action.RECORDS)


def test_may_follows_the_stored_role(database) -> None:
    admin = open_context(database, "admin1")
    clerk = open_context(database, "clerk1")
    assert permissions.may(admin, permissions.Action.MANAGE_USERS)
    assert not permissions.may(clerk, permissions.Action.MANAGE_USERS)
    users.set_user_active(admin, users.user_by_login(admin, "clerk1").id, False)
    assert not permissions.may(clerk, permissions.Action.RECORDS)
    with pytest.raises(PermissionDeniedError, match="not an active user"):
        create_partner(clerk, PartnerData(code="X", name="X", kind="other", country_code="DE"))


# --- the audit chain on SQLite ----------------------------------------------------------------------------------


def _partners(ctx: ServiceContext, *codes: str) -> None:
    for code in codes:
        create_partner(ctx, PartnerData(code=code, name=f"Partner {code}", kind="other", country_code="DE"))


def test_the_sqlite_chain_refuses_changes_and_names_the_altered_entry(tmp_path: Path) -> None:
    path = tmp_path / "chain.sqlite3"
    database = open_database(str(path))
    try:
        ctx = open_context(database, "admin1")
        _partners(ctx, "DE-A", "DE-B", "DE-C")
        with database.engine.connect() as connection:
            ids = connection.execute(text("SELECT id FROM audit_entry ORDER BY id")).scalars().all()
            rows = connection.execute(text("SELECT prev_hash, entry_hash FROM audit_entry ORDER BY id")).all()
    finally:
        database.dispose()
    assert len(ids) == 3  # the three partners (a registration on first use is not an action of anyone)
    assert rows[0][0] is None and all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
    report = check_target(str(path))
    assert report.ok and report.audit_entries == len(ids) and report.audit_head == rows[-1][1]

    raw = sqlite3.connect(path)
    try:
        for statement in ("UPDATE audit_entry SET summary = 'x'", "DELETE FROM audit_entry"):
            with pytest.raises(sqlite3.IntegrityError, match="audit entries cannot be"):
                raw.execute(statement)
        # Someone with the file drops the triggers and rewrites one entry: the check names it.
        raw.execute("DROP TRIGGER audit_entry_no_update")
        raw.execute(f"UPDATE audit_entry SET user_login = 'someone' WHERE id = {ids[1]}")
        raw.commit()
    finally:
        raw.close()
    findings = check_target(str(path)).findings
    assert [(f.check, f.message_en) for f in findings] == [
        (
            "audit_chain",
            f"The audit trail was changed: entry #{ids[1]} no longer matches its hash (its content was altered "
            "after it was written).",
        )
    ]
    raw = sqlite3.connect(path)
    try:
        raw.execute("DROP TRIGGER audit_entry_no_delete")
        raw.execute(f"DELETE FROM audit_entry WHERE id IN ({ids[0]}, {ids[1]})")
        raw.commit()
    finally:
        raw.close()
    assert check_target(str(path)).findings[0].message_en == (
        f"The audit trail was changed: entries before #{ids[2]}, the oldest left, were removed."
    )
    # Opening the database again (an upgrade) puts the triggers back.
    database = open_database(str(path))
    database.dispose()
    assert main(["--db", str(path), "check"]) == 1


def test_an_entry_written_with_a_forged_hash_is_refused(sqlite_database) -> None:
    with sqlite_database.engine.connect() as connection, pytest.raises(Exception, match="cannot be changed"):
        connection.execute(
            text(
                "INSERT INTO audit_entry (at, user_login, action, entity, entity_id, changes, entry_hash) "
                "VALUES ('2026-01-01 00:00:00.000000', 'x', 'create', 'x', '1', '{}', 'forged')"
            )
        )


def test_the_chain_text_is_frozen() -> None:
    fields = ("2026-01-02 03:04:05.000006", "budi", "update", "partner", "7", None, "Kraków", '{"a": [1, 2]}')
    assert audit_chain.canonical_text(None, *fields) == (
        "secretariat-audit-1\n-\n26:2026-01-02 03:04:05.000006\n4:budi\n6:update\n7:partner\n1:7\n-\n6:Kraków\n"
        '13:{"a": [1, 2]}'
    )
    # Computed by hand: sha256 of the text above (python3 -c "import hashlib; print(hashlib.sha256(...))").
    import hashlib

    assert (
        audit_chain.entry_hash(None, *fields)
        == hashlib.sha256(audit_chain.canonical_text(None, *fields).encode()).hexdigest()
    )
    assert audit_chain.entry_hash("a" * 64, *fields) != audit_chain.entry_hash(None, *fields)


@pytest.mark.real_migrations
def test_the_released_schema_upgrades_with_its_entries_sealed(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(FROZEN_0005.read_bytes())
    before = sqlite3.connect(path).execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text("SELECT entry_hash FROM audit_entry ORDER BY id")).scalars().all()
            flags = connection.execute(text("SELECT login, must_change_password FROM app_user")).all()
        assert len(rows) == before and all(rows)
        assert flags == [("clerk1", False)]
        ctx = open_context(database, "clerk1")
        _partners(ctx, "DE-NEW")
    finally:
        database.dispose()
    report = check_target(str(path))
    assert report.ok, report.findings
    assert report.audit_entries > before


# --- text lengths -----------------------------------------------------------------------------------------------


def test_a_too_long_value_is_one_sentence_on_both_back_ends(database) -> None:
    ctx = open_context(database, "admin1")
    passport = "A" * 41
    with pytest.raises(ValidationError) as caught:
        create_official(
            ctx,
            OfficialData(
                name="Dewi", position="Kepala", grade="B", passport_number=passport, passport_expiry=date(2030, 1, 1)
            ),
        )
    assert caught.value.fields == {"passport_number"}
    assert caught.value.message_en == "Passport number: is too long (41 characters, at most 40)"
    assert passport not in caught.value.message_en
    # A telephone number in the accepted form (digits and separators), only too long for its column.
    long_phone = "+62 31 1234 5678" + "-" * 85
    assert len(long_phone) == 101
    with pytest.raises(ValidationError, match="Telephone: is too long"):
        create_partner(ctx, PartnerData(code="DE-X", name="X", kind="other", country_code="DE", phone=long_phone))
    assert isinstance(caught.value, UserError)


# --- the log ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kept", "gone"),
    [
        ("secretariat --db postgresql+psycopg://budi:Rahasia-1@db:5432/kantor list", "budi:***@db", "Rahasia-1"),
        ("host=db user=budi password=Rahasia-1 dbname=x", "password=***", "Rahasia-1"),
        ("PGPASSWORD='Rahasia 1' secretariat", "PGPASSWORD=***", "Rahasia 1"),
        ("DETAIL:  Key (passport_number)=(B9876543) already exists.", "Key (passport_number)=(…)", "B9876543"),
        (
            "DETAIL:  Failing row contains (Dewi, 198001012005011002, (x), B9876543).",
            "Failing row contains (…)",
            "198001012005011002",
        ),
        ('invalid input syntax for type integer: "0812-555-1234"', 'integer: "…"', "0812-555-1234"),
        ("[SQL: INSERT x]\n[parameters: {'nip': '198001012005011002'}]", "[parameters hidden]", "1980010120"),
    ],
)
def test_redact_removes_secrets_and_quoted_values(raw: str, kept: str, gone: str) -> None:
    cleaned = redact(raw)
    assert kept in cleaned and gone not in cleaned


def test_one_huge_record_cannot_push_the_history_out(tmp_path: Path) -> None:
    import logging

    handler = SharedRotatingFileHandler(tmp_path / "secretariat.log", max_bytes=200_000, backup_count=3)
    handler.setFormatter(RedactingFormatter("%(message)s"))
    logger = logging.getLogger("test.huge")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("the first line of the history")
        logger.error("x" * 5_000_000)  # a traceback gone wild
    finally:
        logger.removeHandler(handler)
    files = sorted(tmp_path.glob("secretariat.log*"))
    everything = "".join(p.read_text() for p in files if not p.name.endswith(".lock"))
    assert "the first line of the history" in everything
    assert len(everything) < MAX_RECORD_CHARS + 1_000
    assert cap("y" * 100, 10) == "yyyyy\n[... 90 characters left out ...]\nyyyyy"


def test_several_processes_share_the_log_without_losing_a_line(tmp_path: Path) -> None:
    writer = textwrap.dedent(
        """
        import logging, sys
        from pathlib import Path
        from secretariat.services.logs import SharedRotatingFileHandler
        handler = SharedRotatingFileHandler(Path(sys.argv[1]), max_bytes=20_000, backup_count=100)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log = logging.getLogger("w")
        log.addHandler(handler)
        for number in range(400):
            log.warning("writer %s line %04d %s", sys.argv[2], number, "." * 40)
        """
    )
    path = tmp_path / "secretariat.log"
    processes = [subprocess.Popen([sys.executable, "-c", writer, str(path), str(n)]) for n in range(4)]
    assert [p.wait(timeout=120) for p in processes] == [0, 0, 0, 0]
    lines = []
    for file in tmp_path.glob("secretariat.log*"):
        if not file.name.endswith(".lock"):
            assert file.stat().st_size <= 20_000
            lines += file.read_text().splitlines()
    assert len(lines) == 1600
    assert all(line.startswith("writer ") and line.endswith("." * 40) for line in lines)
    assert {line[:18] for line in lines} == {f"writer {w} line {n:04d}"[:18] for w in range(4) for n in range(400)}


# --- remembered passwords ---------------------------------------------------------------------------------------


@pytest.fixture
def memory_keyring():
    """An in-memory credential store for the test (the real one is never touched)."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            from keyring.errors import PasswordDeleteError

            if self.items.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    before = keyring.get_keyring()
    store = Memory()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)


def test_no_credential_store_means_nothing_is_remembered() -> None:
    assert not credentials.store_available()  # the suite's "fail" backend
    assert not credentials.remember_password("budi@db:5432/kantor", "Rahasia-1")
    assert credentials.saved_password("budi@db:5432/kantor") is None


def test_a_password_is_kept_only_in_the_credential_store(memory_keyring) -> None:
    name = credentials.entry_name("budi", "db.kantor", 5432, "secretariat")
    assert name == "budi@db.kantor:5432/secretariat"
    assert credentials.store_available()
    assert credentials.remember_password(name, "Rahasia-1")
    assert memory_keyring.items == {("Secretariat", name): "Rahasia-1"}
    assert credentials.saved_password(name) == "Rahasia-1"
    credentials.forget_password(name)
    credentials.forget_password(name)  # twice: nothing to forget is fine
    assert credentials.saved_password(name) is None
