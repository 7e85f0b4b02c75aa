"""A fiscal year's budget and realisation as an Excel workbook with live formulas, streamed.

Three sheets, in this order:

* ``Ringkasan`` (summary): planned, realised, remaining, % realised and grants
  received, by agreement and by APBD account code, each a ``SUMIFS`` over the
  lines sheet; a bar chart of planned against realised per agreement.
* ``Anggaran`` (lines): one row per budget line; realised and grants are
  ``SUMIFS`` over the transactions' rupiah column by line key and kind;
  remaining and percent are formulas; a line whose realisation passes its plan
  turns red (conditional formatting).
* ``Transaksi`` (transactions): one row per transaction in its own currency,
  with its own rate; rupiah = ``ROUND(amount * rate, 0)``. Only this rupiah
  column is ever summed: amounts of different currencies are never added.

The ranges the formulas read are workbook names (``TRANSAKSI_RP``,
``ANGGARAN_PAGU``, ...), so a clerk can read ``=SUMIFS(TRANSAKSI_RP, ...)``
and rows inserted inside a range are included.

The workbook is written in openpyxl's write-only mode (with lxml), row by row:
a year of 10,000 lines and 50,000 transactions stays within seconds and tens of
megabytes. The program's own figures for the same data come from
:meth:`secretariat.domain.workbooks.BudgetYear.summary`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.pagebreak import Break

from secretariat.documents import xlsx_styles as st
from secretariat.domain.enums import GrantForm, TransactionKind
from secretariat.domain.labels import label
from secretariat.domain.workbooks import NO_AGREEMENT, BudgetYear

SUMMARY_SHEET = "Ringkasan"
LINES_SHEET = "Anggaran"
TRANSACTIONS_SHEET = "Transaksi"

TABLE_HEADER_ROW = 4  # on the lines and transactions sheets
FIRST_DATA_ROW = TABLE_HEADER_ROW + 1

REALISATION_TEXT = label(TransactionKind.REALISATION)
GRANT_TEXT = label(TransactionKind.GRANT)

# Workbook names of the ranges the formulas read.
LINES_KEY = "ANGGARAN_KODE"
LINES_ACCOUNT = "ANGGARAN_REKENING"
LINES_AGREEMENT = "ANGGARAN_PERJANJIAN"
LINES_PLANNED = "ANGGARAN_PAGU"
LINES_REALISED = "ANGGARAN_REALISASI"
LINES_GRANTS = "ANGGARAN_HIBAH"
TRX_LINE = "TRANSAKSI_BARIS"
TRX_KIND = "TRANSAKSI_JENIS"
TRX_IDR = "TRANSAKSI_RP"
TOTAL_PLANNED = "TOTAL_PAGU"
TOTAL_REALISED = "TOTAL_REALISASI"
TOTAL_GRANTS = "TOTAL_HIBAH"

#: The chart shows every agreement up to this many, else this many with the largest plan.
CHART_AGREEMENTS = 20
CHART_LABEL_LENGTH = 48  # characters of an agreement's label in the chart

_LINES_COLUMNS = [
    ("A", 10, "Kode baris\nLine"),
    ("B", 20, "Kode rekening\nAccount code"),
    ("C", 28, "Kegiatan\nActivity"),
    ("D", 42, "Uraian\nDescription"),
    ("E", 34, "Perjanjian\nAgreement"),
    ("F", 14, "Delegasi\nDelegation"),
    ("G", 19, "Pagu (Rp)\nPlanned (IDR)"),
    ("H", 19, "Realisasi (Rp)\nRealised (IDR)"),
    ("I", 19, "Sisa (Rp)\nRemaining (IDR)"),
    ("J", 10, "% Realisasi\n% realised"),
    ("K", 19, "Hibah diterima (Rp)\nGrants received (IDR)"),
]

_TRX_COLUMNS = [
    ("A", 8, "No."),
    ("B", 12, "Tanggal\nDate"),
    ("C", 10, "Kode baris\nLine"),
    ("D", 15, "Jenis\nKind"),
    ("E", 9, "Mata uang\nCurrency"),
    ("F", 19, "Jumlah\nAmount"),
    ("G", 13, "Kurs (Rp)\nRate (IDR)"),
    ("H", 19, "Jumlah (Rp)\nAmount (IDR)"),
    ("I", 13, "Bentuk\nForm"),
    ("J", 36, "Donor"),
    ("K", 44, "Uraian\nDescription"),
]

_SUMMARY_COLUMNS = [
    ("A", 52, None),
    ("B", 12, "Jumlah baris\nLines"),
    ("C", 20, "Pagu (Rp)\nPlanned (IDR)"),
    ("D", 20, "Realisasi (Rp)\nRealised (IDR)"),
    ("E", 20, "Sisa (Rp)\nRemaining (IDR)"),
    ("F", 11, "% Realisasi\n% realised"),
    ("G", 20, "Hibah diterima (Rp)\nGrants received (IDR)"),
]

_OVER_PLAN_FILL = PatternFill("solid", bgColor="FFC7CE")
_OVER_PLAN_FONT = Font(color="9C0006")

# A SUMIFS/COUNTIF criterion is a pattern: * ? ~ are wildcards, a leading < > = is an operator,
# and a text that reads as a number or a date matches numbers. Keys like that are matched
# exactly with SUMPRODUCT instead.
_PATTERN_LIKE = re.compile(r"[*?~]|^[<>=]|^[\d\s.,/:+-]+$|^\s|\s$")


def criterion_is_exact(key: str) -> bool:
    """True when ``key`` can be given to SUMIFS as a criterion and match only itself."""
    return not _PATTERN_LIKE.search(key)


def line_key(index: int) -> str:
    """The key of the ``index``-th line (from 0) in the workbook: B-00001, B-00002, ..."""
    return f"B-{index + 1:05d}"


@dataclass(frozen=True)
class BudgetWorkbookLayout:
    """Where things landed, for callers that edit or check the workbook."""

    line_rows: tuple[int, ...]  # row of each budget line on the lines sheet
    transaction_rows: tuple[int, ...]  # row of each transaction
    agreement_rows: dict[str, int]  # summary row of each agreement (and NO_AGREEMENT)
    account_rows: dict[str, int]  # summary row of each account code
    summary_total_rows: tuple[int, int]  # total rows of the by-agreement and by-account tables
    chart_rows: tuple[int, int]  # first and last summary row the chart shows (empty: no chart)


def write_budget_workbook(data: BudgetYear, path_or_stream: str | Path | IO[bytes]) -> BudgetWorkbookLayout:
    """Write ``data`` as an .xlsx workbook to a path or a binary stream; return where things landed."""
    data.validate()
    workbook = Workbook(write_only=True)
    styles = st.StyleBook(workbook)
    summary = workbook.create_sheet(SUMMARY_SHEET)
    lines = workbook.create_sheet(LINES_SHEET)
    transactions = workbook.create_sheet(TRANSACTIONS_SHEET)
    for sheet in (summary, lines, transactions):
        st.stream_styled_cells(sheet)
    writer = _Writer(data, workbook, styles)
    line_rows = writer.lines_sheet(lines)
    transaction_rows = writer.transactions_sheet(transactions)
    agreement_rows, account_rows, totals, chart_rows = writer.summary_sheet(summary)
    workbook.save(path_or_stream)  # type: ignore[arg-type]
    return BudgetWorkbookLayout(line_rows, transaction_rows, agreement_rows, account_rows, totals, chart_rows)


class _Writer:
    def __init__(self, data: BudgetYear, workbook: Workbook, styles: st.StyleBook) -> None:
        self.data = data
        self.workbook = workbook
        self.styles = styles
        self.line_keys = {line.ref: line_key(i) for i, line in enumerate(data.lines)}

    def name(self, name: str, sheet: str, ref: str) -> None:
        self.workbook.defined_names[name] = DefinedName(name, attr_text=f"'{sheet}'!{ref}")

    def titles(
        self,
        ws: object,
        columns: list[tuple[str, float, str | None]],
        title: str,
        *,
        title_rows: str | None,
        footer: str,
        freeze: str | None = None,
    ) -> None:
        # Write-only sheets write their properties (fit to page), views and widths with the first
        # row: everything of that kind is set before it.
        self.print_setup(ws, title_rows, footer)
        if freeze:
            ws.freeze_panes = freeze  # type: ignore[attr-defined]
        st.set_column_widths(ws, [(c, w) for c, w, _ in columns])
        cell = self.styles.cell
        ws.append([cell(ws, self.data.region_name.upper(), st.TITLE_LEFT)])  # type: ignore[attr-defined]
        ws.append([cell(ws, title, st.SUBTITLE_LEFT)])  # type: ignore[attr-defined]
        ws.append(
            [
                cell(
                    ws,
                    "Semua jumlah rupiah dihitung dengan rumus; valuta asing dikonversi dengan "
                    "kurs tanggal transaksi. / All rupiah figures are formulas; foreign amounts are "
                    "converted at each transaction's own rate.",
                    st.NOTE,
                )
            ]
        )  # type: ignore[attr-defined]

    def header_row(self, ws: object, columns: list[tuple[str, float, str | None]], first: str = "") -> None:
        cell = self.styles.cell
        ws.row_dimensions[TABLE_HEADER_ROW].height = 30  # type: ignore[attr-defined]
        ws.append(
            [
                cell(ws, text if text is not None else first, st.HEADER)  # type: ignore[attr-defined]
                for _, _, text in columns
            ]
        )

    def print_setup(self, ws: object, title_rows: str | None, what: str) -> None:
        st.prepare_print(
            ws,
            title_rows=title_rows,
            header_left=self.data.region_name,
            header_right=f"Tahun Anggaran / Fiscal year {self.data.fiscal_year}",
            footer_left=what,
            paper=self.data.paper,
        )

    # -- Anggaran -----------------------------------------------------------------

    def lines_sheet(self, ws: object) -> tuple[int, ...]:
        self.titles(
            ws,
            _LINES_COLUMNS,
            f"RINCIAN ANGGARAN TAHUN {self.data.fiscal_year} / BUDGET LINES, FISCAL YEAR {self.data.fiscal_year}",
            title_rows=f"{TABLE_HEADER_ROW}:{TABLE_HEADER_ROW}",
            footer="Rincian anggaran / Budget lines",
            freeze=f"B{FIRST_DATA_ROW}",
        )
        self.header_row(ws, _LINES_COLUMNS)
        cell = self.styles.cell
        realised_kind = f'{TRX_KIND},"{REALISATION_TEXT}"'
        grant_kind = f'{TRX_KIND},"{GRANT_TEXT}"'
        rows: list[int] = []
        row = FIRST_DATA_ROW
        width = {column: w for column, w, _ in _LINES_COLUMNS}
        template = self.styles.row_template(
            ws,
            (
                st.TEXT,
                st.TEXT,
                st.TEXT_WRAP,
                st.TEXT_WRAP,
                st.TEXT_WRAP,
                st.TEXT,
                st.RUPIAH,
                st.RUPIAH,
                st.RUPIAH,
                st.PERCENT,
                st.RUPIAH,
            ),
        )
        for line in self.data.lines:
            key = self.line_keys[line.ref]
            height = st.wrapped_height(
                ((line.activity, width["C"]), (line.description, width["D"]), (line.agreement, width["E"]))
            )
            if height:
                ws.row_dimensions[row].height = height  # type: ignore[attr-defined]
            ws.append(
                template.fill(
                    (  # type: ignore[attr-defined]
                        key,
                        line.account_code,
                        line.activity,
                        line.description,
                        line.agreement,
                        line.delegation_code,
                        line.planned_idr,
                        st.Formula(f"=SUMIFS({TRX_IDR},{TRX_LINE},$A{row},{realised_kind})"),
                        st.Formula(f"=G{row}-H{row}"),
                        st.Formula(f'=IF(G{row}=0,"",H{row}/G{row})'),
                        st.Formula(f"=SUMIFS({TRX_IDR},{TRX_LINE},$A{row},{grant_kind})"),
                    )
                )
            )
            rows.append(row)
            row += 1
        last = max(row - 1, FIRST_DATA_ROW)
        total = row
        ws.append(
            [  # type: ignore[attr-defined]
                cell(ws, "JUMLAH / TOTAL", st.TOTAL_LABEL),
                *(cell(ws, None, st.TOTAL_LABEL) for _ in range(5)),
                cell(ws, st.Formula(f"=SUM(G{FIRST_DATA_ROW}:G{last})"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f"=SUM(H{FIRST_DATA_ROW}:H{last})"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f"=G{total}-H{total}"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f'=IF(G{total}=0,"",H{total}/G{total})'), st.TOTAL_PERCENT),
                cell(ws, st.Formula(f"=SUM(K{FIRST_DATA_ROW}:K{last})"), st.TOTAL_RUPIAH),
            ]
        )
        for name, column in (
            (LINES_KEY, "A"),
            (LINES_ACCOUNT, "B"),
            (LINES_AGREEMENT, "E"),
            (LINES_PLANNED, "G"),
            (LINES_REALISED, "H"),
            (LINES_GRANTS, "K"),
        ):
            self.name(name, LINES_SHEET, f"${column}${FIRST_DATA_ROW}:${column}${last}")
        ws.conditional_formatting.add(  # type: ignore[attr-defined]
            f"A{FIRST_DATA_ROW}:K{last}",
            FormulaRule(formula=[f"$H{FIRST_DATA_ROW}>$G{FIRST_DATA_ROW}"], fill=_OVER_PLAN_FILL, font=_OVER_PLAN_FONT),
        )
        return tuple(rows)

    # -- Transaksi ----------------------------------------------------------------

    def transactions_sheet(self, ws: object) -> tuple[int, ...]:
        self.titles(
            ws,
            _TRX_COLUMNS,
            f"TRANSAKSI TAHUN {self.data.fiscal_year} (REALISASI DAN HIBAH) / TRANSACTIONS, "
            f"FISCAL YEAR {self.data.fiscal_year}",
            title_rows=f"{TABLE_HEADER_ROW}:{TABLE_HEADER_ROW}",
            footer="Transaksi / Transactions",
            freeze=f"A{FIRST_DATA_ROW}",
        )
        self.header_row(ws, _TRX_COLUMNS)
        cell = self.styles.cell
        kind_text = {kind: label(kind) for kind in TransactionKind}
        form_text = {form: label(form) for form in GrantForm}
        templates: dict[str, st.RowTemplate] = {}
        rows: list[int] = []
        row = FIRST_DATA_ROW
        description_width = dict((c, w) for c, w, _ in _TRX_COLUMNS)["K"]
        for number, trx in enumerate(self.data.transactions, start=1):
            template = templates.get(trx.currency)
            if template is None:  # the amount column takes the format of its currency
                template = templates[trx.currency] = self.styles.row_template(
                    ws,
                    (
                        st.CENTER,
                        st.DATE,
                        st.TEXT,
                        st.TEXT,
                        st.CENTER,
                        self.styles.money(trx.currency),
                        st.RATE,
                        st.RUPIAH,
                        st.TEXT,
                        st.TEXT,
                        st.TEXT_WRAP,
                    ),
                )
            height = st.wrapped_height(((trx.description, description_width),))
            if height:
                ws.row_dimensions[row].height = height  # type: ignore[attr-defined]
            ws.append(
                template.fill(
                    (  # type: ignore[attr-defined]
                        number,
                        trx.occurred_on,
                        self.line_keys[trx.line_ref],
                        kind_text[trx.kind],
                        trx.currency,
                        trx.amount,
                        trx.rate,
                        st.Formula(f"=ROUND(F{row}*G{row},0)"),
                        form_text[trx.form],
                        trx.donor,
                        trx.description,
                    )
                )
            )
            rows.append(row)
            row += 1
        last = max(row - 1, FIRST_DATA_ROW)
        # Spending and grants received are different money: one total each, never one sum of both.
        for kind, caption in (
            (TransactionKind.REALISATION, "JUMLAH REALISASI (Rp) / TOTAL REALISED (IDR)"),
            (TransactionKind.GRANT, "JUMLAH HIBAH DITERIMA (Rp) / TOTAL GRANTS RECEIVED (IDR)"),
        ):
            ws.append(
                [  # type: ignore[attr-defined]
                    cell(ws, caption, st.TOTAL_LABEL),
                    *(cell(ws, None, st.TOTAL_LABEL) for _ in range(6)),
                    cell(
                        ws,
                        st.Formula(f'=SUMIF(D{FIRST_DATA_ROW}:D{last},"{kind_text[kind]}",H{FIRST_DATA_ROW}:H{last})'),
                        st.TOTAL_RUPIAH,
                    ),
                    *(cell(ws, None, st.TOTAL_LABEL) for _ in range(3)),
                ]
            )
        for name, column in ((TRX_LINE, "C"), (TRX_KIND, "D"), (TRX_IDR, "H")):
            self.name(name, TRANSACTIONS_SHEET, f"${column}${FIRST_DATA_ROW}:${column}${last}")
        return tuple(rows)

    # -- Ringkasan ----------------------------------------------------------------

    def summary_sheet(self, ws: object) -> tuple[dict[str, int], dict[str, int], tuple[int, int], tuple[int, int]]:
        d = self.data
        self.titles(
            ws,
            _SUMMARY_COLUMNS,
            f"RINGKASAN ANGGARAN DAN REALISASI TAHUN {d.fiscal_year} / BUDGET SUMMARY, FISCAL YEAR {d.fiscal_year}",
            title_rows=None,
            footer="Ringkasan / Summary",
        )
        cell = self.styles.cell
        row = 4
        ws.append([])  # type: ignore[attr-defined]
        row += 1

        ws.append(
            [
                cell(ws, "A. Menurut perjanjian / By agreement", st.SECTION),  # type: ignore[attr-defined]
                *(cell(ws, None, st.SECTION) for _ in range(6)),
            ]
        )
        row += 1
        self.header_row_at(ws, row, "Perjanjian / Agreement")
        row += 1
        agreement_first = row
        agreement_rows: dict[str, int] = {}
        for key in d.agreements():
            height = st.wrapped_height(((key, _SUMMARY_COLUMNS[0][1]),))
            if height:
                ws.row_dimensions[row].height = height  # type: ignore[attr-defined]
            self.group_row(ws, row, key, LINES_AGREEMENT)
            agreement_rows[key] = row
            row += 1
        has_without = any(not line.agreement for line in d.lines)
        if has_without:
            self.remainder_row(ws, row, NO_AGREEMENT, agreement_first if agreement_rows else None)
            agreement_rows[NO_AGREEMENT] = row
            row += 1
        agreement_last = row - 1
        agreement_total = row
        self.total_row(ws, row, named=True)
        row += 1

        ws.append([])  # type: ignore[attr-defined]
        row += 1
        ws.append(
            [
                cell(ws, "B. Menurut kode rekening / By account code", st.SECTION),  # type: ignore[attr-defined]
                *(cell(ws, None, st.SECTION) for _ in range(6)),
            ]
        )
        row += 1
        self.header_row_at(ws, row, "Kode rekening / Account code")
        row += 1
        account_first = row
        account_rows: dict[str, int] = {}
        for code in d.account_codes():
            self.group_row(ws, row, code, LINES_ACCOUNT)
            account_rows[code] = row
            row += 1
        account_total = row
        self.total_row(ws, row, named=False)
        row += 1

        for first, last in ((agreement_first, agreement_last), (account_first, account_total - 1)):
            if last >= first:
                ws.conditional_formatting.add(  # type: ignore[attr-defined]
                    f"A{first}:G{last}",
                    FormulaRule(formula=[f"$D{first}>$C{first}"], fill=_OVER_PLAN_FILL, font=_OVER_PLAN_FONT),
                )
        keys = d.agreements()  # the chart shows agreements only, not the lines of none
        chart_rows = (0, -1)
        title = "Pagu dan realisasi per perjanjian / Planned and realised by agreement"
        if len(keys) > CHART_AGREEMENTS:
            title = (
                f"{CHART_AGREEMENTS} perjanjian dengan pagu terbesar / "
                f"The {CHART_AGREEMENTS} agreements with the largest plan"
            )
        if keys:
            # The chart reads its own small table (section C), whose labels are one short line each:
            # the full titles of section A wrap, and a chart drops labels that do not fit their band.
            chart_rows, row = self.largest_agreements(ws, row, keys, agreement_rows)
            # the chart starts a page of its own rather than being cut by a page edge
            ws.row_breaks.append(Break(id=row - 1))  # type: ignore[attr-defined]
            self.chart(ws, *chart_rows, anchor_row=row, title=title)
        return agreement_rows, account_rows, (agreement_total, account_total), chart_rows

    def largest_agreements(
        self, ws: object, row: int, keys: tuple[str, ...], agreement_rows: dict[str, int]
    ) -> tuple[tuple[int, int], int]:
        """Section C, the chart's data: every agreement (or the largest ones), each a reference to its row of
        section A with a one-line label."""
        planned: dict[str, int] = {}
        for line in self.data.lines:
            if line.agreement:
                planned[line.agreement] = planned.get(line.agreement, 0) + line.planned_idr
        if len(keys) > CHART_AGREEMENTS:
            largest = sorted(keys, key=lambda key: -planned[key])[:CHART_AGREEMENTS]
            caption = (
                f"C. {CHART_AGREEMENTS} perjanjian dengan pagu terbesar (data grafik) / "
                f"The {CHART_AGREEMENTS} agreements with the largest plan (chart data)"
            )
        else:
            largest = list(keys)
            caption = "C. Data grafik / Chart data"
        cell = self.styles.cell
        ws.append([])  # type: ignore[attr-defined]
        ws.row_breaks.append(Break(id=row))  # type: ignore[attr-defined]  # the chart's data starts a page
        row += 1
        ws.append(
            [
                cell(ws, caption, st.SECTION),  # type: ignore[attr-defined]
                *(cell(ws, None, st.SECTION) for _ in range(6)),
            ]
        )
        row += 1
        self.header_row_at(ws, row, "Perjanjian / Agreement")
        row += 1
        first = row
        styles = (st.TEXT_WRAP, st.QUANTITY, st.RUPIAH, st.RUPIAH, st.RUPIAH, st.PERCENT, st.RUPIAH)
        for key in largest:
            source = agreement_rows[key]
            # The chart's category label: one short line, so that no label is dropped for lack of room.
            short = st.Formula(
                f'=IF(LEN(A{source})>{CHART_LABEL_LENGTH},LEFT(A{source},{CHART_LABEL_LENGTH - 1})&"…",A{source})'
            )
            ws.append(
                [
                    cell(ws, short if column == "A" else st.Formula(f"={column}{source}"), style)  # type: ignore[attr-defined]
                    for column, style in zip("ABCDEFG", styles)
                ]
            )
            row += 1
        return (first, row - 1), row

    def header_row_at(self, ws: object, row: int, first: str) -> None:
        ws.row_dimensions[row].height = 30  # type: ignore[attr-defined]
        ws.append(
            [
                self.styles.cell(ws, text if text is not None else first, st.HEADER)  # type: ignore[attr-defined]
                for _, _, text in _SUMMARY_COLUMNS
            ]
        )

    def group_row(self, ws: object, row: int, key: str, key_range: str) -> None:
        """Planned, realised and grants of the lines whose ``key_range`` equals ``key``."""
        cell = self.styles.cell
        if criterion_is_exact(key):

            def total(values: str) -> str:
                return st.Formula(f"=SUMIFS({values},{key_range},$A{row})")

            count = st.Formula(f"=COUNTIF({key_range},$A{row})")
        else:

            def total(values: str) -> str:
                return st.Formula(f"=SUMPRODUCT(--({key_range}=$A{row}),{values})")

            count = st.Formula(f"=SUMPRODUCT(--({key_range}=$A{row}))")
        ws.append(
            [  # type: ignore[attr-defined]
                cell(ws, key, st.TEXT_WRAP),
                cell(ws, count, st.QUANTITY),
                cell(ws, total(LINES_PLANNED), st.RUPIAH),
                cell(ws, total(LINES_REALISED), st.RUPIAH),
                cell(ws, st.Formula(f"=C{row}-D{row}"), st.RUPIAH),
                cell(ws, st.Formula(f'=IF(C{row}=0,"",D{row}/C{row})'), st.PERCENT),
                cell(ws, total(LINES_GRANTS), st.RUPIAH),
            ]
        )

    def remainder_row(self, ws: object, row: int, text: str, first: int | None) -> None:
        """The lines of no agreement: all lines less those of the agreements above."""
        cell = self.styles.cell

        def rest(whole: str, column: str) -> str:
            return (
                st.Formula(f"={whole}-SUM({column}{first}:{column}{row - 1})")
                if first is not None
                else st.Formula(f"={whole}")
            )

        ws.append(
            [  # type: ignore[attr-defined]
                cell(ws, text, st.TEXT_WRAP),
                cell(ws, rest(f"ROWS({LINES_KEY})", "B"), st.QUANTITY),
                cell(ws, rest(f"SUM({LINES_PLANNED})", "C"), st.RUPIAH),
                cell(ws, rest(f"SUM({LINES_REALISED})", "D"), st.RUPIAH),
                cell(ws, st.Formula(f"=C{row}-D{row}"), st.RUPIAH),
                cell(ws, st.Formula(f'=IF(C{row}=0,"",D{row}/C{row})'), st.PERCENT),
                cell(ws, rest(f"SUM({LINES_GRANTS})", "G"), st.RUPIAH),
            ]
        )

    def total_row(self, ws: object, row: int, *, named: bool) -> None:
        cell = self.styles.cell
        lines = st.Formula(f"=ROWS({LINES_KEY})") if self.data.lines else st.Formula("=0")
        ws.append(
            [  # type: ignore[attr-defined]
                cell(ws, "JUMLAH / TOTAL", st.TOTAL_LABEL),
                cell(ws, lines, st.TOTAL_LABEL),
                cell(ws, st.Formula(f"=SUM({LINES_PLANNED})"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f"=SUM({LINES_REALISED})"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f"=C{row}-D{row}"), st.TOTAL_RUPIAH),
                cell(ws, st.Formula(f'=IF(C{row}=0,"",D{row}/C{row})'), st.TOTAL_PERCENT),
                cell(ws, st.Formula(f"=SUM({LINES_GRANTS})"), st.TOTAL_RUPIAH),
            ]
        )
        if named:
            self.name(TOTAL_PLANNED, SUMMARY_SHEET, f"$C${row}")
            self.name(TOTAL_REALISED, SUMMARY_SHEET, f"$D${row}")
            self.name(TOTAL_GRANTS, SUMMARY_SHEET, f"$G${row}")

    def chart(self, ws: object, first: int, last: int, *, anchor_row: int, title: str) -> None:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long agreement titles stay readable
        chart.grouping = "clustered"
        chart.title = title
        chart.y_axis.title = "Rupiah (juta / million)"
        chart.y_axis.numFmt = "#,##0,,"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.x_axis.scaling.orientation = "maxMin"  # first agreement on top, as in the table
        chart.legend.position = "b"
        data = Reference(ws, min_col=3, max_col=4, min_row=first - 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        for series, colour in zip(chart.series, ("8EA9DB", "C65911")):
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
        small = RichText(
            p=[
                Paragraph(
                    pPr=ParagraphProperties(defRPr=CharacterProperties(sz=800)), endParaRPr=CharacterProperties(sz=800)
                )
            ]
        )
        chart.x_axis.txPr = small  # agreement titles in 8 points
        chart.width = 30
        # about 0.9 cm a pair of bars with its one-line label, within one landscape page
        chart.height = min(max(8, 4 + 0.9 * (last - first + 1)), 17)
        ws.add_chart(chart, f"A{anchor_row}")  # type: ignore[attr-defined]
