"""The budget workbook from the database: a multi-currency year entered through the services, exported,
recalculated by LibreOffice; the totals a clerk sees equal the program's. Bad budget input saves nothing.

On SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

import recalc
from budget_data import (
    LINE_REALISED,
    LINE_RECEIVED,
    MOU,
    PKS,
    REVENUE_CASH,
    REVENUE_IN_KIND,
    REVENUE_PERCENT,
    REVENUE_RECEIVED,
    REVENUE_TARGET,
    SPENDING_PERCENT,
    SPENDING_PLANNED,
    SPENDING_REALISED,
    TRANSACTIONS,
    TRAVEL,
    _tx,
    multi_currency_year,
    sign_budgets,
)
from secretariat.documents.budget_xlsx import SIDE_SHEETS, SUMMARY_SHEET, TRANSACTIONS_SHEET, write_budget_workbook
from secretariat.domain.enums import BudgetSide, UserRole
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import BudgetLineData
from secretariat.domain.workbooks import NO_AGREEMENT
from secretariat.services.budget.accounts import AccountData, create_account
from secretariat.services.budget.fiscal_years import (
    list_years,
    year_overview,
)
from secretariat.services.budget.lines import (
    add_transaction,
    create_budget_line,
    fiscal_year_totals,
    get_budget_line,
    list_budget_lines,
)
from secretariat.services.budget.workbook import budget_year, export_budget_workbook
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.users import list_users, set_user_role
from secretariat.storage.models import AuditEntry, BudgetLine, Transaction


@pytest.fixture
def ctx(database) -> ServiceContext:
    admin = open_context(database, "admin1")
    open_context(database, "head1")
    set_user_role(admin, next(u.id for u in list_users(admin) if u.login == "head1"), UserRole.HEAD)
    return open_context(database, "head1")


_multi_currency_year = multi_currency_year


def test_the_year_is_read_as_it_is_stored(ctx: ServiceContext) -> None:
    ids = _multi_currency_year(ctx)
    data = budget_year(ctx, 2026)
    assert data.fiscal_year == 2026 and data.region_name.startswith("(Nama daerah belum diisi")
    assert data.prepared_by is None and data.approved_by is None  # nobody named in the settings yet
    assert [(line.ref, line.side) for line in data.lines] == [
        (str(ids["grant_pks"]), BudgetSide.REVENUE),
        (str(ids["grant_mou"]), BudgetSide.REVENUE),
        (str(ids["meals"]), BudgetSide.SPENDING),
        (str(ids["meals_mou"]), BudgetSide.SPENDING),
        (str(ids["travel_mou"]), BudgetSide.SPENDING),
        (str(ids["travel_pks"]), BudgetSide.SPENDING),
    ]
    agreements = {line.ref: line.agreement for line in data.lines}
    assert agreements[str(ids["travel_mou"])] == MOU
    assert agreements[str(ids["grant_pks"])] == PKS
    assert agreements[str(ids["meals"])] is None
    assert len(data.transactions) == TRANSACTIONS and data.transactions[0].occurred_on == date(2026, 1, 15)
    correction = data.transactions[0]
    assert (correction.amount, correction.currency, correction.rate, correction.idr_amount) == (
        Decimal("-9000.00"),
        "USD",
        Decimal(15900),
        -143_100_000,
    )
    assert correction.description == (
        "Koreksi atas / Correction of 2025-11-03 USD 10,000.00 (SP2D-1103): "
        "Tercatat USD 10.000 seharusnya USD 1.000 (BA koreksi 01) [BA-01/2026]"
    )
    stored = {
        t.id: t
        for line_id in ids.values()
        if line_id != ids["correction"]
        for t in get_budget_line(ctx, line_id).transactions
    }
    by_key = {(t.occurred_on, t.amount, t.currency): t for t in stored.values()}
    for trx in data.transactions[1:]:
        original = by_key[(trx.occurred_on, trx.amount, trx.currency)]
        assert (trx.rate, trx.idr_amount, trx.idr) == (original.rate_to_idr, original.idr_amount, original.idr_amount)
    eur = next(t for t in data.transactions if t.currency == "EUR")
    assert eur.rate == Decimal("17750.25")  # taken from the rate table
    grant = next(t for t in data.transactions if t.form.value == "in_kind")
    assert (grant.donor, grant.description) == ("Japan International Cooperation Agency", "Mesin bubut dan alat ukur")
    empty = budget_year(ctx, 2031)  # a year without lines: nothing to refuse, the workbook says so
    assert (empty.lines, empty.transactions) == ((), ())
    sign_budgets(ctx)
    signed = budget_year(ctx, 2026)
    assert signed.prepared_by is not None and signed.approved_by is not None
    assert (signed.prepared_by.name, signed.prepared_by.id_number) == ("Siti Rahmawati, S.E.", "198203152006042003")
    assert (signed.approved_by.position, signed.approved_by.id_number) == (
        "Kepala Biro Pemerintahan dan Kerja Sama",
        "197001011995031001",
    )
    assert signed.place == "Bandung"


def test_the_services_keep_revenue_apart_from_spending(ctx: ServiceContext) -> None:
    """The hand-computed figures of tests/budget_data.py, as the services give them."""
    ids = _multi_currency_year(ctx)
    totals = fiscal_year_totals(ctx, 2026)
    s, r = totals.spending, totals.revenue
    assert (s.planned_idr, s.realised_idr, s.remaining_idr) == (SPENDING_PLANNED, SPENDING_REALISED, 323_167_624)
    assert s.percent_realised == SPENDING_PERCENT
    assert (r.target_idr, r.cash_idr, r.in_kind_idr, r.received_idr) == (
        REVENUE_TARGET,
        REVENUE_CASH,
        REVENUE_IN_KIND,
        REVENUE_RECEIVED,
    )
    assert r.percent_received == REVENUE_PERCENT
    assert totals.financing.is_empty
    for key, realised in LINE_REALISED.items():
        assert get_budget_line(ctx, ids[key]).totals.spending.realised_idr == realised, key
    for key, (cash, in_kind) in LINE_RECEIVED.items():
        received = get_budget_line(ctx, ids[key]).totals.revenue
        assert (received.cash_idr, received.in_kind_idr) == (cash, in_kind), key
    by_number = {f.number: f.totals for f in year_overview(ctx, 2026).by_agreement}
    assert by_number["001/KSDPL/2024"].spending.realised_idr == 140_955_491 + 28_749_999
    assert by_number["001/KSDPL/2024"].spending.percent_realised == Decimal("35.73")  # 169,705,490 / 475,000,000
    assert by_number["001/KSDPL/2024"].revenue.received_idr == 648_000_000
    assert by_number["PKS 2026?"].revenue.percent_received == Decimal("90.26")  # 2,707,875,000 / 3,000,000,000
    assert by_number[None].spending.realised_idr == 4_800_000 and by_number[None].revenue.is_empty


def _int(value: object) -> int:
    assert isinstance(value, (int, float)), value
    assert float(value) == round(float(value)), value
    return round(float(value))


def test_the_recalculated_workbook_equals_the_programs_totals(ctx: ServiceContext, tmp_path: Path) -> None:
    recalc.require_libreoffice()
    ids = _multi_currency_year(ctx)
    sign_budgets(ctx)
    out = tmp_path / "out"
    out.mkdir()
    export = export_budget_workbook(ctx, 2026, out / "anggaran-2026.xlsx", write_budget_workbook)
    totals = fiscal_year_totals(ctx, 2026)
    assert export.totals == totals == next(y.totals for y in list_years(ctx) if y.year == 2026)
    assert (export.lines, export.transactions) == (6, TRANSACTIONS)
    assert sorted(p.name for p in out.iterdir()) == ["anggaran-2026.xlsx"]  # no partial file left
    layout = export.written
    book = recalc.computed_workbook(export.path, tmp_path / "recalculated")
    spending, revenue = book[SIDE_SHEETS[BudgetSide.SPENDING]], book[SIDE_SHEETS[BudgetSide.REVENUE]]
    trx, summary = book[TRANSACTIONS_SHEET], book[SUMMARY_SHEET]

    # The year: Excel's totals are the database's, each side on its own, to the rupiah.
    assert _int(recalc.named_value(book, "TOTAL_BELANJA_PAGU")) == SPENDING_PLANNED
    assert _int(recalc.named_value(book, "TOTAL_BELANJA_REALISASI")) == SPENDING_REALISED
    assert _int(recalc.named_value(book, "TOTAL_BELANJA_SISA")) == SPENDING_PLANNED - SPENDING_REALISED
    assert _int(recalc.named_value(book, "TOTAL_PENDAPATAN_TARGET")) == REVENUE_TARGET
    assert _int(recalc.named_value(book, "TOTAL_PENDAPATAN_UANG")) == REVENUE_CASH
    assert _int(recalc.named_value(book, "TOTAL_PENDAPATAN_BARANG")) == REVENUE_IN_KIND
    assert _int(recalc.named_value(book, "TOTAL_PENDAPATAN_DITERIMA")) == REVENUE_RECEIVED
    spending_total = layout.total_rows[BudgetSide.SPENDING][0]
    revenue_total = layout.total_rows[BudgetSide.REVENUE][0]
    assert summary[f"F{spending_total}"].value == pytest.approx(float(SPENDING_PERCENT) / 100, abs=5e-5)
    assert summary[f"G{revenue_total}"].value == pytest.approx(float(REVENUE_PERCENT) / 100, abs=5e-5)

    # Every transaction's rupiah, as stored; every line's figures, as the services compute them.
    data = budget_year(ctx, 2026)
    assert [_int(trx[f"I{row}"].value) for row in layout.transaction_rows] == [t.idr_amount for t in data.transactions]
    for side, sheet in ((BudgetSide.SPENDING, spending), (BudgetSide.REVENUE, revenue)):
        for row, item in zip(layout.line_rows[side], data.lines_of(side), strict=True):
            figures = get_budget_line(ctx, int(item.ref)).totals
            if side is BudgetSide.SPENDING:
                expected = [figures.spending.planned_idr, figures.spending.realised_idr, figures.spending.remaining_idr]
                assert [_int(sheet[f"{c}{row}"].value) for c in "GHI"] == expected, item.ref
            else:
                r = figures.revenue
                expected = [r.target_idr, r.cash_idr, r.in_kind_idr, r.received_idr]
                assert [_int(sheet[f"{c}{row}"].value) for c in "GHIJ"] == expected, item.ref
    assert [_int(trx[f"I{row}"].value) for row in layout.transaction_total_rows.values()] == [
        SPENDING_REALISED,
        REVENUE_RECEIVED,
    ]

    # Per agreement: the summary sheet equals the overview the GUI shows.
    overview = {(f.number or NO_AGREEMENT): f for f in year_overview(ctx, 2026).by_agreement}
    for key, row in layout.agreement_rows[BudgetSide.SPENDING].items():
        t = overview[key.split(" - ")[0] if key != NO_AGREEMENT else NO_AGREEMENT].totals.spending
        got = [_int(summary[f"{c}{row}"].value) for c in "CDE"]
        assert got == [t.planned_idr, t.realised_idr, t.remaining_idr], key
    for key, row in layout.agreement_rows[BudgetSide.REVENUE].items():
        t = overview[key.split(" - ")[0]].totals.revenue
        got = [_int(summary[f"{c}{row}"].value) for c in "CDEF"]
        assert got == [t.target_idr, t.cash_idr, t.in_kind_idr, t.received_idr], key
    over = [o.budget_line_id for o in year_overview(ctx, 2026).over_plan]
    assert over == [ids["meals_mou"]]
    over_row = layout.line_rows[BudgetSide.SPENDING][
        [line.ref for line in data.lines_of(BudgetSide.SPENDING)].index(str(ids["meals_mou"]))
    ]
    assert spending[f"H{over_row}"].value > spending[f"G{over_row}"].value
    # No cell anywhere holds spending and revenue added together.
    mixed = {SPENDING_PLANNED + REVENUE_TARGET, SPENDING_REALISED + REVENUE_RECEIVED}
    values = {
        int(c.value)
        for ws in book
        for r in ws.iter_rows()
        for c in r
        if isinstance(c.value, int | float) and float(c.value).is_integer()
    }
    assert not values & mixed

    # The values stored with the formulas are the ones LibreOffice computes again.
    cached = load_workbook(export.path, data_only=True)
    formulas = load_workbook(export.path)
    checked = 0
    for ws in formulas:
        for r in ws.iter_rows():
            for cell in r:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine, theirs = cached[ws.title][cell.coordinate].value, book[ws.title][cell.coordinate].value
                    if isinstance(theirs, int | float) and not isinstance(theirs, bool):
                        assert mine == pytest.approx(theirs, rel=1e-12, abs=1e-9), (ws.title, cell.coordinate)
                    else:
                        assert (mine or "") == (theirs or ""), (ws.title, cell.coordinate)
                    checked += 1
    assert checked > 100


def test_nothing_is_ever_summed_across_currencies_raw(ctx: ServiceContext, tmp_path: Path) -> None:
    _multi_currency_year(ctx)
    totals = fiscal_year_totals(ctx, 2026)
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(Transaction.kind, Transaction.currency, Transaction.amount_minor, Transaction.idr_amount)
            .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
            .where(BudgetLine.fiscal_year == 2026)
        ).all()
    realised_idr = sum(idr for kind, _c, _m, idr in rows if kind == "realisation")
    grants_idr = sum(idr for kind, _c, _m, idr in rows if kind == "grant")
    assert (totals.spending.realised_idr, totals.revenue.received_idr) == (realised_idr, grants_idr)
    # A raw sum of amounts (any currency, in units or minor units) is nowhere near, and is not what is shown.
    data = budget_year(ctx, 2026)
    raw_units = sum(t.amount for t in data.transactions if t.kind.value == "realisation")
    raw_minor = sum(m for kind, _c, m, _i in rows if kind == "realisation")
    assert totals.spending.realised_idr not in (raw_units, raw_minor)
    # Per currency, amounts are added only within their currency.
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for t in data.transactions:
        if t.kind.value == "realisation":
            by_currency[t.currency] += t.amount
    overview = year_overview(ctx, 2026)
    assert {c.currency: c.realised for c in overview.currencies if c.realised} == dict(by_currency)
    assert sum(c.realised_idr for c in overview.currencies) == totals.spending.realised_idr
    # No USD amount appears as a rupiah figure of the workbook: its rupiah column holds amount x rate.
    export = export_budget_workbook(ctx, 2026, tmp_path / "year.xlsx", write_budget_workbook)
    formulas = load_workbook(export.path)[TRANSACTIONS_SHEET]
    for row, t in zip(export.written.transaction_rows, data.transactions, strict=True):
        assert formulas[f"I{row}"].value == f"=ROUND(G{row}*H{row},0)"
        assert formulas[f"F{row}"].value == t.currency and Decimal(str(formulas[f"H{row}"].value)) == t.rate
    sheet_lines = load_workbook(export.path)[SIDE_SHEETS[BudgetSide.SPENDING]]
    realised_formula = sheet_lines[f"H{export.written.line_rows[BudgetSide.SPENDING][0]}"].value
    assert realised_formula.startswith("=SUMIFS(TRANSAKSI_RP,")  # rupiah only, never the amount column


def test_export_refuses_what_it_cannot_write_and_keeps_the_old_file(ctx: ServiceContext, tmp_path: Path) -> None:
    _multi_currency_year(ctx)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "year.xlsx"
    Workbook().save(target)  # the previous export
    previous = target.read_bytes()
    with pytest.raises(UserError, match="is a folder"):
        export_budget_workbook(ctx, 2026, tmp_path, write_budget_workbook)
    with pytest.raises(UserError, match=r"ending in \.xlsx"):
        export_budget_workbook(ctx, 2026, tmp_path / "year.xls", write_budget_workbook)
    with pytest.raises(UserError, match="does not exist"):
        export_budget_workbook(ctx, 2026, tmp_path / "missing" / "year.xlsx", write_budget_workbook)

    def broken(_data: object, path: Path) -> None:
        path.write_bytes(b"half a workbook")
        raise OSError("disk full")

    with pytest.raises(UserError, match="disk full"):
        export_budget_workbook(ctx, 2026, target, broken, force=True)
    assert target.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["year.xlsx"]
    with pytest.raises(UserError, match="--force"):  # an existing workbook is replaced only when asked
        export_budget_workbook(ctx, 2026, target, write_budget_workbook)
    assert target.read_bytes() == previous
    steps: list[tuple[int, int]] = []
    export_budget_workbook(
        ctx, 2026, target, write_budget_workbook, progress=lambda d, t, _x: steps.append((d, t)), force=True
    )
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert load_workbook(target).sheetnames == [SUMMARY_SHEET, "Belanja", "Pendapatan", TRANSACTIONS_SHEET]


def _state(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.database.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(BudgetLine)) or 0,
            session.scalar(select(func.count()).select_from(Transaction)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_bad_budget_input_gets_a_clear_message_and_saves_nothing(ctx: ServiceContext) -> None:
    create_account(ctx, AccountData(code=TRAVEL, name="Belanja Perjalanan Dinas Biasa - Luar Negeri"))
    line_id = create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026, account_code=TRAVEL, description="Kunjungan", planned_idr=Decimal(100_000_000)
        ),
    )
    before = _state(ctx)
    cases = [
        (
            lambda: create_budget_line(
                ctx,
                BudgetLineData(
                    fiscal_year=2026, account_code="5.1.02.04.02.0099", description="x", planned_idr=Decimal(1)
                ),
            ),
            "Account code: '5.1.02.04.02.0099' is not in the chart of accounts",
        ),
        (
            lambda: create_budget_line(
                ctx, BudgetLineData(fiscal_year=2026, account_code=TRAVEL, description="x", planned_idr=Decimal(-5))
            ),
            "Planned: cannot be negative",
        ),
        (
            lambda: add_transaction(ctx, _tx(line_id, date(2026, 3, 9), "100.00", "USD")),  # no rate in the table
            "Rate (Rp per unit): a USD amount needs its exchange rate to IDR",
        ),
    ]
    for attempt, message in cases:
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert str(caught.value) == message
    assert _state(ctx) == before
    assert [line.id for line in list_budget_lines(ctx, 2026)] == [line_id]


def test_a_transaction_dated_outside_its_year_is_named_before_anything_is_written(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """Data not entered through the services (an older import, a hand-made file) is refused clearly."""
    ids = _multi_currency_year(ctx)
    with ctx.database.sessions() as session, session.begin():
        row = session.get(Transaction, get_budget_line(ctx, ids["meals"]).transactions[0].id)
        row.occurred_on = date(2025, 12, 17)
    with pytest.raises(UserError) as caught:
        export_budget_workbook(ctx, 2026, tmp_path / "year.xlsx", write_budget_workbook)
    assert caught.value.message_en == (
        "Fiscal year 2026 has 1 transaction(s) dated outside the year: 17 December 2025 IDR 4,800,000 "
        "(5.1.02.01.01.0052 Jamuan delegasi masuk). Correct their dates or move them to a line of their own year "
        "first."
    )
    assert caught.value.message_id == (
        "Tahun anggaran 2026 memiliki 1 transaksi bertanggal di luar tahun itu: 17 Desember 2025 IDR 4,800,000 "
        "(5.1.02.01.01.0052 Jamuan delegasi masuk). Perbaiki tanggalnya atau pindahkan ke baris tahunnya sendiri "
        "dahulu."
    )
    assert not (tmp_path / "year.xlsx").exists()
