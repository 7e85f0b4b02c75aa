"""One register on screen: title, search-as-you-type, filters, the lazy table, and the row count."""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.gui.errors import report_exception
from secretariat.gui.formatting import format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.registers.column_widths import (
    READABLE_TEXT_WIDTH,
    content_width,
    keeps_whole,
    size_to_content,
)
from secretariat.gui.registers.filters import FILTERS, FilterCombo, FilterText, make_filter_widget
from secretariat.gui.registers.list_actions import attach_list_actions
from secretariat.gui.registers.model import RECORD_ID_ROLE, RegisterModel
from secretariat.gui.widgets.flow_layout import FlowLayout
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.services.context import ServiceContext
from secretariat.services.registers import SEARCH_LIMITS, RegisterQuery, SearchLimits, search_limits

log = logging.getLogger(__name__)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

SEARCH_DELAY_MS = 150
BUSY_DELAY_MS = 150
#: From this many records on, a one-letter search waits for the second letter.
LARGE_REGISTER = 10_000

#: The record kind the editors open for each register.
EDITOR_KINDS: dict[str, str] = {
    "partners": "partner",
    "agreements": "agreement",
    "delegations": "delegation",
    "budget": "budget_line",
    "officials": "official",
    "per_diem_rates": "per_diem_rate",
    "documents": "document",
}

# Columns shown at first (the clerk may show the others from the header's menu). "{lang}" becomes
# "id" or "en": of each pair of Indonesian/English columns only the interface language's is shown.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "partners": ("code", "name", "kind", "country_name_{lang}", "city", "status", "agreements"),
    "agreements": (
        "number",
        "title_{lang}",
        "instrument",
        "stage_name_{lang}",
        "partner_names",
        "country_name_{lang}",
        "signed_on",
        "expires_on",
    ),
    "delegations": ("code", "direction", "purpose", "country_name_{lang}", "start_on", "end_on", "status", "members"),
    "budget": (
        "fiscal_year",
        "side",
        "account_code",
        "description",
        "planned",
        "realised",
        "remaining",
        "received",
        "agreement",
    ),
    "officials": ("name", "nip", "position", "unit", "grade", "passport_type", "passport_expiry", "active"),
    "per_diem_rates": ("country_name_{lang}", "grade", "amount", "valid_from", "source"),
    "documents": ("file_name", "kind", "record_type_{lang}", "record", "version", "added_on", "added_by", "size"),
}

_WIDTHS_BY_KIND = {"date": 125, "money": 140, "number": 90, "enum": 150, "text": 150}
_WIDTHS_BY_KEY = {
    "name": 260,
    "title_id": 320,
    "title_en": 320,
    "purpose": 280,
    "description": 280,
    "partner_names": 220,
    "code": 100,
    "number": 140,
    "country": 90,
    "grade": 110,
    "fiscal_year": 100,
    "account_code": 160,
    "source": 240,
    "active": 70,
    "members": 80,
    "agreements": 90,
    "nip": 160,
    "kind": 180,
    "status": 120,
    "instrument": 200,
    "stage_name_id": 200,
    "stage_name_en": 200,
    "file_name": 260,
    "record": 300,
    "sha256": 200,
}
MIN_COLUMN_WIDTH = 60
#: The widest amount a money column must show whole ("-Rp 9.999.999.999.999").
MONEY_SAMPLE = "-Rp 9.999.999.999.999"

__all__ = ["DEFAULT_COLUMNS", "EDITOR_KINDS", "RegisterPage"]


def _pair(key: str) -> str | None:
    """The other-language twin of a bilingual column key ("title_en" <-> "title_id")."""
    if key.endswith("_en"):
        return key[:-3] + "_id"
    if key.endswith("_id") and not key.endswith("partner_id"):
        return key[:-3] + "_en"
    return None


class _RegisterTable(QTableView):
    """The table: Enter or a double-click asks to open the row (single clicks only select, everywhere)."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    """A register: search box, filter boxes, New button, the table, and what is listed."""

    #: The number of rows listed (for the status bar).
    count_changed = Signal(int)
    #: Something was saved or deleted here: other pages (the dashboard) may want to refresh.
    data_changed = Signal()
    #: Ctrl+C on the rows, set by ``attach_list_actions``.
    copy_shortcut: QShortcut

    def __init__(self, ctx: ServiceContext, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"register_{register}")
        self.ctx = ctx
        self.register = register
        self.editor_kind = EDITOR_KINDS[register]
        self.model = RegisterModel(ctx, register, self)
        self._started = False
        self._fit_columns_pending = False
        self._content_widths: dict[int, int] = {}  # what each column's rows need, measured once per set of rows
        self._reselect: int | None = None
        self._register_size = 0  # rows without search or filters, as last seen
        self._search_too_short = False
        self._search_too_long = False
        self._limits: SearchLimits | None = None  # the office's longest search, read when the page starts

        self.title_label = QLabel(self)
        self.title_label.setObjectName("registerTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_edit.setMaximumWidth(380)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_edit.returnPressed.connect(self._go_to_table)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_record)

        self.filter_widgets: dict[str, FilterCombo | FilterText] = {}
        filter_row = FlowLayout(spacing=6)  # wraps onto a second line in a narrow window, cutting nothing
        for spec in FILTERS[register]:
            widget = make_filter_widget(spec, ctx, self)
            widget.value_changed.connect(self._filter_changed)
            self.filter_widgets[spec.key] = widget
            filter_row.addWidget(widget)
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.setVisible(False)
        filter_row.addWidget(self.clear_filters_button)

        top_row = QHBoxLayout()
        top_row.addWidget(self.title_label)
        top_row.addStretch(1)
        top_row.addWidget(self.search_edit)
        top_row.addWidget(self.new_button)

        self.table = _RegisterTable(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # rows to copy
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName("registerHeader")
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.open_requested.connect(self._open_index)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelLoadingButton")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.model.cancel_loading)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.busy_bar)
        footer.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        add_layout(layout, top_row)
        add_layout(layout, filter_row)
        layout.addWidget(self.table, 1)
        add_layout(layout, footer)
        self.new_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.model.count_changed.connect(self._count_changed)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.query_failed.connect(lambda exc: report_exception(self, exc))
        self.model.modelReset.connect(self._after_reset)
        self._restore_columns()
        self.table.setSortingEnabled(True)
        attach_list_actions(self)  # context menu on the rows, Ctrl+C copies them
        self.retranslate()

    # --- life cycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Run the first query (pages are created hidden; the window starts it when shown)."""
        if not self._started:
            self._started = True
            self.model.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._fit_columns_pending:
            self._fit_columns_pending = False
            QTimer.singleShot(0, self, self.fit_columns)
        self.start()

    def refresh(self) -> None:
        """Query again (F5, or after an edit), keeping the selected record selected."""
        self._reselect = self.current_id()
        self.model.reload()

    # --- searching and filtering ----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_limits(self) -> SearchLimits:
        if self._limits is None:
            try:
                self._limits = search_limits(self.ctx)
            except Exception:
                log.warning("the search limits could not be read; using the defaults", exc_info=True)
                return SEARCH_LIMITS
            self.search_edit.setMaxLength(self._limits.characters)
        return self._limits

    def _apply_search(self) -> None:
        # Control characters a paste may bring (tabs, NUL...) separate words like spaces.
        text = " ".join(_CONTROL.sub(" ", self.search_edit.text()).split())
        limits = self._search_limits()
        self._search_too_short = 0 < len(text) < 2 and self._register_size > LARGE_REGISTER
        # More words than the office allows: say so instead of searching (nothing is sent).
        self._search_too_long = len(text) > limits.characters or len(text.split()) > limits.words
        if self._search_too_long:
            self._update_count_label()
            return
        # One letter on a big register would list a third of it: wait for the second letter.
        self.model.set_search("" if self._search_too_short else text)
        self._update_count_label()

    def set_search_now(self, text: str) -> None:
        """Type ``text`` and search at once (no debounce)."""
        self.search_edit.setText(text)
        self._search_timer.stop()
        self._apply_search()

    def _filter_changed(self, key: str, value: Any) -> None:
        self.model.set_filter(key, value)
        self.clear_filters_button.setVisible(bool(self.model.query.filters))

    def set_filter(self, key: str, value: Any) -> None:
        """Choose a filter value as the clerk would (also moves the combo box)."""
        self.filter_widgets[key].set_value(value)

    def clear_filters(self) -> None:
        for widget in self.filter_widgets.values():
            blocked = widget.blockSignals(True)
            widget.set_value(None)
            widget.blockSignals(blocked)
        self.model.set_filters({})
        self.clear_filters_button.setVisible(False)

    def _go_to_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self._search_timer.stop()
        self._apply_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # --- records ----------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return int(self.model.data(index, RECORD_ID_ROLE))

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(int(self.model.data(index, RECORD_ID_ROLE)))

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def open_record(self, record_id: int) -> None:
        from secretariat.gui.record_editors import open_editor

        if open_editor(self.editor_kind, record_id, self.ctx, self):
            self._reselect = record_id
            self.model.reload()
            self.data_changed.emit()

    def new_record(self) -> None:
        from secretariat.gui.record_editors import open_editor

        if open_editor(self.editor_kind, None, self.ctx, self):
            self.model.reload()
            self.data_changed.emit()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        from secretariat.gui.record_editors import delete_record

        row = self.model.row_of(record_id)
        if delete_record(self.editor_kind, record_id, self.ctx, self):
            if row is not None and row + 1 < self.model.rowCount():
                self._reselect = self.model.record_id(row + 1)
            elif row:
                self._reselect = self.model.record_id(row - 1)
            self.model.reload()
            self.data_changed.emit()

    def _after_reset(self) -> None:
        self._content_widths = {}  # measured again for the new rows when needed
        if getattr(self, "_size_to_content_pending", False) and self.model.rowCount() > 0:
            self._size_to_content_pending = False
            shown = self.visible_columns()
            self._content_widths = size_to_content(
                self.table, list(self.model.columns), shown, {n: self._header_width(n) for n in shown}
            )
            self.fit_columns()
        if self._reselect is not None:
            self.select_id(self._reselect)
            self._reselect = None

    # --- busy indicator and count ---------------------------------------------------------------

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.setVisible(False)
            self.cancel_button.setVisible(False)

    def _show_busy(self) -> None:
        if self.model.is_loading:
            self.busy_bar.setVisible(True)
            self.cancel_button.setVisible(True)

    def _count_changed(self, count: int) -> None:
        self._update_count_label()
        self.count_changed.emit(count)

    def _update_count_label(self) -> None:
        count = self.model.rowCount()
        query = self.model.query
        if not query.search and not query.filters and self.model.loaded_once and not self.model.is_loading:
            self._register_size = count
        if self._search_too_long:
            limits = self._search_limits()
            self.count_label.setText(
                self.tr("Search too long: at most %1 words and %2 characters")
                .replace("%1", format_number(limits.words, current_language()))
                .replace("%2", format_number(limits.characters, current_language()))
            )
        elif self._search_too_short:
            self.count_label.setText(
                self.tr("%1 in all; type at least two letters to search").replace(
                    "%1", format_number(count, current_language())
                )
            )
        elif not self.model.loaded_once:
            self.count_label.setText(self.tr("Loading…"))
        elif self.model.query.search or self.model.query.filters:
            self.count_label.setText(self.tr("%1 found").replace("%1", format_number(count, current_language())))
        else:
            self.count_label.setText(self.tr("%1 in all").replace("%1", format_number(count, current_language())))

    # --- columns ----------------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"registers/{self.register}"

    def _column_signature(self) -> str:
        return ",".join(column.key for column in self.model.columns)

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        settings = QSettings()
        state = settings.value(f"{self._settings_key()}/header")
        signature = settings.value(f"{self._settings_key()}/columns")
        if isinstance(state, QByteArray) and signature == self._column_signature() and header.restoreState(state):
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.columns) and self.model.columns[section].sortable:
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                self.model.preset_query(RegisterQuery(sort=self.model.columns[section].key, descending=descending))
            else:
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        wanted = {key.replace("{lang}", current_language()) for key in DEFAULT_COLUMNS[self.register]}
        order = [key.replace("{lang}", current_language()) for key in DEFAULT_COLUMNS[self.register]]
        for number, column in enumerate(self.model.columns):
            header.setSectionHidden(number, column.key not in wanted)
            preset = _WIDTHS_BY_KEY.get(column.key, _WIDTHS_BY_KIND.get(column.kind, 160))
            header.resizeSection(number, max(preset, self._header_width(number), self._content_floor(number)))
        for position, key in enumerate(order):
            header.moveSection(header.visualIndex(self.model.column_index(key)), position)
        self._fit_columns_pending = True
        self._size_to_content_pending = True  # once rows are there: columns as wide as what they hold

    def _header_width(self, number: int) -> int:
        """The width a column's header text needs (with the sort arrow's room)."""
        title = str(self.model.headerData(number, Qt.Orientation.Horizontal) or "")
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 28

    def _content_floor(self, number: int) -> int:
        """The width a column keeps whatever the window: amounts up to a trillion rupiah are never clipped."""
        if self.model.columns[number].kind != "money":
            return 0
        return self.table.fontMetrics().horizontalAdvance(MONEY_SAMPLE) + 16

    def _measured_width(self, number: int) -> int:
        """What column ``number``'s rows need, measured once per set of rows (a resize does not measure)."""
        if number not in self._content_widths:
            self._content_widths[number] = content_width(self.table, number)
        return self._content_widths[number]

    def fit_columns(self) -> None:
        """Narrow the shown columns when together they are wider than the table: each gives up room in
        proportion to what it has beyond the width its header needs (so no header is cut)."""
        header = self.table.horizontalHeader()
        scrollbar = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
        available = self.table.width() - 2 * self.table.frameWidth() - scrollbar
        shown = self.visible_columns()
        sizes = {number: header.sectionSize(number) for number in shown}
        excess = sum(sizes.values()) - available
        if available <= 0 or excess <= 0:
            return
        floors = {
            number: max(MIN_COLUMN_WIDTH, self._header_width(number), self._content_floor(number)) for number in shown
        }
        for number in shown:  # amounts, dates and codes are never cut; a text keeps a readable width
            needed = self._measured_width(number)
            if not keeps_whole(self.model.columns[number]):
                needed = min(needed, READABLE_TEXT_WIDTH)
            floors[number] = max(floors[number], needed)
        slack = {number: max(0, sizes[number] - floors[number]) for number in shown}
        room = sum(slack.values())
        if room <= 0:
            return
        share = min(1.0, excess / room)
        for number in shown:
            header.resizeSection(number, sizes[number] - int(slack[number] * share + 0.999))

    def save_columns(self) -> None:
        settings = QSettings()
        settings.setValue(f"{self._settings_key()}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self._settings_key()}/columns", self._column_signature())

    def _header_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for number in range(len(self.model.columns)):
            action = QAction(self.model.headerData(number, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: self.set_column_visible(n, shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    def set_column_visible(self, number: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(number, not shown)

    def visible_columns(self) -> list[int]:
        """Logical column numbers in the order they are shown."""
        header = self.table.horizontalHeader()
        return [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]

    def _follow_language(self) -> None:
        """Show the interface language's twin of each bilingual column shown (title_en -> title_id)."""
        header = self.table.horizontalHeader()
        language = current_language()
        keys = {column.key: number for number, column in enumerate(self.model.columns)}
        for key, number in keys.items():
            twin = _pair(key)
            if twin is None or twin not in keys or not key.endswith(f"_{language}"):
                continue
            other = keys[twin]
            if header.isSectionHidden(number) and not header.isSectionHidden(other):
                header.setSectionHidden(number, False)
                header.resizeSection(number, header.sectionSize(other))
                header.moveSection(header.visualIndex(number), header.visualIndex(other))
                header.setSectionHidden(other, True)

    # --- language ---------------------------------------------------------------------------------

    def register_title(self) -> str:
        titles = {
            "partners": self.tr("Partners"),
            "agreements": self.tr("Agreements"),
            "delegations": self.tr("Delegations"),
            "budget": self.tr("Budget"),
            "officials": self.tr("Officials"),
            "per_diem_rates": self.tr("Per-diem rates"),
            "documents": self.tr("Documents"),
        }
        return titles[self.register]

    def retranslate(self) -> None:
        self.title_label.setText(self.register_title())
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setToolTip(
            self.tr("Type words to search; every word must match the start of a word. Ctrl+F comes back here.")
        )
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add a new record to this register (Ctrl+N)"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.cancel_button.setText(self.tr("Cancel"))
        for widget in self.filter_widgets.values():
            widget.fill()
        self.model.retranslate()
        self._follow_language()
        self._update_count_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
