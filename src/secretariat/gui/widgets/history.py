"""The "Riwayat / History" tab of a record editor: who changed which field, from what to what, and when.

The changes come from the audit (:mod:`secretariat.services.history`), newest first, with those of
the records that belong to the record (contacts, members, transactions, ...) and of records deleted
since. Each change is a row with its fields below it, named by their labels and written as the clerk
reads them. "Revert this change…" writes a field's earlier value back as a new change, after asking;
the service refuses, with its reason, when the field was changed again since.

The tab is added by :class:`~secretariat.gui.widgets.form_dialog.FormDialog` to every editor that
names its ``HISTORY_KIND`` (:func:`add_history_tab`); an editor without tabs gets them. The history
is read when the tab is first shown, and again after each save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import UserError
from secretariat.gui.formatting import format_datetime
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout, move_items
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.recent import remember
from secretariat.services import history as service
from secretariat.services.session_start import location

if TYPE_CHECKING:
    from secretariat.gui.widgets.form_dialog import FormDialog

__all__ = ["HistoryPanel", "add_history_tab", "ensure_tabs"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # on every row: the audit entry id
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # on a field row: the field's name
REVERTIBLE_ROLE = Qt.ItemDataRole.UserRole + 3
WHAT, BEFORE, AFTER = range(3)
#: A value longer than this is cut in the row (the tooltip shows all of it).
SHOWN_CHARACTERS = 120


class HistoryPanel(QWidget):
    """The changes of one record; the editor calls :meth:`set_record` whenever it (re)loads."""

    def __init__(self, editor: FormDialog, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.editor = editor
        self.kind = kind
        self.record_id: int | None = None
        self._stale = True
        self.entries: list[service.HistoryEntry] = []

        self.summary = QLabel(self)
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(self.revert_current)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("historyRefreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        add_layout(layout, buttons)
        self.retranslate()
        self._update_buttons()

    # --- the record ---------------------------------------------------------------------------------

    def set_record(self, record_id: int | None) -> None:
        """Show the history of ``record_id`` (None: a new record); read now if the tab is shown."""
        self.record_id = record_id
        self._stale = True
        if record_id is not None:  # an editor with a history is also one the File menu offers again
            remember(location(self.editor.ctx), self.kind, record_id, self.editor.title())
        if self.isVisible():
            self.refresh()
        else:
            self._show_summary()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.entries = []
        if self.record_id is not None:
            try:
                self.entries = service.record_history(self.editor.ctx, self.kind, self.record_id)
            except UserError as error:
                warn(self, self.tr("History"), error.message(current_language()))
        self._fill()

    def _fill(self) -> None:
        language = current_language()
        index = 0 if language == "id" else 1
        self.tree.clear()
        for entry in self.entries:
            # One line across the whole width: when, who, and what happened to which record.
            top = QTreeWidgetItem(self.tree)
            line = f"{format_datetime(entry.at, language)} · {entry.user} · {entry.what(language)}"
            top.setText(WHAT, line)
            top.setToolTip(WHAT, line)
            top.setData(WHAT, ENTRY_ROLE, entry.entry_id)
            top.setFirstColumnSpanned(True)
            font = top.font(WHAT)
            font.setBold(entry.own)
            top.setFont(WHAT, font)
            for change in entry.changes:
                row = QTreeWidgetItem(top)
                row.setText(WHAT, change.label[index])
                before, after = change.before[index], change.after[index]
                row.setText(BEFORE, _short(before))
                row.setText(AFTER, _short(after))
                row.setToolTip(BEFORE, before)
                row.setToolTip(AFTER, after)
                row.setData(WHAT, ENTRY_ROLE, entry.entry_id)
                row.setData(WHAT, FIELD_ROLE, change.field)
                row.setData(WHAT, REVERTIBLE_ROLE, change.revertible)
            # Changes are open; a created or deleted record's many fields stay folded.
            top.setExpanded(entry.action == "update")
        # The field column is as wide as the field names: the values before and after share the rest,
        # so dates and amounts are not cut.
        metrics = self.tree.fontMetrics()
        labels = [change.label[index] for entry in self.entries for change in entry.changes]
        wanted = max((metrics.horizontalAdvance(text) for text in labels), default=0) + 48
        self.tree.setColumnWidth(WHAT, max(140, min(wanted, 280)))
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        if self.record_id is None:
            self.summary.setText(self.tr("The history starts once the record is saved."))
        elif self._stale:
            self.summary.setText(self.tr("Loading the history…"))
        elif not self.entries:
            self.summary.setText(self.tr("No change of this record is recorded."))
        else:
            self.summary.setText(
                self.tr(
                    "%1 change(s), newest first. Records that belong to this one are listed too, also "
                    "those deleted since. Select a field to revert its change."
                ).replace("%1", str(len(self.entries)))
            )

    # --- reverting ---------------------------------------------------------------------------------

    def _selected_change(self) -> tuple[int, str, QTreeWidgetItem] | None:
        item = self.tree.currentItem()
        if item is None or item.data(WHAT, FIELD_ROLE) is None:
            return None
        return int(item.data(WHAT, ENTRY_ROLE)), str(item.data(WHAT, FIELD_ROLE)), item

    def _update_buttons(self) -> None:
        selected = self._selected_change()
        self.revert_button.setEnabled(selected is not None and bool(selected[2].data(WHAT, REVERTIBLE_ROLE)))

    def revert_current(self) -> bool:
        """Ask, then revert the selected field's change; True when it was reverted."""
        selected = self._selected_change()
        if selected is None:
            return False
        entry_id, field, item = selected
        label = item.text(WHAT)  # the row is made again when the editor reloads
        title = self.tr("Revert this change")
        if self.editor.is_dirty():
            warn(self, title, self.tr("Save or discard your edits of this record first."))
            return False
        question = (
            self.tr("Set %1 back from “%2” to “%3”?")
            .replace("%1", label)
            .replace("%2", item.toolTip(AFTER))
            .replace("%3", item.toolTip(BEFORE))
        )
        if not confirm(self, title, question, self.tr("Revert"), self.tr("The revert is recorded as a new change.")):
            return False
        try:
            service.revert_change(self.editor.ctx, entry_id, field)
        except UserError as error:
            warn(self, title, self.tr("The change was not reverted."), error.message(current_language()))
            return False
        self.editor.saved_anything = True
        self.editor.reload()
        self.editor.show_info(self.tr("Reverted: %1.").replace("%1", label))
        return True

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        revert = menu.addAction(self.tr("Revert this change…"))
        revert.setEnabled(self.revert_button.isEnabled())
        revert.triggered.connect(self.revert_current)
        copy = menu.addAction(self.tr("Copy"))
        copy.triggered.connect(lambda: self._copy(item))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _copy(self, item: QTreeWidgetItem) -> None:
        texts = [item.toolTip(c) or item.text(c) for c in range(self.tree.columnCount())]
        QGuiApplication.clipboard().setText("\t".join(texts))

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Change / field"), self.tr("Before"), self.tr("After")])
        self.revert_button.setText(self.tr("&Revert this change…"))
        self.revert_button.setToolTip(
            self.tr("Write the field's earlier value back; refused when the field was changed again since")
        )
        self.refresh_button.setText(self.tr("Re&fresh"))
        if not self._stale:
            self._fill()
        else:
            self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            tabs = _tabs_of(self)
            if tabs is not None:
                tabs.setTabText(tabs.indexOf(self), self.tr("History"))
        super().changeEvent(event)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARACTERS else line[: SHOWN_CHARACTERS - 1] + "…"


def _tabs_of(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def ensure_tabs(form: QWidget, general_title: str) -> QTabWidget:
    """The form's tab widget; a form without one gets it: its first layout item (the fields) becomes
    the first tab, titled ``general_title``, above the message line and the buttons."""
    tabs = form.findChild(QTabWidget, "tabs")
    if tabs is not None:
        return tabs
    outer = form.layout()
    assert outer is not None, "a form has a layout"
    page = QWidget()
    page.setObjectName("generalTab")
    box = QVBoxLayout(page)  # a page's own margins: the fields touched the tab's frame
    move_items(outer, box, 0, 1)
    tabs = QTabWidget(form)
    tabs.setObjectName("tabs")
    tabs.addTab(page, general_title)
    if hasattr(outer, "insertWidget"):
        outer.insertWidget(0, tabs, 1)
    else:
        outer.addWidget(tabs)
    return tabs


def add_history_tab(editor: FormDialog, kind: str) -> HistoryPanel:
    """Give ``editor`` a History tab (the last one) showing its record's changes."""
    tabs = ensure_tabs(editor.form, QCoreApplication.translate("HistoryPanel", "General"))
    panel = HistoryPanel(editor, kind)
    tabs.addTab(panel, QCoreApplication.translate("HistoryPanel", "History"))
    panel.set_record(editor.record_id)
    return panel
