"""The countries (ISO 3166-1) with the office's flags: diplomatic relations, ASEAN membership, mission country.

One table model over the 249 countries, read once (no widget per row, so the dialog opens at once);
a search narrows the rows, a header click sorts them. The two flags are check boxes and the mission
country a pick list of the countries that have a mission of their own; each change is saved at once
for its row through
:func:`secretariat.services.reference.countries_and_sectors.update_country_flags`, and a refusal is shown
under the table with the row left as it was. Only an administrator or the head changes the flags.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import UserError
from secretariat.gui.errors import user_message
from secretariat.gui.formatting import format_number
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import current_language
from secretariat.gui.reference.menu import NOTE_STYLE, may_edit_reference_data, read_only_note
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.context import ServiceContext
from secretariat.services.reference import countries_and_sectors as reference
from secretariat.services.reference.countries_and_sectors import CountryView

CODE, NAME_ID, NAME_EN, RELATIONS, ASEAN, MISSION = range(6)
COLUMN_COUNT = 6
ERROR_STYLE = "color: #b71c1c;"
INFO_STYLE = "color: #1b5e20;"
MUTED = "color: #616161;"

Index = QModelIndex | QPersistentModelIndex


def _checked(value: object) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value)


class CountryFlagsModel(QAbstractTableModel):
    """The countries with their flags; ``saved`` and ``refused`` say how a change went."""

    saved = Signal(str)  # the country's code
    refused = Signal(str, str)  # the country's code, the message in the interface language

    def __init__(self, ctx: ServiceContext, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = editable
        self.language = current_language()
        self.countries: list[CountryView] = list(reference.list_countries(ctx))
        self.by_code: dict[str, CountryView] = {c.code: c for c in self.countries}
        self.search = ""
        self.rows: list[int] = list(range(len(self.countries)))
        self.headers: list[str] = [""] * COLUMN_COUNT
        self.header_tips: dict[int, str] = {}
        self.mission_tip_own = ""

    # --- the rows shown --------------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text.strip().casefold()
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        needle = self.search
        if not needle:
            self.rows = list(range(len(self.countries)))
            return
        self.rows = [
            i
            for i, c in enumerate(self.countries)
            if needle in c.code.casefold()
            or needle in c.alpha3.casefold()
            or needle in c.name_id.casefold()
            or needle in c.name_en.casefold()
        ]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            CODE: lambda c: c.code,
            NAME_ID: lambda c: c.name_id.casefold(),
            NAME_EN: lambda c: c.name_en.casefold(),
            RELATIONS: lambda c: (not c.diplomatic_relations, c.code),
            ASEAN: lambda c: (not c.asean_member, c.code),
            MISSION: lambda c: (c.mission_country_code is None, self.mission_text(c).casefold()),
        }
        key = keys.get(column, keys[CODE])
        self.layoutAboutToBeChanged.emit()
        self.countries.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._filter()
        self.layoutChanged.emit()

    def country(self, row: int) -> CountryView:
        return self.countries[self.rows[row]]

    def row_of(self, code: str) -> int | None:
        for row, index in enumerate(self.rows):
            if self.countries[index].code == code:
                return row
        return None

    def name(self, country: CountryView) -> str:
        return country.name_id if self.language == "id" else country.name_en

    def mission_text(self, country: CountryView) -> str:
        code = country.mission_country_code
        if code is None:
            return ""
        mission = self.by_code.get(code)
        return f"{self.name(mission)} ({code})" if mission is not None else code

    def mission_choices(self, country: CountryView) -> list[tuple[str, str]]:
        """(label, code) of the countries that may be ``country``'s mission country, by name."""
        choices = [
            (f"{self.name(c)} ({c.code})", c.code)
            for c in self.by_code.values()
            if c.code != country.code and c.mission_country_code is None
        ]
        return sorted(choices, key=lambda pair: pair[0].casefold())

    # --- Qt's model --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips.get(section)
        return None

    def set_headers(self, headers: list[str], tips: dict[int, str]) -> None:
        self.headers = headers
        self.header_tips = tips
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (RELATIONS, ASEAN):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and index.column() == MISSION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        country = self.country(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return country.code
            if column == NAME_ID:
                return country.name_id
            if column == NAME_EN:
                return country.name_en
            if column == MISSION:
                return self.mission_text(country)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column in (RELATIONS, ASEAN):
            on = country.diplomatic_relations if column == RELATIONS else country.asean_member
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == MISSION:
            return country.mission_country_code
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (NAME_ID, NAME_EN):
                return f"{country.name_id}\n{country.name_en}\n{country.code} / {country.alpha3}"
            if column == MISSION:
                return self.mission_text(country) or self.mission_tip_own
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.editable or not index.isValid():
            return False
        country = self.country(index.row())
        relations, asean, mission = country.diplomatic_relations, country.asean_member, country.mission_country_code
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == RELATIONS:
            relations = _checked(value)
        elif role == Qt.ItemDataRole.CheckStateRole and index.column() == ASEAN:
            asean = _checked(value)
        elif role == Qt.ItemDataRole.EditRole and index.column() == MISSION:
            mission = (str(value).strip() or None) if value else None
        else:
            return False
        if (relations, asean, mission) == (
            country.diplomatic_relations,
            country.asean_member,
            country.mission_country_code,
        ):
            return False
        return self.save(country.code, relations, asean, mission)

    def save(self, code: str, relations: bool, asean: bool, mission: str | None) -> bool:
        """Save one country's flags; True when saved (``saved``), else ``refused`` with the reason."""
        try:
            reference.update_country_flags(self.ctx, code, relations, asean, mission, loaded=self.by_code[code])
        except EditConflict as conflict:
            # Changed at another workstation: show the row as stored now, and say what changed.
            if conflict.current is not None:
                self.by_code[code] = conflict.current
                self.countries = [conflict.current if c.code == code else c for c in self.countries]
            self.refused.emit(code, user_message(conflict, self.language))
            self._row_changed(code)
            return False
        except UserError as error:
            self.refused.emit(code, user_message(error, self.language))
            self._row_changed(code)  # show the row as it still is
            return False
        updated = replace(
            self.by_code[code], diplomatic_relations=relations, asean_member=asean, mission_country_code=mission
        )
        self.by_code[code] = updated
        self.countries = [updated if c.code == code else c for c in self.countries]
        self._row_changed(code)
        self.saved.emit(code)
        return True

    def _row_changed(self, code: str) -> None:
        row = self.row_of(code)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def retranslate(self) -> None:
        self.language = current_language()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMN_COUNT - 1))


class MissionDelegate(QStyledItemDelegate):
    """The mission country as a pick list: "its own" or a country that has a mission of its own."""

    def __init__(self, model: CountryFlagsModel, own_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.own_text = own_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("missionCombo")
        combo.addItem(self.own_text, None)
        for text, code in self.model.mission_choices(self.model.country(index.row())):
            combo.addItem(text, code)
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.blockSignals(True)
        editor.setCurrentIndex(max(found, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CountryFlagsDialog(QDialog):
    """The searchable table of countries; each change saved for its row at once."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryFlagsDialog")
        self.ctx = ctx
        self.language = current_language()
        self.editable = may_edit_reference_data(ctx)
        self.changed = False

        self.form = load_form("country_flags_dialog", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        resize_within_screen(self, self.form.width(), self.form.height())
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        f = self.form
        self.table = bind(f, "countryTable", QTableView)
        self.search_edit = bind(f, "searchEdit", QLineEdit)
        self.count_label = bind(f, "countLabel", QLabel)
        self.note_label = bind(f, "readOnlyNote", QLabel)
        self.message_label = bind(f, "messageLabel", QLabel)
        self.close_button = bind(f, "closeButton", QPushButton)

        self.model = CountryFlagsModel(ctx, self.editable, self)
        self.delegate = MissionDelegate(self.model, "", self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MISSION, self.delegate)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # Widths from the header texts and the font, never from the rows (ResizeToContents would read
        # every row's data at each layout: 40,000 calls and a third of a second to open).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.model.saved.connect(self._saved)
        self.model.refused.connect(self._refused)
        self.search_edit.textChanged.connect(self._search)
        self.close_button.clicked.connect(self.accept)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setVisible(not self.editable)
        self.count_label.setStyleSheet(MUTED)
        self.retranslate()
        self.table.sortByColumn(NAME_ID if self.language == "id" else NAME_EN, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        self.search_edit.setFocus()

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin, None, header) + 24

        def heading(column: int) -> int:
            return header_metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal)))

        self.table.setColumnWidth(CODE, max(heading(CODE), metrics.horizontalAdvance("WW")) + padding)
        for column in (RELATIONS, ASEAN):
            self.table.setColumnWidth(column, heading(column) + padding)
        for column in (NAME_ID, NAME_EN):
            # Wide enough for most names (the longest ones elide and show whole in the tooltip).
            self.table.setColumnWidth(
                column, max(heading(column) + padding, min(metrics.horizontalAdvance("M" * 17) + 16, 260))
            )

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.countries)
        lang = self.language
        text = (
            self.tr("{count} countries").format(count=format_number(total, lang))
            if shown == total
            else self.tr("{shown} of {count} countries").format(
                shown=format_number(shown, lang), count=format_number(total, lang)
            )
        )
        self.count_label.setText(text)

    def _saved(self, code: str) -> None:
        self.changed = True
        country = self.model.by_code[code]
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setText(self.tr("Saved: {country}.").format(country=f"{self.model.name(country)} ({code})"))
        self.message_label.show()

    def _refused(self, code: str, message: str) -> None:
        country = self.model.by_code.get(code)
        name = f"{self.model.name(country)} ({code})" if country is not None else code
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(self.tr("Not saved: {country}").format(country=name) + "\n" + message)
        self.message_label.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.model.retranslate()
            self.retranslate()
            self._fit_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Countries"))
        self.model.set_headers(
            [
                self.tr("Code"),
                self.tr("Name (Indonesian)"),
                self.tr("Name (English)"),
                self.tr("Diplomatic relations"),
                self.tr("ASEAN member"),
                self.tr("Mission country"),
            ],
            {
                RELATIONS: self.tr("Indonesia has diplomatic relations with the country (KSDPL condition)"),
                ASEAN: self.tr("The country is a member of ASEAN"),
                MISSION: self.tr(
                    "Where the Indonesian mission accredited to the country is, when not in the "
                    "country itself; double-click to choose"
                ),
            },
        )
        self.model.mission_tip_own = self.tr("The Indonesian mission is in the country itself")
        self.delegate.own_text = self.tr("— its own mission —")
        self.note_label.setText(read_only_note(self.ctx))
        self._update_count()
