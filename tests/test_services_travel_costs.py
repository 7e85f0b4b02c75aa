"""The office's travel-cost table (air fares, visa, representation, ...): checks, duplicates, the most specific rate,
and its import from Excel next to the per-diem rates, where two rows for the same rate are refused naming both."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from secretariat.domain.enums import CostKind
from secretariat.domain.errors import ValidationError
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.travel_costs import (
    CostRateData,
    create_cost_rate,
    delete_cost_rate,
    find_cost_rate,
    get_cost_rate,
    list_cost_rates,
    update_cost_rate,
)
from secretariat.services.excel.importer import import_workbook
from secretariat.services.reference.countries_and_sectors import update_country_flags

VALID = date(2026, 1, 1)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _rate(**changes: object) -> CostRateData:
    values: dict[str, object] = {
        "kind": "air_fare",
        "amount": Decimal("4500"),
        "currency": "USD",
        "valid_from": VALID,
        "source": "PMK 32/2025",
        "country_code": "JP",
        "grade": "A",
        "travel_class": "business",
    }
    values.update(changes)
    return CostRateData(**values)  # type: ignore[arg-type]


def _errors(ctx: ServiceContext, data: CostRateData) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        create_cost_rate(ctx, data)
    return {p.field: p.message_en for p in caught.value.problems}


def test_a_rate_is_checked_field_by_field(ctx: ServiceContext) -> None:
    rate_id = create_cost_rate(ctx, _rate(country_code=" jp "))
    view = get_cost_rate(ctx, rate_id)
    assert (view.kind, view.country_code, view.grade, view.travel_class, view.amount, view.amount_minor) == (
        CostKind.AIR_FARE,
        "JP",
        "A",
        "business",
        Decimal("4500.00"),
        450_000,
    )
    assert set(_errors(ctx, _rate(kind="per_diem", travel_class=None, valid_from=date(2026, 2, 1)))) == {"kind"}
    assert set(_errors(ctx, _rate(kind="visa", travel_class="economy", valid_from=date(2026, 2, 1)))) == {
        "travel_class"
    }
    assert set(_errors(ctx, _rate(amount="-1", valid_from=date(2026, 2, 1)))) == {"amount"}
    assert set(_errors(ctx, _rate(amount="12a", valid_from=date(2026, 2, 1)))) == {"amount"}
    assert set(_errors(ctx, _rate(currency="JPY", amount="10.5", valid_from=date(2026, 2, 1)))) == {"amount"}
    assert set(_errors(ctx, _rate(country_code="QQ", source="", grade="E", valid_from=date(2026, 2, 1)))) == {
        "country",
        "source",
        "grade",
    }
    # a country that waives a fee: zero is a rate, not a missing one
    create_cost_rate(ctx, _rate(kind="visa", amount="0", grade=None, travel_class=None))


def test_two_rates_for_the_same_item_country_grade_and_date_are_refused(ctx: ServiceContext) -> None:
    first = create_cost_rate(ctx, _rate())
    errors = _errors(ctx, _rate(amount="4800"))
    assert errors == {
        "valid_from": "there is already a return air fare rate for JP, grade A, valid from 1 January 2026; change that "
        "rate or choose another date"
    }
    create_cost_rate(ctx, _rate(grade=None))  # any grade: another rate
    any_country = create_cost_rate(ctx, _rate(country_code=None, grade=None))
    assert set(_errors(ctx, _rate(country_code=None, grade=None, amount="1"))) == {"valid_from"}
    update_cost_rate(ctx, first, _rate(amount="4600"))  # the rate itself may change
    assert get_cost_rate(ctx, first).amount == Decimal("4600.00")
    delete_cost_rate(ctx, any_country)
    assert [r.grade for r in list_cost_rates(ctx, kind="air_fare")] == [None, "A"]


def test_the_most_specific_rate_in_force_wins(ctx: ServiceContext) -> None:
    create_cost_rate(ctx, _rate(kind="visa", country_code=None, grade=None, travel_class=None, amount="50"))
    create_cost_rate(ctx, _rate(kind="visa", country_code="KE", grade=None, travel_class=None, amount="51"))
    create_cost_rate(ctx, _rate(kind="representation", country_code=None, grade="A", travel_class=None, amount="250"))
    create_cost_rate(
        ctx,
        _rate(
            kind="representation",
            country_code=None,
            grade="A",
            travel_class=None,
            amount="275",
            valid_from=date(2026, 7, 1),
        ),
    )
    update_country_flags(ctx, "UG", True, False, "KE")  # Uganda: the mission in Nairobi
    with ctx.database.sessions() as session:
        assert find_cost_rate(session, CostKind.VISA, "JP", None, date(2026, 5, 1)).amount == 50  # type: ignore[union-attr]
        assert find_cost_rate(session, CostKind.VISA, "KE", None, date(2026, 5, 1)).amount == 51  # type: ignore[union-attr]
        found = find_cost_rate(session, CostKind.VISA, "UG", None, date(2026, 5, 1), "KE")
        assert found is not None and found.country_code == "KE"
        assert find_cost_rate(session, CostKind.REPRESENTATION, "JP", "B", date(2026, 5, 1)) is None
        assert find_cost_rate(session, CostKind.REPRESENTATION, "JP", "A", date(2026, 5, 1)).amount == 250  # type: ignore[union-attr]
        assert find_cost_rate(session, CostKind.REPRESENTATION, "JP", "A", date(2026, 7, 1)).amount == 275  # type: ignore[union-attr]
        assert find_cost_rate(session, CostKind.VISA, "JP", None, date(2025, 12, 31)) is None  # not yet in force


def _sheet(path: Path, name: str, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = name
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_from_excel_names_both_rows_of_a_duplicate(ctx: ServiceContext, tmp_path: Path) -> None:
    header = ["Komponen biaya", "Negara", "Golongan", "Kelas", "Jumlah", "Mata uang", "Berlaku mulai", "Sumber"]
    path = _sheet(
        tmp_path / "biaya.xlsx",
        "Biaya Perjalanan",
        header,
        [
            ["Tiket pesawat PP", "Jepang", "A", "Bisnis", "4500", "USD", date(2026, 1, 1), "PMK 32/2025"],
            ["air_fare", "JP", "C", "economy", "1900", "USD", date(2026, 1, 1), "PMK 32/2025"],
            ["Visa", "KR", None, None, "45", "USD", date(2026, 1, 1), "Tarif kedutaan"],
            ["Tiket pesawat PP", "JP", "A", "Bisnis", "4700", "USD", date(2026, 1, 1), "PMK 32/2025"],
        ],
    )
    report = import_workbook(ctx, path)
    assert not report.written
    (rejected,) = [r for r in report.rows if r.action.value == "rejected"]
    assert rejected.row == 5
    assert "already on row 2 of this sheet" in rejected.problems[0].message("en")
    assert list_cost_rates(ctx) == []  # all or nothing
    path = _sheet(
        tmp_path / "biaya2.xlsx",
        "Biaya Perjalanan",
        header,
        [
            [*row]
            for row in (
                ["Tiket pesawat PP", "Jepang", "A", "Bisnis", "4500", "USD", date(2026, 1, 1), "PMK 32/2025"],
                ["Visa", "KR", None, None, "45", "USD", date(2026, 1, 1), "Tarif kedutaan"],
            )
        ],
    )
    report = import_workbook(ctx, path)
    assert report.written
    assert [(r.kind, r.country_code, r.grade, r.travel_class, r.amount) for r in list_cost_rates(ctx)] == [
        (CostKind.AIR_FARE, "JP", "A", "business", Decimal("4500.00")),
        (CostKind.VISA, "KR", None, None, Decimal("45.00")),
    ]
    # the same rows again: nothing changes
    again = import_workbook(ctx, path)
    assert [(s.added, s.updated, s.unchanged, s.rejected) for s in again.sheets] == [(0, 0, 2, 0)]


def test_per_diem_import_names_both_rows_of_a_duplicate(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "uang-harian.xlsx",
        "Uang Harian",
        ["Negara", "Golongan", "Jumlah per hari", "Mata uang", "Berlaku mulai", "Sumber"],
        [
            ["JP", "A", "690", "USD", date(2026, 1, 1), "PMK 32/2025"],
            ["JP", "B", "590", "USD", date(2026, 1, 1), "PMK 32/2025"],
            ["Jepang", "A", "700", "USD", date(2026, 1, 1), "PMK 32/2025"],
        ],
    )
    report = import_workbook(ctx, path)
    (rejected,) = [r for r in report.rows if r.action.value == "rejected"]
    assert rejected.row == 4 and "already on row 2 of this sheet" in rejected.problems[0].message("en")
    assert not report.written
