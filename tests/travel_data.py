"""A delegation of four members at grades A, B, C and D to two countries, built through the services, with its
travel budget computed by hand; shared by the service, CLI and GUI tests of the travel budget (RAB).

DLG-2026-011 to Japan and South Korea, 10 to 16 May 2026 (7 days); the itinerary puts 10-13 May in Japan
(4 days) and 14-16 May in Korea (3 days). The rate table's USD rate on the day of preparation (30 April 2026)
is Rp 16,325.50 (Bank Indonesia JISDOR, 30 April).

Rates the office keeps (each with its source, valid from 1 January 2026):

* per diem, USD a day (PMK 32/2025): Japan A 690, B 590, C 470, D 430; Korea A 620, B 540, C 430, D 400;
* return air fare to Japan, USD (PMK 32/2025 tiket): A and B 4,500 business, C and D 1,900 economy;
* visa, USD: Japan 30, Korea 45 (any grade);
* representation, USD a day, any country (PMK 32/2025 representasi): A 250, B 200;
* travel insurance, Rp 450,000 a person, any country;
* no rate for local transport, souvenirs, interpreter nor venue: rows to fill in, listed as warnings.

Members, each at their own grade: the Governor (A, head of the delegation), the bureau head (B), a section head
(C) and a translator (D). Each row is converted on its own, x 16,325.50, half up:

* A: per diem 4 x 690 = 2,760 (45,058,380) and 3 x 620 = 1,860 (30,365,430); fare 4,500 (73,464,750);
  visas 30 (489,765) and 45 (734,647.5 -> 734,648); representation 4 x 250 = 1,000 (16,325,500) and
  3 x 250 = 750 (12,244,125); insurance Rp 450,000: USD 10,945, Rp 179,132,598.
* B: 2,360 (38,528,180), 1,620 (26,447,310), 4,500 (73,464,750), 30, 45: USD 8,555, Rp 140,114,653.
* C: 1,880 (30,691,940), 1,290 (21,059,895), 1,900 (31,018,450), 30, 45: USD 5,145, Rp 84,444,698.
* D: 1,720 (28,079,860), 1,200 (19,590,600), 1,900 (31,018,450), 30, 45: USD 4,895, Rp 80,363,323.

Total USD 29,540; Rp 484,055,272 (per cost item: :data:`PER_ITEM`).
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from secretariat.domain.records import (
    BudgetLineData,
    DelegationData,
    ItineraryData,
    MemberData,
    OfficeProfileData,
    OfficialData,
    PerDiemRateData,
)
from secretariat.domain.travel_budget import CostKind
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext
from secretariat.services.delegations.per_diem import create_rate
from secretariat.services.delegations.records import add_itinerary_item, add_member, create_delegation
from secretariat.services.delegations.travel_costs import CostRateData, create_cost_rate
from secretariat.services.office import update_office_profile
from secretariat.services.reference.officials import create_official
from secretariat.storage.models import ExchangeRate

START, END = date(2026, 5, 10), date(2026, 5, 16)
PREPARED = date(2026, 4, 30)
USD_RATE = Decimal("16325.50")
VALID = date(2026, 1, 1)
PER_DIEM = {"JP": {"A": 690, "B": 590, "C": 470, "D": 430}, "KR": {"A": 620, "B": 540, "C": 430, "D": 400}}
MEMBERS = (
    ("Dedi Mulyadi", "Gubernur Jawa Barat", "A", "head"),
    ("Bambang Sutrisno", "Kepala Biro Pemerintahan dan Kerja Sama", "B", "member"),
    ("Rina Kartika", "Kepala Bagian Kerja Sama Luar Negeri", "C", "member"),
    ("Yusuf Hidayat", "Penerjemah", "D", "interpreter"),
)
MEMBER_USD = (Decimal(10_945), Decimal(8_555), Decimal(5_145), Decimal(4_895))
MEMBER_IDR = (179_132_598, 140_114_653, 84_444_698, 80_363_323)
TOTAL_USD = Decimal(29_540)
TOTAL_IDR = 484_055_272
# Per cost item: (USD, rupiah) added up row by row.
PER_ITEM = {
    CostKind.PER_DIEM: (
        Decimal(2_760 + 1_860 + 2_360 + 1_620 + 1_880 + 1_290 + 1_720 + 1_200),
        45_058_380 + 30_365_430 + 38_528_180 + 26_447_310 + 30_691_940 + 21_059_895 + 28_079_860 + 19_590_600,
    ),
    CostKind.AIR_FARE: (Decimal(4_500 * 2 + 1_900 * 2), 73_464_750 * 2 + 31_018_450 * 2),
    CostKind.VISA: (Decimal(75 * 4), (489_765 + 734_648) * 4),
    CostKind.REPRESENTATION: (Decimal(1_750), 16_325_500 + 12_244_125),
    CostKind.INSURANCE: (Decimal(0), 450_000 * 4),
}
MISSING = 8 + 4  # local transport (2 countries x 4 members), souvenirs, interpreter (2 countries), venue

PROFILE = OfficeProfileData(
    region_name_id="Pemerintah Provinsi Jawa Barat",
    region_name_en="West Java Provincial Government",
    region_level="province",
    head_name="Dedi Mulyadi",
    head_title_id="Gubernur Jawa Barat",
    head_title_en="Governor of West Java",
    bureau_head_name="Dr. Bambang Sutrisno, M.Si.",
    bureau_head_title="Kepala Biro Pemerintahan dan Kerja Sama",
    bureau_head_nip="197001011995031001",
    finance_officer_name="Siti Rahmawati, S.E.",
    finance_officer_title="Bendahara Pengeluaran Pembantu",
    finance_officer_nip="198203152006042003",
    address_lines="Jl. Diponegoro No. 22\nBandung 40115",
)


def office_rates(ctx: ServiceContext) -> None:
    """The office's rate tables as in the module's notes, and the USD rate."""
    for country, rates in PER_DIEM.items():
        for grade, amount in rates.items():
            create_rate(
                ctx,
                PerDiemRateData(
                    country_code=country,
                    grade=grade,
                    amount=Decimal(amount),
                    valid_from=VALID,
                    source="PMK 32/2025",
                ),
            )
    fares = (("A", 4500, "business"), ("B", 4500, "business"), ("C", 1900, "economy"), ("D", 1900, "economy"))
    for grade, amount, travel_class in fares:
        create_cost_rate(
            ctx,
            CostRateData(
                kind="air_fare",
                amount=Decimal(amount),
                currency="USD",
                valid_from=VALID,
                source="PMK 32/2025 tiket",
                country_code="JP",
                grade=grade,
                travel_class=travel_class,
            ),
        )
    for country, amount in (("JP", 30), ("KR", 45)):
        create_cost_rate(
            ctx,
            CostRateData(
                kind="visa",
                amount=Decimal(amount),
                currency="USD",
                valid_from=VALID,
                source="Tarif kedutaan 2026",
                country_code=country,
            ),
        )
    for grade, amount in (("A", 250), ("B", 200)):
        create_cost_rate(
            ctx,
            CostRateData(
                kind="representation",
                amount=Decimal(amount),
                currency="USD",
                valid_from=VALID,
                source="PMK 32/2025 representasi",
                grade=grade,
            ),
        )
    create_cost_rate(
        ctx,
        CostRateData(
            kind="insurance",
            amount=Decimal(450_000),
            currency="IDR",
            valid_from=VALID,
            source="Kontrak asuransi perjalanan 2026",
        ),
    )
    with ctx.database.sessions() as session, session.begin():
        session.add(ExchangeRate(currency="USD", on=PREPARED, rate=USD_RATE, source="Bank Indonesia JISDOR"))


def two_country_delegation(ctx: ServiceContext, *, rates: bool = True) -> int:
    """DLG-2026-011 as in the module's notes; returns its id."""
    update_office_profile(ctx, PROFILE)
    if rates:
        office_rates(ctx)
    visit = create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Kunjungan kerja dan penandatanganan MoU di Jepang dan Korea Selatan",
            country_code="JP",
            start_on=START,
            end_on=END,
            cities="Tokyo, Seoul",
            code="DLG-2026-011",
        ),
    )
    for index, (name, position, grade, role) in enumerate(MEMBERS):
        official = create_official(
            ctx,
            OfficialData(
                name=name,
                position=position,
                grade=grade,
                passport_type="service",
                passport_number=f"S{index:07d}",
                passport_expiry=date(2030, 1, 1),
            ),
        )
        add_member(ctx, MemberData(delegation_id=visit, name="", official_id=official, role=role))
    add_itinerary_item(
        ctx,
        ItineraryData(delegation_id=visit, day=START, activity="Berangkat ke Tokyo", start_time=time(8, 0)),
    )
    add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=visit, day=date(2026, 5, 11), activity="Rapat di Tokyo", place="Tokyo", country_code="JP"
        ),
    )
    add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=visit,
            day=date(2026, 5, 14),
            activity="Penerbangan ke Seoul; rapat di Gyeonggi",
            start_time=time(9, 0),
            place="Suwon",
            country_code="KR",
        ),
    )
    create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026,
            account_code="5.1.02.04.02.0001",
            description="Perjalanan dinas luar negeri ke Jepang dan Korea",
            planned_idr=Decimal(600_000_000),
            delegation_id=visit,
        ),
    )
    return visit
