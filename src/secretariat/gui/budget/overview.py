"""The budget overview: one fiscal year's figures, revenue and spending apart, per agreement, spending lines over
plan and amounts per currency.

Above the budget register of the main window. The figures come from
:func:`secretariat.services.budget.fiscal_years.year_overview` (sums of rupiah
equivalents computed by the database) on a worker thread. Spending (belanja:
ceiling, realised, remaining, % realised) and revenue (grants: target,
received in cash and in kind, % received) are shown side by side and never
added. The year is chosen here once for the whole page: the register below
follows it. The head closes or reopens the year here; anyone writes the
year's budget workbook (Excel) here, on a worker with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QDate, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import UserError
from secretariat.gui.errors import show_user_error, user_message
from secretariat.gui.formatting import babel_locale, format_date, format_money, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.flow_layout import FlowLayout
from secretariat.gui.widgets.layout_items import add_layout, move_items
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.save_files import chosen_output
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services.budget.fiscal_years import (
    FiscalYearView,
    YearOverview,
    can_close_years,
    can_reopen_years,
    close_year,
    list_years,
    reopen_year,
    year_overview,
)
from secretariat.services.budget.workbook import BudgetExport, export_budget_workbook
from secretariat.services.context import ServiceContext

RECORD_ROLE = Qt.ItemDataRole.UserRole
OVER_PLAN_BACKGROUND = QColor("#ffc7ce")  # the same red as the workbook's conditional formatting
OVER_PLAN_TEXT = QColor("#9c0006")
CLOSED_COLOUR = "#1b5e20"
OPEN_COLOUR = "#0d47a1"
SETTINGS_FOLDER = "budget_overview/export_folder"
SETTINGS_SPLITTER = "budget_overview/splitter"
RELOAD_DELAY_MS = 300  # after the register below was read again (typing a search reads it often)
#: The widest the first column (an agreement's number and title) starts, in pixels; the clerk may widen it.
FIRST_COLUMN_MAX = 320

AGREEMENT_COLUMNS = 9
OVER_COLUMNS = 6
CURRENCY_COLUMNS = 6
SPENDING_FIGURES = ("planned", "realised", "remaining", "percent")
REVENUE_FIGURES = ("target", "cash", "in_kind", "received_percent")


def format_percent(value: Decimal | None, language: str) -> str:
    """ "34,99 %" / "34.99 %"; "–" when nothing was planned."""
    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.00", locale=babel_locale(language)) + " %"


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """The reason the head types for reopening a year; None when cancelled (tests replace this)."""
    text, accepted = QInputDialog.getMultiLineText(parent, title, prompt)
    return text if accepted else None


def ask_save_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
    """Where to write the workbook; "" when cancelled (tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path


def _item(text: str, *, right: bool = False, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The first column (an agreement's number and title) as wide as its text up to FIRST_COLUMN_MAX, set
    # after each fill: stretched, it got what the figures left, nothing at 1024 pixels ("...").
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table


def _fit_first_column(table: QTableWidget) -> None:
    """The first column as wide as its longest text, at most FIRST_COLUMN_MAX; the table shown from its left."""
    table.resizeColumnToContents(0)
    table.setColumnWidth(0, min(table.columnWidth(0), FIRST_COLUMN_MAX))
    table.horizontalScrollBar().setValue(0)


class BudgetOverview(QWidget):
    """Totals of one fiscal year. Emits ``open_record("budget_line", id)`` for a line over plan opened."""

    open_record = Signal(str, int)
    #: After the figures were read and shown (tests wait for it).
    refreshed = Signal()
    #: A year was closed or reopened (other pages may show stale lock states).
    year_changed = Signal(int)
    #: A workbook was written (its path).
    exported = Signal(str)
    #: The clerk chose another year: the whole page (the register below too) shows that year.
    year_chosen = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetOverview")
        self.ctx = ctx
        self.language = current_language()
        self.overview: YearOverview | None = None
        self.years: list[FiscalYearView] = []
        self._job: Job[YearOverview] | None = None
        self._export_job: Job[BudgetExport] | None = None
        self._again = False
        self.last_export: BudgetExport | None = None

        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumContentsLength(6)
        self.year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._year_picked)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("yearStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)  # on two lines rather than widening the window (1024 pixels)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeYearButton")
        self.close_button.clicked.connect(self.close_current_year)
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopenYearButton")
        self.reopen_button.clicked.connect(self.reopen_current_year)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportWorkbookButton")
        self.export_button.clicked.connect(self.export_workbook)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(8)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        top.addWidget(self.export_button)

        # The year's figures, large enough to read at a glance: spending and revenue in two frames, never added.
        self.figure_titles: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.3)
        value_font.setBold(True)
        self.side_titles: dict[str, QLabel] = {}
        frames = []
        for side, keys in (("spending", SPENDING_FIGURES), ("revenue", REVENUE_FIGURES)):
            heading = QLabel(self)
            heading.setObjectName(f"{side}Heading")
            heading.setStyleSheet("font-weight: bold;")
            heading.setWordWrap(True)
            heading.setFixedWidth(120)  # both sides' cards start at the same place
            heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.side_titles[side] = heading
            # Each figure a small card (title over value); the cards wrap onto a second line in a narrow window.
            cards = FlowLayout(spacing=20)
            for key in keys:
                title = QLabel(self)
                title.setStyleSheet("color: #616161;")
                value = QLabel(self)
                value.setObjectName(f"{key}Figure")
                value.setFont(value_font)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                card = QWidget(self)
                card.setObjectName(f"{key}Card")
                card_layout = QVBoxLayout(card)
                card_layout.setContentsMargins(0, 0, 0, 0)
                card_layout.setSpacing(2)
                card_layout.addWidget(title)
                card_layout.addWidget(value)
                cards.addWidget(card)
                self.figure_titles[key] = title
                self.figures[key] = value
            frame = QFrame(self)
            frame.setObjectName(f"{side}Frame")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame_layout = QHBoxLayout(frame)
            frame_layout.setContentsMargins(9, 6, 9, 6)
            frame_layout.setSpacing(12)
            frame_layout.addWidget(heading)
            add_layout(frame_layout, cards, 1)
            frames.append(frame)
        self.financing_label = QLabel(self)
        self.financing_label.setObjectName("financingFigures")
        self.financing_label.setVisible(False)
        # One line each, the side's name first: in a narrow window (1024 pixels) the cards still fit on it, and
        # a province's run to trillions wraps them within their frame.
        figures_row = QVBoxLayout()
        figures_row.setSpacing(4)
        figures_row.addWidget(frames[0])
        figures_row.addWidget(frames[1])

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("overPlanWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {OVER_PLAN_TEXT.name()}; font-weight: bold;")
        self.warning_label.setVisible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("overviewTabs")
        self.tabs.setDocumentMode(True)
        self.agreement_table = _table(self, "agreementTable", AGREEMENT_COLUMNS)
        self.over_table = _table(self, "overPlanTable", OVER_COLUMNS)
        self.over_table.itemActivated.connect(self._open_line)
        self.currency_table = _table(self, "currencyTable", CURRENCY_COLUMNS)
        self.tabs.addTab(self.agreement_table, "")
        self.tabs.addTab(self.over_table, "")
        self.tabs.addTab(self.currency_table, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        add_layout(layout, top)
        add_layout(layout, figures_row)
        layout.addWidget(self.financing_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._load_years()

    # --- public -------------------------------------------------------------------------------------------

    def current_year(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def set_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            self._load_years(select=year)
        else:
            self.year_combo.setCurrentIndex(index)

    def _year_picked(self, _index: int) -> None:
        year = self.current_year()
        if year is not None:
            self.year_chosen.emit(year)
        self.refresh()

    def is_busy(self) -> bool:
        return self._job is not None or self._again

    def reload(self) -> None:
        """Read the list of years and the current year's figures again (F5 of the main window)."""
        self._load_years(select=self.current_year())

    def refresh(self) -> None:
        """Read the current year's figures again, on a worker thread; ``refreshed`` follows."""
        year = self.current_year()
        if year is None:
            return
        if self._job is not None and not self._job.is_finished:
            self._again = True
            return
        ctx = self.ctx
        # The job is for this widget: were it closed meanwhile, the job's callbacks are not run.
        job = run_in_background(
            self, lambda _progress: year_overview(ctx, year), on_done=self._show, on_error=self._read_failed
        )
        job.ended.connect(self._refresh_ended)
        self._job = job

    def _read_failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("Could not read the figures: {error}").format(
                error=user_message(error) if isinstance(error, UserError) else str(error)
            )
        )

    def _refresh_ended(self) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.refresh()

    # --- years ---------------------------------------------------------------------------------------------

    def _load_years(self, select: int | None = None) -> None:
        try:
            self.years = list_years(self.ctx)
        except UserError as error:
            show_user_error(self, error)
            self.years = []
        known = [y.year for y in self.years]
        this_year = QDate.currentDate().year()
        if this_year not in known:
            known.append(this_year)
        if select is not None and select not in known:
            known.append(select)
        known.sort(reverse=True)
        wanted = select if select is not None else (self.years[0].year if self.years else this_year)
        blocked = self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in known:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(blocked)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            if self.overview is not None:
                self._show(self.overview)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.close_button.setText(self.tr("Close year…"))
        self.close_button.setToolTip(
            self.tr("Lock this year's budget lines and transactions (the head or an administrator)")
        )
        self.reopen_button.setText(self.tr("Reopen year…"))
        self.reopen_button.setToolTip(self.tr("Unlock a closed year (the head only; the reason is recorded)"))
        self.export_button.setText(self.tr("Budget workbook (Excel)…"))
        self.export_button.setToolTip(
            self.tr("Write this year's summary, lines and transactions to an Excel workbook with live formulas")
        )
        titles = {
            "planned": self.tr("Ceiling (pagu)"),
            "realised": self.tr("Realised"),
            "remaining": self.tr("Remaining"),
            "percent": self.tr("% realised"),
            "target": self.tr("Target"),
            "cash": self.tr("Received in cash"),
            "in_kind": self.tr("Received in kind"),
            "received_percent": self.tr("% received"),
        }
        for key, text in titles.items():
            self.figure_titles[key].setText(text)
        self.side_titles["spending"].setText(self.tr("Spending (belanja)"))
        self.side_titles["revenue"].setText(self.tr("Revenue: grants received (pendapatan hibah)"))
        self.tabs.setTabText(0, self.tr("By agreement"))
        self.tabs.setTabText(2, self.tr("By currency"))
        self.agreement_table.setHorizontalHeaderLabels(
            [
                self.tr("Agreement"),
                self.tr("Lines"),
                self.tr("Spending ceiling"),
                self.tr("Spending realised"),
                self.tr("Remaining"),
                self.tr("% realised"),
                self.tr("Revenue target"),
                self.tr("Grants received"),
                self.tr("% received"),
            ]
        )
        self.over_table.setHorizontalHeaderLabels(
            [
                self.tr("Account and description"),
                self.tr("Agreement"),
                self.tr("Planned"),
                self.tr("Realised"),
                self.tr("Over by"),
                self.tr("% realised"),
            ]
        )
        self.currency_table.setHorizontalHeaderLabels(
            [
                self.tr("Currency"),
                self.tr("Transactions"),
                self.tr("Spent (in the currency)"),
                self.tr("Received (in the currency)"),
                self.tr("Spent (IDR equivalent)"),
                self.tr("Received (IDR equivalent)"),
            ]
        )
        self._over_tab_title()

    def _over_tab_title(self) -> None:
        count = len(self.overview.over_plan) if self.overview is not None else 0
        self.tabs.setTabText(1, self.tr("Over plan ({count})").format(count=count))

    def _show(self, overview: YearOverview) -> None:
        self.overview = overview
        lang = self.language
        year = overview.year
        for index, known in enumerate(self.years):
            if known.year == year.year:
                self.years[index] = year
        if year.closed and year.closed_at is not None:
            status = self.tr("Closed on {date} by {user}: lines and transactions are locked.").format(
                date=format_date(year.closed_at, lang), user=year.closed_by or "–"
            )
            colour = CLOSED_COLOUR
        else:
            status = self.tr("Open: lines and transactions can be changed.")
            colour = OPEN_COLOUR
        if year.last_reopened is not None and not year.closed:
            status += " " + self.tr("Reopened on {date} by {user}: “{reason}”.").format(
                date=format_date(year.last_reopened.at, lang),
                user=year.last_reopened.by,
                reason=year.last_reopened.reason,
            )
        self.status_label.setText(status)
        self.status_label.setStyleSheet(f"color: {colour};")
        self.close_button.setEnabled(not year.closed)
        self.reopen_button.setEnabled(year.closed)
        self.export_button.setEnabled(True)  # a year without lines gives a workbook that says so

        spending, revenue = year.totals.spending, year.totals.revenue
        self.figures["planned"].setText(format_money(spending.planned_idr, "IDR", lang))
        self.figures["realised"].setText(format_money(spending.realised_idr, "IDR", lang))
        self.figures["remaining"].setText(format_money(spending.remaining_idr, "IDR", lang))
        self.figures["percent"].setText(format_percent(spending.percent_realised, lang))
        self.figures["target"].setText(format_money(revenue.target_idr, "IDR", lang))
        self.figures["cash"].setText(format_money(revenue.cash_idr, "IDR", lang))
        self.figures["in_kind"].setText(format_money(revenue.in_kind_idr, "IDR", lang))
        self.figures["received_percent"].setText(format_percent(revenue.percent_received, lang))
        for key in ("realised", "remaining", "percent"):
            self.figures[key].setStyleSheet(f"color: {OVER_PLAN_TEXT.name()};" if spending.over_plan else "")
        financing = year.totals.financing
        if not financing.is_empty:
            self.financing_label.setText(
                self.tr("Financing (pembiayaan), apart: ceiling {planned}, realised {realised} ({percent}).").format(
                    planned=format_money(financing.planned_idr, "IDR", lang),
                    realised=format_money(financing.realised_idr, "IDR", lang),
                    percent=format_percent(financing.percent_realised, lang),
                )
            )
        self.financing_label.setVisible(not financing.is_empty)

        if overview.over_plan:
            total_over = sum(line.over_idr for line in overview.over_plan)
            self.warning_label.setText(
                self.tr("⚠ {count} budget line(s) realised over plan, together {amount} over. See “Over plan”.").format(
                    count=format_number(len(overview.over_plan), lang), amount=format_money(total_over, "IDR", lang)
                )
            )
        self.warning_label.setVisible(bool(overview.over_plan))

        self._fill_agreements(overview)
        self._fill_over_plan(overview)
        self._fill_currencies(overview)
        for table in (self.agreement_table, self.over_table, self.currency_table):
            _fit_first_column(table)
        self._over_tab_title()
        self.refreshed.emit()

    def _money_cells(self, values: list[int]) -> list[QTableWidgetItem]:
        return [_item(format_money(v, "IDR", self.language), right=True) for v in values]

    def _fill_agreements(self, overview: YearOverview) -> None:
        lang = self.language
        table = self.agreement_table
        table.setRowCount(0)
        table.setRowCount(len(overview.by_agreement))
        for row, figures in enumerate(overview.by_agreement):
            if figures.agreement_id is None:
                name = self.tr("(no agreement)")
            else:
                title = figures.title(lang) or ""
                name = f"{figures.number} – {title}" if figures.number else title
            spending, revenue = figures.totals.spending, figures.totals.revenue
            spent_cells = (
                [
                    *self._money_cells([spending.planned_idr, spending.realised_idr, spending.remaining_idr]),
                    _item(format_percent(spending.percent_realised, lang), right=True),
                ]
                if not spending.is_empty
                else [_item("–", right=True) for _ in range(4)]
            )
            received_cells = (
                [
                    *self._money_cells([revenue.target_idr, revenue.received_idr]),
                    _item(format_percent(revenue.percent_received, lang), right=True),
                ]
                if not revenue.is_empty
                else [_item("–", right=True) for _ in range(3)]
            )
            if not revenue.is_empty:
                received_cells[1].setToolTip(
                    self.tr("Cash {cash}; in kind {in_kind}").format(
                        cash=format_money(revenue.cash_idr, "IDR", lang),
                        in_kind=format_money(revenue.in_kind_idr, "IDR", lang),
                    )
                )
            cells = [
                _item(name),
                _item(format_number(figures.lines, lang), right=True),
                *spent_cells,
                *received_cells,
            ]
            for column, cell in enumerate(cells):
                if figures.over_plan and column < 6:
                    cell.setBackground(QBrush(OVER_PLAN_BACKGROUND))
                    cell.setForeground(QBrush(OVER_PLAN_TEXT))
                    cell.setToolTip(
                        self.tr("Realised over plan by {amount}").format(
                            amount=format_money(spending.realised_idr - spending.planned_idr, "IDR", lang)
                        )
                    )
                table.setItem(row, column, cell)
            cells[0].setData(RECORD_ROLE, figures.agreement_id)

    def _fill_over_plan(self, overview: YearOverview) -> None:
        lang = self.language
        table = self.over_table
        table.setRowCount(0)
        table.setRowCount(len(overview.over_plan))
        for row, line in enumerate(overview.over_plan):
            t = line.totals
            cells = [
                _item(f"{line.account_code} – {line.description}"),
                _item(line.agreement_number or "–"),
                *self._money_cells([t.planned_idr, t.realised_idr, line.over_idr]),
                _item(format_percent(t.percent_realised, lang), right=True),
            ]
            for column, cell in enumerate(cells):
                cell.setForeground(QBrush(OVER_PLAN_TEXT))
                table.setItem(row, column, cell)
            cells[0].setData(RECORD_ROLE, line.budget_line_id)
            cells[0].setToolTip(self.tr("{text}\nDouble-click to open the budget line.").format(text=cells[0].text()))

    def _fill_currencies(self, overview: YearOverview) -> None:
        lang = self.language
        table = self.currency_table
        table.setRowCount(0)
        table.setRowCount(len(overview.currencies))
        for row, figures in enumerate(overview.currencies):
            cells = [
                _item(figures.currency),
                _item(format_number(figures.transactions, lang), right=True),
                _item(format_money(figures.realised, figures.currency, lang), right=True),
                _item(format_money(figures.grants, figures.currency, lang), right=True),
                *self._money_cells([figures.realised_idr, figures.grants_idr]),
            ]
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)

    def _open_line(self, item: QTableWidgetItem) -> None:
        first = self.over_table.item(item.row(), 0)
        line_id = first.data(RECORD_ROLE) if first is not None else None
        if line_id is not None:
            self.open_record.emit("budget_line", int(line_id))

    # --- closing and reopening ----------------------------------------------------------------------------

    def close_current_year(self) -> None:
        year = self.current_year()
        if year is None:
            return
        if not can_close_years(self.ctx):
            warn(
                self,
                self.tr("Close fiscal year"),
                self.tr("Only the head or an administrator may close a fiscal year."),
                self.tr("You are signed in as {user}. Ask the head of the bureau.").format(user=self.ctx.actor.login),
            )
            return
        if not confirm(
            self,
            self.tr("Close fiscal year"),
            self.tr("Close fiscal year {year}?").format(year=year),
            self.tr("Close the year"),
            self.tr(
                "Its budget lines and transactions will be locked: nobody can change them until "
                "the head reopens the year. Corrections then go into an open year."
            ),
        ):
            return
        try:
            close_year(self.ctx, year)
        except UserError as error:
            show_user_error(self, error)
            return
        self.year_changed.emit(year)
        self.reload()

    def reopen_current_year(self) -> None:
        year = self.current_year()
        if year is None:
            return
        if not can_reopen_years(self.ctx):
            warn(
                self,
                self.tr("Reopen fiscal year"),
                self.tr("Only a user with the head's role may reopen a closed fiscal year."),
                self.tr(
                    "You are signed in as {user}. Ask the head of the bureau; an administrator can give the "
                    "head's role."
                ).format(user=self.ctx.actor.login),
            )
            return
        reason = ask_reason(
            self,
            self.tr("Reopen fiscal year {year}").format(year=year),
            self.tr("Why must fiscal year {year} be reopened? The reason is kept in the audit trail.").format(
                year=year
            ),
        )
        if reason is None:
            return
        try:
            reopen_year(self.ctx, year, reason)
        except UserError as error:
            show_user_error(self, error)
            return
        self.year_changed.emit(year)
        self.reload()

    # --- the workbook ----------------------------------------------------------------------------------------

    def export_workbook(self) -> None:
        year = self.current_year()
        if year is None or (self._export_job is not None and not self._export_job.is_finished):
            return
        settings = QSettings()
        folder = str(settings.value(SETTINGS_FOLDER, "") or "") or str(Path.home())
        suggested = str(Path(folder) / self.tr("budget-{year}.xlsx").format(year=year))
        path = ask_save_path(self, self.tr("Budget workbook (Excel)"), suggested, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        chosen = chosen_output(self, path, ".xlsx")
        if chosen is None:
            return
        target, force = chosen
        settings.setValue(SETTINGS_FOLDER, str(target.parent))
        ctx = self.ctx
        self.export_button.setEnabled(False)

        def work(progress: Progress) -> BudgetExport:
            # openpyxl only when writing (some 100 ms to load: not when the budget page opens)
            from secretariat.documents.budget_xlsx import write_budget_workbook

            return export_budget_workbook(ctx, year, target, write_budget_workbook, progress=progress, force=force)

        # Without on_error a failure is shown over this widget (a user error as a plain message).
        job = run_in_background(
            self,
            work,
            on_done=self._exported,
            title=self.tr("Writing the budget workbook of {year}…").format(year=year),
        )
        job.ended.connect(self._export_ended)
        self._export_job = job

    def _export_ended(self) -> None:
        self._export_job = None
        self.export_button.setEnabled(True)

    def _exported(self, export: BudgetExport) -> None:
        self.last_export = export
        lang = self.language
        seconds = format_decimal(round(export.seconds, 1), format="0.0", locale=babel_locale(lang))
        # The one way finished work is reported: the window's line with Open and Show in folder.
        announce_file(
            self,
            export.path,
            self.tr("Budget workbook written: {name} ({lines} lines, {transactions} transactions, {seconds} s)").format(
                name=export.path.name,
                lines=format_number(export.lines, lang),
                transactions=format_number(export.transactions, lang),
                seconds=seconds,
            ),
        )
        self.exported.emit(str(export.path))


def attach_overview(
    page: QWidget, ctx: ServiceContext, open_record: Callable[[str, int], object] | None = None
) -> BudgetOverview:
    """Put a :class:`BudgetOverview` between the title row and the filters of the budget register ``page``.

    The overview and the register (its filters and table) share a splitter the clerk can move.

    The overview reads its figures again whenever the register below is read again (F5, after an edit
    here or elsewhere), a moment later so that typing a search does not read them at every key.
    """
    # ``page`` is a RegisterPage, which gui.budget may not name (gui.registers sits above it in the
    # layers): the members used here are read once, unchecked.
    table = page.table  # type: ignore[attr-defined]
    model = page.model  # type: ignore[attr-defined]
    refresh = page.refresh  # type: ignore[attr-defined]
    set_filter = page.set_filter  # type: ignore[attr-defined]
    filter_widgets = page.filter_widgets  # type: ignore[attr-defined]
    clear_filters_button = page.clear_filters_button  # type: ignore[attr-defined]
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)  # a register page stacks its rows in a QVBoxLayout
    index = layout.indexOf(table)
    overview = BudgetOverview(ctx, page)
    overview_layout = overview.layout()
    assert overview_layout is not None  # BudgetOverview lays itself out in __init__
    overview_layout.setContentsMargins(0, 0, 0, 4)  # aligned with the register's own rows
    splitter = QSplitter(Qt.Orientation.Vertical, page)
    splitter.setObjectName("budgetSplitter")
    # The register's own rows between its title row and its table (the filters) go below the overview,
    # with the table they filter.
    register_part = QWidget(splitter)
    register_part.setObjectName("budgetRegisterPart")
    inner = QVBoxLayout(register_part)
    inner.setContentsMargins(0, 0, 0, 0)
    first = 1 if index > 0 else 0
    move_items(layout, inner, first, index + 1 - first, stretch_for=lambda widget: 1 if widget is table else 0)
    splitter.addWidget(overview)
    splitter.addWidget(register_part)
    splitter.setCollapsible(1, False)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    layout.insertWidget(first, splitter, 1)
    state = QSettings().value(SETTINGS_SPLITTER)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_args: QSettings().setValue(SETTINGS_SPLITTER, splitter.saveState()))
    timer = QTimer(overview)
    timer.setSingleShot(True)
    timer.setInterval(RELOAD_DELAY_MS)
    timer.timeout.connect(overview.reload)
    model.modelReset.connect(timer.start)
    overview.year_changed.connect(lambda _year: refresh())
    # One place to choose the year: the overview's; the register below follows it and hides its own.
    year_filter = filter_widgets.get("fiscal_year")
    if year_filter is not None:
        year_filter.setVisible(False)
        overview.year_chosen.connect(lambda year: set_filter("fiscal_year", year))
        if overview.current_year() is not None:
            set_filter("fiscal_year", overview.current_year())
        # "Clear filters" leaves the year as the overview shows it
        clear_filters_button.clicked.connect(lambda: set_filter("fiscal_year", overview.current_year()))
    if open_record is not None:
        overview.open_record.connect(open_record)
    page.budget_overview = overview  # type: ignore[attr-defined]  # kept with the page (its tests find it there)
    return overview
