"""The agreement editor's "Impact" tab: the scorecard of a chosen year (activities, delegations both ways,
spending and grants apart, indicators against targets, days since the last sign of life, alive / weak /
dormant with what to do when dormant), the yearly evaluations, and buttons for the action plan's targets and
for recording an evaluation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import Criterion
from secretariat.domain.impact import DormantAction, ImpactStatus, action_label, recommendation_label, status_label
from secretariat.gui.formatting import format_date, format_money, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.services.context import ServiceContext
from secretariat.services.impact.evaluations import list_evaluations
from secretariat.services.impact.scorecard import Scorecard, scorecard

STATUS_COLOURS = {ImpactStatus.ALIVE: "#2e7d32", ImpactStatus.WEAK: "#e65100", ImpactStatus.DORMANT: "#b71c1c"}


def _percent(value: Decimal | None, language: str) -> str:
    return "—" if value is None else f"{format_number(value, language)}%"


class ScorecardTab(QWidget):
    """Shows one agreement's scorecard; emits ``changed`` after targets or an evaluation were saved."""

    changed = Signal()
    #: The clerk chose what to do with a dormant agreement (the editor opens the matching dialog).
    plan_activity = Signal()
    renew = Signal()
    terminate = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardTab")
        self.ctx = ctx
        self._today = today
        self.agreement_id: int | None = None
        self.card: Scorecard | None = None
        self.language = current_language()

        self.year = QSpinBox(self)
        self.year.setObjectName("scorecardYearSpin")
        self.year.setRange(1945, 2200)
        self.year.setValue(self.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setObjectName("scorecardStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        facts = QGroupBox(self.tr("Scorecard"), self)
        form = QFormLayout(facts)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("activities", self.tr("Activities")),
            ("delegations", self.tr("Delegations out / in")),
            ("spending", self.tr("Spending realised")),
            ("grants", self.tr("Grants received (cash / in kind)")),
            ("achievement", self.tr("Indicators achieved")),
            ("last", self.tr("Last sign of life")),
            ("quiet", self.tr("Days without a sign of life")),
            ("actions", self.tr("What the office can do")),
        ):
            value = QLabel(facts)
            value.setObjectName(f"{key}Value")
            form.addRow(text, value)
            self.values[key] = value

        self.indicators = QTableWidget(0, 5, self)
        self.indicators.setObjectName("indicatorsTable")
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Unit"), self.tr("Target"), self.tr("Achieved"), "%"]
        )
        self.evaluations = QTableWidget(0, 8, self)
        self.evaluations.setObjectName("evaluationsTable")
        self.evaluations.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Efficiency"),
                self.tr("Effectiveness"),
                self.tr("Synergy"),
                self.tr("Mutual benefit"),
                self.tr("Mean"),
                self.tr("Recommendation"),
                self.tr("Evaluated by"),
            ]
        )
        for table in (self.indicators, self.evaluations):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the year and the scores as wide as their headers, the evaluator takes the rest
        self.evaluations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.evaluations.horizontalHeader().setStretchLastSection(True)
        self.targets_button = QPushButton(self.tr("Action plan targets…"), self)
        self.targets_button.setObjectName("targetsButton")
        self.targets_button.clicked.connect(self.edit_targets)
        self.evaluate_button = QPushButton(self.tr("Record evaluation…"), self)
        self.evaluate_button.setObjectName("evaluateButton")
        self.evaluate_button.clicked.connect(lambda: self.evaluate())  # noqa: PLW0108 - not clicked's bool as year
        self.evaluations.doubleClicked.connect(self._evaluate_row)
        self.plan_button = QPushButton(self.tr("Plan an activity…"), self)
        self.plan_button.setObjectName("planActivityButton")
        self.plan_button.clicked.connect(self.plan_activity.emit)
        self.renew_button = QPushButton(self.tr("Renew…"), self)
        self.renew_button.setObjectName("renewButton")
        self.renew_button.clicked.connect(self.renew.emit)
        self.terminate_button = QPushButton(self.tr("Terminate (move to its final stage)…"), self)
        self.terminate_button.setObjectName("terminateButton")
        self.terminate_button.clicked.connect(self.terminate.emit)
        self.dormant_buttons = (self.plan_button, self.renew_button, self.terminate_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.targets_button)
        buttons.addWidget(self.evaluate_button)
        buttons.addStretch(1)
        for button in self.dormant_buttons:
            button.setVisible(False)
            buttons.addWidget(button)
        self.hint = QLabel(self)
        self.hint.setObjectName("scorecardHint")

        layout = QVBoxLayout(self)
        add_layout(layout, top)
        layout.addWidget(facts)
        layout.addWidget(QLabel(self.tr("Indicators against the year's targets"), self))
        layout.addWidget(self.indicators, 1)
        layout.addWidget(QLabel(self.tr("Yearly evaluations (monev)"), self))
        layout.addWidget(self.evaluations, 1)
        add_layout(layout, buttons)
        layout.addWidget(self.hint)

    def today(self) -> date:
        return self._today or date.today()

    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.refresh()

    def refresh(self) -> None:
        enabled = self.agreement_id is not None
        self.targets_button.setEnabled(enabled)
        self.evaluate_button.setEnabled(enabled)
        self.hint.setText("" if enabled else self.tr("Save the agreement first (Apply) to see its impact."))
        if self.agreement_id is None:
            for button in self.dormant_buttons:
                button.setVisible(False)
            self.card = None
            self.status.setText("")
            for value in self.values.values():
                value.setText("")
            self.indicators.setRowCount(0)
            self.evaluations.setRowCount(0)
            return
        year = self.year.value()
        self.card = scorecard(self.ctx, self.agreement_id, date(year, 1, 1), date(year, 12, 31), today=self.today())
        self._show_card(self.card)
        self._show_evaluations()

    def _show_card(self, card: Scorecard) -> None:
        lang = self.language
        self.status.setText(
            self.tr("Status in {year}: {status}").format(year=card.end.year, status=status_label(card.status, lang))
        )
        self.status.setStyleSheet(f"font-weight: bold; color: {STATUS_COLOURS[card.status]};")
        money = card.money
        self.values["activities"].setText(format_number(card.activities, lang))
        self.values["delegations"].setText(f"{card.delegations_out} / {card.delegations_in}")
        self.values["spending"].setText(format_money(money.spending_idr, "IDR", lang))
        cash = format_money(money.grants_cash_idr, "IDR", lang)
        in_kind = format_money(money.grants_in_kind_idr, "IDR", lang)
        self.values["grants"].setText(f"{cash} / {in_kind}")
        self.values["achievement"].setText(_percent(card.achievement, lang))
        self.values["last"].setText(format_date(card.last_sign_of_life, lang) or "—")
        self.values["quiet"].setText(format_number(card.quiet_days, lang))
        offered = {choice.action for choice in card.actions}
        self.plan_button.setVisible(DormantAction.REVITALISE in offered)
        self.renew_button.setVisible(DormantAction.RENEW in offered)
        self.terminate_button.setVisible(DormantAction.TERMINATE in offered)
        if card.actions:
            lines = [
                f"{'➜ ' if choice.action is card.recommended else ''}{action_label(choice.action, lang)}: "
                f"{choice.note_id if lang == 'id' else choice.note_en}"
                for choice in card.actions
            ]
            self.values["actions"].setText("\n".join(lines))
        else:
            self.values["actions"].setText("—")
        self.indicators.setRowCount(len(card.indicators))
        for row, result in enumerate(card.indicators):
            cells = [
                result.name,
                result.unit,
                format_number(result.target, lang) if result.target is not None else "—",
                format_number(result.achieved, lang),
                _percent(result.percent, lang),
            ]
            for column, text in enumerate(cells):
                self.indicators.setItem(row, column, QTableWidgetItem(text))

    def _show_evaluations(self) -> None:
        assert self.agreement_id is not None
        found = list_evaluations(self.ctx, self.agreement_id)
        self.evaluations.setRowCount(len(found))
        for row, evaluation in enumerate(reversed(found)):
            cells = [
                str(evaluation.year),
                *(str(evaluation.scores[c]) for c in Criterion),
                format_number(evaluation.mean, self.language),
                recommendation_label(evaluation.recommendation, self.language),
                f"{evaluation.evaluator}, {format_date(evaluation.evaluated_on, self.language, short=True)}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= column <= len(Criterion):
                    item.setToolTip(evaluation.reasons[list(Criterion)[column - 1]])
                self.evaluations.setItem(row, column, item)

    def _evaluate_row(self) -> None:
        item = self.evaluations.item(self.evaluations.currentRow(), 0)
        if item is not None:
            self.evaluate(int(item.text()))

    def evaluate(self, year: int | None = None) -> None:
        from secretariat.gui.agreements.evaluation_dialog import EvaluationDialog

        if self.agreement_id is None:
            return
        dialog = EvaluationDialog(self.ctx, self.agreement_id, self, year=year, today=self.today())
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit_targets(self) -> None:
        from secretariat.gui.agreements.targets_dialog import TargetsDialog

        if self.agreement_id is None:
            return
        if TargetsDialog(self.ctx, self.agreement_id, self).exec():
            self.refresh()
            self.changed.emit()


__all__ = ["ScorecardTab"]
