"""What the user sees when something goes wrong.

- A :class:`~secretariat.domain.errors.UserError` (bad input, a missing record, a record others
  depend on, a database too new) is the user's to fix: a plain message box in their language.
- Anything else is a fault of the program: it is written with its traceback to the rotating log
  (``secretariat.services.logs.configure_logging``), and a plain dialog says so, with the details
  selectable and a button to copy them for the help desk.

:func:`install_excepthook` routes uncaught exceptions (GUI thread and others) here.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import UserError, ValidationError
from secretariat.gui.i18n import current_language
from secretariat.services.logs import redact

if TYPE_CHECKING:
    from secretariat.services.backups import DamagedDatabaseError

log = logging.getLogger("secretariat.gui")

__all__ = [
    "ErrorDialog",
    "install_excepthook",
    "is_damaged_database",
    "report_exception",
    "show_user_error",
    "user_message",
]


def user_message(exc: UserError, language: str | None = None) -> str:
    """The message of a user error in the interface language; one line per field for validation."""
    language = language or current_language()
    if isinstance(exc, ValidationError):
        return "\n".join(f"• {problem.field}: {problem.message(language)}" for problem in exc.problems)
    return exc.message(language)


#: The application shows a damaged database file its own way (one message, nothing else open); it sets
#: this while a session runs. Returns True when it took the error.
damaged_database_handler: Callable[[UserError], bool] | None = None


def is_damaged_database(exc: BaseException) -> TypeGuard[DamagedDatabaseError]:
    """Whether ``exc`` says the database file is damaged (SQLite's own word, caught at any layer)."""
    from secretariat.services.backups import DamagedDatabaseError

    return isinstance(exc, DamagedDatabaseError)


def show_user_error(parent: QWidget | None, exc: UserError, title: str | None = None) -> None:
    """A warning box with the error in the user's language."""
    handler = damaged_database_handler
    if handler is not None and is_damaged_database(exc) and handler(exc):
        return
    title = title or QCoreApplication.translate("Errors", "Cannot do that")
    QMessageBox.warning(parent, title, user_message(exc))


class ErrorDialog(QDialog):
    """An unexpected error: a short explanation, the details to copy, and where the log is."""

    def __init__(
        self, summary: str, details: str, log_location: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        intro = QCoreApplication.translate(
            "Errors",
            "Secretariat met an error it did not expect. Your saved work is safe; "
            "the action that failed was not completed.",
        )
        if log_location:
            where = QCoreApplication.translate("Errors", "The details were written to the log: %1")
            intro += "\n" + where.replace("%1", log_location)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold")
        layout.addWidget(self.summary_label)
        self.details_edit = QPlainTextEdit(details, self)
        self.details_edit.setObjectName("errorDetails")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(QCoreApplication.translate("Errors", "Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.summary_label.text()}\n\n{self.details_edit.toPlainText()}")


def _log_location() -> str | None:
    for handler in logging.getLogger().handlers + logging.getLogger("secretariat").handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            return str(filename)
    return None


def _format(exc: BaseException) -> tuple[str, str]:
    # Copied for the help desk: no password of a URL, no values a database error quotes (services.logs).
    summary = redact(f"{type(exc).__name__}: {exc}")
    details = redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return summary, details


#: Tests and the bench replace this to see dialogs without showing them.
show_error_dialog: Callable[[ErrorDialog], object] = ErrorDialog.exec


def report_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the user the right way (see the module text). GUI thread only."""
    handler = damaged_database_handler
    if isinstance(exc, UserError) and handler is not None and is_damaged_database(exc) and handler(exc):
        return
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    summary, details = _format(exc)
    dialog = ErrorDialog(summary, details, _log_location(), parent)
    try:
        show_error_dialog(dialog)
    finally:
        dialog.deleteLater()


class _Relay(QObject):
    """Lives on the GUI thread; a call emitted from any thread runs there (a queued connection)."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


def install_excepthook() -> None:
    """Route uncaught exceptions — on the GUI thread and in other threads — to :func:`report_exception`.

    The dialog is shown from a zero-delay timer so that an error inside a paint or a slot does not
    re-enter Qt's event handling where it failed.
    """
    previous = sys.excepthook
    relay = _Relay()  # made here, on the GUI thread; kept alive by the hooks below

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if not isinstance(QCoreApplication.instance(), QApplication):
            log.error("unexpected error", exc_info=(kind, exc, tb))
            previous(kind, exc, tb)
            return

        if sys.stderr is not None:  # a console (developers); the Windows program has none
            previous(kind, exc, tb)
        # Shown from the event loop, so an error inside a paint or a slot does not re-enter Qt there.
        relay.call.emit(lambda: QTimer.singleShot(0, lambda: report_exception(QApplication.activeWindow(), exc)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
