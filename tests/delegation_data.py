"""A realistic delegation abroad, built through the services, for the command-line and GUI tests."""

from __future__ import annotations

import struct
import zlib
from datetime import date, time, timedelta
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
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext
from secretariat.services.delegations.per_diem import create_rate
from secretariat.services.delegations.records import (
    add_default_permits,
    add_itinerary_item,
    add_member,
    create_delegation,
)
from secretariat.services.office import update_office_profile
from secretariat.services.reference.officials import create_official
from secretariat.storage.models import ExchangeRate

START = date(2026, 3, 2)
US_RATES = {"A": "659", "B": "563", "C": "505", "D": "447"}  # PMK 49/2023, USD per day
USD_QUOTE = (date(2026, 2, 20), Decimal("16325.50"))


def logo_png(width: int = 40, height: int = 48) -> bytes:
    """A small valid PNG (a blue block) for the region's logo."""
    raw = b"".join(b"\x00" + b"\x20\x5a\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


PROFILE = OfficeProfileData(
    region_name_id="Provinsi Jawa Barat",
    region_name_en="West Java Provincial Government",
    region_level="province",
    head_name="Dedi Mulyadi",
    head_title_id="Gubernur Jawa Barat",
    head_title_en="Governor of West Java",
    bureau_head_name="Bambang Sutrisno",
    bureau_head_title="Kepala Biro Pemerintahan dan Kerja Sama",
    address_lines="Jl. Diponegoro No. 22\nBandung 40115",
    contact_lines="Telp. (022) 4232448\nbiro.kerjasama@jabarprov.example",
    logo_png=logo_png(),
)


def visit_abroad(ctx: ServiceContext, *, members: int = 10, days: int = 14, code: str = "DLG-2026-007") -> int:
    """A visit to the United States: ``members`` officials of grades A to D, two itinerary items a day, the default
    permit steps, a budget line, the per-diem table and a USD quote."""
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
    with ctx.database.sessions() as session, session.begin():
        session.add(ExchangeRate(currency="USD", on=USD_QUOTE[0], rate=USD_QUOTE[1], source="Bank Indonesia JISDOR"))
    end = START + timedelta(days=days - 1)
    visit = create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Penandatanganan MoU sister province dan forum investasi",
            country_code="US",
            start_on=START,
            end_on=end,
            cities="Washington DC, New York",
            code=code,
        ),
    )
    for index in range(members):
        official = create_official(
            ctx,
            OfficialData(
                name=f"Pejabat Delegasi {index + 1:02d}",
                position=f"Kepala Bidang Kerja Sama {index + 1}",
                grade="ABCD"[min(index, 3)],
                nip=f"1975010120000310{index:02d}",
                passport_type="service",
                passport_number=f"S{index + 1:07d}",
                passport_expiry=date(2031, 1, 31),
            ),
        )
        add_member(
            ctx, MemberData(delegation_id=visit, name="", official_id=official, role="head" if index == 0 else "member")
        )
    for offset in range(days):
        day = START + timedelta(days=offset)
        add_itinerary_item(
            ctx,
            ItineraryData(
                delegation_id=visit,
                day=day,
                activity=f"Pertemuan kerja hari {offset + 1}",
                start_time=time(9, 0),
                end_time=time(11, 30),
                place="Balai kota",
                counterpart="City officials",
            ),
        )
        add_itinerary_item(
            ctx,
            ItineraryData(
                delegation_id=visit,
                day=day,
                activity="Kunjungan lapangan",
                start_time=time(13, 30),
                end_time=time(16, 0),
                place="Kawasan industri",
            ),
        )
    add_default_permits(ctx, visit)
    create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026,
            account_code="5.1.02.04.02.0001",
            description="Belanja Perjalanan Dinas Biasa - Luar Negeri",
            planned_idr=Decimal(3_000_000_000),
            delegation_id=visit,
        ),
    )
    return visit
