"""Excel exchange in the desktop program: the import wizard, and the template and export actions.

The main window's menu calls three functions, each with the window's session and itself as parent:

* :func:`run_template_action` asks where to save the import template and writes it;
* :func:`run_export_action` asks where to save the whole register and writes it (in the background,
  with progress and cancel);
* :func:`run_import_wizard` opens :class:`ImportWizard`:

  1. choose the file;
  2. preview: the import is checked in a dry run (in the background, with progress and cancel) and
     every added, updated and rejected row is listed with its sheet, row, column and reason, with the
     probable duplicate partners; the clerk chooses "all or nothing" or "valid rows only";
  3. the import runs in the background (progress, cancel: a cancelled import writes nothing);
  4. the result, with a button to save the rejected rows as an errors workbook to correct.

Work is done by :mod:`secretariat.services.excel.importer` and :mod:`secretariat.documents`; this module
holds only Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from secretariat.documents.excel_export_writer import Choices, write_errors_workbook, write_register
from secretariat.documents.excel_template import write_template
from secretariat.domain import excel_format as fmt
from secretariat.domain.errors import UserError
from secretariat.gui.errors import report_exception, show_user_error
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.help import install_help
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.widgets.save_files import chosen_output
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services.context import ServiceContext, write_action
from secretariat.services.excel.export import office_choices, register_counts, register_rows
from secretariat.services.excel.importer import DuplicateHint, ImportMode, ImportReport, RowAction, import_workbook
from secretariat.services.output_files import XLSX, check_output, write_output
from secretariat.services.partners.duplicates import merge_partners
from secretariat.services.partners.records import find_partner_id

log = logging.getLogger(__name__)

__all__ = ["ImportWizard", "PreviewModel", "run_export_action", "run_import_wizard", "run_template_action"]

XLSX_FILTER = "Excel (*.xlsx)"
#: The preview lists at most this many rows (counts always cover every row).
PREVIEW_LIMIT = 5000

#: Tests replace these to answer the file dialogs without showing them.
ask_open_file: Callable[..., tuple[str, str]] = QFileDialog.getOpenFileName
ask_save_file: Callable[..., tuple[str, str]] = QFileDialog.getSaveFileName
ask_question: Callable[..., QMessageBox.StandardButton] = QMessageBox.question


def _xlsx(parent: QWidget | None, path: str) -> tuple[Path, bool] | None:
    """The workbook a save dialog named, and whether it may replace an existing one."""
    return chosen_output(parent, path, ".xlsx")


# --- template and export ------------------------------------------------------------------------------


def run_template_action(ctx: ServiceContext, parent: QWidget | None = None) -> Job[Any] | None:
    """Ask where to save the import template, then write it (in the background)."""
    path, _filter = ask_save_file(
        parent,
        QCoreApplication.translate("ImportActions", "Save import template"),
        QCoreApplication.translate("ImportActions", "import-template.xlsx"),
        XLSX_FILTER,
    )
    if not path:
        return None
    chosen = _xlsx(parent, path)
    if chosen is None:
        return None
    target, force = chosen
    language = current_language()

    def work(progress: Progress) -> Path:
        choices = Choices(*office_choices(ctx))
        write_output(
            target,
            XLSX,
            lambda partial: write_template(partial, language=language, choices=choices, progress=progress),
            database=ctx.database,
            force=force,
        )
        return target

    def done(result: Path) -> None:
        announce_file(
            parent,
            result,
            QCoreApplication.translate("ImportActions", "The template was saved to %1.").replace("%1", str(result)),
        )

    return run_in_background(
        parent, work, done, title=QCoreApplication.translate("ImportActions", "Writing the template…")
    )


def run_export_action(ctx: ServiceContext, parent: QWidget | None = None) -> Job[Any] | None:
    """Ask where to save the whole register as Excel, then write it (in the background, with cancel)."""
    path, _filter = ask_save_file(
        parent,
        QCoreApplication.translate("ImportActions", "Export to Excel"),
        QCoreApplication.translate("ImportActions", "register.xlsx"),
        XLSX_FILTER,
    )
    if not path:
        return None
    chosen = _xlsx(parent, path)
    if chosen is None:
        return None
    target, force = chosen
    language = current_language()

    def work(progress: Progress) -> int:
        total = sum(register_counts(ctx).values())
        check_output(target, XLSX, database=ctx.database, force=force)

        def report(done: int, _total: int, text: str) -> None:
            progress(done, total, QCoreApplication.translate("ImportActions", "Writing %1…").replace("%1", text))

        choices = Choices(*office_choices(ctx))
        with register_rows(ctx, language) as rows:
            _path, counts = write_output(
                target,
                XLSX,
                lambda partial: write_register(partial, rows, language=language, choices=choices, progress=report),
                database=ctx.database,
                force=force,
            )
        return sum((counts or {}).values())

    def done(rows: int) -> None:
        announce_file(
            parent,
            target,
            QCoreApplication.translate("ImportActions", "%1 rows were exported to %2.")
            .replace("%1", str(rows))
            .replace("%2", str(target)),
        )

    return run_in_background(
        parent, work, done, title=QCoreApplication.translate("ImportActions", "Exporting the register…")
    )


def run_import_wizard(ctx: ServiceContext, parent: QWidget | None = None) -> int:
    """Open the import wizard (modal); returns QDialog's result code."""
    wizard = ImportWizard(ctx, parent)
    try:
        return wizard.exec()
    finally:
        wizard.deleteLater()


def _header(sheet_key: str, column_key: str, language: str) -> str:
    """A changed column as the clerk knows it: its header in the interface language."""
    try:
        return fmt.sheet(sheet_key).column(column_key).header(language)
    except KeyError:
        return column_key


# --- the preview table -----------------------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """Rows of the plan: sheet, row, what happens, the record, the column and the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str, str]] = []
        self._actions: list[str] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Result"),
            self.tr("Record"),
            self.tr("Column"),
            self.tr("Reason"),
        ]

    def action_text(self, action: str) -> str:
        return {
            RowAction.ADDED.value: self.tr("added"),
            RowAction.UPDATED.value: self.tr("updated"),
            RowAction.UNCHANGED.value: self.tr("unchanged"),
            RowAction.REJECTED.value: self.tr("rejected"),
            "duplicate": self.tr("probable duplicate"),
            "sheet": self.tr("sheet not read"),
        }[action]

    def set_report(self, report: ImportReport | None, language: str) -> None:
        self.beginResetModel()
        self._rows, self._actions = [], []
        if report is not None:
            for problem in report.problems:
                if problem.row is None or problem.row == 1:
                    self._add("sheet", problem.sheet, problem.row, "", problem.column or "", problem.message(language))
            for hint in report.duplicates:
                self._add("duplicate", hint.sheet, hint.row, hint.code, "", hint.message(language))
            for result in report.rows:
                if len(self._rows) >= PREVIEW_LIMIT:
                    break
                if result.action is RowAction.UNCHANGED:
                    continue
                if result.problems:
                    for problem in result.problems:
                        if problem.row == 1:
                            continue  # the sheet's own problem, listed above
                        self._add(
                            result.action.value,
                            result.sheet,
                            result.row,
                            result.label,
                            problem.column or "",
                            problem.message(language),
                        )
                else:
                    self._add(
                        result.action.value,
                        result.sheet,
                        result.row,
                        result.label,
                        ", ".join(_header(result.sheet_key, key, language) for key in result.changed),
                        "",
                    )
        self.endResetModel()

    def _add(self, action: str, sheet: str, row: int | None, label: str, column: str, reason: str) -> None:
        self._actions.append(action)
        self._rows.append((sheet, "" if row is None else str(row), self.action_text(action), label, column, reason))

    def action(self, row: int) -> str:
        return self._actions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._actions[index.row()] in ("rejected", "sheet"):
            return Qt.GlobalColor.darkRed
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


# --- the wizard -------------------------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("filePage")
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) in the format of the import template. Nothing is saved before the last step."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File:"), self))
        add_layout(layout, row)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _filter = ask_open_file(self, self.tr("Import from Excel"), "", XLSX_FILTER)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip())


class _RunningPage(QWizardPage):
    """A page that runs an import in the background, with a progress bar and a cancel button."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.job: Job[ImportReport] | None = None
        self.report: ImportReport | None = None
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

    def start(self, fn: Callable[[Progress], ImportReport]) -> None:
        self.report = None
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.progress_label.setText(self.tr("Reading the workbook…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.job = run_in_background(self, fn, self.finished, on_error=self.failed, on_cancel=self.cancelled)
        self.job.signals.progress.connect(self.show_progress)
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_label.setText(
                self.tr("%1 of %2 rows checked (%3)")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", text)
            )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def _stopped(self) -> None:
        self.job = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()

    def finished(self, report: ImportReport) -> None:
        self.report = report
        self._stopped()
        self.progress_label.setText("")
        self.show_report(report)

    def failed(self, exc: BaseException) -> None:
        self._stopped()
        self.progress_label.setText("")
        if isinstance(exc, UserError):
            self.summary_label.setText(exc.message(current_language()))
            show_user_error(self, exc, self.tr("Cannot import"))
        else:
            self.summary_label.setText(self.tr("The import failed; nothing was saved."))
            report_exception(self, exc)

    def cancelled(self) -> None:
        self._stopped()
        self.progress_label.setText(self.tr("Cancelled: nothing was saved."))

    def show_report(self, report: ImportReport) -> None:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self.job is None and self.report is not None

    @property
    def busy(self) -> bool:
        return self.job is not None


class PreviewPage(_RunningPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("previewPage")
        self.setTitle(self.tr("Check what will change"))
        self.setSubTitle(
            self.tr(
                "Every row was checked without saving anything. Rejected rows are listed with "
                "their sheet, row, column and the reason."
            )
        )
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.all_or_nothing = QRadioButton(self.tr("All or nothing: save only if no row is rejected"), self)
        self.all_or_nothing.setObjectName("allOrNothing")
        self.valid_only = QRadioButton(
            self.tr("Valid rows only: save the valid rows, set the rejected ones aside in an errors workbook"), self
        )
        self.valid_only.setObjectName("validOnly")
        self.all_or_nothing.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.all_or_nothing)
        self.modes.addButton(self.valid_only)
        self.modes.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        add_layout(layout, progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def initializePage(self) -> None:
        self.model.set_report(None, current_language())
        self.summary_label.setText("")
        path, ctx, language = self.owner.file_page.path, self.owner.ctx, current_language()
        self.start(lambda progress: import_workbook(ctx, path, dry_run=True, progress=progress, language=language))

    def cleanupPage(self) -> None:
        self.cancel()

    def show_report(self, report: ImportReport) -> None:
        language = current_language()
        self.model.set_report(report, language)
        self.table.resizeColumnsToContents()
        lines = [
            self.tr("%1 to add, %2 to update, %3 unchanged, %4 rejected.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.rejected))
        ]
        if report.duplicates:
            lines.append(
                self.tr(
                    "%1 new partner(s) look like partners already known: check them, and merge them "
                    "after the import if they are the same."
                ).replace("%1", str(len(report.duplicates)))
            )
        if report.has_rejections:
            lines.append(self.tr("With 'All or nothing', nothing will be saved until the rejected rows are corrected."))
        self.summary_label.setText("\n".join(lines))
        if self.model.rowCount() >= PREVIEW_LIMIT:
            self.summary_label.setText(
                self.summary_label.text()
                + "\n"
                + self.tr("Only the first %1 rows are listed.").replace("%1", str(PREVIEW_LIMIT))
            )

    def isComplete(self) -> bool:
        if not super().isComplete() or self.report is None:
            return False
        if self.report.added + self.report.updated == 0:
            return False  # nothing would be saved
        return self.valid_only.isChecked() or not self.report.has_rejections

    @property
    def mode(self) -> ImportMode:
        return ImportMode.VALID_ONLY if self.valid_only.isChecked() else ImportMode.ALL_OR_NOTHING


class ResultPage(_RunningPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("resultPage")
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.save_errors_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.save_errors_button.setObjectName("saveErrorsButton")
        self.save_errors_button.clicked.connect(self.save_errors)
        self.save_errors_button.hide()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.duplicates_label = QLabel(
            self.tr(
                "Probable duplicate partners: select one and merge the new partner "
                "into the one already known, or leave them if they differ."
            ),
            self,
        )
        self.duplicates_label.setWordWrap(True)
        self.duplicates_list = QListWidget(self)
        self.duplicates_list.setObjectName("duplicatesList")
        self.duplicates_list.setWordWrap(True)
        self.duplicates_list.itemSelectionChanged.connect(self._selection_changed)
        self.merge_button = QPushButton(self.tr("Merge into the known partner…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.setEnabled(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        add_layout(layout, progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.save_errors_button)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_list, 1)
        layout.addWidget(self.merge_button)
        self._show_duplicates([])

    def initializePage(self) -> None:
        self.summary_label.setText("")
        self.save_errors_button.hide()
        path, ctx, language = self.owner.file_page.path, self.owner.ctx, current_language()
        mode = self.owner.preview_page.mode
        self.start(lambda progress: _importing(ctx, path, mode, progress, language))

    def show_report(self, report: ImportReport) -> None:
        language = current_language()
        if report.written:
            text = self.tr("Saved: %1 added, %2 updated, %3 unchanged.")
        else:
            text = self.tr(
                "Nothing was saved: %4 row(s) were rejected (%1 added, %2 updated, %3 unchanged in the check)."
            )
        text = (
            text.replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.rejected))
        )
        if report.written and report.rejected:
            text += "\n" + self.tr(
                "%1 row(s) were rejected and not saved; save them to correct and import again."
            ).replace("%1", str(report.rejected))
        details = [problem.describe(language) for problem in report.problems[:20]]
        self.summary_label.setText("\n".join([text, *details]))
        self.save_errors_button.setVisible(bool(report.rejected_sheets) and report.written)
        self.owner.report = report
        self._show_duplicates([h for h in report.duplicates if h.partner_id is not None])

    def _show_duplicates(self, hints: list[DuplicateHint]) -> None:
        self.duplicates_list.clear()
        language = current_language()
        for hint in hints:
            item = QListWidgetItem(hint.describe(language), self.duplicates_list)
            item.setData(Qt.ItemDataRole.UserRole, hint)
        for widget in (self.duplicates_label, self.duplicates_list, self.merge_button):
            widget.setVisible(bool(hints))

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(bool(self.duplicates_list.selectedItems()))

    def merge_selected(self) -> None:
        items = self.duplicates_list.selectedItems()
        if not items:
            return
        item = items[0]
        hint: DuplicateHint = item.data(Qt.ItemDataRole.UserRole)
        question = (
            self.tr(
                "Merge the new partner %1 (%2) into %3 (%4)? Its contacts and agreements move to %3 and %1 is deleted."
            )
            .replace("%1", hint.code)
            .replace("%2", hint.name)
            .replace("%3", hint.other_code)
            .replace("%4", hint.other_name)
        )
        answer = ask_question(self, self.tr("Merge partners"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            keep_id = hint.other_id if hint.other_id is not None else find_partner_id(self.owner.ctx, hint.other_code)
            if keep_id is None or hint.partner_id is None:
                raise UserError(
                    f"Partner {hint.other_code} no longer exists.", f"Mitra {hint.other_code} sudah tidak ada."
                )
            merge_partners(self.owner.ctx, keep_id, hint.partner_id)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Merge partners"))
            return
        self.duplicates_list.takeItem(self.duplicates_list.row(item))
        self.summary_label.setText(
            self.summary_label.text()
            + "\n"
            + self.tr("%1 was merged into %2.").replace("%1", hint.code).replace("%2", hint.other_code)
        )
        if self.duplicates_list.count() == 0:
            self._show_duplicates([])

    def save_errors(self) -> None:
        report = self.report
        if report is None:
            return
        suggested = str(self.owner.file_page.path.with_name(self.owner.file_page.path.stem + "-errors.xlsx"))
        path, _filter = ask_save_file(self, self.tr("Save rejected rows"), suggested, XLSX_FILTER)
        if not path:
            return
        chosen = _xlsx(self, path)
        if chosen is None:
            return
        target, force = chosen
        language = current_language()
        try:
            _path, rows = write_output(
                target,
                XLSX,
                lambda partial: write_errors_workbook(partial, report.rejected_sheets, language=language),
                database=self.owner.ctx.database,
                force=force,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save rejected rows"), exc.message(language))
            return
        self.summary_label.setText(
            self.summary_label.text()
            + "\n"
            + self.tr("%1 rejected row(s) saved to %2, with the reason in the last column.")
            .replace("%1", str(rows))
            .replace("%2", str(target))
        )

    def isComplete(self) -> bool:
        return self.job is None


class ImportWizard(QWizard):
    """Import from Excel: choose, preview, import, result (see the module text)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        install_help(self, "import")  # F1: the guide's page on importing from Excel
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the page has its own Cancel
        self.setMinimumSize(820, 560)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))

    def reject(self) -> None:
        """Closing while a check or an import runs cancels it (a cancelled import saves nothing)."""
        for page in (self.preview_page, self.result_page):
            if page.busy:
                page.cancel()
                if page.job is not None:
                    page.job.wait(60_000)
        super().reject()


def _importing(ctx: ServiceContext, path: Path, mode: ImportMode, progress: Any, language: str) -> ImportReport:
    """The import, named as such to a workstation that waits for the database meanwhile."""
    with write_action("import"):
        return import_workbook(ctx, path, mode=mode, progress=progress, language=language)
