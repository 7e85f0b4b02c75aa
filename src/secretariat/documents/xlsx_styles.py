"""Named cell styles and print settings shared by the program's Excel workbooks.

Every cell the program writes carries one of the named styles below, so a
clerk sees them in Excel's "Cell Styles" gallery and can restyle a whole
workbook at once. Money formats put the currency in front of the number and
carry the Indonesian locale tag ``[$-421]``, so the workbook, which is
Indonesian, shows "Rp 1.234.567" and "USD 1.234,56" (dots for thousands, a
comma for decimals) whatever the regional setting of the PC that opens it;
negative amounts are red with a minus sign. :func:`format_amount` writes the
same text in Python, to size the columns from their longest value
(:func:`fit_width`) so that no amount touches the next column.

:class:`StyleBook` registers the styles in a workbook (normal or write-only)
and makes cells cheaply: in write-only mode a workbook of 60,000 rows is
written cell by cell, so a cell gets a copy of its style's index array rather
than a name lookup each time.

Text is text: a string is written as a text cell, never as a formula, even when it begins with ``=``
(openpyxl would otherwise store it as a live formula), ``+``, ``-``, ``@``, a tab or a carriage
return; such a cell also carries Excel's quote prefix, so editing it in Excel keeps it text. Only a
:class:`Formula` is written as a formula. :func:`put_value` is the one place values enter cells.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from secretariat.documents.cell_text import FORMULA_STARTS, Formula, looks_like_formula, put_value, text_safe
from secretariat.documents.xlsx_cache import FormulaCell, TemplateRow, fill_cells, takes_template_rows
from secretariat.domain.enums import PaperSize
from secretariat.domain.money import IDR, currency_exponent

__all__ = ["FORMULA_STARTS", "Formula", "looks_like_formula", "put_value", "text_safe"]  # re-exported as st.*

FONT_NAME = "Calibri"

#: The Indonesian locale tag of Excel and LibreOffice number formats: dots for thousands, a comma for decimals.
LOCALE = "[$-421]"
RUPIAH_FORMAT = f'{LOCALE}"Rp "#,##0;[Red]{LOCALE}-"Rp "#,##0'
RATE_FORMAT = f"{LOCALE}#,##0.00##"
PERCENT_FORMAT = f"{LOCALE}0.00%"
QUANTITY_FORMAT = f"{LOCALE}#,##0.##;{LOCALE}-#,##0.##;{LOCALE}0"
DATE_FORMAT = "dd/mm/yyyy"
INTEGER_FORMAT = f"{LOCALE}#,##0"

_THIN = Side(style="thin", color="808080")
_MEDIUM = Side(style="medium", color="000000")
_DOUBLE = Side(style="double", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_BORDER = Border(left=_THIN, right=_THIN, top=_MEDIUM, bottom=_DOUBLE)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_SECTION_FILL = PatternFill("solid", fgColor="EDEDED")
_TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")

#: Excel's paper-size codes (ECMA-376 Part 1, 18.3.1.63): 9 is A4,
#: 14 "Folio 8.5 x 13 in" is the Indonesian F4 (215 x 330 mm).
PAPER_CODES: dict[PaperSize, int] = {PaperSize.A4: 9, PaperSize.F4: 14}

# Style names, as the clerk sees them in Excel.
TITLE = "Sekretariat Judul"
TITLE_LEFT = "Sekretariat Judul Kiri"
SUBTITLE = "Sekretariat Subjudul"
SUBTITLE_LEFT = "Sekretariat Subjudul Kiri"
NOTE = "Sekretariat Catatan"
LABEL = "Sekretariat Label"
VALUE = "Sekretariat Isian"
VALUE_RIGHT = "Sekretariat Isian Kanan"
SECTION = "Sekretariat Bagian"
HEADER = "Sekretariat Kepala Tabel"
TEXT = "Sekretariat Teks"
TEXT_WRAP = "Sekretariat Teks Panjang"
CENTER = "Sekretariat Tengah"
QUANTITY = "Sekretariat Volume"
RATE = "Sekretariat Kurs"
RATE_INPUT = "Sekretariat Kurs Isian"
DATE = "Sekretariat Tanggal"
PERCENT = "Sekretariat Persen"
RUPIAH = "Sekretariat Rupiah"
TOTAL_LABEL = "Sekretariat Total Label"
TOTAL_RUPIAH = "Sekretariat Total Rupiah"
TOTAL_PERCENT = "Sekretariat Total Persen"
SIGNATURE = "Sekretariat Tanda Tangan"
SIGNATURE_NAME = "Sekretariat Nama Penanda Tangan"
SIGNATURE_SPAN = "Sekretariat Tanda Tangan Lebar"  # centred across the empty cells to its right
SIGNATURE_NAME_SPAN = "Sekretariat Nama Penanda Tangan Lebar"
MISSING_INPUT = "Sekretariat Isian Belum Ada"  # a unit amount the clerk must fill in (no rate in the table)
WARNING = "Sekretariat Peringatan"


def money_format(currency: str) -> str:
    """Number format of an amount of ``currency``: its code in front, its CLDR number of decimals, Indonesian
    separators, negatives red with a minus sign."""
    if currency == IDR:
        return RUPIAH_FORMAT
    decimals = currency_exponent(currency)
    fraction = "." + "0" * decimals if decimals else ""
    return f'{LOCALE}"{currency} "#,##0{fraction};[Red]{LOCALE}-"{currency} "#,##0{fraction}'


def format_amount(value: object, currency: str = IDR) -> str:
    """The text :func:`money_format` shows for ``value``: "Rp 1.234.567", "-USD 1.234,56"."""
    decimals = 0 if currency == IDR else currency_exponent(currency)
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    text = f"{abs(number):,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    symbol = "Rp" if currency == IDR else currency
    return f"{'-' if number < 0 else ''}{symbol} {text}"


def format_percent(value: object) -> str:
    """The text :data:`PERCENT_FORMAT` shows for a fraction (0.8951 -> "89,51%")."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value)) * 100
    return f"{number:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + "%"


#: Width units (about one "0" of the default font) per character of 10-point Calibri, bold a little wider.
_CHAR_WIDTH = 1.0
_BOLD_CHAR_WIDTH = 1.1
_WIDTH_PADDING = 2.5


def fit_width(texts: Iterable[str | None], *, minimum: float = 0, bold: bool = False) -> float:
    """A column width that shows the longest of ``texts`` (one line each) whole, with room to spare."""
    longest = max((len(text) for text in texts if text), default=0)
    per_char = _BOLD_CHAR_WIDTH if bold else _CHAR_WIDTH
    return max(minimum, round(longest * per_char + _WIDTH_PADDING, 1))


def _base_styles() -> list[NamedStyle]:
    font = Font(name=FONT_NAME, size=10)
    bold = Font(name=FONT_NAME, size=10, bold=True)
    top_left = Alignment(vertical="top")
    top_right = Alignment(vertical="top", horizontal="right")
    return [
        NamedStyle(
            TITLE,
            font=Font(name=FONT_NAME, size=14, bold=True),
            alignment=Alignment(horizontal="center", vertical="center"),
        ),
        NamedStyle(TITLE_LEFT, font=Font(name=FONT_NAME, size=14, bold=True), alignment=Alignment(vertical="center")),
        NamedStyle(
            SUBTITLE,
            font=Font(name=FONT_NAME, size=11, bold=True),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle(
            SUBTITLE_LEFT, font=Font(name=FONT_NAME, size=11, bold=True), alignment=Alignment(vertical="center")
        ),
        NamedStyle(
            NOTE, font=Font(name=FONT_NAME, size=9, italic=True, color="404040"), alignment=Alignment(vertical="top")
        ),
        NamedStyle(LABEL, font=Font(name=FONT_NAME, size=10, color="404040"), alignment=top_left),
        NamedStyle(VALUE, font=bold, alignment=Alignment(vertical="top", wrap_text=True)),
        NamedStyle(VALUE_RIGHT, font=bold, alignment=top_right),
        NamedStyle(
            SECTION,
            font=Font(name=FONT_NAME, size=11, bold=True),
            fill=_SECTION_FILL,
            alignment=Alignment(vertical="center"),
        ),
        NamedStyle(
            HEADER,
            font=bold,
            fill=_HEADER_FILL,
            border=_GRID,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle(TEXT, font=font, border=_GRID, alignment=top_left),
        NamedStyle(TEXT_WRAP, font=font, border=_GRID, alignment=Alignment(vertical="top", wrap_text=True)),
        NamedStyle(CENTER, font=font, border=_GRID, alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle(QUANTITY, font=font, border=_GRID, alignment=top_right, number_format=QUANTITY_FORMAT),
        NamedStyle(RATE, font=font, border=_GRID, alignment=top_right, number_format=RATE_FORMAT),
        NamedStyle(
            RATE_INPUT,
            font=bold,
            border=_GRID,
            fill=PatternFill("solid", fgColor="E2EFDA"),
            alignment=Alignment(horizontal="right", vertical="top"),
            number_format=RUPIAH_FORMAT,
        ),
        NamedStyle(
            DATE,
            font=font,
            border=_GRID,
            alignment=Alignment(horizontal="center", vertical="top"),
            number_format=DATE_FORMAT,
        ),
        NamedStyle(PERCENT, font=font, border=_GRID, alignment=top_right, number_format=PERCENT_FORMAT),
        NamedStyle(RUPIAH, font=font, border=_GRID, alignment=top_right, number_format=RUPIAH_FORMAT),
        NamedStyle(
            TOTAL_LABEL, font=bold, fill=_TOTAL_FILL, border=_TOTAL_BORDER, alignment=Alignment(vertical="center")
        ),
        NamedStyle(
            TOTAL_RUPIAH,
            font=bold,
            fill=_TOTAL_FILL,
            border=_TOTAL_BORDER,
            alignment=Alignment(horizontal="right", vertical="center"),
            number_format=RUPIAH_FORMAT,
        ),
        NamedStyle(
            TOTAL_PERCENT,
            font=bold,
            fill=_TOTAL_FILL,
            border=_TOTAL_BORDER,
            alignment=Alignment(horizontal="right", vertical="center"),
            number_format=PERCENT_FORMAT,
        ),
        NamedStyle(SIGNATURE, font=font, alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle(
            SIGNATURE_NAME,
            font=Font(name=FONT_NAME, size=10, bold=True, underline="single"),
            alignment=Alignment(horizontal="center", vertical="top"),
        ),
        NamedStyle(SIGNATURE_SPAN, font=font, alignment=Alignment(horizontal="centerContinuous", vertical="top")),
        NamedStyle(
            SIGNATURE_NAME_SPAN,
            font=Font(name=FONT_NAME, size=10, bold=True, underline="single"),
            alignment=Alignment(horizontal="centerContinuous", vertical="top"),
        ),
        NamedStyle(
            WARNING,
            font=Font(name=FONT_NAME, size=10, bold=True, color="833C0B"),
            fill=PatternFill("solid", fgColor="FCE4D6"),
            border=_GRID,
            alignment=Alignment(vertical="top", wrap_text=True),
        ),
        NamedStyle(
            MISSING_INPUT,
            font=bold,
            border=_GRID,
            fill=PatternFill("solid", fgColor="FFD966"),
            alignment=top_right,
            number_format=QUANTITY_FORMAT,
        ),
    ]


def money_style_name(currency: str, *, total: bool = False) -> str:
    if currency == IDR:
        return TOTAL_RUPIAH if total else RUPIAH
    return f"Sekretariat {'Total ' if total else ''}{currency}"


@dataclass
class StyleBook:
    """The named styles of one workbook, and a fast way to make styled cells."""

    workbook: Workbook

    def __post_init__(self) -> None:
        self._arrays: dict[str, StyleArray] = {}
        existing = set(self.workbook.named_styles)
        for style in _base_styles():
            if style.name not in existing:
                self.workbook.add_named_style(style)
        self.money(IDR)

    def money(self, currency: str, *, total: bool = False) -> str:
        """The name of the style for amounts of ``currency`` (registered on first use)."""
        name = money_style_name(currency, total=total)
        if name not in self.workbook.named_styles:
            base = _base_styles_by_name()[TOTAL_RUPIAH if total else RUPIAH]
            self.workbook.add_named_style(
                NamedStyle(
                    name,
                    font=base.font,
                    fill=base.fill,
                    border=base.border,
                    alignment=base.alignment,
                    number_format=money_format(currency),
                )
            )
        return name

    def array(self, name: str) -> StyleArray:
        found = self._arrays.get(name)
        if found is None:
            style = next(s for s in self.workbook._named_styles if s.name == name)
            found = self._arrays[name] = style.as_tuple()
        return found

    def cell(self, worksheet: Worksheet, value: object, style: str) -> Cell:
        """A cell for ``worksheet.append`` (write-only mode) holding ``value`` in the named ``style``; a
        :class:`~secretariat.documents.xlsx_cache.Computed` value is a formula stored with its value."""
        return FormulaCell(worksheet, value, self.array(style))

    def row_template(self, worksheet: Worksheet, styles: Iterable[str]) -> RowTemplate:
        """Reusable styled cells for the rows of a write-only sheet whose columns keep one style each."""
        return RowTemplate([self.cell(worksheet, None, style) for style in styles], takes_template_rows(worksheet))

    def apply(self, cell: Cell, style: str) -> None:
        """Give an existing cell (normal mode) the named ``style``."""
        cell.style = style


class RowTemplate:
    """One styled cell per column, refilled for each row appended to a write-only sheet.

    ``WriteOnlyWorksheet.append`` writes the row at once and keeps none of its
    cells, so the same cells can carry the next row's values: this spares
    building (and style-copying) a cell per value, most of the cost of a big sheet.
    On a sheet whose rows :mod:`secretariat.documents.xlsx_cache` writes, :meth:`row`
    spares even the filling: the values go to the row writer as they are, and it
    writes them as these cells filled with them would be written.
    """

    def __init__(self, cells: list[Cell], direct: bool = False) -> None:
        self.cells = cells
        self.direct = direct

    def fill(self, values: Iterable[object]) -> list[Cell]:
        """The cells, holding ``values``."""
        return fill_cells(self.cells, values)

    def row(self, values: Iterable[object]) -> list[Any]:
        """A row of ``values`` in these cells' styles, for ``worksheet.append``."""
        if self.direct:
            return TemplateRow(self.cells, values)
        return self.fill(values)


def stream_styled_cells(worksheet: Worksheet) -> None:
    """Let a write-only sheet take ready-made styled cells without trying each as a value first.

    openpyxl's ``WriteOnlyWorksheet.append`` first assigns every item of the row
    to a blank cell and, when the item is itself a styled cell, catches the
    ValueError that assignment raises (building its message with the cell's
    repr). For 600,000 cells that costs about a quarter of the writing time.
    This installs, on this one sheet, the same conversion minus the failed
    attempt. It relies on the private ``_values_to_row`` hook of openpyxl 3.1:
    where that hook is missing the sheet keeps openpyxl's own path, and
    tests/test_budget_xlsx.py checks that both give the same file.
    """
    original = getattr(worksheet, "_values_to_row", None)
    if original is None or not callable(original):
        return

    def values_to_row(values: Iterable[object], row_idx: int) -> Iterator[Cell]:
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = put_value(Cell(worksheet, row=row_idx, column=col_idx), value)
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    worksheet._values_to_row = values_to_row


def _base_styles_by_name() -> dict[str, NamedStyle]:
    return {style.name: style for style in _base_styles()}


LINE_HEIGHT = 13.0  # points per line of 10-point text


def text_lines(text: str | None, width: float) -> int:
    """Lines a wrapped ``text`` takes in a column ``width`` characters wide (an estimate)."""
    if not text:
        return 1
    per_line = max(width * 1.1 - 1, 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))


def wrapped_height(cells: Iterable[tuple[str | None, float]]) -> float | None:
    """Row height (points) that shows every wrapped cell whole, or None when one line is enough.

    Excel fits such rows itself, LibreOffice does not on opening an .xlsx: so the program sets it.
    """
    lines = max((text_lines(text, width) for text, width in cells), default=1)
    return LINE_HEIGHT * lines + 3 if lines > 1 else None


_MARGINS = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)


def set_column_widths(worksheet: Worksheet, widths: Iterable[tuple[str, float]]) -> None:
    for letter, width in widths:
        worksheet.column_dimensions[letter].width = width


def prepare_print(
    worksheet: Worksheet,
    *,
    title_rows: str | None,
    header_left: str,
    header_right: str,
    footer_left: str,
    landscape: bool = True,
    paper: PaperSize = PaperSize.A4,
) -> None:
    """A4 (or F4) pages fitted to the width, repeated table header, header and footer texts."""
    ws = worksheet
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER_CODES[paper]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=_MARGINS.left,
        right=_MARGINS.right,
        top=_MARGINS.top,
        bottom=_MARGINS.bottom,
        header=_MARGINS.header,
        footer=_MARGINS.footer,
    )
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = _escape_header(header_left)
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = _escape_header(header_right)
    ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = _escape_header(footer_left)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Halaman &P dari &N / Page &P of &N"
    ws.oddFooter.right.size = 8


#: Paper in points, portrait (width, height).
_PAPER_POINTS: dict[PaperSize, tuple[float, float]] = {PaperSize.A4: (595.28, 841.89), PaperSize.F4: (609.45, 935.43)}
_DEFAULT_ROW_POINTS = 14.0


def fix_row_heights(worksheet: Worksheet, height: float = _DEFAULT_ROW_POINTS) -> None:
    """Give every row without a height an explicit one, so Excel and LibreOffice paginate alike."""
    ws = worksheet
    for row in range(1, ws.max_row + 1):
        dimension = ws.row_dimensions[row]
        if not dimension.height:
            dimension.height = height


def page_capacity(
    widths: Iterable[float], *, paper: PaperSize = PaperSize.A4, landscape: bool = True, margins: PageMargins = _MARGINS
) -> float:
    """The height in points of the rows one printed page holds, at the fit-to-width scale of columns ``widths``."""
    width_pt, height_pt = _PAPER_POINTS[paper]
    if landscape:
        width_pt, height_pt = height_pt, width_pt
    printable_width = width_pt - (margins.left + margins.right) * 72
    printable_height = height_pt - (margins.top + margins.bottom) * 72
    sheet_width = sum((width * 7 + 5) * 0.75 for width in widths if width)  # Excel's pixels of a width, in points
    scale = min(1.0, printable_width / sheet_width) if sheet_width else 1.0
    return float(printable_height / scale * 0.95)  # a margin for the renderers' own rounding


def plan_breaks(
    heights: Sequence[float], blocks: Iterable[tuple[int, int]], *, repeated: float, capacity: float
) -> list[int]:
    """The rows after which a page must break so that no block of rows (first, last; 1-based) is cut by a page
    edge. ``heights[i]`` is the height of row i + 1; ``repeated`` the height of the header rows printed again on
    every page. A block taller than a page is left to break."""
    starts = dict(blocks)
    breaks: list[int] = []
    used = 0.0
    for row in range(1, len(heights) + 1):
        last = starts.get(row)
        needed = sum(heights[r - 1] for r in range(row, min(last, len(heights)) + 1)) if last else heights[row - 1]
        if used + needed > capacity and used > repeated and needed <= capacity - repeated:
            breaks.append(row - 1)
            used = repeated
        elif used + heights[row - 1] > capacity:
            used = repeated
        used += heights[row - 1]
    return breaks


def keep_together(
    worksheet: Worksheet,
    blocks: Iterable[tuple[int, int]],
    *,
    repeated_rows: tuple[int, int] | None,
    paper: PaperSize = PaperSize.A4,
    landscape: bool = True,
) -> list[int]:
    """Insert page breaks so that no block of rows (first, last) is cut by a page edge.

    Works on a normal-mode sheet whose widths, heights (see :func:`fix_row_heights`)
    and print settings are final: it estimates the fit-to-width scale from the column widths and the
    paper, then walks the rows (:func:`plan_breaks`). Returns the rows after which a break was put.
    """
    from openpyxl.worksheet.pagebreak import Break

    ws = worksheet
    widths = [d.width for d in ws.column_dimensions.values() if d.width]
    capacity = page_capacity(widths, paper=paper, landscape=landscape, margins=ws.page_margins)

    def height(row: int) -> float:
        found = ws.row_dimensions[row].height if row in ws.row_dimensions else None
        return float(found) if found else _DEFAULT_ROW_POINTS

    heights = [height(row) for row in range(1, ws.max_row + 1)]
    repeated = sum(height(r) for r in range(repeated_rows[0], repeated_rows[1] + 1)) if repeated_rows else 0.0
    breaks = plan_breaks(heights, blocks, repeated=repeated, capacity=capacity)
    for row in breaks:
        ws.row_breaks.append(Break(id=row))
    return breaks


def _escape_header(text: str) -> str:
    """Header and footer texts treat '&' as a code: double it to print it."""
    return text.replace("&", "&&")
