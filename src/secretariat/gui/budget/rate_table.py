"""The exchange-rate table editor: rupiah per unit of a foreign currency, one rate per currency and date.

A transaction in a foreign currency entered without its rate takes the
table's rate of its date, or the latest of the week before; the editor shows
which rate a date takes. Editing the table never changes a transaction already
recorded (each keeps the rate it was entered with). A rate of zero or less is
refused.

The dialog is a :class:`~secretariat.gui.widgets.list_form_dialog.ListFormDialog`
on the form ``ui/rate_table_dialog.ui``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from secretariat.domain.errors import UserError, ValidationError
from secretariat.gui.formatting import format_date
from secretariat.gui.widgets.amounts import (
    AmountTextError,
    decimal_places,
    format_amount_text,
    parse_amount_text,
    set_amount_placeholder,
)
from secretariat.gui.widgets.list_form_dialog import ListFormDialog
from secretariat.gui.widgets.prompts import confirm
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.services.budget.exchange_rates import (
    RateData,
    RateView,
    create_rate,
    currencies,
    delete_rate,
    list_rates,
    rate_on,
    update_rate,
)

#: Offered in the currency box first (any ISO 4217 code may be typed).
COMMON_CURRENCIES = ("USD", "EUR", "JPY", "SGD", "AUD", "CNY", "KRW", "MYR", "GBP", "SAR", "THB", "CHF", "NZD")
RATE_DECIMALS_SHOWN = 4


def _rate_text(rate: Decimal, language: str) -> str:
    """The rate with its own decimals (at least two), in the interface's number format."""
    return format_amount_text(rate, language, decimals=max(2, decimal_places(rate)))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RateTableDialog(ListFormDialog[RateView]):
    """The rate table: filter by currency, pick a row to edit it, or start a new rate."""

    FORM = "rate_table_dialog"
    RIGHT_COLUMNS = frozenset({2})

    def setup(self) -> None:
        self.setObjectName("rateTableDialog")
        self.filter_label = self.bind("filterLabel", QLabel)
        self.filter_combo = self.bind("filterCombo", QComboBox)
        self.date_edit = self.bind("dateEdit", QDateEdit)
        self.currency_combo = self.bind("currencyCombo", QComboBox)
        self.rate_edit = self.bind("rateEdit", QLineEdit)
        self.source_edit = self.bind("sourceEdit", QLineEdit)
        self.hint_label = self.bind("hintLabel", QLabel)
        self.form_labels = {key: self.bind(f"{key}Label", QLabel) for key in ("date", "currency", "rate", "source")}
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #616161;")
        self.date_edit.setDate(QDate.currentDate())
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        for signal in (self.date_edit.dateChanged, self.currency_combo.currentTextChanged):
            signal.connect(lambda *_args: self._update_hint())
        resize_within_screen(self, 900, 520)
        self._fill_filter()

    # --- rows ----------------------------------------------------------------------------------------------

    def _fill_filter(self, keep: str | None = None) -> None:
        in_table = [code for code, _count in currencies(self.ctx)]
        blocked = self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All currencies"), None)
        for code in in_table:
            self.filter_combo.addItem(code, code)
        index = self.filter_combo.findData(keep) if keep else 0
        self.filter_combo.setCurrentIndex(max(index, 0))
        self.filter_combo.blockSignals(blocked)
        offered = list(dict.fromkeys([*in_table, *COMMON_CURRENCIES]))
        current = self.currency_combo.currentText()
        self.currency_combo.clear()
        self.currency_combo.addItems(offered)
        self.currency_combo.setEditText(current or (offered[0] if offered else "USD"))

    def after_save(self) -> None:
        self._fill_filter(keep=self.filter_combo.currentData())

    def fetch(self) -> list[RateView]:
        return list_rates(self.ctx, currency=self.filter_combo.currentData())

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Currency"), self.tr("Rupiah per unit"), self.tr("Source")]

    def cells(self, record: RateView) -> list[str]:
        lang = self.language
        return [
            format_date(record.on, lang, short=True),
            record.currency,
            _rate_text(record.rate, lang),
            record.source or "",
        ]

    def decorate(self, record: RateView, row: int) -> None:
        first = self.table.item(row, 0)
        if first is not None:  # filled by the list-plus-form base before it decorates the row
            first.setToolTip(format_date(record.on, self.language))

    def count_text(self, count: int) -> str:
        return self.tr("{count} rates").format(count=count)

    # --- the form ------------------------------------------------------------------------------------------

    def show_record(self, record: RateView) -> None:
        self.date_edit.setDate(_qdate(record.on))
        self.currency_combo.setEditText(record.currency)
        self.rate_edit.setText(_rate_text(record.rate, self.language))
        self.source_edit.setText(record.source or "")

    def clear_form(self) -> None:
        """Today, the currency shown or last used, the last source."""
        filtered = self.filter_combo.currentData()
        if filtered:
            self.currency_combo.setEditText(filtered)
        self.date_edit.setDate(QDate.currentDate())
        self.rate_edit.clear()
        if self.rows:
            self.source_edit.setText(self.rows[0].source or "")
        self.rate_edit.setFocus()

    def new_rate(self) -> None:
        """Empty the form for a new rate."""
        self.new_record()

    def collect(self) -> RateData:
        try:
            rate = parse_amount_text(self.rate_edit.text(), self.language, "rate")
        except AmountTextError as error:
            raise ValidationError([error.problem]) from None
        return RateData(
            currency=self.currency_combo.currentText().strip().upper(),
            on=_pydate(self.date_edit.date()),
            rate=rate if rate is not None else "",
            source=self.source_edit.text(),
        )

    def create_record(self, data: Any) -> int:
        return create_rate(self.ctx, data)

    def update_record(self, record_id: int, data: Any) -> None:
        update_rate(self.ctx, record_id, data, loaded=self.current())

    def remove(self, record: RateView) -> None:
        if not confirm(
            self,
            self.tr("Delete rate"),
            self.tr("Delete the {currency} rate of {date}?").format(
                currency=record.currency, date=format_date(record.on, self.language)
            ),
            self.tr("Delete"),
            self.tr("Transactions already recorded keep the rate they were entered with."),
        ):
            return
        delete_rate(self.ctx, record.id)
        self.deleted()

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "on": self.date_edit,
            "currency": self.currency_combo,
            "rate": self.rate_edit,
            "source": self.source_edit,
        }

    def field_labels(self) -> dict[str, str]:
        return {
            "currency": self.tr("Currency"),
            "on": self.tr("Date"),
            "rate": self.tr("Rate"),
            "source": self.tr("Source"),
        }

    def form_title(self, record: RateView | None) -> str:
        return self.tr("New rate") if record is None else self.tr("Edit rate")

    def mode_changed(self, record: RateView | None) -> None:
        self._update_hint()

    def _update_hint(self) -> None:
        currency = self.currency_combo.currentText().strip().upper()
        on = _pydate(self.date_edit.date())
        lang = self.language
        if len(currency) != 3 or currency == "IDR":
            self.hint_label.clear()
            return
        try:
            quote = rate_on(self.ctx, currency, on)
        except UserError:
            quote = None
        if quote is None:
            self.hint_label.setText(
                self.tr(
                    "A transaction in {currency} dated {date} finds no rate in the table (none that day nor in the "
                    "week before): its rate must be typed."
                ).format(currency=currency, date=format_date(on, lang))
            )
        elif quote.days_old == 0:
            self.hint_label.setText(
                self.tr("A transaction in {currency} dated {date} takes this day's rate, {rate}.").format(
                    currency=currency, date=format_date(on, lang), rate=_rate_text(quote.rate, lang)
                )
            )
        else:
            self.hint_label.setText(
                self.tr(
                    "A transaction in {currency} dated {date} takes the rate of {quoted}, {rate} (the latest in the "
                    "week before)."
                ).format(
                    currency=currency,
                    date=format_date(on, lang),
                    quoted=format_date(quote.on, lang),
                    rate=_rate_text(quote.rate, lang),
                )
            )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange-rate table"))
        self.filter_label.setText(self.tr("&Show:"))
        if self.filter_combo.count():
            self.filter_combo.setItemText(0, self.tr("All currencies"))
        labels = self.field_labels()
        for key, widget in self.form_labels.items():
            widget.setText(labels["on" if key == "date" else key] + ":")
        example = format_amount_text(Decimal("16325.50"), self.language, decimals=2)
        set_amount_placeholder(self.rate_edit, self.tr("rupiah per one unit, e.g. {example}").format(example=example))
        self.source_edit.setPlaceholderText(self.tr("e.g. Bank Indonesia JISDOR"))
        self.new_button.setText(self.tr("&New rate"))
