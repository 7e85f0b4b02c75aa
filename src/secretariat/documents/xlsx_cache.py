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

Both rely on openpyxl 3.1 internals (the write-only sheet's writer, and the
``<c><f/><v/></c>`` layout of its output); tests/test_budget_xlsx.py and
tests/test_travel_budget_xlsx.py read the values back and fail when either
stops working.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

from lxml import etree
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from secretariat.documents.cell_text import mark_text, set_quote_prefix

__all__ = [
    "Computed",
    "FormulaCell",
    "cached_text",
    "store_cached_values",
    "stream_cached_values",
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
    cell writer, with the same XML, the style of each cell looked up once per distinct style rather than once
    per cell (a year of 50,000 transactions has 700,000 cells and a dozen styles). Returns False (and changes
    nothing) when this openpyxl has no write-only writer to extend: the formulas are then written without
    values.
    """
    get_writer = getattr(worksheet, "_get_writer", None)
    if get_writer is None or getattr(worksheet, "_writer", "missing") is not None:
        return False

    def get_writer_storing_values() -> None:
        fresh = worksheet._writer is None
        get_writer()
        if fresh and worksheet._writer is not None:
            worksheet._writer.write_row = _RowWriter(worksheet).write_row

    worksheet._get_writer = get_writer_storing_values
    return True


class _RowWriter:
    """Writes the rows of one write-only sheet: openpyxl's ``<c>`` elements, values stored with formulas."""

    def __init__(self, worksheet: Any) -> None:
        self.worksheet = worksheet
        self.dimensions = worksheet.row_dimensions
        self.styles = worksheet.parent._cell_styles
        self.epoch = worksheet.parent.epoch
        self.iso_dates = bool(getattr(worksheet.parent, "iso_dates", False))
        self.style_ids: dict[tuple[int, ...], str] = {}

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
        """One ``<row>`` put together as text and handed to lxml as one element: far quicker than openpyxl's
        context manager per cell, with the same XML. From a cell of a kind this writer does not build (a
        hyperlink, a comment, rich text, an ISO date) on, the row is written cell by cell, those kinds by
        openpyxl's own cell writer.

        ``row`` is openpyxl's generator, which may hand over one cell object again and again with new values:
        each cell is written before the next is asked for.
        """
        attrs = {"r": f"{row_idx}"}
        attrs.update(self.dimensions.get(row_idx, {}))
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
        opening = "".join(f' {name}="{_escape_attribute(str(text))}"' for name, text in attrs.items())
        xf.write(etree.fromstring(f"<row{opening}>{''.join(parts)}</row>"))

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
            return f"{head}><v>{safe_string(value)}</v></c>"
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
            return f"{head}><f>{formula}</f><v>{_escape(text)}</v></c>"
        if kind == "d":
            return f'{head} t="n"><v>{safe_string(to_excel(value, self.epoch))}</v></c>'
        return f'{head} t="{kind}"><v>{_escape(safe_string(value))}</v></c>'


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
