"""The yearly evaluation (monev) of one agreement: the four criteria of Law 23/2014 Art. 363 scored 1-5 with a
reason each, a recommendation, who evaluated and when. Saving goes through services.impact.evaluations; a
refused evaluation shows the service's sentences, each naming its field, and nothing is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.enums import Criterion
from secretariat.domain.errors import UserError
from secretariat.domain.impact import CriterionScore, EvaluationData, Recommendation, recommendation_label
from secretariat.domain.labels import label
from secretariat.gui.errors import show_user_error
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.services.context import ServiceContext
from secretariat.services.impact.evaluations import get_evaluation, save_evaluation


class EvaluationDialog(QDialog):
    """Record or correct the evaluation of ``year`` (the past year by default)."""

    def __init__(
        self,
        ctx: ServiceContext,
        agreement_id: int,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.today = today or date.today()
        self.saved_id: int | None = None
        language = current_language()
        self.setWindowTitle(self.tr("Yearly evaluation (monev)"))

        self.year = QSpinBox(self)
        self.year.setObjectName("yearSpin")
        self.year.setRange(1945, 2200)
        self.year.setValue(year or self.today.year - 1)
        self.year.valueChanged.connect(self._load)
        self.year.setMaximumWidth(self.year.sizeHint().width() + 20)
        top = QFormLayout()
        top.addRow(self.tr("Year evaluated"), self.year)

        criteria = QGroupBox(self.tr("Criteria (Law 23/2014 Art. 363): score 1 (poor) to 5 (very good) and why"), self)
        grid = QGridLayout(criteria)
        grid.addWidget(QLabel(self.tr("Criterion"), criteria), 0, 0)
        grid.addWidget(QLabel(self.tr("Score"), criteria), 0, 1)
        grid.addWidget(QLabel(self.tr("Reason"), criteria), 0, 2)
        self.scores: dict[Criterion, QComboBox] = {}
        self.reasons: dict[Criterion, QLineEdit] = {}
        for row, criterion in enumerate(Criterion, start=1):
            grid.addWidget(QLabel(label(criterion, "id" if language == "id" else "en"), criteria), row, 0)
            score = QComboBox(criteria)
            score.setObjectName(f"{criterion.value}Score")
            score.addItem("—", None)
            for number in range(1, 6):
                score.addItem(str(number), number)
            reason = QLineEdit(criteria)
            reason.setObjectName(f"{criterion.value}Reason")
            grid.addWidget(score, row, 1)
            grid.addWidget(reason, row, 2)
            self.scores[criterion] = score
            self.reasons[criterion] = reason
        grid.setColumnStretch(2, 1)

        self.recommendation = QComboBox(self)
        self.recommendation.setObjectName("recommendationCombo")
        self.recommendation.addItem("—", None)
        for item in Recommendation:
            self.recommendation.addItem(recommendation_label(item, "id" if language == "id" else "en"), item.value)
        self.evaluator = QLineEdit(self)
        self.evaluator.setObjectName("evaluatorEdit")
        self.evaluated_on = QDateEdit(self)
        self.evaluated_on.setObjectName("evaluatedOnEdit")
        self.evaluated_on.setCalendarPopup(True)
        self.evaluated_on.setDisplayFormat("dd/MM/yyyy")
        self.evaluated_on.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setMaximumHeight(70)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Recommendation"), self.recommendation)
        bottom.addRow(self.tr("Evaluated by"), self.evaluator)
        bottom.addRow(self.tr("Evaluated on"), self.evaluated_on)
        bottom.addRow(self.tr("Note"), self.note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        add_layout(layout, top)
        layout.addWidget(criteria)
        add_layout(layout, bottom)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self._load()

    def _load(self) -> None:
        """Show the evaluation already recorded for the year, if any."""
        found = get_evaluation(self.ctx, self.agreement_id, self.year.value())
        self.loaded = found  # handed back on saving: a change made meanwhile elsewhere is named, not overwritten
        for criterion in Criterion:
            combo = self.scores[criterion]
            combo.setCurrentIndex(max(combo.findData(found.scores[criterion]), 0) if found else 0)
            self.reasons[criterion].setText(found.reasons[criterion] if found else "")
        self.recommendation.setCurrentIndex(
            max(self.recommendation.findData(found.recommendation.value), 0) if found else 0
        )
        self.evaluator.setText(found.evaluator if found else self.ctx.actor.name)
        if found:
            day = found.evaluated_on
            self.evaluated_on.setDate(QDate(day.year, day.month, day.day))
        self.note.setPlainText(found.note or "" if found else "")

    def data(self) -> EvaluationData:
        day = self.evaluated_on.date()
        return EvaluationData(
            agreement_id=self.agreement_id,
            year=self.year.value(),
            scores={c: CriterionScore(self.scores[c].currentData(), self.reasons[c].text()) for c in Criterion},
            recommendation=self.recommendation.currentData(),
            evaluator=self.evaluator.text(),
            evaluated_on=date(day.year(), day.month(), day.day()),
            note=self.note.toPlainText(),
        )

    def save(self) -> None:
        try:
            self.saved_id = save_evaluation(self.ctx, self.data(), today=self.today, loaded=self.loaded)
        except EditConflict as conflict:
            # Saved at another workstation meanwhile: say what, keep the typing; saving again overwrites knowingly.
            show_user_error(self, conflict, self.tr("The evaluation was not saved"))
            self.loaded = conflict.current
            return
        except UserError as exc:
            show_user_error(self, exc, self.tr("The evaluation was not saved"))
            return
        self.accept()


__all__ = ["EvaluationDialog"]
