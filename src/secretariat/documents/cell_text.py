"""Text is text in every workbook the program writes.

A string is written as a text cell, never as a formula, even when it begins with ``=`` (openpyxl would
otherwise store it as a live formula), ``+``, ``-``, ``@``, a tab or a carriage return; such a cell also
carries Excel's quote prefix, so editing it in Excel keeps it text. Only a :class:`Formula` (or a
:class:`~secretariat.documents.xlsx_cache.Computed` formula with its value) is written as a formula: a partner
named ``=HYPERLINK(...)`` stays a name.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray

__all__ = ["FORMULA_STARTS", "Formula", "looks_like_formula", "mark_text", "put_value", "set_quote_prefix", "text_safe"]

#: The first characters that make a spreadsheet take typed text for a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Formula(str):
    """A formula the program writes on purpose (``Formula("=SUM(A1:A9)")``); every other string is text."""

    __slots__ = ()


def looks_like_formula(value: object) -> bool:
    """A string (not a :class:`Formula`) a spreadsheet would take for a formula if it were typed."""
    return isinstance(value, str) and not isinstance(value, Formula) and value.startswith(FORMULA_STARTS)


def mark_text(cell: Cell, value: object) -> Cell:
    """After ``cell.value = value``: keep ``value`` text when it looks like a formula (see the module text)."""
    if looks_like_formula(value):
        cell.data_type = "s"
        if not cell.quotePrefix:
            set_quote_prefix(cell, True)
    elif cell.quotePrefix:
        set_quote_prefix(cell, False)
    return cell


def set_quote_prefix(cell: Cell, on: bool) -> None:
    """Turn the cell's quote prefix on or off in a style of its own.

    openpyxl registers a written cell's style by keeping the cell's style array itself; a cell reused for the
    next row (a write-only sheet's row template) that changed that array in place would change the style of
    every cell written with it before (the quote prefix moved to other cells' formats)."""
    if cell._style is not None:
        cell._style = StyleArray(cell._style)
    cell.quotePrefix = on


def put_value(cell: Cell, value: object) -> Cell:
    """Give ``cell`` its value, keeping text text (see the module text)."""
    cell.value = value
    return mark_text(cell, value)


def text_safe(worksheet: object, value: object) -> object:
    """``value`` for ``worksheet.append``: a text cell when it looks like a formula, else itself."""
    if looks_like_formula(value):
        return put_value(Cell(worksheet, row=1, column=1), value)
    return value
