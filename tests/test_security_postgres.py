"""Who may do what on a shared PostgreSQL server, tried with real logins on the suite's server.

Two people sign in with their own logins and passwords (SCRAM): an administrator and a clerk, both
added through the program as an office's IT staff would (``user add`` run by the schema owner). The
clerk's attempts at each administrator action are refused by the services and, with the services
bypassed (plain SQL through the clerk's own connection), by the database. Audit rows cannot be changed
by either; environment variables change nobody's identity; a blocked login cannot connect; a run's
log holds neither a password given in the URL nor the passport number and NIP of a failed insert; and
the audit chain check names a row the owner changed behind the program's back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from excel_testing import write_workbook
from secretariat.cli.main import main
from secretariat.domain.enums import UserRole
from secretariat.domain.records import BudgetLineData, OfficeProfileData, PartnerData
from secretariat.services import permissions, users
from secretariat.services.budget import accounts, exchange_rates, fiscal_years
from secretariat.services.budget.accounts import AccountData
from secretariat.services.budget.exchange_rates import RateData
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import PermissionDeniedError, ServiceContext, open_context
from secretariat.services.demo import load_demo
from secretariat.services.integrity import check_target
from secretariat.services.office import update_office_profile
from secretariat.services.partners import duplicates
from secretariat.services.partners.records import create_partner
from secretariat.services.reference import countries_and_sectors as reference
from secretariat.storage import pg_security
from secretariat.storage.migrate import open_database

pytestmark = pytest.mark.postgres

ADMIN_PASSWORD = "Kunci-admin-2026"
CLERK_PASSWORD = "Kunci-staf-2026"


@dataclass
class Office:
    server: Any
    url: str  # the owner's (the suite's superuser) URL of the database
    owner: ServiceContext
    admin_login: str
    clerk_login: str
    opened: list[Any]

    def login_url(self, login: str, password: str | None) -> str:
        parsed = make_url(self.url)
        return parsed.set(username=login, password=password).render_as_string(hide_password=False)

    def sign_in(self, login: str, password: str) -> ServiceContext:
        database = open_database(self.login_url(login, password))
        self.opened.append(database)
        return open_context(database)

    @property
    def admin(self) -> ServiceContext:
        return self.sign_in(self.admin_login, ADMIN_PASSWORD)

    @property
    def clerk(self) -> ServiceContext:
        return self.sign_in(self.clerk_login, CLERK_PASSWORD)


@pytest.fixture
def office(postgres_server: Any, pg_migrated_url: str) -> Iterator[Office]:
    """A migrated database; its owner adds an administrator and a clerk, each with a login of their own."""
    owner_db = open_database(pg_migrated_url)
    owner = open_context(owner_db)  # the superuser owns the schema: registered as an administrator
    suffix = uuid.uuid4().hex[:8]
    admin_login, clerk_login = f"andi_{suffix}", f"budi_{suffix}"
    users.add_user(owner, admin_login, "Andi Wijaya", "admin", ADMIN_PASSWORD)
    users.add_user(owner, clerk_login, "Budi Santoso", "clerk", CLERK_PASSWORD)
    office = Office(postgres_server, pg_migrated_url, owner, admin_login, clerk_login, [owner_db])
    try:
        yield office
    finally:
        for database in office.opened:
            database.dispose()
        with postgres_server.connect() as connection:
            for login in (admin_login, clerk_login):
                connection.execute(f'DROP ROLE IF EXISTS "{login}"')


def _refused_by_database(ctx: ServiceContext, statement: str) -> str:
    """Run ``statement`` through the person's own connection, bypassing the services; the server's refusal."""
    with ctx.database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.exec_driver_sql(statement.replace("%", "%%"))
        except DBAPIError as exc:
            return str(exc.orig).splitlines()[0]
        finally:
            transaction.rollback()
    raise AssertionError(f"the database let {ctx.actor.login} run: {statement}")


def _runs(ctx: ServiceContext, statement: str) -> int:
    with ctx.database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            return connection.exec_driver_sql(statement).rowcount
        finally:
            transaction.rollback()


# --- identity ---------------------------------------------------------------------------------------------------


def test_each_person_is_the_login_they_signed_in_with(office: Office) -> None:
    clerk, admin = office.clerk, office.admin
    assert (clerk.actor.login, clerk.actor.role) == (office.clerk_login, UserRole.CLERK)
    assert (admin.actor.login, admin.actor.role) == (office.admin_login, UserRole.ADMIN)
    with clerk.database.engine.connect() as connection:
        assert connection.execute(text("SELECT session_user")).scalar() == office.clerk_login
    # Naming someone else does not make the clerk that person; only the schema owner may (to set up).
    with pytest.raises(Exception, match="cannot act as"):
        open_context(clerk.database, office.admin_login)
    # A login the administrators never added is refused, though PostgreSQL let it connect.
    stranger = f"tamu_{uuid.uuid4().hex[:8]}"
    with office.server.connect(make_url(office.url).database) as connection:
        connection.execute(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD 'Tamu-tanpa-akses-1' IN ROLE secretariat_clerk")
    try:
        database = open_database(office.login_url(stranger, "Tamu-tanpa-akses-1"))
        office.opened.append(database)
        with pytest.raises(Exception, match="is not a user of this database"):
            open_context(database)
    finally:
        for database in office.opened:
            database.dispose()
        with office.server.connect() as connection:
            connection.execute(f'DROP ROLE "{stranger}"')


def test_environment_variables_change_nothing(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("USER", "LOGNAME", "USERNAME", "PGUSER"):
        monkeypatch.setenv(name, office.admin_login)
    clerk = office.clerk
    assert clerk.actor.login == office.clerk_login
    create_budget_line(
        clerk,
        BudgetLineData(
            fiscal_year=2025, account_code="5.1.02.04.02.0001", description="Perjalanan dinas", planned_idr=Decimal(10)
        ),
    )
    # The command line: the password from PGPASSWORD, the user from the URL; USER & co. are ignored.
    monkeypatch.setenv("PGPASSWORD", CLERK_PASSWORD)
    assert main(["--db", office.login_url(office.clerk_login, None), "close-year", "2025"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Only the head or an administrator may close fiscal year 2025; {office.clerk_login} is a clerk."
    )
    assert not fiscal_years.get_year(office.owner, 2025).closed


# --- the clerk against every administrator action ---------------------------------------------------------------


def _admin_actions(office: Office) -> dict[str, Callable[[ServiceContext], object]]:
    owner = office.owner
    keep = create_partner(
        owner, PartnerData(code="JP-OSA", name="Osaka City", kind="regional_government", country_code="JP")
    )
    twin = create_partner(
        owner, PartnerData(code="JP-OSA2", name="City of Osaka", kind="regional_government", country_code="JP")
    )
    sector_id = reference.list_sectors(owner)[0].id
    clerk_id = users.user_by_login(owner, office.clerk_login).id
    admin_id = users.user_by_login(owner, office.admin_login).id
    rate_id = exchange_rates.create_rate(owner, RateData(currency="USD", on=date(2025, 1, 2), rate=Decimal("16000")))
    return {
        "office profile and numbering": lambda ctx: update_office_profile(
            ctx,
            OfficeProfileData(
                region_name_id="Provinsi X",
                region_name_en="X Province",
                region_level="province",
                agreement_pattern="{seq}/KS/{year}",
            ),
        ),
        "reference data (sectors)": lambda ctx: reference.create_sector(ctx, "space", "Antariksa", "Space"),
        "reference data (sector rename)": lambda ctx: reference.update_sector(ctx, sector_id, "x", "X", "X"),
        "reference data (country flags)": lambda ctx: reference.update_country_flags(ctx, "JP", True, True, None),
        "chart of accounts": lambda ctx: accounts.create_account(ctx, AccountData(code="5.1.02.99", name="Lain-lain")),
        "exchange rates": lambda ctx: exchange_rates.update_rate(
            ctx, rate_id, RateData(currency="USD", on=date(2025, 1, 2), rate=Decimal("1"))
        ),
        "merging partners": lambda ctx: duplicates.merge_partners(ctx, keep, twin),
        "closing a year": lambda ctx: fiscal_years.close_year(ctx, 2024),
        "reopening a year": lambda ctx: fiscal_years.reopen_year(ctx, 2024, "a reason long enough to count"),
        "demo data": load_demo,
        "adding a user": lambda ctx: users.add_user(ctx, "siti", "Siti", "admin", "Kunci-siti-2026"),
        "changing a role": lambda ctx: users.set_user_role(ctx, clerk_id, "admin"),
        "blocking": lambda ctx: users.set_user_active(ctx, admin_id, False),
        "resetting a password": lambda ctx: users.reset_password(ctx, admin_id, "Kunci-baru-2026x"),
    }


def test_the_services_refuse_the_clerk_every_administrator_action(office: Office) -> None:
    actions = _admin_actions(office)
    covered = {
        permissions.Action.OFFICE_PROFILE,
        permissions.Action.REFERENCE_DATA,
        permissions.Action.CHART_OF_ACCOUNTS,
        permissions.Action.EXCHANGE_RATES,
        permissions.Action.MERGE_PARTNERS,
        permissions.Action.CLOSE_YEAR,
        permissions.Action.REOPEN_YEAR,
        permissions.Action.LOAD_DEMO,
        permissions.Action.MANAGE_USERS,
    }
    # Every action of the table beyond a clerk's is tried here, except the restore of a backup (issue 11).
    assert covered | {permissions.Action.RECORDS, permissions.Action.RESTORE} == set(permissions.Action)
    clerk = office.clerk
    for what, action in actions.items():
        with pytest.raises(PermissionDeniedError, match=f"; {office.clerk_login} is a clerk") as caught:
            action(clerk)
        assert caught.value.message_en.startswith("Only "), what
    # Nothing changed: still a clerk, the administrator still active, no new user, the year still open.
    assert [(u.login, u.role, u.active) for u in users.list_users(office.owner) if u.login != "postgres"] == [
        (office.admin_login, "admin", True),
        (office.clerk_login, "clerk", True),
    ]
    assert not fiscal_years.get_year(office.owner, 2024).closed
    # The administrator may do them (a control that the refusals above were about the role).
    admin = office.admin
    actions["changing a role"](admin)
    assert users.user_by_login(office.owner, office.clerk_login).role == "admin"


# Statements a clerk's connection must not be able to run: each administrator action done in plain SQL.
CLERK_REFUSED = {
    "office profile": "UPDATE office_profile SET agreement_pattern = '{seq}' WHERE id = 1",
    "stages": "UPDATE stage SET name_en = 'x'",
    "sectors": "INSERT INTO sector (code, name_id, name_en, gid, created_at, updated_at) "
    "VALUES ('x', 'x', 'x', 'g-x', now(), now())",
    "countries": "UPDATE country SET asean_member = true WHERE code = 'JP'",
    "chart of accounts": "DELETE FROM account",
    "exchange rates": "UPDATE exchange_rate SET rate = '1'",
    "fiscal years": "INSERT INTO fiscal_year (year, closed_at, closed_by) VALUES (2024, now(), 'x')",
    "own role": "UPDATE app_user SET role = 'admin'",
    "adding a login": "SELECT secretariat_manage_login('create', 'mallory', 'admin', NULL)",
    "changing a role": "SELECT secretariat_manage_login('role', 'postgres', 'admin', NULL)",
    "a group of its own": "SET ROLE secretariat_admin",
    "audit update": "UPDATE audit_entry SET summary = 'nothing happened'",
    "audit delete": "DELETE FROM audit_entry",
    "audit truncate": "TRUNCATE audit_entry",
    "audit trigger": "ALTER TABLE audit_entry DISABLE TRIGGER USER",
    "audit in another name": "INSERT INTO audit_entry (at, user_login, action, entity, entity_id, changes) "
    "VALUES (now(), 'postgres', 'create', 'x', '1', '{}')",
    "new tables": "CREATE TABLE notes (id integer)",
}


def test_the_database_refuses_the_clerk_with_the_services_bypassed(office: Office) -> None:
    clerk = office.clerk
    refusals = {what: _refused_by_database(clerk, statement) for what, statement in CLERK_REFUSED.items()}
    for what, message in refusals.items():
        assert (
            "permission denied" in message
            or "must be owner" in message
            or "written in the name of the signed-in user" in message
            or "cannot be changed or deleted" in message
        ), (what, message)
    # Controls: the same connection writes a clerk's tables and its own name, and appends to the audit.
    assert _runs(clerk, "UPDATE partner SET notes = 'x'") == 0  # no partner yet: allowed, nothing to change
    assert (
        _runs(
            clerk,
            "INSERT INTO partner (code, name, kind, country_code, status, gid, created_at, updated_at) "
            "VALUES ('X-1', 'X', 'city', 'JP', 'prospect', 'g-1', now(), now())",
        )
        == 1
    )
    assert _runs(clerk, f"UPDATE app_user SET name = 'Budi S.' WHERE login = '{office.clerk_login}'") == 1
    assert _runs(clerk, "UPDATE app_user SET name = 'x' WHERE login <> current_user") == 0  # others' rows unseen
    assert (
        _runs(
            clerk,
            "INSERT INTO audit_entry (at, user_login, action, entity, entity_id, changes) "
            f"VALUES (now(), '{office.clerk_login}', 'create', 'x', '1', '{{}}')",
        )
        == 1
    )


def test_the_database_enforces_the_same_permissions_table(office: Office) -> None:
    """Each table an action of the permissions table writes is writable by exactly the groups of its roles."""
    writers: dict[str, set[str]] = {}
    for rule in permissions.PERMISSIONS.values():
        for table in rule.tables:
            writers.setdefault(table, set()).update(role.value for role in rule.roles)
    for table, roles in writers.items():
        assert pg_security.table_writers(table) == roles, table
    with office.owner.database.engine.connect() as connection:
        for table, roles in writers.items():
            for role, group in pg_security.GROUP_OF_ROLE.items():
                may_update = connection.execute(
                    text("SELECT has_table_privilege(:g, :t, 'UPDATE')"), {"g": group, "t": table}
                ).scalar()
                assert may_update == (role in roles), (table, group)


def test_audit_rows_cannot_be_changed_by_the_clerk_or_the_administrator(office: Office) -> None:
    clerk, admin = office.clerk, office.admin
    create_partner(clerk, PartnerData(code="DE-BER", name="Berlin", kind="regional_government", country_code="DE"))
    with office.owner.database.engine.connect() as connection:
        before = connection.execute(text("SELECT id, summary, entry_hash FROM audit_entry ORDER BY id")).all()
    assert before
    for ctx in (clerk, admin):
        for statement in (
            "UPDATE audit_entry SET summary = 'nothing happened'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
        ):
            assert "permission denied" in _refused_by_database(ctx, statement)
    with office.owner.database.engine.connect() as connection:
        assert connection.execute(text("SELECT id, summary, entry_hash FROM audit_entry ORDER BY id")).all() == before
        # Even the owner is stopped by the trigger (it must switch it off first, which the chain then shows).
        with pytest.raises(DBAPIError, match="cannot be changed or deleted"):
            connection.exec_driver_sql("DELETE FROM audit_entry")


def test_a_blocked_login_cannot_connect_or_read(office: Office) -> None:
    clerk, admin = office.clerk, office.admin
    open_connection = clerk.database.engine.connect()
    try:
        users.set_user_active(admin, users.user_by_login(admin, office.clerk_login).id, False)
        with pytest.raises(OperationalError, match="not permitted to log in"):
            open_database(office.login_url(office.clerk_login, CLERK_PASSWORD))
        # A connection opened before the block reads nothing any more: the owner ends it (here it may: a
        # superuser), else it lost its group and every privilege with it.
        with pytest.raises(DBAPIError, match=r"terminating connection|permission denied"):
            open_connection.execute(text("SELECT count(*) FROM partner"))
    finally:
        open_connection.close()
    report = check_target(office.url)
    assert report.ok, report.findings  # the login agrees with the program: blocked, no group
    users.set_user_active(admin, users.user_by_login(admin, office.clerk_login).id, True)
    assert office.clerk.actor.login == office.clerk_login
    # The audit has each change, in the administrator's name, with no password anywhere.
    with office.owner.database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT user_login, changes FROM audit_entry WHERE entity = 'app_user' AND action = 'update'")
        ).all()
    assert [(login, json.loads(changes)) for login, changes in rows] == [
        (office.admin_login, {"active": [True, False]}),
        (office.admin_login, {"active": [False, True]}),
    ]


def test_a_first_password_is_replaced_at_the_first_sign_in(office: Office) -> None:
    clerk = office.clerk
    assert users.current_user(clerk).must_change_password
    with pytest.raises(Exception, match="not your current password"):
        users.change_own_password(clerk, "wrong-password-1", "Pilihan-budi-77")
    users.change_own_password(clerk, CLERK_PASSWORD, "Pilihan-budi-77")
    with pytest.raises(OperationalError, match="password authentication failed"):
        open_database(office.login_url(office.clerk_login, CLERK_PASSWORD))
    again = office.sign_in(office.clerk_login, "Pilihan-budi-77")
    assert not users.current_user(again).must_change_password
    # An administrator's reset makes the person choose again; the audit says when, never what.
    admin = office.admin
    users.reset_password(admin, users.user_by_login(admin, office.clerk_login).id, "Pertama-lagi-88")
    assert users.current_user(office.sign_in(office.clerk_login, "Pertama-lagi-88")).must_change_password
    with office.owner.database.engine.connect() as connection:
        changes = connection.execute(text("SELECT changes FROM audit_entry WHERE entity = 'app_user'")).scalars().all()
    assert not any(
        secret in text_ for text_ in changes for secret in ("Pilihan-budi-77", "Pertama-lagi-88", CLERK_PASSWORD)
    )


# --- logs ---------------------------------------------------------------------------------------------------------


def test_the_log_holds_neither_the_password_nor_the_personal_data_of_a_failed_insert(
    office: Office, tmp_path: Path, user_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secretariat.services.logs import current_log_file

    passport, nip = "B9876543", "198001012005011002"
    # The database refuses the row (a rule the program does not know), so the insert itself fails.
    with office.server.connect(make_url(office.url).database) as connection:
        connection.execute(
            f"ALTER TABLE official ADD CONSTRAINT no_test_passport CHECK (passport_number <> '{passport}')"
        )
    workbook = write_workbook(
        tmp_path / "pejabat.xlsx",
        {
            "Pejabat": [
                [
                    "Nama",
                    "NIP",
                    "Jabatan",
                    "Golongan uang harian",
                    "Jenis paspor",
                    "Nomor paspor",
                    "Paspor berlaku sampai",
                ],
                ["Dewi Lestari", nip, "Kepala Bagian", "B", "Paspor dinas", passport, "2030-01-31"],
            ]
        },
    )
    url = office.login_url(office.clerk_login, CLERK_PASSWORD)
    assert main(["--db", url, "import", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert "can be seen by other programs" in err  # the warning about a password in the URL
    assert CLERK_PASSWORD not in err
    log_file = current_log_file()
    assert log_file is not None and user_home in log_file.parents
    logged = log_file.read_text(encoding="utf-8")
    assert "import" in logged and "no_test_passport" in logged  # the run and its failure are there...
    assert CLERK_PASSWORD not in logged  # ...but not the password,
    assert passport not in logged and nip not in logged  # nor the person's passport number or NIP
    assert f"{office.clerk_login}:***@" in logged


# --- the audit chain ----------------------------------------------------------------------------------------------


def test_the_chain_check_names_a_row_changed_behind_the_programs_back(office: Office) -> None:
    clerk = office.clerk
    for code in ("FR-PAR", "FR-LYO", "FR-NIC"):
        create_partner(clerk, PartnerData(code=code, name=code, kind="regional_government", country_code="FR"))
    report = check_target(office.url)
    assert report.ok, report.findings
    assert report.audit_entries >= 5
    with office.owner.database.engine.connect() as connection:
        ids = (
            connection.execute(text("SELECT id FROM audit_entry WHERE entity = 'partner' ORDER BY id")).scalars().all()
        )
    target = ids[1]
    # The owner (here the superuser) can switch the trigger off and rewrite a row: the chain shows it.
    with office.server.connect(make_url(office.url).database) as connection:
        connection.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_refuse")
        connection.execute(f"UPDATE audit_entry SET user_login = 'someone_else' WHERE id = {target}")
        connection.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_refuse")
    report = check_target(office.url)
    assert [f.check for f in report.findings] == ["audit_chain"]
    assert report.findings[0].message_en == (
        f"The audit trail was changed: entry #{target} no longer matches its hash (its content was altered after "
        "it was written)."
    )
    # Removing the row instead shows as a gap after the entry before it.
    with office.server.connect(make_url(office.url).database) as connection:
        connection.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_refuse")
        connection.execute(f"DELETE FROM audit_entry WHERE id = {target}")
        connection.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_refuse")
    message = check_target(office.url).findings[0].message_en
    assert message == (
        f"The audit trail was changed: entry #{ids[2]} does not follow entry #{ids[0]} (entries between them were "
        f"removed, or entry #{ids[0]} was rewritten)."
    )


def test_the_chain_holds_with_two_writers_at_once(office: Office) -> None:
    import threading

    clerk, admin = office.clerk, office.admin
    errors: list[BaseException] = []

    def write(ctx: ServiceContext, prefix: str) -> None:
        try:
            for number in range(15):
                create_partner(
                    ctx,
                    PartnerData(
                        code=f"{prefix}-{number}",
                        name=f"{prefix} {number}",
                        kind="regional_government",
                        country_code="NL",
                    ),
                )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(ctx, prefix)) for ctx, prefix in ((clerk, "A"), (admin, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    report = check_target(office.url)
    assert report.ok, report.findings
