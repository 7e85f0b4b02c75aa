"""The main window's "Impact" (Dampak) page: every live agreement's scorecard for a year, where it moved over
the last five years, the alive / weak / dormant counts of those years, the office's status rules and the
annual report.

The list is lazy: SQL gives the live agreements' ids in order (number, then id; a search narrows them), and
the scorecards are computed a page of rows at a time as the table scrolls (services.impact.listing). The
five-year counts are computed on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from secretariat.domain.annual_report import StatusYear
from secretariat.domain.errors import UserError
from secretariat.domain.impact import ImpactStatus, StatusRules, action_label, status_label
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_money, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.text_fit import fit_placeholder
from secretariat.gui.workers import Job, run_in_background
from secretariat.services.context import ServiceContext
from secretariat.services.impact.listing import ImpactRow, impact_rows, live_ids
from secretariat.services.impact.rules import get_status_rules, set_status_rules

PAGE_ROWS = 50  # scorecards computed per fetch (a screenful and more)
STATUS_COLOURS = {ImpactStatus.ALIVE: "#2e7d32", ImpactStatus.WEAK: "#e65100", ImpactStatus.DORMANT: "#b71c1c"}
STATUS_LETTERS = {ImpactStatus.ALIVE: "A", ImpactStatus.WEAK: "L", ImpactStatus.DORMANT: "T"}  # Aktif, Lemah, Tidur
(
    COL_NUMBER,
    COL_TITLE,
    COL_PARTNERS,
    COL_STATUS,
    COL_TREND,
    COL_ACTIVITIES,
    COL_DELEGATIONS,
    COL_SPENDING,
    COL_GRANTS,
    COL_ACHIEVED,
    COL_QUIET,
    COL_ACTION,
) = range(12)
RIGHT = (COL_ACTIVITIES, COL_DELEGATIONS, COL_SPENDING, COL_GRANTS, COL_ACHIEVED, COL_QUIET)


class ImpactModel(QAbstractTableModel):
    """Rows of :class:`ImpactRow`, fetched ``PAGE_ROWS`` at a time from a list of ids."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.year = today().year
        self.language = current_language()
        self.ids: list[int] = []
        self.rows: list[ImpactRow] = []
        self.headers: list[str] = []

    def load(self, year: int, search: str | None = None) -> None:
        """Ask SQL for the ids again and show the first page."""
        self.beginResetModel()
        self.year = year
        self.ids = live_ids(self.ctx, search)
        self.rows = []
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self.rows) < len(self.ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        start = len(self.rows)
        wanted = self.ids[start : start + PAGE_ROWS]
        if not wanted:
            return
        found = impact_rows(self.ctx, wanted, self.year, today=self.today())
        self.beginInsertRows(QModelIndex(), start, start + len(found) - 1)
        self.rows.extend(found)
        self.endInsertRows()

    def agreement_id(self, row: int) -> int | None:
        return self.rows[row].card.agreement.agreement_id if 0 <= row < len(self.rows) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.card.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_PARTNERS):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TREND:
            first = self.year - len(row.path) + 1
            return "\n".join(
                f"{first + i}: {status_label(s, self.language) if s else '—'}" for i, s in enumerate(row.path)
            )
        return None

    def _text(self, row: ImpactRow, column: int) -> str:
        card, lang = row.card, self.language
        fact = card.agreement
        if column == COL_NUMBER:
            return fact.number or ""
        if column == COL_TITLE:
            return fact.title(lang)
        if column == COL_PARTNERS:
            return ", ".join(fact.partners)
        if column == COL_STATUS:
            return status_label(card.status, lang)
        if column == COL_ACTIVITIES:
            return format_number(card.activities, lang)
        if column == COL_DELEGATIONS:
            return f"{card.delegations_out} / {card.delegations_in}"
        if column == COL_SPENDING:
            return format_money(card.money.spending_idr, "IDR", lang)
        if column == COL_GRANTS:
            return format_money(card.money.grants_idr, "IDR", lang)
        if column == COL_ACHIEVED:
            return "—" if card.achievement is None else f"{format_number(card.achievement, lang)}%"
        if column == COL_QUIET:
            return format_number(card.quiet_days, lang)
        if column == COL_TREND:
            return " → ".join(STATUS_LETTERS[s] if s else "·" for s in row.path)
        if column == COL_ACTION:
            return action_label(card.recommended, lang) if card.recommended else ""
        return ""


class ImpactPage(QWidget):
    """Emits ``open_record("agreement", id)`` when the clerk opens a row."""

    open_record = Signal(str, int)
    #: The five-year counts were read and shown (tests wait for it).
    trend_shown = Signal()
    #: The annual report was written (its path); it is then shown in the print preview.
    report_written = Signal(str)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("impactPage")
        self.ctx = ctx
        self.today = today or date.today
        self.language = current_language()
        self.trend: tuple[StatusYear, ...] = ()
        self._job: Job[Any] | None = None
        self._started = False
        self._again = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.year = QSpinBox(self)
        self.year.setObjectName("impactYearSpin")
        self.year.setRange(1945, self.today().year)
        self.year.setValue(self.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.search = QLineEdit(self)
        self.search.setObjectName("impactSearchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.rules_button = QPushButton(self)
        self.rules_button.setObjectName("rulesButton")
        self.rules_button.clicked.connect(self.edit_rules)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self.make_report)
        self.year_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.search, 1)
        top.addWidget(self.rules_button)
        top.addWidget(self.report_button)

        self.trend_label = QLabel(self)
        self.trend_table = QTableWidget(3, 5, self)
        self.trend_table.setObjectName("trendTable")
        self.trend_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.trend_table.verticalHeader().defaultSectionSize() * 3
        header = self.trend_table.horizontalHeader().sizeHint().height()
        self.trend_table.setFixedHeight(rows + header + 2 * self.trend_table.frameWidth() + 2)

        self.model = ImpactModel(ctx, self, today=self.today)
        self.table = QTableView(self)
        self.table.setObjectName("impactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")

        layout = QVBoxLayout(self)
        add_layout(layout, top)
        layout.addWidget(self.trend_label)
        layout.addWidget(self.trend_table)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    # --- public ----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the list once, the first time the page shows."""
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self.model.load(self.year.value(), self.search.text())
        self.table.resizeColumnsToContents()
        # long titles and partner names must not push the figures out of sight
        character = self.table.fontMetrics().averageCharWidth()
        for column, characters in ((COL_TITLE, 45), (COL_PARTNERS, 28), (COL_ACTION, 24)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), character * characters))
        self._read_trend()

    def is_busy(self) -> bool:
        return self._job is not None and not self._job.is_finished

    # --- showing ----------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.start()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Impact of agreements"))
        self.year_label.setText(self.tr("Year"))
        self.search.setPlaceholderText(self.tr("Search number or title…"))
        fit_placeholder(self.search)
        self.rules_button.setText(self.tr("Status rules…"))
        self.report_button.setText(self.tr("Annual report…"))
        self.trend_label.setText(self.tr("Agreements alive, weak and dormant in the last five years"))
        self.hint.setText(
            self.tr(
                "Trend: the status in each of the five years (A alive, L weak, T dormant, · not in force). "
                "Double-click a row to open the agreement; its Impact tab records the evaluation."
            )
        )
        self.model.headers = [
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Partners"),
            self.tr("Status"),
            self.tr("Trend"),
            self.tr("Activities"),
            self.tr("Delegations out / in"),
            self.tr("Spending"),
            self.tr("Grants"),
            self.tr("Achieved"),
            self.tr("Days quiet"),
            self.tr("Recommended action"),
        ]
        self.trend_table.setVerticalHeaderLabels(
            [status_label(s, self.language) for s in (ImpactStatus.ALIVE, ImpactStatus.WEAK, ImpactStatus.DORMANT)]
        )

    def _read_trend(self) -> None:
        from secretariat.services.impact.annual_report import status_trend

        ctx, year, today = self.ctx, self.year.value(), self.today()
        if self.is_busy():
            self._again = True  # read again for the year now chosen once this run ends
            return

        def done(result: Any) -> None:
            if isValid(self):
                self._show_trend(result[0])

        def ended() -> None:
            if isValid(self) and self._again:
                self._again = False
                self._read_trend()

        job = run_in_background(self, lambda _p: status_trend(ctx, year, today=today), on_done=done)
        job.ended.connect(ended)
        self._job = job

    def _show_trend(self, trend: tuple[StatusYear, ...]) -> None:
        self.trend = trend
        self.trend_table.setColumnCount(len(trend))
        self.trend_table.setHorizontalHeaderLabels([str(y.year) for y in trend])
        for column, year in enumerate(trend):
            for row, value in enumerate((year.alive, year.weak, year.dormant)):
                item = QTableWidgetItem(format_number(value, self.language))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.trend_table.setItem(row, column, item)
        self.trend_shown.emit()

    def _open(self, index: QModelIndex) -> None:
        agreement_id = self.model.agreement_id(index.row())
        if agreement_id is not None:
            self.open_record.emit("agreement", agreement_id)

    # --- rules and report ---------------------------------------------------------------------------------

    def edit_rules(self) -> None:
        shown = get_status_rules(self.ctx)
        dialog = RulesDialog(shown, self)
        if dialog.exec():
            try:  # a rule changed meanwhile at another workstation is named, not overwritten
                set_status_rules(self.ctx, dialog.rules(), loaded=shown)
            except UserError as exc:
                show_user_error(self, exc, self.tr("The rules were not saved"))
                return
            self.refresh()

    def make_report(self) -> None:
        dialog = ReportDialog(self.year.value(), self.today().year, self)
        if not dialog.exec():
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the annual report"),
            f"laporan-tahunan-kerja-sama-{dialog.year.value()}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not target:
            return
        from secretariat.gui.widgets.save_files import ask_replace, chosen_output

        chosen = chosen_output(self, target, ".pdf")
        if chosen is None:
            return
        workbook = dialog.with_workbook()
        beside = chosen[0].with_suffix(".xlsx")
        if workbook and beside.exists() and not ask_replace(self, beside):
            return
        self.write_report(chosen[0], dialog.year.value(), dialog.paper(), dialog.language(), workbook)

    def write_report(self, target: Path, year: int, paper: str, language: str, workbook: bool) -> Job[Any]:
        """Write the report (and the workbook beside it) on a worker thread, with progress."""
        ctx, today = self.ctx, self.today()

        def work(_progress: Any) -> Path:
            from secretariat.documents.annual_report_pdf import render_annual_report
            from secretariat.documents.annual_report_xlsx import render_annual_report_xlsx
            from secretariat.services.impact.annual_report import annual_report_data
            from secretariat.services.output_files import PDF, XLSX, check_output, write_output

            # The clerk was asked before an existing PDF or workbook is replaced (make_report); never a database
            # or a file of another kind, and a failure leaves no partial file.
            check_output(target, PDF, database=ctx.database, force=True)
            beside = target.with_suffix(".xlsx")
            if workbook:
                check_output(beside, XLSX, database=ctx.database, force=True)
            data = annual_report_data(ctx, year, language=language, paper=paper, today=today)
            write_output(target, PDF, render_annual_report(data), database=ctx.database, force=True)
            if workbook:
                write_output(beside, XLSX, render_annual_report_xlsx(data), database=ctx.database, force=True)
            return target

        def failed(error: BaseException) -> None:
            if isValid(self) and isinstance(error, UserError):
                show_user_error(self, error, self.tr("The report was not made"))

        def done(path: Path) -> None:
            self.report_written.emit(str(path))
            if isValid(self):
                # In the print preview, as every PDF the program makes: print it, or open it in the PDF viewer.
                preview_report(self, path)

        return run_in_background(
            self, work, done, on_error=failed, title=self.tr("Making the annual report…"), cancellable=False
        )


def _preview_report(parent: QWidget, path: Path) -> None:
    from secretariat.gui.widgets.pdf_preview import show_pdf_preview

    show_pdf_preview(path.read_bytes(), path.name, path.name, parent)


#: Tests replace this to see the written report without the (modal) preview.
preview_report: Callable[[QWidget, Path], None] = _preview_report


class RulesDialog(QDialog):
    """The office's rules for alive / weak / dormant."""

    def __init__(self, rules: StatusRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Status rules"))
        self.alive_days = self._spin(rules.alive_quiet_days, 3650, "aliveDaysSpin")
        self.dormant_days = self._spin(rules.dormant_quiet_days, 3650, "dormantDaysSpin")
        self.movements = self._spin(rules.alive_min_movements, 1000, "movementsSpin")
        self.achievement = self._spin(rules.alive_min_achievement_percent, 100, "achievementSpin")
        form = QFormLayout()
        form.addRow(self.tr("Alive: a sign of life within (days)"), self.alive_days)
        form.addRow(self.tr("Alive: activities and delegations in the year, at least"), self.movements)
        form.addRow(self.tr("Alive: indicator targets achieved, at least (%)"), self.achievement)
        form.addRow(self.tr("Dormant: no sign of life for more than (days)"), self.dormant_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        add_layout(layout, form)
        hint = QLabel(self.tr("Anything between alive and dormant is weak."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _spin(self, value: int, maximum: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, maximum)
        spin.setValue(value)
        return spin

    def rules(self) -> StatusRules:
        return StatusRules(
            alive_quiet_days=self.alive_days.value(),
            dormant_quiet_days=self.dormant_days.value(),
            alive_min_movements=self.movements.value(),
            alive_min_achievement_percent=self.achievement.value(),
        )


class ReportDialog(QDialog):
    """The annual report's year, paper and language."""

    def __init__(self, year: int, last_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Annual cooperation report"))
        self.year = QSpinBox(self)
        self.year.setObjectName("reportYearSpin")
        self.year.setRange(1945, last_year)
        self.year.setValue(min(year, last_year))
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem("F4 (215 × 330 mm)", "f4")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguageCombo")
        self.language_combo.addItem(self.tr("Indonesian"), "id")
        self.language_combo.addItem(self.tr("English"), "en")
        self.workbook = QCheckBox(self.tr("Also save the Excel workbook beside it"), self)
        self.workbook.setObjectName("workbookCheck")
        self.workbook.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.workbook)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        add_layout(layout, form)
        layout.addWidget(buttons)

    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def with_workbook(self) -> bool:
        return self.workbook.isChecked()


__all__ = ["ImpactModel", "ImpactPage", "ReportDialog", "RulesDialog"]
