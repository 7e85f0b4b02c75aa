"""Ctrl+Z in a record editor: undo the edits made since the last save, one field at a time.

A line or text edit with the cursor in it undoes its own typing (Qt's own undo, word by word). Ctrl+Z
anywhere else in the editor takes back the last field changed: a pick list, a date, a check box, a
list of ticks, or the whole text typed into a field since the cursor went there. The field comes
back into view with the cursor in it. Saving (or loading the record again) starts afresh.

    undo = EditUndo(dialog, read_state)   # read_state(widget) -> a comparable snapshot of its contents
    undo.track(name_edit, kind_combo)
    undo.undo()                            # True when something was taken back
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from secretariat.gui.widgets.fields import watch
from secretariat.gui.widgets.problems import reveal

__all__ = ["EditUndo", "restore_state"]


class EditUndo(QObject):
    """The steps back to the last saved state of an editor's tracked fields."""

    def __init__(self, dialog: QWidget, read_state: Callable[[QWidget], Any]) -> None:
        super().__init__(dialog)
        self._read = read_state
        self._widgets: list[QWidget] = []
        self._last: dict[int, Any] = {}  # id(widget) -> its state after the last step
        self._steps: list[tuple[QWidget, Any]] = []  # (widget, state before the step)
        self._restoring = False
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), dialog)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.undo)

    def track(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self._widgets.append(widget)
            self._last[id(widget)] = self._safe_read(widget)
            watch([widget], lambda *_args, w=widget: self._changed(w))

    def reset(self) -> None:
        """Forget every step (after a load or a save)."""
        self._steps.clear()
        for widget in self._widgets:
            self._last[id(widget)] = self._safe_read(widget)

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    def _safe_read(self, widget: QWidget) -> Any:
        try:
            return self._read(widget)
        except (TypeError, RuntimeError):
            return None

    def _changed(self, widget: QWidget) -> None:
        if self._restoring:
            return
        state = self._safe_read(widget)
        before = self._last.get(id(widget))
        self._last[id(widget)] = state
        if state == before:
            return
        if self._steps and self._steps[-1][0] is widget:
            # Typing on in the same field is one step; typing it back to what it was removes the step.
            if self._steps[-1][1] == state:
                self._steps.pop()
            return
        self._steps.append((widget, before))

    def undo(self) -> bool:
        if not self._steps:
            return False
        widget, state = self._steps.pop()
        self._restoring = True
        try:
            restore_state(widget, state)
        finally:
            self._restoring = False
        self._last[id(widget)] = self._safe_read(widget)
        # Others watching the widget (the unsaved-changes mark) hear of it through its own signal.
        reveal(widget)
        return True


def restore_state(widget: QWidget, state: Any) -> None:
    """Put back a state read by the editor's snapshot (``form_dialog._widget_state``)."""
    if state is None:
        return
    if isinstance(widget, QLineEdit):
        widget.setText(str(state))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(state))
    elif isinstance(widget, QComboBox):
        data, text = state
        index = widget.findData(data) if data is not None else -1
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setCurrentIndex(-1)
            widget.setEditText(text or "")
        elif data is None and widget.count() and widget.itemData(0) is None:
            widget.setCurrentIndex(0)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(state))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromJulianDay(state[0]))
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime.fromString(state[0], "HH:mm"))
    elif isinstance(widget, QListWidget):
        ticks = dict(state)
        for row in range(widget.count()):
            item = widget.item(row)
            data = item.data(Qt.ItemDataRole.UserRole)
            if data in ticks:
                item.setCheckState(Qt.CheckState.Checked if ticks[data] else Qt.CheckState.Unchecked)
    elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "setValue"):
        widget.setValue(state)
