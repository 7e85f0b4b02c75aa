"""The fields of cooperation (sectors) agreements may name: list, add, rename in both languages, delete.

A field that agreements use keeps its code (workbooks and agreements refer to it) and cannot be deleted;
the service says how many agreements use it. Only an administrator or the head changes the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from secretariat.domain.errors import UserError, ValidationError
from secretariat.gui.formatting import format_number
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import current_language
from secretariat.gui.reference.menu import NOTE_STYLE, READ_ONLY_STYLE, may_edit_reference_data, read_only_note
from secretariat.gui.widgets.problems import PROBLEM_STYLE, ProblemDisplay
from secretariat.gui.widgets.prompts import confirm
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.context import ServiceContext
from secretariat.services.reference import countries_and_sectors as reference
from secretariat.services.reference.countries_and_sectors import SectorView

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = "color: #616161;"
INFO_STYLE = "color: #1b5e20;"
CODE, NAME_ID, NAME_EN, AGREEMENTS = range(4)


class SectorDialog(QDialog):
    """The list of fields of cooperation beside a form to add or rename one."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectorDialog")
        self.ctx = ctx
        self.language = current_language()
        self.editable = may_edit_reference_data(ctx)
        self.sectors: list[SectorView] = []
        self.editing_id: int | None = None
        self.changed = False

        self.form = load_form("sector_dialog", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        resize_within_screen(self, self.form.width(), self.form.height())
        self.setSizeGripEnabled(True)
        self.setStyleSheet(PROBLEM_STYLE + READ_ONLY_STYLE)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        f = self.form
        self.table = bind(f, "sectorTable", QTableWidget)
        self.note_label = bind(f, "readOnlyNote", QLabel)
        self.form_box = bind(f, "formBox", QGroupBox)
        self.code_edit = bind(f, "codeEdit", QLineEdit)
        self.name_id_edit = bind(f, "nameIdEdit", QLineEdit)
        self.name_en_edit = bind(f, "nameEnEdit", QLineEdit)
        self.usage_label = bind(f, "usageLabel", QLabel)
        self.message_label = bind(f, "messageLabel", QLabel)
        self.count_label = bind(f, "countLabel", QLabel)
        self.new_button = bind(f, "newButton", QPushButton)
        self.delete_button = bind(f, "deleteButton", QPushButton)
        self.save_button = bind(f, "saveButton", QPushButton)
        self.close_button = bind(f, "closeButton", QPushButton)
        self.problems = ProblemDisplay(self.form_box, self.message_label, self.language)

        self.table.setColumnCount(4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_ID, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.usage_label.setStyleSheet(MUTED)
        self.count_label.setStyleSheet(MUTED)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setVisible(not self.editable)

        self.new_button.clicked.connect(self.new_sector)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.close_button.clicked.connect(self.accept)
        self.code_edit.returnPressed.connect(self.save)
        self.name_id_edit.returnPressed.connect(self.save)
        self.name_en_edit.returnPressed.connect(self.save)

        self.retranslate()
        self.reload()
        self.new_sector()

    # --- data ------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.sectors = list(reference.list_sectors(self.ctx))
        lang = self.language
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.sectors))
        for row, sector in enumerate(self.sectors):
            cells = [sector.code, sector.name_id, sector.name_en, format_number(sector.agreement_count, lang)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == AGREEMENTS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == CODE:
                    item.setData(ID_ROLE, sector.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(blocked)
        self.count_label.setText(
            self.tr("{count} fields of cooperation").format(count=format_number(len(self.sectors), lang))
        )
        if select_id is not None:
            for row, sector in enumerate(self.sectors):
                if sector.id == select_id:
                    self.table.selectRow(row)
                    break

    def current(self) -> SectorView | None:
        return next((s for s in self.sectors if s.id == self.editing_id), None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        sector = self.sectors[rows[0].row()]
        self.editing_id = sector.id
        for edit, text in (
            (self.code_edit, sector.code),
            (self.name_id_edit, sector.name_id),
            (self.name_en_edit, sector.name_en),
        ):
            edit.setText(text)
            edit.setCursorPosition(0)
        self.problems.clear()
        self._update_mode()

    def new_sector(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        for edit in (self.code_edit, self.name_id_edit, self.name_en_edit):
            edit.clear()
        self.problems.clear()
        self._update_mode()
        if self.editable:
            self.code_edit.setFocus()

    def save(self) -> bool:
        if not self.editable:
            return False
        code, name_id, name_en = self.code_edit.text(), self.name_id_edit.text(), self.name_en_edit.text()
        try:
            if self.editing_id is None:
                saved = reference.create_sector(self.ctx, code, name_id, name_en)
            else:
                reference.update_sector(self.ctx, self.editing_id, code, name_id, name_en, loaded=self.current())
                saved = self.editing_id
        except ValidationError as error:
            self.problems.show(error.problems, self._fields())
            return False
        except EditConflict as conflict:
            # Changed at another workstation: say what, keep the typing; saving again overwrites knowingly.
            self.problems.show_message(conflict.message(self.language))
            self.reload()
            return False
        except UserError as error:
            self.problems.show_message(error.message(self.language))
            return False
        self.changed = True
        self.reload(select_id=saved)
        self._info(self.tr("Saved."))
        return True

    def delete_current(self) -> None:
        sector = self.current()
        if not self.editable or sector is None:
            return
        name = sector.name_id if self.language == "id" else sector.name_en
        if not confirm(
            self,
            self.tr("Delete field of cooperation"),
            self.tr("Delete the field of cooperation “{name}” ({code})?").format(name=name, code=sector.code),
            self.tr("Delete"),
        ):
            return
        try:
            reference.delete_sector(self.ctx, sector.id)
        except UserError as error:
            self.problems.show_message(error.message(self.language))
            return
        self.changed = True
        self.reload()
        self.new_sector()
        self._info(self.tr("Deleted “{name}”.").format(name=name))

    def _info(self, text: str) -> None:
        self.problems.clear()
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setText(text)
        self.message_label.show()

    def _fields(self) -> dict[str, QWidget]:
        return {"code": self.code_edit, "name_id": self.name_id_edit, "name_en": self.name_en_edit}

    def _update_mode(self) -> None:
        sector = self.current()
        editable = self.editable
        self.form_box.setTitle(
            self.tr("New field of cooperation")
            if sector is None
            else self.tr("Field of cooperation “{code}”").format(code=sector.code)
        )
        used = sector is not None and sector.agreement_count > 0
        for edit, read_only in (
            (self.code_edit, not editable or used),
            (self.name_id_edit, not editable),
            (self.name_en_edit, not editable),
        ):
            edit.setReadOnly(read_only)
            edit.style().unpolish(edit)  # the read-only look follows the property
            edit.style().polish(edit)
        self.save_button.setEnabled(editable)
        self.new_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and sector is not None)
        if sector is None:
            self.usage_label.setText(self.tr("Type a code and the name in both languages, then Save."))
        elif used:
            self.usage_label.setText(
                self.tr(
                    "Named by {count} agreement(s): it can be renamed, but its code stays and it cannot be deleted."
                ).format(count=format_number(sector.agreement_count, self.language))
            )
        else:
            self.usage_label.setText(self.tr("No agreement names this field yet."))

    # --- language --------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.problems.language = self.language
            self.retranslate()
            self.reload(select_id=self.editing_id)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fields of cooperation"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name (Indonesian)"), self.tr("Name (English)"), self.tr("Agreements")]
        )
        self.note_label.setText(read_only_note(self.ctx))
        self._update_mode()
