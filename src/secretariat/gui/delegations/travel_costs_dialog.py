"""The office's travel-cost table: air fares by destination and class, visa, insurance, local transport,
representation, and the per-delegation lump sums (souvenirs, interpreter, venue).

The travel budget (RAB) takes each cost from here (the per diem has its own table): the destination's rate
before the accredited mission's country's before any country's, the grade's own before any grade's, in force
on the departure day. A cost without a rate is left in the budget for the clerk to fill in. Each rate keeps its
source (e.g. "PMK 32/2025") and the date it applies from, printed under the budget. The table is imported from
Excel with the import wizard (sheet "Biaya Perjalanan", beside the per-diem sheet "Uang Harian").

The dialog is a :class:`~secretariat.gui.widgets.list_form_dialog.ListFormDialog` on ``ui/travel_cost_rates_dialog.ui``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QWidget

from secretariat.domain.enums import CostKind, Grade, TravelClass
from secretariat.domain.errors import ValidationError
from secretariat.domain.labels import Language, label
from secretariat.domain.money import currency_exponent
from secretariat.gui.formatting import format_date, format_money
from secretariat.gui.widgets.amounts import (
    AmountTextError,
    format_amount_text,
    parse_amount_text,
    set_amount_placeholder,
)
from secretariat.gui.widgets.currencies import fill_currencies
from secretariat.gui.widgets.fields import SearchableCombo, country_choices
from secretariat.gui.widgets.list_form_dialog import ListFormDialog
from secretariat.gui.widgets.prompts import confirm
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.delegations.travel_costs import (
    TABLE_KINDS,
    CostRateData,
    CostRateView,
    create_cost_rate,
    delete_cost_rate,
    list_cost_rates,
    update_cost_rate,
)
from secretariat.services.reference import countries_and_sectors as reference

__all__ = ["TravelCostRatesDialog"]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TravelCostRatesDialog(ListFormDialog[CostRateView]):
    """The travel-cost table: filter by cost item, pick a row to edit it, or start a new rate."""

    FORM = "travel_cost_rates_dialog"
    RIGHT_COLUMNS = frozenset({4})
    STRETCH_COLUMN = 6

    def setup(self) -> None:
        self.setObjectName("travelCostRatesDialog")
        self.filter_label = self.bind("filterLabel", QLabel)
        self.filter_combo = self.bind("filterCombo", QComboBox)
        self.import_button = self.bind("importButton", QPushButton)
        self.kind_combo = self.bind("kindCombo", QComboBox)
        self.country_combo = self.bind("countryCombo", QComboBox)
        self.grade_combo = self.bind("gradeCombo", QComboBox)
        self.class_combo = self.bind("classCombo", QComboBox)
        self.amount_edit = self.bind("amountEdit", QLineEdit)
        self.currency_combo = self.bind("currencyCombo", QComboBox)
        self.valid_from_edit = self.bind("validFromEdit", QDateEdit)
        self.source_edit = self.bind("sourceEdit", QLineEdit)
        self.hint_label = self.bind("hintLabel", QLabel)
        self.form_labels = {
            key: self.bind(f"{key}Label", QLabel)
            for key in ("kind", "country", "grade", "class", "amount", "currency", "validFrom", "source")
        }
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #616161;")
        self.country = SearchableCombo(
            self.country_combo, country_choices(reference.list_countries(self.ctx), self.language), blank=""
        )
        # As wide as the form, not as the longest country's name (which took the table's "Valid from").
        self.country_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country_combo.setMinimumContentsLength(16)
        fill_currencies(self.currency_combo)
        self.valid_from_edit.setDate(QDate(QDate.currentDate().year(), 1, 1))
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.import_button.clicked.connect(self.import_from_excel)
        resize_within_screen(self, 1180, 600)
        self._fill_choices()

    def _fill_choices(self) -> None:
        lang: Language = "id" if self.language == "id" else "en"
        for combo, blank in ((self.filter_combo, self.tr("All cost items")),):
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for kind in TABLE_KINDS:
                combo.addItem(label(kind, lang), kind.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(blocked)
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in TABLE_KINDS:
            self.kind_combo.addItem(label(kind, lang), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        current = self.grade_combo.currentData()
        self.grade_combo.clear()
        self.grade_combo.addItem(self.tr("Any grade"), None)
        for grade in Grade:
            self.grade_combo.addItem(label(grade, lang), grade.value)
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(current)))
        current = self.class_combo.currentData()
        self.class_combo.clear()
        self.class_combo.addItem("–", None)
        for travel_class in TravelClass:
            self.class_combo.addItem(label(travel_class, lang), travel_class.value)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(current)))

    def _kind_changed(self) -> None:
        air_fare = self.kind_combo.currentData() == CostKind.AIR_FARE.value
        self.class_combo.setEnabled(air_fare)
        if not air_fare:
            self.class_combo.setCurrentIndex(0)

    # --- rows ----------------------------------------------------------------------------------------------

    def fetch(self) -> list[CostRateView]:
        return list_cost_rates(self.ctx, kind=self.filter_combo.currentData())

    def headers(self) -> list[str]:
        return [
            self.tr("Cost item"),
            self.tr("Country"),
            self.tr("Grade"),
            self.tr("Class"),
            self.tr("Amount"),
            self.tr("Valid from"),
            self.tr("Source"),
        ]

    def cells(self, record: CostRateView) -> list[str]:
        lang: Language = "id" if self.language == "id" else "en"
        country = (record.country_name_id if lang == "id" else record.country_name_en) if record.country_code else None
        return [
            label(record.kind, lang),
            country or self.tr("any country"),
            record.grade or self.tr("any"),
            label(TravelClass(record.travel_class), lang) if record.travel_class else "",
            format_money(record.amount, record.currency, self.language),
            format_date(record.valid_from, self.language, short=True),
            record.source,
        ]

    def count_text(self, count: int) -> str:
        return self.tr("{count} rates").format(count=count)

    # --- the form ------------------------------------------------------------------------------------------

    def show_record(self, record: CostRateView) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind.value)))
        self.country.set_value(record.country_code)
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(record.grade)))
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(record.travel_class)))
        decimals = currency_exponent(record.currency) if record.amount != record.amount.to_integral_value() else 0
        self.amount_edit.setText(format_amount_text(record.amount, self.language, decimals))
        self.currency_combo.setCurrentText(record.currency)
        self.valid_from_edit.setDate(_qdate(record.valid_from))
        self.source_edit.setText(record.source)
        self._kind_changed()

    def clear_form(self) -> None:
        """The kind shown, the last source and date, any country, any grade."""
        filtered = self.filter_combo.currentData()
        if filtered:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(filtered)))
        self.country.set_value(None)
        self.grade_combo.setCurrentIndex(0)
        self.class_combo.setCurrentIndex(0)
        self.amount_edit.clear()
        self.currency_combo.setCurrentText("USD")
        if self.rows:
            self.source_edit.setText(self.rows[0].source)
            self.valid_from_edit.setDate(_qdate(self.rows[0].valid_from))
        self._kind_changed()
        self.amount_edit.setFocus()

    def collect(self) -> CostRateData:
        try:
            amount = parse_amount_text(self.amount_edit.text(), self.language, "amount")
        except AmountTextError as error:
            raise ValidationError([error.problem]) from None
        country = self.country.value()
        return CostRateData(
            kind=str(self.kind_combo.currentData() or ""),
            amount=amount if amount is not None else "",
            currency=self.currency_combo.currentText().strip().upper(),
            valid_from=_pydate(self.valid_from_edit.date()),
            source=self.source_edit.text(),
            country_code=str(country) if country else None,
            grade=self.grade_combo.currentData(),
            travel_class=self.class_combo.currentData(),
        )

    def create_record(self, data: Any) -> int:
        return create_cost_rate(self.ctx, data)

    def update_record(self, record_id: int, data: Any) -> None:
        update_cost_rate(self.ctx, record_id, data, loaded=self.current())

    def remove(self, record: CostRateView) -> None:
        lang: Language = "id" if self.language == "id" else "en"
        if not confirm(
            self,
            self.tr("Delete rate"),
            self.tr("Delete the rate “{item}” of {date}?").format(
                item=label(record.kind, lang), date=format_date(record.valid_from, self.language)
            ),
            self.tr("Delete"),
            self.tr("Travel budgets already written keep the amounts they were written with."),
        ):
            return
        delete_cost_rate(self.ctx, record.id)
        self.deleted()

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "kind": self.kind_combo,
            "country": self.country_combo,
            "grade": self.grade_combo,
            "travel_class": self.class_combo,
            "amount": self.amount_edit,
            "currency": self.currency_combo,
            "valid_from": self.valid_from_edit,
            "source": self.source_edit,
        }

    def field_labels(self) -> dict[str, str]:
        return {
            "kind": self.tr("Cost item"),
            "country": self.tr("Country"),
            "grade": self.tr("Grade"),
            "travel_class": self.tr("Class"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "valid_from": self.tr("Valid from"),
            "source": self.tr("Source"),
        }

    def form_title(self, record: CostRateView | None) -> str:
        return self.tr("New rate") if record is None else self.tr("Edit rate")

    def mode_changed(self, record: CostRateView | None) -> None:
        self.hint_label.setText(
            self.tr(
                "Leave the country empty for a rate of any destination, and the grade for any grade. The travel "
                "budget takes the most specific rate in force on the departure day; a cost without a rate is left "
                "for the clerk to fill in."
            )
        )

    def import_from_excel(self) -> None:
        """The import wizard: a workbook with the sheet "Biaya Perjalanan" (and any other sheet of the format)."""
        from secretariat.gui.excel.import_wizard import run_import_wizard

        run_import_wizard(self.ctx, self)
        self.changed = True
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Travel-cost rates"))
        self.filter_label.setText(self.tr("&Show:"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.import_button.setToolTip(
            self.tr("A workbook with the sheet “Biaya Perjalanan” (see the Excel template), checked row by row")
        )
        labels = self.field_labels()
        keys = {"class": "travel_class", "validFrom": "valid_from"}
        for key, widget in self.form_labels.items():
            widget.setText(labels[keys.get(key, key)] + ":")
        set_amount_placeholder(
            self.amount_edit,
            self.tr("e.g. {foreign} (USD) or {rupiah} (IDR)").format(
                foreign=format_amount_text(4500, self.language), rupiah=format_amount_text(450000, self.language)
            ),
        )
        self.source_edit.setPlaceholderText(self.tr("e.g. PMK 32/2025"))
        self.new_button.setText(self.tr("&New rate"))
        if hasattr(self, "country"):
            self._fill_choices()
