"""``secretariat budget``, ``close-year`` and ``reopen-year`` run in-process (main(argv) -> exit code)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from secretariat.cli.main import main
from secretariat.documents.budget_xlsx import SUMMARY_SHEET
from secretariat.domain.enums import UserRole
from secretariat.domain.records import BudgetLineData, PartnerData, TransactionData
from secretariat.services.budget.fiscal_years import get_year
from secretariat.services.budget.lines import add_transaction, create_budget_line
from secretariat.services.context import current_os_login, open_context
from secretariat.services.partners.records import create_partner
from secretariat.services.users import list_users, set_user_role
from secretariat.storage.migrate import open_database
from secretariat.storage.models import AuditEntry

REASON = "BPK audit finding: payment booked twice"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """An office database where an administrator exists and the OS login is a clerk, with a 2025 budget line."""
    path = str(tmp_path / "office.sqlite3")
    database = open_database(path)
    try:
        open_context(database, "admin1")
        clerk = open_context(database)  # the operating-system login, as the CLI acts
        line = create_budget_line(
            clerk,
            BudgetLineData(
                fiscal_year=2025,
                account_code="5.1.02.04.02.0001",
                description="Kunjungan kerja",
                planned_idr=Decimal(10**8),
            ),
        )
        add_transaction(
            clerk,
            TransactionData(
                budget_line_id=line,
                occurred_on=date(2025, 6, 2),
                kind="realisation",
                amount=Decimal("1000.00"),
                currency="USD",
                rate_to_idr=Decimal("16325.5"),
            ),
        )
        # a grant received in kind, on a revenue line: apart from the spending above
        donor = create_partner(
            clerk, PartnerData(code="JICA", name="JICA", kind="state_institution", country_code="JP")
        )
        grant = create_budget_line(
            clerk,
            BudgetLineData(
                fiscal_year=2025,
                account_code="4.3.01.01.01.0001",
                description="Hibah peralatan",
                planned_idr=Decimal(2 * 10**7),
            ),
        )
        add_transaction(
            clerk,
            TransactionData(
                budget_line_id=grant,
                occurred_on=date(2025, 7, 1),
                kind="grant",
                amount=Decimal("200.00"),
                currency="USD",
                rate_to_idr=Decimal("16325.5"),
                donor_partner_id=donor,
                form="in_kind",
            ),
        )
    finally:
        database.dispose()
    return path


def _set_my_role(db: str, role: UserRole) -> None:
    database = open_database(db)
    try:
        admin = open_context(database, "admin1")
        me = next(u.id for u in list_users(admin) if u.login == current_os_login())
        set_user_role(admin, me, role)
    finally:
        database.dispose()


def test_budget_writes_the_workbook_and_prints_the_totals(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anggaran-2025.xlsx"
    assert main(["--db", db, "budget", "--year", "2025", "--out", str(out), "--paper", "f4"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "Fiscal year 2025 (open): 2 budget lines, 2 transactions."
    assert (
        printed[1] == "Spending: ceiling IDR 100,000,000; realised IDR 16,325,500 (16.33 %); remaining IDR 83,674,500."
    )
    assert printed[2] == (
        "Revenue (grants): target IDR 20,000,000; received IDR 3,265,100 (16.33 %): cash IDR 0, in kind IDR 3,265,100."
    )
    assert printed[3].startswith(f"Written to {out} in ")
    book = load_workbook(out)
    assert book.sheetnames[0] == SUMMARY_SHEET
    assert int(book[SUMMARY_SHEET].page_setup.paperSize) == 14  # --paper f4: Folio, 215 x 330 mm
    before = out.read_bytes()
    assert main(["--db", db, "--lang", "id", "budget", "--year", "2025", "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err and out.read_bytes() == before  # replaced only with --force
    assert main(["--db", db, "--lang", "id", "budget", "--year", "2025", "--out", str(out), "--force"]) == 0
    assert capsys.readouterr().out.splitlines()[1:3] == [
        "Belanja: pagu Rp 100.000.000; realisasi Rp 16.325.500 (16,33 %); sisa Rp 83.674.500.",
        "Pendapatan (hibah): target Rp 20.000.000; diterima Rp 3.265.100 (16,33 %): uang Rp 0, barang/jasa "
        "Rp 3.265.100.",
    ]


def test_budget_of_a_year_without_lines_says_so_and_bad_arguments_are_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.xlsx"
    assert main(["--db", db, "budget", "--year", "2031", "--out", str(empty)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[:2] == [
        "Fiscal year 2031 (open): 0 budget lines, 0 transactions.",
        "The year has no budget lines: the workbook says so.",
    ]
    book = load_workbook(empty)
    assert book.sheetnames == [SUMMARY_SHEET]
    texts = [c.value for row in book[SUMMARY_SHEET].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Tahun anggaran 2031 belum memiliki baris anggaran") for t in texts)
    assert main(["--db", db, "budget", "--year", "2025", "--out", str(tmp_path / "x.csv")]) == 1
    assert "ending in .xlsx" in capsys.readouterr().err
    assert main(["--db", db, "budget", "--year", "26", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "not a year between 2000 and 2100" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_closing_and_reopening_follow_the_role_in_the_database(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    login = current_os_login()
    assert main(["--db", db, "close-year", "2025"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Only the head or an administrator may close fiscal year 2025; {login} is a clerk."
    )
    _set_my_role(db, UserRole.HEAD)
    assert main(["--db", db, "close-year", "2025"]) == 0
    assert capsys.readouterr().out.strip().endswith("its 2 budget lines and 2 transactions are locked.")
    assert main(["--db", db, "--lang", "id", "close-year", "2025"]) == 1
    assert capsys.readouterr().err.startswith("Tahun anggaran 2025 sudah ditutup")
    assert main(["--db", db, "reopen-year", "2025", "--reason", "short"]) == 1
    assert "say why the year is reopened" in capsys.readouterr().err
    _set_my_role(db, UserRole.CLERK)
    assert main(["--db", db, "reopen-year", "2025", "--reason", REASON]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Only a user with the head's role may reopen fiscal year 2025; {login} is a clerk."
    )
    _set_my_role(db, UserRole.HEAD)
    assert main(["--db", db, "reopen-year", "2025", "--reason", REASON]) == 0
    assert capsys.readouterr().out.strip() == (
        "Fiscal year 2025 is open again; the reason is recorded in the audit trail."
    )
    database = open_database(db)
    try:
        assert not get_year(open_context(database, "admin1"), 2025).closed
        with database.sessions() as session:
            changes = session.scalars(
                select(AuditEntry.changes).where(AuditEntry.entity == "fiscal_year").order_by(AuditEntry.id.desc())
            ).first()
        assert json.loads(changes)["reopen_reason"] == [None, REASON]
    finally:
        database.dispose()
