"""Numbers, money and dates as a clerk reads them, in the language of the interface (Babel/CLDR).

Indonesian: "Rp 1.234.567", "31 Desember 2026"; English: "IDR 1,234,567", "31 December 2026".
CLDR writes "Rp1.234.567" for Indonesian; the office writes a space after the symbol, so the patterns
below put one in for every currency and language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_currency, format_decimal

from secretariat.domain.money import Money

Language = Literal["id", "en"]

_LOCALES: dict[str, str] = {"id": "id_ID", "en": "en_GB"}
# The symbol, one space, the number; the currency's own decimals (IDR none, USD two).
_MONEY_PATTERN = "¤ #,##0.00;-¤ #,##0.00"
_DATE_PATTERN = "d MMMM y"  # 31 Desember 2026 / 31 December 2026 (day first in both)
_SHORT_DATE_PATTERN = "d MMM y"
_DATETIME_PATTERN = "d MMM y HH:mm"

__all__ = ["Language", "babel_locale", "format_date", "format_datetime", "format_money", "format_number"]


def babel_locale(language: str) -> str:
    """The Babel locale of an interface language ("id" or "en"); unknown languages read as Indonesian."""
    return _LOCALES.get(language, _LOCALES["id"])


def format_money(value: Money | Decimal | int | float | None, currency: str = "IDR", language: str = "id") -> str:
    """ "Rp 1.234.567" (id) / "IDR 1,234,567" (en); "" for None. A Money carries its own currency."""
    if value is None:
        return ""
    if isinstance(value, Money):
        amount, currency = value.amount, value.currency
    else:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
    return format_currency(amount, currency, format=_MONEY_PATTERN, locale=babel_locale(language), currency_digits=True)


def format_number(value: int | Decimal | float | None, language: str = "id") -> str:
    """ "1.234.567" (id) / "1,234,567" (en); "" for None."""
    if value is None:
        return ""
    return format_decimal(value, locale=babel_locale(language))


def format_date(value: date | None, language: str = "id", *, short: bool = False) -> str:
    """ "31 Desember 2026" / "31 December 2026" (short: "31 Des 2026"); "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return babel_format_date(value, _SHORT_DATE_PATTERN if short else _DATE_PATTERN, locale=babel_locale(language))


def format_datetime(value: datetime | None, language: str = "id") -> str:
    """A timestamp in the computer's local time, e.g. "31 Des 2026 14:05"; "" for None."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return babel_format_datetime(local, _DATETIME_PATTERN, locale=babel_locale(language))
