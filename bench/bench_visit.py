"""Time of the four documents of a 10-member, 14-day delegation: the travel budget workbook and three PDFs.

Target: all four together under 1 s. Each document is timed from the database to the written file (the
service reads the delegation, the writer renders, the file is put in place), on SQLite. The first round of
the process also loads Babel, openpyxl and the fonts; it is reported apart ("first"). Then the round is
repeated (median and worst). The files are left in bench/out/visit/.
Run: ``python bench/bench_visit.py [rounds]`` (default 7).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

from secretariat.documents.travel_budget_xlsx import write_travel_budget
from secretariat.documents.visit_documents import render_delegation_list, render_permit_letter, render_programme
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
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.per_diem import create_rate
from secretariat.services.delegations.records import (
    add_default_permits,
    add_itinerary_item,
    add_member,
    create_delegation,
)
from secretariat.services.delegations.travel_budget import export_travel_budget
from secretariat.services.delegations.visit_documents import (
    document_names,
    export_delegation_list,
    export_permit_letter,
    export_programme,
)
from secretariat.services.office import update_office_profile
from secretariat.services.reference.officials import create_official
from secretariat.storage.migrate import open_database
from secretariat.storage.models import ExchangeRate

TARGET_SECONDS = 1.0
MEMBERS, DAYS = 10, 14
START = date(2026, 3, 2)
OUT = Path(__file__).resolve().parent / "out" / "visit"


def build(ctx: ServiceContext) -> int:
    update_office_profile(
        ctx,
        OfficeProfileData(
            region_name_id="Provinsi Jawa Barat",
            region_name_en="West Java Provincial Government",
            region_level="province",
            head_name="Dedi Mulyadi",
            head_title_id="Gubernur Jawa Barat",
            bureau_head_name="Bambang Sutrisno",
            bureau_head_title="Kepala Biro Pemerintahan dan Kerja Sama",
            address_lines="Jl. Diponegoro No. 22\nBandung 40115",
            contact_lines="Telp. (022) 4232448",
        ),
    )
    for grade, amount in {"A": "659", "B": "563", "C": "505", "D": "447"}.items():
        create_rate(
            ctx,
            PerDiemRateData(
                country_code="US",
                grade=grade,
                amount=Decimal(amount),
                valid_from=date(2024, 1, 1),
                source="PMK 49/2023",
            ),
        )
    with ctx.database.sessions() as session, session.begin():
        session.add(ExchangeRate(currency="USD", on=date(2026, 2, 20), rate=Decimal("16325.50"), source="JISDOR"))
    visit = create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Penandatanganan MoU sister province dan forum investasi",
            country_code="US",
            start_on=START,
            end_on=START + timedelta(days=DAYS - 1),
            cities="Washington DC, New York",
            code="DLG-2026-007",
        ),
    )
    for index in range(MEMBERS):
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
    for offset in range(DAYS):
        day = START + timedelta(days=offset)
        for start, end, activity in (
            (clock(9), clock(11, 30), f"Pertemuan kerja hari {offset + 1}"),
            (clock(13, 30), clock(16), "Kunjungan lapangan"),
        ):
            add_itinerary_item(
                ctx,
                ItineraryData(
                    delegation_id=visit,
                    day=day,
                    activity=activity,
                    start_time=start,
                    end_time=end,
                    place="Balai kota",
                    counterpart="City officials",
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


def round_of(ctx: ServiceContext, visit: int) -> dict[str, float]:
    names = document_names("DLG-2026-007")
    jobs: dict[str, Callable[[], object]] = {
        "travel budget (xlsx)": lambda: export_travel_budget(
            ctx, visit, OUT / names.travel_budget, write=write_travel_budget, prepared_on=date(2026, 2, 21)
        ),
        "delegation list (pdf)": lambda: export_delegation_list(
            ctx, visit, OUT / names.delegation_list, render=render_delegation_list
        ),
        "programme (pdf)": lambda: export_programme(ctx, visit, OUT / names.programme, render=render_programme),
        "permit letter (pdf)": lambda: export_permit_letter(
            ctx, visit, OUT / names.letter_draft, render=render_permit_letter, dated=date(2026, 2, 23)
        ),
    }
    times = {}
    for name, job in jobs.items():
        began = time.perf_counter()
        job()
        times[name] = time.perf_counter() - began
    return times


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite3"), create=True)
        try:
            ctx = open_context(database, "bench")
            visit = build(ctx)
            first = round_of(ctx, visit)
            later = [round_of(ctx, visit) for _ in range(rounds)]
        finally:
            database.dispose()
    print(
        f"A delegation of {MEMBERS} members and {DAYS} days ({2 * DAYS} itinerary items), SQLite; "
        f"{rounds} rounds after the first"
    )
    print(f"{'document':<24}{'first':>9}{'median':>9}{'worst':>9}{'size':>10}")
    names = document_names("DLG-2026-007")
    files = {
        "travel budget (xlsx)": names.travel_budget,
        "delegation list (pdf)": names.delegation_list,
        "programme (pdf)": names.programme,
        "permit letter (pdf)": names.letter_draft,
    }
    for name in first:
        values = [r[name] for r in later]
        size = (OUT / files[name]).stat().st_size
        print(
            f"{name:<24}{first[name]:>8.3f}s{statistics.median(values):>8.3f}s{max(values):>8.3f}s"
            f"{size / 1024:>8.1f} KB"
        )
    totals = [sum(r.values()) for r in later]
    median_total = statistics.median(totals)
    print(f"{'all four':<24}{sum(first.values()):>8.3f}s{median_total:>8.3f}s{max(totals):>8.3f}s")
    verdict = "met" if median_total < TARGET_SECONDS else "MISSED"
    print(f"target: all four under {TARGET_SECONDS:.1f} s (median) - {verdict}; files in {OUT}")


if __name__ == "__main__":
    main()
