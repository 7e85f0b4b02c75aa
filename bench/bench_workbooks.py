"""Time and memory of writing the two Excel workbooks.

* a travel budget (RAB) for 10 members and 14 days (target: under 1 s together
  with the three delegation PDFs written elsewhere);
* a fiscal year of 10,000 budget lines and 50,000 transactions in five
  currencies (target: under 10 s).

Each is written in fresh child processes (best wall time of three, since the
machine may be shared) to a file in bench/out/ (kept for a look); the wall and
CPU times, the peak resident memory of the child after building the input and
after writing are printed. Run: ``python bench/bench_workbooks.py``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from multiprocessing.queues import Queue
from pathlib import Path

from secretariat.documents.budget_xlsx import write_budget_workbook
from secretariat.documents.travel_budget_xlsx import write_travel_budget
from secretariat.domain.enums import BudgetSide, Grade, GrantForm, MemberRole, TransactionKind
from secretariat.domain.travel_budget import CostItem, CostKind, ExchangeRate, TravelBudget, TravelMember
from secretariat.domain.workbooks import BudgetLineItem, BudgetTransaction, BudgetYear, Signatory

OUT = Path(__file__).resolve().parent / "out"
RATES = {
    "USD": Decimal("16325.50"),
    "EUR": Decimal("17750.25"),
    "JPY": Decimal("108.3150"),
    "KRW": Decimal("11.7325"),
    "IDR": Decimal(1),
}


def travel_budget(members: int = 10, days: int = 14) -> TravelBudget:
    per_diem = {Grade.A: Decimal(659), Grade.B: Decimal(563), Grade.C: Decimal(505), Grade.D: Decimal(447)}
    people = []
    for index in range(members):
        grade = list(Grade)[min(index, 3)]
        people.append(
            TravelMember(
                name=f"Anggota delegasi {index + 1}",
                position=f"Kepala Subbagian Kerja Sama Luar Negeri {index + 1}",
                grade=grade,
                role=MemberRole.HEAD if index == 0 else MemberRole.MEMBER,
                costs=(
                    CostItem(CostKind.PER_DIEM, Decimal(days), per_diem[grade], "USD"),
                    CostItem(CostKind.AIR_FARE, Decimal(1), Decimal("2345.55"), "USD"),
                    CostItem(CostKind.VISA, Decimal(1), Decimal(185), "USD"),
                    CostItem(CostKind.INSURANCE, Decimal(1), Decimal(1_250_000), "IDR"),
                    CostItem(CostKind.LOCAL_TRANSPORT, Decimal(days), Decimal("35.25"), "USD"),
                    CostItem(CostKind.SOUVENIRS, Decimal(2), Decimal(750_000), "IDR"),
                ),
            )
        )
    return TravelBudget(
        region_name="Pemerintah Provinsi Jawa Barat",
        delegation_code="DL-2026-007",
        purpose="Kunjungan kerja dan penandatanganan Nota Kesepahaman sister province",
        country_name_id="Amerika Serikat",
        country_name_en="United States",
        cities="Washington DC, New York",
        departure_on=date(2026, 3, 2),
        return_on=date(2026, 3, 1) + timedelta(days=days),
        account_code="5.1.02.04.02.0001",
        account_description="Belanja Perjalanan Dinas Biasa - Luar Negeri",
        rates=(ExchangeRate("USD", RATES["USD"], date(2026, 2, 20), "Bank Indonesia JISDOR"),),
        members=tuple(people),
        prepared_by=Signatory("Siti Rahmawati", "Kepala Bagian Kerja Sama", "197001011995032001"),
        approved_by=Signatory("Bambang Sutrisno", "Kepala Biro Pemerintahan dan Kerja Sama"),
        place="Bandung",
        prepared_on=date(2026, 2, 21),
    )


def budget_year(lines: int = 10_000, transactions: int = 50_000) -> BudgetYear:
    rnd = random.Random(2026)
    agreements = [f"{n:03d}/KSDPL/2025 - Kerja sama dengan mitra {n}" for n in range(1, 41)]
    accounts = [f"5.1.02.{a:02d}.{b:02d}.{c:04d}" for a in (1, 2, 4) for b in (1, 2) for c in (1, 3, 52)]
    grant_account = "4.3.01.01.01.0001"  # every ninth line is a grant (revenue) line
    budget_lines = tuple(
        BudgetLineItem(
            ref=str(i),
            account_code=grant_account if i % 9 == 0 else accounts[i % len(accounts)],
            description=f"Uraian kegiatan kerja sama nomor {i}",
            planned_idr=rnd.randrange(10_000_000, 500_000_000, 1000),
            activity="Fasilitasi Kerja Sama Daerah",
            agreement=agreements[i % len(agreements)] if i % 4 else None,
            delegation_code=f"DL-2026-{i % 500:03d}" if i % 10 == 0 else None,
            side=BudgetSide.REVENUE if i % 9 == 0 else BudgetSide.SPENDING,
        )
        for i in range(lines)
    )
    currencies = list(RATES)
    trx = []
    for j in range(transactions):
        currency = currencies[j % len(currencies)]
        if currency == "IDR":
            amount = Decimal(rnd.randint(100_000, 50_000_000))
        elif currency in ("JPY", "KRW"):
            amount = Decimal(rnd.randint(1_000, 900_000))
        else:
            amount = Decimal(rnd.randint(1_000, 600_000)) / 100
        ref = rnd.randrange(lines)
        kind = TransactionKind.GRANT if ref % 9 == 0 else TransactionKind.REALISATION
        trx.append(
            BudgetTransaction(
                occurred_on=date(2026, 1, 1) + timedelta(days=j % 365),
                line_ref=str(ref),
                kind=kind,
                currency=currency,
                amount=amount,
                rate=RATES[currency],
                form=GrantForm.IN_KIND if kind == TransactionKind.GRANT and j % 2 else GrantForm.CASH,
                donor="Mitra luar negeri" if kind == TransactionKind.GRANT else None,
                description=f"Pembayaran nomor {j}",
            )
        )
    return BudgetYear("Pemerintah Provinsi Jawa Barat", 2026, budget_lines, tuple(trx))


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _job(name: str, results: Queue) -> None:  # type: ignore[type-arg]
    """In a child process: build the input, then write the workbook once, timed."""
    if name == "travel":
        data: TravelBudget | BudgetYear = travel_budget()
        path = OUT / "travel_budget_10x14.xlsx"
        write: Callable[[], object] = lambda: write_travel_budget(data, path)  # noqa: E731
    else:
        data = budget_year()
        path = OUT / "budget_year_10000_50000.xlsx"
        write = lambda: write_budget_workbook(data, path)  # noqa: E731
    rss_input = _max_rss_mib()
    wall, cpu = time.perf_counter(), time.process_time()
    write()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    results.put(
        {
            "wall": wall,
            "cpu": cpu,
            "rss_input": rss_input,
            "rss_peak": _max_rss_mib(),
            "size": path.stat().st_size,
            "path": str(path),
        }
    )


def measure(label: str, name: str, target_s: float, runs: int = 3) -> None:
    """Best of ``runs`` fresh processes (the machine may be shared); memory of the last one."""
    context = multiprocessing.get_context("fork")
    figures = []
    for _ in range(runs):
        results = context.Queue()
        child = context.Process(target=_job, args=(name, results))
        child.start()
        figures.append(results.get())
        child.join()
    best = min(figures, key=lambda f: f["wall"])
    walls = ", ".join(f"{f['wall']:.2f}" for f in figures)
    verdict = "OK" if best["wall"] < target_s else "OVER TARGET"
    print(f"{label}")
    print(
        f"    wall {best['wall']:.3f} s (best of {runs}; all: "
        f"{walls}) "
        f"cpu {best['cpu']:.3f} s  target < {target_s:g} s: {verdict}"
    )
    print(
        f"    peak RSS {best['rss_peak']:.0f} MiB (input built: {best['rss_input']:.0f} MiB, "
        f"so writing added {best['rss_peak'] - best['rss_input']:.0f} MiB); "
        f"file {best['size'] / 2**20:.2f} MiB -> {best['path']}"
    )


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} CPUs, load average {load:.2f} (figures on a busy machine are slower)")
    measure("Travel budget (RAB), 10 members x 14 days, 6 cost items each", "travel", 1.0)
    totals = travel_budget().totals()
    print(f"    program totals: USD {totals.foreign['USD']:,}  Rp {totals.idr:,}")
    measure("Budget year, 10,000 lines + 50,000 transactions in 5 currencies", "year", 10.0)
    year = budget_year()
    start = time.perf_counter()
    summary = year.summary()
    spending, revenue = summary.total.spending, summary.total.revenue
    print(
        f"    the program's own summary of that year: {time.perf_counter() - start:.2f} s; spending: pagu "
        f"Rp {spending.planned_idr:,}, realised Rp {spending.realised_idr:,}; revenue: target "
        f"Rp {revenue.target_idr:,}, received Rp {revenue.received_idr:,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
