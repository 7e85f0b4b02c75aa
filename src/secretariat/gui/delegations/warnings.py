"""The checks and documents panel of a delegation: its warnings, and the buttons that write its documents.

:class:`DelegationWarningsPanel` shows the warnings of
:func:`secretariat.services.delegations.checks.delegation_warnings` (passport too short, permit late,
size outside the office's limits, a member on two overlapping visits, a missing per-diem rate), most
urgent first, each with its severity's icon, in the interface's language; double-clicking one that
concerns a member or a permit step emits :attr:`member_activated` / :attr:`permit_activated`, so the
editor can select that row. A missing rate offers "Import rates from Excel…" (the import wizard,
whose workbook has a per-diem sheet).

Its buttons write the delegation's documents, each in the background with a progress dialog:
"Travel budget (Excel)…", "Delegation list (PDF)…", "Programme (PDF)…" and "Permit request
letter (PDF)…" (a draft that takes no number, or the final letter that takes the next letter number).
When no budget line is linked to the delegation, the travel budget asks for the APBD account code.

The delegation editor adds the panel as a tab (:meth:`attach_to`: the tab's title counts the warnings and
carries the icon of the most urgent; activating a warning selects its member or permit step in the
editor's lists), then calls :meth:`set_delegation` whenever its record is (re)loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.delegation_rules import DelegationWarning, Severity, WarningCode
from secretariat.domain.errors import UserError
from secretariat.domain.labels import label
from secretariat.gui.errors import show_user_error
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets import notices
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.widgets.save_files import chosen_output
from secretariat.gui.widgets.tables import RecordTable
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services.context import ServiceContext
from secretariat.services.delegations.checks import delegation_warnings
from secretariat.services.delegations.records import get_delegation
from secretariat.services.delegations.travel_budget import AccountCodeNeeded, export_travel_budget
from secretariat.services.delegations.visit_documents import (
    document_names,
    export_delegation_list,
    export_permit_letter,
    export_programme,
)


# The documents (openpyxl, reportlab) are loaded when one is written, not when a delegation's editor opens.
def write_travel_budget(*args: Any, **kwargs: Any) -> Any:
    from secretariat.documents.travel_budget_xlsx import write_travel_budget as write

    return write(*args, **kwargs)


def render_delegation_list(*args: Any, **kwargs: Any) -> Any:
    from secretariat.documents.visit_documents import render_delegation_list as render

    return render(*args, **kwargs)


def render_permit_letter(*args: Any, **kwargs: Any) -> Any:
    from secretariat.documents.visit_documents import render_permit_letter as render

    return render(*args, **kwargs)


def render_programme(*args: Any, **kwargs: Any) -> Any:
    from secretariat.documents.visit_documents import render_programme as render

    return render(*args, **kwargs)


log = logging.getLogger(__name__)

__all__ = ["DelegationWarningsPanel"]

FOLDER_KEY = "delegations/documents_folder"
DEFAULT_ACCOUNT = "5.1.02.04.02.0001"


# Tests replace these to answer the dialogs without showing them.
ask_save_file: Callable[..., tuple[str, str]] = QFileDialog.getSaveFileName
ask_text: Callable[..., tuple[str, bool]] = QInputDialog.getText


def _open_written(parent: QWidget, path: Path) -> bool:
    """A PDF in the print preview (which can print it or open it in the PDF viewer); other files with the
    system's program."""
    if path.suffix.lower() == ".pdf":
        from secretariat.gui.widgets.pdf_preview import show_pdf_preview

        show_pdf_preview(path.read_bytes(), path.name, path.name, parent)
        return True
    return notices.open_file(path)


open_written: Callable[[QWidget, Path], bool] = _open_written
today: Callable[[], date] = date.today

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1


class DelegationWarningsPanel(QWidget):
    """Warnings of one delegation and the buttons that write its documents."""

    member_activated = Signal(int)
    permit_activated = Signal(int)
    # Emitted after a document was written, with its path.
    document_written = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegation_id: int | None = None
        self.code: str | None = None
        self.purpose: str | None = None
        self.outgoing = False
        self.warnings: list[DelegationWarning] = []
        self.job: Job[Any] | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("delegationWarnings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.setMinimumHeight(70)
        self.list.itemActivated.connect(self._activated)
        self.import_rates_button = QPushButton(self)
        self.import_rates_button.clicked.connect(self.import_rates)
        self.budget_button = QPushButton(self)
        self.budget_button.clicked.connect(self.write_travel_budget)
        self.list_button = QPushButton(self)
        self.list_button.clicked.connect(self.write_delegation_list)
        self.programme_button = QPushButton(self)
        self.programme_button.clicked.connect(self.write_programme)
        self.letter_button = QPushButton(self)
        self.letter_button.clicked.connect(self.write_permit_letter)
        buttons = QHBoxLayout()
        for button in (self.budget_button, self.list_button, self.programme_button, self.letter_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_rates_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_layout(layout, top)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # with no list the summary stays at the top (it stood alone mid-page)
        add_layout(layout, buttons)
        self._retranslate()
        self._show()

    # --- in the delegation editor ---------------------------------------------------------------------------

    def attach_to(
        self, tabs: QTabWidget, members: RecordTable | None = None, permits: RecordTable | None = None
    ) -> None:
        """Become a tab of ``tabs``; a warning activated selects its row in ``members`` or ``permits``."""
        self.tabs = tabs
        first = tabs.widget(0)
        own, theirs = self.layout(), first.layout() if first is not None else None
        if own is not None and theirs is not None:  # the margins of the other tabs (the text touched the frame)
            own.setContentsMargins(theirs.contentsMargins())
        tabs.addTab(self, "")
        self._update_tab()
        for signal, table in ((self.member_activated, members), (self.permit_activated, permits)):
            if table is not None:
                signal.connect(lambda record_id, table=table: self._select(table, record_id))

    def _select(self, table: RecordTable, record_id: int) -> None:
        tabs = getattr(self, "tabs", None)
        if tabs is not None:
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is not None and page.isAncestorOf(table.table):
                    tabs.setCurrentIndex(index)
                    break
        table.select_id(record_id)

    def _update_tab(self) -> None:
        tabs = getattr(self, "tabs", None)
        if tabs is None:
            return
        index = tabs.indexOf(self)
        if index < 0:
            return
        title = self.tr("Checks and documents")
        if self.warnings:
            title = self.tr("%1 (%2)").replace("%1", title).replace("%2", str(len(self.warnings)))
        tabs.setTabText(index, title)
        worst = min((w.severity for w in self.warnings), key=list(Severity).index, default=None)
        tabs.setTabIcon(index, self.style().standardIcon(_ICONS[worst]) if worst is not None else QIcon())

    # --- language ----------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.budget_button.setText(self.tr("Travel budget (Excel)…"))
        self.budget_button.setToolTip(
            self.tr(
                "Write the travel budget (RAB) with the per-diem rates of the "
                "members' grades; totals are live Excel formulas"
            )
        )
        self.list_button.setText(self.tr("Delegation list (PDF)…"))
        self.list_button.setToolTip(self.tr("Names, positions and passports of the members"))
        self.programme_button.setText(self.tr("Programme (PDF)…"))
        self.programme_button.setToolTip(self.tr("The itinerary booklet, day by day"))
        self.letter_button.setText(self.tr("Permit request letter (PDF)…"))
        self.letter_button.setToolTip(
            self.tr(
                "The letter asking the Ministry of Home Affairs for the "
                "foreign-travel permit, on the region's letterhead"
            )
        )
        self.import_rates_button.setText(self.tr("Import rates from Excel…"))
        self.import_rates_button.setToolTip(
            self.tr("Add per-diem rates from the Excel import workbook (sheet of per-diem rates)")
        )

    # --- the warnings ---------------------------------------------------------------------------------------

    def set_delegation(self, delegation_id: int | None) -> None:
        """Show the warnings of a saved delegation (None: a new one, not saved yet)."""
        self.delegation_id = delegation_id
        self.refresh()

    def refresh(self) -> None:
        self.warnings = []
        self.code = None
        self.outgoing = False
        if self.delegation_id is not None:
            try:
                view = get_delegation(self.ctx, self.delegation_id)
                self.code, self.outgoing = view.code, view.direction == "outgoing"
                self.purpose = view.purpose
                self.warnings = delegation_warnings(self.ctx, self.delegation_id, today())
            except UserError as error:  # the delegation was deleted meanwhile
                log.info("no warnings for delegation %s: %s", self.delegation_id, type(error).__name__)
                self.delegation_id = None
        self._show()

    def _show(self) -> None:
        language = current_language()
        self.list.clear()
        for warning in self.warnings:
            item = QListWidgetItem(self.style().standardIcon(_ICONS[warning.severity]), warning.message(language))
            item.setData(WARNING_ROLE, warning)
            item.setToolTip(warning.message("en" if language == "id" else "id"))
            self.list.addItem(item)
        saved = self.delegation_id is not None
        counts = {severity: sum(1 for w in self.warnings if w.severity == severity) for severity in Severity}
        if not saved:
            self.summary.setText(self.tr("Checks and documents are available once the delegation is saved."))
        elif not self.warnings:
            self.summary.setText(self.tr("Checks: nothing to report."))
        else:
            self.summary.setText(
                self.tr("Checks: %1 error(s), %2 warning(s), %3 note(s).")
                .replace("%1", str(counts[Severity.ERROR]))
                .replace("%2", str(counts[Severity.WARNING]))
                .replace("%3", str(counts[Severity.INFO]))
            )
        self.list.setVisible(bool(self.warnings))
        self.import_rates_button.setVisible(any(w.code == WarningCode.PER_DIEM_RATE_MISSING for w in self.warnings))
        busy = self.job is not None and not self.job.is_finished
        for button in (self.list_button, self.programme_button):
            button.setEnabled(saved and not busy)
        for button in (self.budget_button, self.letter_button):  # documents of a visit abroad
            button.setEnabled(saved and self.outgoing and not busy)
        self._update_tab()

    def _activated(self, item: QListWidgetItem) -> None:
        warning = item.data(WARNING_ROLE)
        if not isinstance(warning, DelegationWarning):
            return
        if warning.permit is not None:
            self.permit_activated.emit(warning.permit.id)
        elif warning.members:
            self.member_activated.emit(warning.members[0].id)

    def import_rates(self) -> None:
        from secretariat.gui.excel.import_wizard import run_import_wizard

        run_import_wizard(self.ctx, self)
        self.refresh()

    # --- documents ---------------------------------------------------------------------------------------------

    def _names(self) -> Any:
        """The suggested file names: the delegation's code and purpose, in the interface language."""
        return document_names(self.code or "", self.purpose, current_language())

    def _target(self, title: str, file_name: str, file_filter: str) -> tuple[Path, bool] | None:
        """Where to write a document, and whether it may replace an existing one (the clerk agreed)."""
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, "") or "") or str(Path.home())
        path, _chosen = ask_save_file(self, title, str(Path(folder) / file_name), file_filter)
        if not path:
            return None
        chosen = chosen_output(self, path, Path(file_name).suffix)
        if chosen is not None:
            settings.setValue(FOLDER_KEY, str(chosen[0].parent))
        return chosen

    def _run(
        self,
        title: str,
        work: Callable[[], Path],
        on_error: Callable[[BaseException], None] | None = None,
        note: Callable[[], str] | None = None,
        notes: list[str] | None = None,
    ) -> Job[Any]:
        """Run ``work`` off the GUI thread; ``notes`` (filled by the work) are shown with the result."""

        def job(progress: Progress) -> Path:
            progress(0, 1, title)
            path = work()
            progress(1, 1, title)
            return path

        def done(path: Path) -> None:
            self.document_written.emit(str(path))
            # Said on the editor's message line, with Open (a PDF in the print preview) and Show in folder, and
            # what the clerk should know about the file below it: no box to click away.
            parts = [self.tr("Written: %1").replace("%1", path.name)]
            extra = note() if note is not None else ""
            if extra:
                parts.append(extra)
            if notes:
                parts.append("\n".join(f"• {line}" for line in notes))
            announce_file(self, path, "\n".join(parts), opener=lambda written: open_written(self, written))

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            elif isinstance(error, UserError):
                show_user_error(self, error, title)
            else:
                from secretariat.gui.errors import report_exception

                report_exception(self, error)

        self.job = run_in_background(self, job, done, on_error=failed, title=title)
        self.job.ended.connect(self._show)  # the buttons come back when the job is over, whatever its end
        self._show()
        return self.job

    def write_travel_budget(self, account_code: str | None = None) -> Job[Any] | None:
        if self.delegation_id is None or self.code is None:
            return None
        target = self._target(
            self.tr("Save the travel budget"),
            self._names().travel_budget,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return None
        return self._travel_budget_to(*target, account_code)

    def _travel_budget_to(self, target: Path, force: bool, account_code: str | None) -> Job[Any]:
        ctx, delegation_id = self.ctx, self.delegation_id
        assert delegation_id is not None
        written: list[Any] = []

        def work() -> Path:
            export = export_travel_budget(
                ctx, delegation_id, target, write=write_travel_budget, account_code=account_code, force=force
            )
            written.append(export)
            return export.path

        def note() -> str:
            """The costs the office's tables have no rate for: left in the workbook for the clerk to fill in."""
            if not written:
                return ""
            missing = written[0].budget.missing_rates()
            if not missing:
                return ""
            language: Literal["id", "en"] = "id" if current_language() == "id" else "en"
            items = sorted({label(entry.item.kind, language) for entry in missing})
            return (
                self.tr(
                    "%1 cost item(s) have no rate in the office's tables (%2): their unit amounts are left empty, "
                    "in orange, to fill in; add the rates in Edit > Travel-cost rates."
                )
                .replace("%1", str(len(missing)))
                .replace("%2", ", ".join(items))
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, AccountCodeNeeded):
                code, ok = ask_text(
                    self,
                    self.tr("APBD account"),
                    self.tr("No budget line is linked to this delegation. Which APBD account code pays for the trip?"),
                    QLineEdit.EchoMode.Normal,
                    DEFAULT_ACCOUNT,
                )
                if ok and code.strip():
                    self._travel_budget_to(target, force, code.strip())
            elif isinstance(error, UserError):
                show_user_error(self, error, self.tr("Travel budget"))
            else:
                from secretariat.gui.errors import report_exception

                report_exception(self, error)

        return self._run(self.tr("Writing the travel budget…"), work, failed, note)

    def write_delegation_list(self) -> Job[Any] | None:
        if self.delegation_id is None or self.code is None:
            return None
        target = self._target(
            self.tr("Save the delegation list"),
            self._names().delegation_list,
            self.tr("PDF document (*.pdf)"),
        )
        if target is None:
            return None
        ctx, delegation_id = self.ctx, self.delegation_id
        path, force = target
        return self._run(
            self.tr("Writing the delegation list…"),
            lambda: export_delegation_list(ctx, delegation_id, path, render=render_delegation_list, force=force),
        )

    def write_programme(self) -> Job[Any] | None:
        if self.delegation_id is None or self.code is None:
            return None
        target = self._target(self.tr("Save the programme"), self._names().programme, self.tr("PDF document (*.pdf)"))
        if target is None:
            return None
        ctx, delegation_id = self.ctx, self.delegation_id
        path, force = target
        return self._run(
            self.tr("Writing the programme…"),
            lambda: export_programme(ctx, delegation_id, path, render=render_programme, force=force),
        )

    def _ask_final(self) -> bool | None:
        """Draft (False), final (True), or None when the clerk cancels."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Permit request letter"),
            self.tr("Write a draft to check, or the final letter to sign?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "A draft shows the next letter number as provisional and takes nothing. "
                "The final letter takes that number from the letter series; printed again, it keeps it."
            )
        )
        draft = box.addButton(self.tr("Draft"), QMessageBox.ButtonRole.AcceptRole)
        final = box.addButton(self.tr("Final letter (takes the number)"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(draft)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is final else False if clicked is draft else None

    def write_permit_letter(self, final: bool | None = None) -> Job[Any] | None:
        if self.delegation_id is None or self.code is None:
            return None
        if final is None:
            final = self._ask_final()
            if final is None:
                return None
        names = self._names()
        target = self._target(
            self.tr("Save the permit request letter"),
            names.letter if final else names.letter_draft,
            self.tr("PDF document (*.pdf)"),
        )
        if target is None:
            return None
        ctx, delegation_id, language = self.ctx, self.delegation_id, current_language()
        path, force = target
        notes: list[str] = []  # e.g. the letterhead's emblem is not configured

        def write() -> Path:
            export = export_permit_letter(
                ctx, delegation_id, path, render=render_permit_letter, final=bool(final), force=force
            )
            notes.extend(warning.message(language) for warning in export.warnings)
            return export.path

        return self._run(self.tr("Writing the permit request letter…"), write, notes=notes)
