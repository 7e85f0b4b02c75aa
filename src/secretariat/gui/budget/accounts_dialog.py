"""The chart of accounts: the dotted APBD codes budget lines may use, edited here or imported from Excel.

Each account says which side of the budget its lines hold: revenue
(pendapatan, group 4), spending (belanja, group 5) or financing (pembiayaan,
group 6); a new account takes the group of its nearest parent in the chart
unless one is chosen. An account that budget lines use is not renamed nor
deleted: it is closed (no new line may take it; old lines keep it).
Importing from Excel checks every row first; when any row is wrong nothing is
written and each problem is listed with its sheet, row and column.

The dialog is a :class:`~secretariat.gui.widgets.list_form_dialog.ListFormDialog`
on the form ``ui/accounts_dialog.ui``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from secretariat.domain.enums import BudgetSide
from secretariat.domain.errors import DependencyError, UserError
from secretariat.domain.labels import label
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_number
from secretariat.gui.widgets.list_form_dialog import ListFormDialog
from secretariat.gui.widgets.prompts import choose, confirm
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.gui.widgets.text_fit import fit_placeholder
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
    suggested_side,
    update_account,
)

SETTINGS_FOLDER = "accounts_dialog/import_folder"
MUTED = "#757575"
#: The choice "as the nearest parent" in the group box (no side given).
AUTOMATIC = None


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


class AccountsDialog(ListFormDialog[AccountView]):
    """The chart of accounts with a search, a form to add or change an account, and import from Excel."""

    FORM = "accounts_dialog"
    RIGHT_COLUMNS = frozenset({4})
    STRETCH_COLUMN = 1

    def setup(self) -> None:
        self.setObjectName("accountsDialog")
        self.search_edit = self.bind("searchEdit", QLineEdit)
        self.closed_check = self.bind("closedCheck", QCheckBox)
        self.import_button = self.bind("importButton", QPushButton)
        self.code_edit = self.bind("codeEdit", QLineEdit)
        self.name_edit = self.bind("nameEdit", QLineEdit)
        self.side_combo = self.bind("sideCombo", QComboBox)
        self.active_check = self.bind("activeCheck", QCheckBox)
        self.usage_label = self.bind("usageLabel", QLabel)
        self.form_labels = {key: self.bind(f"{key}Label", QLabel) for key in ("code", "name", "side")}
        self.usage_label.setWordWrap(True)
        self.usage_label.setStyleSheet(f"color: {MUTED};")
        self.search_edit.textChanged.connect(lambda _text: self.reload())
        self.closed_check.toggled.connect(lambda _on: self.reload())
        self.import_button.clicked.connect(self.import_from_excel)
        self.code_edit.textEdited.connect(lambda _text: self._suggest_side())
        resize_within_screen(self, 1040, 580)

    def new_account(self) -> None:
        """Empty the form for a new account."""
        self.new_record()

    # --- rows ----------------------------------------------------------------------------------------------

    def fetch(self) -> list[AccountView]:
        return list_accounts(
            self.ctx, include_inactive=self.closed_check.isChecked(), search=self.search_edit.text() or None
        )

    def headers(self) -> list[str]:
        return [self.tr("Account code"), self.tr("Name"), self.tr("Group"), self.tr("Status"), self.tr("Budget lines")]

    def cells(self, record: AccountView) -> list[str]:
        return [
            record.code,
            record.name,
            self._side_text(record.side),
            self.tr("active") if record.active else self.tr("closed"),
            format_number(record.lines, self.language),
        ]

    def decorate(self, record: AccountView, row: int) -> None:
        if not record.active:
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:  # filled by the list-plus-form base before it decorates the row
                    item.setForeground(Qt.GlobalColor.gray)

    def count_text(self, count: int) -> str:
        return self.tr("{count} accounts").format(count=format_number(count, self.language))

    # --- the form ------------------------------------------------------------------------------------------

    def show_record(self, record: AccountView) -> None:
        self.code_edit.setText(record.code)
        self.name_edit.setText(record.name)
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(record.side.value)))
        self.active_check.setChecked(record.active)

    def clear_form(self) -> None:
        self.code_edit.clear()
        self.name_edit.clear()
        self.side_combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.code_edit.setFocus()

    def collect(self) -> AccountData:
        side = self.side_combo.currentData()
        return AccountData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            active=self.active_check.isChecked(),
            side=BudgetSide(side) if side else None,
        )

    def create_record(self, data: Any) -> int:
        return create_account(self.ctx, data)

    def update_record(self, record_id: int, data: Any) -> None:
        update_account(self.ctx, record_id, data, loaded=self.current())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"code": self.code_edit, "name": self.name_edit, "side": self.side_combo}

    def field_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("Account code"),
            "name": self.tr("Name"),
            "active": self.tr("Active"),
            "side": self.tr("Group"),
        }

    def form_title(self, record: AccountView | None) -> str:
        return self.tr("New account") if record is None else self.tr("Edit account")

    def mode_changed(self, record: AccountView | None) -> None:
        self.code_edit.setReadOnly(record is not None and record.lines > 0)
        if record is None:
            self.usage_label.setText(self.tr("A dotted code such as 5.1.02.04.02.0001."))
            self._suggest_side()
        elif record.lines:
            self.usage_label.setText(
                self.tr(
                    "Used by {count} budget line(s): the code cannot change; close the account to stop its use."
                ).format(count=format_number(record.lines, self.language))
            )
        else:
            self.usage_label.setText(self.tr("No budget line uses this account yet."))

    def _side_text(self, side: BudgetSide) -> str:
        return label(side, "id" if self.language == "id" else "en")

    def _suggest_side(self) -> None:
        """A new account shows the group it will take when none is chosen: its nearest parent's."""
        if self.editing_id is not None or self.side_combo.count() == 0:
            return
        code = self.code_edit.text().strip()
        side = suggested_side(self.ctx, code) if code else None
        text = (
            self.tr("As its parent ({side})").format(side=self._side_text(side))
            if side is not None
            else self.tr("As its parent in the chart")
        )
        self.side_combo.setItemText(0, text)

    # --- deleting ------------------------------------------------------------------------------------------

    def remove(self, record: AccountView) -> None:
        if record.lines:
            answer = choose(
                self,
                self.tr("Delete account"),
                self.tr("{count} budget line(s) use account {code}; it cannot be deleted.").format(
                    count=format_number(record.lines, self.language), code=record.code
                ),
                [self.tr("Close the account")],
                self.tr("A closed account stays on the lines that use it, but no new line can take it."),
            )
            if answer == 0:
                set_account_active(self.ctx, record.id, False)
                self.changed = True
                self.reload(select_id=record.id)
            return
        if not confirm(
            self,
            self.tr("Delete account"),
            self.tr("Delete account {code} “{name}”?").format(code=record.code, name=record.name),
            self.tr("Delete"),
        ):
            return
        try:
            delete_account(self.ctx, record.id)
        except DependencyError as error:
            show_user_error(self, error)
            return
        self.deleted()

    # --- import --------------------------------------------------------------------------------------------

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

    # --- texts ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Chart of accounts"))
        self.search_edit.setPlaceholderText(self.tr("Search by code or name…"))
        fit_placeholder(self.search_edit)
        self.closed_check.setText(self.tr("Show closed accounts"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(
            self.tr(
                "A sheet with a code column (Kode) and a name column (Nama or Uraian); optionally Aktif (Ya/Tidak) "
                "and Kelompok (Pendapatan / Belanja / Pembiayaan)"
            )
        )
        labels = self.field_labels()
        for key, widget in self.form_labels.items():
            widget.setText(labels[key] + ":")
        self.active_check.setText(self.tr("Active (new budget lines may use it)"))
        self.new_button.setText(self.tr("&New account"))
        current = self.side_combo.currentData()
        self.side_combo.clear()
        self.side_combo.addItem(self.tr("As its parent in the chart"), AUTOMATIC)
        for side in BudgetSide:
            self.side_combo.addItem(self._side_text(side), side.value)
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(current)))
        self.side_combo.setToolTip(
            self.tr(
                "Revenue (pendapatan, group 4), spending (belanja, group 5) or financing (pembiayaan, group 6): "
                "the money of the lines using this account is counted on that side only."
            )
        )
