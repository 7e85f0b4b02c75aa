from datetime import date

import pytest

from secretariat.domain import rules
from secretariat.domain.errors import ValidationError
from secretariat.domain.numbering import check_pattern, format_number, resets_yearly


def test_add_months_clamps_to_month_end() -> None:
    assert rules.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert rules.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert rules.add_months(date(2026, 3, 15), -6) == date(2025, 9, 15)
    assert rules.add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)


def test_expiry_and_notice() -> None:
    expiry = rules.expiry_from_term(date(2022, 3, 1), 60)
    assert expiry == date(2027, 2, 28)
    assert rules.last_notice_date(expiry, 6) == date(2026, 8, 28)


def test_passport_six_months_after_return() -> None:
    back = date(2026, 12, 10)
    assert rules.passport_too_short(date(2027, 6, 9), back)
    assert not rules.passport_too_short(date(2027, 6, 10), back)
    assert rules.passport_too_short(None, back)


def test_dormancy() -> None:
    today = date(2026, 11, 29)
    assert rules.is_dormant(date(2025, 11, 28), date(2020, 1, 1), today)
    assert not rules.is_dormant(date(2025, 12, 1), date(2020, 1, 1), today)
    # a freshly signed agreement with no activity yet is not dormant
    assert not rules.is_dormant(None, date(2026, 6, 1), today)
    assert rules.is_dormant(None, date(2024, 6, 1), today)


def test_numbering_patterns() -> None:
    assert format_number("{seq:03d}/KS/{year}", 7, date(2026, 3, 1)) == "007/KS/2026"
    assert format_number("{seq:03d}/BKS/{roman_month}/{year}", 12, date(2026, 11, 2)) == "012/BKS/XI/2026"
    assert resets_yearly("{seq}/{year}")
    assert not resets_yearly("KS-{seq:05d}")
    check_pattern("agreement_pattern", "{seq:04d}/KS/{year}")


@pytest.mark.parametrize("pattern", ["KS/{year}", "{seq}/{region}", "{seq:03d/KS"])
def test_bad_numbering_patterns_name_the_field(pattern: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_pattern("agreement_pattern", pattern)
    assert caught.value.fields == {"agreement_pattern"}
