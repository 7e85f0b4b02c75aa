"""The first page of an empty database: load the demonstration data, import, or start empty."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.widgets.recent import recent_records
from secretariat.gui.workers import Job, run_in_background

if TYPE_CHECKING:  # the window's frame loads this module before the services (see main_window)
    from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

DEMO_SCALE = 1

MAX_PROBLEMS_SHOWN = 12

__all__ = ["WelcomePage", "database_is_empty", "excel_import_available", "import_from_excel"]


def database_is_empty(ctx: ServiceContext) -> bool:
    """No partners, agreements or delegations yet: the welcome page is shown instead of the dashboard."""
    from secretariat.services import registers
    from secretariat.services.registers import RegisterQuery

    return all(registers.count(ctx, name, RegisterQuery()) == 0 for name in ("partners", "agreements", "delegations"))


def excel_import_available() -> bool:
    """Whether this build has the Excel import service (the option is offered only then)."""
    return importlib.util.find_spec("secretariat.services.excel.importer") is not None


def _load_demo(ctx: ServiceContext) -> Any:
    from secretariat.services.demo import load_demo

    return load_demo(ctx, scale=DEMO_SCALE)


def import_from_excel(parent: QWidget, ctx: ServiceContext, on_imported: Callable[[], None]) -> Job[Any] | None:
    """Ask for an exchange workbook and import it on a worker thread (all or nothing), with progress and
    cancel; then say what happened. ``on_imported`` runs when rows were written. None: no file chosen."""
    from secretariat.services.excel.importer import ImportMode, import_workbook

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExcelImport", "Import from Excel"),
        "",
        QCoreApplication.translate("ExcelImport", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    language = current_language()

    def done(report: Any) -> None:
        summary = report.summary(language)
        lines = [summary]
        problems = list(report.problems)
        lines += [f"• {problem.describe(language)}" for problem in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            more = QCoreApplication.translate("ExcelImport", "… and %1 more problems.")
            lines.append(more.replace("%1", str(len(problems) - MAX_PROBLEMS_SHOWN)))
        title = QCoreApplication.translate("ExcelImport", "Import from Excel")
        if report.written:
            # The one way finished work is reported: the window's line with Open and Show in folder
            # (the progress dialog is already closed when this runs).
            imported = QCoreApplication.translate("ExcelImport", "Imported from %1: %2")
            lines[0] = imported.replace("%1", Path(path).name).replace("%2", summary)
            announce_file(parent, path, "\n".join(lines))
            on_imported()
        else:
            nothing = QCoreApplication.translate(
                "ExcelImport", "Nothing was saved: correct the rows named below in the workbook and import it again."
            )
            QMessageBox.warning(parent, title, "\n".join([nothing, *lines]))

    return run_in_background(
        parent,
        lambda progress: import_workbook(
            ctx, path, mode=ImportMode.ALL_OR_NOTHING, progress=progress, language=language
        ),
        done,
        title=QCoreApplication.translate("ExcelImport", "Importing %1…").replace("%1", Path(path).name),
    )


class WelcomePage(QWidget):
    """Three choices for a new database; emits which one the clerk took."""

    #: The demonstration data is in the database.
    demo_loaded = Signal()
    #: The clerk wants to start typing records (the window shows the partners register).
    start_empty = Signal()
    #: The clerk wants to import an Excel workbook (offered only when the import service exists).
    import_requested = Signal()
    #: The clerk chose a record opened before (kind, id).
    recent_requested = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.ctx = ctx
        self.job: Job[Any] | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = QCommandLinkButton(self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.load_demo)
        self.import_button: QCommandLinkButton | None = None
        if excel_import_available():
            self.import_button = QCommandLinkButton(self)
            self.import_button.setObjectName("importButton")
            self.import_button.clicked.connect(self.import_requested)
        self.empty_button = QCommandLinkButton(self)
        self.empty_button.setObjectName("emptyButton")
        self.empty_button.clicked.connect(self.start_empty)

        box = QFrame(self)
        box.setObjectName("welcomeBox")
        box.setMinimumWidth(520)
        box.setMaximumWidth(680)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        inner.addWidget(self.demo_button)
        if self.import_button is not None:
            inner.addWidget(self.import_button)
        inner.addWidget(self.empty_button)
        # Records opened before in this database (after a clean-up, say), offered again.
        self.recent_heading = QLabel(box)
        self.recent_heading.setObjectName("recentHeading")
        self.recent_buttons: list[QCommandLinkButton] = []
        inner.addSpacing(8)
        inner.addWidget(self.recent_heading)
        from secretariat.services import session_start

        for record in recent_records(session_start.location(ctx))[:5]:
            button = QCommandLinkButton(record.title, box)
            button.setObjectName("recentRecord")
            button.clicked.connect(lambda _checked=False, r=record: self.recent_requested.emit(r.kind, r.record_id))
            inner.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_heading.setVisible(bool(self.recent_buttons))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 48, 40, 40)
        add_layout(layout, row)
        layout.addStretch(1)
        self.retranslate()

    def load_demo(self) -> None:
        """Fill the database with the demonstration data on a worker thread, with progress and cancel."""
        if self.job is not None:
            return
        self.demo_button.setEnabled(False)
        ctx = self.ctx

        def finished() -> None:
            self.job = None
            self.demo_button.setEnabled(True)

        self.job = run_in_background(
            self,
            lambda _progress: _load_demo(ctx),
            lambda _result: self.demo_loaded.emit(),
            title=self.tr("Loading the demonstration data…"),
        )
        self.job.ended.connect(finished)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Secretariat"))
        self.intro.setText(
            self.tr(
                "This database has no partners, agreements or delegations yet. Choose how to begin; "
                "you can change everything later."
            )
        )
        self.demo_button.setText(self.tr("Load the demonstration data"))
        self.demo_button.setDescription(
            self.tr(
                "Fictitious partners, agreements, delegations and budget lines to try the program with. "
                "Delete them before real work starts."
            )
        )
        if self.import_button is not None:
            self.import_button.setText(self.tr("Import registers from Excel"))
            self.import_button.setDescription(
                self.tr("Bring in the partners and agreements your office kept in Excel workbooks.")
            )
        self.empty_button.setText(self.tr("Start with empty registers"))
        self.empty_button.setDescription(self.tr("Type in your first partner now."))
        self.recent_heading.setText(self.tr("Opened recently"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
