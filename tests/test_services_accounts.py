"""The chart of accounts: editing, closing instead of deleting codes in use, import from Excel (all or nothing).

On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from secretariat.domain.errors import DependencyError, UserError, ValidationError
from secretariat.domain.records import BudgetLineData
from secretariat.services.budget.accounts import (
    AccountData,
    AccountImportError,
    create_account,
    delete_account,
    get_account,
    import_accounts,
    list_accounts,
    set_account_active,
    update_account,
)
from secretariat.services.budget.lines import create_budget_line, list_budget_lines
from secretariat.services.context import ServiceContext, open_context
from secretariat.storage.models import Account, AuditEntry

TRAVEL = "5.1.02.04.02.0001"


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _line(code: str) -> BudgetLineData:
    return BudgetLineData(
        fiscal_year=2026,
        account_code=code,
        description="Perjalanan dinas luar negeri",
        planned_idr=Decimal(100_000_000),
    )


def _workbook(path: Path, rows: list[list[object]], title: str = "Bagan akun", before: list[list[object]] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in before:
        sheet.append(row)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _accounts(ctx: ServiceContext) -> list[tuple[str, str, bool]]:
    return [(a.code, a.name, a.active) for a in list_accounts(ctx)]


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.database.sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "account")) or 0


def test_accounts_are_listed_in_the_order_of_their_numbers(ctx: ServiceContext) -> None:
    for code in ("5.1.10", "5.1.2", "5.1.02.04.02.0001", "4.1"):
        create_account(ctx, AccountData(code=code, name=f"Akun {code}"))
    assert [a.code for a in list_accounts(ctx)] == ["4.1", "5.1.2", "5.1.02.04.02.0001", "5.1.10"]
    assert [a.code for a in list_accounts(ctx, search="akun 5.1.1")] == ["5.1.10"]
    assert [a.code for a in list_accounts(ctx, search="5.1.0")] == ["5.1.02.04.02.0001"]


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (AccountData(code="5102", name="x"), {"code"}),
        (AccountData(code="5.1.x", name="x"), {"code"}),
        (AccountData(code=" ", name="x"), {"code"}),
        (AccountData(code="5.1", name=" "), {"name"}),
        (AccountData(code="5." + "1" * 60, name="x" * 301), {"code", "name"}),
    ],
)
def test_bad_accounts_are_refused_naming_the_field(ctx: ServiceContext, data: AccountData, fields: set[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        create_account(ctx, data)
    assert caught.value.fields == fields
    assert list_accounts(ctx) == []


def test_a_code_is_unique(ctx: ServiceContext) -> None:
    create_account(ctx, AccountData(code=TRAVEL, name="Belanja Perjalanan Dinas Biasa - Luar Negeri"))
    with pytest.raises(ValidationError, match=f"'{TRAVEL}' is already in the chart of accounts"):
        create_account(ctx, AccountData(code=f" {TRAVEL} ", name="Again"))


def test_an_account_in_use_keeps_its_code_and_is_closed_not_deleted(ctx: ServiceContext) -> None:
    account_id = create_account(ctx, AccountData(code=TRAVEL, name="Perjalanan dinas luar negeri"))
    spare = create_account(ctx, AccountData(code="5.1.02.04.02.0002", name="Spare"))
    create_budget_line(ctx, _line(TRAVEL))
    assert get_account(ctx, account_id).lines == 1
    with pytest.raises(ValidationError, match="1 budget line"):
        update_account(ctx, account_id, AccountData(code="5.1.02.04.02.0009", name="Renamed"))
    with pytest.raises(DependencyError) as caught:
        delete_account(ctx, account_id)
    assert caught.value.dependents == {"budget line(s)": 1} and "Close it instead" in caught.value.message_en
    update_account(ctx, account_id, AccountData(code=TRAVEL, name="Belanja Perjalanan Dinas Biasa - Luar Negeri"))
    set_account_active(ctx, account_id, False)
    # A closed account: no new line may use it, the old line keeps it.
    with pytest.raises(ValidationError, match="closed in the chart of accounts"):
        create_budget_line(ctx, _line(TRAVEL))
    assert [line.account_code for line in list_budget_lines(ctx, 2026)] == [TRAVEL]
    assert [a.code for a in list_accounts(ctx, include_inactive=False)] == ["5.1.02.04.02.0002"]
    # An unused account may change its code and be deleted.
    update_account(ctx, spare, AccountData(code="5.1.02.04.02.0003", name="Spare"))
    delete_account(ctx, spare)
    assert _accounts(ctx) == [(TRAVEL, "Belanja Perjalanan Dinas Biasa - Luar Negeri", False)]


def test_unknown_account_codes_are_refused_once_a_chart_exists(ctx: ServiceContext) -> None:
    create_budget_line(ctx, _line("9.9.9"))  # no chart yet
    create_account(ctx, AccountData(code=TRAVEL, name="Perjalanan dinas luar negeri"))
    with pytest.raises(ValidationError) as caught:
        create_budget_line(ctx, _line("5.1.02.04.02.9999"))
    assert str(caught.value) == "Account code: '5.1.02.04.02.9999' is not in the chart of accounts"
    assert len(list_budget_lines(ctx, 2026)) == 1


# --- import ------------------------------------------------------------------------------------------------


def test_import_adds_and_updates_from_a_sheet_with_a_title_above_the_header(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    create_account(ctx, AccountData(code="5.1.02.04.02.0001", name="Old name"))
    create_account(ctx, AccountData(code="4.1.04.16", name="Kept as it is"))
    path = _workbook(
        tmp_path / "bagan.xlsx",
        [
            ["Kode Rekening", "Uraian", "Aktif"],
            ["5.1.02.04.02.0001", "Belanja Perjalanan Dinas Biasa - Luar Negeri", "Ya"],
            ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa - Dalam Negeri", "Tidak"],
            [None, None, None],
            ["4.1.04.16", "Kept as it is", None],
            ["  5.1.02.01.01.0052  ", "Belanja Makanan dan Minuman Rapat", ""],
        ],
        before=[["BAGAN AKUN STANDAR PEMERINTAH PROVINSI"], []],
    )
    result = import_accounts(ctx, path)
    assert (result.sheet, result.added, result.updated, result.unchanged) == (
        "Bagan akun",
        ("5.1.02.04.01.0001", "5.1.02.01.01.0052"),
        ("5.1.02.04.02.0001",),
        1,
    )
    assert _accounts(ctx) == [
        ("4.1.04.16", "Kept as it is", True),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", True),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa - Dalam Negeri", False),
        ("5.1.02.04.02.0001", "Belanja Perjalanan Dinas Biasa - Luar Negeri", True),
    ]
    # Importing the same file again changes nothing.
    audited = _audit_count(ctx)
    again = import_accounts(ctx, path)
    assert (again.added, again.updated, again.unchanged) == ((), (), 4)
    assert _audit_count(ctx) == audited


def test_import_with_any_bad_row_writes_nothing_and_says_where(ctx: ServiceContext, tmp_path: Path) -> None:
    create_account(ctx, AccountData(code=TRAVEL, name="Unchanged"))
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["Code", "Name", "Active"],
            ["5.1.02.01.01.0052", "Fine row", "yes"],
            ["5102", "Not dotted", "yes"],
            [5.1, "Typed as a number", None],
            ["5.1.02.01.01.0053", None, None],
            ["5.1.02.01.01.0052", "Given twice", None],
            ["5.1.02.01.01.0054", "Odd flag", "maybe"],
            [TRAVEL, "Would rename", None],
        ],
        title="Chart",
    )
    before = _audit_count(ctx)
    with pytest.raises(AccountImportError) as caught:
        import_accounts(ctx, path)
    where = [(p.sheet, p.row, p.column) for p in caught.value.problems]
    assert where == [("Chart", 3, "A"), ("Chart", 4, "A"), ("Chart", 5, "B"), ("Chart", 6, "A"), ("Chart", 7, "C")]
    messages = [p.describe("en") for p in caught.value.problems]
    assert messages[0] == "Sheet Chart, row 3, column A: '5102' is not a dotted account code such as 5.1.02.04.02.0001"
    assert "stored as a number" in messages[1] and "format the column as Text" in messages[1]
    assert messages[2] == "Sheet Chart, row 5, column B: is required"
    assert "given twice (first in row 2)" in messages[3]
    assert "neither yes nor no" in messages[4]
    assert caught.value.message("id").startswith("Tidak ada yang diimpor: Lembar Chart, baris 3, kolom A")
    assert _accounts(ctx) == [(TRAVEL, "Unchanged", True)]
    assert _audit_count(ctx) == before


def test_import_refuses_files_it_cannot_use(ctx: ServiceContext, tmp_path: Path) -> None:
    not_excel = tmp_path / "notes.xlsx"
    not_excel.write_text("not a workbook")
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        import_accounts(ctx, not_excel)
    with pytest.raises(UserError, match="There is no file"):
        import_accounts(ctx, tmp_path / "missing.xlsx")
    no_header = _workbook(tmp_path / "header.xlsx", [["Nomor", "Judul"], ["5.1", "x"]])
    with pytest.raises(UserError, match="no sheet has a header row"):
        import_accounts(ctx, no_header)
    empty = _workbook(tmp_path / "empty.xlsx", [["Kode", "Nama"]])
    with pytest.raises(UserError, match="no accounts below the header row"):
        import_accounts(ctx, empty)
    with pytest.raises(UserError, match="has no sheet 'Akun'"):
        import_accounts(ctx, empty, sheet="Akun")
    assert list_accounts(ctx) == []


def test_import_reads_bilingual_headers_as_the_programs_own_workbooks_write_them(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = _workbook(
        tmp_path / "own.xlsx",
        [["Kode rekening\nAccount code", "Uraian\nDescription"], ["5.1.02.04.02.0001", "Perjalanan dinas luar negeri"]],
    )
    assert import_accounts(ctx, path).added == ("5.1.02.04.02.0001",)
    with ctx.database.sessions() as session:
        assert session.scalar(select(Account.name)) == "Perjalanan dinas luar negeri"


# --- the side of each account: revenue, spending, financing -------------------------------------------------


def test_a_new_account_takes_its_parents_side_else_its_groups(ctx: ServiceContext) -> None:
    from secretariat.domain.enums import BudgetSide
    from secretariat.services.budget.accounts import suggested_side

    # the office marks its own group 7 as financing: its children follow the chart, not a fixed table
    create_account(ctx, AccountData("7.1", "Penerimaan pembiayaan khusus", side=BudgetSide.FINANCING))
    assert suggested_side(ctx, "7.1.01") == BudgetSide.FINANCING
    child = create_account(ctx, AccountData("7.1.01", "Penerimaan pinjaman daerah"))
    assert get_account(ctx, child).side == BudgetSide.FINANCING
    grant = create_account(ctx, AccountData("4.3.01.01.01.0001", "Pendapatan hibah dari luar negeri"))
    travel = create_account(ctx, AccountData(TRAVEL, "Belanja perjalanan dinas luar negeri"))
    assert (get_account(ctx, grant).side, get_account(ctx, travel).side) == (BudgetSide.REVENUE, BudgetSide.SPENDING)
    # the chart decides, even against the first segment: an account the office files as revenue is revenue
    odd = create_account(ctx, AccountData("5.9.99", "Penerimaan kembali belanja", side="revenue"))
    assert get_account(ctx, odd).side == BudgetSide.REVENUE
    line = create_budget_line(ctx, _line("5.9.99"))
    from secretariat.services.budget.lines import get_budget_line

    assert get_budget_line(ctx, line).side == BudgetSide.REVENUE
    with pytest.raises(ValidationError) as caught:
        create_account(ctx, AccountData("9.1", "X", side="assets"))
    assert [p.field for p in caught.value.problems] == ["side"]


def test_a_side_change_that_would_misfile_transactions_is_refused(ctx: ServiceContext) -> None:
    from secretariat.domain.records import TransactionData
    from secretariat.services.budget.lines import add_transaction

    account = create_account(ctx, AccountData(TRAVEL, "Belanja perjalanan dinas luar negeri"))
    line = create_budget_line(ctx, _line(TRAVEL))
    update_account(ctx, account, AccountData(TRAVEL, "Belanja perjalanan dinas LN", side="revenue"))  # no rows yet
    update_account(ctx, account, AccountData(TRAVEL, "Belanja perjalanan dinas LN", side="spending"))
    add_transaction(
        ctx,
        TransactionData(
            budget_line_id=line,
            occurred_on=date(2026, 3, 1),
            kind="realisation",
            amount=Decimal(1_000_000),
            currency="IDR",
        ),
    )
    with pytest.raises(ValidationError) as caught:
        update_account(ctx, account, AccountData(TRAVEL, "Belanja perjalanan dinas LN", side="revenue"))
    assert [p.field for p in caught.value.problems] == ["side"]
    assert f"{TRAVEL} (revenue)" in caught.value.problems[0].message_en
    assert get_account(ctx, account).side == "spending"


def test_import_reads_the_account_group_column(ctx: ServiceContext, tmp_path: Path) -> None:
    from secretariat.domain.enums import BudgetSide

    path = _workbook(
        tmp_path / "bagan.xlsx",
        [
            ["Kode", "Uraian", "Kelompok"],
            ["4.3.01.01.01.0001", "Pendapatan hibah", "Pendapatan"],
            [TRAVEL, "Belanja perjalanan dinas LN", "Belanja"],
            ["6.1.01", "Penerimaan pembiayaan", "financing"],
            ["5.1.02.02.01.0035", "Jasa penerjemahan", None],
            ["5.1.02.02.01.0036", "Jasa juru bahasa", "Aset"],
        ],
    )
    with pytest.raises(AccountImportError) as caught:
        import_accounts(ctx, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(6, "C")]
    assert "Pendapatan, Belanja atau Pembiayaan" in caught.value.problems[0].describe("id")
    path = _workbook(
        tmp_path / "bagan2.xlsx",
        [
            ["Kode", "Uraian", "Kelompok"],
            ["4.3.01.01.01.0001", "Pendapatan hibah", "Pendapatan"],
            [TRAVEL, "Belanja perjalanan dinas LN", "Belanja"],
            ["6.1.01", "Penerimaan pembiayaan", "financing"],
            ["5.1.02.02.01.0035", "Jasa penerjemahan", None],
        ],
    )
    import_accounts(ctx, path)
    sides = {a.code: a.side for a in list_accounts(ctx)}
    assert sides == {
        "4.3.01.01.01.0001": BudgetSide.REVENUE,
        "5.1.02.02.01.0035": BudgetSide.SPENDING,
        TRAVEL: BudgetSide.SPENDING,
        "6.1.01": BudgetSide.FINANCING,
    }
