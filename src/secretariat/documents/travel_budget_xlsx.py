"""The travel budget (RAB) of one delegation abroad, as an Excel workbook with live formulas.

One sheet, "RAB", as a finance officer signs it:

* a header block: region, title, the delegation (code, purpose, destination,
  cities, APBD account), dates and number of days, members count, one green
  input cell per exchange rate (a named range such as ``KURS_USD``), and the
  grade paid: each member's own, or "satu golongan untuk seluruh delegasi: B"
  with the reason;
* the warnings: every cost the office's tables have no rate for, named, its
  unit-amount cell left empty and coloured for the clerk to fill in;
* one row per member and cost item (per diem, air fare, visa, insurance, local
  transport, and the representation allowance of the head), then the
  delegation's own costs (souvenirs, interpreter, venue): quantity x unit
  amount = amount in the item's currency; x rate = rupiah, ``ROUND(..., 0)``
  (half away from zero, the program's half-up rule for positive amounts); a
  note per row (the class of a fare, the grade paid); a last empty row marks
  where added rows go, inside every range the totals read;
* the totals per foreign currency (``SUMIF`` on the currency column; amounts of
  different currencies are never added raw) and in rupiah, named
  ``TOTAL_USD`` ... and ``TOTAL_IDR``; the source and year of every rate;
* subtotals per member, and per cost item with ``SUMIFS`` over the item column
  (a row added in Excel with one of the items' names is counted in it; a row
  of another name in "other rows"), then the signature block: prepared by the
  finance officer, approved by the bureau head, each with name, title and NIP.

Every figure below the input cells is a formula, stored with the value the
program computed for it (:mod:`secretariat.documents.xlsx_cache`), so a
previewer shows the figures and a clerk who changes a day count or a rate
sees all totals follow. Print: landscape on the office's paper (A4 or F4),
fitted to the width, the table header repeated, a member's rows and each
recap kept on one page, and the signature block never alone on a page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from secretariat.documents import xlsx_styles as st
from secretariat.documents.xlsx_cache import store_cached_values
from secretariat.domain.labels import label
from secretariat.domain.money import IDR
from secretariat.domain.travel_budget import (
    COST_RULES,
    CostItem,
    CostKind,
    TravelBudget,
    cost_kind_label,
)
from secretariat.domain.workbooks import Signatory

SHEET = "RAB"
SHEET_PART = "xl/worksheets/sheet1.xml"

# Columns of the detail table.
COL_NO, COL_NAME, COL_POSITION, COL_GRADE, COL_KIND = "A", "B", "C", "D", "E"
COL_QUANTITY, COL_UNIT, COL_CURRENCY, COL_UNIT_AMOUNT = "F", "G", "H", "I"
COL_AMOUNT, COL_RATE, COL_IDR, COL_NOTE = "J", "K", "L", "M"
LAST_COLUMN = COL_NOTE

_TEXT_WIDTHS = {
    COL_NO: 5,
    COL_NAME: 26,
    COL_POSITION: 24,
    COL_GRADE: 7,
    COL_KIND: 36,
    COL_QUANTITY: 8,
    COL_UNIT: 10,
    COL_CURRENCY: 9,
    COL_NOTE: 26,
}
_MONEY_COLUMNS = (COL_UNIT_AMOUNT, COL_AMOUNT, COL_RATE, COL_IDR)

_HEADERS = [
    (COL_NO, "No."),
    (COL_NAME, "Nama\nName"),
    (COL_POSITION, "Jabatan\nPosition"),
    (COL_GRADE, "Gol.\nGrade"),
    (COL_KIND, "Komponen biaya\nCost item"),
    (COL_QUANTITY, "Volume\nQty"),
    (COL_UNIT, "Satuan\nUnit"),
    (COL_CURRENCY, "Mata uang\nCurrency"),
    (COL_UNIT_AMOUNT, "Harga satuan\nUnit amount"),
    (COL_AMOUNT, "Jumlah\nAmount"),
    (COL_RATE, "Kurs (Rp)\nRate (IDR)"),
    (COL_IDR, "Jumlah (Rp)\nAmount (IDR)"),
    (COL_NOTE, "Keterangan\nNote"),
]

#: Where the per-currency subtotals go in the recap tables, by number of foreign currencies.
_RECAP_CURRENCY_COLUMNS = {
    0: [],
    1: [COL_AMOUNT],
    2: [COL_AMOUNT, COL_RATE],
    3: [COL_UNIT_AMOUNT, COL_AMOUNT, COL_RATE],
}

HEADER_DATE_FORMAT = "[$-421]d mmm yyyy"  # Indonesian month names in Excel and LibreOffice
ADDED_ROWS_NOTE = "(sisipkan baris tambahan di atas baris ini / insert added rows above this line)"
OTHER_ROWS = "Baris lain yang ditambahkan / Other rows added"


def rate_name(currency: str) -> str:
    """The workbook-wide name of the exchange-rate cell of ``currency``, e.g. KURS_USD."""
    return f"KURS_{currency}"


def total_name(currency: str) -> str:
    """The name of the total cell in ``currency`` (TOTAL_IDR for rupiah)."""
    return f"TOTAL_{currency}"


@dataclass(frozen=True)
class TravelBudgetLayout:
    """Where things landed, for callers that edit or check the workbook."""

    sheet: str
    item_rows: tuple[tuple[int, ...], ...]  # [member][cost item] -> row of the detail table
    delegation_rows: tuple[int, ...]  # rows of the delegation's own costs
    rate_cells: dict[str, str]  # currency -> cell of its rate, e.g. {"USD": "K8"}
    total_cells: dict[str, str]  # currency (and IDR) -> cell of the grand total
    member_rows: tuple[int, ...]  # row of each member (then the delegation) in the per-member recap
    kind_rows: dict[CostKind, int]  # row of each cost kind in the per-item recap
    other_kind_row: int  # the recap's row of rows added under another item's name
    recap_currency_columns: dict[str, str]  # currency -> column of the recaps
    header_row: int
    days_cell: str  # number of days, a formula on the departure and return dates
    added_rows_row: int  # the empty row inside every range, above which added rows go
    missing_cells: tuple[str, ...]  # unit-amount cells the clerk must fill in
    signature_rows: tuple[int, int]
    page_breaks: tuple[int, ...]
    widths: dict[str, float] = field(default_factory=dict)


def write_travel_budget(data: TravelBudget, path_or_stream: str | Path | IO[bytes]) -> TravelBudgetLayout:
    """Write ``data`` as an .xlsx workbook to a path or a binary stream; return where things landed."""
    data.validate()
    workbook = Workbook()
    styles = st.StyleBook(workbook)
    ws = workbook.active
    assert isinstance(ws, Worksheet)
    ws.title = SHEET
    writer = _Writer(data, workbook, ws, styles)
    layout = writer.write()
    draft = io.BytesIO()
    workbook.save(draft)
    if isinstance(path_or_stream, str | Path):
        with open(path_or_stream, "wb") as stream:
            store_cached_values(draft.getvalue(), {SHEET_PART: writer.values}, stream)
    else:
        store_cached_values(draft.getvalue(), {SHEET_PART: writer.values}, path_or_stream)
    return layout


class _Writer:
    def __init__(self, data: TravelBudget, workbook: Workbook, ws: Worksheet, styles: st.StyleBook) -> None:
        self.data = data
        self.workbook = workbook
        self.ws = ws
        self.styles = styles
        self.currencies = data.foreign_currencies()
        self.totals = data.totals()
        self.values: dict[str, object] = {}  # cell -> the value of its formula
        self.widths = self.column_widths()

    # -- small helpers ------------------------------------------------------

    def put(self, ref: str, value: object, style: str) -> None:
        cell = self.ws[ref]
        st.put_value(cell, value)
        cell.style = style

    def formula(self, ref: str, formula: str, value: object, style: str) -> None:
        """A formula cell, with the value the program computed for it (stored with it in the file)."""
        self.put(ref, st.Formula(formula), style)
        self.values[ref] = value

    def merge(self, first: str, last: str, value: object, style: str) -> None:
        self.put(first, value, style)
        self.ws.merge_cells(f"{first}:{last}")
        if style in _BORDERED:
            # a merged range shows the borders of every cell it covers
            start, end = self.ws[first], self.ws[last]
            for row in self.ws.iter_rows(min_row=start.row, max_row=end.row, min_col=start.column, max_col=end.column):
                for cell in row:
                    if cell.coordinate != first:
                        cell.style = style

    def name(self, name: str, ref: str) -> None:
        column = "".join(ch for ch in ref if ch.isalpha())
        row = "".join(ch for ch in ref if ch.isdigit())
        self.workbook.defined_names[name] = DefinedName(name, attr_text=f"'{SHEET}'!${column}${row}")

    def height(self, row: int, text: str | None, width_chars: float) -> None:
        """Make ``row`` tall enough for ``text`` wrapped in ``width_chars`` (never lower it)."""
        height = st.wrapped_height(((text, width_chars),))
        current = self.ws.row_dimensions[row].height or 0
        if height and height > current:
            self.ws.row_dimensions[row].height = height

    def column_widths(self) -> dict[str, float]:
        """Text columns fixed; money columns as wide as their longest amount (bold totals included)."""
        widths: dict[str, float] = dict(_TEXT_WIDTHS)
        texts: dict[str, list[str]] = {column: [] for column in _MONEY_COLUMNS}
        for _who, item in self.data.all_items():
            if item.unit_amount is not None:
                texts[COL_UNIT_AMOUNT].append(st.format_amount(item.unit_amount, item.currency))
            texts[COL_AMOUNT].append(st.format_amount(item.amount.amount, item.currency))
        for currency in self.currencies:
            total = st.format_amount(self.totals.foreign.get(currency, Decimal(0)), currency)
            for column in _RECAP_CURRENCY_COLUMNS[len(self.currencies)]:
                texts[column].append(total)
        for rate in self.data.rates:
            texts[COL_RATE].append(st.format_amount(rate.rate, IDR) + ",00")
        texts[COL_IDR] += [st.format_amount(v) for v in (*_flat(self.totals.item_idr), self.totals.idr)]
        headers = dict(_HEADERS)
        for column in _MONEY_COLUMNS:
            header = max(len(line) for line in headers[column].split("\n")) + 2
            widths[column] = st.fit_width(texts[column], minimum=max(13.0, float(header)), bold=True)
        return widths

    # -- the sheet ------------------------------------------------------------

    def write(self) -> TravelBudgetLayout:
        st.set_column_widths(self.ws, self.widths.items())
        rate_cells, days_cell, row = self.header_block()
        row, missing_first = self.warnings(row)
        header_row = row
        self.table_header(header_row)
        first_detail = header_row + 1
        item_rows, delegation_rows, added_row, missing_cells = self.detail(first_detail)
        total_cells, row = self.grand_totals(added_row + 1, first_detail, added_row)
        sources_first = row
        row = self.sources(row)
        sources_last = row - 1
        recap_columns = dict(zip(self.currencies, _RECAP_CURRENCY_COLUMNS[len(self.currencies)], strict=True))
        member_recap_first = row + 1
        member_rows, row = self.member_recap(member_recap_first, item_rows, delegation_rows, recap_columns)
        kind_recap_first = row + 1
        kind_rows, other_row, row = self.kind_recap(kind_recap_first, first_detail, added_row, recap_columns)
        signature_first = row + 2
        signature_last = self.signatures(signature_first)
        self.ws.freeze_panes = f"A{header_row + 1}"
        st.prepare_print(
            self.ws,
            title_rows=f"{header_row}:{header_row}",
            header_left=self.data.region_name,
            header_right=f"RAB {self.data.delegation_code}",
            footer_left=f"{self.data.delegation_code} - {self.data.purpose}"[:120],
            paper=self.data.paper,
        )
        self.ws.print_area = f"A1:{LAST_COLUMN}{self.ws.max_row}"
        st.fix_row_heights(self.ws)
        # a member's rows and each recap stay on one page; the signatures stay with the recap above them (or at
        # least its last rows), never alone on a page
        blocks = [(rows[0], rows[-1]) for rows in item_rows]
        if delegation_rows:
            blocks.append((delegation_rows[0] - 1, added_row))
        blocks.append((sources_first, sources_last))
        blocks.append((member_recap_first, kind_recap_first - 2))
        capacity = st.page_capacity(self.widths.values(), paper=self.data.paper)
        heights = [float(self.ws.row_dimensions[r].height or 14) for r in range(1, signature_last + 1)]
        repeated = heights[header_row - 1]
        closing = sum(heights[kind_recap_first - 1 : signature_last])
        if closing <= capacity - repeated:
            blocks.append((kind_recap_first, signature_last))
        else:
            blocks += [(kind_recap_first, other_row - 1), (other_row, signature_last)]
        breaks = st.keep_together(self.ws, blocks, repeated_rows=(header_row, header_row), paper=self.data.paper)
        del missing_first
        return TravelBudgetLayout(
            sheet=SHEET,
            item_rows=item_rows,
            delegation_rows=delegation_rows,
            rate_cells=rate_cells,
            total_cells=total_cells,
            member_rows=member_rows,
            kind_rows=kind_rows,
            other_kind_row=other_row,
            recap_currency_columns=recap_columns,
            header_row=header_row,
            days_cell=days_cell,
            added_rows_row=added_row,
            missing_cells=missing_cells,
            signature_rows=(signature_first, signature_last),
            page_breaks=tuple(breaks),
            widths=dict(self.widths),
        )

    def header_block(self) -> tuple[dict[str, str], str, int]:
        d = self.data
        self.merge("A1", f"{LAST_COLUMN}1", d.region_name.upper(), st.TITLE)
        self.ws.row_dimensions[1].height = 22
        self.merge(
            "A2",
            f"{LAST_COLUMN}2",
            "RENCANA ANGGARAN BIAYA (RAB) PERJALANAN DINAS LUAR NEGERI\nTravel budget for official travel abroad",
            st.SUBTITLE,
        )
        self.ws.row_dimensions[2].height = 32
        top = 4
        if d.common_grade is not None:
            reason = d.common_grade_reason or "alasan belum dicatat / no reason recorded"
            grade_text = (
                f"satu golongan untuk seluruh delegasi: {d.common_grade.value} (uang harian), alasan: {reason} / "
                f"one grade for the whole delegation: {d.common_grade.value} (per diem)"
            )
        else:
            grade_text = "menurut golongan masing-masing anggota / each member's own grade"
        left = [
            ("Kode delegasi / Delegation", d.delegation_code),
            ("Maksud / Purpose", d.purpose),
            ("Negara tujuan / Destination", _destination(d)),
            ("Kota / Cities", d.cities),
            ("Rekening APBD / Account", f"{d.account_code} - {d.account_description}"),
            ("Golongan / Grade paid", grade_text),
        ]
        left_value_width = sum(self.widths[c] for c in "CDEFG")
        for offset, (text, value) in enumerate(left):
            row = top + offset
            self.put(f"B{row}", text, st.LABEL)
            self.merge(f"C{row}", f"G{row}", value, st.VALUE)
            self.height(row, value, left_value_width)
        right_label_last = COL_AMOUNT
        rows: list[tuple[str, object, str, str | None]] = [
            ("Tanggal berangkat / Departure", d.departure_on, HEADER_DATE_FORMAT, None),
            ("Tanggal kembali / Return", d.return_on, HEADER_DATE_FORMAT, None),
            ("Lama perjalanan / Duration", f"={COL_RATE}{top + 1}-{COL_RATE}{top}+1", "0", "hari / days"),
            ("Jumlah anggota / Members", len(d.members), "0", "orang / persons"),
        ]
        for offset, (text, shown, number_format, unit) in enumerate(rows):
            row = top + offset
            self.merge(f"H{row}", f"{right_label_last}{row}", text, st.LABEL)
            ref = f"{COL_RATE}{row}"
            if isinstance(shown, str) and shown.startswith("="):
                self.formula(ref, shown, d.days, st.VALUE_RIGHT)
            else:
                self.put(ref, shown, st.VALUE_RIGHT)
            self.ws[ref].number_format = number_format
            if unit:
                self.put(f"{COL_IDR}{row}", unit, st.LABEL)
        rate_cells: dict[str, str] = {}
        row = top + len(rows)
        for rate in d.rates:
            self.merge(f"H{row}", f"{right_label_last}{row}", f"Kurs / Rate: Rp per 1 {rate.currency}", st.LABEL)
            ref = f"{COL_RATE}{row}"
            self.put(ref, rate.rate, st.RATE_INPUT)
            self.ws[ref].number_format = f'{st.LOCALE}"Rp "#,##0.00'
            self.name(rate_name(rate.currency), ref)
            rate_cells[rate.currency] = ref
            self.put(f"{COL_IDR}{row}", f"per {_long_date(rate.quoted_on)}", st.LABEL)
            row += 1
        row = max(row, top + len(left))
        sources = "; ".join(f"{rate.currency}: {rate.source}, {_long_date(rate.quoted_on)}" for rate in d.rates)
        if sources:
            text = (
                f"Sumber kurs / Exchange-rate source: {sources}. Sel kurs berwarna hijau dapat diubah; semua jumlah "
                "mengikuti. / The green rate cells may be changed; every total follows."
            )
            self.merge(f"B{row}", f"{LAST_COLUMN}{row}", text, st.NOTE)
            self.height(row, text, sum(self.widths.values()) - 5)
            row += 1
        return rate_cells, f"{COL_RATE}{top + 2}", row + 1

    def warnings(self, row: int) -> tuple[int, int]:
        """The costs with no rate in the office's tables, listed above the table; returns the next free row."""
        missing = self.data.missing_rates()
        if not missing:
            return row, 0
        first = row
        by_kind: dict[CostKind, list[str]] = {}
        for entry in missing:
            by_kind.setdefault(entry.item.kind, []).append(entry.who)
        parts = [f"{cost_kind_label(kind)} ({', '.join(dict.fromkeys(who))})" for kind, who in by_kind.items()]
        text = (
            f"PERHATIAN / WARNING: {len(missing)} komponen belum ada tarifnya dalam tabel kantor; isi harga satuan "
            "pada sel berwarna jingga. / items have no rate in the office's tables; fill in the orange unit-amount "
            f"cells: {'; '.join(parts)}."
        )
        self.merge(f"A{row}", f"{LAST_COLUMN}{row}", text, st.WARNING)
        self.height(row, text, sum(self.widths.values()) * 0.95)
        return row + 2, first

    def table_header(self, row: int) -> None:
        for column, text in _HEADERS:
            self.put(f"{column}{row}", text, st.HEADER)
        self.ws.row_dimensions[row].height = 30

    def item_row(self, r: int, item: CostItem, idr: int, missing: list[str]) -> None:
        self.put(f"{COL_KIND}{r}", cost_kind_label(item.kind), st.TEXT)
        self.put(f"{COL_QUANTITY}{r}", item.quantity, st.QUANTITY)
        self.put(f"{COL_UNIT}{r}", item.unit_label, st.CENTER)
        self.put(f"{COL_CURRENCY}{r}", item.currency, st.CENTER)
        money = self.styles.money(item.currency)
        if item.unit_amount is None:
            self.put(f"{COL_UNIT_AMOUNT}{r}", None, st.MISSING_INPUT)
            self.ws[f"{COL_UNIT_AMOUNT}{r}"].number_format = st.money_format(item.currency)
            missing.append(f"{COL_UNIT_AMOUNT}{r}")
        else:
            self.put(f"{COL_UNIT_AMOUNT}{r}", item.unit_amount, money)
        self.formula(f"{COL_AMOUNT}{r}", f"={COL_QUANTITY}{r}*{COL_UNIT_AMOUNT}{r}", item.amount.amount, money)
        if item.currency == IDR:
            self.put(f"{COL_RATE}{r}", 1, st.RATE)
        else:
            self.formula(f"{COL_RATE}{r}", f"={rate_name(item.currency)}", self.data.rate_for(item.currency), st.RATE)
        self.formula(f"{COL_IDR}{r}", f"=ROUND({COL_AMOUNT}{r}*{COL_RATE}{r},0)", idr, st.RUPIAH)
        self.put(f"{COL_NOTE}{r}", item.detail, st.TEXT_WRAP)
        self.ws[f"{COL_NOTE}{r}"].alignment = Alignment(vertical="top", wrap_text=True, indent=1)  # off the amount
        self.height(r, item.detail, self.widths[COL_NOTE] - 2)

    def detail(self, first: int) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...], int, tuple[str, ...]]:
        row = first
        all_rows: list[tuple[int, ...]] = []
        missing: list[str] = []
        for number, (member, member_idr) in enumerate(
            zip(self.data.members, self.totals.item_idr, strict=True), start=1
        ):
            member_rows: list[int] = []
            role = label(member.role)
            for index, (item, idr) in enumerate(zip(member.costs, member_idr, strict=True)):
                r = row
                member_rows.append(r)
                if index == 0:
                    name = member.name if len(member.costs) > 1 else f"{member.name} ({role})"
                    self.put(f"{COL_NO}{r}", number, st.CENTER)
                    self.put(f"{COL_NAME}{r}", name, st.TEXT_WRAP)
                    self.put(f"{COL_POSITION}{r}", member.position, st.TEXT_WRAP)
                    self.put(f"{COL_GRADE}{r}", member.grade.value if member.grade else "-", st.CENTER)
                    self.height(r, member.name, self.widths[COL_NAME])
                    self.height(r, member.position, self.widths[COL_POSITION])
                else:
                    for column in (COL_NO, COL_POSITION, COL_GRADE):
                        self.put(f"{column}{r}", None, st.TEXT)
                    self.put(f"{COL_NAME}{r}", f"({role})" if index == 1 else None, st.TEXT)
                self.item_row(r, item, idr, missing)
                row += 1
            all_rows.append(tuple(member_rows))
        delegation_rows: list[int] = []
        if self.data.delegation_costs:
            self.merge(
                f"{COL_NO}{row}",
                f"{LAST_COLUMN}{row}",
                "BIAYA UNTUK SELURUH DELEGASI / COSTS FOR THE WHOLE DELEGATION",
                st.SECTION,
            )
            row += 1
            for index, (item, idr) in enumerate(
                zip(self.data.delegation_costs, self.totals.delegation_idr, strict=True)
            ):
                self.put(f"{COL_NO}{row}", None, st.TEXT)
                self.put(f"{COL_NAME}{row}", "Seluruh delegasi" if index == 0 else None, st.TEXT)
                self.put(f"{COL_POSITION}{row}", None, st.TEXT)
                self.put(f"{COL_GRADE}{row}", None, st.TEXT)
                self.item_row(row, item, idr, missing)
                delegation_rows.append(row)
                row += 1
        # The last row of every range the totals read: rows inserted above it (or typed into it) are counted.
        # Not merged, so that each of its cells can be typed into.
        self.put(f"{COL_NAME}{row}", ADDED_ROWS_NOTE, st.NOTE)
        return tuple(all_rows), tuple(delegation_rows), row, tuple(missing)

    def grand_totals(self, row: int, first: int, last: int) -> tuple[dict[str, str], int]:
        cells: dict[str, str] = {}
        currency_range = f"${COL_CURRENCY}${first}:${COL_CURRENCY}${last}"
        amount_range = f"${COL_AMOUNT}${first}:${COL_AMOUNT}${last}"
        for currency in self.currencies:
            self.merge(f"A{row}", f"{COL_UNIT_AMOUNT}{row}", f"JUMLAH {currency} / TOTAL IN {currency}", st.TOTAL_LABEL)
            ref = f"{COL_AMOUNT}{row}"
            self.formula(
                ref,
                f'=SUMIF({currency_range},"{currency}",{amount_range})',
                self.totals.foreign.get(currency, Decimal(0)),
                self.styles.money(currency, total=True),
            )
            for column in (COL_RATE, COL_IDR, COL_NOTE):
                self.put(f"{column}{row}", None, st.TOTAL_LABEL)
            self.name(total_name(currency), ref)
            cells[currency] = ref
            row += 1
        self.merge(f"A{row}", f"{COL_RATE}{row}", "JUMLAH TOTAL (Rp) / GRAND TOTAL (IDR)", st.TOTAL_LABEL)
        ref = f"{COL_IDR}{row}"
        self.formula(ref, f"=SUM({COL_IDR}{first}:{COL_IDR}{last})", self.totals.idr, st.TOTAL_RUPIAH)
        self.put(f"{COL_NOTE}{row}", None, st.TOTAL_LABEL)
        self.name(total_name(IDR), ref)
        cells[IDR] = ref
        self.ws.row_dimensions[row].height = 18
        return cells, row + 1

    def sources(self, row: int) -> int:
        """The source and year of every rate used, under the table."""
        sources = self.data.rate_sources()
        lines = [f"{cost_kind_label(kind)}: {source}" for kind, source in sources]
        if not lines:
            lines = ["tidak ada tarif dari tabel kantor / no rate from the office's tables"]
        row += 1
        self.merge(f"A{row}", f"{LAST_COLUMN}{row}", "Sumber tarif / Sources of the rates:", st.LABEL)
        row += 1
        for text in lines:
            self.merge(f"B{row}", f"{LAST_COLUMN}{row}", f"• {text}", st.NOTE)
            row += 1
        return row

    def recap_header(self, row: int, title: str, first_text: str, label_last: str, columns: dict[str, str]) -> int:
        self.merge(f"A{row}", f"{LAST_COLUMN}{row}", title, st.SECTION)
        self.ws.row_dimensions[row].height = 18
        row += 1
        self.put(f"A{row}", "No.", st.HEADER)
        self.merge(f"B{row}", f"{label_last}{row}", first_text, st.HEADER)
        for currency, column in columns.items():
            self.put(f"{column}{row}", f"Jumlah {currency}\nTotal {currency}", st.HEADER)
        self.put(f"{COL_IDR}{row}", "Jumlah (Rp)\nAmount (IDR)", st.HEADER)
        for column in _columns_between(label_last, COL_IDR):
            if column not in columns.values():
                self.put(f"{column}{row}", None, st.HEADER)
        self.ws.row_dimensions[row].height = 30
        return row + 1

    def member_recap(
        self,
        row: int,
        item_rows: tuple[tuple[int, ...], ...],
        delegation_rows: tuple[int, ...],
        columns: dict[str, str],
    ) -> tuple[tuple[int, ...], int]:
        label_last = _before(next(iter(columns.values()), COL_IDR))
        row = self.recap_header(
            row,
            "REKAPITULASI PER ANGGOTA / SUBTOTALS PER MEMBER",
            "Nama / Name - Jabatan / Position",
            label_last,
            columns,
        )
        first = row
        rows: list[int] = []
        groups = [(f"{m.name} - {m.position}", r) for m, r in zip(self.data.members, item_rows, strict=True)]
        if delegation_rows:
            groups.append(("Seluruh delegasi / Whole delegation", delegation_rows))
        for number, ((text, group_rows), figures) in enumerate(zip(groups, self.totals.by_member, strict=True), 1):
            a, b = group_rows[0], group_rows[-1]
            self.put(f"A{row}", number, st.CENTER)
            self.merge(f"B{row}", f"{label_last}{row}", text, st.TEXT)
            for currency, column in columns.items():
                self.formula(
                    f"{column}{row}",
                    f'=SUMIF({COL_CURRENCY}{a}:{COL_CURRENCY}{b},"{currency}",{COL_AMOUNT}{a}:{COL_AMOUNT}{b})',
                    figures.foreign.get(currency, Decimal(0)),
                    self.styles.money(currency),
                )
            self.formula(f"{COL_IDR}{row}", f"=SUM({COL_IDR}{a}:{COL_IDR}{b})", figures.idr, st.RUPIAH)
            rows.append(row)
            row += 1
        self.recap_total(row, first, row - 1, label_last, columns)
        return tuple(rows), row + 1

    def kind_recap(
        self, row: int, first: int, last: int, columns: dict[str, str]
    ) -> tuple[dict[CostKind, int], int, int]:
        label_last = _before(next(iter(columns.values()), COL_IDR))
        row = self.recap_header(
            row,
            "REKAPITULASI PER KOMPONEN / SUBTOTALS PER COST ITEM",
            "Komponen biaya / Cost item",
            label_last,
            columns,
        )
        kind_range = f"${COL_KIND}${first}:${COL_KIND}${last}"
        currency_range = f"${COL_CURRENCY}${first}:${COL_CURRENCY}${last}"
        amount_range = f"${COL_AMOUNT}${first}:${COL_AMOUNT}${last}"
        idr_range = f"${COL_IDR}${first}:${COL_IDR}${last}"
        top = row
        rows: dict[CostKind, int] = {}
        t = self.totals
        for number, kind in enumerate(COST_RULES, start=1):
            self.put(f"A{row}", number, st.CENTER)
            self.merge(f"B{row}", f"{label_last}{row}", cost_kind_label(kind), st.TEXT)
            for currency, column in columns.items():
                self.formula(
                    f"{column}{row}",
                    f'=SUMIFS({amount_range},{kind_range},$B{row},{currency_range},"{currency}")',
                    t.by_kind_foreign.get(kind, {}).get(currency, Decimal(0)),
                    self.styles.money(currency),
                )
            self.formula(
                f"{COL_IDR}{row}", f"=SUMIFS({idr_range},{kind_range},$B{row})", t.by_kind_idr.get(kind, 0), st.RUPIAH
            )
            rows[kind] = row
            row += 1
        # Rows a clerk added under another item's name: what the grand totals hold beyond the items above.
        other = row
        self.put(f"A{row}", len(rows) + 1, st.CENTER)
        self.merge(f"B{row}", f"{label_last}{row}", OTHER_ROWS, st.TEXT)
        for currency, column in columns.items():
            self.formula(
                f"{column}{row}",
                f"={total_name(currency)}-SUM({column}{top}:{column}{row - 1})",
                Decimal(0),
                self.styles.money(currency),
            )
        self.formula(f"{COL_IDR}{row}", f"={total_name(IDR)}-SUM({COL_IDR}{top}:{COL_IDR}{row - 1})", 0, st.RUPIAH)
        row += 1
        self.recap_total(row, top, row - 1, label_last, columns)
        return rows, other, row + 1

    def recap_total(self, row: int, first: int, last: int, label_last: str, columns: dict[str, str]) -> None:
        self.merge(f"A{row}", f"{label_last}{row}", "JUMLAH / TOTAL", st.TOTAL_LABEL)
        for currency, column in columns.items():
            self.formula(
                f"{column}{row}",
                f"=SUM({column}{first}:{column}{last})",
                self.totals.foreign.get(currency, Decimal(0)),
                self.styles.money(currency, total=True),
            )
        for column in _columns_between(label_last, COL_IDR):
            if column not in columns.values():
                self.put(f"{column}{row}", None, st.TOTAL_LABEL)
        self.formula(f"{COL_IDR}{row}", f"=SUM({COL_IDR}{first}:{COL_IDR}{last})", self.totals.idr, st.TOTAL_RUPIAH)

    def signatures(self, row: int) -> int:
        d = self.data
        place_date = ", ".join(part for part in (d.place, _long_date(d.prepared_on) if d.prepared_on else None) if part)
        left, left_last, right, right_last = "B", "D", "I", COL_IDR
        if place_date:
            self.merge(f"{right}{row}", f"{right_last}{row}", place_date, st.SIGNATURE)
        row += 1
        self.merge(f"{left}{row}", f"{left_last}{row}", "Disusun oleh / Prepared by", st.SIGNATURE)
        self.merge(f"{right}{row}", f"{right_last}{row}", "Disetujui oleh / Approved by", st.SIGNATURE)
        row += 1
        for column, last, who in ((left, left_last, d.prepared_by), (right, right_last, d.approved_by)):
            _sign(self, row, column, last, who)
        return row + 3


def _sign(writer: _Writer, row: int, column: str, last: str, who: Signatory | None) -> None:
    writer.merge(f"{column}{row}", f"{last}{row}", who.position if who else "", st.SIGNATURE)
    writer.height(row, who.position if who else "", 40)
    writer.ws.row_dimensions[row + 1].height = 48  # room to sign
    writer.merge(
        f"{column}{row + 2}",
        f"{last}{row + 2}",
        who.name if who else "(..............................)",
        st.SIGNATURE_NAME,
    )
    writer.merge(
        f"{column}{row + 3}",
        f"{last}{row + 3}",
        f"NIP. {who.id_number}" if who and who.id_number else "NIP. ",
        st.SIGNATURE,
    )


# Styles with borders: every cell of a merged range gets the style so the frame is whole.
_BORDERED = {st.TEXT, st.TEXT_WRAP, st.CENTER, st.HEADER, st.TOTAL_LABEL, st.SECTION, st.WARNING}


def _destination(d: TravelBudget) -> str:
    """'Jepang / Japan', or for a trip to several countries 'Jepang (4 hari), Korea Selatan (3 hari) / Japan (4
    days), South Korea (3 days)'."""
    if len(d.stops) > 1:
        indonesian = ", ".join(f"{name_id} ({days} hari)" for name_id, _en, days in d.stops)
        english = ", ".join(f"{name_en} ({days} days)" for _id, name_en, days in d.stops)
        return f"{indonesian} / {english}"
    if d.country_name_id != d.country_name_en:
        return f"{d.country_name_id} / {d.country_name_en}"
    return d.country_name_id


def _flat(rows: tuple[tuple[int, ...], ...]) -> list[int]:
    return [value for row in rows for value in row]


def _before(column: str) -> str:
    return str(get_column_letter(column_index_from_string(column) - 1))


def _columns_between(after: str, before: str) -> list[str]:
    return [get_column_letter(i) for i in range(column_index_from_string(after) + 1, column_index_from_string(before))]


def _long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale="id")
