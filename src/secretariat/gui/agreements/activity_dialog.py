"""What an agreement produced: a visit, meeting, exchange, ... with its indicators."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secretariat.domain.enums import ActivityKind
from secretariat.domain.errors import Problem
from secretariat.domain.records import ActivityData, IndicatorData
from secretariat.gui.widgets.amounts import AmountTextError, decimal_places, format_amount_text, parse_amount_text
from secretariat.gui.widgets.fields import (
    combo_value,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.record_picker import RecordPicker
from secretariat.services.agreements import activities
from secretariat.services.agreements.activities import ActivityView
from secretariat.services.context import ServiceContext
from secretariat.services.registers.pickers import PickFilter


class ActivityDialog(FormDialog):
    FORM = "activity_dialog"
    RECORD_TYPE = ActivityData
    SHOW_APPLY = False

    def __init__(
        self, ctx: ServiceContext, record_id: int | None, parent: QWidget | None = None, *, agreement_id: int
    ) -> None:
        self.agreement_id = agreement_id
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.date = b("dateEdit", QDateEdit)
        self.kind = b("kindCombo", QComboBox)
        self.title_edit = b("titleEdit", QLineEdit)
        self.description = b("descriptionEdit", QPlainTextEdit)
        self.delegation = b("delegationCombo", QComboBox)
        self.budget_line = b("budgetLineCombo", QComboBox)
        self.indicators = b("indicatorsTable", QTableWidget)
        setup_date(self.date)
        fill_enum(self.kind, ActivityKind, self.language)
        none = self.tr("(none)")
        self.delegation_picker = RecordPicker(
            self.delegation, self.ctx, "delegation", language=self.language, blank=none
        )
        year = date.today().year
        self.budget_line_picker = RecordPicker(
            self.budget_line,
            self.ctx,
            "budget_line",
            language=self.language,
            blank=none,
            limits=PickFilter(fiscal_years=(year - 1, year, year + 1)),
        )
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.indicators.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        header.resizeSection(2, 110)
        b("addIndicatorButton", QPushButton).clicked.connect(self.add_indicator_row)
        b("removeIndicatorButton", QPushButton).clicked.connect(self.remove_indicator_row)
        self.track(
            self.date, self.kind, self.title_edit, self.description, self.delegation, self.budget_line, self.indicators
        )
        self.view: ActivityView | None = None

    def add_indicator_row(self, name: str = "", value: str = "", unit: str = "") -> None:
        row = self.indicators.rowCount()
        self.indicators.insertRow(row)
        for column, text in enumerate((name, value, unit)):
            item = QTableWidgetItem(text)
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.indicators.setItem(row, column, item)
        self.indicators.setCurrentCell(row, 0)
        self._changed()

    def remove_indicator_row(self) -> None:
        row = self.indicators.currentRow()
        if row >= 0:
            self.indicators.removeRow(row)
            self._changed()

    def _cell(self, row: int, column: int) -> str:
        item = self.indicators.item(row, column)
        return item.text().strip() if item is not None else ""

    def load(self) -> None:
        self.view = activities.get_activity(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        self.date.setDate(to_qdate(v.occurred_on if v else date.today()))
        set_combo_value(self.kind, v.kind if v else ActivityKind.MEETING)
        set_text(self.title_edit, v.title if v else "")
        set_text(self.description, v.description if v else "")
        self.delegation_picker.set_value(v.delegation_id if v else None)
        self.budget_line_picker.set_value(v.budget_line_id if v else None)
        self.indicators.blockSignals(True)
        self.indicators.setRowCount(0)
        for indicator in v.indicators if v else ():
            places = decimal_places(indicator.value)
            self.add_indicator_row(
                indicator.name, format_amount_text(indicator.value, self.language, places), indicator.unit or ""
            )
        self.indicators.blockSignals(False)

    def collect(self) -> ActivityData:
        early: list[Problem] = []
        indicators: list[IndicatorData] = []
        for row in range(self.indicators.rowCount()):
            name, raw, unit = self._cell(row, 0), self._cell(row, 1), self._cell(row, 2)
            if not (name or raw or unit):
                continue  # an empty row is ignored
            number = len(indicators) + 1
            try:
                value = parse_amount_text(raw, self.language, f"indicator {number} value")
            except AmountTextError as exc:
                early.append(exc.problem)
                value = None
            if value is None and not any(p.field == f"indicator {number} value" for p in early):
                early.append(Problem(f"indicator {number} value", "a value is required", "nilai wajib diisi"))
            # A None value comes with its problem in ``early``, which refuses the record before it is used.
            indicators.append(IndicatorData(name=name, value=value, unit=unit or None))  # type: ignore[arg-type]
        data = ActivityData(
            agreement_id=self.agreement_id,
            occurred_on=from_qdate(self.date.date()),
            kind=combo_value(self.kind),
            title=self.title_edit.text().strip(),
            description=text_of(self.description),
            delegation_id=combo_value(self.delegation),
            budget_line_id=combo_value(self.budget_line),
            indicators=indicators,
        )
        self.refuse(data, early)
        return data

    def store(self, data: ActivityData) -> int | None:
        if self.record_id is None:
            return activities.add_activity(self.ctx, data)
        activities.update_activity(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        mapping: dict[str, QWidget] = {
            "occurred_on": self.date,
            "kind": self.kind,
            "title": self.title_edit,
            "delegation": self.delegation,
            "budget_line": self.budget_line,
        }
        for n in range(1, self.indicators.rowCount() + 1):
            for part in ("name", "value", "unit"):
                mapping[f"indicator {n} {part}"] = self.indicators
        return mapping

    def field_names(self) -> Mapping[str, str]:
        names: dict[str, str] = {}
        for n in range(1, self.indicators.rowCount() + 1):
            names[f"indicator {n} name"] = self.tr("Indicator {n}, name").format(n=n)
            names[f"indicator {n} value"] = self.tr("Indicator {n}, value").format(n=n)
            names[f"indicator {n} unit"] = self.tr("Indicator {n}, unit").format(n=n)
        return names

    def title(self) -> str:
        return (
            self.tr("New activity")
            if self.view is None
            else self.tr("Activity – {title}").format(title=self.view.title)
        )

    def describe(self) -> str:
        return (
            self.tr("the new activity")
            if self.view is None
            else self.tr("the activity {title}").format(title=self.view.title)
        )
