"""The fiscal-year budget workbook: revenue and spending apart, SUMIFS over rupiah only, values stored with the
formulas, recalculated values equal to the program's, fixed Indonesian formats, a signature never alone."""

from __future__ import annotations

import dataclasses
import io
import random
import re
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
    SIDE_SHEETS,
    SUMMARY_SHEET,
    TABLE_HEADER_ROW,
    TRANSACTIONS_SHEET,
    criterion_is_exact,
    line_key,
    write_budget_workbook,
)
from secretariat.domain.budget_figures import BudgetFigures, RevenueFigures, SpendingFigures
from secretariat.domain.enums import BudgetSide, GrantForm, TransactionKind
from secretariat.domain.errors import ValidationError
from secretariat.domain.workbooks import (
    NO_AGREEMENT,
    BudgetLineItem,
    BudgetTransaction,
    BudgetYear,
    Signatory,
)

REALISATION, GRANT = TransactionKind.REALISATION, TransactionKind.GRANT
SPENDING, REVENUE = BudgetSide.SPENDING, BudgetSide.REVENUE
SPENDING_SHEET, REVENUE_SHEET = SIDE_SHEETS[SPENDING], SIDE_SHEETS[REVENUE]

# Agreement keys chosen to trip a naive SUMIFS: a wildcard, a number, a dash-and-digits text.
AGREEMENTS = (
    "001/KSDPL/2024 - MoU Jawa Barat - Gyeonggi",
    "PKS 2026? Pelatihan vokasi",
    "2027",
    "014/KSDPL/2025 - Sister province Queensland",
)
SPENDING_ACCOUNTS = ("5.1.02.04.02.0001", "5.1.02.01.01.0052", "5.1")
GRANT_ACCOUNT = "4.3.01.01.01.0001"
RATES = {
    "USD": Decimal("16325.50"),
    "EUR": Decimal("17750.25"),
    "JPY": Decimal("108.3150"),
    "KRW": Decimal("11.7325"),
    "IDR": Decimal(1),
}
SIGNED = {
    "prepared_by": Signatory("Siti Rahmawati, S.E.", "Bendahara Pengeluaran Pembantu", "198203152006042003"),
    "approved_by": Signatory("Dr. Bambang Sutrisno", "Kepala Biro Pemerintahan dan Kerja Sama", "197001011995031001"),
    "place": "Bandung",
    "prepared_on": date(2026, 12, 30),
}


def multi_currency_year(lines: int = 14, transactions: int = 70, seed: int = 7) -> BudgetYear:
    """Spending lines (every fifth a grant line, revenue) with realisations and grants in five currencies."""
    rnd = random.Random(seed)
    budget_lines = tuple(
        BudgetLineItem(
            ref=str(1000 + i),  # database ids: numeric text, which must not confuse the formulas
            account_code=GRANT_ACCOUNT if i % 5 == 4 else SPENDING_ACCOUNTS[i % len(SPENDING_ACCOUNTS)],
            description=f"Perjalanan dinas dan pertemuan koordinasi tahap {i + 1}" if i % 5 != 4 else f"Hibah {i}",
            planned_idr=250_000_000 + i * 17_500_000,
            activity="Fasilitasi Kerja Sama Daerah",
            agreement=AGREEMENTS[i % 4] if i % 7 else None,
            delegation_code=f"DL-2026-{i:03d}" if i % 3 == 0 else None,
            side=REVENUE if i % 5 == 4 else SPENDING,
        )
        for i in range(lines)
    )
    sides = {line.ref: line.side for line in budget_lines}
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
        ref = str(1000 + (j * 3) % lines)
        kind = GRANT if sides[ref] == REVENUE else REALISATION
        trx.append(
            BudgetTransaction(
                occurred_on=date(2026, 1, 1) + timedelta(days=(j * 5) % 365),
                line_ref=ref,
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
    return BudgetYear("Pemerintah Provinsi Jawa Barat", 2026, budget_lines, tuple(trx), **SIGNED)  # type: ignore[arg-type]


# --- The program's own figures ---------------------------------------------------------------------


def test_summary_keeps_each_side_apart_and_groups_by_agreement_and_account() -> None:
    year = BudgetYear(
        "Kota Bandung",
        2026,
        (
            BudgetLineItem("a", "5.1.02.04.02.0001", "Kunjungan", 100_000_000, agreement="MoU X"),
            BudgetLineItem("b", "5.1.02.04.02.0001", "Pertemuan", 50_000_000),
            BudgetLineItem("c", GRANT_ACCOUNT, "Hibah", 200_000_000, agreement="MoU X", side=REVENUE),
        ),
        (
            BudgetTransaction(date(2026, 2, 1), "a", REALISATION, "USD", Decimal("1000.00"), Decimal("16325.50")),
            BudgetTransaction(date(2026, 2, 2), "a", REALISATION, "USD", Decimal("1.00"), Decimal("16325.50")),
            BudgetTransaction(date(2026, 2, 3), "b", REALISATION, "IDR", Decimal(60_000_000), Decimal(1)),
            BudgetTransaction(
                date(2026, 2, 4), "c", GRANT, "JPY", Decimal(1_000_000), Decimal("108.315"), GrantForm.IN_KIND, "JICA"
            ),
            BudgetTransaction(date(2026, 2, 5), "c", GRANT, "USD", Decimal("500.00"), Decimal("16000"), donor="JICA"),
        ),
    )
    s = year.summary()
    assert s.lines[0] == BudgetFigures(spending=SpendingFigures(100_000_000, 16_325_500 + 16_326))
    assert s.lines[1].spending.remaining_idr == -10_000_000 and s.lines[1].spending.percent_realised == Decimal("120")
    assert s.lines[2] == BudgetFigures(revenue=RevenueFigures(200_000_000, 8_000_000, 108_315_000))
    spending, revenue = s.sides[SPENDING], s.sides[REVENUE]
    assert [(g.key, g.lines, g.figures.spending.planned_idr) for g in spending.by_agreement] == [
        ("MoU X", 1, 100_000_000),
        (NO_AGREEMENT, 1, 50_000_000),
    ]
    assert [(g.key, g.figures.revenue.received_idr) for g in revenue.by_agreement] == [("MoU X", 116_315_000)]
    assert [g.key for g in spending.by_account] == ["5.1.02.04.02.0001"]
    assert spending.total.figures.spending == SpendingFigures(150_000_000, 76_341_826)
    assert revenue.total.figures.revenue.percent_received == Decimal("58.16")  # 116,315,000 / 200,000,000
    assert s.total.spending.planned_idr == 150_000_000 and s.total.revenue.target_idr == 200_000_000


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
        BudgetTransaction(date(2026, 1, 9), "1000", REALISATION, "USD", Decimal("2.00"), Decimal("0")),
    )
    with pytest.raises(ValidationError) as caught:
        write_budget_workbook(dataclasses.replace(year, transactions=bad), io.BytesIO())
    problems = {p.field: p.message_en for p in caught.value.problems}
    assert "budget line '9999'" in problems["transaction 1 (2026-01-05)"]
    assert "rate 1" in problems["transaction 2 (2026-01-06)"]
    assert "more decimals than JPY" in problems["transaction 3 (2026-01-07)"]
    assert "(32651)" in problems["transaction 4 (2026-01-08)"]  # 2 x 16,325.50 = 32,651
    assert "outside fiscal year 2026" in problems["transaction 5 (2025-12-31)"]
    assert "more than zero" in problems["transaction 6 (2026-01-09)"]


@pytest.mark.parametrize(
    ("key", "exact"),
    [
        ("001/KSDPL/2024 - MoU Jawa Barat", True),
        ("BL-00001", True),
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


def test_sheets_named_ranges_and_formulas_keep_the_sides_apart(tmp_path: Path) -> None:
    year = multi_currency_year()
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    wb = load_workbook(tmp_path / "year.xlsx")
    assert wb.sheetnames == [SUMMARY_SHEET, SPENDING_SHEET, REVENUE_SHEET, TRANSACTIONS_SHEET]
    last_trx = FIRST_DATA_ROW + len(year.transactions) - 1
    assert wb.defined_names["TRANSAKSI_RP"].attr_text == f"'Transaksi'!$I${FIRST_DATA_ROW}:$I${last_trx}"
    spending, revenue, trx, summary = wb[SPENDING_SHEET], wb[REVENUE_SHEET], wb[TRANSACTIONS_SHEET], wb[SUMMARY_SHEET]
    row = layout.line_rows[SPENDING][0]
    assert spending[f"A{row}"].value == line_key(0, SPENDING) == "BL-00001"
    assert spending[f"H{row}"].value == f"=SUMIFS(TRANSAKSI_RP,TRANSAKSI_BARIS,$A{row})"
    assert spending[f"I{row}"].value == f"=G{row}-H{row}"
    row = layout.line_rows[REVENUE][0]
    assert revenue[f"A{row}"].value == "PD-00001"
    assert revenue[f"H{row}"].value == f'=SUMIFS(TRANSAKSI_RP,TRANSAKSI_BARIS,$A{row},TRANSAKSI_BENTUK,"Uang")'
    assert revenue[f"I{row}"].value == f'=SUMIFS(TRANSAKSI_RP,TRANSAKSI_BARIS,$A{row},TRANSAKSI_BENTUK,"Barang / jasa")'
    assert (
        revenue[f"J{row}"].value == f"=H{row}+I{row}" and revenue[f"K{row}"].value == f'=IF(G{row}=0,"",J{row}/G{row})'
    )
    for t_row, t in zip(layout.transaction_rows, year.transactions, strict=True):
        assert trx[f"I{t_row}"].value == f"=ROUND(G{t_row}*H{t_row},0)"
        assert trx[f"F{t_row}"].value == t.currency
    # only the rupiah column is ever summed: no formula adds the raw amounts of column G
    formulas = [
        c.value for ws in wb for r in ws.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert not any("SUM(G" in f and "Transaksi" in f for f in formulas)
    span = f"D{FIRST_DATA_ROW}:D{last_trx}"
    spending_total, revenue_total = layout.transaction_total_rows[SPENDING], layout.transaction_total_rows[REVENUE]
    assert trx[f"I{spending_total}"].value == f'=SUMIFS(I{FIRST_DATA_ROW}:I{last_trx},{span},"Belanja")'
    assert trx[f"I{revenue_total}"].value == f'=SUMIFS(I{FIRST_DATA_ROW}:I{last_trx},{span},"Pendapatan")'
    # summary: SUMIFS over the side's own ranges, SUMPRODUCT for keys that would act as patterns
    plain = layout.agreement_rows[SPENDING][AGREEMENTS[0]]
    assert summary[f"C{plain}"].value == f"=SUMIFS(BELANJA_PAGU,BELANJA_PERJANJIAN,$A{plain})"
    tricky = layout.agreement_rows[SPENDING][AGREEMENTS[1]]
    assert summary[f"D{tricky}"].value == f"=SUMPRODUCT(--(BELANJA_PERJANJIAN=$A{tricky}),BELANJA_REALISASI)"
    assert summary[f"F{plain}"].value == f'=IF(C{plain}=0,"",D{plain}/C{plain})'
    grant_row = layout.agreement_rows[REVENUE][AGREEMENTS[0]]
    assert summary[f"E{grant_row}"].value == f"=SUMIFS(PENDAPATAN_BARANG,PENDAPATAN_PERJANJIAN,$A{grant_row})"
    # no formula of the workbook reads a spending range and a revenue range together
    for formula in formulas:
        assert not ("BELANJA_" in formula and "PENDAPATAN_" in formula), formula


def test_every_formula_carries_its_value_for_previewers(tmp_path: Path) -> None:
    year = multi_currency_year()
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    cached = load_workbook(tmp_path / "year.xlsx", data_only=True)
    formulas = load_workbook(tmp_path / "year.xlsx")
    empty = [
        (ws.title, c.coordinate)
        for ws in formulas
        for r in ws.iter_rows()
        for c in r
        if isinstance(c.value, str) and c.value.startswith("=") and cached[ws.title][c.coordinate].value is None
    ]
    assert empty == []
    s = year.summary()
    total = layout.total_rows[SPENDING][0]
    assert cached[SUMMARY_SHEET][f"D{total}"].value == s.sides[SPENDING].total.figures.spending.realised_idr
    revenue_total = layout.total_rows[REVENUE][0]
    assert cached[SUMMARY_SHEET][f"F{revenue_total}"].value == s.sides[REVENUE].total.figures.revenue.received_idr
    # pandas-like readers get numbers too
    percent = cached[SUMMARY_SHEET][f"F{total}"].value
    spent = s.sides[SPENDING].total.figures.spending
    assert percent == pytest.approx(spent.realised_idr / spent.planned_idr, rel=1e-15)


def test_formats_are_fixed_indonesian_and_columns_fit_their_longest_amount(tmp_path: Path) -> None:
    path = tmp_path / "year.xlsx"
    year = multi_currency_year()
    layout = write_budget_workbook(year, path)
    wb = load_workbook(path)
    spending = wb[SPENDING_SHEET]
    assert spending[f"G{FIRST_DATA_ROW}"].style == "Sekretariat Rupiah"
    assert spending[f"G{FIRST_DATA_ROW}"].number_format == '[$-421]"Rp "#,##0;[Red][$-421]-"Rp "#,##0'
    trx = wb[TRANSACTIONS_SHEET]
    assert trx[f"G{FIRST_DATA_ROW}"].number_format == '[$-421]"USD "#,##0.00;[Red][$-421]-"USD "#,##0.00'
    assert trx[f"G{FIRST_DATA_ROW + 2}"].number_format == '[$-421]"JPY "#,##0;[Red][$-421]-"JPY "#,##0'
    assert st.format_amount(-1_234_567) == "-Rp 1.234.567"
    assert st.format_amount(Decimal("1234.5"), "USD") == "USD 1.234,50"
    # every money column is at least as wide as its longest amount, bold, plus padding
    s = year.summary()
    longest_planned = max(
        len(st.format_amount(v))
        for v in [line.planned_idr for line in year.lines_of(SPENDING)]
        + [s.sides[SPENDING].total.figures.spending.planned_idr]
    )
    assert layout.widths[SPENDING_SHEET]["G"] >= longest_planned * 1.1
    longest_amount = max(len(st.format_amount(t.amount, t.currency)) for t in year.transactions)
    assert layout.widths[TRANSACTIONS_SHEET]["G"] >= longest_amount * 1.1
    assert wb[TRANSACTIONS_SHEET].column_dimensions["G"].width == layout.widths[TRANSACTIONS_SHEET]["G"]


def test_conditional_formatting_chart_signatures_and_print_settings(tmp_path: Path) -> None:
    path = tmp_path / "year.xlsx"
    year = multi_currency_year()
    layout = write_budget_workbook(year, path)
    wb = load_workbook(path)
    spending = wb[SPENDING_SHEET]
    last = layout.line_rows[SPENDING][-1]
    rules = {str(cf.sqref): list(cf.rules) for cf in spending.conditional_formatting}
    rule = rules[f"A{FIRST_DATA_ROW}:J{last}"][0]
    assert rule.formula == [f"$H{FIRST_DATA_ROW}>$G{FIRST_DATA_ROW}"]
    assert rule.dxf.fill.bgColor.rgb.endswith("FFC7CE")  # red fill
    assert list(wb[REVENUE_SHEET].conditional_formatting) == []  # a grant above target is no fault
    for ws in wb:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.page_setup.fitToWidth == 1
        assert "Jawa Barat" in ws.oddHeader.left.text and "2026" in ws.oddHeader.right.text
    for name in (SPENDING_SHEET, REVENUE_SHEET, TRANSACTIONS_SHEET):
        assert wb[name].print_title_rows == f"${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}"
    assert wb[TRANSACTIONS_SHEET].freeze_panes == f"A{FIRST_DATA_ROW}"
    assert spending.freeze_panes == f"B{FIRST_DATA_ROW}"
    summary = wb[SUMMARY_SHEET]
    first, last_sig = layout.signature_rows
    texts = [summary.cell(r, c).value for r in range(first, last_sig + 1) for c in (1, 4)]
    assert "Disusun oleh / Prepared by" in texts and "Disetujui oleh / Approved by" in texts
    assert "NIP. 198203152006042003" in texts and "NIP. 197001011995031001" in texts
    assert "Kepala Biro Pemerintahan dan Kerja Sama" in texts and "Bandung, 30 Desember 2026" in texts
    # no page break inside the signature block nor just before it: it stays with the rows above
    assert not any(first - 2 <= b < last_sig for b in layout.page_breaks)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    c_first, c_last = layout.chart_rows
    assert "<barChart>" in chart and '<barDir val="bar"/>' in chart
    # two series: spending realised and grants received, from their own columns
    assert f"<f>'Ringkasan'!B{c_first - 1}</f>" in chart and f"<f>'Ringkasan'!C{c_first - 1}</f>" in chart
    assert f"'Ringkasan'!$B${c_first}:$B${c_last}" in chart
    assert f"'Ringkasan'!$C${c_first}:$C${c_last}" in chart
    assert summary[f"B{c_first - 1}"].value.startswith("Realisasi belanja")
    assert summary[f"C{c_first - 1}"].value.startswith("Hibah diterima")


def test_past_twenty_agreements_the_chart_shows_those_with_the_most_money(tmp_path: Path) -> None:
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
    trx = tuple(
        BudgetTransaction(date(2026, 3, 1), str(i), REALISATION, "IDR", Decimal(1000 * (i % 25 + 1)), Decimal(1))
        for i in range(75)
    )
    year = BudgetYear("Kota Bandung", 2026, lines, trx)
    layout = write_budget_workbook(year, tmp_path / "year.xlsx")
    ws = load_workbook(tmp_path / "year.xlsx")[SUMMARY_SHEET]
    first, last = layout.chart_rows
    assert last - first + 1 == 20
    assert "most spent or received" in str(ws.cell(first - 2, 1).value)
    realised = {g.key: g.figures.spending.realised_idr for g in year.summary().sides[SPENDING].by_agreement}
    largest = sorted(realised, key=lambda key: -realised[key])[:20]
    for offset, key in enumerate(largest):
        source = layout.agreement_rows[SPENDING][key]
        short = f'=IF(LEN(A{source})>48,LEFT(A{source},47)&"…",A{source})'
        assert [ws.cell(first + offset, c).value for c in (1, 2)] == [short, f"=D{source}"]


def test_a_year_without_lines_gives_a_workbook_that_says_so(tmp_path: Path) -> None:
    layout = write_budget_workbook(BudgetYear("Kota Bandung", 2031, ()), tmp_path / "empty.xlsx")
    wb = load_workbook(tmp_path / "empty.xlsx")
    assert wb.sheetnames == [SUMMARY_SHEET]
    texts = [c.value for r in wb[SUMMARY_SHEET].iter_rows() for c in r if isinstance(c.value, str)]
    assert any(t.startswith("Tahun anggaran 2031 belum memiliki baris anggaran") for t in texts)
    assert any(t.startswith("Tidak ada baris pendapatan") for t in texts)
    assert layout.line_rows == {} and layout.chart_rows == (0, -1)


def test_a_large_year_streams_every_row(tmp_path: Path) -> None:
    year = multi_currency_year(lines=2_000, transactions=10_000, seed=3)
    layout = write_budget_workbook(year, tmp_path / "big.xlsx")
    assert len(layout.line_rows[SPENDING]) + len(layout.line_rows[REVENUE]) == 2_000
    assert len(layout.transaction_rows) == 10_002  # with the two extra
    wb = load_workbook(tmp_path / "big.xlsx", read_only=True)
    trx_rows = list(wb[TRANSACTIONS_SHEET].iter_rows(min_col=1, max_col=1, values_only=True))
    line_rows = list(wb[SPENDING_SHEET].iter_rows(min_col=1, max_col=1, values_only=True))
    wb.close()
    assert len(trx_rows) == FIRST_DATA_ROW + 10_003  # header rows, data, a total per side
    assert trx_rows[-3] == (10_002,)
    assert trx_rows[-2:] == [
        ("JUMLAH REALISASI BELANJA (Rp) / TOTAL SPENDING REALISED (IDR)",),
        ("JUMLAH PENDAPATAN (HIBAH) DITERIMA (Rp) / TOTAL GRANTS RECEIVED (IDR)",),
    ]
    assert len(line_rows) == FIRST_DATA_ROW + len(layout.line_rows[SPENDING])
    assert line_rows[-2] == (line_key(len(layout.line_rows[SPENDING]) - 1, SPENDING),)


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


def test_the_sheet_row_writer_reads_back_as_openpyxl_wrote_it(tmp_path: Path) -> None:
    """The year's sheets are written by xlsx_cache's own row writer (text put together per row): read back by
    openpyxl, every cell has the value, type and style openpyxl's own writer gives it, a reused template cell
    included (a formula-like text, then a number: text with a quote prefix, then a plain number)."""
    from openpyxl import Workbook

    from secretariat.documents.xlsx_cache import Computed, stream_cached_values

    book = Workbook(write_only=True)
    styles = st.StyleBook(book)
    values: list[tuple[object, ...]] = [
        ('=HYPERLINK("http://evil.example","x")', 5, Decimal("12.5"), date(2026, 3, 1), " spaced ", "a & <b>"),
        (7, "+62 31 555", -3, None, True, Computed("=1+2", 3)),
    ]
    sheet = book.create_sheet("S")
    assert stream_cached_values(sheet)
    template = styles.row_template(sheet, (st.TEXT, st.RUPIAH, st.RATE, st.DATE, st.TEXT, st.TEXT))
    for row in values:
        sheet.append(template.fill(row))
    path = tmp_path / "rows.xlsx"
    book.save(path)

    read = load_workbook(path)["S"]
    first, second = read[1], read[2]
    assert first[0].value == values[0][0] and first[0].data_type == "s"
    assert (first[1].value, first[2].value, first[4].value, first[5].value) == (5, 12.5, " spaced ", "a & <b>")
    assert first[3].value.date() == date(2026, 3, 1) and first[3].is_date
    assert second[0].value == 7 and second[1].value == "+62 31 555"
    assert (second[2].value, second[3].value, second[4].value) == (-3, None, True)
    assert second[5].value == "=1+2"
    assert load_workbook(path, data_only=True)["S"]["F2"].value == 3  # the formula's stored value
    assert first[1].number_format == second[1].number_format != "General"  # the style of each column kept
    # Excel's quote prefix (openpyxl does not read it back: the styles' XML is read here): on formula-like
    # text only; the reused cell that held one lost it with its number.
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        styles_xml = archive.read("xl/styles.xml").decode()
    cell_formats = re.findall(r"<xf [^>]*>", styles_xml.split("<cellXfs", 1)[1].split("</cellXfs>", 1)[0])
    style_of = dict(re.findall(r'<c r="([A-Z]+[0-9]+)" s="([0-9]+)"', sheet_xml))

    def quoted(ref: str) -> bool:
        return 'quotePrefix="1"' in cell_formats[int(style_of[ref])]

    assert quoted("A1") and quoted("B2")
    assert not quoted("A2") and not quoted("E1") and not quoted("B1")


# --- Recalculated by LibreOffice -------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    return recalc.require_libreoffice()


def _int(value: object) -> int:
    assert isinstance(value, (int, float)), value
    assert float(value) == round(float(value)), value
    return round(float(value))


def test_recalculated_workbook_equals_the_programs_summary_and_the_stored_values(tmp_path: Path, soffice: str) -> None:
    year = multi_currency_year()
    path = tmp_path / "year.xlsx"
    layout = write_budget_workbook(year, path)
    expected = year.summary()
    wb = recalc.computed_workbook(path)
    trx, summary = wb[TRANSACTIONS_SHEET], wb[SUMMARY_SHEET]
    assert [_int(trx[f"I{row}"].value) for row in layout.transaction_rows] == [t.idr for t in year.transactions]
    assert _int(trx[f"I{layout.transaction_rows[-1]}"].value) == 16_326  # 1 USD x 16,325.50, half up
    figures = dict(zip((line.ref for line in year.lines), expected.lines, strict=True))
    for row, line in zip(layout.line_rows[SPENDING], year.lines_of(SPENDING), strict=True):
        f = figures[line.ref].spending
        sheet = wb[SPENDING_SHEET]
        assert [_int(sheet[f"{c}{row}"].value) for c in "GHI"] == [f.planned_idr, f.realised_idr, f.remaining_idr]
    for row, line in zip(layout.line_rows[REVENUE], year.lines_of(REVENUE), strict=True):
        r = figures[line.ref].revenue
        sheet = wb[REVENUE_SHEET]
        got = [_int(sheet[f"{c}{row}"].value) for c in "GHIJ"]
        assert got == [r.target_idr, r.cash_idr, r.in_kind_idr, r.received_idr]
    for side, columns in ((SPENDING, "BCDE"), (REVENUE, "BCDEF")):
        part = expected.sides[side]
        for rows, groups in (
            (layout.agreement_rows[side], part.by_agreement),
            (layout.account_rows[side], part.by_account),
        ):
            assert list(rows) == [g.key for g in groups]
            for g in groups:
                got = [_int(summary[f"{c}{rows[g.key]}"].value) for c in columns]
                if side is SPENDING:
                    s = g.figures.spending
                    assert got == [g.lines, s.planned_idr, s.realised_idr, s.remaining_idr], g.key
                else:
                    r = g.figures.revenue
                    assert got == [g.lines, r.target_idr, r.cash_idr, r.in_kind_idr, r.received_idr], g.key
    assert NO_AGREEMENT in layout.agreement_rows[SPENDING]
    total = expected.sides[SPENDING].total.figures.spending
    assert _int(recalc.named_value(wb, "TOTAL_BELANJA_REALISASI")) == total.realised_idr
    assert _int(trx[f"I{layout.transaction_total_rows[SPENDING]}"].value) == total.realised_idr
    received = expected.sides[REVENUE].total.figures.revenue.received_idr
    assert _int(trx[f"I{layout.transaction_total_rows[REVENUE]}"].value) == received
    # the values stored with the formulas are LibreOffice's own
    cached = load_workbook(path, data_only=True)
    formulas = load_workbook(path)
    checked = 0
    for ws in formulas:
        for r in ws.iter_rows():
            for cell in r:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine, theirs = cached[ws.title][cell.coordinate].value, wb[ws.title][cell.coordinate].value
                    if isinstance(theirs, int | float):
                        assert mine == pytest.approx(theirs, rel=1e-12, abs=1e-9), (ws.title, cell.coordinate)
                    else:
                        assert (mine or "") == (theirs or ""), (ws.title, cell.coordinate)
                    checked += 1
    assert checked > 150


def test_a_changed_rate_in_the_file_flows_to_the_line_and_the_summary(tmp_path: Path, soffice: str) -> None:
    year = multi_currency_year(lines=6, transactions=20)
    path = tmp_path / "year.xlsx"
    layout = write_budget_workbook(year, path)
    index = next(i for i, t in enumerate(year.transactions) if t.currency == "EUR" and t.kind == REALISATION)
    old = year.transactions[index]
    edited = load_workbook(path)
    edited[TRANSACTIONS_SHEET][f"H{layout.transaction_rows[index]}"] = 18000.5
    edited.save(path)
    changed = list(year.transactions)
    changed[index] = dataclasses.replace(old, rate=Decimal("18000.5"))
    expected = dataclasses.replace(year, transactions=tuple(changed)).summary()
    assert expected.total.spending.realised_idr != year.summary().total.spending.realised_idr
    wb = recalc.computed_workbook(path)
    refs = [line.ref for line in year.lines_of(SPENDING)]
    line_index = refs.index(old.line_ref)
    figures = dict(zip((line.ref for line in year.lines), expected.lines, strict=True))
    row = layout.line_rows[SPENDING][line_index]
    assert _int(wb[SPENDING_SHEET][f"H{row}"].value) == figures[old.line_ref].spending.realised_idr
    assert _int(recalc.named_value(wb, "TOTAL_BELANJA_REALISASI")) == expected.total.spending.realised_idr


def test_the_rupiah_format_does_not_follow_the_pcs_locale(tmp_path: Path, soffice: str) -> None:
    """Printed under an English and a German locale, the amounts read the Indonesian way both times."""
    import os
    import subprocess

    year = multi_currency_year(lines=6, transactions=12)
    path = tmp_path / "year.xlsx"
    write_budget_workbook(year, path)
    texts = []
    for locale in ("en_US.UTF-8", "de_DE.UTF-8"):
        out = tmp_path / locale
        environment = {**os.environ, "LANG": locale, "LC_ALL": locale}
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(path),
            ],
            check=True,
            capture_output=True,
            env=environment,
            timeout=300,
        )
        texts.append(
            subprocess.run(
                ["pdftotext", "-layout", str(out / "year.pdf"), "-"], capture_output=True, text=True, check=True
            ).stdout
        )
    total = year.summary().sides[SPENDING].total.figures.spending.planned_idr
    assert st.format_amount(total) in texts[0] and st.format_amount(total) in texts[1]
    assert f"Rp {total:,}" not in texts[0]  # never "Rp 1,234,567"


def test_a_donors_long_name_is_printed_whole(tmp_path: Path, soffice: str) -> None:
    """The donor column wraps: printed, a donor's full name is on the page, not cut at the next column."""
    import subprocess

    year = multi_currency_year(lines=10, transactions=20)
    donor = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)"
    grants = [i for i, trx in enumerate(year.transactions) if trx.kind == GRANT]
    assert grants  # the dataset has grant receipts
    transactions = list(year.transactions)
    for index in grants:
        transactions[index] = dataclasses.replace(transactions[index], donor=donor)
    year = dataclasses.replace(year, transactions=tuple(transactions))
    path = tmp_path / "year.xlsx"
    write_budget_workbook(year, path)

    pdf = recalc.to_pdf(path, tmp_path / "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = text.split()
    # clipped by the next column, LibreOffice printed "Deutsche Gesellschaft für Internationale Z"
    assert words.count("Zusammenarbeit") >= len(grants), text
    assert words.count("(GIZ)") >= len(grants), text


def _odd_text_year() -> BudgetYear:
    """The multi-currency year with text the fast row path must hand to the cells: formula-like text, an error
    code, spaces around, characters outside ASCII (one outside the BMP), markup characters, line breaks."""
    year = multi_currency_year(lines=20, transactions=90)
    odd = (
        '=HYPERLINK("http://evil.example","x")',
        "+62 22 4233347",
        "#N/A",
        "  spasi di depan dan belakang  ",
        "Kraków & <Łódź> … 😀 \"kutip\" 'satu'",
        "baris satu\r\nbaris dua\tkolom",
        "@mention",
    )
    lines = list(year.lines)
    for index in range(0, len(lines), 3):
        lines[index] = dataclasses.replace(
            lines[index], description=odd[index % len(odd)], activity=odd[(index + 1) % len(odd)]
        )
    transactions = list(year.transactions)
    for index in range(0, len(transactions), 4):
        transactions[index] = dataclasses.replace(
            transactions[index], description=odd[index % len(odd)], donor=odd[(index + 3) % len(odd)]
        )
    return dataclasses.replace(year, lines=tuple(lines), transactions=tuple(transactions))


def _cells(source: io.BytesIO) -> dict[str, list[tuple[object, ...]]]:
    """Every cell of every sheet as openpyxl reads it: value (formulas as text), type, stored value, number
    format, font, fill, border, alignment, protection, quote prefix; and each row's height."""
    source.seek(0)
    formulas = load_workbook(source)
    source.seek(0)
    stored = load_workbook(source, data_only=True)
    out: dict[str, list[tuple[object, ...]]] = {}
    for ws in formulas:
        values = stored[ws.title]
        rows: list[tuple[object, ...]] = []
        for row in ws.iter_rows():
            for cell in row:
                rows.append(
                    (
                        cell.coordinate,
                        cell.value,
                        cell.data_type,
                        values[cell.coordinate].value,
                        cell.number_format,
                        repr(cell.font),
                        repr(cell.fill),
                        repr(cell.border),
                        repr(cell.alignment),
                        repr(cell.protection),
                        cell.quotePrefix,
                    )
                )
        rows += [("height", row, dim.height) for row, dim in sorted(ws.row_dimensions.items())]
        out[ws.title] = rows
    return out


def test_template_rows_written_as_text_equal_the_filled_cells_openpyxl_wrote_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lines and transactions sheets hand their values to the row writer (TemplateRow) and it writes each
    row as text into the sheet's file; before, each row filled the template's cells and lxml parsed the row's
    text into an element and serialised it again. Both ways give the same file and, read back by openpyxl, the
    same cells: values, formulas, stored values, formats, styles, quote prefixes, row heights."""
    from lxml import etree

    from secretariat.documents import xlsx_cache

    year = _odd_text_year()
    written, handed_over = [], []
    template_row_xml = xlsx_cache._RowWriter.template_row_xml

    def counting(self: object, row: xlsx_cache.TemplateRow, row_idx: int) -> str | None:
        text = template_row_xml(self, row, row_idx)  # type: ignore[arg-type]
        (written if text is not None else handed_over).append(row_idx)
        return text

    monkeypatch.setattr(xlsx_cache._RowWriter, "template_row_xml", counting)
    now = io.BytesIO()
    write_budget_workbook(year, now)
    # each way taken: most rows from their values, the odd texts' rows through the cells
    assert len(written) > 60 and len(handed_over) > 20

    monkeypatch.undo()
    monkeypatch.setattr(st.RowTemplate, "row", st.RowTemplate.fill)  # every row fills the cells
    monkeypatch.setattr(  # and goes through lxml as an element, as before
        xlsx_cache._RowWriter, "write_text", lambda self, xf, text: xf.write(etree.fromstring(text))
    )
    before = io.BytesIO()
    write_budget_workbook(year, before)

    with zipfile.ZipFile(now) as a, zipfile.ZipFile(before) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if name.startswith("xl/"):
                assert a.read(name) == b.read(name), name
    cells_now, cells_before = _cells(now), _cells(before)
    assert cells_now == cells_before
    transactions = cells_now[TRANSACTIONS_SHEET]
    by_ref = {entry[0]: entry for entry in transactions if entry[0] != "height"}
    first = FIRST_DATA_ROW
    assert by_ref[f"L{first}"][1:4] == (
        '=HYPERLINK("http://evil.example","x")',
        "s",
        '=HYPERLINK("http://evil.example","x")',
    )
    assert by_ref[f"L{first}"][-1] is True  # text, with Excel's quote prefix
    assert by_ref[f"I{first}"][1].startswith("=ROUND(") and isinstance(by_ref[f"I{first}"][3], int)
