"""The assessment of an agreement at a glance: warnings, the nine KSDPL conditions per partner, the four criteria.

Shown in the agreement editor's "Assessment" tab below the scores. Warnings
block nothing; when the agreement is moved forward despite them they are
written into the stage history (``services.assessment``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import Answer
from secretariat.domain.labels import label
from secretariat.gui.formatting import format_number
from secretariat.gui.i18n import current_language
from secretariat.services.agreements.assessment import AssessmentSummary, assessment_summary
from secretariat.services.context import ServiceContext

ANSWER_COLOURS = {Answer.YES: "#1b5e20", Answer.NO: "#b00020", Answer.UNKNOWN: "#6d6d6d"}
WARNING_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }"
#: A partner's column: at least this wide, and as wide as its name up to the second figure.
PARTNER_COLUMN_WIDTH = (200, 320)
HEADER_PADDING = 24
CLEAR_STYLE = "QLabel { background: #e8f5e9; border: 1px solid #9ccc9c; padding: 6px; }"


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class AssessmentSummaryPanel(QWidget):
    """One summary of how carefully the partner was chosen, with the warnings it raises."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = current_language()
        self.summary: AssessmentSummary | None = None
        self.agreement_id: int | None = None

        self.warnings = QLabel(self)
        self.warnings.setObjectName("assessmentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.conditions_note = QLabel(self)
        self.conditions_note.setWordWrap(True)
        self.conditions = QTableWidget(0, 2, self)
        self.conditions.setObjectName("conditionsTable")
        _read_only(self.conditions)
        self.criteria = QTableWidget(0, 3, self)
        self.criteria.setObjectName("criteriaTable")
        _read_only(self.criteria)
        self.criteria.setWordWrap(False)  # reasons are one line each; the full text is in the tooltip
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Score"), self.tr("Reason")])
        self.criteria.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.criteria.horizontalHeader().setStretchLastSection(True)
        self.average = QLabel(self)

        box = QGroupBox(self.tr("Assessment summary"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.warnings)
        inner.addWidget(self.conditions_note)
        inner.addWidget(self.conditions, 3)
        inner.addWidget(self.criteria, 2)
        inner.addWidget(self.average)
        inner.addStretch(0)  # with the tables hidden (a new agreement) the note stays at the top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.show_agreement(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped evidence needs its rows measured again once the columns have their width."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.conditions, self.conditions.resizeRowsToContents)  # not once deleted

    def show_agreement(self, agreement_id: int | None) -> None:
        """Show the stored assessment of an agreement (None: a new agreement)."""
        self.agreement_id = agreement_id
        self.summary = assessment_summary(self.ctx, agreement_id) if agreement_id is not None else None
        self._show()

    def refresh(self) -> None:
        self.show_agreement(self.agreement_id)

    def _show(self) -> None:
        summary, lang = self.summary, self.language
        if summary is None:
            self.warnings.setStyleSheet("")
            self.warnings.setText(escape(self.tr("Save the agreement first (Apply) to see its assessment summary.")))
            self.conditions_note.hide()
            self.conditions.setRowCount(0)
            self.criteria.setRowCount(0)
            # Nothing to list yet: empty tables would show bare column numbers ("1", "2") as their heads.
            self.conditions.hide()
            self.criteria.hide()
            self.average.setText("")
            return
        self.conditions.show()
        self.criteria.show()
        if summary.warnings:
            items = "".join(f"<li>{escape(w.message(lang))}</li>" for w in summary.warnings)
            head = self.tr(
                "{count} warning(s). They block nothing; moving the agreement forward records them in "
                "its stage history."
            ).format(count=len(summary.warnings))
            self.warnings.setStyleSheet(WARNING_STYLE)
            self.warnings.setText(f"<b>⚠ {escape(head)}</b><ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.warnings.setStyleSheet(CLEAR_STYLE)
            self.warnings.setText(
                escape(self.tr("No warnings: every condition is met with evidence and every criterion is scored."))
            )
        self.conditions_note.setVisible(True)
        self.conditions_note.setText(
            self.tr(
                "The nine conditions for cooperation with a foreign regional government (KSDPL), per partner, "
                "as recorded in the partner's record:"
            )
            if summary.conditions_apply
            else self.tr(
                "The nine conditions are the checklist for cooperation with a foreign regional government "
                "(KSDPL); shown here for information:"
            )
        )
        self._show_conditions(summary)
        self._show_criteria(summary)

    def _show_conditions(self, summary: AssessmentSummary) -> None:
        lang = self.language
        partners = summary.partners
        table = self.conditions
        table.setColumnCount(2 + len(partners))
        table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Condition"), *(p.name for p in partners)])
        texts = partners[0].conditions if partners else ()
        table.setRowCount(len(texts))
        for row, condition in enumerate(texts):
            table.setItem(row, 0, QTableWidgetItem(str(condition.number)))
            table.setItem(row, 1, QTableWidgetItem(condition.text_id if lang == "id" else condition.text_en))
        for column, partner in enumerate(partners, 2):
            relations = "" if partner.diplomatic_relations else " ⚠"
            # The partner by its name (its code only in the tooltip): a clerk knows partners by name.
            header_item = QTableWidgetItem(f"{partner.name}{relations}")
            country = partner.country_name_id if lang == "id" else partner.country_name_en
            header_item.setToolTip(f"{partner.name} ({partner.code}, {country})")
            table.setHorizontalHeaderItem(column, header_item)
            for row, condition in enumerate(partner.conditions):
                answer = label(condition.answer, "id" if lang == "id" else "en")
                evidence = (condition.evidence or "").strip()
                item = QTableWidgetItem(f"{answer}: {evidence}" if evidence else answer)
                item.setForeground(QBrush(QColor(ANSWER_COLOURS[Answer(condition.answer)])))
                item.setToolTip(evidence)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column in range(2, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            heading = table.horizontalHeaderItem(column)
            wanted = metrics.horizontalAdvance(heading.text() if heading is not None else "") + HEADER_PADDING
            table.setColumnWidth(column, max(PARTNER_COLUMN_WIDTH[0], min(wanted, PARTNER_COLUMN_WIDTH[1])))
        table.resizeRowsToContents()

    def _show_criteria(self, summary: AssessmentSummary) -> None:
        lang = self.language
        table = self.criteria
        table.setRowCount(len(summary.criteria))
        for row, item in enumerate(summary.criteria):
            table.setItem(row, 0, QTableWidgetItem(item.name_id if lang == "id" else item.name_en))
            score = QTableWidgetItem(f"{item.score} / 5" if item.score is not None else "—")
            score.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 1, score)
            reason = QTableWidgetItem(item.reason or "")
            reason.setToolTip(item.reason or "")
            table.setItem(row, 2, reason)
        average = summary.average_score
        if average is None:
            self.average.setText(self.tr("No criterion is scored yet."))
        else:
            self.average.setText(
                self.tr("Average score {average} of 5 ({scored} of {total} criteria scored).").format(
                    average=format_number(round(average, 1), lang), scored=summary.scored, total=len(summary.criteria)
                )
            )


__all__ = ["AssessmentSummaryPanel"]
