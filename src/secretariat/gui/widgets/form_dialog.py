"""The frame every record editor shares: a Designer form in a dialog with Save / Cancel / Apply.

- Save stores and closes, Apply (Ctrl+S) stores and stays open, Cancel or
  Escape closes, asking Save / Discard / Cancel when something changed.
- A ValidationError is shown at the fields it names (see :mod:`problems`);
  nothing is stored then.
- Changes are detected by comparing a snapshot of the tracked widgets with the
  one taken after the last load, so typing and then undoing is not "changed".
- Ctrl+Z takes back edits not saved yet, field by field (:mod:`undo`); an editor that names its
  ``HISTORY_KIND`` gets a History tab (:mod:`history`); the fields its ``RECORD_TYPE`` requires are
  marked, web addresses, e-mail, telephone numbers and language codes are checked as they are typed,
  buttons get access keys and a new record starts in its first field (:mod:`form_comforts`); F1 opens
  the user guide at the page of the form (:mod:`help`).
- Edit conflicts: the view shown by the last load is kept as ``self.loaded`` and
  handed to the service (``loaded=``). When someone else saved the record since,
  the service refuses with an EditConflict; the conflict dialog shows both values
  of every field they changed, the clerk picks per field, and the result is saved
  as a new change on the version now stored (see :meth:`take_theirs`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.validation import Checker
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.amounts import AmountTextError
from secretariat.gui.widgets.conflict_dialog import ask_conflict
from secretariat.gui.widgets.fields import AmountField, watch
from secretariat.gui.widgets.form_comforts import LiveChecks, assign_access_keys, focus_first_field, mark_required
from secretariat.gui.widgets.help import install_help
from secretariat.gui.widgets.history import HistoryPanel, add_history_tab
from secretariat.gui.widgets.problems import PROBLEM_STYLE, ProblemDisplay
from secretariat.gui.widgets.prompts import Unsaved, ask_unsaved, warn
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.gui.widgets.undo import EditUndo
from secretariat.services.context import ServiceContext

INFO_STYLE = "color: #1b5e20;"


class FormDialog(QDialog):
    """A record editor. Subclasses set FORM and implement setup, load, collect and store."""

    FORM: ClassVar[str]
    #: Apply (save and stay) helps where the record has lists that need it saved first; a small part
    #: of a record (a contact, a member, ...) needs only Save and Cancel.
    SHOW_APPLY: ClassVar[bool] = True
    #: The kind of record whose change history a "History" tab shows (services.history; None: no tab).
    HISTORY_KIND: ClassVar[str | None] = None
    #: The domain record the form edits: its rules say which fields to mark as required before saving.
    RECORD_TYPE: ClassVar[type | None] = None

    def __init__(self, ctx: ServiceContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.language = current_language()  # what the interface shows (the saved choice may differ)
        self.saved_anything = False
        self._tracked: list[QWidget] = []
        self._clean: tuple[Any, ...] = ()
        #: The record as the last load showed it (its view, with its version); services take it as ``loaded=``.
        self.loaded: Any = None

        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        resize_within_screen(self, self.form.width(), self.form.height())
        self.setSizeGripEnabled(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.save_button = self.bind("saveButton", QPushButton)
        self.cancel_button = self.bind("cancelButton", QPushButton)
        self.apply_button = self.bind("applyButton", QPushButton)
        self.message_label = self.bind("messageLabel", QLabel)
        self.problems = ProblemDisplay(self.form, self.message_label, self.language)
        self.save_button.clicked.connect(self.save_and_close)
        self.apply_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.apply_button.setVisible(self.SHOW_APPLY)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.undo = EditUndo(self, _widget_state)  # Ctrl+Z: the edits since the last save, field by field
        self.history_panel: HistoryPanel | None = None

        self.setup()
        self.reload()
        if self.HISTORY_KIND is not None:
            self.history_panel = add_history_tab(self, self.HISTORY_KIND)
        mark_required(self.form, self.RECORD_TYPE, self.fields())
        self.live_checks = LiveChecks(self)
        assign_access_keys(self.form)
        install_help(self, self.FORM)  # F1: the user guide at the page of this form
        if self.record_id is None:
            focus_first_field(self.form)

    # --- for subclasses -----------------------------------------------------------------------------

    def setup(self) -> None:
        """Bind the form's widgets, fill pick lists, connect signals."""
        raise NotImplementedError

    def load(self) -> None:
        """Show the record ``self.record_id`` (or the defaults of a new one)."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The domain record the widgets describe; ValidationError for what cannot even be read."""
        raise NotImplementedError

    def store(self, data: Any) -> int | None:
        """Create or update through the services; the record's id."""
        raise NotImplementedError

    def fields(self) -> Mapping[str, QWidget]:
        """Problem field name -> the widget where it is typed."""
        return {}

    def field_names(self) -> Mapping[str, str]:
        """Problem field name -> how to call it, for fields without a form label."""
        return {}

    def loaded_view(self) -> Any:
        """The view :meth:`load` showed (kept as ``self.loaded`` for the conflict check); default ``self.view``."""
        return getattr(self, "view", None)

    def take_theirs(self, data: Any, conflict: EditConflict, fields: set[str]) -> Any:
        """``data`` with the stored value of ``fields`` (chosen in the conflict dialog) put back.

        The default sets the attributes of a service record (a dataclass) named like the fields;
        an editor whose data is made of several records overrides it."""
        for change in conflict.changes:
            if change.field in fields and hasattr(data, change.field):
                setattr(data, change.field, change.theirs)
        return data

    def title(self) -> str:
        return self.form.windowTitle()

    def describe(self) -> str:
        """How to call this record in a question ("the partner JP-OSK")."""
        return self.title()

    # --- helpers ---------------------------------------------------------------------------------------

    def bind(self, name: str, cls: type) -> Any:
        return bind(self.form, name, cls)

    def track(self, *widgets: QWidget) -> None:
        """Widgets whose contents belong to the record (compared to detect unsaved changes)."""
        self._tracked.extend(widgets)
        watch(widgets, self._changed)
        self.undo.track(*widgets)

    def _changed(self, *_args: object) -> None:
        self.setWindowModified(self.is_dirty())

    def snapshot(self) -> tuple[Any, ...]:
        return tuple(_widget_state(w) for w in self._tracked)

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def mark_clean(self) -> None:
        self._clean = self.snapshot()
        self.setWindowModified(False)
        self.undo.reset()

    def reload(self) -> None:
        self.load()
        self.loaded = self.loaded_view()
        self.setWindowTitle(f"{self.title()}[*]")
        self.mark_clean()
        if self.history_panel is not None:
            self.history_panel.set_record(self.record_id)

    @staticmethod
    def read_amount(field: AmountField, problems: list[Problem]) -> Any:
        """The value of an amount field; a problem (and None) when it is not an amount."""
        try:
            return field.value()
        except AmountTextError as exc:
            problems.append(exc.problem)
            return None

    @staticmethod
    def refuse(record: Any, early: list[Problem], ignore: set[str] | None = None) -> None:
        """Raise the problems found while reading the form together with the record's own rules
        (a field that could not be read is reported once, by what was wrong with it; fields in
        ``ignore`` are left for the service to judge)."""
        if not early:
            return
        checker = Checker()
        record.check(checker)
        named = {p.field for p in early} | (ignore or set())
        raise ValidationError(early + [p for p in checker.problems if p.field not in named])

    def show_info(self, text: str) -> None:
        self.problems.clear()
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setText(text)
        self.message_label.show()

    def show_error(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.problems.show(error.problems, self.fields(), self.field_names())
        else:
            self.problems.show_message(error.message(self.language))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) by what the message line lacks, so that every problem shows, within the screen."""
        label = self.message_label
        label.adjustSize() if not label.isVisible() else None
        layout = self.layout()
        if layout is not None:  # set in __init__
            layout.activate()
        missing = label.heightForWidth(max(label.width(), 100)) - label.height()
        if missing <= 0:
            return
        screen = self.screen().availableGeometry().height() - 60 if self.screen() is not None else self.height()
        height = min(self.height() + missing, max(screen, self.height()))
        self.resize(self.width(), height)

    # --- saving and closing -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the record; on a problem show it and store nothing. True when stored."""
        self.problems.clear()
        data = None
        try:
            data = self.collect()
            new_id = self.store(data)
        except EditConflict as conflict:
            return self._resolve_conflict(conflict, data)
        except UserError as error:
            self.show_error(error)
            return False
        self._stored(new_id, self.tr("Saved."))
        return True

    def _stored(self, new_id: int | None, message: str) -> None:
        self.saved_anything = True
        if new_id is not None:
            self.record_id = new_id
        self.reload()
        self.show_info(message)

    def _resolve_conflict(self, conflict: EditConflict, data: Any) -> bool:
        """Someone else saved the record meanwhile: let the clerk choose per field, then save the result
        on the version now stored (again, if yet another save came in between)."""
        while True:
            if not conflict.changes or conflict.current is None:
                self.show_error(conflict)  # changed at the very same moment: nothing to choose from
                return False
            chosen = ask_conflict(self, conflict, self.language)
            if chosen is None:
                self.show_error(conflict)
                return False
            data = self.take_theirs(data, conflict, chosen)
            self.loaded = conflict.current
            try:
                new_id = self.store(data)
            except EditConflict as again:
                conflict = again
                continue
            except UserError as error:
                self.show_error(error)
                return False
            self._stored(new_id, self.tr("Saved with the values you chose."))
            return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: ask first when something changed."""
        if self.is_dirty():
            choice = ask_unsaved(self, self.describe())
            if choice is Unsaved.CANCEL:
                return
            if choice is Unsaved.SAVE:
                if self.save():
                    self.accept()
                return
        super().reject()


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


def _widget_state(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return (widget.currentData(), widget.currentText().strip() if widget.isEditable() else None)
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return (widget.date().toJulianDay(), widget.isEnabled())
    if isinstance(widget, QTimeEdit):
        return (widget.time().toString("HH:mm"), widget.isEnabled())
    if isinstance(widget, QAbstractSpinBox):
        # value() is declared by QSpinBox and QDoubleSpinBox (the spin boxes of our forms), not their base.
        return widget.value()  # type: ignore[attr-defined]
    if isinstance(widget, QTableWidget):
        return tuple(
            tuple(_cell_text(widget, r, c) for c in range(widget.columnCount())) for r in range(widget.rowCount())
        )
    if isinstance(widget, QListWidget):
        return tuple(
            (widget.item(i).data(Qt.ItemDataRole.UserRole), widget.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(widget.count())
        )
    raise TypeError(f"cannot track a {type(widget).__name__}")


def today() -> date:
    return date.today()


def open_form_dialog(cls: type[FormDialog], record_id: int | None, ctx: ServiceContext, parent: QWidget | None) -> bool:
    """Edit record ``record_id`` in a modal ``cls`` dialog (None: a new one); True when anything was saved."""
    try:
        dialog = cls(ctx, record_id, parent)
    except UserError as error:  # e.g. the record was deleted at another workstation meanwhile
        warn(
            parent,
            QCoreApplication.translate("RecordEditors", "Cannot open the record"),
            error.message(current_language()),
        )
        return False
    try:
        dialog.exec()
        return bool(dialog.saved_anything)
    finally:
        dialog.deleteLater()
