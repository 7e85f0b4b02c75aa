"""The stages of an agreement's life as the office keeps them: list, order, add, edit, delete.

:class:`StageListDialog` shows the stages in order with what each applies to and requires; an
administrator or the head moves them up and down, adds, edits and deletes them (a clerk sees the list
read-only and is told why). :class:`StageEditor` edits one stage: its code (fixed once saved), its names
in both languages, the kinds and instruments it applies to (none ticked: all), the documents and fields
it requires, and whether it is final or a stage at which the agreement is in force.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import AgreementKind, DocumentKind, Instrument
from secretariat.domain.errors import UserError
from secretariat.domain.labels import Language, label
from secretariat.domain.workflow import REQUIRABLE_FIELDS, StageData, document_label, field_label
from secretariat.gui.errors import user_message
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import current_language
from secretariat.gui.reference.menu import NOTE_STYLE, READ_ONLY_STYLE, may_edit_reference_data, read_only_note
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.prompts import confirm
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.agreements import stages
from secretariat.services.agreements.stages import StageView
from secretariat.services.context import ServiceContext

CODE_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b71c1c;"

# Columns of the stage table.
ORDER, CODE, NAME_ID, NAME_EN, KINDS, INSTRUMENTS, DOCUMENTS, FIELDS, FINAL, LIVE = range(10)
COLUMN_COUNT = 10
CHECK_MARK = "✓"

W = TypeVar("W", bound=QWidget)


def _lang(language: str) -> Language:
    return "id" if language == "id" else "en"


def fill_checklist(widget: QListWidget, choices: Sequence[tuple[str, str]], checked: Iterable[str] = ()) -> None:
    """Fill ``widget`` with checkable (text, code) items, ticking the codes in ``checked``."""
    ticked = set(checked)
    widget.blockSignals(True)
    widget.clear()
    for text, code in choices:
        item = QListWidgetItem(text, widget)
        item.setData(CODE_ROLE, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def set_checked(widget: QListWidget, codes: Iterable[str]) -> None:
    ticked = set(codes)
    for row in range(widget.count()):
        item = widget.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in ticked else Qt.CheckState.Unchecked)


def checked_codes(widget: QListWidget) -> list[str]:
    """The codes of the ticked items, in the list's order."""
    return [
        widget.item(row).data(CODE_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def _enum_choices(enum_type: type[StrEnum], language: str) -> list[tuple[str, str]]:
    return [(label(member, _lang(language)), member.value) for member in enum_type]


def _enum_label(enum_type: type[StrEnum], code: str, language: str) -> str:
    try:
        return label(enum_type(code), _lang(language))
    except ValueError:  # a code the program no longer knows: show it as stored
        return code


class StageEditor(FormDialog):
    """One stage: add a new one (after ``after``) or edit the stage ``code`` (whose code stays)."""

    FORM = "stage_editor"

    def __init__(
        self,
        ctx: ServiceContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        code: str | None = None,
        after: str | None = None,
    ) -> None:
        self.code = code
        self.after = after
        self.view: StageView | None = None
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        # The interface language shown now (the one saved in the settings may differ until restart).
        self.language = current_language()
        self.problems.language = self.language
        b = self.bind
        self.code_edit = b("codeEdit", QLineEdit)
        self.name_id_edit = b("nameIdEdit", QLineEdit)
        self.name_en_edit = b("nameEnEdit", QLineEdit)
        self.final_check = b("finalCheck", QCheckBox)
        self.live_check = b("liveCheck", QCheckBox)
        self.kinds_list = b("kindsList", QListWidget)
        self.instruments_list = b("instrumentsList", QListWidget)
        self.documents_list = b("documentsList", QListWidget)
        self.fields_list = b("fieldsList", QListWidget)
        self.new_code_tip = self.code_edit.toolTip()
        self.kinds_group = b("kindsGroup", QGroupBox)
        self.instruments_group = b("instrumentsGroup", QGroupBox)
        self.documents_group = b("documentsGroup", QGroupBox)
        self.fields_group = b("fieldsGroup", QGroupBox)
        lang = self.language
        fill_checklist(self.kinds_list, _enum_choices(AgreementKind, lang))
        fill_checklist(self.instruments_list, _enum_choices(Instrument, lang))
        fill_checklist(self.documents_list, [(document_label(k.value, lang), k.value) for k in DocumentKind])
        fill_checklist(self.fields_list, [(field_label(name, lang), name) for name in REQUIRABLE_FIELDS])
        self.setStyleSheet(self.styleSheet() + READ_ONLY_STYLE)
        # The two short lists side by side, as high as the longer one and no higher.
        rows = max(self.kinds_list.count(), self.instruments_list.count())
        for widget in (self.kinds_list, self.instruments_list):
            widget.ensurePolished()
            widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setMaximumHeight(widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 14)
        # Final and live exclude each other: ticking one unticks the other.
        self.final_check.toggled.connect(lambda on: on and self.live_check.setChecked(False))
        self.live_check.toggled.connect(lambda on: on and self.final_check.setChecked(False))
        self.track(
            self.code_edit,
            self.name_id_edit,
            self.name_en_edit,
            self.final_check,
            self.live_check,
            self.kinds_list,
            self.instruments_list,
            self.documents_list,
            self.fields_list,
        )

    def load(self) -> None:
        self.view = stages.get_stage(self.ctx, self.code) if self.code is not None else None
        v = self.view
        self.code_edit.setText(v.code if v else "")
        self.code_edit.setReadOnly(v is not None)
        self.code_edit.style().unpolish(self.code_edit)  # the read-only look follows the property
        self.code_edit.style().polish(self.code_edit)
        self.code_edit.setToolTip(
            self.tr("A stage's code is its stable identity and cannot change; to use another code, add a new stage.")
            if v is not None
            else self.new_code_tip
        )
        self.name_id_edit.setText(v.name_id if v else "")
        self.name_en_edit.setText(v.name_en if v else "")
        self.final_check.setChecked(bool(v and v.is_final))
        self.live_check.setChecked(bool(v and v.is_live))
        set_checked(self.kinds_list, v.kinds if v else ())
        set_checked(self.instruments_list, v.instruments if v else ())
        set_checked(self.documents_list, v.required_documents if v else ())
        set_checked(self.fields_list, v.required_fields if v else ())
        for edit in (self.code_edit, self.name_id_edit, self.name_en_edit):
            edit.setCursorPosition(0)
        (self.name_id_edit if v else self.code_edit).setFocus()

    def collect(self) -> StageData:
        return StageData(
            code=self.code_edit.text().strip(),
            name_id=self.name_id_edit.text().strip(),
            name_en=self.name_en_edit.text().strip(),
            position=None,  # kept on edit; a new stage goes after ``after`` (see store)
            kinds=checked_codes(self.kinds_list),
            instruments=checked_codes(self.instruments_list),
            required_documents=checked_codes(self.documents_list),
            required_fields=checked_codes(self.fields_list),
            is_final=self.final_check.isChecked(),
            is_live=self.live_check.isChecked(),
        )

    def store(self, data: StageData) -> int | None:
        if self.code is not None:
            stages.update_stage(self.ctx, self.code, data, loaded=self.loaded)
            return self.record_id
        listed = stages.list_stages(self.ctx)
        order = [s.code for s in listed]
        position, reorder = self._position_after(listed)
        data.position = position
        new_id = stages.create_stage(self.ctx, data)
        self.code = data.code.strip()
        if reorder:
            index = order.index(self.after) + 1 if self.after in order else len(order)
            stages.reorder_stages(self.ctx, [*order[:index], self.code, *order[index:]])
        return new_id

    def _position_after(self, listed: Sequence[StageView]) -> tuple[int | None, bool]:
        """Where a new stage goes: a free position between ``after`` and the next stage, or (None, True)
        to add it last and then renumber the list in the new order."""
        order = [s.code for s in listed]
        if self.after is None or self.after not in order:
            return None, False
        index = order.index(self.after)
        if index == len(order) - 1:
            return None, False
        low, high = listed[index].position, listed[index + 1].position
        if high - low >= 2:
            return (low + high) // 2, False
        return None, True

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "code": self.code_edit,
            "name_id": self.name_id_edit,
            "name_en": self.name_en_edit,
            "kinds": self.kinds_list,
            "instruments": self.instruments_list,
            "required_documents": self.documents_list,
            "required_fields": self.fields_list,
            "is_final": self.final_check,
            "is_live": self.live_check,
        }

    def field_names(self) -> Mapping[str, str]:
        return {
            "kinds": self.kinds_group.title(),
            "instruments": self.instruments_group.title(),
            "required_documents": self.documents_group.title(),
            "required_fields": self.fields_group.title(),
            "is_final": self.tr("Final stage"),
            "is_live": self.tr("In force"),
            "position": self.tr("Order"),
        }

    def _name(self) -> str:
        v = self.view
        return "" if v is None else (v.name_id if self.language == "id" else v.name_en)

    def title(self) -> str:
        return self.tr("New stage") if self.view is None else self.tr("Stage – {name}").format(name=self._name())

    def describe(self) -> str:
        return (
            self.tr("the new stage") if self.view is None else self.tr("the stage “{name}”").format(name=self._name())
        )


class StageListDialog(QDialog):
    """The stage list in order, with Add, Edit, Delete and Move up / down for those allowed."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageListDialog")
        self.ctx = ctx
        self.language = current_language()
        self.editable = may_edit_reference_data(ctx)
        self.stages: list[StageView] = []
        self.changed = False

        self.form = load_form("stage_list_dialog", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        resize_within_screen(self, self.form.width(), self.form.height())
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        b = self._bind
        self.table = b("stageTable", QTableWidget)
        self.note_label = b("readOnlyNote", QLabel)
        self.message_label = b("messageLabel", QLabel)
        self.add_button = b("addButton", QPushButton)
        self.edit_button = b("editButton", QPushButton)
        self.delete_button = b("deleteButton", QPushButton)
        self.up_button = b("upButton", QPushButton)
        self.down_button = b("downButton", QPushButton)
        self.close_button = b("closeButton", QPushButton)

        self.table.setColumnCount(COLUMN_COUNT)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (NAME_ID, NAME_EN, DOCUMENTS, FIELDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button.clicked.connect(self.add_stage)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.close_button.clicked.connect(self.accept)
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.activated.connect(lambda d=delta: self.move_selected(d))

        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setVisible(self.editable)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setVisible(not self.editable)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.retranslate()
        self.reload()
        if self.stages:
            self.table.selectRow(0)

    def _bind(self, name: str, cls: type[W]) -> W:
        return bind(self.form, name, cls)

    # --- data ----------------------------------------------------------------------------------------

    def reload(self, select_code: str | None = None) -> None:
        if not select_code:
            current = self.selected()
            select_code = current.code if current is not None else None
        self.stages = list(stages.list_stages(self.ctx))
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.stages))
        for row, stage in enumerate(self.stages):
            for column, (text, tip) in enumerate(self._cells(row, stage)):
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(tip)
                if column in (ORDER, FINAL, LIVE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == ORDER:
                    item.setData(CODE_ROLE, stage.code)
                self.table.setItem(row, column, item)
        self.table.blockSignals(blocked)
        self._fit_columns()
        if select_code is not None:
            for row, stage in enumerate(self.stages):
                if stage.code == select_code:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def _cells(self, row: int, stage: StageView) -> list[tuple[str, str]]:
        lang = self.language
        every = self.tr("all")
        kinds = [_enum_label(AgreementKind, k, lang) for k in stage.kinds]
        instruments = [_enum_label(Instrument, i, lang) for i in stage.instruments]
        documents = [document_label(d, lang) for d in stage.required_documents]
        fields = [field_label(f, lang) for f in stage.required_fields]
        short_kinds = [
            k.upper() if k in (AgreementKind.KSDPL, AgreementKind.KSDLL) else _enum_label(AgreementKind, k, lang)
            for k in stage.kinds
        ]
        return [
            (str(row + 1), ""),
            (stage.code, ""),
            (stage.name_id, stage.name_id),
            (stage.name_en, stage.name_en),
            (", ".join(short_kinds) or every, "\n".join(kinds) or self.tr("Every kind of agreement")),
            (
                ", ".join(self._short_instrument(i) for i in stage.instruments) or every,
                "\n".join(instruments) or self.tr("Every instrument"),
            ),
            (", ".join(documents), "\n".join(documents)),
            (", ".join(fields), "\n".join(fields)),
            (CHECK_MARK if stage.is_final else "", self.tr("Final stage") if stage.is_final else ""),
            (CHECK_MARK if stage.is_live else "", self.tr("The agreement is in force") if stage.is_live else ""),
        ]

    def _short_instrument(self, code: str) -> str:
        short = {
            Instrument.LOI.value: "LoI",
            Instrument.MOU.value: "MoU",
            Instrument.ARRANGEMENT.value: self.tr("Arrangement"),
            Instrument.OTHER.value: self.tr("Other"),
        }
        return short.get(code, code)

    def _fit_columns(self) -> None:
        """Names and documents as wide as their text but never wider than a readable share of the table."""
        metrics = self.table.fontMetrics()
        for column, cap in ((NAME_ID, 230), (NAME_EN, 230), (DOCUMENTS, 180), (FIELDS, 200)):
            items = [self.table.item(row, column) for row in range(self.table.rowCount())]
            items.append(self.table.horizontalHeaderItem(column))
            texts = [item.text() if item is not None else "" for item in items]
            wanted = max((metrics.horizontalAdvance(t) for t in texts), default=80) + 24
            self.table.setColumnWidth(column, min(wanted, cap))

    def selected(self) -> StageView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.stages):
            return None
        return self.stages[rows[0].row()]

    def _update_buttons(self) -> None:
        stage = self.selected()
        index = self.stages.index(stage) if stage is not None else -1
        self.edit_button.setEnabled(self.editable and stage is not None)
        self.delete_button.setEnabled(self.editable and stage is not None)
        self.up_button.setEnabled(self.editable and index > 0)
        self.down_button.setEnabled(self.editable and 0 <= index < len(self.stages) - 1)
        self.add_button.setEnabled(self.editable)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- actions -------------------------------------------------------------------------------------

    def move_selected(self, delta: int) -> None:
        stage = self.selected()
        if not self.editable or stage is None:
            return
        codes = [s.code for s in self.stages]
        index = codes.index(stage.code)
        target = index + delta
        if not 0 <= target < len(codes):
            return
        codes[index], codes[target] = codes[target], codes[index]
        try:
            stages.reorder_stages(self.ctx, codes)
        except UserError as error:
            self._show_message(user_message(error, self.language))
            self.reload()
            return
        self.changed = True
        self._show_message("")
        self.reload(select_code=stage.code)

    def make_editor(self, code: str | None, after: str | None = None) -> StageEditor:
        record_id = next((s.id for s in self.stages if s.code == code), None) if code else None
        return StageEditor(self.ctx, record_id, self, code=code, after=after)

    def _run_editor(self, editor: StageEditor) -> None:
        try:
            editor.exec()
            saved, code = editor.saved_anything, editor.code
        finally:
            editor.deleteLater()
        if saved:
            self.changed = True
            self._show_message("")
            self.reload(select_code=code)

    def add_stage(self) -> None:
        if not self.editable:
            return
        stage = self.selected()
        self._run_editor(self.make_editor(None, after=stage.code if stage else None))

    def edit_selected(self) -> None:
        stage = self.selected()
        if not self.editable or stage is None:
            return
        self._run_editor(self.make_editor(stage.code))

    def delete_selected(self) -> None:
        stage = self.selected()
        if not self.editable or stage is None:
            return
        name = stage.name_id if self.language == "id" else stage.name_en
        if not confirm(
            self,
            self.tr("Delete stage"),
            self.tr("Delete the stage “{name}” ({code})?").format(name=name, code=stage.code),
            self.tr("Delete"),
            self.tr("A stage at which an agreement is, or was, cannot be deleted."),
        ):
            return
        try:
            stages.delete_stage(self.ctx, stage.code)
        except UserError as error:
            self._show_message(user_message(error, self.language))
            return
        self.changed = True
        self._show_message("")
        self.reload()

    # --- language ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreement stages"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Code"),
                self.tr("Name (Indonesian)"),
                self.tr("Name (English)"),
                self.tr("Kinds"),
                self.tr("Instruments"),
                self.tr("Required documents"),
                self.tr("Required fields"),
                self.tr("Final"),
                self.tr("In force"),
            ]
        )
        header_tips = {
            FINAL: self.tr("A final stage ends the agreement's life (renewed, expired, terminated)"),
            LIVE: self.tr("The agreement is in force at this stage"),
        }
        for column, tip in header_tips.items():
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:  # set by setHorizontalHeaderLabels just above
                header_item.setToolTip(tip)
        self.note_label.setText(read_only_note(self.ctx))
