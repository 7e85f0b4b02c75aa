"""The travel budget (RAB) of one delegation abroad, as an Excel workbook with live formulas.

One sheet, "RAB":

* a header block: region, title, the delegation (code, purpose, destination,
  cities, APBD account), dates and number of days, members count, and one
  green input cell per exchange rate (a named range such as ``KURS_USD``);
* one row per member and cost item: quantity x unit amount = amount in the
  item's currency; x rate = rupiah, ``ROUND(..., 0)`` (half away from zero,
  the program's half-up rule for positive amounts);
* the totals per foreign currency (``SUMIF`` on the currency column; amounts
  of different currencies are never added raw) and in rupiah, named
  ``TOTAL_USD`` ... and ``TOTAL_IDR``;
* subtotals per member and per cost kind, then the signature block.

Every figure below the input cells is a formula, so a clerk who changes a day
count or a rate sees all totals follow. The program's own figures for the
same data come from :meth:`secretariat.domain.workbooks.TravelBudget.totals`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from secretariat.documents import xlsx_styles as st
from secretariat.domain.labels import label
from secretariat.domain.money import IDR
from secretariat.domain.workbooks import (
    CostKind,
    Signatory,
    TravelBudget,
    cost_kind_label,
)

SHEET = "RAB"

# Columns of the detail table.
COL_NO, COL_NAME, COL_POSITION, COL_GRADE, COL_KIND = "A", "B", "C", "D", "E"
COL_QUANTITY, COL_UNIT, COL_CURRENCY, COL_UNIT_AMOUNT = "F", "G", "H", "I"
COL_AMOUNT, COL_RATE, COL_IDR = "J", "K", "L"
LAST_COLUMN = COL_IDR

_WIDTHS = [
    (COL_NO, 5),
    (COL_NAME, 27),
    (COL_POSITION, 27),
    (COL_GRADE, 7),
    (COL_KIND, 36),
    (COL_QUANTITY, 8),
    (COL_UNIT, 10),
    (COL_CURRENCY, 9),
    (COL_UNIT_AMOUNT, 15),
    (COL_AMOUNT, 17),
    (COL_RATE, 18),
    (COL_IDR, 19),
]

_WIDTH = dict(_WIDTHS)

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
]

#: Where the per-currency subtotals go in the recap tables, by number of foreign currencies.
_RECAP_CURRENCY_COLUMNS = {
    0: [],
    1: [COL_AMOUNT],
    2: [COL_AMOUNT, COL_RATE],
    3: [COL_UNIT_AMOUNT, COL_AMOUNT, COL_RATE],
}

HEADER_DATE_FORMAT = "[$-421]d mmm yyyy"  # Indonesian month names in Excel and LibreOffice


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
    rate_cells: dict[str, str]  # currency -> cell of its rate, e.g. {"USD": "K8"}
    total_cells: dict[str, str]  # currency (and IDR) -> cell of the grand total
    member_rows: tuple[int, ...]  # row of each member in the per-member recap
    kind_rows: dict[CostKind, int]  # row of each cost kind in the per-kind recap
    recap_currency_columns: dict[str, str]  # currency -> column of the recaps
    header_row: int
    days_cell: str  # number of days, a formula on the departure and return dates


def write_travel_budget(data: TravelBudget, path_or_stream: str | Path | IO[bytes]) -> TravelBudgetLayout:
    """Write ``data`` as an .xlsx workbook to a path or a binary stream; return where things landed."""
    data.validate()
    workbook = Workbook()
    styles = st.StyleBook(workbook)
    ws = workbook.active
    assert isinstance(ws, Worksheet)
    ws.title = SHEET
    layout = _Writer(data, workbook, ws, styles).write()
    workbook.save(path_or_stream)  # type: ignore[arg-type]
    return layout


class _Writer:
    def __init__(self, data: TravelBudget, workbook: Workbook, ws: Worksheet, styles: st.StyleBook) -> None:
        self.data = data
        self.workbook = workbook
        self.ws = ws
        self.styles = styles
        self.currencies = data.foreign_currencies()

    # -- small helpers ------------------------------------------------------

    def put(self, ref: str, value: object, style: str) -> None:
        cell = self.ws[ref]
        cell.style = style
        st.put_value(cell, value)

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

    def height(self, row: int, text: str, width_chars: float) -> None:
        """Make ``row`` tall enough for ``text`` wrapped in ``width_chars`` (never lower it)."""
        height = st.wrapped_height(((text, width_chars),))
        current = self.ws.row_dimensions[row].height or 0
        if height and height > current:
            self.ws.row_dimensions[row].height = height

    # -- the sheet ------------------------------------------------------------

    def write(self) -> TravelBudgetLayout:
        st.set_column_widths(self.ws, _WIDTHS)
        rate_cells, days_cell, row = self.header_block()
        header_row = row
        self.table_header(header_row)
        item_rows, last_detail = self.detail(header_row + 1, rate_cells)
        first_detail = header_row + 1
        total_cells, row = self.grand_totals(last_detail + 1, first_detail, last_detail)
        recap_columns = dict(zip(self.currencies, _RECAP_CURRENCY_COLUMNS[len(self.currencies)]))
        member_recap_first = row + 1
        member_rows, row = self.member_recap(member_recap_first, item_rows, recap_columns)
        kind_recap_first = row + 1
        kind_rows, row = self.kind_recap(kind_recap_first, first_detail, last_detail, recap_columns)
        signature_first = row + 2
        self.signatures(signature_first)
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
        # a member's rows, each recap table and the signatures each stay on one page
        blocks = [(rows[0], rows[-1]) for rows in item_rows]
        blocks += [
            (member_recap_first, kind_recap_first - 2),
            (kind_recap_first, signature_first - 3),
            (signature_first, self.ws.max_row),
        ]
        st.fix_row_heights(self.ws)
        st.keep_together(self.ws, blocks, repeated_rows=(header_row, header_row), paper=self.data.paper)
        return TravelBudgetLayout(
            sheet=SHEET,
            item_rows=item_rows,
            rate_cells=rate_cells,
            total_cells=total_cells,
            member_rows=member_rows,
            kind_rows=kind_rows,
            recap_currency_columns=recap_columns,
            header_row=header_row,
            days_cell=days_cell,
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
        left = [
            ("Kode delegasi / Delegation", d.delegation_code),
            ("Maksud / Purpose", d.purpose),
            (
                "Negara tujuan / Destination",
                f"{d.country_name_id} / {d.country_name_en}"
                if d.country_name_id != d.country_name_en
                else d.country_name_id,
            ),
            ("Kota / Cities", d.cities),
            ("Rekening APBD / Account", f"{d.account_code} - {d.account_description}"),
        ]
        left_value_width = sum(w for c, w in _WIDTHS if c in "CDEFG")
        for offset, (text, value) in enumerate(left):
            row = top + offset
            self.put(f"B{row}", text, st.LABEL)
            self.merge(f"C{row}", f"G{row}", value, st.VALUE)
            self.height(row, value, left_value_width)
        right_label_last = COL_AMOUNT
        rows = [
            ("Tanggal berangkat / Departure", d.departure_on, HEADER_DATE_FORMAT, None),
            ("Tanggal kembali / Return", d.return_on, HEADER_DATE_FORMAT, None),
            ("Lama perjalanan / Duration", st.Formula(f"={COL_RATE}{top + 1}-{COL_RATE}{top}+1"), "0", "hari / days"),
            ("Jumlah anggota / Members", len(d.members), "0", "orang / persons"),
        ]
        for offset, (text, value, number_format, unit) in enumerate(rows):
            row = top + offset
            self.merge(f"H{row}", f"{right_label_last}{row}", text, st.LABEL)
            self.put(f"{COL_RATE}{row}", value, st.VALUE_RIGHT)
            self.ws[f"{COL_RATE}{row}"].number_format = number_format
            if unit:
                self.put(f"{COL_IDR}{row}", unit, st.LABEL)
        rate_cells: dict[str, str] = {}
        row = top + len(rows)
        for rate in d.rates:
            self.merge(f"H{row}", f"{right_label_last}{row}", f"Kurs / Rate: Rp per 1 {rate.currency}", st.LABEL)
            ref = f"{COL_RATE}{row}"
            self.put(ref, rate.rate, st.RATE_INPUT)
            self.ws[ref].number_format = '"Rp" #,##0.00'
            self.name(rate_name(rate.currency), ref)
            rate_cells[rate.currency] = ref
            self.put(f"{COL_IDR}{row}", f"per {_long_date(rate.quoted_on)}", st.LABEL)
            row += 1
        row = max(row, top + len(left))
        sources = "; ".join(f"{rate.currency}: {rate.source}, {_long_date(rate.quoted_on)}" for rate in d.rates)
        if sources:
            self.merge(
                f"B{row}",
                f"{LAST_COLUMN}{row}",
                f"Sumber kurs / Exchange-rate source: {sources}. "
                "Sel kurs berwarna hijau dapat diubah; semua jumlah mengikuti. / "
                "The green rate cells may be changed; every total follows.",
                st.NOTE,
            )
            row += 1
        return rate_cells, f"{COL_RATE}{top + 2}", row + 1

    def table_header(self, row: int) -> None:
        for column, text in _HEADERS:
            self.put(f"{column}{row}", text, st.HEADER)
        self.ws.row_dimensions[row].height = 30

    def detail(self, first: int, rate_cells: dict[str, str]) -> tuple[tuple[tuple[int, ...], ...], int]:
        row = first
        all_rows: list[tuple[int, ...]] = []
        for number, member in enumerate(self.data.members, start=1):
            member_rows: list[int] = []
            role = label(member.role)
            for index, item in enumerate(member.costs):
                r = row
                member_rows.append(r)
                if index == 0:
                    name = member.name if len(member.costs) > 1 else f"{member.name} ({role})"
                    self.put(f"{COL_NO}{r}", number, st.CENTER)
                    self.put(f"{COL_NAME}{r}", name, st.TEXT_WRAP)
                    self.put(f"{COL_POSITION}{r}", member.position, st.TEXT_WRAP)
                    self.put(f"{COL_GRADE}{r}", member.grade.value if member.grade else "-", st.CENTER)
                    self.height(r, member.name, _WIDTH[COL_NAME])
                    self.height(r, member.position, _WIDTH[COL_POSITION])
                else:
                    for column in (COL_NO, COL_POSITION, COL_GRADE):
                        self.put(f"{column}{r}", None, st.TEXT)
                    self.put(f"{COL_NAME}{r}", f"({role})" if index == 1 else None, st.TEXT)
                self.put(f"{COL_KIND}{r}", cost_kind_label(item.kind), st.TEXT)
                self.put(f"{COL_QUANTITY}{r}", item.quantity, st.QUANTITY)
                self.put(f"{COL_UNIT}{r}", item.unit_label, st.CENTER)
                self.put(f"{COL_CURRENCY}{r}", item.currency, st.CENTER)
                money = self.styles.money(item.currency)
                self.put(f"{COL_UNIT_AMOUNT}{r}", item.unit_amount, money)
                self.put(f"{COL_AMOUNT}{r}", st.Formula(f"={COL_QUANTITY}{r}*{COL_UNIT_AMOUNT}{r}"), money)
                if item.currency == IDR:
                    self.put(f"{COL_RATE}{r}", 1, st.RATE)
                else:
                    self.put(f"{COL_RATE}{r}", st.Formula(f"={rate_name(item.currency)}"), st.RATE)
                self.put(f"{COL_IDR}{r}", st.Formula(f"=ROUND({COL_AMOUNT}{r}*{COL_RATE}{r},0)"), st.RUPIAH)
                row += 1
            all_rows.append(tuple(member_rows))
        return tuple(all_rows), row - 1

    def grand_totals(self, row: int, first: int, last: int) -> tuple[dict[str, str], int]:
        cells: dict[str, str] = {}
        currency_range = f"${COL_CURRENCY}${first}:${COL_CURRENCY}${last}"
        amount_range = f"${COL_AMOUNT}${first}:${COL_AMOUNT}${last}"
        for currency in self.currencies:
            self.merge(f"A{row}", f"{COL_UNIT_AMOUNT}{row}", f"JUMLAH {currency} / TOTAL IN {currency}", st.TOTAL_LABEL)
            ref = f"{COL_AMOUNT}{row}"
            self.put(
                ref,
                st.Formula(f'=SUMIF({currency_range},"{currency}",{amount_range})'),
                self.styles.money(currency, total=True),
            )
            self.put(f"{COL_RATE}{row}", None, st.TOTAL_LABEL)
            self.put(f"{COL_IDR}{row}", None, st.TOTAL_LABEL)
            self.name(total_name(currency), ref)
            cells[currency] = ref
            row += 1
        self.merge(f"A{row}", f"{COL_RATE}{row}", "JUMLAH TOTAL (Rp) / GRAND TOTAL (IDR)", st.TOTAL_LABEL)
        ref = f"{COL_IDR}{row}"
        self.put(ref, st.Formula(f"=SUM({COL_IDR}{first}:{COL_IDR}{last})"), st.TOTAL_RUPIAH)
        self.name(total_name(IDR), ref)
        cells[IDR] = ref
        self.ws.row_dimensions[row].height = 18
        return cells, row + 1

    def recap_header(self, row: int, title: str, first_text: str, label_last: str, columns: dict[str, str]) -> int:
        self.merge(f"A{row}", f"{LAST_COLUMN}{row}", title, st.SECTION)
        self.ws.row_dimensions[row].height = 18
        row += 1
        self.put(f"A{row}", "No.", st.HEADER)
        self.merge(f"B{row}", f"{label_last}{row}", first_text, st.HEADER)
        for currency, column in columns.items():
            self.put(f"{column}{row}", f"Jumlah {currency}\nTotal {currency}", st.HEADER)
        self.put(f"{COL_IDR}{row}", "Jumlah (Rp)\nAmount (IDR)", st.HEADER)
        self.ws.row_dimensions[row].height = 30
        return row + 1

    def member_recap(
        self, row: int, item_rows: tuple[tuple[int, ...], ...], columns: dict[str, str]
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
        for number, (member, member_rows) in enumerate(zip(self.data.members, item_rows), start=1):
            a, b = member_rows[0], member_rows[-1]
            self.put(f"A{row}", number, st.CENTER)
            self.merge(f"B{row}", f"{label_last}{row}", f"{member.name} - {member.position}", st.TEXT)
            for currency, column in columns.items():
                self.put(
                    f"{column}{row}",
                    st.Formula(
                        f'=SUMIF({COL_CURRENCY}{a}:{COL_CURRENCY}{b},"{currency}",{COL_AMOUNT}{a}:{COL_AMOUNT}{b})'
                    ),
                    self.styles.money(currency),
                )
            self.put(f"{COL_IDR}{row}", st.Formula(f"=SUM({COL_IDR}{a}:{COL_IDR}{b})"), st.RUPIAH)
            rows.append(row)
            row += 1
        self.recap_total(row, first, row - 1, label_last, columns)
        return tuple(rows), row + 1

    def kind_recap(self, row: int, first: int, last: int, columns: dict[str, str]) -> tuple[dict[CostKind, int], int]:
        label_last = _before(next(iter(columns.values()), COL_IDR))
        row = self.recap_header(
            row,
            "REKAPITULASI PER KOMPONEN / SUBTOTALS PER COST ITEM",
            "Komponen biaya / Cost item",
            label_last,
            columns,
        )
        kinds = [
            kind for kind in CostKind if any(item.kind == kind for member in self.data.members for item in member.costs)
        ]
        kind_range = f"${COL_KIND}${first}:${COL_KIND}${last}"
        currency_range = f"${COL_CURRENCY}${first}:${COL_CURRENCY}${last}"
        amount_range = f"${COL_AMOUNT}${first}:${COL_AMOUNT}${last}"
        idr_range = f"${COL_IDR}${first}:${COL_IDR}${last}"
        top = row
        rows: dict[CostKind, int] = {}
        for number, kind in enumerate(kinds, start=1):
            self.put(f"A{row}", number, st.CENTER)
            self.merge(f"B{row}", f"{label_last}{row}", cost_kind_label(kind), st.TEXT)
            for currency, column in columns.items():
                self.put(
                    f"{column}{row}",
                    st.Formula(f'=SUMIFS({amount_range},{kind_range},$B{row},{currency_range},"{currency}")'),
                    self.styles.money(currency),
                )
            self.put(f"{COL_IDR}{row}", st.Formula(f"=SUMIF({kind_range},$B{row},{idr_range})"), st.RUPIAH)
            rows[kind] = row
            row += 1
        self.recap_total(row, top, row - 1, label_last, columns)
        return rows, row + 1

    def recap_total(self, row: int, first: int, last: int, label_last: str, columns: dict[str, str]) -> None:
        self.merge(f"A{row}", f"{label_last}{row}", "JUMLAH / TOTAL", st.TOTAL_LABEL)
        for currency, column in columns.items():
            self.put(
                f"{column}{row}",
                st.Formula(f"=SUM({column}{first}:{column}{last})"),
                self.styles.money(currency, total=True),
            )
        for column in _columns_between(label_last, COL_IDR):
            if column not in columns.values():
                self.put(f"{column}{row}", None, st.TOTAL_LABEL)
        self.put(f"{COL_IDR}{row}", st.Formula(f"=SUM({COL_IDR}{first}:{COL_IDR}{last})"), st.TOTAL_RUPIAH)

    def signatures(self, row: int) -> None:
        d = self.data
        place_date = ", ".join(part for part in (d.place, _long_date(d.prepared_on) if d.prepared_on else None) if part)
        left, left_last, right, right_last = "B", "C", "I", LAST_COLUMN
        if place_date:
            self.merge(f"{right}{row}", f"{right_last}{row}", place_date, st.SIGNATURE)
        row += 1
        self.merge(f"{left}{row}", f"{left_last}{row}", "Disusun oleh / Prepared by", st.SIGNATURE)
        self.merge(f"{right}{row}", f"{right_last}{row}", "Disetujui oleh / Approved by", st.SIGNATURE)
        row += 1
        for column, last, who in ((left, left_last, d.prepared_by), (right, right_last, d.approved_by)):
            _sign(self, row, column, last, who)


def _sign(writer: _Writer, row: int, column: str, last: str, who: Signatory | None) -> None:
    writer.merge(f"{column}{row}", f"{last}{row}", who.position if who else "", st.SIGNATURE)
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
_BORDERED = {st.TEXT, st.TEXT_WRAP, st.CENTER, st.HEADER, st.TOTAL_LABEL}


def _before(column: str) -> str:
    return get_column_letter(column_index_from_string(column) - 1)


def _columns_between(after: str, before: str) -> list[str]:
    return [get_column_letter(i) for i in range(column_index_from_string(after) + 1, column_index_from_string(before))]


def _long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale="id")
