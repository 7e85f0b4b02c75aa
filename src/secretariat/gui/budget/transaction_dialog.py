"""One transaction of a budget line: a realisation, or a grant received, in any currency with its rate."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from secretariat.domain.enums import GrantForm, TransactionKind
from secretariat.domain.errors import Problem
from secretariat.domain.records import TransactionData
from secretariat.gui.formatting import format_money
from secretariat.gui.widgets.amounts import AmountTextError
from secretariat.gui.widgets.currencies import currency_of, decimals_for, fill_currencies
from secretariat.gui.widgets.fields import (
    AmountField,
    combo_value,
    fill_choices,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.picklists import partner_choices
from secretariat.services.budget import lines as budget
from secretariat.services.budget.lines import TransactionView
from secretariat.services.context import ServiceContext


class TransactionDialog(FormDialog):
    FORM = "transaction_dialog"
    RECORD_TYPE = TransactionData
    SHOW_APPLY = False

    def __init__(
        self,
        ctx: ServiceContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        budget_line_id: int,
        fiscal_year: int | None = None,
    ) -> None:
        self.budget_line_id = budget_line_id
        self.fiscal_year = fiscal_year
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.date = b("dateEdit", QDateEdit)
        self.kind = b("kindCombo", QComboBox)
        self.amount_edit = b("amountEdit", QLineEdit)
        self.currency = b("currencyCombo", QComboBox)
        self.rate_edit = b("rateEdit", QLineEdit)
        self.idr_value = b("idrValue", QLabel)
        self.donor = b("donorCombo", QComboBox)
        self.grant_form = b("formCombo", QComboBox)
        self.description = b("descriptionEdit", QPlainTextEdit)
        self.reference = b("referenceEdit", QLineEdit)
        setup_date(self.date)
        fill_enum(self.kind, TransactionKind, self.language)
        fill_currencies(self.currency)
        fill_enum(self.grant_form, GrantForm, self.language)
        fill_choices(self.donor, partner_choices(self.ctx), blank=self.tr("(none)"))
        self.amount = AmountField(self.amount_edit, self.language, "amount", decimals=0)
        self.rate_edit.setPlaceholderText(self.tr("from the rate table"))
        self.rate = AmountField(self.rate_edit, self.language, "rate_to_idr", decimals=None)
        for signal in (self.amount_edit.textChanged, self.rate_edit.textChanged, self.currency.currentTextChanged):
            signal.connect(self._update_idr)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.track(
            self.date,
            self.kind,
            self.amount_edit,
            self.currency,
            self.rate_edit,
            self.donor,
            self.grant_form,
            self.description,
            self.reference,
        )
        self.view: TransactionView | None = None

    def _currency_changed(self) -> None:
        currency = currency_of(self.currency)
        self.amount.decimals = decimals_for(currency)
        foreign = currency != "IDR"
        self.rate_edit.setEnabled(foreign)
        if not foreign:
            self.rate_edit.clear()

    def _kind_changed(self) -> None:
        grant = combo_value(self.kind) == TransactionKind.GRANT.value
        self.donor.setEnabled(grant)
        self.grant_form.setEnabled(grant)
        if not grant:
            set_combo_value(self.donor, None)
            set_combo_value(self.grant_form, GrantForm.CASH)

    def _update_idr(self) -> None:
        """Show the rupiah equivalent as it will be stored (rounded half up to whole rupiah)."""
        currency = currency_of(self.currency)
        try:
            amount = self.amount.value()
            rate = self.rate.value() if currency != "IDR" else Decimal(1)
        except AmountTextError:
            self.idr_value.setText("—")
            return
        if amount is None:
            self.idr_value.setText("—")
        elif rate is None:
            self.idr_value.setText(self.tr("at the rate in the office's rate table for that date"))
        else:
            idr = (amount * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            self.idr_value.setText(format_money(idr, "IDR", self.language))

    def load(self) -> None:
        self.view = budget.get_transaction(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        if v is not None:
            self.date.setDate(to_qdate(v.occurred_on))
        else:
            today = date.today()
            year = self.fiscal_year or today.year
            self.date.setDate(to_qdate(today if today.year == year else date(year, 1, 1)))
        set_combo_value(self.kind, v.kind if v else TransactionKind.REALISATION)
        self.currency.setCurrentText(v.currency if v else "IDR")
        self._currency_changed()
        self.amount.set_value(v.amount if v else None)
        self.rate.set_value(v.rate_to_idr if v and v.currency != "IDR" else None)
        self._kind_changed()
        set_combo_value(self.donor, v.donor_partner_id if v else None)
        set_combo_value(self.grant_form, v.form if v else GrantForm.CASH)
        set_text(self.description, v.description if v else "")
        set_text(self.reference, v.reference if v else "")
        self._update_idr()

    def collect(self) -> TransactionData:
        early: list[Problem] = []
        amount = self.read_amount(self.amount, early)
        currency = currency_of(self.currency)
        rate = self.read_amount(self.rate, early) if currency != "IDR" else None
        data = TransactionData(
            budget_line_id=self.budget_line_id,
            occurred_on=from_qdate(self.date.date()),
            kind=combo_value(self.kind),  # type: ignore[arg-type]
            amount=amount,  # type: ignore[arg-type]
            currency=currency,
            rate_to_idr=rate,
            donor_partner_id=combo_value(self.donor),  # type: ignore[arg-type]
            form=combo_value(self.grant_form),  # type: ignore[arg-type]
            description=text_of(self.description),
            reference=text_of(self.reference),
        )
        # Without a rate typed, the service takes the office's rate table: it alone knows whether one is missing.
        self.refuse(data, early, ignore={"rate_to_idr"} if rate is None else set())
        return data

    def store(self, data: TransactionData) -> int | None:
        if self.record_id is None:
            return budget.add_transaction(self.ctx, data)
        budget.update_transaction(self.ctx, self.record_id, data)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "occurred_on": self.date,
            "kind": self.kind,
            "amount": self.amount_edit,
            "currency": self.currency,
            "rate_to_idr": self.rate_edit,
            "donor": self.donor,
            "form": self.grant_form,
            "budget_line": self.kind,
        }

    def field_names(self) -> Mapping[str, str]:
        return {"budget_line": self.tr("Budget line")}

    def title(self) -> str:
        return self.tr("New transaction") if self.view is None else self.tr("Transaction")

    def describe(self) -> str:
        return self.tr("the new transaction") if self.view is None else self.tr("this transaction")
