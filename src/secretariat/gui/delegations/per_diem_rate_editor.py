"""A daily allowance (uang harian) for one country and grade, from a date, with its source."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from secretariat.domain.enums import Grade
from secretariat.domain.errors import Problem
from secretariat.domain.records import PerDiemRateData
from secretariat.gui.widgets.currencies import currency_of, decimals_for, fill_currencies
from secretariat.gui.widgets.fields import (
    AmountField,
    SearchableCombo,
    combo_value,
    country_choices,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.services.delegations import per_diem
from secretariat.services.delegations.per_diem import RateView
from secretariat.services.reference import countries_and_sectors as reference


class PerDiemRateEditor(FormDialog):
    FORM = "per_diem_rate_editor"
    HISTORY_KIND = "per_diem_rate"
    RECORD_TYPE = PerDiemRateData

    def setup(self) -> None:
        b = self.bind
        self.country_combo = b("countryCombo", QComboBox)
        self.grade = b("gradeCombo", QComboBox)
        self.amount_edit = b("amountEdit", QLineEdit)
        self.currency = b("currencyCombo", QComboBox)
        self.valid_from = b("validFromEdit", QDateEdit)
        self.source = b("sourceEdit", QLineEdit)
        self.country = SearchableCombo(
            self.country_combo, country_choices(reference.list_countries(self.ctx), self.language)
        )
        fill_enum(self.grade, Grade, self.language)
        fill_currencies(self.currency)
        self.amount = AmountField(self.amount_edit, self.language, "amount", decimals=2)
        self.currency.currentTextChanged.connect(self._currency_changed)
        setup_date(self.valid_from)
        self.track(self.country_combo, self.grade, self.amount_edit, self.currency, self.valid_from, self.source)
        self.view: RateView | None = None

    def _currency_changed(self) -> None:
        self.amount.decimals = decimals_for(currency_of(self.currency))

    def load(self) -> None:
        self.view = per_diem.get_rate(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        self.country.set_value(v.country_code if v else None)
        set_combo_value(self.grade, v.grade if v else Grade.A)
        self.currency.setCurrentText(v.currency if v else "USD")
        self._currency_changed()
        self.amount.set_value(v.amount if v else None)
        self.valid_from.setDate(to_qdate(v.valid_from if v else date(date.today().year, 1, 1)))
        set_text(self.source, v.source if v else "")

    def collect(self) -> PerDiemRateData:
        early: list[Problem] = []
        amount = self.read_amount(self.amount, early)
        country = self.country.value()
        data = PerDiemRateData(
            country_code=str(country) if country else "",
            grade=combo_value(self.grade),
            amount=amount,
            valid_from=from_qdate(self.valid_from.date()),
            currency=currency_of(self.currency),
            source=text_of(self.source),
        )
        self.refuse(data, early)
        return data

    def store(self, data: PerDiemRateData) -> int | None:
        if self.record_id is None:
            return per_diem.create_rate(self.ctx, data)
        per_diem.update_rate(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "country": self.country_combo,
            "grade": self.grade,
            "amount": self.amount_edit,
            "currency": self.currency,
            "valid_from": self.valid_from,
            "source": self.source,
        }

    def title(self) -> str:
        if self.view is None:
            return self.tr("New per-diem rate")
        name = self.view.country_name_id if self.language == "id" else self.view.country_name_en
        return self.tr("Per-diem rate – {country}, grade {grade}").format(country=name, grade=self.view.grade)

    def describe(self) -> str:
        return self.tr("the new per-diem rate") if self.view is None else self.tr("this per-diem rate")
