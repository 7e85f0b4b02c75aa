"""The travel budget (RAB) built from a delegation's record: members, grades, days, rates, account, workbook.

The workbook written for a real delegation is recalculated by LibreOffice (tests/recalc.py) and its totals
compared with the program's own; a day count changed in the workbook moves the totals as the program says.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import recalc
import travel_data
from secretariat.documents.travel_budget_xlsx import COL_IDR, COL_QUANTITY, SHEET, total_name, write_travel_budget
from secretariat.domain.enums import Grade, MemberRole
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import (
    BudgetLineData,
    DelegationData,
    ItineraryData,
    MemberData,
    OfficeProfileData,
    OfficialData,
    PerDiemRateData,
)
from secretariat.domain.travel_budget import CostKind, TravelBudget
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.per_diem import create_rate
from secretariat.services.delegations.records import (
    add_itinerary_item,
    add_member,
    create_delegation,
    set_delegation_per_diem,
)
from secretariat.services.delegations.travel_budget import (
    AccountCodeNeeded,
    build_travel_budget,
    export_travel_budget,
)
from secretariat.services.office import update_office_profile
from secretariat.services.reference.countries_and_sectors import update_country_flags
from secretariat.services.reference.officials import create_official
from secretariat.storage.models import Account, ExchangeRate
from travel_data import two_country_delegation

START, END = date(2026, 3, 2), date(2026, 3, 15)  # 14 days
PREPARED = date(2026, 2, 21)
# PMK 49/2023 rates for the United States (USD per day) by grade.
US_RATES = {"A": "659", "B": "563", "C": "505", "D": "447"}
PROFILE = OfficeProfileData(
    region_name_id="Pemerintah Provinsi Jawa Barat",
    region_name_en="West Java Provincial Government",
    region_level="province",
    head_name="Dedi Mulyadi",
    head_title_id="Gubernur Jawa Barat",
    head_title_en="Governor of West Java",
    bureau_head_name="Bambang Sutrisno",
    bureau_head_title="Kepala Biro Pemerintahan dan Kerja Sama",
    address_lines="Jl. Diponegoro No. 22\nBandung 40115",
)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


@pytest.fixture
def sqlite_ctx(sqlite_database) -> ServiceContext:
    return open_context(sqlite_database, "clerk1")


def _quote(ctx: ServiceContext, currency: str, on: date, rate: str, source: str = "Bank Indonesia JISDOR") -> None:
    with ctx.database.sessions() as session, session.begin():
        session.add(ExchangeRate(currency=currency, on=on, rate=Decimal(rate), source=source))


def delegation_abroad(
    ctx: ServiceContext,
    members: int = 10,
    *,
    country: str = "US",
    budget_line: bool = True,
    grades: tuple[str, ...] = ("A", "B", "C", "D"),
) -> int:
    """A 14-day visit to the United States with ``members`` officials of mixed grades."""
    update_office_profile(ctx, PROFILE)
    for grade, amount in US_RATES.items():
        create_rate(
            ctx,
            PerDiemRateData(
                country_code="US",
                grade=grade,
                amount=amount,  # type: ignore[arg-type]
                valid_from=date(2024, 1, 1),
                source="PMK 49/2023",
            ),
        )
    _quote(ctx, "USD", date(2026, 2, 13), "16210")
    _quote(ctx, "USD", date(2026, 2, 20), "16325.50")
    _quote(ctx, "USD", date(2026, 2, 27), "16400")  # after the day the budget is prepared
    visit = create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Penandatanganan MoU sister province",
            country_code=country,
            start_on=START,
            end_on=END,
            cities="Washington DC, New York",
            code="DLG-2026-007",
        ),
    )
    for index in range(members):
        official = create_official(
            ctx,
            OfficialData(
                name=f"Pejabat {index + 1:02d}",
                position=f"Kepala Bidang {index + 1}",
                grade=grades[min(index, len(grades) - 1)],
                passport_type="service",
                passport_number=f"S{index:07d}",
                passport_expiry=date(2030, 1, 1),
            ),
        )
        add_member(
            ctx, MemberData(delegation_id=visit, name="", official_id=official, role="head" if index == 0 else "member")
        )
    add_itinerary_item(ctx, ItineraryData(delegation_id=visit, day=START, activity="Departure", start_time=time(8, 0)))
    if budget_line:
        create_budget_line(
            ctx,
            BudgetLineData(
                fiscal_year=2025,
                account_code="5.1.02.04.02.0002",
                description="Older line",
                planned_idr=Decimal(1),
                delegation_id=visit,
            ),
        )
        create_budget_line(
            ctx,
            BudgetLineData(
                fiscal_year=2026,
                account_code="5.1.02.04.02.0001",
                description="Perjalanan dinas luar negeri sister province",
                planned_idr=Decimal(3_000_000_000),
                delegation_id=visit,
            ),
        )
    return visit


def test_budget_from_the_record(ctx: ServiceContext) -> None:
    visit = delegation_abroad(ctx, members=4)
    budget = build_travel_budget(ctx, visit, prepared_on=PREPARED)
    assert (budget.region_name, budget.delegation_code, budget.country_name_id) == (
        "Pemerintah Provinsi Jawa Barat",
        "DLG-2026-007",
        "Amerika Serikat",
    )
    assert (budget.departure_on, budget.return_on, budget.days) == (START, END, 14)
    assert (budget.account_code, budget.account_description) == (
        "5.1.02.04.02.0001",
        "Perjalanan dinas luar negeri sister province",
    )  # the departure year's line
    (rate,) = budget.rates
    assert (rate.currency, rate.rate, rate.quoted_on, rate.source) == (
        "USD",
        Decimal("16325.50"),
        date(2026, 2, 20),
        "Bank Indonesia JISDOR",
    )  # latest quote not after
    assert [m.name for m in budget.members] == ["Pejabat 01", "Pejabat 02", "Pejabat 03", "Pejabat 04"]
    assert [m.grade for m in budget.members] == [Grade.A, Grade.B, Grade.C, Grade.D]
    assert budget.members[0].role == MemberRole.HEAD and budget.members[0].position == "Kepala Bidang 1"
    head = budget.members[0].costs
    assert [c.kind for c in head] == [
        CostKind.PER_DIEM,
        CostKind.AIR_FARE,
        CostKind.VISA,
        CostKind.INSURANCE,
        CostKind.LOCAL_TRANSPORT,
        CostKind.REPRESENTATION,  # the head of the delegation only
    ]
    assert CostKind.REPRESENTATION not in [c.kind for c in budget.members[1].costs]
    per_diem = head[0]
    assert (per_diem.quantity, per_diem.unit_amount, per_diem.currency) == (Decimal(14), Decimal(659), "USD")
    assert per_diem.source == "PMK 49/2023, berlaku mulai 1 Januari 2024"
    # the office keeps no other rates here: every other cost is a row to fill in, never a silent zero
    assert all(c.missing and c.unit_amount is None for c in head[1:])
    assert len(budget.missing_rates()) == 4 * 4 + 1 + 3  # 4 items each, representation, the delegation's 3
    by_kind = {c.kind: c for c in head}
    assert by_kind[CostKind.LOCAL_TRANSPORT].quantity == 14 and by_kind[CostKind.LOCAL_TRANSPORT].currency == "USD"
    assert by_kind[CostKind.INSURANCE].currency == "IDR" and by_kind[CostKind.AIR_FARE].quantity == 1
    assert [c.kind for c in budget.delegation_costs] == [CostKind.SOUVENIRS, CostKind.INTERPRETER, CostKind.VENUE]
    assert budget.approved_by is not None and budget.approved_by.name == "Bambang Sutrisno"
    assert budget.prepared_by is None  # no finance officer named in this office's profile
    assert (budget.place, budget.prepared_on) == ("Bandung", PREPARED)  # the town of the office's address
    totals = budget.totals()
    assert totals.foreign == {"USD": Decimal(14 * (659 + 563 + 505 + 447))}
    assert totals.idr == sum(
        int((Decimal(14 * int(a)) * Decimal("16325.50")).quantize(Decimal(1), "ROUND_HALF_UP"))
        for a in US_RATES.values()
    )


def test_each_member_at_their_own_grade_unless_one_grade_is_chosen_with_its_reason(ctx: ServiceContext) -> None:
    visit = delegation_abroad(ctx, members=4, budget_line=False)
    with pytest.raises(AccountCodeNeeded) as caught:
        build_travel_budget(ctx, visit, prepared_on=PREPARED)
    assert "5.1.02.04.02.0001" in caught.value.message("id")
    with ctx.database.sessions() as session, session.begin():
        session.add(Account(code="5.1.02.04.02.0001", name="Belanja Perjalanan Dinas Biasa - Luar Negeri"))
    own = build_travel_budget(ctx, visit, prepared_on=PREPARED, account_code="5.1.02.04.02.0001")
    assert [m.costs[0].unit_amount for m in own.members] == [Decimal(659), Decimal(563), Decimal(505), Decimal(447)]
    assert own.common_grade is None and {m.paid_grade for m in own.members} == {None}
    set_delegation_per_diem(ctx, visit, None, "B", "Satu hotel untuk seluruh delegasi")
    budget = build_travel_budget(
        ctx, visit, prepared_on=PREPARED, days=10, rates={"usd": "16000"}, account_code="5.1.02.04.02.0001"
    )
    assert (budget.common_grade, budget.common_grade_reason) == (Grade.B, "Satu hotel untuk seluruh delegasi")
    assert [m.grade for m in budget.members] == [Grade.A, Grade.B, Grade.C, Grade.D]  # their own, shown
    assert {m.paid_grade for m in budget.members} == {Grade.B}
    assert {m.costs[0].unit_amount for m in budget.members} == {Decimal(563)}
    assert {m.costs[0].detail for m in budget.members} == {"gol. B (satu golongan)"}
    assert {m.costs[0].quantity for m in budget.members} == {Decimal(10)}
    assert budget.days == 14  # the trip itself is unchanged
    assert (budget.rates[0].rate, budget.account_description) == (
        Decimal(16000),
        "Belanja Perjalanan Dinas Biasa - Luar Negeri",
    )
    older = build_travel_budget(
        ctx, visit, prepared_on=PREPARED, rate_on=date(2026, 2, 15), account_code="5.1.02.04.02.0001"
    )
    assert older.rates[0].rate == Decimal(16210)


def test_mission_fallback_rate_is_used(ctx: ServiceContext) -> None:
    visit = delegation_abroad(ctx, members=3, country="PR")  # Puerto Rico: no rate of its own
    budget = build_travel_budget(ctx, visit, prepared_on=PREPARED)
    assert [m.costs[0].unit_amount for m in budget.members] == [None, None, None]  # rows to fill in
    assert [m.costs[0].detail for m in budget.members] == [f"tarif gol. {g} belum ada" for g in "ABC"]
    update_country_flags(ctx, "PR", True, False, "US")
    budget = build_travel_budget(ctx, visit, prepared_on=PREPARED)
    assert [m.costs[0].unit_amount for m in budget.members] == [Decimal(659), Decimal(563), Decimal(505)]
    assert budget.members[0].costs[0].detail == "tarif US (perwakilan RI)"


def test_four_grades_to_two_countries_from_the_office_tables(ctx: ServiceContext) -> None:
    """The hand-computed delegation of tests/travel_data.py: figures as the services give them."""
    visit = two_country_delegation(ctx)
    budget = build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    assert budget.stops == (("Jepang", "Japan", 4), ("Korea Selatan", "South Korea", 3))
    assert [m.grade for m in budget.members] == [Grade.A, Grade.B, Grade.C, Grade.D]
    governor, translator = budget.members[0], budget.members[3]
    assert [(c.kind, c.quantity, c.unit_amount) for c in governor.costs if not c.missing] == [
        (CostKind.PER_DIEM, 4, Decimal(690)),
        (CostKind.PER_DIEM, 3, Decimal(620)),
        (CostKind.AIR_FARE, 1, Decimal(4500)),
        (CostKind.VISA, 1, Decimal(30)),
        (CostKind.VISA, 1, Decimal(45)),
        (CostKind.INSURANCE, 1, Decimal(450_000)),
        (CostKind.REPRESENTATION, 4, Decimal(250)),
        (CostKind.REPRESENTATION, 3, Decimal(250)),
    ]
    fare = next(c for c in translator.costs if c.kind is CostKind.AIR_FARE)
    assert (fare.unit_amount, fare.detail) == (Decimal(1900), "Jepang; kelas Ekonomi")
    assert governor.costs[0].detail == "Jepang, 4 hari" and governor.costs[1].detail == "Korea Selatan, 3 hari"
    assert governor.costs[0].source == "PMK 32/2025, berlaku mulai 1 Januari 2026"
    assert len(budget.missing_rates()) == travel_data.MISSING
    assert {m.item.kind for m in budget.missing_rates()} == {
        CostKind.LOCAL_TRANSPORT,
        CostKind.SOUVENIRS,
        CostKind.INTERPRETER,
        CostKind.VENUE,
    }
    assert (budget.prepared_by.name, budget.prepared_by.id_number) == (  # type: ignore[union-attr]
        "Siti Rahmawati, S.E.",
        "198203152006042003",
    )
    assert budget.approved_by.id_number == "197001011995031001"  # type: ignore[union-attr]
    sources = dict(budget.rate_sources())
    assert sources[CostKind.AIR_FARE] == "PMK 32/2025 tiket, berlaku mulai 1 Januari 2026"
    totals = budget.totals()
    assert [m.foreign.get("USD") for m in totals.by_member[:4]] == list(travel_data.MEMBER_USD)
    assert [m.idr for m in totals.by_member[:4]] == list(travel_data.MEMBER_IDR)
    assert (totals.foreign, totals.idr) == ({"USD": travel_data.TOTAL_USD}, travel_data.TOTAL_IDR)
    for kind, (usd, idr) in travel_data.PER_ITEM.items():
        assert totals.by_kind_foreign.get(kind, {}).get("USD", Decimal(0)) == usd, kind
        assert totals.by_kind_idr[kind] == idr, kind


def test_a_member_without_a_grade_is_named(ctx: ServiceContext) -> None:
    visit = two_country_delegation(ctx)
    add_member(ctx, MemberData(delegation_id=visit, name="Tanpa Golongan"))
    with pytest.raises(ValidationError) as caught:
        build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    assert caught.value.fields == {"grade"} and "Tanpa Golongan" in str(caught.value)
    set_delegation_per_diem(ctx, visit, None, "C", "Satu hotel untuk seluruh delegasi")
    budget = build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    assert budget.members[-1].costs[0].unit_amount == Decimal(470)  # paid at the grade chosen for all


def test_refusals_name_what_to_do(ctx: ServiceContext) -> None:
    visit = delegation_abroad(ctx, members=3)
    add_member(ctx, MemberData(delegation_id=visit, name="Tanpa Golongan"))
    with pytest.raises(ValidationError) as caught:
        build_travel_budget(ctx, visit, prepared_on=PREPARED)
    assert caught.value.fields == {"grade"} and "Tanpa Golongan" in str(caught.value)
    set_delegation_per_diem(ctx, visit, None, "C", "Satu hotel untuk seluruh delegasi")
    with pytest.raises(ValidationError) as caught:
        build_travel_budget(ctx, visit, prepared_on=date(2026, 2, 1))  # no USD quote yet
    assert caught.value.fields == {"exchange_rate"}
    (problem,) = caught.value.problems
    assert problem.message_en == (
        "the rate table has no USD rate on or before 1 February 2026: add it to the rate table or give it"
    )
    assert problem.message_id == (
        "tabel kurs belum memuat kurs USD pada atau sebelum 1 Februari 2026: isi tabel kurs atau berikan kursnya"
    )
    with pytest.raises(ValidationError) as caught:
        build_travel_budget(ctx, visit, prepared_on=PREPARED, days=0, rates={"USD": "-1"})
    assert caught.value.fields == {"rate USD"}
    with pytest.raises(ValidationError) as caught:
        build_travel_budget(ctx, visit, prepared_on=PREPARED, days=0)
    assert caught.value.fields == {"days"}
    incoming = create_delegation(
        ctx, DelegationData(direction="incoming", purpose="Visit", country_code="JP", start_on=START, end_on=END)
    )
    with pytest.raises(UserError, match="incoming"):
        build_travel_budget(ctx, incoming)


def test_export_writes_the_workbook_or_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    visit = delegation_abroad(ctx, members=3)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "rab.xlsx"
    Workbook().save(target)  # an earlier travel budget
    previous = target.read_bytes()
    with pytest.raises(RuntimeError):
        export_travel_budget(ctx, visit, target, write=_failing_writer, prepared_on=PREPARED, force=True)
    assert target.read_bytes() == previous and [p.name for p in folder.iterdir()] == ["rab.xlsx"]
    with pytest.raises(UserError, match="--force"):  # replaced only when the clerk says so
        export_travel_budget(ctx, visit, target, write=write_travel_budget, prepared_on=PREPARED)
    assert target.read_bytes() == previous
    result = export_travel_budget(ctx, visit, target, write=write_travel_budget, prepared_on=PREPARED, force=True)
    assert result.totals == result.budget.totals()
    ws = load_workbook(target)[SHEET]
    assert ws["A1"].value == "PEMERINTAH PROVINSI JAWA BARAT"


def _failing_writer(budget: TravelBudget, path: Path) -> None:
    path.write_bytes(b"half")
    raise RuntimeError("disk full")


def test_recalculated_workbook_equals_the_programs_totals(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    recalc.require_libreoffice()
    visit = delegation_abroad(sqlite_ctx, members=10)
    result = export_travel_budget(
        sqlite_ctx, visit, tmp_path / "rab.xlsx", write=write_travel_budget, prepared_on=PREPARED
    )
    budget = result.budget
    computed = recalc.computed_workbook(result.path, tmp_path / "recalculated")
    assert recalc.named_value(computed, total_name("IDR")) == result.totals.idr
    assert Decimal(str(recalc.named_value(computed, total_name("USD")))) == result.totals.foreign["USD"]
    assert result.totals.foreign["USD"] == Decimal(14 * (659 + 563 + 505 + 447 * 7))

    # The clerk shortens the head's stay by three days in Excel: quantity 14 -> 11 on the per-diem row.
    row = result.written.item_rows[0][0]
    edited = load_workbook(result.path)
    assert edited[SHEET][f"{COL_QUANTITY}{row}"].value == 14
    edited[SHEET][f"{COL_QUANTITY}{row}"].value = 11
    edited.save(tmp_path / "edited.xlsx")
    after = recalc.computed_workbook(tmp_path / "edited.xlsx", tmp_path / "recalculated")
    members = list(budget.members)
    costs = list(members[0].costs)
    costs[0] = dataclasses.replace(costs[0], quantity=Decimal(11))
    members[0] = dataclasses.replace(members[0], costs=tuple(costs))
    expected = dataclasses.replace(budget, members=tuple(members)).totals()
    assert recalc.named_value(after, total_name("IDR")) == expected.idr

    def rupiah(days: int) -> int:  # one row, rounded half up on its own
        return int((Decimal(days * 659) * Decimal("16325.50")).quantize(Decimal(1), "ROUND_HALF_UP"))

    assert result.totals.idr - expected.idr == rupiah(14) - rupiah(11) == 150_619_063 - 118_343_550
    assert Decimal(str(recalc.named_value(after, total_name("USD")))) == result.totals.foreign["USD"] - 3 * 659
    assert after[SHEET][f"{COL_IDR}{row}"].value == expected.item_idr[0][0]


def test_two_countries_recalculated_by_libreoffice_to_the_rupiah(sqlite_ctx: ServiceContext, tmp_path: Path) -> None:
    """tests/travel_data.py: four grades, two countries, air fare, visa and representation; the hand-computed
    figures are what LibreOffice computes from the workbook, and what the workbook stores beside its formulas."""
    recalc.require_libreoffice()
    visit = two_country_delegation(sqlite_ctx)
    result = export_travel_budget(
        sqlite_ctx, visit, tmp_path / "rab.xlsx", write=write_travel_budget, prepared_on=travel_data.PREPARED
    )
    layout = result.written
    computed = recalc.computed_workbook(result.path, tmp_path / "recalculated")
    ws = computed[SHEET]
    assert recalc.named_value(computed, total_name("IDR")) == travel_data.TOTAL_IDR == 484_055_272
    assert Decimal(str(recalc.named_value(computed, total_name("USD")))) == travel_data.TOTAL_USD
    for row, usd, idr in zip(layout.member_rows, travel_data.MEMBER_USD, travel_data.MEMBER_IDR, strict=False):
        assert ws[f"{COL_IDR}{row}"].value == idr
        assert Decimal(str(ws[f"{layout.recap_currency_columns['USD']}{row}"].value)) == usd
    for kind, (usd, idr) in travel_data.PER_ITEM.items():
        row = layout.kind_rows[kind]
        assert ws[f"{COL_IDR}{row}"].value == idr, kind
        assert Decimal(str(ws[f"{layout.recap_currency_columns['USD']}{row}"].value)) == usd, kind
    # the governor's Korean visa: USD 45 x 16,325.50 = 734,647.5, rounded half up to 734,648
    visa_row = layout.item_rows[0][4]  # per diem Japan, per diem Korea, fare, visa Japan, visa Korea
    assert ws[f"{COL_IDR}{visa_row}"].value == 734_648
    assert len(layout.missing_cells) == travel_data.MISSING
    cached = load_workbook(result.path, data_only=True)[SHEET]
    for cell in (total_name("IDR"), *(f"{COL_IDR}{row}" for row in layout.member_rows)):
        ref = result.written.total_cells["IDR"] if cell == total_name("IDR") else cell
        assert cached[ref].value == ws[ref].value
