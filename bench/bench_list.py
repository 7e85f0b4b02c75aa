"""Register queries on 100,000 partners: search-as-you-type, filters, sorting, page fetch, and the CLI end to end.

Targets (the GUI's lazy tables use the same functions): ``find_ids`` for a
search under about 50 ms, ``fetch_rows`` of one 200-row page a few ms.
Each figure is the median of several runs after a warm-up (the machine is
shared, so the median, not the best, is what a clerk would feel).

Uses ``bench/out/demo-100000.sqlite3`` from ``bench_demo.py`` (made here
when missing) or ``--db PATH``.

Run: ``python bench/bench_list.py [--db PATH] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.services import registers
from secretariat.services.context import Actor, ServiceContext
from secretariat.services.registers import RegisterQuery
from secretariat.storage.migrate import open_database

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DB = OUT / "demo-100000.sqlite3"
PAGE = 200

SEARCHES = {
    "partners": ("krakow", "Kraków", "düss", "北九州", "Müller Logistik", "city of", "uni", "k", "zzzz"),
    "agreements": ("kitakyushu", "krakow", "001/KS", "environment", "nota kesepahaman"),
    "delegations": ("busan", "kunjungan"),
    "budget": ("jamuan", "5.1.02.04"),
}
FILTERS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("partners", {"country": "JP"}),
    ("partners", {"kind": "university", "status": "active"}),
    ("agreements", {"expiring_within_days": 90, "status_live": True}),
    ("agreements", {"country": "PL"}),
    ("agreements", {"stage": "implementation", "fiscal_year": 2024}),
    ("delegations", {"departing_within_days": 30}),
    ("budget", {"fiscal_year": 2026, "account_code": "5.1.02.04"}),
)
SORTS = (
    ("partners", None, False),
    ("partners", "name", True),
    ("partners", "city", False),
    ("partners", "country_name_id", False),
    ("partners", "agreements", True),
    ("agreements", None, False),
    ("agreements", "expires_on", False),
    ("agreements", "stage", False),
    ("agreements", "country", False),
    ("agreements", "partner_names", False),
    ("delegations", None, False),
    ("delegations", "members", True),
    ("budget", None, False),
    ("budget", "realised", True),
)


def timed(runs: int, action: Callable[[], Any]) -> tuple[float, Any]:
    result = action()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def line(register: str, label: str, runs: int, ctx: ServiceContext, query: RegisterQuery) -> None:
    find_ms, ids = timed(runs, lambda: registers.find_ids(ctx, register, query))
    page = ids[:PAGE]
    fetch_ms, _rows = timed(runs, lambda: registers.fetch_rows(ctx, register, page))
    print(
        f"  {register:<12} {label:<38} {len(ids):>7,} rows   find_ids {find_ms:7.1f} ms   "
        f"fetch_rows({len(page)}) {fetch_ms:6.1f} ms"
    )


def cli(argv: list[str], runs: int) -> float:
    def once() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "secretariat", *argv],
            check=False,  # a failure is reported below with the program's errors
            capture_output=True,
            env={**os.environ, "PYTHONUTF8": "1"},
        )
        if result.returncode != 0:
            sys.exit(f"secretariat {' '.join(argv)} failed: {result.stderr.decode(errors='replace')}")

    return timed(runs, once)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB), help="SQLite file or postgresql:// URL")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    is_file = "://" not in args.db
    if is_file and not Path(args.db).exists():
        print(f"{args.db} is missing: making it with bench_demo.py first")
        subprocess.run([sys.executable, str(Path(__file__).with_name("bench_demo.py"))], check=True)
    database = open_database(args.db)
    ctx = ServiceContext(database=database, actor=Actor("bench", "bench"))
    counts = {r: registers.count(ctx, r, RegisterQuery()) for r in registers.REGISTERS}
    size = f" ({Path(args.db).stat().st_size / 1_000_000:.0f} MB)" if is_file else ""
    print(f"{database.display_location}{size}: " + ", ".join(f"{n:,} {r}" for r, n in counts.items()))
    print(f"median of {args.runs} runs after a warm-up; first page of {PAGE} rows fetched")

    print("search as you type")
    for register, words in SEARCHES.items():
        for text in words:
            line(register, f"search {text!r}", args.runs, ctx, RegisterQuery(search=text))
    print("filters")
    for register, filters in FILTERS:
        line(
            register,
            ", ".join(f"{k}={v}" for k, v in filters.items())[:38],
            args.runs,
            ctx,
            RegisterQuery(filters=filters),
        )
    print("whole register, sorted")
    for register, key, descending in SORTS:
        label = f"sort {key or '(default)'}{' desc' if descending else ''}"
        line(register, label, max(3, args.runs // 2), ctx, RegisterQuery(sort=key, descending=descending))
    database.dispose()

    print("command line, end to end (new process each time: interpreter, imports, open, query, print)")
    base = ["--db", args.db]
    for argv in (
        ["--version"],
        [*base, "list", "partners", "--search", "krakow"],
        [*base, "list", "partners", "--search", "krakow", "--json"],
        [*base, "list", "agreements", "--filter", "expiring_within_days=90", "--json"],
        [*base, "list", "partners", "--search", "city of", "--limit", "50"],
    ):
        print(f"  secretariat {' '.join(a if a != args.db else 'DB' for a in argv):<70} {cli(argv, 3):7.0f} ms")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "secretariat", *base, "list", "partners", "--json"],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    print(
        f"  secretariat --db DB list partners --json (all {counts['partners']:,})"
        f"{'':<26}{(time.perf_counter() - started) * 1000:7.0f} ms"
    )


if __name__ == "__main__":
    main()
