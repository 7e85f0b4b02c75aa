"""Time of the dashboard's reminders (services.dashboard.what_needs_doing) on the demo database.

The dashboard page runs this query when it is shown and after every edit, so
it must feel instant: target under 100 ms on the demo database (scale 1).
Larger scales show how it grows. Each run loads the demo data into a fresh
SQLite file in a temporary folder, then times the query (median and worst of
repeated runs, after one warm-up) and prints how many items each section lists.
Run: ``python bench/bench_dashboard.py [scale ...]`` (default: 1 1000 5000; the scale is the number of
partners, at least the hand-written core). An argument ending in ``.sqlite3`` times an existing database
instead (give a copy, e.g. of bench/out/gui-100k.sqlite3 that bench_gui.py builds): the first call, then
CPU and wall time of further calls.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from secretariat.services.context import open_context
from secretariat.services.dashboard import ReminderThresholds, what_needs_doing
from secretariat.services.demo import load_demo
from secretariat.storage.migrate import open_database

RUNS = 15


def bench(scale: int, folder: Path) -> None:
    database = open_database(str(folder / f"demo-{scale}.sqlite3"), create=True)
    try:
        ctx = open_context(database, "bench")
        summary = load_demo(ctx, scale=scale, today=date.today())
        thresholds = ReminderThresholds()
        what_needs_doing(ctx, date.today(), thresholds)  # warm-up: connections, statement cache
        times = []
        board = None
        for _ in range(RUNS):
            started = time.perf_counter()
            board = what_needs_doing(ctx, date.today(), thresholds)
            times.append((time.perf_counter() - started) * 1000)
        assert board is not None
        print(
            f"scale {scale}: {summary.counts['partner']} partners, {summary.counts['agreement']} agreements, "
            f"{summary.counts['delegation']} delegations, {summary.counts['budget_line']} budget lines"
        )
        print(f"  what_needs_doing: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms ({RUNS} runs)")
        print(
            f"  listed: {len(board.expiring)} expiring, {len(board.notice_overdue)} past notice date, "
            f"{len(board.dormant)} dormant, {len(board.departing)} departing with gaps, "
            f"{len(board.over_plan)} budget lines over plan"
        )
    finally:
        database.dispose()


def bench_file(path: str, runs: int = 9) -> None:
    database = open_database(path)
    try:
        ctx = open_context(database, "bench")
        started, cpu = time.perf_counter(), time.process_time()
        board = what_needs_doing(ctx, date.today())
        print(f"{path}: first call {time.perf_counter() - started:.3f} s wall, {time.process_time() - cpu:.3f} s CPU")
        walls, cpus = [], []
        for _ in range(runs):
            started, cpu = time.perf_counter(), time.process_time()
            board = what_needs_doing(ctx, date.today())
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        print(
            f"  what_needs_doing: wall median {statistics.median(walls):.3f} s (best {min(walls):.3f}), "
            f"CPU median {statistics.median(cpus):.3f} s (best {min(cpus):.3f}) ({runs} runs)"
        )
        print(
            f"  listed: {len(board.expiring)} expiring, {len(board.lapsed)} lapsed, "
            f"{len(board.notice_overdue)} past notice date, {len(board.dormant)} dormant, "
            f"{len(board.departing)} departing with gaps, {len(board.over_plan)} budget lines over plan, "
            f"{len(board.evaluations_missing)} evaluations missing"
        )
    finally:
        database.dispose()


def main() -> None:
    files = [a for a in sys.argv[1:] if a.endswith(".sqlite3")]
    scales = [int(a) for a in sys.argv[1:] if a not in files] or ([] if files else [1, 1000, 5000])
    for path in files:
        bench_file(path)
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as folder:
        for scale in scales:
            bench(scale, Path(folder))


if __name__ == "__main__":
    main()
