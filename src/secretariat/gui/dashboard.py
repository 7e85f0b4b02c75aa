"""The dashboard: what needs doing today, section by section, each item one double-click from its record.

The reminders come from :func:`secretariat.services.dashboard.what_needs_doing`,
run on a worker thread (it takes about 15 ms on the demo database, more on a
large register) so the window never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from secretariat.domain.enums import PermitStatus
from secretariat.domain.labels import label
from secretariat.gui.formatting import format_date, format_money, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.workers import Job, run_in_background
from secretariat.services.context import ServiceContext
from secretariat.services.dashboard import (
    AgreementItem,
    Dashboard,
    DepartingDelegation,
    DormantAgreement,
    ExpiringAgreement,
    NoticeOverdue,
    OverspentLine,
    ReminderThresholds,
    what_needs_doing,
)
from secretariat.services.impact.evaluations import MissingEvaluation

RECORD_ROLE = Qt.ItemDataRole.UserRole  # (kind, id) of the record an item opens
URGENT = QColor("#b71c1c")
WARNING = QColor("#e65100")
MUTED = QColor("#757575")

COLUMN_RECORD, COLUMN_WHO, COLUMN_DATE, COLUMN_DAYS, COLUMN_NEEDED = range(5)
SECTIONS = ("expiring", "notice", "dormant", "departing", "over_plan", "no_subject", "evaluations")
SHOWN_PER_SECTION = 200  # reminders listed per section; the rest are counted (a big register stays responsive)


class DashboardPage(QWidget):
    """The main window's first page. Emits ``open_record(kind, id)`` when the clerk opens an item."""

    open_record = Signal(str, int)
    #: Emitted after the reminders were read and shown (tests wait for it).
    refreshed = Signal()

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
        self._job: Job[Dashboard] | None = None
        self._again = False

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #616161;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.hint = QLabel(self)
        self.hint.setObjectName("dashboardHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("remindersTree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._show_detail)
        # The selected reminder in full (the table cuts long texts to one line).
        self.detail = QLabel(self)
        self.detail.setObjectName("reminderDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.retranslate()

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
        """How many reminders are listed (tests and the window's status bar)."""
        return self.board.count if self.board is not None else 0

    def items_of(self, section: str) -> list[tuple[str, int]]:
        """(kind, id) of the items listed in one section, in display order."""
        top = self.tree.topLevelItem(SECTIONS.index(section))
        if top is None:
            return []
        found = []
        for i in range(top.childCount()):
            data = top.child(i).data(COLUMN_RECORD, RECORD_ROLE)
            if data:
                found.append((str(data[0]), int(data[1])))
        return found

    # --- showing -----------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt's name
        super().showEvent(event)
        if self.board is None and self._job is None:
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: ANN001 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            if self.board is not None:
                self._show(self.board)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the reminders again (F5)"))
        self.hint.setText(self.tr("Double-click an item (or press Enter) to open its record."))
        self.tree.setHeaderLabels(
            [
                self.tr("Number and title"),
                self.tr("Partner / country"),
                self.tr("Date"),
                self.tr("Days left"),
                self.tr("What is needed"),
            ]
        )
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

    def _show(self, board: Dashboard) -> None:
        self.board = board
        self._show_heading()
        expanded = {i: self.tree.topLevelItem(i).isExpanded() for i in range(self.tree.topLevelItemCount())}
        current = self.tree.currentItem()
        selected = current.data(COLUMN_RECORD, RECORD_ROLE) if current is not None else None
        self.tree.clear()
        days = max(board.thresholds.expiry_days)
        sections: list[tuple[str, list[object], Callable[[QTreeWidgetItem, object], QTreeWidgetItem]]] = [
            (
                self.tr("Agreements expiring (within {days} days)").format(days=days),
                list(board.expiring),
                self._expiring,
            ),  # type: ignore[list-item]
            (self.tr("Past the last date to give notice"), list(board.notice_overdue), self._notice),
            (
                self.tr("Dormant agreements (nothing for {months} months)").format(
                    months=board.thresholds.dormant_months
                ),
                list(board.dormant),
                self._dormant,
            ),
            (
                self.tr("Delegations departing ≤ {days} days: permits/passports").format(
                    days=board.thresholds.departing_days
                ),
                list(board.departing),
                self._departing,
            ),
            (self.tr("Budget lines over plan"), list(board.over_plan), self._over_plan),
            (self.tr("Agreements whose text has no subject"), list(board.no_subject), self._no_subject),
            (
                self.tr("Yearly evaluations (monev) missing for {year}").format(year=board.today.year - 1),
                list(board.evaluations_missing),
                self._evaluation_missing,
            ),
        ]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for index, (title, reminders, make_item) in enumerate(sections):
            # Items are made with their parent, so Qt owns them from the start.
            top = QTreeWidgetItem(self.tree, [f"{title}  ({len(reminders)})"])
            top.setFont(COLUMN_RECORD, bold)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for reminder in reminders[:SHOWN_PER_SECTION]:
                make_item(top, reminder)
            if len(reminders) > SHOWN_PER_SECTION:
                # The most urgent first; a list this long is for the register's filters, not a dashboard.
                more = QTreeWidgetItem(
                    top,
                    [
                        self.tr("… and {count} more (the first {shown} are shown)").format(
                            count=format_number(len(reminders) - SHOWN_PER_SECTION, self.language),
                            shown=format_number(SHOWN_PER_SECTION, self.language),
                        )
                    ],
                )
                more.setForeground(COLUMN_RECORD, QBrush(MUTED))
                more.setFirstColumnSpanned(True)
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if not reminders:
                empty = QTreeWidgetItem(top, [self.tr("Nothing to do here.")])
                empty.setForeground(COLUMN_RECORD, QBrush(MUTED))
                empty.setFirstColumnSpanned(True)
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setExpanded(expanded.get(index, True))
        self._select(selected)
        self._size_columns()
        now = QDateTime.currentDateTime().toString("HH:mm")
        self.status.setText(
            self.tr("{count} reminders · read at {time}").format(
                count=format_number(board.count, self.language), time=now
            )
        )
        self.refreshed.emit()

    def _select(self, wanted: object) -> None:
        """Select the reminder selected before (or the first one) so that its details show below."""
        first: QTreeWidgetItem | None = None
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                data = item.data(COLUMN_RECORD, RECORD_ROLE)
                if not data:
                    continue
                if data == wanted:
                    self.tree.setCurrentItem(item)
                    return
                first = first or item
        if first is not None:
            self.tree.setCurrentItem(first)

    def _size_columns(self) -> None:
        header = self.tree.header()
        metrics = self.tree.fontMetrics()
        for column in (COLUMN_RECORD, COLUMN_WHO, COLUMN_DATE, COLUMN_DAYS):
            self.tree.resizeColumnToContents(column)
        # a long title must not push the reasons out of sight
        header.resizeSection(COLUMN_RECORD, min(header.sectionSize(COLUMN_RECORD), metrics.averageCharWidth() * 60))
        header.resizeSection(COLUMN_WHO, min(header.sectionSize(COLUMN_WHO), metrics.averageCharWidth() * 32))

    # --- one item per reminder ----------------------------------------------------------------------------

    def _item(
        self, parent: QTreeWidgetItem, kind: str, record_id: int, cells: list[str], needed_tooltip: str = ""
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, cells)
        item.setData(COLUMN_RECORD, RECORD_ROLE, (kind, record_id))
        item.setTextAlignment(COLUMN_DAYS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, text in enumerate(cells):
            item.setToolTip(column, needed_tooltip if column == COLUMN_NEEDED and needed_tooltip else text)
        return item

    def _agreement_cells(self, agreement: AgreementItem) -> list[str]:
        title = agreement.title(self.language)
        record = f"{agreement.number} – {title}" if agreement.number else title
        return [record, ", ".join(agreement.partners)]

    @staticmethod
    def _colour(item: QTreeWidgetItem, days: int, urgent_within: int = 30) -> None:
        if days < 0 or days <= urgent_within:
            item.setForeground(COLUMN_DAYS, QBrush(URGENT if days <= urgent_within // 3 or days < 0 else WARNING))

    def _expiring(self, parent: QTreeWidgetItem, x: ExpiringAgreement) -> QTreeWidgetItem:
        lang = self.language
        if x.days_left < 0:
            stage = x.agreement.stage_name_id if lang == "id" else x.agreement.stage_name_en
            needed = self.tr(
                "Expired {days} days ago, still at the stage “{stage}”: record its renewal or end."
            ).format(days=format_number(-x.days_left, lang), stage=stage)
        else:
            needed = self.tr("Expires within {days} days: decide on renewal.").format(days=x.within_days)
        if x.expiry_computed:
            needed += " " + self.tr("(Expiry computed from the term.)")
        item = self._item(
            parent,
            "agreement",
            x.agreement.agreement_id,
            [
                *self._agreement_cells(x.agreement),
                format_date(x.expires_on, lang, short=True),
                format_number(x.days_left, lang),
                needed,
            ],
        )
        self._colour(item, x.days_left)
        return item

    def _notice(self, parent: QTreeWidgetItem, x: NoticeOverdue) -> QTreeWidgetItem:
        lang = self.language
        needed = self.tr("Give notice or agree on renewal now ({months} months' notice); expires {expiry}.").format(
            months=x.notice_months, expiry=format_date(x.expires_on, lang, short=True)
        )
        item = self._item(
            parent,
            "agreement",
            x.agreement.agreement_id,
            [
                *self._agreement_cells(x.agreement),
                format_date(x.last_notice_on, lang, short=True),
                format_number(-x.days_past_notice, lang),
                needed,
            ],
        )
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
        last = format_date(x.last_movement, lang, short=True) if x.last_movement else "—"
        return self._item(
            parent,
            "agreement",
            x.agreement.agreement_id,
            [*self._agreement_cells(x.agreement), last, format_number(x.quiet_days, lang), needed],
        )

    def _evaluation_missing(self, parent: QTreeWidgetItem, x: MissingEvaluation) -> QTreeWidgetItem:
        lang = self.language
        agreement = x.agreement
        title = agreement.title(lang)
        needed = self.tr("Record the evaluation of {year} (four criteria, recommendation).").format(year=x.year)
        return self._item(
            parent,
            "agreement",
            agreement.agreement_id,
            [
                f"{agreement.number} – {title}" if agreement.number else title,
                ", ".join(agreement.partners),
                format_date(date(x.year, 12, 31), lang, short=True),
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
                format_date(x.start_on, lang, short=True),
                format_number(x.days_left, lang),
                needed,
            ],
            needed_tooltip="\n".join(parts),
        )
        self._colour(item, x.days_left, urgent_within=10)
        return item

    def _over_plan(self, parent: QTreeWidgetItem, x: OverspentLine) -> QTreeWidgetItem:
        lang = self.language
        needed = self.tr("Over by {over} (plan {plan}, realised {realised}).").format(
            realised=format_money(x.realised_idr, "IDR", lang),
            plan=format_money(x.planned_idr, "IDR", lang),
            over=format_money(x.over_idr, "IDR", lang),
        )
        item = self._item(
            parent,
            "budget_line",
            x.budget_line_id,
            [
                f"{x.account_code} – {x.description}",
                self.tr("Fiscal year {year}").format(year=x.fiscal_year),
                "",
                "",
                needed,
            ],
        )
        item.setForeground(COLUMN_NEEDED, QBrush(URGENT))
        return item

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None or not item.data(COLUMN_RECORD, RECORD_ROLE):
            self.detail.clear()
            return
        self.detail.setText(f"{item.text(COLUMN_RECORD)}\n{item.toolTip(COLUMN_NEEDED)}")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(COLUMN_RECORD, RECORD_ROLE)
        if data:
            self.open_record.emit(str(data[0]), int(data[1]))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt's name
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
