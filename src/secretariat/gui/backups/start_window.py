"""The window shown instead of the registers when there is no database to work on.

Two cases, each one clear message naming the file and nothing else opened:

- **damaged**: SQLite says the file is damaged (at opening, in the quick check after the first paint,
  or in any query). The message is the service's sentence, the same the command line prints, which
  names the newest backup that passed its check. The clerk can restore that backup (an
  administrator's or the head's action; the damaged file is kept), open another database, or quit.
- **missing**: there is no database at the path (or the file is empty). Only here, on the clerk's
  word, does the window create a new database; or it opens another one.

When a database opens (created, restored or chosen), :attr:`StartWindow.session_opened` carries its
session and the application shows the main window over it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import UserError
from secretariat.gui.errors import report_exception
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import session_start
from secretariat.services.backups import DamagedDatabaseError, NoDatabaseError, newest_good_backup, restore_backup
from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

__all__ = ["StartWindow", "ask_new_database", "ask_open_database"]

FILE_FILTER = "Secretariat (*.sqlite3 *.sqlite *.db);;*"


def _open_dialog(parent: QWidget | None) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("StartWindow", "Open database"), "", FILE_FILTER
    )
    return path


def _new_dialog(parent: QWidget | None) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StartWindow", "New database"),
        "secretariat.sqlite3",
        FILE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is never overwritten: refused below
    )
    return path


#: Tests replace these to answer the file dialogs without showing them.
ask_open_database: Callable[[QWidget | None], str] = _open_dialog
ask_new_database: Callable[[QWidget | None], str] = _new_dialog


class StartWindow(QMainWindow):
    """One message about the database at ``target`` (damaged, or none there) and what can be done."""

    #: A database was opened from here (created, restored, or another one chosen).
    session_opened = Signal(object)

    def __init__(self, target: str, problem: UserError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.target = target
        self.problem = problem
        self.job: Job[Any] | None = None
        self.resize(900, 560)

        page = QWidget(self)
        page.setObjectName("startPage")
        self.icon = QLabel(page)
        self.heading = QLabel(page)
        self.heading.setObjectName("startHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.message = QLabel(page)
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QCommandLinkButton(page)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_newest)
        self.create_button = QCommandLinkButton(page)
        self.create_button.setObjectName("createButton")
        self.create_button.clicked.connect(self.create_here)
        self.open_button = QCommandLinkButton(page)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_another)
        self.quit_button = QCommandLinkButton(page)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(self.close)

        box = QFrame(page)
        box.setMinimumWidth(560)
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.heading, 1)
        add_layout(inner, title_row)
        inner.addWidget(self.message)
        inner.addSpacing(12)
        for button in (self.restore_button, self.create_button, self.open_button, self.quit_button):
            inner.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 48, 40, 40)
        add_layout(layout, row)
        layout.addStretch(1)
        self.setCentralWidget(page)
        self.statusBar().showMessage(target)
        self.retranslate()

    # --- what is shown ---------------------------------------------------------------------------------------

    @property
    def damaged(self) -> bool:
        return isinstance(self.problem, DamagedDatabaseError)

    def backup_path(self) -> Path | None:
        """The backup offered: the newest that passed its check."""
        problem = self.problem
        if isinstance(problem, DamagedDatabaseError) and problem.backup is not None:
            return problem.backup.path
        if isinstance(problem, NoDatabaseError) and problem.empty:
            return newest_good_backup(problem.path)
        return None

    def set_problem(self, target: str, problem: UserError) -> None:
        self.target, self.problem = target, problem
        self.statusBar().showMessage(target)
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        style = self.style()
        self.setWindowTitle(self.tr("Secretariat"))
        backup = self.backup_path()
        if self.damaged:
            self.icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
            self.heading.setText(self.tr("The database file is damaged"))
            self.message.setText(self.problem.message(language))
        else:
            self.icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
            empty = isinstance(self.problem, NoDatabaseError) and self.problem.empty
            self.heading.setText(self.tr("The database file is empty") if empty else self.tr("No database here yet"))
            if empty:
                text = self.tr(
                    "The file %1 is empty (0 bytes), perhaps a copy or a sync that did not finish. Restore a "
                    "backup, open another database, or start a new, empty database in its place."
                )
            else:
                text = self.tr(
                    "There is no database at %1. Create a new, empty database there, or open the database "
                    "your office uses."
                )
            self.message.setText(text.replace("%1", self.target))
        self.restore_button.setVisible(backup is not None)
        if backup is not None:
            self.restore_button.setText(self.tr("Restore the newest good backup"))
            self.restore_button.setDescription(
                self.tr("%1 (an administrator or the head; the damaged file is kept among the backups)").replace(
                    "%1", str(backup)
                )
            )
        self.create_button.setVisible(not self.damaged)
        self.create_button.setText(self.tr("Create a new database here"))
        self.create_button.setDescription(self.target)
        self.open_button.setText(self.tr("Open another database…"))
        self.open_button.setDescription(self.tr("A database file your office already uses."))
        self.quit_button.setText(self.tr("Quit"))
        self.quit_button.setDescription(self.tr("Nothing is changed."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- actions -----------------------------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.job is not None and not self.job.is_finished

    def _open(self, title: str, work: Callable[[Progress], ServiceContext]) -> None:
        if self._busy():
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, DamagedDatabaseError | NoDatabaseError):
                self.set_problem(str(error.path), error)
            else:
                report_exception(self, error)

        self.job = run_in_background(self, work, self.session_opened.emit, on_error=failed, title=title)

    def create_here(self) -> None:
        target = self.target
        self._open(self.tr("Creating the database…"), lambda _progress: session_start.open_session(target, create=True))

    def open_another(self) -> None:
        path = ask_open_database(self)
        if path:
            self._open(self.tr("Opening %1…").replace("%1", path), lambda _progress: session_start.open_session(path))

    def restore_newest(self) -> None:
        backup = self.backup_path()
        if backup is None:
            return
        target = self.target

        def work(progress: Progress) -> ServiceContext:
            restore_backup(target, backup, progress=lambda done, total, _text: progress(done, total))
            return session_start.open_session(target)

        self._open(self.tr("Restoring the backup…"), work)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy():
            event.ignore()
            return
        super().closeEvent(event)
