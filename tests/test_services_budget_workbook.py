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
from openpyxl import load_workbook
from sqlalchemy import func, select

import recalc
from secretariat.documents.budget_xlsx import LINES_SHEET, SUMMARY_SHEET, TRANSACTIONS_SHEET, write_budget_workbook
from secretariat.domain.enums import UserRole
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import AgreementData, BudgetLineData, PartnerData, TransactionData
from secretariat.domain.workbooks import NO_AGREEMENT
from secretariat.services.agreements.records import create_agreement
from secretariat.services.budget.accounts import AccountData, create_account
from secretariat.services.budget.exchange_rates import RateData, create_rate
from secretariat.services.budget.fiscal_years import (
    CorrectionData,
    add_correction,
    close_year,
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
from secretariat.services.partners.records import create_partner
from secretariat.services.users import list_users, set_user_role
from secretariat.storage.models import AuditEntry, BudgetLine, Transaction

TRAVEL, MEALS, GRANTS = "5.1.02.04.02.0001", "5.1.02.01.01.0052", "4.3.01.01.0001"


@pytest.fixture
def ctx(database) -> ServiceContext:
    admin = open_context(database, "admin1")
    open_context(database, "head1")
    set_user_role(admin, next(u.id for u in list_users(admin) if u.login == "head1"), UserRole.HEAD)
    return open_context(database, "head1")


def _tx(
    line_id: int, on: date, amount: str, currency: str = "IDR", rate: str | None = None, **changes: object
) -> TransactionData:
    values: dict[str, object] = {
        "budget_line_id": line_id,
        "occurred_on": on,
        "kind": "realisation",
        "amount": Decimal(amount),
        "currency": currency,
        "rate_to_idr": Decimal(rate) if rate else None,
    }
    values.update(changes)
    return TransactionData(**values)  # type: ignore[arg-type]


def _multi_currency_year(ctx: ServiceContext) -> dict[str, int]:
    """Fiscal year 2026 in five currencies, with grants, an over-plan line and a correction of closed 2025."""
    for code, name in (
        (TRAVEL, "Belanja Perjalanan Dinas Biasa - Luar Negeri"),
        (MEALS, "Belanja Makanan dan Minuman Rapat"),
        (GRANTS, "Pendapatan Hibah"),
    ):
        create_account(ctx, AccountData(code=code, name=name))
    for currency, on, rate in (("EUR", date(2026, 3, 6), "17750.25"), ("KRW", date(2026, 8, 14), "11.7325")):
        create_rate(ctx, RateData(currency=currency, on=on, rate=rate, source="Bank Indonesia JISDOR"))
    jica = create_partner(
        ctx,
        PartnerData(
            code="JICA", name="Japan International Cooperation Agency", kind="state_institution", country_code="JP"
        ),
    )
    gyeonggi = create_partner(
        ctx, PartnerData(code="GG", name="Gyeonggi-do", kind="regional_government", country_code="KR")
    )
    mou = create_agreement(
        ctx,
        AgreementData(
            number="001/KSDPL/2024",
            title_id="MoU Jawa Barat - Gyeonggi",
            title_en="MoU West Java - Gyeonggi",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[gyeonggi],
        ),
    )
    # A title SUMIFS would read as a pattern: must still be matched exactly.
    pks = create_agreement(
        ctx,
        AgreementData(
            number="PKS 2026?",
            title_id="Pelatihan vokasi*",
            title_en="Vocational training*",
            kind="ksdll",
            instrument="arrangement",
            partner_ids=[jica],
        ),
    )

    def line(code: str, planned: int, description: str, agreement: int | None = None, year: int = 2026) -> int:
        return create_budget_line(
            ctx,
            BudgetLineData(
                fiscal_year=year,
                account_code=code,
                description=description,
                planned_idr=Decimal(planned),
                agreement_id=agreement,
                activity="Fasilitasi Kerja Sama Daerah",
            ),
        )

    ids = {
        "travel_mou": line(TRAVEL, 450_000_000, "Kunjungan kerja ke Gyeonggi", mou),
        "meals_mou": line(MEALS, 25_000_000, "Rapat koordinasi kelompok kerja", mou),
        "travel_pks": line(TRAVEL, 120_000_000, "Studi banding pelatihan vokasi ke Jepang", pks),
        "grant_pks": line(GRANTS, 0, "Hibah peralatan bengkel", pks),
        "meals": line(MEALS, 15_000_000, "Jamuan delegasi masuk"),
    }
    add = add_transaction
    add(ctx, _tx(ids["travel_mou"], date(2026, 3, 9), "12345.67", "USD", "16325.50"))
    add(ctx, _tx(ids["travel_mou"], date(2026, 3, 9), "2500.00", "EUR"))  # EUR from the rate table (6 March)
    add(ctx, _tx(ids["travel_mou"], date(2026, 8, 17), "3250000", "KRW"))  # KRW from the table (14 August)
    add(ctx, _tx(ids["travel_mou"], date(2026, 8, 17), "0.03", "USD", "150"))  # 4.50 -> 5, half up
    add(ctx, _tx(ids["meals_mou"], date(2026, 4, 2), "18750000"))
    add(ctx, _tx(ids["meals_mou"], date(2026, 5, 20), "9999999"))  # over plan now: 28,749,999 > 25,000,000
    add(ctx, _tx(ids["travel_pks"], date(2026, 6, 1), "850000", "JPY", "108.3150"))
    add(ctx, _tx(ids["travel_pks"], date(2026, 6, 3), "1234.56", "USD", "16410.005"))
    add(
        ctx,
        _tx(
            ids["grant_pks"],
            date(2026, 7, 1),
            "25000000",
            "JPY",
            "108.3150",
            kind="grant",
            donor_partner_id=jica,
            form="in_kind",
            description="Mesin bubut dan alat ukur",
        ),
    )
    add(
        ctx,
        _tx(ids["travel_mou"], date(2026, 9, 1), "40000.00", "USD", "16200", kind="grant", donor_partner_id=gyeonggi),
    )
    add(ctx, _tx(ids["meals"], date(2026, 10, 5), "4800000"))
    # 2025, closed with a payment booked ten times too large; corrected in 2026.
    old_line = line(TRAVEL, 300_000_000, "Kunjungan kerja 2025", mou, year=2025)
    wrong = add(ctx, _tx(old_line, date(2025, 11, 3), "10000.00", "USD", "15900", reference="SP2D-1103"))
    close_year(ctx, 2025)
    ids["correction"] = add_correction(
        ctx,
        CorrectionData(
            corrects_id=wrong,
            budget_line_id=ids["travel_mou"],
            occurred_on=date(2026, 1, 15),
            amount="-9000.00",
            reason="Tercatat USD 10.000 seharusnya USD 1.000 (BA koreksi 01)",
            reference="BA-01/2026",
        ),
    )
    return ids


def test_the_year_is_read_as_it_is_stored(ctx: ServiceContext) -> None:
    ids = _multi_currency_year(ctx)
    data = budget_year(ctx, 2026)
    assert data.fiscal_year == 2026 and data.region_name.startswith("(Nama daerah belum diisi")
    assert [line.ref for line in data.lines] == [
        str(i) for i in (ids["grant_pks"], ids["meals"], ids["meals_mou"], ids["travel_mou"], ids["travel_pks"])
    ]
    agreements = {line.ref: line.agreement for line in data.lines}
    assert agreements[str(ids["travel_mou"])] == "001/KSDPL/2024 - MoU Jawa Barat - Gyeonggi"
    assert agreements[str(ids["grant_pks"])] == "PKS 2026? - Pelatihan vokasi*"
    assert agreements[str(ids["meals"])] is None
    assert len(data.transactions) == 12 and data.transactions[0].occurred_on == date(2026, 1, 15)
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
    with pytest.raises(UserError, match="Fiscal year 2031 has no budget lines"):
        budget_year(ctx, 2031)


def _int(value: object) -> int:
    assert isinstance(value, (int, float)), value
    assert float(value) == round(float(value)), value
    return int(round(float(value)))


def test_the_recalculated_workbook_equals_the_programs_totals(ctx: ServiceContext, tmp_path: Path) -> None:
    recalc.require_libreoffice()
    ids = _multi_currency_year(ctx)
    out = tmp_path / "out"
    out.mkdir()
    export = export_budget_workbook(ctx, 2026, out / "anggaran-2026.xlsx", write_budget_workbook)
    totals = fiscal_year_totals(ctx, 2026)
    assert export.totals == totals == next(y.totals for y in list_years(ctx) if y.year == 2026)
    assert (export.lines, export.transactions) == (5, 12)
    assert sorted(p.name for p in out.iterdir()) == ["anggaran-2026.xlsx"]  # no partial file left
    layout = export.written
    book = recalc.computed_workbook(export.path, tmp_path / "recalculated")
    lines, trx, summary = book[LINES_SHEET], book[TRANSACTIONS_SHEET], book[SUMMARY_SHEET]

    # The year: Excel's totals are the database's.
    assert _int(recalc.named_value(book, "TOTAL_PAGU")) == totals.planned_idr == 610_000_000
    assert _int(recalc.named_value(book, "TOTAL_REALISASI")) == totals.realised_idr
    assert _int(recalc.named_value(book, "TOTAL_HIBAH")) == totals.grants_idr

    # Every transaction's rupiah, as stored; every line's totals, as the services compute them.
    data = budget_year(ctx, 2026)
    assert [_int(trx[f"H{row}"].value) for row in layout.transaction_rows] == [t.idr_amount for t in data.transactions]
    for row, item in zip(layout.line_rows, data.lines):
        expected = get_budget_line(ctx, int(item.ref)).totals
        assert [_int(lines[f"{c}{row}"].value) for c in "GHIK"] == [
            expected.planned_idr,
            expected.realised_idr,
            expected.remaining_idr,
            expected.grants_idr,
        ], item.ref

    # Per agreement: the summary sheet equals the overview the GUI shows.
    overview = {(f.number or NO_AGREEMENT): f for f in year_overview(ctx, 2026).by_agreement}
    for key, row in layout.agreement_rows.items():
        figures = overview[key.split(" - ")[0] if key != NO_AGREEMENT else NO_AGREEMENT]
        got = [_int(summary[f"{c}{row}"].value) for c in "BCDEG"]
        t = figures.totals
        assert got == [figures.lines, t.planned_idr, t.realised_idr, t.remaining_idr, t.grants_idr], key
    over = [o.budget_line_id for o in year_overview(ctx, 2026).over_plan]
    assert over == [ids["meals_mou"]]
    over_row = layout.line_rows[[line.ref for line in data.lines].index(str(ids["meals_mou"]))]
    assert lines[f"H{over_row}"].value > lines[f"G{over_row}"].value


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
    assert (totals.realised_idr, totals.grants_idr) == (realised_idr, grants_idr)
    # A raw sum of amounts (any currency, in units or minor units) is nowhere near, and is not what is shown.
    data = budget_year(ctx, 2026)
    raw_units = sum(t.amount for t in data.transactions if t.kind.value == "realisation")
    raw_minor = sum(m for kind, _c, m, _i in rows if kind == "realisation")
    assert totals.realised_idr not in (raw_units, raw_minor)
    # Per currency, amounts are added only within their currency.
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for t in data.transactions:
        if t.kind.value == "realisation":
            by_currency[t.currency] += t.amount
    overview = year_overview(ctx, 2026)
    assert {c.currency: c.realised for c in overview.currencies if c.realised} == dict(by_currency)
    assert sum(c.realised_idr for c in overview.currencies) == totals.realised_idr
    # No USD amount appears as a rupiah figure of the workbook: its rupiah column holds amount x rate.
    export = export_budget_workbook(ctx, 2026, tmp_path / "year.xlsx", write_budget_workbook)
    formulas = load_workbook(export.path)[TRANSACTIONS_SHEET]
    for row, t in zip(export.written.transaction_rows, data.transactions):
        assert formulas[f"H{row}"].value == f"=ROUND(F{row}*G{row},0)"
        assert formulas[f"E{row}"].value == t.currency and Decimal(str(formulas[f"G{row}"].value)) == t.rate
    sheet_lines = load_workbook(export.path)[LINES_SHEET]
    realised_formula = sheet_lines[f"H{export.written.line_rows[0]}"].value
    assert realised_formula.startswith("=SUMIFS(TRANSAKSI_RP,")  # rupiah only, never the amount column


def test_export_refuses_what_it_cannot_write_and_keeps_the_old_file(ctx: ServiceContext, tmp_path: Path) -> None:
    _multi_currency_year(ctx)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "year.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(UserError, match="is a folder"):
        export_budget_workbook(ctx, 2026, tmp_path, write_budget_workbook)
    with pytest.raises(UserError, match="ending in .xlsx"):
        export_budget_workbook(ctx, 2026, tmp_path / "year.xls", write_budget_workbook)
    with pytest.raises(UserError, match="does not exist"):
        export_budget_workbook(ctx, 2026, tmp_path / "missing" / "year.xlsx", write_budget_workbook)

    def broken(_data: object, path: Path) -> None:
        path.write_bytes(b"half a workbook")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export_budget_workbook(ctx, 2026, target, broken)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["year.xlsx"]
    steps: list[tuple[int, int]] = []
    export_budget_workbook(ctx, 2026, target, write_budget_workbook, progress=lambda d, t, _x: steps.append((d, t)))
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert load_workbook(target).sheetnames == [SUMMARY_SHEET, LINES_SHEET, TRANSACTIONS_SHEET]


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
        "Fiscal year 2026 has 1 transaction(s) dated outside the year: 2025-12-17 IDR 4,800,000 "
        "(5.1.02.01.01.0052 Jamuan delegasi masuk). Correct their dates or move them to a line of their own year "
        "first."
    )
    assert not (tmp_path / "year.xlsx").exists()
