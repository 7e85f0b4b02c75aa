"""Exact money: an amount with its currency, stored as integer minor units.

Minor units follow CLDR's currency precision (Babel): IDR and JPY have none,
USD and EUR two. Conversion to rupiah rounds half up to whole rupiah (the
program's documented rounding rule, see docs/money.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision, list_currencies

from secretariat.domain.errors import Problem, ValidationError

IDR = "IDR"
_KNOWN_CURRENCIES = frozenset(list_currencies())


def currency_exponent(currency: str) -> int:
    return int(get_currency_precision(currency))


def is_known_currency(currency: str) -> bool:
    return currency in _KNOWN_CURRENCIES


@dataclass(frozen=True, order=False)
class Money:
    """An exact amount of one currency. Never added to another currency without conversion."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        if not is_known_currency(self.currency):
            raise ValueError(f"unknown currency {self.currency!r}")

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor).scaleb(-currency_exponent(currency)), currency)

    @property
    def minor(self) -> int:
        """The amount in integer minor units; refuses sub-minor fractions rather than rounding silently."""
        scaled = self.amount.scaleb(currency_exponent(self.currency))
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{self.amount} {self.currency} has more decimals than the currency allows")
        return int(scaled)

    def quantized(self) -> Money:
        exp = Decimal(1).scaleb(-currency_exponent(self.currency))
        return Money(self.amount.quantize(exp, rounding=ROUND_HALF_UP), self.currency)

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def _same_currency(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("Money can only be combined with Money")
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency} without conversion")

    def to_idr(self, rate: Decimal) -> Money:
        """Convert with a rate of rupiah per one unit of this currency; rounds half up to whole rupiah."""
        if self.currency == IDR:
            return self
        if rate <= 0:
            raise ValueError("exchange rate must be positive")
        return Money(self.amount * rate, IDR).quantized()

    def decimal_string(self) -> str:
        """Fixed-point text with the currency's number of decimals, e.g. '1234.50'."""
        return format(self.quantized().amount, "f")

    def __str__(self) -> str:
        return f"{self.decimal_string()} {self.currency}"


def parse_amount(value: object, field: str, *, allow_negative: bool = False) -> Decimal:
    """Read an amount typed by a user or found in a file; raise ValidationError naming the field."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str) and value.strip():
        try:
            amount = Decimal(value.strip().replace(" ", ""))
        except InvalidOperation:
            raise ValidationError([Problem(field, f"'{value}' is not a number", f"'{value}' bukan angka")]) from None
    else:
        raise ValidationError([Problem(field, "an amount is required", "jumlah wajib diisi")])
    if not amount.is_finite():
        raise ValidationError([Problem(field, f"'{value}' is not a number", f"'{value}' bukan angka")])
    if amount < 0 and not allow_negative:
        raise ValidationError([Problem(field, "the amount cannot be negative", "jumlah tidak boleh negatif")])
    return amount
