"""The chart of accounts: the dotted APBD codes budget lines may use, edited here or imported from Excel.

An account that budget lines use is not renamed nor deleted: it is closed
(no new line may take it; old lines keep it). Importing from Excel checks
every row first; when any row is wrong nothing is written and each problem is
listed with its sheet, row and column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import DependencyError, Problem, UserError, ValidationError
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.prompts import choose, confirm
from secretariat.services.budget.accounts import (
    AccountData,
    AccountImportError,
    AccountImportResult,
    AccountView,
    create_account,
    delete_account,
    import_accounts,
    list_accounts,
    set_account_active,
    update_account,
)
from secretariat.services.context import ServiceContext

RECORD_ROLE = Qt.ItemDataRole.UserRole
SETTINGS_FOLDER = "accounts_dialog/import_folder"
COLUMNS = 4
MUTED = "#757575"


def ask_import_path(parent: QWidget, title: str, filter_text: str) -> str:
    """The workbook to import; "" when cancelled (tests replace this)."""
    folder = str(QSettings().value(SETTINGS_FOLDER, "") or "")
    path, _filter = QFileDialog.getOpenFileName(parent, title, folder, filter_text)
    if path:
        QSettings().setValue(SETTINGS_FOLDER, str(path.rsplit("/", 1)[0]))
    return path


def show_import_problems(parent: QWidget, title: str, text: str, details: str) -> None:
    """Every problem of a refused import, the first ones in view and all of them under "Show details"."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(details)
    box.exec()


class AccountsDialog(QDialog):
    """The chart of accounts with a search, a form to add or change an account, and import from Excel."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.ctx = ctx
        self.language = current_language()
        self.accounts: list[AccountView] = []
        self.editing_id: int | None = None
        self.changed = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("accountSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.reload())
        self.closed_check = QCheckBox(self)
        self.closed_check.setObjectName("showClosedAccounts")
        self.closed_check.setChecked(True)
        self.closed_check.toggled.connect(lambda _on: self.reload())
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importAccountsButton")
        self.import_button.clicked.connect(self.import_from_excel)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("accountCount")
        self.count_label.setStyleSheet(f"color: {MUTED};")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.closed_check)
        top.addWidget(self.count_label)
        top.addWidget(self.import_button)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("accountTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.form_box = QGroupBox(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("accountCode")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.active_check = QCheckBox(self)
        self.active_check.setObjectName("accountActive")
        self.active_check.setChecked(True)
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("accountUsage")
        self.usage_label.setWordWrap(True)
        self.usage_label.setStyleSheet(f"color: {MUTED};")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("accountProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b71c1c;")
        self.problems_label.setVisible(False)
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key, widget in (("code", self.code_edit), ("name", self.name_edit)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels[key] = label
            self.form.addRow(label, widget)
        self.form.addRow("", self.active_check)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newAccountButton")
        self.new_button.clicked.connect(self.new_account)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteAccountButton")
        self.delete_button.clicked.connect(self.delete_current)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.usage_label)
        form_layout.addWidget(self.problems_label)
        form_layout.addStretch(1)
        form_layout.addLayout(row)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.form_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.retranslate()
        self.reload()
        self.new_account()

    # --- data ------------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.accounts = list_accounts(
            self.ctx, include_inactive=self.closed_check.isChecked(), search=self.search_edit.text() or None
        )
        lang = self.language
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            cells = [
                account.code,
                account.name,
                self.tr("active") if account.active else self.tr("closed"),
                format_number(account.lines, lang),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not account.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(RECORD_ROLE, account.id)
        self.table.blockSignals(blocked)
        self.count_label.setText(self.tr("{count} accounts").format(count=format_number(len(self.accounts), lang)))
        if select_id is not None:
            for row, account in enumerate(self.accounts):
                if account.id == select_id:
                    self.table.selectRow(row)
                    break

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        account = self.accounts[rows[0].row()]
        self.editing_id = account.id
        self.code_edit.setText(account.code)
        self.name_edit.setText(account.name)
        self.active_check.setChecked(account.active)
        self._show_problems([])
        self._update_mode(account)

    def new_account(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        self.code_edit.clear()
        self.name_edit.clear()
        self.active_check.setChecked(True)
        self._show_problems([])
        self._update_mode(None)
        self.code_edit.setFocus()

    def _current(self) -> AccountView | None:
        return next((a for a in self.accounts if a.id == self.editing_id), None)

    def save(self) -> bool:
        data = AccountData(code=self.code_edit.text(), name=self.name_edit.text(), active=self.active_check.isChecked())
        try:
            if self.editing_id is None:
                saved = create_account(self.ctx, data)
            else:
                update_account(self.ctx, self.editing_id, data, loaded=self._current())
                saved = self.editing_id
        except ValidationError as error:
            self._show_problems(error.problems)
            return False
        except EditConflict as conflict:
            # Changed at another workstation: say what, keep the typing; saving again overwrites knowingly.
            show_user_error(self, conflict)
            self.reload()
            return False
        except UserError as error:
            show_user_error(self, error)
            return False
        self.changed = True
        self._show_problems([])
        self.reload(select_id=saved)
        return True

    def delete_current(self) -> None:
        account = self._current()
        if account is None:
            return
        if account.lines:
            answer = choose(
                self,
                self.tr("Delete account"),
                self.tr("{count} budget line(s) use account {code}; it cannot be deleted.").format(
                    count=format_number(account.lines, self.language), code=account.code
                ),
                [self.tr("Close the account")],
                self.tr("A closed account stays on the lines that use it, but no new line can take it."),
            )
            if answer == 0:
                set_account_active(self.ctx, account.id, False)
                self.changed = True
                self.reload(select_id=account.id)
            return
        if not confirm(
            self,
            self.tr("Delete account"),
            self.tr("Delete account {code} “{name}”?").format(code=account.code, name=account.name),
            self.tr("Delete"),
        ):
            return
        try:
            delete_account(self.ctx, account.id)
        except DependencyError as error:
            show_user_error(self, error)
            return
        self.changed = True
        self.reload()
        self.new_account()

    def import_from_excel(self) -> None:
        path = ask_import_path(self, self.tr("Import the chart of accounts"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_accounts(self.ctx, path)
        except AccountImportError as error:
            QGuiApplication.restoreOverrideCursor()
            lang = self.language
            lines = [p.describe(lang) for p in error.problems]
            shown = "\n".join(f"• {line}" for line in lines[:8])
            more = len(lines) - 8
            text = (
                self.tr("Nothing was imported: {count} problem(s) must be corrected in the file first.").format(
                    count=format_number(len(lines), lang)
                )
                + "\n\n"
                + shown
            )
            if more > 0:
                text += "\n" + self.tr("… and {count} more (see the details).").format(count=format_number(more, lang))
            show_import_problems(self, self.tr("Import the chart of accounts"), text, "\n".join(lines))
            return
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            show_user_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.changed = True
        self._imported(result)

    def _imported(self, result: AccountImportResult) -> None:
        lang = self.language
        self.result_label.setText(
            self.tr("Imported from sheet “{sheet}”: {added} added, {updated} updated, {unchanged} unchanged.").format(
                sheet=result.sheet,
                added=format_number(len(result.added), lang),
                updated=format_number(len(result.updated), lang),
                unchanged=format_number(result.unchanged, lang),
            )
        )
        self.result_label.setVisible(True)
        self.reload()

    # --- form ----------------------------------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {"code": self.tr("Account code"), "name": self.tr("Name"), "active": self.tr("Active")}

    def _show_problems(self, problems: list[Problem]) -> None:
        labels = self._labels()
        lines = [f"• {labels.get(p.field, p.field)}: {p.message(self.language)}" for p in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        fields = {p.field for p in problems}
        for name, widget in (("code", self.code_edit), ("name", self.name_edit)):
            widget.setStyleSheet("border: 1px solid #b71c1c;" if name in fields else "")

    def _update_mode(self, account: AccountView | None) -> None:
        self.form_box.setTitle(self.tr("New account") if account is None else self.tr("Edit account"))
        self.delete_button.setEnabled(account is not None)
        self.code_edit.setReadOnly(account is not None and account.lines > 0)
        if account is None:
            self.usage_label.setText(self.tr("A dotted code such as 5.1.02.04.02.0001."))
        elif account.lines:
            self.usage_label.setText(
                self.tr(
                    "Used by {count} budget line(s): the code cannot change; close the account to stop its use."
                ).format(count=format_number(account.lines, self.language))
            )
        else:
            self.usage_label.setText(self.tr("No budget line uses this account yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            self.reload(select_id=self.editing_id)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Chart of accounts"))
        self.search_edit.setPlaceholderText(self.tr("Search by code or name…"))
        self.closed_check.setText(self.tr("Show closed accounts"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(
            self.tr("A sheet with a code column (Kode) and a name column (Nama or Uraian); optionally Aktif (Ya/Tidak)")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account code"), self.tr("Name"), self.tr("Status"), self.tr("Budget lines")]
        )
        labels = self._labels()
        for key, label in self.form_labels.items():
            label.setText(labels[key] + ":")
        self.active_check.setText(self.tr("Active (new budget lines may use it)"))
        self.new_button.setText(self.tr("&New account"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Delete…"))
        self._update_mode(self._current())
