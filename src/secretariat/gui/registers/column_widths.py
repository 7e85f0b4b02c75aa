"""Register columns sized to what they hold: amounts, counts, dates and codes are never cut.

The first time a register shows rows (and the clerk has not sized its columns before), each shown
column takes the width its header and its painted rows need, within a sensible maximum for long
texts. When the columns together are wider than the table, the text columns give up room; amounts,
numbers, dates and short codes (a NIP, an account code) keep the width their contents need.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

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
    """The width the rows of column ``number`` need (0 before any row is there), measured on the rows on
    screen and those after them, :data:`MEASURED_ROWS` at most.

    The texts are measured here rather than by ``sizeHintForColumn``: Qt's delegate asks the model for
    some nine roles a cell (about 14,000 calls for the Agreements register, 0.2 s on the GUI thread);
    a register's cells are one line of plain text in the table's font, so their display text is all
    that decides the width.
    """
    model = table.model()
    if model is None or model.rowCount() == 0:
        return 0
    first = max(table.rowAt(0), 0)  # the rows on screen come first (-1 when none is painted yet)
    metrics = QFontMetricsF(table.font())  # in fractions of a pixel, rounded up once as Qt's delegate does
    widest = 0.0
    for row in range(first, min(model.rowCount(), first + MEASURED_ROWS)):
        text = model.data(model.index(row, number), Qt.ItemDataRole.DisplayRole)
        if text:
            widest = max(widest, metrics.horizontalAdvance(str(text)))
    if widest == 0:
        return 0
    # Qt's item text margin each side (the focus frame's margin and a pixel), and the grid line.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    return math.ceil(widest) + margin + (1 if table.showGrid() else 0) + _PADDING


def size_to_content(
    table: QTableView, columns: list[Column], shown: list[int], header_widths: dict[int, int]
) -> dict[int, int]:
    """Give each shown column the width its header and rows need (texts at most :data:`MAX_TEXT_WIDTH`);
    return what each column's rows need, as measured."""
    header = table.horizontalHeader()
    measured: dict[int, int] = {}
    for number in shown:
        measured[number] = content_width(table, number)
        wanted = max(header_widths.get(number, 0), measured[number])
        if wanted <= 0:
            continue
        if not keeps_whole(columns[number]):
            wanted = min(wanted, MAX_TEXT_WIDTH)
        header.resizeSection(number, wanted)
    return measured
