"""Currency pickers: the common currencies first, any ISO 4217 code typed; decimals per currency."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from secretariat.domain.money import currency_exponent, is_known_currency

#: Offered first in currency lists; any ISO 4217 code may be typed.
COMMON_CURRENCIES = ("IDR", "USD", "EUR", "JPY", "SGD", "AUD", "GBP", "CNY", "KRW", "MYR", "SAR")


def fill_currencies(combo: QComboBox) -> None:
    combo.clear()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code in COMMON_CURRENCIES:
        combo.addItem(code, code)


def currency_of(combo: QComboBox) -> str:
    return combo.currentText().strip().upper()


def decimals_for(currency: str) -> int:
    return currency_exponent(currency) if is_known_currency(currency) else 2
