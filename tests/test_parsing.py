"""Lenient readers of spreadsheet cells: dates, amounts, countries, choices, yes/no, times, formula errors."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pycountry
import pytest

from secretariat.domain import enums as e
from secretariat.domain.parsing import (
    EXCEL_ERRORS,
    ParseError,
    country_index,
    fold,
    parse_amount,
    parse_bool,
    parse_country,
    parse_date,
    parse_enum,
    parse_integer,
    parse_text,
    parse_time,
    split_list,
)


@pytest.mark.parametrize(
    "text",
    [
        "31/12/2026",
        "31-12-2026",
        "31.12.2026",
        "2026-12-31",
        "2026/12/31",
        "31 Desember 2026",
        "31 Des 2026",
        "31 Dec 2026",
        "31 December 2026",
        "31-Dec-2026",
        "31 DESEMBER 2026",
        "December 31, 2026",
        "Dec 31 2026",
        "Kamis, 31 Desember 2026",
        "Thursday, 31 December 2026",
        "  31 desember 2026  ",
    ],
)
def test_dates_in_indonesian_and_english_forms(text: str) -> None:
    assert parse_date(text) == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 Agustus 2026", date(2026, 8, 17)),
        ("17 Agt 2026", date(2026, 8, 17)),
        ("17 Agu 2026", date(2026, 8, 17)),
        ("10 Nopember 2026", date(2026, 11, 10)),
        ("1 Pebruari 2026", date(2026, 2, 1)),
        ("1 Mei 2026", date(2026, 5, 1)),
        ("5 Sept 2026", date(2026, 9, 5)),
        ("3 Okt 2026", date(2026, 10, 3)),
        ("1 Mar 2026", date(2026, 3, 1)),
        ("1/2/2026", date(2026, 2, 1)),
    ],
)
def test_month_spellings_and_day_first(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_excel_dates_and_serials() -> None:
    assert parse_date(datetime(2026, 12, 31, 0, 0)) == date(2026, 12, 31)
    assert parse_date(date(2026, 1, 2)) == date(2026, 1, 2)
    assert parse_date(46387) == date(2026, 12, 31)  # Excel's serial for 31/12/2026
    assert parse_date(46387.0) == date(2026, 12, 31)
    assert parse_date(None) is None
    assert parse_date("   ") is None


@pytest.mark.parametrize(
    ("value", "fragment_en", "fragment_id"),
    [
        ("12/31/2026", "day and month are the other way round", "hari dan bulan tertukar"),
        ("31/02/2026", "there is no such day", "tanggal itu tidak ada"),
        ("besok pagi", "is not a date", "bukan tanggal"),
        ("31/12/26", "is not a date", "bukan tanggal"),
        ("31 Smarch 2026", "is not a date", "bukan tanggal"),
        (2026, "is not a date", "bukan tanggal"),  # a year typed into a date cell is no Excel date
        (True, "is not a date", "bukan tanggal"),
    ],
)
def test_bad_dates_say_what_is_wrong_in_both_languages(value: object, fragment_en: str, fragment_id: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(value)
    assert fragment_en in caught.value.message("en")
    assert fragment_id in caught.value.message("id")
    assert "31/12/2026" in caught.value.message("en")  # the example of what to write


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234.567,50", Decimal("1234567.50")),
        ("1,234,567.50", Decimal("1234567.50")),
        ("1234567.5", Decimal("1234567.5")),
        ("1234567,5", Decimal("1234567.5")),
        ("1.234.567", Decimal("1234567")),
        ("1,234,567", Decimal("1234567")),
        ("1 234 567,50", Decimal("1234567.50")),
        ("Rp 1.500.000", Decimal("1500000")),
        ("Rp1.500.000,00", Decimal("1500000.00")),
        ("IDR 2.000", Decimal("2000")),
        ("-3,5", Decimal("-3.5")),
        ("+7", Decimal("7")),
        (",5", Decimal("0.5")),
        ("0.500", Decimal("0.500")),  # a leading 0 never starts a thousands group
        ("1234.567", Decimal("1234.567")),  # four digits before the point: not a thousands group
        ("12", Decimal("12")),
    ],
)
def test_amounts_in_either_decimal_convention(text: str, expected: Decimal) -> None:
    assert parse_amount(text) == expected


def test_ambiguous_single_separator_with_three_digits_reads_the_indonesian_way() -> None:
    assert parse_amount("1.234") == Decimal("1234")  # dot groups thousands
    assert parse_amount("1,234") == Decimal("1.234")  # comma marks decimals
    assert parse_amount("12.345") == Decimal("12345")
    assert parse_amount("999,999") == Decimal("999.999")


def test_amounts_from_excel_numbers_stay_exact() -> None:
    assert parse_amount(1250.5) == Decimal("1250.5")
    assert parse_amount(0.1) == Decimal("0.1")
    assert parse_amount(16250) == Decimal("16250")
    assert parse_amount(Decimal("1.25")) == Decimal("1.25")
    assert parse_amount(None) is None
    assert parse_amount("  ") is None


@pytest.mark.parametrize(
    "text", ["12a", "abc", "1.2.3", "1,23,4", "12,34.5.6", "1..5", "5.", "Rp", "1,2.345", "12 USD", "1e5"]
)
def test_letters_or_bad_grouping_in_an_amount_are_refused(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text)
    assert "is not a number" in caught.value.message("en")
    assert "bukan angka" in caught.value.message("id")


def test_booleans_and_dates_are_not_amounts() -> None:
    for value in (True, date(2026, 1, 1)):
        with pytest.raises(ParseError):
            parse_amount(value)


def test_integers() -> None:
    assert parse_integer("60") == 60
    assert parse_integer(60.0) == 60
    assert parse_integer("1.200") == 1200
    assert parse_integer(None) is None
    with pytest.raises(ParseError) as caught:
        parse_integer("12,5")
    assert "not a whole number" in caught.value.message("en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("JP", "JP"),
        ("jp", "JP"),
        ("JPN", "JP"),
        ("Jepang", "JP"),
        ("Japan", "JP"),
        ("JAPAN", "JP"),
        ("Korea Selatan", "KR"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Jerman", "DE"),
        ("Germany", "DE"),
        ("Belanda", "NL"),
        ("Tiongkok", "CN"),
        ("Cina", "CN"),
        ("Amerika Serikat", "US"),
        ("United States", "US"),
        ("Inggris", "GB"),
        ("Inggris Raya", "GB"),
        ("United Kingdom", "GB"),
        ("Côte d’Ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Türkiye", "TR"),
        ("Turki", "TR"),
        ("Timor Leste", "TL"),
        ("Arab Saudi", "SA"),
        ("Saudi Arabia", "SA"),
        ("AS", "AS"),  # an ISO code wins over a name: AS is American Samoa
    ],
)
def test_countries_by_code_or_name_in_either_language(text: str, code: str) -> None:
    assert parse_country(text) == code


def test_unknown_country_is_refused_with_a_hint() -> None:
    with pytest.raises(ParseError) as caught:
        parse_country("Atlantis")
    assert "'Atlantis' is not a known country" in caught.value.message("en")
    assert "bukan negara yang dikenal" in caught.value.message("id")


def test_every_country_name_the_export_writes_reads_back_to_its_code() -> None:
    index = country_index()
    for country in pycountry.countries:
        for language in ("id", "en"):
            assert parse_country(index.name(country.alpha_2, language)) == country.alpha_2, (country, language)


@pytest.mark.parametrize(
    ("text", "enum_type", "member"),
    [
        ("regional_government", e.PartnerKind, e.PartnerKind.REGIONAL_GOVERNMENT),
        ("Pemerintah daerah asing", e.PartnerKind, e.PartnerKind.REGIONAL_GOVERNMENT),
        ("foreign regional government", e.PartnerKind, e.PartnerKind.REGIONAL_GOVERNMENT),
        ("Perguruan tinggi / sekolah", e.PartnerKind, e.PartnerKind.UNIVERSITY),
        ("Perguruan tinggi", e.PartnerKind, e.PartnerKind.UNIVERSITY),
        ("Golongan B", e.Grade, e.Grade.B),
        ("b", e.Grade, e.Grade.B),
        ("Nota Kesepahaman (MoU)", e.Instrument, e.Instrument.MOU),
        ("MoU", e.Instrument, e.Instrument.MOU),
        ("Paspor dinas", e.PassportType, e.PassportType.SERVICE),
        ("Service passport", e.PassportType, e.PassportType.SERVICE),
        ("Ya", e.Answer, e.Answer.YES),
        ("under way", e.DelegationStatus, e.DelegationStatus.UNDER_WAY),
    ],
)
def test_choices_by_code_or_label(text: str, enum_type: type, member: object) -> None:
    assert parse_enum(text, enum_type) is member


def test_unknown_choice_lists_the_allowed_labels() -> None:
    with pytest.raises(ParseError) as caught:
        parse_enum("Kerajaan", e.PartnerKind)
    assert "Pemerintah daerah asing" in caught.value.message("id")
    assert "Foreign regional government" in caught.value.message("en")


def test_yes_no_and_times() -> None:
    assert parse_bool("Ya") is True and parse_bool("tidak") is False
    assert parse_bool("Yes") is True and parse_bool(0) is False and parse_bool(None) is None
    with pytest.raises(ParseError):
        parse_bool("mungkin")
    assert parse_time("09.30") == time(9, 30)
    assert parse_time("9:05") == time(9, 5)
    assert parse_time(time(14, 0)) == time(14, 0)
    assert parse_time(0.5) == time(12, 0)
    with pytest.raises(ParseError) as caught:
        parse_time("25:00")
    assert "jam" in caught.value.message("id")


@pytest.mark.parametrize("error", sorted(EXCEL_ERRORS))
def test_formula_error_values_are_named_by_every_reader(error: str) -> None:
    for reader in (parse_text, parse_amount, parse_date, parse_integer, parse_bool, parse_time, parse_country):
        with pytest.raises(ParseError) as caught:
            reader(error)
        assert error in caught.value.message("en")
        assert "galat rumus" in caught.value.message("id")
    with pytest.raises(ParseError):
        parse_enum(error, e.Grade)


def test_text_cells() -> None:
    assert parse_text("  Osaka  ") == "Osaka"
    assert parse_text("   ") is None
    assert parse_text(197501012000032001) == "197501012000032001"
    assert parse_text(12.0) == "12"
    assert parse_text(datetime(2026, 1, 2)) == "2026-01-02"
    assert split_list("education; tourism\nculture;;") == ["education", "tourism", "culture"]


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("  Düsseldorf,  Landeshauptstadt! ") == "dusseldorf landeshauptstadt"
    assert fold("Côte d’Ivoire") == fold("cote divoire")
