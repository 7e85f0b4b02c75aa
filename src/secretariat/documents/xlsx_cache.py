"""Formulas written together with their values, so that previewers and pandas read numbers, not blanks.

openpyxl writes a formula without the value it computes (it cannot compute).
Excel and LibreOffice recalculate on opening, but Windows' preview pane,
e-mail previews, ``pandas.read_excel`` and ``openpyxl(data_only=True)`` show
the value stored with the formula, the "cached value": without one they read
nothing. The program computes every figure itself (exactly, with the same
rounding as the formulas: :mod:`secretariat.domain.workbooks`), so the writers
hand each formula over as :class:`Computed`, a formula with its value, and
the value is stored beside it. Tests recalculate the workbook with
LibreOffice and find the stored values unchanged.

Two ways in:

* a write-only sheet (the year's budget, tens of thousands of rows) streams
  :class:`FormulaCell` objects; :func:`stream_cached_values` makes that sheet
  write each one's value after its formula as the row is written;
* a normal workbook (the travel budget, a few hundred cells) is saved first,
  then :func:`store_cached_values` adds the values to its sheet's XML.

A write-only sheet's rows are written here, as text, straight into its
file; a row of :class:`TemplateRow` values (``xlsx_styles.RowTemplate.row``)
is written from its values without filling a cell at all.

Both rely on openpyxl 3.1 internals (the write-only sheet's writer, its
``out`` file, and the ``<c><f/><v/></c>`` layout of its output) and on lxml's
``xmlfile.flush``; tests/test_budget_xlsx.py and
tests/test_travel_budget_xlsx.py read the values back and fail when either
stops working.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO, Any

from lxml import etree
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter, create_temporary_file
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from secretariat.documents.cell_text import FORMULA_STARTS, mark_text, put_value, set_quote_prefix

__all__ = [
    "Computed",
    "FormulaCell",
    "TemplateRow",
    "cached_text",
    "fill_cells",
    "store_cached_values",
    "stream_cached_values",
    "takes_template_rows",
]

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True)
class Computed:
    """A formula (``=SUM(A1:A3)``) and the value the program computed for it."""

    formula: str
    value: int | float | Decimal | str | bool | None


def cached_text(value: object) -> tuple[str | None, str]:
    """The cell type attribute (``t``) and the ``<v>`` text that store ``value`` as a formula's result."""
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, str):
        return "str", value
    if value is None:
        return "str", ""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return None, str(int(value))
        return None, repr(float(value))
    if isinstance(value, float):
        return None, repr(value)
    return None, str(int(value))  # type: ignore[call-overload]  # an int (or bool) is left once the other kinds are handled


_PLAIN_NUMBERS = frozenset({int, float, Decimal})


class FormulaCell(Cell):  # type: ignore[misc]  # openpyxl is untyped
    """A write-only sheet's cell that can carry the value of its formula (:attr:`cached`)."""

    __slots__ = ("cached", "has_cached")

    def __init__(self, worksheet: Any, value: object = None, style_array: Any = None) -> None:
        super().__init__(worksheet, row=1, column=1, style_array=style_array)
        self.has_cached = False
        self.cached: object = None
        self.set(value)

    def set(self, value: object) -> None:
        """Hold ``value``; a :class:`Computed` is held as its formula with its value."""
        # ``value`` is the property of openpyxl's Cell (untyped), not a slot of this class
        if isinstance(value, Computed):
            self.value = value.formula  # type: ignore[misc]  # see above
            self.cached = value.value
            self.has_cached = True
        else:
            if type(value) in _PLAIN_NUMBERS:  # the bulk of a large sheet: openpyxl's type dispatch skipped
                cell: Any = self  # openpyxl's attributes (untyped), not slots of this class
                cell._value = value
                cell.data_type = "n"
                if cell.quotePrefix:  # the cell held text that looked like a formula before (a reused cell)
                    set_quote_prefix(cell, False)
            else:
                self.value = value  # type: ignore[misc,assignment]  # see above
                mark_text(self, value)  # text that looks like a formula stays text
            self.cached = None
            self.has_cached = False


def stream_cached_values(worksheet: Any) -> bool:
    """Make a write-only sheet store the value of every :class:`FormulaCell` that carries one.

    Call it before the first row is appended. The sheet's rows are then written here rather than by openpyxl's
    cell writer, with the same XML: each ``<row>`` put together as text and written to the sheet's file as it
    is (openpyxl would build an element per cell and serialise it), the style of each cell looked up once per
    distinct style rather than once per cell (a year of 50,000 transactions has 700,000 cells and a dozen
    styles). Such a sheet also takes :class:`TemplateRow` rows, written from their values without touching a
    cell. Returns False (and changes nothing) when this openpyxl has no write-only writer to extend: the
    formulas are then written without values.
    """
    if getattr(worksheet, "_get_writer", None) is None or getattr(worksheet, "_writer", "missing") is not None:
        return False
    worksheet._get_writer = _WriterOpener(worksheet)
    return True


def takes_template_rows(worksheet: Any) -> bool:
    """True when ``worksheet`` writes :class:`TemplateRow` rows (:func:`stream_cached_values` was called on it)."""
    return isinstance(getattr(worksheet, "_get_writer", None), _WriterOpener)


class TemplateRow(list):  # type: ignore[type-arg]  # a list of any values, as worksheet.append takes
    """The values of one row for a write-only sheet's template cells (one styled cell per column, see
    ``xlsx_styles.RowTemplate``): written straight to text, in each column's style, when every value is of a
    plain kind (number, text, date, :class:`Computed`, None); otherwise the cells are filled and written."""

    __slots__ = ("cells",)

    def __init__(self, cells: list[Any], values: Iterable[object]) -> None:
        super().__init__(values)
        self.cells = cells


def fill_cells(cells: list[Any], values: Iterable[object]) -> list[Any]:
    """Give each of ``cells`` its value (text stays text, a :class:`Computed` is a formula with its value)."""
    for cell, value in zip(cells, values, strict=True):
        if isinstance(cell, FormulaCell):
            cell.set(value)
        else:
            put_value(cell, value)
    return cells


class _WriterOpener:
    """The sheet's ``_get_writer``: openpyxl's sheet writer on a file this module also writes rows into."""

    def __init__(self, worksheet: Any) -> None:
        self.worksheet = worksheet

    def __call__(self) -> None:
        ws = self.worksheet
        if ws._writer is not None:
            return
        path = create_temporary_file()  # removed at exit with openpyxl's own temporary files
        stream = open(path, "wb")  # noqa: SIM115  # closed with the writer, below
        writer = WorksheetWriter(ws, out=stream)
        close = writer.close

        def close_and_hand_over() -> None:
            close()
            stream.close()
            writer.out = path  # the workbook's writer copies the sheet from this file into the archive

        writer.close = close_and_hand_over
        writer.write_top()
        row_writer = _RowWriter(ws, stream)
        writer.write_row = row_writer.write_row
        row_writer.values_to_row = ws._values_to_row  # hooks installed before the first row included
        ws._values_to_row = row_writer.values_to_row_or_template
        ws._writer = writer


_XML_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ud800-\udfff\ufffe\uffff]")
_TEXT_LIMIT = 32767  # characters openpyxl keeps of a text


class _Columns:
    """What the row writer needs of a template's cells: each column's ``<c r="`` and style attribute."""

    def __init__(self, openings: list[str], dates: list[bool]) -> None:
        self.openings = openings  # per column: '<c r="G'
        # per column: '" s="12"' (or None for an unstyled cell), the style registered when the column is first
        # written, so that styles are numbered in the order openpyxl's writer would number them
        self.styles: list[str | None] = []
        self.dates = dates  # per column: a date in it keeps the column's number format (a date format)
        self.filled = False  # the cells were filled since their quote prefixes were last found off


class _RowWriter:
    """Writes the rows of one write-only sheet: openpyxl's ``<c>`` elements, values stored with formulas."""

    def __init__(self, worksheet: Any, stream: IO[bytes]) -> None:
        self.worksheet = worksheet
        self.stream = stream
        self.dimensions = worksheet.row_dimensions
        self.styles = worksheet.parent._cell_styles
        self.epoch = worksheet.parent.epoch
        self.iso_dates = bool(getattr(worksheet.parent, "iso_dates", False))
        self.style_ids: dict[tuple[int, ...], str] = {}
        self.columns: dict[int, tuple[list[Any], _Columns | None]] = {}  # by id() of a template's cell list
        self.values_to_row: Any = None

    def values_to_row_or_template(self, values: Any, row_idx: int) -> Any:
        if type(values) is TemplateRow:
            return values
        return self.values_to_row(values, row_idx)

    def style_id(self, cell: Any) -> str | None:
        array = cell._style
        if array is None or not any(array):
            return None
        key = tuple(array)
        found = self.style_ids.get(key)
        if found is None:  # registered as a copy: the cell (a reused one) may change its own array later
            found = self.style_ids[key] = str(self.styles.add(StyleArray(array)))
        return found

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        """One ``<row>`` put together as text and written to the sheet's file as it is: far quicker than
        openpyxl's context manager per cell, with the same XML. From a cell of a kind this writer does not build
        (a hyperlink, a comment, rich text, an ISO date) on, the row is written cell by cell, those kinds by
        openpyxl's own cell writer.

        ``row`` is openpyxl's generator, which may hand over one cell object again and again with new values:
        each cell is written before the next is asked for; or a :class:`TemplateRow`.
        """
        if type(row) is TemplateRow:
            text = self.template_row_xml(row, row_idx)
            if text is not None:
                self.write_text(xf, text)
                return
            self.filled(row.cells)
            row = self.values_to_row(fill_cells(row.cells, row), row_idx)
        attrs = self.row_attributes(row_idx)
        parts: list[str] = []
        cells = iter(row)
        for cell in cells:
            value = cell._value
            style = self.style_id(cell)
            if value is None and style is None and cell._comment is None:
                continue
            if self.is_rare(cell, value):
                self.write_cell_by_cell(xf, attrs, parts, cell, cells, row_idx)
                return
            parts.append(self.cell_xml(cell, value, style, row_idx))
        self.write_text(xf, self.row_xml(attrs, parts))

    def row_attributes(self, row_idx: int) -> dict[str, str]:
        attrs = {"r": f"{row_idx}"}
        attrs.update(self.dimensions.get(row_idx, {}))
        return attrs

    @staticmethod
    def row_xml(attrs: dict[str, str], parts: list[str]) -> str:
        opening = "".join(f' {name}="{_escape_attribute(str(text))}"' for name, text in attrs.items())
        if not parts:
            return f"<row{opening}/>"
        return f"<row{opening}>{''.join(parts)}</row>"

    def write_text(self, xf: Any, text: str) -> None:
        """Write ``text`` (a whole element) to the sheet's file after what lxml has written so far; characters
        outside ASCII as character references, as lxml writes them."""
        xf.flush()
        self.stream.write(text.encode("ascii", "xmlcharrefreplace"))

    def template_columns(self, cells: list[Any]) -> _Columns | None:
        """The columns of a template, or None when its cells are not (or not now) written from values alone:
        a cell of another kind, or one a value written through the cells left with a quote prefix (the
        cells' own filling takes it off again, :meth:`write_row`)."""
        found = self.columns.get(id(cells))
        if found is not None and found[0] is cells:
            columns = found[1]
            if columns is not None and columns.filled:
                if any(c.quotePrefix for c in cells):
                    return None
                columns.filled = False
            return columns
        if any(c.quotePrefix for c in cells):
            return None
        columns = None
        if all(isinstance(c, FormulaCell) and c.hyperlink is None and c._comment is None for c in cells):
            openings = [
                f'<c r="{_COLUMN_LETTERS[n] if n < len(_COLUMN_LETTERS) else get_column_letter(n)}'
                for n in range(1, len(cells) + 1)
            ]
            dates = [is_date_format(c.number_format) and not self.iso_dates for c in cells]
            columns = _Columns(openings, dates)
        self.columns[id(cells)] = (cells, columns)
        return columns

    def filled(self, cells: list[Any]) -> None:
        """The template's cells were filled (a row that needed them): they may carry a quote prefix now."""
        found = self.columns.get(id(cells))
        if found is not None and found[0] is cells and found[1] is not None:
            found[1].filled = True

    def template_row_xml(self, row: TemplateRow, row_idx: int) -> str | None:
        """The ``<row>`` of a template row's values as the template's cells filled with them would be written,
        or None when a value needs the cells (text that looks like a formula, an error code, other kinds)."""
        cells = row.cells
        if len(row) != len(cells):
            return None
        columns = self.template_columns(cells)
        if columns is None:
            return None
        index = f"{row_idx}"
        parts: list[str] = []
        styles = columns.styles
        for number, (opening, is_date, value) in enumerate(zip(columns.openings, columns.dates, row, strict=True)):
            kind = type(value)
            # first whether the value needs the cells: before the column's style is registered, as the cells'
            # own writing would register the style the value gives them (a quote prefix) first
            if kind is str:
                if value and _needs_a_cell(value):
                    return None
            elif kind is Computed:
                if not _plain_formula(value.formula):
                    return None
            elif kind is date:
                if not is_date:
                    return None
            elif value is not None and kind is not int and kind is not Decimal and kind is not float:
                return None
            if number == len(styles):  # the column's first cell written: its style registered now
                style_id = self.style_id(cells[number])
                styles.append(f'" s="{style_id}"' if style_id is not None else None)
            style = styles[number]
            if value is None:
                if style is not None:
                    parts.append(f"{opening}{index}{style}/>")
                continue
            head = f"{opening}{index}{style or chr(34)}"
            if kind is str:
                if not value:
                    parts.append(head + "/>")
                elif value != value.strip():
                    parts.append(f'{head} t="inlineStr"><is><t xml:space="preserve">{_escape(value)}</t></is></c>')
                else:
                    parts.append(f'{head} t="inlineStr"><is><t>{_escape(value)}</t></is></c>')
            elif kind is Computed:
                text_kind, text = cached_text(value.value)
                if text_kind is not None:
                    head += f' t="{text_kind}"'
                parts.append(f"{head}><f>{_escape(value.formula[1:])}</f>{_v(_escape(text))}</c>")
            elif kind is date:
                parts.append(f'{head} t="n">{_v(safe_string(to_excel(value, self.epoch)))}</c>')
            else:
                parts.append(f"{head}>{_v(safe_string(value))}</c>")
        return self.row_xml(self.row_attributes(row_idx), parts)

    def write_cell_by_cell(
        self, xf: Any, attrs: dict[str, str], parts: list[str], rare: Any, rest: Any, row_idx: int
    ) -> None:
        """The rest of a row from its first ``rare`` cell on: the cells before it (``parts``), then each cell."""
        with xf.element("row", attrs):
            for part in parts:
                xf.write(etree.fromstring(part))
            self.write_rare(xf, rare, row_idx)
            for cell in rest:
                value = cell._value
                style = self.style_id(cell)
                if value is None and style is None and cell._comment is None:
                    continue
                if self.is_rare(cell, value):
                    self.write_rare(xf, cell, row_idx)
                else:
                    xf.write(etree.fromstring(self.cell_xml(cell, value, style, row_idx)))

    def is_rare(self, cell: Any, value: object) -> bool:
        return (
            cell.hyperlink is not None
            or cell._comment is not None
            or isinstance(value, (CellRichText, ArrayFormula, DataTableFormula))
            or (cell.data_type == "d" and (self.iso_dates or getattr(value, "tzinfo", None) is not None))
        )

    def write_rare(self, xf: Any, cell: Any, row_idx: int) -> None:
        if cell._comment is not None:
            self.worksheet._comments.append(CommentRecord.from_cell(cell))
        if isinstance(cell, FormulaCell) and cell.has_cached and cell.data_type == "f":
            xf.write(etree.fromstring(self.cell_xml(cell, cell._value, self.style_id(cell), row_idx)))
        else:
            write_cell(xf, self.worksheet, cell, cell.has_style)

    def cell_xml(self, cell: Any, value: object, style: str | None, row_idx: int) -> str:
        """The ``<c>`` element of one cell as text, as openpyxl's cell writer writes it."""
        column = cell.column
        letters = _COLUMN_LETTERS[column] if column < len(_COLUMN_LETTERS) else get_column_letter(column)
        head = f'<c r="{letters}{row_idx}" s="{style}"' if style is not None else f'<c r="{letters}{row_idx}"'
        if value is None or value == "":
            return head + "/>"
        kind = cell.data_type
        if kind == "n":
            return f"{head}>{_v(safe_string(value))}</c>"
        if kind == "s":
            text = str(value)
            if text != text.strip():
                return f'{head} t="inlineStr"><is><t xml:space="preserve">{_escape(text)}</t></is></c>'
            return f'{head} t="inlineStr"><is><t>{_escape(text)}</t></is></c>'
        if kind == "f":
            formula = _escape(str(value)[1:])
            if not (isinstance(cell, FormulaCell) and cell.has_cached):
                return f"{head}><f>{formula}</f><v/></c>"
            text_kind, text = cached_text(cell.cached)
            if text_kind is not None:
                head += f' t="{text_kind}"'
            return f"{head}><f>{formula}</f>{_v(_escape(text))}</c>"
        if kind == "d":
            return f'{head} t="n">{_v(safe_string(to_excel(value, self.epoch)))}</c>'
        return f'{head} t="{kind}">{_v(_escape(safe_string(value)))}</c>'


def _needs_a_cell(text: str) -> bool:
    """Text that openpyxl's cell changes (a formula-like text gets a quote prefix, an error code its own type,
    a long text is cut) or refuses (characters XML cannot hold)."""
    return (
        text.startswith(FORMULA_STARTS)
        or text in ERROR_CODES
        or len(text) > _TEXT_LIMIT
        or _XML_ILLEGAL.search(text) is not None
    )


def _plain_formula(formula: object) -> bool:
    """A formula openpyxl's cell keeps as it is (a text of ``=`` and more, short, of characters XML holds)."""
    return (
        isinstance(formula, str)
        and len(formula) > 1
        and formula.startswith("=")
        and len(formula) <= _TEXT_LIMIT
        and _XML_ILLEGAL.search(formula) is None
    )


def _v(text: str) -> str:
    """A ``<v>`` element holding ``text`` (already escaped), written as lxml writes it: empty as ``<v/>``."""
    return f"<v>{text}</v>" if text else "<v/>"


_COLUMN_LETTERS = [""] + [get_column_letter(number) for number in range(1, 703)]  # A .. ZZ
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _escape_attribute(text: str) -> str:
    return text.translate(_ATTRIBUTE_ESCAPES)


def store_cached_values(source: bytes, values: dict[str, dict[str, object]], target: IO[bytes]) -> None:
    """Copy the .xlsx ``source`` to ``target`` with the value of each formula cell stored.

    ``values`` maps a sheet's part name (``xl/worksheets/sheet1.xml``) to {cell reference: value}. A formula cell
    without a value in ``values`` is left as it was.
    """
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename in values:
                data = _with_values(data, values[item.filename])
            copy.writestr(item, data)


def _with_values(xml: bytes, values: dict[str, object]) -> bytes:
    root = etree.fromstring(xml)
    for cell in root.iter(f"{{{_MAIN_NS}}}c"):
        formula = cell.find(f"{{{_MAIN_NS}}}f")
        reference = cell.get("r")
        if formula is None or reference not in values:
            continue
        kind, text = cached_text(values[reference])
        if kind is None:
            cell.attrib.pop("t", None)
        else:
            cell.set("t", kind)
        stored = cell.find(f"{{{_MAIN_NS}}}v")
        if stored is None:
            stored = etree.SubElement(cell, f"{{{_MAIN_NS}}}v")
        stored.text = text
    written: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return written
