"""Per-diem rates per country and grade, the rate in force on a day, and the accredited-mission fallback."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import PerDiemRateData
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.per_diem import (
    create_rate,
    delete_rate,
    find_rate,
    find_travel_rate,
    get_rate,
    list_rates,
    update_rate,
)
from secretariat.storage.models import AuditEntry, Country, PerDiemRate

FY2024 = date(2024, 1, 1)
FY2026 = date(2026, 1, 1)
SOURCE_2024 = "PMK 49/2023 (SBM 2024)"


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _rate(
    country: str = "GB", grade: str = "A", amount: object = "792", valid_from: date = FY2024, **changes: object
) -> PerDiemRateData:
    values: dict[str, object] = {
        "country_code": country,
        "grade": grade,
        "amount": amount,
        "valid_from": valid_from,
        "source": SOURCE_2024,
    }
    values.update(changes)
    return PerDiemRateData(**values)  # type: ignore[arg-type]


def _accredit(ctx: ServiceContext, country: str, mission: str) -> None:
    with ctx.database.sessions() as session, session.begin():
        session.get(Country, country).mission_country_code = mission


def test_create_stores_minor_units_and_returns_exact_amounts(ctx: ServiceContext) -> None:
    rate_id = create_rate(ctx, _rate(amount="792.50", country="gb"))
    view = get_rate(ctx, rate_id)
    assert (view.country_code, view.country_name_en, view.country_name_id) == ("GB", "United Kingdom", "Inggris Raya")
    assert (view.grade, view.amount, view.currency, view.amount_minor) == ("A", Decimal("792.50"), "USD", 79250)
    assert (view.valid_from, view.source) == (FY2024, SOURCE_2024)
    assert str(view.money) == "792.50 USD"
    with ctx.database.sessions() as session:
        assert session.get(PerDiemRate, rate_id).amount_minor == 79250
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.entity == "per_diem_rate")) == "create"


def test_a_duplicate_country_grade_and_date_gets_a_clear_message(ctx: ServiceContext) -> None:
    create_rate(ctx, _rate())
    with pytest.raises(ValidationError) as caught:
        create_rate(ctx, _rate(amount="800"))
    assert caught.value.fields == {"valid_from"}
    assert "already a grade A rate for United Kingdom valid from 1 January 2024" in caught.value.message_en
    assert "sudah ada tarif golongan A untuk Inggris Raya" in caught.value.message_id
    create_rate(ctx, _rate(grade="B", amount="774"))  # another grade is another rate
    create_rate(ctx, _rate(valid_from=FY2026, amount="800"))  # so is another date


def test_an_update_cannot_collide_with_another_rate(ctx: ServiceContext) -> None:
    create_rate(ctx, _rate())
    later = create_rate(ctx, _rate(valid_from=FY2026, amount="800"))
    with pytest.raises(ValidationError, match="already a grade A rate"):
        update_rate(ctx, later, _rate(valid_from=FY2024, amount="800"))
    update_rate(ctx, later, _rate(valid_from=FY2026, amount="810.25", source="PMK 32/2025"))
    view = get_rate(ctx, later)
    assert (view.amount, view.source) == (Decimal("810.25"), "PMK 32/2025")


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"country": "XX"}, {"country"}),
        ({"country": ""}, {"country"}),
        ({"grade": "E"}, {"grade"}),
        ({"amount": "0"}, {"amount"}),
        ({"amount": "-5"}, {"amount"}),
        ({"amount": "12a"}, {"amount"}),
        ({"amount": "792.555"}, {"amount"}),
        ({"currency": "XYZ"}, {"currency"}),
        ({"source": " "}, {"source"}),
        ({"valid_from": None}, {"valid_from"}),
        ({"country": "XX", "amount": "abc", "source": None}, {"country", "amount", "source"}),
    ],
)
def test_bad_input_names_each_field(ctx: ServiceContext, changes: dict[str, object], fields: set[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        create_rate(ctx, _rate(**changes))
    assert caught.value.fields == fields
    assert list_rates(ctx) == []


def test_a_yen_rate_has_no_decimals(ctx: ServiceContext) -> None:
    rate_id = create_rate(ctx, _rate(country="JP", amount="45000", currency="JPY"))
    assert (get_rate(ctx, rate_id).amount_minor, get_rate(ctx, rate_id).amount) == (45000, Decimal(45000))
    with pytest.raises(ValidationError, match=r"JPY amounts have no decimals; 45000\.5 has more"):
        create_rate(ctx, _rate(country="JP", amount="45000.5", currency="JPY", grade="B"))


def test_find_rate_takes_the_latest_rate_in_force_on_the_day(ctx: ServiceContext) -> None:
    create_rate(ctx, _rate(amount="792"))
    create_rate(ctx, _rate(amount="800", valid_from=FY2026, source="PMK 32/2025"))
    create_rate(ctx, _rate(grade="D", amount="582"))
    assert find_rate(ctx, "GB", "A", date(2023, 12, 31)) is None
    assert find_rate(ctx, "GB", "A", FY2024).amount == Decimal("792.00")
    assert find_rate(ctx, "gb", "A", date(2025, 12, 31)).amount == Decimal("792.00")
    assert find_rate(ctx, "GB", "A", FY2026).amount == Decimal("800.00")
    assert find_rate(ctx, "GB", "D", date(2030, 1, 1)).amount == Decimal("582.00")
    assert find_rate(ctx, "GB", "B", FY2026) is None
    assert find_rate(ctx, "IT", "A", FY2026) is None


def test_a_country_without_rate_takes_the_rate_of_the_accredited_mission(ctx: ServiceContext) -> None:
    create_rate(ctx, _rate(country="KE", amount="410"))
    _accredit(ctx, "UG", "KE")
    assert find_rate(ctx, "UG", "A", FY2026) is None  # the country's own rate: none
    lookup = find_travel_rate(ctx, "ug", "A", FY2026)
    assert lookup is not None
    assert (lookup.asked_country_code, lookup.used_country_code, lookup.via_mission) == ("UG", "KE", True)
    assert (lookup.rate.country_code, lookup.rate.amount) == ("KE", Decimal("410.00"))
    # A country with its own rate uses it.
    direct = find_travel_rate(ctx, "KE", "A", FY2026)
    assert (direct.used_country_code, direct.via_mission) == ("KE", False)
    # No mission recorded, or no rate at the mission either: nothing, never a silent default.
    assert find_travel_rate(ctx, "RW", "A", FY2026) is None
    _accredit(ctx, "RW", "TZ")
    assert find_travel_rate(ctx, "RW", "A", FY2026) is None
    assert find_travel_rate(ctx, "UG", "B", FY2026) is None
    # Once the country gets its own rate, that one is used.
    create_rate(ctx, _rate(country="UG", amount="395"))
    own = find_travel_rate(ctx, "UG", "A", FY2026)
    assert (own.used_country_code, own.rate.amount) == ("UG", Decimal("395.00"))


def test_list_filters_and_shows_rates_in_force(ctx: ServiceContext) -> None:
    create_rate(ctx, _rate(amount="792"))
    create_rate(ctx, _rate(amount="800", valid_from=FY2026))
    create_rate(ctx, _rate(country="IT", amount="702"))
    create_rate(ctx, _rate(country="US", grade="C", amount="505"))
    assert [(r.country_code, r.grade, r.valid_from) for r in list_rates(ctx)] == [
        ("GB", "A", FY2026),
        ("GB", "A", FY2024),
        ("IT", "A", FY2024),
        ("US", "C", FY2024),
    ]
    assert [r.amount for r in list_rates(ctx, country_code="gb")] == [Decimal("800.00"), Decimal("792.00")]
    assert [r.country_code for r in list_rates(ctx, grade="C")] == ["US"]
    in_force = list_rates(ctx, on=date(2025, 6, 1))
    assert [(r.country_code, r.amount) for r in in_force] == [
        ("GB", Decimal("792.00")),
        ("IT", Decimal("702.00")),
        ("US", Decimal("505.00")),
    ]


def test_delete_removes_a_rate_and_keeps_its_history(ctx: ServiceContext) -> None:
    rate_id = create_rate(ctx, _rate())
    delete_rate(ctx, rate_id)
    with pytest.raises(NotFoundError):
        get_rate(ctx, rate_id)
    assert find_rate(ctx, "GB", "A", FY2026) is None
    with ctx.database.sessions() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "per_diem_rate").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete"]


def test_each_member_gets_the_rate_of_the_delegation_country_and_grade(ctx: ServiceContext) -> None:
    from secretariat.domain.records import DelegationData, MemberData
    from secretariat.services.delegations.per_diem import delegation_rates
    from secretariat.services.delegations.records import add_member, create_delegation, set_delegation_per_diem

    create_rate(ctx, _rate(country="KE", grade="A", amount="410"))
    create_rate(ctx, _rate(country="KE", grade="C", amount="300"))
    create_rate(ctx, _rate(country="TZ", grade="C", amount="280"))
    _accredit(ctx, "UG", "KE")
    delegation_id = create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Study visit",
            country_code="UG",
            start_on=date(2026, 7, 1),
            end_on=date(2026, 7, 5),
        ),
    )
    add_member(ctx, MemberData(delegation_id=delegation_id, name="Head", grade="A"))
    add_member(ctx, MemberData(delegation_id=delegation_id, name="Staff", grade="C"))
    add_member(ctx, MemberData(delegation_id=delegation_id, name="Driver"))
    rates = delegation_rates(ctx, delegation_id)
    assert [(r.name, r.grade, r.lookup.rate.amount if r.lookup else None) for r in rates] == [
        ("Head", "A", Decimal("410.00")),
        ("Staff", "C", Decimal("300.00")),
        ("Driver", None, None),
    ]
    assert rates[0].lookup.via_mission and rates[0].lookup.used_country_code == "KE"
    # One grade for all (so everyone stays in one hotel), and the rate of a country the clerk chose.
    set_delegation_per_diem(ctx, delegation_id, "TZ", "C", "satu hotel untuk seluruh delegasi")
    rates = delegation_rates(ctx, delegation_id)
    assert {(r.grade, r.lookup.rate.amount, r.lookup.used_country_code) for r in rates} == {
        ("C", Decimal("280.00"), "TZ")
    }
    assert rates[0].lookup.asked_country_code == "UG"
