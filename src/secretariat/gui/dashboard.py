"""The dashboard: what needs doing today, section by section, each item one double-click from its record.

The reminders come from :func:`secretariat.services.dashboard.what_needs_doing`, run on a worker
thread so the window never waits for it; until they arrive the page says, quietly, that it is reading.

- Sections: agreements expiring (not yet expired), agreements past their expiry whose stage was never
  updated (with "Mark as expired…" and "Renew…"), notice overdue, dormant agreements, delegations
  departing with something missing, budget lines over plan. Each section has its own column captions
  (the first row under its heading), shows its count, and folds away; which sections are folded is
  remembered.
- A filter box narrows every section at once (case and accents aside); the counts then read
  "shown of all".
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDateTime, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from secretariat.domain.enums import PermitStatus
from secretariat.domain.labels import label
from secretariat.domain.sorting import name_key
from secretariat.gui.formatting import format_date, format_money, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.next_turn import at_next_turn
from secretariat.gui.widgets.text_fit import fit_placeholder
from secretariat.gui.workers import Job, run_in_background
from secretariat.services.context import ServiceContext
from secretariat.services.dashboard import (
    AgreementItem,
    Dashboard,
    DepartingDelegation,
    DormantAgreement,
    ExpiringAgreement,
    LapsedAgreement,
    NoticeOverdue,
    OverspentLine,
    ReminderThresholds,
    what_needs_doing,
)
from secretariat.services.impact.evaluations import MissingEvaluation

RECORD_ROLE = Qt.ItemDataRole.UserRole  # (kind, id) of the record an item opens
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section key, on a section's heading
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a section's row of column captions
URGENT = QColor("#b71c1c")
WARNING = QColor("#e65100")
MUTED = QColor("#757575")

COLUMN_RECORD, COLUMN_WHO, COLUMN_DATE, COLUMN_DAYS, COLUMN_NEEDED = range(5)
SECTIONS = ("expiring", "lapsed", "notice", "dormant", "departing", "over_plan", "no_subject", "evaluations")
#: The longest the list's building holds the GUI thread at a time (the rest follows in the next turns).
SLICE_S = 0.03
SHOWN_PER_SECTION = 100  # reminders listed per section; the rest are counted and found with the filter
FILTER_DELAY_MS = 150
SETTINGS_COLLAPSED = "dashboard/collapsed"

__all__ = [
    "COLUMN_DAYS",
    "COLUMN_NEEDED",
    "COLUMN_RECORD",
    "SECTIONS",
    "DashboardPage",
]


#: The kind of reminder a section lists.
R = TypeVar("R")


@dataclass(frozen=True)
class _Section(Generic[R]):
    key: str
    title: str
    captions: tuple[str, str, str, str, str]
    reminders: list[R]
    make: Callable[[QTreeWidgetItem, R], QTreeWidgetItem]


class DashboardPage(QWidget):
    """The main window's first page. Emits ``open_record(kind, id)`` when the clerk opens an item."""

    open_record = Signal(str, int)
    #: Emitted after the reminders were read and shown (tests wait for it).
    refreshed = Signal()
    #: A record was changed from the page itself (an agreement marked expired or renewed).
    records_changed = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.thresholds = ReminderThresholds()
        self.today = today or date.today
        self.language = current_language()
        self.board: Dashboard | None = None
        self._build: Generator[str, None, None] | None = None  # the list being shown, a section at a time
        self._job: Job[Dashboard] | None = None
        self._again = False
        self._haystacks: dict[int, str] = {}  # id(reminder) -> its words, folded, for the filter
        # Texts formatted once per showing (many reminders share a date or a number of days).
        self._dates: dict[date, str] = {}
        self._numbers: dict[int, str] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #616161;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("reminderFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(160)
        self.filter_edit.setMaximumWidth(320)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.hint = QLabel(self)
        self.hint.setObjectName("dashboardHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("remindersTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderHidden(True)  # each section carries its own column captions
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.tree.itemExpanded.connect(self._remember_folding)
        self.tree.itemCollapsed.connect(self._remember_folding)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # columns sized from a sample of rows, not all of them
        # Until the first reading arrives: a quiet line where the reminders will be.
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("dashboardPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #9e9e9e;")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self.tree)

        # The selected reminder in full (the table cuts long texts to one line), and its actions.
        self.detail = QLabel(self)
        self.detail.setObjectName("reminderDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mark_expired_button = QPushButton(self)
        self.mark_expired_button.setObjectName("markExpiredButton")
        self.mark_expired_button.clicked.connect(self.mark_expired)
        self.renew_button = QPushButton(self)
        self.renew_button.setObjectName("renewButton")
        self.renew_button.clicked.connect(self.renew)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        second = QHBoxLayout()
        second.addWidget(self.hint, 1)
        second.addWidget(self.filter_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addWidget(self.mark_expired_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.renew_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        add_layout(layout, top)
        add_layout(layout, second)
        layout.addWidget(self.body, 1)
        add_layout(layout, bottom)
        self.retranslate()
        self._update_actions()

    # --- public API ------------------------------------------------------------------------------------

    def set_thresholds(self, thresholds: ReminderThresholds) -> None:
        """Use these reminder thresholds from the next refresh on."""
        self.thresholds = thresholds
        self._show_heading()

    def refresh(self) -> None:
        """Read the reminders again (on a worker thread); ``refreshed`` follows once they are shown."""
        if self._job is not None and not self._job.is_finished:
            self._again = True
            return
        self.status.setText(self.tr("Reading…"))
        self.refresh_button.setEnabled(False)
        ctx, today, thresholds = self.ctx, self.today(), self.thresholds

        def done(board: Dashboard) -> None:
            if isValid(self):
                self._show(board)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._failed(error)

        def ended() -> None:
            if isValid(self):
                self._ended()

        # gui.workers keeps the job alive until its thread has returned and skips callbacks of a
        # page that was closed meanwhile.
        job = run_in_background(
            None, lambda _progress: what_needs_doing(ctx, today, thresholds), on_done=done, on_error=failed
        )
        job.ended.connect(ended)
        self._job = job

    def is_busy(self) -> bool:
        """Whether a refresh is under way (or queued behind one)."""
        return self._job is not None or self._again

    def item_count(self) -> int:
        """How many reminders there are in all (tests and the window's status bar)."""
        return self.board.count if self.board is not None else 0

    def _sections_shown(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i)) is not None]

    @staticmethod
    def _children(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [item for i in range(top.childCount()) if (item := top.child(i)) is not None]

    def section_item(self, section: str) -> QTreeWidgetItem | None:
        """The heading row of a section."""
        self.finish_showing()
        return next((top for top in self._sections_shown() if top.data(COLUMN_RECORD, SECTION_ROLE) == section), None)

    def items_of(self, section: str) -> list[tuple[str, int]]:
        """(kind, id) of the items listed in one section, in display order."""
        top = self.section_item(section)
        if top is None:
            return []
        return [
            (str(data[0]), int(data[1]))
            for data in (item.data(COLUMN_RECORD, RECORD_ROLE) for item in self.rows_of(section))
            if data
        ]

    def rows_of(self, section: str) -> list[QTreeWidgetItem]:
        """The rows of the reminders listed in one section (without captions and notes)."""
        top = self.section_item(section)
        if top is None:
            return []
        return [item for item in self._children(top) if item.data(COLUMN_RECORD, RECORD_ROLE)]

    # --- showing -----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.board is None and self._job is None:
            self.refresh()
        elif getattr(self, "_stale_language", False) and self.board is not None:
            self._stale_language = False  # the language changed while hidden
            self._show(self.board)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            if self.board is not None:
                if self.isVisible():
                    self._show(self.board)
                else:  # rebuilt when shown: a hidden (or closing) page's rows are not touched
                    self._stale_language = True
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the reminders again (F5)"))
        self.hint.setText(self.tr("Double-click an item (or press Enter) to open its record."))
        self.filter_edit.setPlaceholderText(self.tr("Filter reminders…"))
        fit_placeholder(self.filter_edit)
        self.filter_edit.setToolTip(self.tr("Show only the reminders with these words (number, title, partner, …)"))
        self.placeholder.setText(self.tr("Reading what needs doing…"))
        self.mark_expired_button.setText(self.tr("Mark as expired…"))
        self.mark_expired_button.setToolTip(self.tr("Move the selected agreement to the stage “Expired”"))
        self.renew_button.setText(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("Register the renewal of the selected agreement"))
        self._show_heading()

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("What needs doing – {date}").format(date=format_date(self.today(), self.language)))

    def _ended(self) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        from secretariat.domain.errors import UserError
        from secretariat.gui.errors import is_damaged_database, report_exception

        if is_damaged_database(error):  # the window shows the one message about the file, nothing else
            report_exception(self, error)
            return
        text = error.message(self.language) if isinstance(error, UserError) else str(error)
        self.status.setText(self.tr("Could not read the reminders: {error}").format(error=text))

    def _sections(self, board: Dashboard) -> list[_Section[Any]]:
        days = max(board.thresholds.expiry_days)
        agreement, partners = self.tr("Agreement"), self.tr("Partners")
        needed = self.tr("What is needed")
        return [
            _Section(
                "expiring",
                self.tr("Agreements expiring within {days} days").format(days=days),
                (agreement, partners, self.tr("Expires on"), self.tr("Days left"), needed),
                list(board.expiring),
                self._expiring,
            ),
            _Section(
                "lapsed",
                self.tr("Expired, stage not updated"),
                (agreement, partners, self.tr("Expired on"), self.tr("Days ago"), needed),
                list(board.lapsed),
                self._lapsed,
            ),
            _Section(
                "notice",
                self.tr("Past the last date to give notice"),
                (agreement, partners, self.tr("Last day for notice"), self.tr("Days past"), needed),
                list(board.notice_overdue),
                self._notice,
            ),
            _Section(
                "dormant",
                self.tr("Agreements without activity for {months} months").format(
                    months=board.thresholds.dormant_months
                ),
                (agreement, partners, self.tr("Last movement"), self.tr("Days quiet"), needed),
                list(board.dormant),
                self._dormant,
            ),
            _Section(
                "departing",
                self.tr("Delegations departing within {days} days with something missing").format(
                    days=board.thresholds.departing_days
                ),
                (self.tr("Delegation"), self.tr("Country"), self.tr("Departs on"), self.tr("Days left"), needed),
                list(board.departing),
                self._departing,
            ),
            _Section(
                "over_plan",
                self.tr("Budget lines realised over plan"),
                (
                    self.tr("Budget line"),
                    self.tr("Fiscal year"),
                    self.tr("Plan"),
                    self.tr("Realised"),
                    self.tr("Over by"),
                ),
                list(board.over_plan),
                self._over_plan,
            ),
            _Section(
                "no_subject",
                self.tr("Agreements whose text has no subject"),
                (agreement, partners, self.tr("Stage"), "", needed),
                list(board.no_subject),
                self._no_subject,
            ),
            _Section(
                "evaluations",
                self.tr("Yearly evaluations (monev) missing for {year}").format(year=board.today.year - 1),
                (agreement, partners, self.tr("Period ends"), "", needed),
                list(board.evaluations_missing),
                self._evaluation_missing,
            ),
        ]

    def _show(self, board: Dashboard) -> None:
        """Show ``board``: a section at a time, each slice of the GUI thread at most :data:`SLICE_S` long
        (9,646 reminders on the 100,000-partner demo: the window stood still 100-150 ms while the list
        was built in one go); ``refreshed`` follows once every section is there."""
        if self._build is not None:
            self._build.close()  # a newer board or filter: the old build stops (and restores the tree)
        self._build = self._building(board)
        self._continue_build()

    def _continue_build(self) -> None:
        build = self._build
        if build is None:
            return
        deadline = time.perf_counter() + SLICE_S
        for _section in build:
            if time.perf_counter() >= deadline:
                at_next_turn(self, self._continue_build)
                return

    def finish_showing(self) -> None:
        """Build the rest of the list now (a caller that reads the rows at once: the filter, tests)."""
        build = self._build
        if build is not None and inspect.getgeneratorstate(build) != inspect.GEN_RUNNING:
            for _section in build:
                pass

    def _building(self, board: Dashboard) -> Generator[str, None, None]:
        if board is not self.board:
            self._haystacks = {}
        self._dates, self._numbers = {}, {}
        self.board = board
        self._show_heading()
        current = self.tree.currentItem()
        selected = current.data(COLUMN_RECORD, RECORD_ROLE) if current is not None else None
        words = [w for w in (name_key(self.filter_edit.text()) or "").split() if w]
        folded = {str(v) for v in str(QSettings().value(SETTINGS_COLLAPSED, "") or "").split(",") if v}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        self.tree.setUpdatesEnabled(False)
        blocked = self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for section in self._sections(board):
                reminders = [r for r in section.reminders if self._matches(r, words)] if words else section.reminders
                if words:
                    count = self.tr("{shown} of {all}").format(
                        shown=format_number(len(reminders), self.language),
                        all=format_number(len(section.reminders), self.language),
                    )
                else:
                    count = format_number(len(reminders), self.language)
                # Items are made with their parent, so Qt owns them from the start.
                top = QTreeWidgetItem(self.tree, [f"{section.title}  ({count})"])
                top.setData(COLUMN_RECORD, SECTION_ROLE, section.key)
                top.setFont(COLUMN_RECORD, bold)
                top.setFirstColumnSpanned(True)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if reminders:
                    captions = QTreeWidgetItem(top, list(section.captions))
                    captions.setData(COLUMN_RECORD, CAPTION_ROLE, True)
                    captions.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    for column in range(5):
                        captions.setFont(column, italic)
                        captions.setForeground(column, QBrush(MUTED))
                    if section.key == "over_plan":
                        for column in (COLUMN_DATE, COLUMN_DAYS, COLUMN_NEEDED):
                            captions.setTextAlignment(
                                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                            )
                    else:
                        captions.setTextAlignment(
                            COLUMN_DAYS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                for reminder in reminders[:SHOWN_PER_SECTION]:
                    section.make(top, reminder)
                if len(reminders) > SHOWN_PER_SECTION:
                    # The most urgent first; the rest are one filter (or the register's filters) away.
                    self._note(
                        top,
                        self.tr(
                            "… and {count} more (the first {shown} are shown; type in the filter to find others)"
                        ).format(
                            count=format_number(len(reminders) - SHOWN_PER_SECTION, self.language),
                            shown=format_number(SHOWN_PER_SECTION, self.language),
                        ),
                    )
                if not reminders:
                    self._note(top, self.tr("Nothing matches the filter.") if words else self.tr("Nothing to do here."))
                top.setExpanded(section.key not in folded)
                yield section.key
        finally:
            self.tree.blockSignals(blocked)
            self.tree.setUpdatesEnabled(True)
        self.body.setCurrentWidget(self.tree)
        self._select(selected)
        self._size_columns()
        now = QDateTime.currentDateTime().toString("HH:mm")
        self.status.setText(
            self.tr("{count} reminders · read at {time}").format(
                count=format_number(board.count, self.language), time=now
            )
        )
        self._build = None
        self.refreshed.emit()

    def _note(self, parent: QTreeWidgetItem, text: str) -> None:
        note = QTreeWidgetItem(parent, [text])
        note.setForeground(COLUMN_RECORD, QBrush(MUTED))
        note.setFirstColumnSpanned(True)
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)

    # --- filter ------------------------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        if self.board is not None:
            self._show(self.board)

    def set_filter_now(self, text: str) -> None:
        """Type ``text`` in the filter box and filter at once (no typing pause)."""
        self.filter_edit.setText(text)
        self._filter_timer.stop()
        self._apply_filter()
        self.finish_showing()

    def _matches(self, reminder: object, words: list[str]) -> bool:
        key = id(reminder)
        haystack = self._haystacks.get(key)
        if haystack is None:
            haystack = self._haystacks[key] = name_key(" ".join(self._words_of(reminder))) or ""
        return all(word in haystack for word in words)

    def _words_of(self, reminder: object) -> list[str]:
        agreement: AgreementItem | None = getattr(reminder, "agreement", None)
        if agreement is not None:
            return [
                agreement.number or "",
                agreement.title_id,
                agreement.title_en,
                *agreement.partners,
                agreement.stage_name_id,
                agreement.stage_name_en,
            ]
        if isinstance(reminder, DepartingDelegation):
            return [
                reminder.code,
                reminder.purpose,
                reminder.country_name_id,
                reminder.country_name_en,
                *(p.name for p in reminder.permits_missing),
                *(p.member_name for p in reminder.passports_short),
            ]
        if isinstance(reminder, AgreementItem):  # an agreement without a subject
            return [
                reminder.number or "",
                reminder.title_id,
                reminder.title_en,
                *reminder.partners,
                reminder.stage_name_id,
                reminder.stage_name_en,
            ]
        if isinstance(reminder, OverspentLine):
            return [str(reminder.fiscal_year), reminder.account_code, reminder.description]
        return []

    # --- folding -----------------------------------------------------------------------------------------

    def _remember_folding(self, item: QTreeWidgetItem) -> None:
        if item.parent() is not None:
            return
        folded = [str(top.data(COLUMN_RECORD, SECTION_ROLE)) for top in self._sections_shown() if not top.isExpanded()]
        QSettings().setValue(SETTINGS_COLLAPSED, ",".join(folded))

    # --- selection ---------------------------------------------------------------------------------------

    def _select(self, wanted: object) -> None:
        """Select the reminder selected before (or the first one) so that its details show below."""
        first: QTreeWidgetItem | None = None
        for top in self._sections_shown():
            for item in self._children(top):
                data = item.data(COLUMN_RECORD, RECORD_ROLE)
                if not data:
                    continue
                if data == wanted:
                    self.tree.setCurrentItem(item)
                    return
                if first is None and top.isExpanded():
                    first = item
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self._show_detail(None)

    def _size_columns(self) -> None:
        """Dates and numbers as wide as they are; the record and who take their share of the rest, so
        that "what is needed" keeps room at any window width (it shows in full below when selected)."""
        header = self.tree.header()
        for column in range(COLUMN_NEEDED):
            self.tree.resizeColumnToContents(column)
        room = self.tree.viewport().width() - header.sectionSize(COLUMN_DATE) - header.sectionSize(COLUMN_DAYS)
        record = min(header.sectionSize(COLUMN_RECORD), max(int(room * 0.38), 160))
        who = min(header.sectionSize(COLUMN_WHO), max(int(room * 0.22), 100))
        header.resizeSection(COLUMN_RECORD, record)
        header.resizeSection(COLUMN_WHO, who)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.board is not None:
            self._size_columns()

    # --- one item per reminder ----------------------------------------------------------------------------

    def _date(self, value: date) -> str:
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = format_date(value, self.language, short=True)
        return text

    def _number(self, value: int) -> str:
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = format_number(value, self.language)
        return text

    def _item(
        self, parent: QTreeWidgetItem, kind: str, record_id: int, cells: list[str], needed_tooltip: str = ""
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, cells)
        item.setData(COLUMN_RECORD, RECORD_ROLE, (kind, record_id))
        item.setTextAlignment(COLUMN_DAYS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The long texts in full on hovering (the selected one also shows below the list).
        item.setToolTip(COLUMN_RECORD, cells[COLUMN_RECORD])
        item.setToolTip(COLUMN_WHO, cells[COLUMN_WHO])
        item.setToolTip(COLUMN_NEEDED, needed_tooltip or cells[COLUMN_NEEDED])
        return item

    def _agreement_cells(self, agreement: AgreementItem) -> list[str]:
        title = agreement.title(self.language)
        record = f"{agreement.number} – {title}" if agreement.number else title
        return [record, ", ".join(agreement.partners)]

    def _agreement_row(
        self, parent: QTreeWidgetItem, agreement: AgreementItem, on: date, days: int, needed: str
    ) -> QTreeWidgetItem:
        """A reminder about an agreement: the day it concerns, how many days, and what to do."""
        cells = [*self._agreement_cells(agreement), self._date(on), self._number(days), needed]
        return self._item(parent, "agreement", agreement.agreement_id, cells)

    @staticmethod
    def _colour(item: QTreeWidgetItem, days: int, urgent_within: int = 30) -> None:
        if days < 0 or days <= urgent_within:
            item.setForeground(COLUMN_DAYS, QBrush(URGENT if days <= urgent_within // 3 or days < 0 else WARNING))

    def _expiring(self, parent: QTreeWidgetItem, x: ExpiringAgreement) -> QTreeWidgetItem:
        if x.days_left == 0:
            needed = self.tr("Expires today: decide on renewal.")
        else:
            needed = self.tr("Expires within {days} days: decide on renewal.").format(days=x.within_days)
        if x.expiry_computed:
            needed += " " + self.tr("(Expiry computed from the term.)")
        item = self._agreement_row(parent, x.agreement, x.expires_on, x.days_left, needed)
        self._colour(item, x.days_left)
        return item

    def _lapsed(self, parent: QTreeWidgetItem, x: LapsedAgreement) -> QTreeWidgetItem:
        lang = self.language
        stage = x.agreement.stage_name_id if lang == "id" else x.agreement.stage_name_en
        needed = self.tr("Still at the stage “{stage}”: mark it expired, or renew it.").format(stage=stage)
        if x.expiry_computed:
            needed += " " + self.tr("(Expiry computed from the term.)")
        item = self._agreement_row(parent, x.agreement, x.expires_on, x.days_past, needed)
        item.setForeground(COLUMN_DAYS, QBrush(URGENT))
        return item

    def _notice(self, parent: QTreeWidgetItem, x: NoticeOverdue) -> QTreeWidgetItem:
        needed = self.tr("Give notice or agree on renewal now ({months} months' notice); expires {expiry}.").format(
            months=x.notice_months, expiry=self._date(x.expires_on)
        )
        item = self._agreement_row(parent, x.agreement, x.last_notice_on, x.days_past_notice, needed)
        item.setForeground(COLUMN_DAYS, QBrush(URGENT))
        return item

    def _no_subject(self, parent: QTreeWidgetItem, x: AgreementItem) -> QTreeWidgetItem:
        needed = self.tr(
            "Fill in the subject in Indonesian and English: the title of its text says it after “TENTANG” / “ON”."
        )
        stage = x.stage_name_id if self.language == "id" else x.stage_name_en
        return self._item(parent, "agreement", x.agreement_id, [*self._agreement_cells(x), stage, "", needed])

    def _dormant(self, parent: QTreeWidgetItem, x: DormantAgreement) -> QTreeWidgetItem:
        lang = self.language
        months = x.quiet_days * 12 // 365
        if x.last_movement is None or x.last_movement < x.since:
            needed = self.tr("Nothing recorded since it took effect ({date}): plan an activity or review it.").format(
                date=format_date(x.since, lang)
            )
        else:
            needed = self.tr("No activity, visit or spending for {months} months: plan one or review it.").format(
                months=format_number(months, lang)
            )
        last = self._date(x.last_movement) if x.last_movement else "—"
        return self._item(
            parent,
            "agreement",
            x.agreement.agreement_id,
            [*self._agreement_cells(x.agreement), last, self._number(x.quiet_days), needed],
        )

    def _evaluation_missing(self, parent: QTreeWidgetItem, x: MissingEvaluation) -> QTreeWidgetItem:
        agreement = x.agreement
        title = agreement.title_id if self.language == "id" else agreement.title_en
        needed = self.tr("Record the evaluation of {year} (four criteria, recommendation).").format(year=x.year)
        return self._item(
            parent,
            "agreement",
            agreement.agreement_id,
            [
                f"{agreement.number} – {title}" if agreement.number else title,
                ", ".join(agreement.partners),
                self._date(date(x.year, 12, 31)),
                "",
                needed,
            ],
        )

    def _departing(self, parent: QTreeWidgetItem, x: DepartingDelegation) -> QTreeWidgetItem:
        lang = self.language
        country = x.country_name_id if lang == "id" else x.country_name_en
        parts: list[str] = []
        if x.permits_missing:
            permits = ", ".join(
                f"{p.name} ({label(PermitStatus(p.status), 'id' if lang == 'id' else 'en')})" for p in x.permits_missing
            )
            parts.append(self.tr("Permits: {list}").format(list=permits))
        if x.passports_short:
            people = ", ".join(
                self.tr("{name} (valid until {date})").format(
                    name=p.member_name, date=format_date(p.passport_expiry, lang, short=True)
                )
                if p.passport_expiry
                else self.tr("{name} (no passport recorded)").format(name=p.member_name)
                for p in x.passports_short
            )
            parts.append(
                self.tr("Passports to renew (valid until {date} needed): {list}").format(
                    date=format_date(x.passports_short[0].valid_until_needed, lang, short=True), list=people
                )
            )
        parts.extend(message_id if lang == "id" else message_en for message_id, message_en in x.other_checks)
        needed = "; ".join(parts)
        item = self._item(
            parent,
            "delegation",
            x.delegation_id,
            [
                f"{x.code} – {x.purpose}",
                country,
                self._date(x.start_on),
                self._number(x.days_left),
                needed,
            ],
            needed_tooltip="\n".join(parts),
        )
        self._colour(item, x.days_left, urgent_within=10)
        return item

    def _over_plan(self, parent: QTreeWidgetItem, x: OverspentLine) -> QTreeWidgetItem:
        lang = self.language
        over = format_money(x.over_idr, "IDR", lang)
        item = self._item(
            parent,
            "budget_line",
            x.budget_line_id,
            [
                f"{x.account_code} – {x.description}",
                str(x.fiscal_year),
                format_money(x.planned_idr, "IDR", lang),
                format_money(x.realised_idr, "IDR", lang),
                over,
            ],
            needed_tooltip=self.tr("Realised {over} more than planned.").format(over=over),
        )
        for column in (COLUMN_DATE, COLUMN_DAYS, COLUMN_NEEDED):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(COLUMN_NEEDED, QBrush(URGENT))
        return item

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None or not item.data(COLUMN_RECORD, RECORD_ROLE):
            self.detail.clear()
        else:
            self.detail.setText(f"{item.text(COLUMN_RECORD)}\n{item.toolTip(COLUMN_NEEDED)}")
        self._update_actions()

    # --- opening and acting --------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(COLUMN_RECORD, RECORD_ROLE)
        if data:
            self.open_record.emit(str(data[0]), int(data[1]))

    def selected_lapsed(self) -> int | None:
        """The agreement of the selected reminder when it is in the "expired, stage not updated" group."""
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None or parent.data(COLUMN_RECORD, SECTION_ROLE) != "lapsed":
            return None
        data = item.data(COLUMN_RECORD, RECORD_ROLE)
        return int(data[1]) if data else None

    def _update_actions(self) -> None:
        lapsed = self.selected_lapsed() is not None
        self.mark_expired_button.setVisible(lapsed)
        self.renew_button.setVisible(lapsed)

    def _lapsed_reminder(self, agreement_id: int) -> LapsedAgreement | None:
        lapsed = self.board.lapsed if self.board is not None else []
        return next((x for x in lapsed if x.agreement.agreement_id == agreement_id), None)

    def mark_expired(self) -> None:
        """Move the selected lapsed agreement to the stage "expired" (the stage dialog, preset), then refresh."""
        agreement_id = self.selected_lapsed()
        if agreement_id is None:
            return
        from secretariat.gui.agreements.stage_dialog import StageDialog
        from secretariat.gui.widgets.fields import set_combo_value, to_qdate
        from secretariat.services.agreements import records as agreements

        reminder = self._lapsed_reminder(agreement_id)
        dialog = StageDialog(self.ctx, agreement_id, self, agreement=agreements.get_agreement(self.ctx, agreement_id))
        try:
            set_combo_value(dialog.target, "expired")
            if reminder is not None:
                dialog.on.setDate(to_qdate(reminder.expires_on))
            dialog.mark_clean()
            dialog.exec()
            if dialog.saved_anything:
                self.records_changed.emit()
                self.refresh()
        finally:
            dialog.deleteLater()

    def renew(self) -> None:
        """Register the renewal of the selected lapsed agreement (when from, for how long), then refresh."""
        agreement_id = self.selected_lapsed()
        if agreement_id is None:
            return
        from PySide6.QtWidgets import QDialog

        from secretariat.domain.errors import UserError
        from secretariat.gui.agreements.family import RenewDialog
        from secretariat.gui.widgets.prompts import confirm, warn
        from secretariat.services.agreements import records as agreements
        from secretariat.services.agreements import renewals

        view = agreements.get_agreement(self.ctx, agreement_id)
        dialog = RenewDialog(view, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            try:
                new_id = renewals.renew_agreement(self.ctx, agreement_id, *dialog.values())
            except UserError as error:
                warn(self, self.tr("Renew"), error.message(self.language))
                return
        finally:
            dialog.deleteLater()
        self.records_changed.emit()
        self.refresh()
        if confirm(
            self,
            self.tr("Renew"),
            self.tr("The renewal is registered at the first stage. Open it now?"),
            self.tr("Open"),
        ):
            self.open_record.emit("agreement", new_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
