"""The base of the program's list-plus-form dialogs: a table of records beside a form to add or change one.

The chart of accounts, the exchange-rate table and the travel-cost table are
dialogs of this kind: pick a row to edit it in the form, "New" empties the
form, "Save" stores it (every bad field named below the form and framed in
red), "Delete…" asks first. Each dialog is a Designer form ``ui/<FORM>.ui``
holding, besides its own filters and fields, the widgets this base binds by
name:

* ``recordTable`` (QTableWidget): the records, one per row;
* ``formBox`` (QGroupBox): the form, titled "New ..." or "Edit ...";
* ``newButton``, ``saveButton``, ``deleteButton`` (QPushButton);
* ``problemsLabel`` (QLabel): what was wrong with the last save;
* ``countLabel`` (QLabel): how many rows are shown;
* ``resultLabel`` (QLabel): the outcome of an import, hidden until there is one;
* ``buttonBox`` (QDialogButtonBox): Close.

A dialog subclass names its form (:attr:`FORM`) and says how to read the rows
(:meth:`fetch`), show one (:meth:`cells`), fill and read the form
(:meth:`show_record`, :meth:`clear_form`, :meth:`collect`), store
(:meth:`create_record`, :meth:`update_record`) and delete (:meth:`remove`); the base does
the rest. The dialog's own texts are set in :meth:`retranslate` (from Python,
so that they are translated in the dialog's own context).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.gui.errors import show_user_error
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.context import ServiceContext

__all__ = ["RECORD_ROLE", "ListFormDialog"]

RECORD_ROLE = Qt.ItemDataRole.UserRole
MUTED = "#616161"
PROBLEM_TEXT = "#b71c1c"
PROBLEM_BORDER = "border: 1px solid #b71c1c;"

W = TypeVar("W", bound=QWidget)
R = TypeVar("R")


class ListFormDialog(QDialog, Generic[R]):
    """A table of records (of type ``R``, each with an ``id``) beside a form; see the module's notes."""

    #: The Designer form, ``ui/<FORM>.ui``.
    FORM: ClassVar[str]
    #: Columns shown right-aligned (amounts, counts).
    RIGHT_COLUMNS: ClassVar[frozenset[int]] = frozenset()
    #: The column that takes the spare width (None: the last one).
    STRETCH_COLUMN: ClassVar[int | None] = None

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = current_language()
        self._rows_stale = False  # a language change came while hidden: read the rows when shown
        self.rows: list[R] = []
        self.editing_id: int | None = None
        self.changed = False  # anything saved or deleted (the caller may refresh)

        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 9)  # as the other dialogs: the forms of these tables have no margin
        layout.addWidget(self.form)
        resize_within_screen(self, self.form.width(), self.form.height())
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.table = self.bind("recordTable", QTableWidget)
        self.form_box = self.bind("formBox", QGroupBox)
        self.new_button = self.bind("newButton", QPushButton)
        self.save_button = self.bind("saveButton", QPushButton)
        self.delete_button = self.bind("deleteButton", QPushButton)
        self.problems_label = self.bind("problemsLabel", QLabel)
        self.count_label = self.bind("countLabel", QLabel)
        self.result_label = self.bind("resultLabel", QLabel)
        self.buttons = self.bind("buttonBox", QDialogButtonBox)

        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # amounts never clipped
        header.setStretchLastSection(self.STRETCH_COLUMN is None)
        self.table.itemSelectionChanged.connect(self._selected)
        self.count_label.setStyleSheet(f"color: {MUTED};")
        self.problems_label.setStyleSheet(f"color: {PROBLEM_TEXT};")
        self.problems_label.setWordWrap(True)
        self.problems_label.setVisible(False)
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.buttons.rejected.connect(self.reject)

        self.setup()
        self._retranslate_base()
        self.retranslate()
        self.reload()
        self.new_record()

    # --- what a dialog says ------------------------------------------------------------------------------

    def setup(self) -> None:
        """Bind the dialog's own widgets and connect them (called once, before the first reload)."""

    def fetch(self) -> list[R]:
        """The rows to show, with the dialog's filters applied."""
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, record: R) -> list[str]:
        """The texts of a record's row, one per column."""
        raise NotImplementedError

    def decorate(self, record: R, row: int) -> None:
        """Change a row's look (a closed account in grey, ...); nothing by default."""

    def show_record(self, record: R) -> None:
        """Fill the form with ``record``."""
        raise NotImplementedError

    def clear_form(self) -> None:
        """Empty the form for a new record."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The form's values as the service's input; ValidationError when a field cannot be read."""
        raise NotImplementedError

    def create_record(self, data: Any) -> int:
        raise NotImplementedError

    def update_record(self, record_id: int, data: Any) -> None:
        raise NotImplementedError

    def remove(self, record: R) -> None:
        """Ask and delete ``record`` (UserError: shown, nothing deleted)."""
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        """The form's field widgets by the name the services give their problems."""
        return {}

    def field_labels(self) -> dict[str, str]:
        """The visible label of each field, for the problem lines."""
        return {}

    def count_text(self, count: int) -> str:
        return str(count)

    def form_title(self, record: R | None) -> str:
        return ""

    def mode_changed(self, record: R | None) -> None:
        """After the form switched to a new record (None) or to ``record``: update hints and the like."""

    def retranslate(self) -> None:
        """Set every text of the dialog's own widgets."""

    # --- helpers -----------------------------------------------------------------------------------------

    def bind(self, name: str, cls: type[W]) -> W:
        return bind(self.form, name, cls)

    def current(self) -> R | None:
        return next((r for r in self.rows if getattr(r, "id", None) == self.editing_id), None)

    # --- the table ------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the rows again and show them; select ``select_id`` when given."""
        self.rows = self.fetch()
        blocked = self.table.blockSignals(True)
        self.table.setColumnCount(len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        for row, record in enumerate(self.rows):
            for column, text in enumerate(self.cells(record)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in self.RIGHT_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            first = self.table.item(row, 0)
            if first is not None:
                first.setData(RECORD_ROLE, getattr(record, "id", None))
            self.decorate(record, row)
        if self.STRETCH_COLUMN is not None and self.table.columnCount() > self.STRETCH_COLUMN:
            self.table.horizontalHeader().setSectionResizeMode(self.STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(blocked)
        self.count_label.setText(self.count_text(len(self.rows)))
        if select_id is not None:
            for row, record in enumerate(self.rows):
                if getattr(record, "id", None) == select_id:
                    self.table.selectRow(row)
                    break

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.rows[rows[0].row()]
        self.editing_id = getattr(record, "id", None)
        self.show_record(record)
        self._show_beginnings()
        self.show_problems([])
        self._update_mode()

    # --- the form -------------------------------------------------------------------------------------------

    def new_record(self) -> None:
        """Empty the form for a new record."""
        self.editing_id = None
        self.table.clearSelection()
        self.clear_form()
        self._show_beginnings()
        self.show_problems([])
        self._update_mode()

    def _show_beginnings(self) -> None:
        """Each field shows the start of its text (a long source read "…resmi PMK; ganti dengan tabel SBM")."""
        for widget in self.field_widgets().values():
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setCursorPosition(0)

    def save(self) -> bool:
        """Store the form (a new record, or the one being edited); False when something was wrong."""
        try:
            data = self.collect()
            if self.editing_id is None:
                saved = self.create_record(data)
            else:
                self.update_record(self.editing_id, data)
                saved = self.editing_id
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        except EditConflict as conflict:
            # Changed at another workstation: say what and keep the typing; the rows are read again (with
            # the stored version), so saving again overwrites knowingly.
            show_user_error(self, conflict)
            self.reload()
            return False
        except UserError as error:
            show_user_error(self, error)
            return False
        self.changed = True
        self.show_problems([])
        self.after_save()
        self.reload(select_id=saved)
        return True

    def after_save(self) -> None:
        """Refresh what depends on the stored rows (filters, choices) before the table is read again."""

    def delete_current(self) -> None:
        record = self.current()
        if record is None:
            return
        try:
            self.remove(record)
        except UserError as error:
            show_user_error(self, error)
            return

    def deleted(self) -> None:
        """Call after a delete: the table is read again and the form emptied."""
        self.changed = True
        self.after_save()
        self.reload()
        self.new_record()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        labels = self.field_labels()
        lines = [f"• {labels.get(p.field, p.field)}: {p.message(self.language)}" for p in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        fields = {p.field for p in problems}
        for name, widget in self.field_widgets().items():
            widget.setStyleSheet(PROBLEM_BORDER if name in fields else "")

    def _update_mode(self) -> None:
        record = self.current()
        self.form_box.setTitle(self.form_title(record))
        self.delete_button.setEnabled(record is not None)
        self.mode_changed(record)

    # --- language -------------------------------------------------------------------------------------------

    def _retranslate_base(self) -> None:
        self.new_button.setText(QCoreApplication.translate("ListFormDialog", "&New"))
        self.save_button.setText(QCoreApplication.translate("ListFormDialog", "&Save"))
        self.delete_button.setText(QCoreApplication.translate("ListFormDialog", "&Delete…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rows"):
            self.language = current_language()
            self._retranslate_base()
            self.retranslate()
            if self.isVisible():
                self.reload(select_id=self.editing_id)
                self._update_mode()
            else:
                # A closed (or not yet shown) dialog reads its rows when it is shown: its session may be
                # closed already (a closed dialog re-reading through it crashed a test worker).
                self._rows_stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._rows_stale:
            self._rows_stale = False
            self.reload(select_id=self.editing_id)
            self._update_mode()
        super().showEvent(event)
