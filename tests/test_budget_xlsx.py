"""The fiscal-year budget workbook: SUMIFS over rupiah only, recalculated values equal to the program's."""

from __future__ import annotations

import dataclasses
import io
import random
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

import recalc
from secretariat.documents import xlsx_styles as st
from secretariat.documents.budget_xlsx import (
    FIRST_DATA_ROW,
    LINES_SHEET,
    SUMMARY_SHEET,
    TABLE_HEADER_ROW,
    TRANSACTIONS_SHEET,
    criterion_is_exact,
    line_key,
    write_budget_workbook,
)
from secretariat.domain.enums import GrantForm, TransactionKind
from secretariat.domain.errors import ValidationError
from secretariat.domain.workbooks import (
    NO_AGREEMENT,
    BudgetLineItem,
    BudgetTransaction,
    BudgetYear,
)

REALISATION, GRANT = TransactionKind.REALISATION, TransactionKind.GRANT

# Agreement keys chosen to trip a naive SUMIFS: a wildcard, a number, a dash-and-digits text.
AGREEMENTS = (
    "001/KSDPL/2024 - MoU Jawa Barat - Gyeonggi",
    "PKS 2026? Pelatihan vokasi",
    "2027",
    "014/KSDPL/2025 - Sister province Queensland",
)
ACCOUNTS = ("5.1.02.04.02.0001", "5.1.02.01.01.0052", "5.1")
RATES = {
    "USD": Decimal("16325.50"),
    "EUR": Decimal("17750.25"),
    "JPY": Decimal("108.3150"),
    "KRW": Decimal("11.7325"),
    "IDR": Decimal(1),
}


def multi_currency_year(lines: int = 14, transactions: int = 70, seed: int = 7) -> BudgetYear:
    rnd = random.Random(seed)
    budget_lines = tuple(
        BudgetLineItem(
            ref=str(1000 + i),  # database ids: numeric text, which must not confuse the formulas
            account_code=ACCOUNTS[i % len(ACCOUNTS)],
            description=f"Perjalanan dinas dan pertemuan koordinasi tahap {i + 1}",
            planned_idr=250_000_000 + i * 17_500_000,
            activity="Fasilitasi Kerja Sama Daerah",
            agreement=AGREEMENTS[i % 5] if i % 5 < len(AGREEMENTS) else None,
            delegation_code=f"DL-2026-{i:03d}" if i % 3 == 0 else None,
        )
        for i in range(lines)
    )
    currencies = list(RATES)
    trx = []
    for j in range(transactions):
        currency = currencies[j % len(currencies)]
        if currency == "IDR":
            amount = Decimal(rnd.randint(1_000_000, 60_000_000))
        elif currency in ("JPY", "KRW"):
            amount = Decimal(rnd.randint(1_000, 900_000))
        else:
            amount = Decimal(rnd.randint(100, 6_000)) + Decimal(rnd.randint(0, 99)) / 100
        kind = GRANT if j % 7 == 0 else REALISATION
        trx.append(
            BudgetTransaction(
                occurred_on=date(2026, 1, 1) + timedelta(days=(j * 5) % 365),
                line_ref=str(1000 + (j * 3) % lines),
                kind=kind,
                currency=currency,
                amount=amount,
                rate=RATES[currency],
                form=GrantForm.IN_KIND if kind == GRANT and j % 2 else GrantForm.CASH,
                donor="Gyeonggi Provincial Government" if kind == GRANT else None,
                description=f"Transaksi nomor {j + 1}",
            )
        )
    # one line goes over its plan, and a half-rupiah conversion rounds up: 1 USD at 16,325.50
    trx.append(BudgetTransaction(date(2026, 6, 1), "1000", REALISATION, "IDR", Decimal(400_000_000), Decimal(1)))
    trx.append(BudgetTransaction(date(2026, 6, 2), "1001", REALISATION, "USD", Decimal("1.00"), RATES["USD"]))
    return BudgetYear("Pemerintah Provinsi Jawa Barat", 2026, budget_lines, tuple(trx))


# --- The program's own figures ---------------------------------------------------------------------


def test_summary_converts_each_transaction_and_groups_by_agreement_and_account() -> None:
    year = BudgetYear(
        "Kota Bandung",
        2026,
        (
            BudgetLineItem("a", "5.1.02.04.02.0001", "Kunjungan", 100_000_000, agreement="MoU X"),
            BudgetLineItem("b", "5.1.02.04.02.0001", "Pertemuan", 50_000_000),
            BudgetLineItem("c", "5.1", "Hibah", 0, agreement="MoU X"),
        ),
        (
            BudgetTransaction(date(2026, 2, 1), "a", REALISATION, "USD", Decimal("1000.00"), Decimal("16325.50")),
            BudgetTransaction(date(2026, 2, 2), "a", REALISATION, "USD", Decimal("1.00"), Decimal("16325.50")),
            BudgetTransaction(date(2026, 2, 3), "b", REALISATION, "IDR", Decimal(60_000_000), Decimal(1)),
            BudgetTransaction(
                date(2026, 2, 4),
                "c",
                GRANT,
                "JPY",
                Decimal(1_000_000),
                Decimal("108.315"),
                form=GrantForm.IN_KIND,
                donor="JICA",
            ),
        ),
    )
    s = year.summary()
    assert [f.realised for f in s.lines] == [16_325_500 + 16_326, 60_000_000, 0]
    assert [f.grants for f in s.lines] == [0, 0, 108_315_000]
    assert s.lines[1].remaining == -10_000_000 and s.lines[1].percent == Decimal("1.2")
    assert s.lines[2].percent is None  # nothing planned
    assert [(g.key, g.planned, g.realised, g.grants, g.lines) for g in s.by_agreement] == [
        ("MoU X", 100_000_000, 16_341_826, 108_315_000, 2),
        (NO_AGREEMENT, 50_000_000, 60_000_000, 0, 1),
    ]
    assert [g.key for g in s.by_account] == ["5.1", "5.1.02.04.02.0001"]
    assert s.total.realised == 76_341_826 and s.total.planned == 150_000_000


def test_bad_transactions_are_refused_naming_each() -> None:
    year = multi_currency_year(lines=2, transactions=0)
    bad = (
        BudgetTransaction(date(2026, 1, 5), "9999", REALISATION, "USD", Decimal("1.00"), Decimal(16000)),
        BudgetTransaction(date(2026, 1, 6), "1000", REALISATION, "IDR", Decimal(5), Decimal(2)),
        BudgetTransaction(date(2026, 1, 7), "1000", REALISATION, "JPY", Decimal("1.5"), Decimal(108)),
        BudgetTransaction(
            date(2026, 1, 8), "1000", REALISATION, "USD", Decimal("2.00"), Decimal("16325.50"), idr_amount=32_650
        ),
        BudgetTransaction(date(2025, 12, 31), "1000", REALISATION, "USD", Decimal("2.00"), Decimal("16000")),
    )
    with pytest.raises(ValidationError) as caught:
        write_budget_workbook(dataclasses.replace(year, transactions=bad), io.BytesIO())
    problems = {p.field: p.message_en for p in caught.value.problems}
    assert "budget line '9999'" in problems["transaction 1 (2026-01-05)"]
    assert "rate 1" in problems["transaction 2 (2026-01-06)"]
    assert "more decimals than JPY" in problems["transaction 3 (2026-01-07)"]
    assert "(32651)" in problems["transaction 4 (2026-01-08)"]  # 2 x 16,325.50 = 32,651
    assert "outside fiscal year 2026" in problems["transaction 5 (2025-12-31)"]


@pytest.mark.parametrize(
    ("key", "exact"),
    [
        ("001/KSDPL/2024 - MoU Jawa Barat", True),
        ("B-00001", True),
        ("PKS 2026? Pelatihan", False),
        ("MoU * semua", False),
        ("2027", False),
        ("5.1.02.04.02.0001", False),
        ("<rahasia>", False),
        ("=MoU", False),
        (" MoU", False),
    ],
)
def test_keys_that_would_act_as_patterns_are_matched_exactly(key: str, exact: bool) -> None:
    assert criterion_is_exact(key) is exact


# --- The written workbook, without recalculation ---------------------------------------------------


def test_sheets_named_ranges_and_formulas(tmp_path: Path) -> None:
    year = multi_currency_year()
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    wb = load_workbook(tmp_path / "year.xlsx")
    assert wb.sheetnames == [SUMMARY_SHEET, LINES_SHEET, TRANSACTIONS_SHEET]
    last_trx = FIRST_DATA_ROW + len(year.transactions) - 1
    assert wb.defined_names["TRANSAKSI_RP"].attr_text == f"'Transaksi'!$H${FIRST_DATA_ROW}:$H${last_trx}"
    lines, trx, summary = wb[LINES_SHEET], wb[TRANSACTIONS_SHEET], wb[SUMMARY_SHEET]
    row = layout.line_rows[0]
    assert lines[f"A{row}"].value == line_key(0)
    assert lines[f"H{row}"].value == f'=SUMIFS(TRANSAKSI_RP,TRANSAKSI_BARIS,$A{row},TRANSAKSI_JENIS,"Realisasi")'
    assert lines[f"K{row}"].value == f'=SUMIFS(TRANSAKSI_RP,TRANSAKSI_BARIS,$A{row},TRANSAKSI_JENIS,"Hibah diterima")'
    assert lines[f"I{row}"].value == f"=G{row}-H{row}"
    for t_row, t in zip(layout.transaction_rows, year.transactions):
        assert trx[f"H{t_row}"].value == f"=ROUND(F{t_row}*G{t_row},0)"
        assert trx[f"E{t_row}"].value == t.currency
    # only the rupiah column is ever summed: no formula adds the raw amounts of column F
    formulas = [
        c.value for ws in wb for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert not any("SUM(F" in f or "SUMIFS(F" in f or "TRANSAKSI_JUMLAH" in f for f in formulas)
    span = f"{FIRST_DATA_ROW}:D{last_trx}"
    assert trx[f"H{last_trx + 1}"].value == f'=SUMIF(D{span},"Realisasi",H{FIRST_DATA_ROW}:H{last_trx})'
    assert trx[f"H{last_trx + 2}"].value == f'=SUMIF(D{span},"Hibah diterima",H{FIRST_DATA_ROW}:H{last_trx})'
    # summary: SUMIFS over the lines sheet, SUMPRODUCT for keys that would act as patterns
    plain = layout.agreement_rows[AGREEMENTS[0]]
    assert summary[f"C{plain}"].value == f"=SUMIFS(ANGGARAN_PAGU,ANGGARAN_PERJANJIAN,$A{plain})"
    tricky = layout.agreement_rows[AGREEMENTS[1]]
    assert summary[f"D{tricky}"].value == f"=SUMPRODUCT(--(ANGGARAN_PERJANJIAN=$A{tricky}),ANGGARAN_REALISASI)"
    assert summary[f"F{plain}"].value == f'=IF(C{plain}=0,"",D{plain}/C{plain})'


def test_conditional_formatting_chart_and_print_settings(tmp_path: Path) -> None:
    path = tmp_path / "year.xlsx"
    year = multi_currency_year()
    layout = write_budget_workbook(year, path)
    wb = load_workbook(path)
    lines = wb[LINES_SHEET]
    last = layout.line_rows[-1]
    rules = {str(cf.sqref): [r for r in cf.rules] for cf in lines.conditional_formatting}
    rule = rules[f"A{FIRST_DATA_ROW}:K{last}"][0]
    assert rule.formula == [f"$H{FIRST_DATA_ROW}>$G{FIRST_DATA_ROW}"]
    assert rule.dxf.fill.bgColor.rgb.endswith("FFC7CE")  # red fill
    assert len(list(wb[SUMMARY_SHEET].conditional_formatting)) == 2
    for ws in wb:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.page_setup.fitToWidth == 1
        assert "Jawa Barat" in ws.oddHeader.left.text and "2026" in ws.oddHeader.right.text
    for name in (LINES_SHEET, TRANSACTIONS_SHEET):
        assert wb[name].print_title_rows == f"${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}"
    assert wb[TRANSACTIONS_SHEET].freeze_panes == f"A{FIRST_DATA_ROW}"
    assert lines.freeze_panes == f"B{FIRST_DATA_ROW}"
    assert lines[f"G{FIRST_DATA_ROW}"].style == "Sekretariat Rupiah"
    assert wb[TRANSACTIONS_SHEET][f"F{FIRST_DATA_ROW}"].number_format == '"USD" #,##0.00'
    assert wb[TRANSACTIONS_SHEET][f"F{FIRST_DATA_ROW + 2}"].number_format == '"JPY" #,##0'
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    first, last_agreement = layout.chart_rows
    # every agreement, in the table's order, as a one-line label of its row in section A; the lines of
    # no agreement are not an agreement
    summary_ws = wb[SUMMARY_SHEET]
    labels = [summary_ws.cell(row, 1).value for row in range(first, last_agreement + 1)]
    assert labels == [
        f'=IF(LEN(A{layout.agreement_rows[k]})>48,LEFT(A{layout.agreement_rows[k]},47)&"…",A{layout.agreement_rows[k]})'
        for k in year.agreements()
    ]
    assert "<barChart>" in chart and '<barDir val="bar"/>' in chart
    assert f"<f>'Ringkasan'!C{first - 1}</f>" in chart  # series name: the planned column's header
    assert f"'Ringkasan'!$C${first}:$C${last_agreement}" in chart
    assert f"'Ringkasan'!$D${first}:$D${last_agreement}" in chart
    assert f"'Ringkasan'!$A${first}:$A${last_agreement}" in chart


def test_past_twenty_agreements_the_chart_shows_the_twenty_largest(tmp_path: Path) -> None:
    lines = tuple(
        BudgetLineItem(
            str(i),
            "5.1.02.04.02.0001",
            f"Kegiatan {i}",
            1_000_000 * (i % 25 + 1) + i,
            agreement=f"{i % 25 + 1:03d}/KSDPL/2025 - Mitra {i % 25 + 1}",
        )
        for i in range(75)
    )
    year = BudgetYear("Kota Bandung", 2026, lines)
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    ws = load_workbook(tmp_path / "year.xlsx")[SUMMARY_SHEET]
    first, last = layout.chart_rows
    assert last - first + 1 == 20
    assert "The 20 agreements with the largest plan" in str(ws.cell(first - 2, 1).value)
    planned = {g.key: g.planned for g in year.summary().by_agreement}
    largest = sorted(planned, key=lambda key: -planned[key])[:20]
    for offset, key in enumerate(largest):
        source = layout.agreement_rows[key]
        short = f'=IF(LEN(A{source})>48,LEFT(A{source},47)&"…",A{source})'
        assert [ws.cell(first + offset, c).value for c in (1, 3, 4)] == [short, f"=C{source}", f"=D{source}"]


def test_a_large_year_streams_every_row(tmp_path: Path) -> None:
    year = multi_currency_year(lines=2_000, transactions=10_000, seed=3)
    layout = write_budget_workbook(year, tmp_path / "big.xlsx")
    assert len(layout.line_rows) == 2_000 and len(layout.transaction_rows) == 10_002  # with the two extra
    wb = load_workbook(tmp_path / "big.xlsx", read_only=True)
    trx_rows = list(wb[TRANSACTIONS_SHEET].iter_rows(min_col=1, max_col=1, values_only=True))
    line_rows = list(wb[LINES_SHEET].iter_rows(min_col=1, max_col=1, values_only=True))
    wb.close()
    assert len(trx_rows) == FIRST_DATA_ROW + 10_003  # header rows, data, a total per kind
    assert trx_rows[-3] == (10_002,)
    assert trx_rows[-2:] == [
        ("JUMLAH REALISASI (Rp) / TOTAL REALISED (IDR)",),
        ("JUMLAH HIBAH DITERIMA (Rp) / TOTAL GRANTS RECEIVED (IDR)",),
    ]
    assert len(line_rows) == FIRST_DATA_ROW + 2_000
    assert line_rows[-2] == (line_key(1_999),)


def test_the_fast_row_path_writes_the_same_file_as_openpyxls_own(monkeypatch: pytest.MonkeyPatch) -> None:
    year = multi_currency_year(lines=30, transactions=120)
    fast = io.BytesIO()
    write_budget_workbook(year, fast)
    monkeypatch.setattr(st, "stream_styled_cells", lambda worksheet: None)
    plain = io.BytesIO()
    write_budget_workbook(year, plain)
    with zipfile.ZipFile(fast) as a, zipfile.ZipFile(plain) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if name.startswith("xl/"):
                assert a.read(name) == b.read(name), name


# --- Recalculated by LibreOffice -------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    return recalc.require_libreoffice()


def _int(value: object) -> int:
    assert isinstance(value, (int, float)), value
    assert float(value) == round(float(value)), value
    return int(round(float(value)))


def test_recalculated_workbook_equals_the_programs_summary(tmp_path: Path, soffice: str) -> None:
    year = multi_currency_year()
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    expected = year.summary()
    wb = recalc.computed_workbook(tmp_path / "year.xlsx")
    trx, lines, summary = wb[TRANSACTIONS_SHEET], wb[LINES_SHEET], wb[SUMMARY_SHEET]
    assert [_int(trx[f"H{row}"].value) for row in layout.transaction_rows] == [t.idr for t in year.transactions]
    assert _int(trx[f"H{layout.transaction_rows[-1]}"].value) == 16_326  # 1 USD x 16,325.50, half up
    for row, figures in zip(layout.line_rows, expected.lines):
        assert _int(lines[f"H{row}"].value) == figures.realised
        assert _int(lines[f"K{row}"].value) == figures.grants
        assert _int(lines[f"I{row}"].value) == figures.remaining
        if figures.percent is not None:
            assert lines[f"J{row}"].value == pytest.approx(float(figures.percent), rel=1e-12)
    over_plan = [row for row, f in zip(layout.line_rows, expected.lines) if f.realised > f.planned]
    assert over_plan and all(lines[f"H{r}"].value > lines[f"G{r}"].value for r in over_plan)
    groups = [(layout.agreement_rows, expected.by_agreement), (layout.account_rows, expected.by_account)]
    for rows, figures in groups:
        assert list(rows) == [g.key for g in figures]
        for g in figures:
            row = rows[g.key]
            got = [_int(summary[f"{c}{row}"].value) for c in "BCDEG"]
            assert got == [g.lines, g.planned, g.realised, g.remaining, g.grants], g.key
            assert summary[f"F{row}"].value == pytest.approx(float(g.percent), rel=1e-12)
    assert NO_AGREEMENT in layout.agreement_rows
    for total_row in layout.summary_total_rows:
        got = [_int(summary[f"{c}{total_row}"].value) for c in "BCDEG"]
        t = expected.total
        assert got == [t.lines, t.planned, t.realised, t.remaining, t.grants]
    assert _int(recalc.named_value(wb, "TOTAL_REALISASI")) == expected.total.realised
    after = layout.transaction_rows[-1]
    assert _int(trx[f"H{after + 1}"].value) == expected.total.realised  # realisations only
    assert _int(trx[f"H{after + 2}"].value) == expected.total.grants  # grants only


def test_a_changed_rate_in_the_file_flows_to_the_line_and_the_summary(tmp_path: Path, soffice: str) -> None:
    year = multi_currency_year(lines=6, transactions=20)
    path = tmp_path / "year.xlsx"
    layout = write_budget_workbook(year, path)
    index = next(i for i, t in enumerate(year.transactions) if t.currency == "EUR" and t.kind == REALISATION)
    old = year.transactions[index]
    edited = load_workbook(path)
    edited[TRANSACTIONS_SHEET][f"G{layout.transaction_rows[index]}"] = 18000.5
    edited.save(path)
    changed = list(year.transactions)
    changed[index] = dataclasses.replace(old, rate=Decimal("18000.5"))
    expected = dataclasses.replace(year, transactions=tuple(changed)).summary()
    assert expected.total.realised != year.summary().total.realised
    wb = recalc.computed_workbook(path)
    line_index = next(i for i, line in enumerate(year.lines) if line.ref == old.line_ref)
    assert _int(wb[LINES_SHEET][f"H{layout.line_rows[line_index]}"].value) == expected.lines[line_index].realised
    assert _int(recalc.named_value(wb, "TOTAL_REALISASI")) == expected.total.realised
