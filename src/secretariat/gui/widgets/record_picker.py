"""Pickers of records for the editors: type a few letters, choose from what SQL found.

Every picker of records (the partners of an agreement, the agreement of a delegation, the official
of a member, the budget line of an activity, the donor of a grant, ...) is one of these two, over
the widgets of the editor's Designer form:

- :class:`RecordPicker` turns a combo box into a searchable picker of one record: the clerk types
  in it and a list of matches drops down (found by ``services.registers.pickers.pick``: the
  register's own search, diacritics folded); the arrow shows the first records in the register's
  order. The combo holds only the chosen record and what was shown, never a row per record.
- :class:`RecordListPicker` keeps the chosen records of a many-valued field (an agreement's partners)
  in a list widget, with a search field above it whose matches add a record to the list.

Both read the database through one small query per pause in typing (at most
:data:`~secretariat.services.registers.pickers.DEFAULT_LIMIT` rows), so an editor opens at once on a
register of 100,000 partners.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
)

from secretariat.services.context import ServiceContext
from secretariat.services.registers.pickers import Choice, PickFilter, PickResult, describe, pick

__all__ = ["ID_ROLE", "SEARCH_DELAY_MS", "RecordListPicker", "RecordPicker"]

#: The record id of an item (None for the blank choice and for hints).
ID_ROLE = Qt.ItemDataRole.UserRole
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's text without its detail
SEARCH_DELAY_MS = 150
BROWSE_LIMIT = 50


def _placeholder(kind: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "partner": translate("RecordPicker", "Type part of a partner's name or code…"),
        "agreement": translate("RecordPicker", "Type part of an agreement's number or title…"),
        "delegation": translate("RecordPicker", "Type part of a delegation's code or purpose…"),
        "budget_line": translate("RecordPicker", "Type part of an account code or description…"),
        "official": translate("RecordPicker", "Type part of an official's name…"),
    }
    return texts.get(kind, translate("RecordPicker", "Type to search…"))


def _hint_item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEnabled(False)
    item.setSelectable(False)
    item.setForeground(Qt.GlobalColor.darkGray)
    return item


class _Search(QObject):
    """Matches for what is typed in ``edit``, shown in a completer popup under it; ``chosen`` on a pick."""

    chosen = Signal(object)  # a Choice

    def __init__(
        self, edit: QLineEdit, ctx: Callable[[], ServiceContext], kind: str, language: str, limits: PickFilter
    ) -> None:
        super().__init__(edit)
        self.edit, self._ctx, self.kind, self.language, self.limits = edit, ctx, kind, language, limits
        self.last: PickResult | None = None
        self._last_text: str | None = None
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.model)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(edit)
        # PySide6's stubs do not type choosing a signal's overload by subscript.
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        edit.textEdited.connect(lambda _text: self.timer.start())

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def popup_visible(self) -> bool:
        return self.popup().isVisible()

    def search_now(self) -> PickResult | None:
        """Search for the text typed now (no pause); show the matches under the field."""
        self.timer.stop()
        text = self.edit.text().strip()
        if not text:
            self.popup().hide()
            self.last, self._last_text = None, None
            return None
        if text != self._last_text or self.last is None:
            self.last = pick(self._ctx(), self.kind, text, language=self.language, limits=self.limits)
            self._last_text = text
            self._fill(self.last)
        if self.edit.hasFocus():
            self.completer.complete()
        return self.last

    def _fill(self, result: PickResult) -> None:
        self.model.clear()
        for choice in result.choices:
            shown = f"{choice.text}   ·   {choice.detail}" if choice.detail else choice.text
            item = QStandardItem(shown)
            item.setData(choice.id, ID_ROLE)
            item.setData(choice.text, _TEXT_ROLE)
            item.setToolTip(shown)
            self.model.appendRow(item)
        if not result.choices:
            self.model.appendRow(
                _hint_item(QCoreApplication.translate("RecordPicker", "Nothing found: try another word."))
            )
        elif result.more:
            self.model.appendRow(
                _hint_item(
                    QCoreApplication.translate("RecordPicker", "… and more: type more letters to narrow the list.")
                )
            )

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None:
            return
        self.chosen.emit(Choice(int(record_id), str(index.data(_TEXT_ROLE))))

    def forget(self) -> None:
        self.last, self._last_text = None, None


class RecordPicker(QObject):
    """A combo box of the editor's form made a searchable picker of one record of ``kind``.

    ``value()`` is the chosen record's id (None: the blank choice); ``set_value(id)`` shows a record.
    ``blank``: the text of "no record" (None when a record must be chosen). ``changed`` is emitted
    when the clerk chooses another record.
    """

    changed = Signal()

    def __init__(
        self,
        combo: QComboBox,
        ctx: ServiceContext | Callable[[], ServiceContext],
        kind: str,
        *,
        language: str,
        blank: str | None = None,
        limits: PickFilter | None = None,
    ) -> None:
        super().__init__(combo)
        self.combo, self.kind, self.language, self.blank = combo, kind, language, blank
        self._ctx = ctx if callable(ctx) else (lambda: ctx)
        self.limits = limits or PickFilter()
        self._browsed = False
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # type: ignore[arg-type]  # the matches come from SQL, not the combo's items
        combo.setMaxVisibleItems(15)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        # As wide as the form allows: a record's name is long ("104/KS/2022 – Nota Kesepahaman …").
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        self.model = QStandardItemModel(self)
        combo.setModel(self.model)
        edit = combo.lineEdit()
        assert edit is not None  # made editable above
        self.edit = edit
        edit.setPlaceholderText(_placeholder(kind))
        edit.setClearButtonEnabled(blank is not None)
        combo.setToolTip(QCoreApplication.translate("RecordPicker", "Type a few letters to search, or open the list."))
        self.search = _Search(edit, self._ctx, kind, language, self.limits)
        self.search.chosen.connect(self._chosen)
        edit.editingFinished.connect(self._settle)
        combo.activated.connect(lambda _index: self.changed.emit())
        combo.currentIndexChanged.connect(self._blank_shows_empty)
        combo.installEventFilter(self)
        self._reset([])

    # --- value ---------------------------------------------------------------------------------------

    def value(self) -> int | None:
        if not self.combo.currentText().strip():
            return None
        data = self.combo.currentData(ID_ROLE)
        return int(data) if data is not None else None

    def set_value(self, record_id: int | None) -> None:
        """Show record ``record_id`` (None: the blank choice); the list offered starts afresh."""
        chosen = describe(self._ctx(), self.kind, [record_id], language=self.language) if record_id is not None else []
        self._reset(chosen)
        self.combo.setCurrentIndex(self._index_of(record_id) if chosen else 0 if self.blank is not None else -1)
        self._blank_shows_empty(self.combo.currentIndex())
        self.edit.setCursorPosition(0)

    def set_limits(self, limits: PickFilter) -> None:
        """Offer other records from now on (e.g. the budget lines of another year)."""
        self.limits = self.search.limits = limits
        self.search.forget()
        self._browsed = False

    def current_choice(self) -> Choice | None:
        record_id = self.value()
        return Choice(record_id, self.combo.currentText()) if record_id is not None else None

    # --- the items -----------------------------------------------------------------------------------

    def _reset(self, chosen: list[Choice]) -> None:
        blocked = self.combo.blockSignals(True)
        try:
            self.model.clear()
            if self.blank is not None:
                self.model.appendRow(QStandardItem(self.blank))
            for choice in chosen:
                self._append(choice)
            self._browsed = False
        finally:
            self.combo.blockSignals(blocked)

    def _append(self, choice: Choice) -> int:
        item = QStandardItem(choice.text)
        item.setData(choice.id, ID_ROLE)
        if choice.detail:
            item.setToolTip(f"{choice.text}\n{choice.detail}")
        self.model.appendRow(item)
        return self.model.rowCount() - 1

    def _index_of(self, record_id: int | None) -> int:
        if record_id is None:
            return 0 if self.blank is not None else -1
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == record_id:
                return row
        return -1

    def _browse(self) -> None:
        """Before the list opens: the first records in the register's order (the chosen one stays first)."""
        if self._browsed:
            return
        self._browsed = True
        result = pick(self._ctx(), self.kind, "", language=self.language, limit=BROWSE_LIMIT, limits=self.limits)
        blocked = self.combo.blockSignals(True)
        try:
            for choice in result.choices:
                if self._index_of(choice.id) < 0:
                    self._append(choice)
            if result.more:
                self.model.appendRow(
                    _hint_item(QCoreApplication.translate("RecordPicker", "… type in the field to find the others"))
                )
        finally:
            self.combo.blockSignals(blocked)

    def _blank_shows_empty(self, index: int) -> None:
        """The blank choice reads "(none)" in the list; in the field it leaves room for typing."""
        if index == 0 and self.blank is not None and self.combo.currentText() == self.blank:
            self.combo.setEditText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.combo:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._browse()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                opening = event.key() == Qt.Key.Key_F4 or (
                    event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
                if opening:
                    self._browse()
        return False

    # --- choosing ------------------------------------------------------------------------------------

    def _choose(self, choice: Choice) -> None:
        index = self._index_of(choice.id)
        if index < 0:
            index = self._append(choice)
        before = self.value()
        self.combo.setCurrentIndex(index)
        self.combo.setEditText(self.combo.itemText(index))
        self.edit.setCursorPosition(0)
        if before != choice.id:
            self.changed.emit()

    def _chosen(self, choice: Choice) -> None:
        self._choose(choice)
        self.search.forget()

    def _settle(self) -> None:
        """Leaving the field: a blank field is "none"; typed text that names one record chooses it;
        anything else goes back to the chosen record (nothing half-typed is kept)."""
        if self.search.popup_visible():
            return  # the clerk is choosing in the list of matches
        text = self.combo.currentText().strip()
        current = self.combo.currentIndex()
        if not text and self.blank is not None:
            if current != 0:
                self.combo.setCurrentIndex(0)
                self.changed.emit()
            self.combo.setEditText("")
            return
        if current >= 0 and text == self.combo.itemText(current):
            return
        result = self.search.search_now() if text else None
        self.search.popup().hide()
        if result is not None and len(result.choices) == 1 and not result.more:
            self._chosen(result.choices[0])
            return
        blocked = self.combo.blockSignals(True)
        self.combo.setEditText(self.combo.itemText(current) if current >= 0 else "")
        self.combo.blockSignals(blocked)


class RecordListPicker(QObject):
    """The chosen records of a many-valued field, in ``list_widget``; ``search_edit`` above it finds
    records to add. Each chosen record is a checked item; unchecking one removes it when saved.

    ``ids()`` are the checked records in the order shown; ``set_ids(ids)`` shows a record's choice.
    """

    changed = Signal()

    def __init__(
        self,
        search_edit: QLineEdit,
        list_widget: QListWidget,
        ctx: ServiceContext | Callable[[], ServiceContext],
        kind: str,
        *,
        language: str,
        limits: PickFilter | None = None,
    ) -> None:
        super().__init__(list_widget)
        self.edit, self.list, self.kind, self.language = search_edit, list_widget, kind, language
        self._ctx = ctx if callable(ctx) else (lambda: ctx)
        search_edit.setPlaceholderText(_placeholder(kind))
        search_edit.setClearButtonEnabled(True)
        search_edit.setToolTip(
            QCoreApplication.translate(
                "RecordPicker", "Type a few letters and choose a match to add it; untick one to remove it."
            )
        )
        self.search = _Search(search_edit, self._ctx, kind, language, limits or PickFilter())
        self.search.chosen.connect(self.add)
        search_edit.returnPressed.connect(self._add_single_match)
        list_widget.itemChanged.connect(lambda _item: self.changed.emit())

    def ids(self) -> list[int]:
        return [
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_ids(self, ids: Iterable[int]) -> None:
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for choice in describe(self._ctx(), self.kind, list(ids), language=self.language):
                self._item(choice)
        finally:
            self.list.blockSignals(blocked)

    def _item(self, choice: Choice) -> QListWidgetItem:
        item = QListWidgetItem(choice.text, self.list)
        item.setData(ID_ROLE, choice.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        if choice.detail:
            item.setToolTip(f"{choice.text}\n{choice.detail}")
        return item

    def add(self, choice: Choice) -> None:
        """Add ``choice`` to the list (or tick it again), and empty the search field for the next one."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == choice.id:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self.list.scrollToItem(self._item(choice))
        self.edit.clear()
        self.search.forget()
        self.changed.emit()

    def _add_single_match(self) -> None:
        if self.search.popup_visible():
            return
        result = self.search.search_now()
        if result is not None and len(result.choices) == 1 and not result.more:
            self.add(result.choices[0])
            self.search.popup().hide()
