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

from secretariat.documents.cell_text import mark_text

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
            self.value = value  # type: ignore[misc,assignment]  # see above
            mark_text(self, value)  # text that looks like a formula stays text
            self.cached = None
            self.has_cached = False


def stream_cached_values(worksheet: Any) -> bool:
    """Make a write-only sheet store the value of every :class:`FormulaCell` that carries one.

    Call it before the first row is appended. Returns False (and changes nothing) when this openpyxl has no
    write-only writer to extend: the formulas are then written without values.
    """
    get_writer = getattr(worksheet, "_get_writer", None)
    if get_writer is None or getattr(worksheet, "_writer", "missing") is not None:
        return False

    def get_writer_storing_values() -> None:
        fresh = worksheet._writer is None
        get_writer()
        if fresh and worksheet._writer is not None:
            writer = worksheet._writer
            dimensions = worksheet.row_dimensions

            def write_row(xf: Any, row: Any, row_idx: int) -> None:
                attrs = {"r": f"{row_idx}"}
                attrs.update(dimensions.get(row_idx, {}))
                with xf.element("row", attrs):
                    for cell in row:
                        if isinstance(cell, FormulaCell) and cell.has_cached and cell.data_type == "f":
                            _write_formula(xf, cell)
                        elif cell._value is not None or cell.has_style:
                            write_cell(xf, worksheet, cell, cell.has_style)

            writer.write_row = write_row

    worksheet._get_writer = get_writer_storing_values
    return True


def _write_formula(xf: Any, cell: FormulaCell) -> None:
    kind, text = cached_text(cell.cached)
    attributes = {"r": cell.coordinate}
    if cell.has_style:
        attributes["s"] = f"{cell.style_id}"
    if kind is not None:
        attributes["t"] = kind
    with xf.element("c", attributes):
        with xf.element("f"):
            xf.write(str(cell._value)[1:])
        with xf.element("v"):
            xf.write(text)


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
