"""A record list inside an editor (contacts, members, transactions, ...): rows keyed by record id,
with Add / Edit / Remove buttons that follow the selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTable(QObject):
    """Fills a QTableWidget with rows of text, remembering each row's record id."""

    def __init__(self, table: QTableWidget, right_aligned: Sequence[int] = (), stretch: int | None = None) -> None:
        super().__init__(table)
        self.table = table
        self.right_aligned = set(right_aligned)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch is None)
        self.stretch = stretch
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        keep = self.current_id()
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, (record_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                item.setToolTip(text if len(text) > 40 else "")
                if c in self.right_aligned:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):
            if c != self.stretch and header.sectionSize(c) > 320:
                header.resizeSection(c, 320)
        if keep is not None:
            self.select_id(keep)

    def current_id(self) -> int | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
            if not rows:
                return None
            return self._row_id(rows[0].row())
        record_id: int | None = item.data(ID_ROLE)
        return record_id

    def _row_id(self, row: int) -> int | None:
        """The record id kept on the first cell of ``row``."""
        item = self.table.item(row, 0)
        record_id: int | None = item.data(ID_ROLE) if item is not None else None
        return record_id

    def ids(self) -> list[int]:
        return [record_id for r in range(self.table.rowCount()) if (record_id := self._row_id(r)) is not None]

    def select_id(self, record_id: int) -> bool:
        for r in range(self.table.rowCount()):
            if self._row_id(r) == record_id:
                self.table.selectRow(r)
                return True
        return False


class ChildSection(QObject):
    """The table and buttons of one child list; disabled (with a hint) until the owner is saved."""

    def __init__(
        self,
        table: RecordTable,
        add: QPushButton,
        edit: QPushButton | None,
        remove: QPushButton | None,
        hint: QLabel | None,
        on_add: Callable[[], None],
        on_edit: Callable[[int], None] | None,
        on_remove: Callable[[int], None] | None,
    ) -> None:
        super().__init__(table)
        self.table, self.add, self.edit, self.remove, self.hint = table, add, edit, remove, hint
        self.enabled = True
        add.clicked.connect(lambda: on_add())  # noqa: PLW0108 - the lambda drops clicked's checked argument
        if edit is not None and on_edit is not None:
            edit.clicked.connect(lambda: self._with_current(on_edit))
            table.table.doubleClicked.connect(lambda _index: self._with_current(on_edit))
        if remove is not None and on_remove is not None:
            remove.clicked.connect(lambda: self._with_current(on_remove))
        table.table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def _with_current(self, action: Callable[[int], None]) -> None:
        record_id = self.table.current_id()
        if record_id is not None and self.enabled:
            action(record_id)

    def set_enabled(self, enabled: bool, hint: str = "") -> None:
        self.enabled = enabled
        self.add.setEnabled(enabled)
        self.table.table.setEnabled(enabled)
        if self.hint is not None:
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
        self.update_buttons()

    def update_buttons(self) -> None:
        selected = self.enabled and self.table.current_id() is not None
        for button in (self.edit, self.remove):
            if button is not None:
                button.setEnabled(selected)
