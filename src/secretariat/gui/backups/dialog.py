"""File > Backups: the database's backups, backing up now, restoring, and how many are kept.

Every action runs off the GUI thread with a progress dialog (``gui.workers``). Restoring is an
administrator's or the head's action (the service checks the role in the database); the current file
is kept as a backup first, and the window then opens the restored database
(:attr:`BackupsDialog.restored`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import UserRole
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import session_start
from secretariat.services.backups import (
    BackupView,
    SafetySettings,
    back_up,
    list_backups,
    load_settings,
    restore_backup,
    save_settings,
)
from secretariat.services.backups.settings import IMPORT_ROWS_RANGE, KEEP_RANGE
from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

__all__ = ["BackupsDialog", "ask_backup_file", "confirm_restore"]

COLUMNS = ("made", "reason", "size", "schema", "check", "file")
_MANAGERS = frozenset({UserRole.ADMIN, UserRole.HEAD})


def _ask_file(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupsDialog", "Restore from a backup file"),
        "",
        "Secretariat (*.sqlite3 *.sqlite *.db);;*",
    )
    return path


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupsDialog", "Restore the backup?"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


#: Tests replace these to answer without dialogs.
ask_backup_file = _ask_file
confirm_restore = _confirm


def _size(size: int, language: str) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(round(size / 1024 / 1024, 1), language)} MB"
    return f"{format_number(round(size / 1024), language)} KB"


class BackupsDialog(QDialog):
    """The backups of the session's database (see the module text)."""

    #: A backup was restored into the database at this target: the window opens it again.
    restored = Signal(str)
    #: The list was read (tests wait for it).
    listed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.ctx = ctx
        self.backups: list[BackupView] = []
        self.job: Job[Any] | None = None
        self.resize(980, 600)
        self.may_manage = UserRole(ctx.actor.role) in _MANAGERS

        self.location_label = QLabel(self)
        self.location_label.setObjectName("backupsLocation")
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("backupsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("backupsEmpty")

        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.setObjectName("restoreFileButton")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("openFolderButton")
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.settings_box = QGroupBox(self)
        self.settings_box.setObjectName("safeguardsBox")
        form = QFormLayout(self.settings_box)
        self.keep_daily = self._spin(*KEEP_RANGE, "keepDailySpin")
        self.keep_weekly = self._spin(*KEEP_RANGE, "keepWeeklySpin")
        self.keep_monthly = self._spin(*KEEP_RANGE, "keepMonthlySpin")
        self.import_rows = self._spin(*IMPORT_ROWS_RANGE, "importRowsSpin")
        self.import_rows.setSingleStep(10_000)
        keep_row = QHBoxLayout()
        self.daily_label, self.weekly_label, self.monthly_label = QLabel(self), QLabel(self), QLabel(self)
        for spin, label in (
            (self.keep_daily, self.daily_label),
            (self.keep_weekly, self.weekly_label),
            (self.keep_monthly, self.monthly_label),
        ):
            keep_row.addWidget(spin)
            keep_row.addWidget(label)
            keep_row.addSpacing(12)
        keep_row.addStretch(1)
        self.keep_label = QLabel(self)
        self.rows_label = QLabel(self)
        self.rows_unit = QLabel(self)
        rows_row = QHBoxLayout()
        rows_row.addWidget(self.import_rows)
        rows_row.addWidget(self.rows_unit)
        rows_row.addStretch(1)
        form.addRow(self.keep_label, keep_row)
        form.addRow(self.rows_label, rows_row)
        self.settings_note = QLabel(self)
        self.settings_note.setWordWrap(True)
        self.save_settings_button = QPushButton(self)
        self.save_settings_button.setObjectName("saveSafeguardsButton")
        self.save_settings_button.clicked.connect(self.save_safeguards)
        note_row = QHBoxLayout()
        note_row.addWidget(self.settings_note, 1)
        note_row.addWidget(self.save_settings_button)
        form.addRow(note_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.location_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        add_layout(layout, actions)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.buttons)

        self.retranslate()
        self._load_settings()
        self.refresh()

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.setEnabled(self.may_manage)
        return spin

    # --- the list ---------------------------------------------------------------------------------------------

    @property
    def is_file(self) -> bool:
        return self.ctx.database.is_sqlite

    def refresh(self) -> None:
        database = self.ctx.database
        job = run_in_background(self, lambda _progress: list_backups(database), self._show, cancellable=False)
        self._track(job)

    def _show(self, backups: list[BackupView]) -> None:
        language = current_language()
        self.backups = backups
        self.table.setRowCount(len(backups))
        bad = QBrush(QColor("#b00020"))
        for row, view in enumerate(backups):
            values = (
                view.made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                view.reason_text(language),
                _size(view.size, language),
                view.schema or "–",
                view.check(language),
                str(view.path),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not view.ok and column == 4:
                    item.setForeground(bad)
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        self.empty_label.setVisible(not backups)
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> BackupView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def _busy(self) -> bool:
        return self.job is not None and not self.job.is_finished

    def _track(self, job: Job[Any]) -> None:
        self.job = job
        job.ended.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._busy()
        chosen = self.selected()
        read_only = session_start.is_read_only(self.ctx)
        self.backup_button.setEnabled(not busy)
        can_restore = self.is_file and self.may_manage and not read_only and not busy
        self.restore_button.setEnabled(can_restore and chosen is not None and chosen.ok)
        self.restore_file_button.setEnabled(can_restore)
        self.folder_button.setEnabled(bool(self.backups) or self.is_file)
        self.save_settings_button.setEnabled(self.may_manage and not read_only and not busy)
        if not self.may_manage:
            tip = self.tr("Only an administrator or the head may restore a backup.")
        elif not self.is_file:
            tip = self.tr("A server database is restored by its administrator with pg_restore.")
        else:
            tip = ""
        self.restore_button.setToolTip(tip)
        self.restore_file_button.setToolTip(tip)

    # --- actions ----------------------------------------------------------------------------------------------

    def back_up_now(self) -> Job[Any] | None:
        if self._busy():
            return None
        ctx = self.ctx

        def work(progress: Progress) -> object:
            if ctx.database.is_sqlite:
                return back_up(ctx, progress=lambda done, total, _text: progress(done, total))
            from secretariat.services.backups.server import dump_server

            return dump_server(ctx.database)

        def done(_result: object) -> None:
            self.refresh()

        job = run_in_background(self, work, done, title=self.tr("Backing up the database…"), cancellable=False)
        self._track(job)
        return job

    def restore_selected(self) -> Job[Any] | None:
        chosen = self.selected()
        if chosen is None or not self.restore_button.isEnabled():
            return None
        when = chosen.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self._restore(chosen.path, when)

    def restore_from_file(self) -> Job[Any] | None:
        if not self.restore_file_button.isEnabled():
            return None
        path = ask_backup_file(self)
        return self._restore(Path(path), "") if path else None

    def _restore(self, path: Path, when: str) -> Job[Any] | None:
        if self._busy():
            return None
        question = (
            self.tr("Restore the backup made %1?").replace("%1", when)
            if when
            else self.tr("Restore %1?").replace("%1", path.name)
        )
        detail = self.tr(
            "The database is replaced by the backup: what was entered after it was made is no longer shown. "
            "The current database is first kept as a backup, so nothing is lost."
        )
        if not confirm_restore(self, f"{question}\n\n{detail}"):
            return None
        target = session_start.location(self.ctx)
        login = self.ctx.actor.login

        def work(progress: Progress) -> str:
            restore_backup(target, path, login=login, progress=lambda done, total, _text: progress(done, total))
            return target

        def done(restored_target: str) -> None:
            self.restored.emit(restored_target)
            self.accept()

        job = run_in_background(self, work, done, title=self.tr("Restoring the backup…"), cancellable=False)
        self._track(job)
        return job

    def open_folder(self) -> None:
        if self.backups:
            folder = self.backups[0].path.parent
        else:
            folder = Path(session_start.location(self.ctx)).parent / "backups"
        if folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- safeguards -------------------------------------------------------------------------------------------

    def _load_settings(self) -> None:
        ctx = self.ctx
        job = run_in_background(self, lambda _progress: load_settings(ctx), self._show_settings, cancellable=False)
        self._track(job)

    def _show_settings(self, settings: SafetySettings) -> None:
        self.settings = settings
        self.keep_daily.setValue(settings.keep_daily)
        self.keep_weekly.setValue(settings.keep_weekly)
        self.keep_monthly.setValue(settings.keep_monthly)
        self.import_rows.setValue(settings.import_max_rows)

    def save_safeguards(self) -> None:
        current = getattr(self, "settings", SafetySettings())
        wanted = replace(
            current,
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            keep_monthly=self.keep_monthly.value(),
            import_max_rows=self.import_rows.value(),
        )
        ctx = self.ctx

        def failed(error: BaseException) -> None:
            from secretariat.domain.errors import UserError

            if isinstance(error, UserError):
                show_user_error(self, error, self.tr("Backups"))
            else:
                from secretariat.gui.errors import report_exception

                report_exception(self, error)

        job = run_in_background(
            self, lambda _progress: save_settings(ctx, wanted), self._show_settings, on_error=failed, cancellable=False
        )
        self._track(job)

    # --- language ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        location = session_start.location(self.ctx)
        if self.is_file:
            text = self.tr(
                "Backups of %1. Each is checked by SQLite once written and holds the documents it needs. "
                "One is made at the first start of each day and before every import, year closing, merge, "
                "restore and upgrade."
            )
        else:
            text = self.tr(
                "Backups of the server database %1, made with pg_dump from this computer. The server's own "
                "backups are its administrator's."
            )
        self.location_label.setText(text.replace("%1", location))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("Schema"),
                self.tr("Check"),
                self.tr("File"),
            ]
        )
        self.empty_label.setText(self.tr("No backups yet."))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore the selected backup…"))
        self.restore_file_button.setText(self.tr("Restore from a file…"))
        self.folder_button.setText(self.tr("Open the folder"))
        self.settings_box.setTitle(self.tr("Safeguards (for every workstation)"))
        self.keep_label.setText(self.tr("Automatic backups kept:"))
        self.daily_label.setText(self.tr("daily"))
        self.weekly_label.setText(self.tr("weekly"))
        self.monthly_label.setText(self.tr("monthly"))
        self.rows_label.setText(self.tr("Largest import:"))
        self.rows_unit.setText(self.tr("rows a sheet"))
        self.save_settings_button.setText(self.tr("Save"))
        self.settings_note.setText(
            self.tr("Older backups beyond these numbers are deleted after each new one.")
            if self.may_manage
            else self.tr("Only an administrator or the head may change these.")
        )
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
