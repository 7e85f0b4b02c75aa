from decimal import Decimal

import pytest

from secretariat.domain.errors import ValidationError
from secretariat.domain.money import Money, currency_exponent, parse_amount


def test_minor_units_follow_currency_precision() -> None:
    assert currency_exponent("IDR") == 0
    assert currency_exponent("JPY") == 0
    assert currency_exponent("USD") == 2
    assert Money(Decimal("1234567.89"), "USD").minor == 123456789
    assert Money.from_minor(123456789, "USD").amount == Decimal("1234567.89")
    assert Money(Decimal("1500"), "JPY").minor == 1500


def test_large_amount_is_exact() -> None:
    amount = Money(Decimal("1234567890123456.78"), "USD")
    assert Money.from_minor(amount.minor, "USD") == amount


def test_more_decimals_than_the_currency_allows_is_refused() -> None:
    with pytest.raises(ValueError, match="decimals"):
        _ = Money(Decimal("10.5"), "IDR").minor
    with pytest.raises(ValueError, match="decimals"):
        _ = Money(Decimal("0.001"), "USD").minor


def test_currencies_never_mix_without_conversion() -> None:
    with pytest.raises(ValueError, match="without conversion"):
        _ = Money(Decimal(1), "USD") + Money(Decimal(1), "EUR")
    assert Money(Decimal("1.10"), "USD") + Money(Decimal("2.20"), "USD") == Money(Decimal("3.30"), "USD")


def test_conversion_to_rupiah_rounds_half_up_to_whole_rupiah() -> None:
    assert Money(Decimal("100.00"), "USD").to_idr(Decimal("15875.5")) == Money(Decimal("1587550"), "IDR")
    assert Money(Decimal("0.01"), "USD").to_idr(Decimal("150")) == Money(Decimal("2"), "IDR")  # 1.5 -> 2
    assert Money(Decimal("0.01"), "USD").to_idr(Decimal("149.99")) == Money(Decimal("1"), "IDR")
    with pytest.raises(ValueError):
        Money(Decimal(1), "USD").to_idr(Decimal(0))


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown currency"):
        Money(Decimal(1), "XYZ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1234.50", Decimal("1234.50")), (" 12 ", Decimal(12)), (7, Decimal(7)), (Decimal("0.1"), Decimal("0.1"))],
)
def test_parse_amount_accepts_numbers(text: object, expected: Decimal) -> None:
    assert parse_amount(text, "amount") == expected


@pytest.mark.parametrize("text", ["12a", "abc", "", None, "NaN", "Infinity"])
def test_parse_amount_names_the_field_for_non_numbers(text: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "planned")
    assert caught.value.fields == {"planned"}


def test_parse_amount_refuses_negative_unless_allowed() -> None:
    with pytest.raises(ValidationError, match="negative"):
        parse_amount("-5", "amount")
    assert parse_amount("-5", "correction", allow_negative=True) == Decimal(-5)
