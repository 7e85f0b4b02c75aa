"""A fiscal year's budget and realisation as an Excel workbook with live formulas, streamed.

Revenue and spending are different money and stay apart everywhere in it
(docs/money.md): every line is on one side, spending (belanja, account group
5), revenue (pendapatan, group 4: grants) or financing (pembiayaan, group 6),
as the chart of accounts says, and every side has its own sheet, sections and
totals. No cell adds two sides.

Sheets, in this order:

* ``Ringkasan`` (summary): for spending, pagu, realised, remaining and %
  realised; for revenue, target, received in cash, received in kind, received
  and % received; each by agreement and by APBD account code, each a
  ``SUMIFS`` over its side's sheet; the signature block (prepared by the
  finance officer, approved by the bureau head, with name, title and NIP),
  kept on a page with the rows above it; then, on a page of its own, a bar
  chart per agreement with spending realised and grants received as separate
  series.
* ``Belanja`` (spending lines), ``Pendapatan`` (revenue lines) and, when the
  year has any, ``Pembiayaan`` (financing lines): one row per line; realised
  (or received, cash and in kind apart) are ``SUMIFS`` over the transactions'
  rupiah column by line key (and form); remaining and percent are formulas; a
  spending line realised over its pagu turns red.
* ``Transaksi`` (transactions): one row per transaction in its own currency,
  with its own rate; rupiah = ``ROUND(amount * rate, 0)``, and its side. Only
  this rupiah column is ever summed: amounts of different currencies are never
  added. One total per side.

Every formula is stored with the value the program computed for it
(:mod:`secretariat.documents.xlsx_cache`), so a previewer or pandas reads the
figures; Excel and LibreOffice recalculate them, and tests find the same
values. Money cells carry a fixed Indonesian number format and every money
column is as wide as its longest amount (:mod:`secretariat.documents.xlsx_styles`).

The ranges the formulas read are workbook names (``TRANSAKSI_RP``,
``BELANJA_PAGU``, ``PENDAPATAN_TARGET``, ...), so a clerk can read
``=SUMIFS(TRANSAKSI_RP, ...)`` and rows inserted inside a range are included.

The workbook is written in openpyxl's write-only mode (with lxml), row by row:
a year of 10,000 lines and 50,000 transactions stays within seconds and tens of
megabytes. A year without lines gives a workbook that says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.pagebreak import Break

from secretariat.documents import xlsx_styles as st
from secretariat.documents.write_only import sheets_closed_on_failure
from secretariat.documents.xlsx_cache import Computed, stream_cached_values
from secretariat.domain.budget_figures import BudgetFigures
from secretariat.domain.enums import BudgetSide, GrantForm, TransactionKind
from secretariat.domain.labels import label
from secretariat.domain.workbooks import NO_AGREEMENT, BudgetLineItem, BudgetYear, GroupFigures, Signatory

SUMMARY_SHEET = "Ringkasan"
TRANSACTIONS_SHEET = "Transaksi"
SIDE_SHEETS: dict[BudgetSide, str] = {
    BudgetSide.SPENDING: "Belanja",
    BudgetSide.REVENUE: "Pendapatan",
    BudgetSide.FINANCING: "Pembiayaan",
}
#: Kept for callers that named the one lines sheet of earlier versions: the spending lines.
LINES_SHEET = SIDE_SHEETS[BudgetSide.SPENDING]

TABLE_HEADER_ROW = 5  # on the lines and transactions sheets
FIRST_DATA_ROW = TABLE_HEADER_ROW + 1

SIDE_TEXT = {side: label(side) for side in BudgetSide}
CASH_TEXT = label(GrantForm.CASH)
IN_KIND_TEXT = label(GrantForm.IN_KIND)

# Workbook names of the ranges the formulas read; per side: <PREFIX>_KODE, _REKENING, _PERJANJIAN, ...
SIDE_PREFIX = {BudgetSide.SPENDING: "BELANJA", BudgetSide.REVENUE: "PENDAPATAN", BudgetSide.FINANCING: "PEMBIAYAAN"}
KEY_PREFIX = {BudgetSide.SPENDING: "BL", BudgetSide.REVENUE: "PD", BudgetSide.FINANCING: "PB"}
TRX_LINE = "TRANSAKSI_BARIS"
TRX_SIDE = "TRANSAKSI_KELOMPOK"
TRX_FORM = "TRANSAKSI_BENTUK"
TRX_IDR = "TRANSAKSI_RP"

#: The chart shows every agreement up to this many, else this many with the most money moved.
CHART_AGREEMENTS = 20
CHART_LABEL_LENGTH = 48  # characters of an agreement's label in the chart

_NOTE = (
    "Semua jumlah rupiah dihitung dengan rumus; valuta asing dikonversi dengan kurs tanggal transaksi. "
    "Pendapatan dan belanja dijumlahkan terpisah.",
    "All rupiah figures are formulas; foreign amounts are converted at each transaction's own rate. "
    "Revenue and spending are totalled apart.",
)
_OVER_PLAN_FILL = PatternFill("solid", bgColor="FFC7CE")
_OVER_PLAN_FONT = Font(color="9C0006")
_ROW_POINTS = 14.0  # the height of a one-line row, for the page plan
_HEADER_POINTS = 30.0
_SIGN_POINTS = 48.0

# A SUMIFS/COUNTIF criterion is a pattern: * ? ~ are wildcards, a leading < > = is an operator,
# and a text that reads as a number or a date matches numbers. Keys like that are matched
# exactly with SUMPRODUCT instead.
_PATTERN_LIKE = re.compile(r"[*?~]|^[<>=]|^[\d\s.,/:+-]+$|^\s|\s$")


def criterion_is_exact(key: str) -> bool:
    """True when ``key`` can be given to SUMIFS as a criterion and match only itself."""
    return not _PATTERN_LIKE.search(key)


def line_key(index: int, side: BudgetSide = BudgetSide.SPENDING) -> str:
    """The key of the ``index``-th line (from 0) of ``side``: BL-00001 (spending), PD-00001 (revenue), PB-..."""
    return f"{KEY_PREFIX[side]}-{index + 1:05d}"


def range_name(side: BudgetSide, what: str) -> str:
    """The workbook name of a column of a side's sheet: range_name(SPENDING, "PAGU") is BELANJA_PAGU."""
    return f"{SIDE_PREFIX[side]}_{what}"


def _fraction(part: int, whole: int) -> Decimal | str:
    """The value of ``=IF(whole=0,"",part/whole)``."""
    return "" if whole == 0 else Decimal(part) / Decimal(whole)


def _short(text: str) -> str:
    """The chart's one-line label, as its formula computes it."""
    return text if len(text) <= CHART_LABEL_LENGTH else text[: CHART_LABEL_LENGTH - 1] + "…"


# --- the shape of each table -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    letter: str
    header: str
    width: float = 0  # 0: as wide as its longest value
    money: bool = False


_LINE_COLUMNS_BEFORE = [
    _Column("A", "Kode baris\nLine", 10),
    _Column("B", "Kode rekening\nAccount code", 20),
    _Column("C", "Kegiatan\nActivity", 26),
    _Column("D", "Uraian\nDescription", 40),
    _Column("E", "Perjanjian\nAgreement", 32),
    _Column("F", "Delegasi\nDelegation", 14),
]
_SPENDING_LINE_COLUMNS = [
    *_LINE_COLUMNS_BEFORE,
    _Column("G", "Pagu (Rp)\nCeiling (IDR)", money=True),
    _Column("H", "Realisasi (Rp)\nRealised (IDR)", money=True),
    _Column("I", "Sisa (Rp)\nRemaining (IDR)", money=True),
    _Column("J", "% Realisasi\n% realised", 11),
]
_REVENUE_LINE_COLUMNS = [
    *_LINE_COLUMNS_BEFORE,
    _Column("G", "Target (Rp)\nTarget (IDR)", money=True),
    _Column("H", "Diterima uang (Rp)\nReceived in cash", money=True),
    _Column("I", "Diterima barang/jasa (Rp)\nReceived in kind", money=True),
    _Column("J", "Jumlah diterima (Rp)\nReceived (IDR)", money=True),
    _Column("K", "% Diterima\n% received", 11),
]
_TRX_COLUMNS = [
    _Column("A", "No.", 8),
    _Column("B", "Tanggal\nDate", 12),
    _Column("C", "Kode baris\nLine", 10),
    _Column("D", "Kelompok\nSide", 12),
    _Column("E", "Jenis\nKind", 15),
    _Column("F", "Mata uang\nCurrency", 9),
    _Column("G", "Jumlah\nAmount", money=True),
    _Column("H", "Kurs (Rp)\nRate (IDR)", 13),
    _Column("I", "Jumlah (Rp)\nAmount (IDR)", money=True),
    _Column("J", "Bentuk\nForm", 13),
    _Column("K", "Donor", 32),
    _Column("L", "Uraian\nDescription", 44),
]
_SPENDING_SUMMARY_HEADERS = (
    "Jumlah baris\nLines",
    "Pagu (Rp)\nCeiling (IDR)",
    "Realisasi (Rp)\nRealised (IDR)",
    "Sisa (Rp)\nRemaining (IDR)",
    "% Realisasi\n% realised",
    None,
)
_REVENUE_SUMMARY_HEADERS = (
    "Jumlah baris\nLines",
    "Target (Rp)\nTarget (IDR)",
    "Diterima uang (Rp)\nReceived in cash",
    "Diterima barang/jasa (Rp)\nReceived in kind",
    "Jumlah diterima (Rp)\nReceived (IDR)",
    "% Diterima\n% received",
)
_CHART_HEADERS = ("Realisasi belanja (Rp)\nSpending realised", "Hibah diterima (Rp)\nGrants received")
_SUMMARY_LABEL_WIDTH = 52
_SUMMARY_COLUMNS = "ABCDEFG"

_SECTION_TITLES = {
    BudgetSide.SPENDING: "BELANJA / SPENDING",
    BudgetSide.REVENUE: "PENDAPATAN (HIBAH) / REVENUE (GRANTS)",
    BudgetSide.FINANCING: "PEMBIAYAAN / FINANCING",
}
_NONE_OF_SIDE = {
    BudgetSide.SPENDING: "Tidak ada baris belanja tahun ini. / No spending lines this year.",
    BudgetSide.REVENUE: "Tidak ada baris pendapatan (hibah) tahun ini. / No revenue (grant) lines this year.",
    BudgetSide.FINANCING: "Tidak ada baris pembiayaan tahun ini. / No financing lines this year.",
}


@dataclass(frozen=True)
class BudgetWorkbookLayout:
    """Where things landed, for callers that edit or check the workbook."""

    line_rows: dict[BudgetSide, tuple[int, ...]]  # row of each line on its side's sheet, in BudgetYear order
    transaction_rows: tuple[int, ...]  # row of each transaction
    agreement_rows: dict[BudgetSide, dict[str, int]]  # summary row of each agreement (and NO_AGREEMENT)
    account_rows: dict[BudgetSide, dict[str, int]]  # summary row of each account code
    total_rows: dict[BudgetSide, tuple[int, int]]  # summary total rows: by agreement, by account
    line_total_rows: dict[BudgetSide, int]  # the total row of each side's sheet
    transaction_total_rows: dict[BudgetSide, int]  # the total of each side on the transactions sheet
    chart_rows: tuple[int, int]  # first and last summary row the chart shows ((0, -1): no chart)
    signature_rows: tuple[int, int]  # first and last row of the signature block on the summary
    page_breaks: tuple[int, ...] = ()  # rows of the summary after which a page breaks
    widths: dict[str, dict[str, float]] = field(default_factory=dict)  # sheet -> column -> width


def write_budget_workbook(data: BudgetYear, path_or_stream: str | Path | IO[bytes]) -> BudgetWorkbookLayout:
    """Write ``data`` as an .xlsx workbook to a path or a binary stream; return where things landed."""
    data.validate()
    workbook = Workbook(write_only=True)
    with sheets_closed_on_failure(workbook):
        styles = st.StyleBook(workbook)
        writer = _Writer(data, workbook, styles)
        layout = writer.write()
        workbook.save(path_or_stream)
    return layout


class _Writer:
    def __init__(self, data: BudgetYear, workbook: Workbook, styles: st.StyleBook) -> None:
        self.data = data
        self.workbook = workbook
        self.styles = styles
        self.summary = data.summary()
        self.line_figures = dict(zip((line.ref for line in data.lines), self.summary.lines, strict=True))
        self.line_keys: dict[str, str] = {}
        for side in BudgetSide:
            for index, line in enumerate(data.lines_of(side)):
                self.line_keys[line.ref] = line_key(index, side)
        self.side_of_ref = {line.ref: line.side for line in data.lines}
        self.widths: dict[str, dict[str, float]] = {}

    # -- helpers -----------------------------------------------------------------------------------------

    def name(self, name: str, sheet: str, ref: str) -> None:
        self.workbook.defined_names[name] = DefinedName(name, attr_text=f"'{sheet}'!{ref}")

    def sheet(self, title: str) -> Any:
        ws = self.workbook.create_sheet(title)
        st.stream_styled_cells(ws)
        stream_cached_values(ws)
        return ws

    def cell(self, ws: Any, value: object, style: str) -> Any:
        return self.styles.cell(ws, value, style)

    def print_setup(self, ws: Any, title_rows: str | None, what: str) -> None:
        st.prepare_print(
            ws,
            title_rows=title_rows,
            header_left=self.data.region_name,
            header_right=f"Tahun Anggaran / Fiscal year {self.data.fiscal_year}",
            footer_left=what,
            paper=self.data.paper,
        )

    def begin(
        self,
        ws: Any,
        widths: dict[str, float],
        title: str,
        *,
        title_rows: str | None,
        footer: str,
        freeze: str | None = None,
        note: tuple[str, str] | None = None,
    ) -> None:
        # Write-only sheets write their properties (fit to page), views and widths with the first
        # row: everything of that kind is set before it.
        self.print_setup(ws, title_rows, footer)
        if freeze:
            ws.freeze_panes = freeze
        st.set_column_widths(ws, widths.items())
        self.widths[ws.title] = dict(widths)
        ws.append([self.cell(ws, self.data.region_name.upper(), st.TITLE_LEFT)])
        ws.append([self.cell(ws, title, st.SUBTITLE_LEFT)])
        # the note in two short rows (Indonesian, English): a long line would spill past the last column and
        # shrink the printed page
        indonesian, english = note or _NOTE
        ws.append([self.cell(ws, indonesian, st.NOTE)])
        ws.append([self.cell(ws, english, st.NOTE)])

    def header_row(self, ws: Any, headers: Sequence[str | None]) -> None:
        ws.row_dimensions[TABLE_HEADER_ROW].height = _HEADER_POINTS
        ws.append([self.cell(ws, text or "", st.HEADER) for text in headers])

    @staticmethod
    def money_width(texts: list[str], header: str) -> float:
        header_width = max(len(part) for part in header.split("\n")) + 2
        return st.fit_width(texts, minimum=max(12.0, float(header_width)), bold=True)

    # -- the whole workbook -----------------------------------------------------------------------------

    def write(self) -> BudgetWorkbookLayout:
        summary_ws = self.sheet(SUMMARY_SHEET)  # first in the workbook, written last
        side_sheets = {side: self.sheet(SIDE_SHEETS[side]) for side in self.data.sides()}
        transactions_ws = self.sheet(TRANSACTIONS_SHEET) if self.data.lines else None
        line_rows: dict[BudgetSide, tuple[int, ...]] = {}
        line_totals: dict[BudgetSide, int] = {}
        for side, ws in side_sheets.items():
            line_rows[side], line_totals[side] = self.lines_sheet(ws, side)
        transaction_rows: tuple[int, ...] = ()
        transaction_totals: dict[BudgetSide, int] = {}
        if transactions_ws is not None:
            transaction_rows, transaction_totals = self.transactions_sheet(transactions_ws)
        summary = self.summary_sheet(summary_ws)
        return BudgetWorkbookLayout(
            line_rows=line_rows,
            transaction_rows=transaction_rows,
            line_total_rows=line_totals,
            transaction_total_rows=transaction_totals,
            widths=self.widths,
            **summary,
        )

    # -- Belanja / Pendapatan / Pembiayaan -------------------------------------------------------------------

    def lines_sheet(self, ws: Any, side: BudgetSide) -> tuple[tuple[int, ...], int]:
        lines = self.data.lines_of(side)
        revenue = side is BudgetSide.REVENUE
        columns = _REVENUE_LINE_COLUMNS if revenue else _SPENDING_LINE_COLUMNS
        figures = [self.line_figures[line.ref] for line in lines]
        total = self.summary.sides[side].total.figures
        values = self.side_values(side, [*figures, total])
        widths = {c.letter: c.width for c in columns}
        for column in columns:
            if column.money:
                widths[column.letter] = self.money_width(
                    [st.format_amount(v[column.letter]) for v in values], column.header
                )
        side_title = SIDE_TEXT[side].upper()
        english = label(side, "en").upper()
        self.begin(
            ws,
            widths,
            f"RINCIAN {side_title} TAHUN {self.data.fiscal_year} / {english} LINES, FISCAL YEAR "
            f"{self.data.fiscal_year}",
            title_rows=f"{TABLE_HEADER_ROW}:{TABLE_HEADER_ROW}",
            footer=f"{SIDE_TEXT[side]} / {label(side, 'en')}",
            freeze=f"B{FIRST_DATA_ROW}",
        )
        self.header_row(ws, [c.header for c in columns])
        money = st.RUPIAH
        styles = [st.TEXT, st.TEXT, st.TEXT_WRAP, st.TEXT_WRAP, st.TEXT_WRAP, st.TEXT]
        styles += [money] * (4 if revenue else 3) + [st.PERCENT]
        template = self.styles.row_template(ws, styles)
        text_widths = {c.letter: c.width for c in _LINE_COLUMNS_BEFORE}
        rows: list[int] = []
        row = FIRST_DATA_ROW
        for line, line_values in zip(lines, values[:-1], strict=True):
            key = self.line_keys[line.ref]
            height = st.wrapped_height(
                (
                    (line.activity, text_widths["C"]),
                    (line.description, text_widths["D"]),
                    (line.agreement, text_widths["E"]),
                )
            )
            if height:
                ws.row_dimensions[row].height = height
            ws.append(template.row((*self.line_text(line, key), *self.line_formulas(side, row, line_values))))
            rows.append(row)
            row += 1
        last = max(row - 1, FIRST_DATA_ROW)
        total_row = row
        totals = values[-1]
        cells = [self.cell(ws, "JUMLAH / TOTAL", st.TOTAL_LABEL)]
        cells += [self.cell(ws, None, st.TOTAL_LABEL) for _ in range(5)]
        if revenue:
            cells += [
                self.cell(ws, Computed(f"=SUM(G{FIRST_DATA_ROW}:G{last})", totals["G"]), st.TOTAL_RUPIAH),
                self.cell(ws, Computed(f"=SUM(H{FIRST_DATA_ROW}:H{last})", totals["H"]), st.TOTAL_RUPIAH),
                self.cell(ws, Computed(f"=SUM(I{FIRST_DATA_ROW}:I{last})", totals["I"]), st.TOTAL_RUPIAH),
                self.cell(ws, Computed(f"=H{total_row}+I{total_row}", totals["J"]), st.TOTAL_RUPIAH),
                self.cell(
                    ws, Computed(f'=IF(G{total_row}=0,"",J{total_row}/G{total_row})', totals["K"]), st.TOTAL_PERCENT
                ),
            ]
        else:
            cells += [
                self.cell(ws, Computed(f"=SUM(G{FIRST_DATA_ROW}:G{last})", totals["G"]), st.TOTAL_RUPIAH),
                self.cell(ws, Computed(f"=SUM(H{FIRST_DATA_ROW}:H{last})", totals["H"]), st.TOTAL_RUPIAH),
                self.cell(ws, Computed(f"=G{total_row}-H{total_row}", totals["I"]), st.TOTAL_RUPIAH),
                self.cell(
                    ws, Computed(f'=IF(G{total_row}=0,"",H{total_row}/G{total_row})', totals["J"]), st.TOTAL_PERCENT
                ),
            ]
        ws.append(cells)
        names = [("KODE", "A"), ("REKENING", "B"), ("PERJANJIAN", "E")]
        if revenue:
            names += [("TARGET", "G"), ("UANG", "H"), ("BARANG", "I"), ("DITERIMA", "J")]
        else:
            names += [("PAGU", "G"), ("REALISASI", "H")]
        for what, letter in names:
            self.name(range_name(side, what), SIDE_SHEETS[side], f"${letter}${FIRST_DATA_ROW}:${letter}${last}")
        if not revenue:
            ws.conditional_formatting.add(
                f"A{FIRST_DATA_ROW}:J{last}",
                FormulaRule(
                    formula=[f"$H{FIRST_DATA_ROW}>$G{FIRST_DATA_ROW}"], fill=_OVER_PLAN_FILL, font=_OVER_PLAN_FONT
                ),
            )
        return tuple(rows), total_row

    @staticmethod
    def line_text(line: BudgetLineItem, key: str) -> tuple[object, ...]:
        return (key, line.account_code, line.activity, line.description, line.agreement, line.delegation_code)

    @staticmethod
    def side_values(side: BudgetSide, figures: list[BudgetFigures]) -> list[dict[str, Any]]:
        """The values of the figure columns (G onwards) of a side's sheet, per row."""
        out = []
        for f in figures:
            if side is BudgetSide.REVENUE:
                r = f.revenue
                out.append(
                    {
                        "G": r.target_idr,
                        "H": r.cash_idr,
                        "I": r.in_kind_idr,
                        "J": r.received_idr,
                        "K": _fraction(r.received_idr, r.target_idr),
                    }
                )
            else:
                s = f.financing if side is BudgetSide.FINANCING else f.spending
                out.append(
                    {
                        "G": s.planned_idr,
                        "H": s.realised_idr,
                        "I": s.remaining_idr,
                        "J": _fraction(s.realised_idr, s.planned_idr),
                    }
                )
        return out

    @staticmethod
    def line_formulas(side: BudgetSide, row: int, values: dict[str, Any]) -> tuple[object, ...]:
        by_line = f"{TRX_IDR},{TRX_LINE},$A{row}"
        if side is BudgetSide.REVENUE:
            return (
                values["G"],
                Computed(f'=SUMIFS({by_line},{TRX_FORM},"{CASH_TEXT}")', values["H"]),
                Computed(f'=SUMIFS({by_line},{TRX_FORM},"{IN_KIND_TEXT}")', values["I"]),
                Computed(f"=H{row}+I{row}", values["J"]),
                Computed(f'=IF(G{row}=0,"",J{row}/G{row})', values["K"]),
            )
        return (
            values["G"],
            Computed(f"=SUMIFS({by_line})", values["H"]),
            Computed(f"=G{row}-H{row}", values["I"]),
            Computed(f'=IF(G{row}=0,"",H{row}/G{row})', values["J"]),
        )

    # -- Transaksi ------------------------------------------------------------------------------------

    def transactions_sheet(self, ws: Any) -> tuple[tuple[int, ...], dict[BudgetSide, int]]:
        data = self.data
        idr = [trx.idr for trx in data.transactions]
        side_totals = dict.fromkeys(data.sides(), 0)
        for trx, amount in zip(data.transactions, idr, strict=True):
            side_totals[self.side_of_ref[trx.line_ref]] += amount
        widths = {c.letter: c.width for c in _TRX_COLUMNS}
        widths["G"] = self.money_width(
            [st.format_amount(trx.amount, trx.currency) for trx in data.transactions], _TRX_COLUMNS[6].header
        )
        widths["I"] = self.money_width(
            [st.format_amount(v) for v in (*idr, *side_totals.values())], _TRX_COLUMNS[8].header
        )
        self.begin(
            ws,
            widths,
            f"TRANSAKSI TAHUN {data.fiscal_year} (REALISASI DAN HIBAH) / TRANSACTIONS, FISCAL YEAR {data.fiscal_year}",
            title_rows=f"{TABLE_HEADER_ROW}:{TABLE_HEADER_ROW}",
            footer="Transaksi / Transactions",
            freeze=f"A{FIRST_DATA_ROW}",
        )
        self.header_row(ws, [c.header for c in _TRX_COLUMNS])
        kind_text = {kind: label(kind) for kind in TransactionKind}
        form_text = {form: label(form) for form in GrantForm}
        templates: dict[str, st.RowTemplate] = {}
        rows: list[int] = []
        row = FIRST_DATA_ROW
        description_width, donor_width = widths["L"], widths["K"]
        for number, (trx, amount) in enumerate(zip(data.transactions, idr, strict=True), start=1):
            template = templates.get(trx.currency)
            if template is None:  # the amount column takes the format of its currency
                template = templates[trx.currency] = self.styles.row_template(
                    ws,
                    (
                        st.CENTER,
                        st.DATE,
                        st.TEXT,
                        st.TEXT,
                        st.TEXT,
                        st.CENTER,
                        self.styles.money(trx.currency),
                        st.RATE,
                        st.RUPIAH,
                        st.TEXT,
                        st.TEXT_WRAP,  # a donor's full name ("Japan International Cooperation Agency (JICA)")
                        st.TEXT_WRAP,
                    ),
                )
            height = st.wrapped_height(((trx.description, description_width), (trx.donor, donor_width)))
            if height:
                ws.row_dimensions[row].height = height
            ws.append(
                template.row(
                    (
                        number,
                        trx.occurred_on,
                        self.line_keys[trx.line_ref],
                        SIDE_TEXT[self.side_of_ref[trx.line_ref]],
                        kind_text[trx.kind],
                        trx.currency,
                        trx.amount,
                        trx.rate,
                        Computed(f"=ROUND(G{row}*H{row},0)", amount),
                        form_text[trx.form],
                        trx.donor,
                        trx.description,
                    )
                )
            )
            rows.append(row)
            row += 1
        last = max(row - 1, FIRST_DATA_ROW)
        # Spending, revenue and financing are different money: one total each, never one sum of them.
        captions = {
            BudgetSide.SPENDING: "JUMLAH REALISASI BELANJA (Rp) / TOTAL SPENDING REALISED (IDR)",
            BudgetSide.REVENUE: "JUMLAH PENDAPATAN (HIBAH) DITERIMA (Rp) / TOTAL GRANTS RECEIVED (IDR)",
            BudgetSide.FINANCING: "JUMLAH REALISASI PEMBIAYAAN (Rp) / TOTAL FINANCING REALISED (IDR)",
        }
        totals: dict[BudgetSide, int] = {}
        for side in data.sides():
            formula = f'=SUMIFS(I{FIRST_DATA_ROW}:I{last},D{FIRST_DATA_ROW}:D{last},"{SIDE_TEXT[side]}")'
            ws.append(
                [
                    self.cell(ws, captions[side], st.TOTAL_LABEL),
                    *(self.cell(ws, None, st.TOTAL_LABEL) for _ in range(7)),
                    self.cell(ws, Computed(formula, side_totals[side]), st.TOTAL_RUPIAH),
                    *(self.cell(ws, None, st.TOTAL_LABEL) for _ in range(3)),
                ]
            )
            totals[side] = row
            row += 1
        for name, column in ((TRX_LINE, "C"), (TRX_SIDE, "D"), (TRX_IDR, "I"), (TRX_FORM, "J")):
            self.name(name, TRANSACTIONS_SHEET, f"${column}${FIRST_DATA_ROW}:${column}${last}")
        return tuple(rows), totals

    # -- Ringkasan ----------------------------------------------------------------------------------------

    def summary_sheet(self, ws: Any) -> dict[str, Any]:
        return _Summary(self, ws).write()


class _Summary:
    """The summary sheet: one section per side, the signature block, the chart's data and the chart."""

    def __init__(self, writer: _Writer, ws: Any) -> None:
        self.w = writer
        self.ws = ws
        self.data = writer.data
        self.heights: list[float] = []  # of every row written, for the page plan
        self.blocks: list[tuple[int, int]] = []  # rows kept on one page
        self.breaks: list[int] = []  # rows after which a page must break
        self.capacity = 0.0  # points of rows a printed page holds

    @property
    def row(self) -> int:
        """The row the next append writes."""
        return len(self.heights) + 1

    def append(self, cells: list[Any], height: float | None = None) -> int:
        row = self.row
        if height:
            self.ws.row_dimensions[row].height = height
        self.ws.append(cells)
        self.heights.append(height or _ROW_POINTS)
        return row

    def cell(self, value: object, style: str) -> Any:
        return self.w.cell(self.ws, value, style)

    def write(self) -> dict[str, Any]:
        d = self.data
        sides = [BudgetSide.SPENDING, BudgetSide.REVENUE]
        if BudgetSide.FINANCING in d.sides():
            sides.append(BudgetSide.FINANCING)
        self.sides = sides
        widths = self.widths()
        self.w.begin(
            self.ws,
            widths,
            f"RINGKASAN ANGGARAN DAN REALISASI TAHUN {d.fiscal_year} / BUDGET SUMMARY, FISCAL YEAR {d.fiscal_year}",
            title_rows=None,
            footer="Ringkasan / Summary",
        )
        self.heights = [_ROW_POINTS] * (TABLE_HEADER_ROW - 1)
        self.capacity = st.page_capacity(widths.values(), paper=d.paper)
        agreement_rows: dict[BudgetSide, dict[str, int]] = {}
        account_rows: dict[BudgetSide, dict[str, int]] = {}
        total_rows: dict[BudgetSide, tuple[int, int]] = {}
        if not d.lines:
            self.append([])
            self.append(
                [
                    self.cell(
                        f"Tahun anggaran {d.fiscal_year} belum memiliki baris anggaran: tidak ada pagu, realisasi "
                        f"atau pendapatan untuk diringkas. / Fiscal year {d.fiscal_year} has no budget lines: there "
                        "is no ceiling, realisation or revenue to summarise.",
                        st.SECTION,
                    )
                ]
            )
        for letter, side in zip("ABC", sides, strict=False):
            self.append([])
            agreements, accounts, totals = self.section(letter, side)
            if agreements is not None:
                agreement_rows[side], account_rows[side], total_rows[side] = agreements, accounts, totals
        self.append([])
        signature_rows = self.signatures()
        chart_rows = (0, -1)
        if any(self.data.agreements(side) for side in (BudgetSide.SPENDING, BudgetSide.REVENUE)):
            chart_rows = self.chart_data(agreement_rows)
        self.plan_pages()
        return {
            "agreement_rows": agreement_rows,
            "account_rows": account_rows,
            "total_rows": total_rows,
            "chart_rows": chart_rows,
            "signature_rows": signature_rows,
            "page_breaks": tuple(self.breaks),
        }

    def widths(self) -> dict[str, float]:
        """Column widths: the label column fixed, every figure column as wide as its longest value or header."""
        texts: dict[str, list[str]] = {letter: [] for letter in _SUMMARY_COLUMNS[1:]}
        for side in self.sides:
            part = self.w.summary.sides.get(side)
            if part is None:
                continue
            share = "G" if side is BudgetSide.REVENUE else "F"
            for group in (*part.by_agreement, *part.by_account, part.total):
                for letter, value in self.group_values(side, group).items():
                    if letter == "B":
                        texts[letter].append(f"{value:,}".replace(",", "."))
                    elif letter == share:
                        texts[letter].append(st.format_percent(value))
                    else:
                        texts[letter].append(st.format_amount(value))
        for agreement in self.chart_keys():  # the chart's data: spending realised in B, grants received in C
            figures = self.agreement_totals(agreement)
            texts["B"].append(st.format_amount(figures.spending.realised_idr))
            texts["C"].append(st.format_amount(figures.revenue.received_idr))
        headers: dict[str, list[str]] = {letter: [] for letter in _SUMMARY_COLUMNS[1:]}
        for row in (_SPENDING_SUMMARY_HEADERS, _REVENUE_SUMMARY_HEADERS, _CHART_HEADERS):
            for letter, text in zip(_SUMMARY_COLUMNS[1:], row, strict=False):
                if text:
                    headers[letter].extend(text.split("\n"))
        widths = {"A": float(_SUMMARY_LABEL_WIDTH)}
        for letter in _SUMMARY_COLUMNS[1:]:
            header = max((len(t) for t in headers[letter]), default=0) + 2
            widths[letter] = st.fit_width(texts[letter], minimum=max(11.0, float(header)), bold=True)
        return widths

    @staticmethod
    def group_values(side: BudgetSide, group: GroupFigures) -> dict[str, Any]:
        f = group.figures
        if side is BudgetSide.REVENUE:
            r = f.revenue
            return {
                "B": group.lines,
                "C": r.target_idr,
                "D": r.cash_idr,
                "E": r.in_kind_idr,
                "F": r.received_idr,
                "G": _fraction(r.received_idr, r.target_idr),
            }
        s = f.financing if side is BudgetSide.FINANCING else f.spending
        return {
            "B": group.lines,
            "C": s.planned_idr,
            "D": s.realised_idr,
            "E": s.remaining_idr,
            "F": _fraction(s.realised_idr, s.planned_idr),
        }

    def section(self, letter: str, side: BudgetSide) -> tuple[dict[str, int] | None, dict[str, int], tuple[int, int]]:
        title_row = self.append(
            [
                self.cell(f"{letter}. {_SECTION_TITLES[side]}", st.SECTION),
                *(self.cell(None, st.SECTION) for _ in range(6)),
            ],
            height=18,
        )
        part = self.w.summary.sides.get(side)
        if part is None:
            self.append([self.cell(_NONE_OF_SIDE[side], st.NOTE)])
            return None, {}, (0, 0)
        first = title_row
        agreement_rows, agreement_total = self.table(
            side,
            f"{letter}.1 Menurut perjanjian / By agreement",
            "Perjanjian / Agreement",
            part.by_agreement,
            part.total,
            "PERJANJIAN",
            keep_with=first,
        )
        self.append([])
        account_rows, account_total = self.table(
            side,
            f"{letter}.2 Menurut kode rekening / By account code",
            "Kode rekening / Account code",
            part.by_account,
            part.total,
            "REKENING",
        )
        for rows in (agreement_rows, account_rows):
            if rows and side is not BudgetSide.REVENUE:
                top, bottom = min(rows.values()), max(rows.values())
                self.ws.conditional_formatting.add(
                    f"A{top}:F{bottom}",
                    FormulaRule(formula=[f"$D{top}>$C{top}"], fill=_OVER_PLAN_FILL, font=_OVER_PLAN_FONT),
                )
        return agreement_rows, account_rows, (agreement_total, account_total)

    def table(
        self,
        side: BudgetSide,
        caption: str,
        first_header: str,
        groups: tuple[GroupFigures, ...],
        total: GroupFigures,
        key_column: str,
        keep_with: int | None = None,
    ) -> tuple[dict[str, int], int]:
        caption_row = self.append([self.cell(caption, st.SUBTITLE_LEFT)])
        headers = _REVENUE_SUMMARY_HEADERS if side is BudgetSide.REVENUE else _SPENDING_SUMMARY_HEADERS
        self.append(
            [self.cell(first_header, st.HEADER), *(self.cell(text, st.HEADER) for text in headers if text)],
            height=_HEADER_POINTS,
        )
        rows: dict[str, int] = {}
        first = self.row
        for group in groups:
            height = st.wrapped_height(((group.key, _SUMMARY_LABEL_WIDTH),))
            if group.key == NO_AGREEMENT:
                row = self.remainder_row(side, group, first, height)
            else:
                row = self.group_row(side, group, range_name(side, key_column), height)
            rows[group.key] = row
        total_row = self.total_row(side, total, named=key_column == "PERJANJIAN")
        self.blocks.append((keep_with or caption_row, total_row))
        return rows, total_row

    def figure_cells(
        self, side: BudgetSide, row: int, values: dict[str, Any], formulas: dict[str, str], *, total: bool = False
    ) -> list[Any]:
        """The figure cells B.. of a summary row: ``formulas`` for B, C, D (and E on revenue), the rest worked
        out from them in the row."""
        count = st.TOTAL_LABEL if total else st.QUANTITY
        money = st.TOTAL_RUPIAH if total else st.RUPIAH
        share = st.TOTAL_PERCENT if total else st.PERCENT
        cells = [
            self.cell(Computed(formulas["B"], values["B"]), count),
            self.cell(Computed(formulas["C"], values["C"]), money),
            self.cell(Computed(formulas["D"], values["D"]), money),
        ]
        if side is BudgetSide.REVENUE:
            cells += [
                self.cell(Computed(formulas["E"], values["E"]), money),
                self.cell(Computed(f"=D{row}+E{row}", values["F"]), money),
                self.cell(Computed(f'=IF(C{row}=0,"",F{row}/C{row})', values["G"]), share),
            ]
        else:
            cells += [
                self.cell(Computed(f"=C{row}-D{row}", values["E"]), money),
                self.cell(Computed(f'=IF(C{row}=0,"",D{row}/C{row})', values["F"]), share),
            ]
        return cells

    def value_ranges(self, side: BudgetSide) -> dict[str, str]:
        if side is BudgetSide.REVENUE:
            return {"C": range_name(side, "TARGET"), "D": range_name(side, "UANG"), "E": range_name(side, "BARANG")}
        return {"C": range_name(side, "PAGU"), "D": range_name(side, "REALISASI")}

    def group_row(self, side: BudgetSide, group: GroupFigures, key_range: str, height: float | None) -> int:
        """The figures of the lines of ``side`` whose ``key_range`` equals the group's key."""
        row = self.row
        if criterion_is_exact(group.key):
            formulas = {c: f"=SUMIFS({r},{key_range},$A{row})" for c, r in self.value_ranges(side).items()}
            formulas["B"] = f"=COUNTIF({key_range},$A{row})"
        else:
            formulas = {c: f"=SUMPRODUCT(--({key_range}=$A{row}),{r})" for c, r in self.value_ranges(side).items()}
            formulas["B"] = f"=SUMPRODUCT(--({key_range}=$A{row}))"
        values = self.group_values(side, group)
        return self.append(
            [self.cell(group.key, st.TEXT_WRAP), *self.figure_cells(side, row, values, formulas)], height=height
        )

    def remainder_row(self, side: BudgetSide, group: GroupFigures, first: int, height: float | None) -> int:
        """The lines of no agreement: all lines of the side less those of the agreements above."""
        row = self.row

        def rest(whole: str, column: str) -> str:
            return f"={whole}-SUM({column}{first}:{column}{row - 1})" if row > first else f"={whole}"

        formulas = {c: rest(f"SUM({r})", c) for c, r in self.value_ranges(side).items()}
        formulas["B"] = rest(f"ROWS({range_name(side, 'KODE')})", "B")
        values = self.group_values(side, group)
        return self.append(
            [self.cell(group.key, st.TEXT_WRAP), *self.figure_cells(side, row, values, formulas)], height=height
        )

    def total_row(self, side: BudgetSide, total: GroupFigures, *, named: bool) -> int:
        row = self.row
        formulas = {c: f"=SUM({r})" for c, r in self.value_ranges(side).items()}
        formulas["B"] = f"=ROWS({range_name(side, 'KODE')})"
        values = self.group_values(side, total)
        cells = self.figure_cells(side, row, values, formulas, total=True)
        self.append([self.cell("JUMLAH / TOTAL", st.TOTAL_LABEL), *cells], height=18)
        if named:
            prefix = f"TOTAL_{SIDE_PREFIX[side]}"
            names = (
                {"TARGET": "C", "UANG": "D", "BARANG": "E", "DITERIMA": "F"}
                if side is BudgetSide.REVENUE
                else {"PAGU": "C", "REALISASI": "D", "SISA": "E"}
            )
            for what, column in names.items():
                self.w.name(f"{prefix}_{what}", SUMMARY_SHEET, f"${column}${row}")
        return row

    def signatures(self) -> tuple[int, int]:
        """Prepared by (the finance officer) on the left, approved by (the bureau head) on the right."""
        d = self.data
        first = self.row
        place_date = ", ".join(part for part in (d.place, _long_date(d.prepared_on)) if part)

        def line(left: str, right_text: str, style: str) -> int:
            # the right-hand block is centred across D:G (no merged cells in a streamed sheet)
            return self.append(
                [
                    self.cell(left or None, st.SIGNATURE if style != st.SIGNATURE_NAME_SPAN else st.SIGNATURE_NAME),
                    None,
                    None,
                    self.cell(right_text or None, style),
                    *(self.cell(None, style) for _ in range(3)),
                ]
            )

        line("", place_date, st.SIGNATURE_SPAN)
        line("Disusun oleh / Prepared by", "Disetujui oleh / Approved by", st.SIGNATURE_SPAN)
        left_who, right_who = d.prepared_by, d.approved_by
        line(_position(left_who), _position(right_who), st.SIGNATURE_SPAN)
        self.append([], height=_SIGN_POINTS)
        line(_name(left_who), _name(right_who), st.SIGNATURE_NAME_SPAN)
        last = line(_nip(left_who), _nip(right_who), st.SIGNATURE_SPAN)
        # the signatures stay on a page with the table above them (or at least its last rows), never alone
        table_first, table_last = self.blocks.pop() if self.blocks else (first, first)
        if sum(self.heights[table_first - 1 : last]) <= self.capacity:
            self.blocks.append((table_first, last))
        else:
            self.blocks.append((table_first, table_last - 2))
            self.blocks.append((table_last - 1, last))
        return first, last

    def agreement_totals(self, key: str) -> BudgetFigures:
        """Spending and revenue figures of agreement ``key``, summed over the sides (each stays in its own part)."""
        total = BudgetFigures()
        for part in self.w.summary.sides.values():
            for group in part.by_agreement:
                if group.key == key:
                    total = total + group.figures
        return total

    def chart_keys(self) -> list[str]:
        """The agreements the chart shows: all of them, or the ones with the most spent or received."""
        keys = list(
            dict.fromkeys([*self.data.agreements(BudgetSide.SPENDING), *self.data.agreements(BudgetSide.REVENUE)])
        )
        if len(keys) > CHART_AGREEMENTS:

            def moved(key: str) -> int:
                figures = self.agreement_totals(key)
                return max(figures.spending.realised_idr, figures.revenue.received_idr)

            keys = sorted(keys, key=lambda k: -moved(k))[:CHART_AGREEMENTS]
        return keys

    def chart_data(self, agreement_rows: dict[BudgetSide, dict[str, int]]) -> tuple[int, int]:
        """Section D, the chart's data on a page of its own: per agreement, spending realised and grants received
        (references to the sections above), each a series of the chart."""
        spending_rows = agreement_rows.get(BudgetSide.SPENDING, {})
        revenue_rows = agreement_rows.get(BudgetSide.REVENUE, {})
        keys = self.chart_keys()
        if len(keys) == CHART_AGREEMENTS and len(set(self.data.agreements())) > CHART_AGREEMENTS:
            caption = (
                f"D. {CHART_AGREEMENTS} perjanjian dengan realisasi atau penerimaan terbesar (data grafik) / "
                f"The {CHART_AGREEMENTS} agreements with the most spent or received (chart data)"
            )
        else:
            caption = "D. Data grafik: realisasi belanja dan hibah diterima per perjanjian / Chart data"
        self.append([])
        self.breaks.append(self.row - 1)  # the chart's data starts a page
        self.append([self.cell(caption, st.SECTION), *(self.cell(None, st.SECTION) for _ in range(2))])
        self.append(
            [
                self.cell("Perjanjian / Agreement", st.HEADER),
                self.cell(_CHART_HEADERS[0], st.HEADER),
                self.cell(_CHART_HEADERS[1], st.HEADER),
            ],
            height=_HEADER_POINTS,
        )
        first = self.row
        for key in keys:
            source = spending_rows.get(key) or revenue_rows.get(key)
            assert source is not None
            figures = self.agreement_totals(key)
            label_text = Computed(
                f'=IF(LEN(A{source})>{CHART_LABEL_LENGTH},LEFT(A{source},{CHART_LABEL_LENGTH - 1})&"…",A{source})',
                _short(key),
            )
            spent = Computed(f"=D{spending_rows[key]}", figures.spending.realised_idr) if key in spending_rows else 0
            got = Computed(f"=F{revenue_rows[key]}", figures.revenue.received_idr) if key in revenue_rows else 0
            self.append([self.cell(label_text, st.TEXT), self.cell(spent, st.RUPIAH), self.cell(got, st.RUPIAH)])
        last = self.row - 1
        self.append([])
        self.breaks.append(self.row - 1)  # the chart starts a page of its own rather than being cut by a page edge
        self.chart(first, last, anchor_row=self.row)
        return first, last

    def chart(self, first: int, last: int, *, anchor_row: int) -> None:
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long agreement titles stay readable
        chart.grouping = "clustered"
        chart.title = "Realisasi belanja dan hibah diterima per perjanjian / Spending realised and grants received"
        chart.y_axis.title = "Rupiah (juta / million)"
        chart.y_axis.numFmt = f"{st.LOCALE}#,##0,,"
        chart.x_axis.title = "Perjanjian / Agreement"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.x_axis.scaling.orientation = "maxMin"  # first agreement on top, as in the table
        chart.legend.position = "b"
        data = Reference(self.ws, min_col=2, max_col=3, min_row=first - 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(self.ws, min_col=1, min_row=first, max_row=last))
        for series, colour in zip(chart.series, ("C65911", "548235"), strict=False):
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
        self.ws.add_chart(chart, f"A{anchor_row}")

    def plan_pages(self) -> None:
        """Page breaks so that no table or signature block is cut, and the signatures never stand alone."""
        end = self.breaks[0] if self.breaks else len(self.heights)
        planned = st.plan_breaks(self.heights[:end], self.blocks, repeated=0.0, capacity=self.capacity)
        for row in sorted(set(planned) | set(self.breaks)):
            self.ws.row_breaks.append(Break(id=row))
        self.breaks = sorted(set(planned) | set(self.breaks))


def _long_date(day: date | None) -> str | None:
    return format_date(day, "d MMMM y", locale="id") if day else None


def _position(who: Signatory | None) -> str:
    return who.position if who else ""


def _name(who: Signatory | None) -> str:
    return who.name if who else "(..............................)"


def _nip(who: Signatory | None) -> str:
    return f"NIP. {who.id_number}" if who and who.id_number else "NIP. "
