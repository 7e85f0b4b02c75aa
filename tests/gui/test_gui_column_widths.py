"""Register columns are sized on a screenful of rows, not on a thousand rows a column (issue 17: speed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from secretariat.gui.registers.column_widths import MEASURED_ROWS, content_width


class _CountingModel(QAbstractTableModel):
    """10,000 rows of text; remembers which rows the view asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_read: set[int] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10_000

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.rows_read.add(index.row())
            return "Universitas Kyushu" if index.row() != 5 else "Japan International Cooperation Agency (JICA)"
        return None


def test_a_column_is_measured_on_a_bounded_number_of_rows(qtbot) -> None:
    model = _CountingModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    hidden = content_width(table, 0)  # before the page is shown, Qt would otherwise read every row
    assert 0 < len(model.rows_read) <= MEASURED_ROWS, len(model.rows_read)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    model.rows_read.clear()
    shown = content_width(table, 0)
    assert 0 < len(model.rows_read) <= MEASURED_ROWS, len(model.rows_read)
    # the longest text among the rows on screen decides the width
    longest = table.fontMetrics().horizontalAdvance("Japan International Cooperation Agency (JICA)")
    assert shown >= longest and hidden >= longest
