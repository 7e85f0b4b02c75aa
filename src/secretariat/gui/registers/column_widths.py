"""Register columns sized to what they hold: amounts, counts, dates and codes are never cut.

The first time a register shows rows (and the clerk has not sized its columns before), each shown
column takes the width its header and its painted rows need, within a sensible maximum for long
texts. When the columns together are wider than the table, the text columns give up room; amounts,
numbers, dates and short codes (a NIP, an account code) keep the width their contents need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from secretariat.services.registers import Column

__all__ = ["KEEP_WHOLE", "MAX_TEXT_WIDTH", "READABLE_TEXT_WIDTH", "content_width", "keeps_whole", "size_to_content"]

#: A text column sized to its contents grows at most to this many pixels (the rest is elided with a tooltip).
MAX_TEXT_WIDTH = 360
#: When the table is too narrow, a text column still keeps this much (or all it needs, if less);
#: beyond that the table scrolls sideways rather than cutting every column to a few letters.
READABLE_TEXT_WIDTH = 140
#: Text columns whose values are codes: cut, they are useless.
KEEP_WHOLE = frozenset({"code", "nip", "account_code", "number", "partner_number", "fiscal_year", "grade"})
_PADDING = 18
#: How many rows a column's width is measured on (the rows on screen come first).
MEASURED_ROWS = 100


def keeps_whole(column: Column) -> bool:
    """Whether a column must never be narrower than its contents."""
    return column.kind in ("money", "number", "date") or column.key in KEEP_WHOLE


def content_width(table: QTableView, number: int) -> int:
    """The width the painted rows of column ``number`` need (0 before any row is there)."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return 0
    # A screenful of rows and a little more: Qt's default measures 1,000 rows a column, which on a big
    # register formatted some 100,000 cells on the GUI thread (2 to 4 s on 100,000 partners). (Qt reads
    # the horizontal header's precision for a column; 0 would mean every row while the table is hidden.)
    table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    return table.sizeHintForColumn(number) + _PADDING


def size_to_content(table: QTableView, columns: list[Column], shown: list[int], header_widths: dict[int, int]) -> None:
    """Give each shown column the width its header and rows need (texts at most :data:`MAX_TEXT_WIDTH`)."""
    header = table.horizontalHeader()
    for number in shown:
        wanted = max(header_widths.get(number, 0), content_width(table, number))
        if wanted <= 0:
            continue
        if not keeps_whole(columns[number]):
            wanted = min(wanted, MAX_TEXT_WIDTH)
        header.resizeSection(number, wanted)
