"""Time of the dashboard's reminders (services.dashboard.what_needs_doing) on the demo database.

The dashboard page runs this query when it is shown and after every edit, so
it must feel instant: target under 100 ms on the demo database (scale 1).
Larger scales show how it grows. Each run loads the demo data into a fresh
SQLite file in a temporary folder, then times the query (median and worst of
repeated runs, after one warm-up) and prints how many items each section lists.
Run: ``python bench/bench_dashboard.py [scale ...]`` (default: 1 1000 5000; the scale is the number of
partners, at least the hand-written core).
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


def main() -> None:
    scales = [int(a) for a in sys.argv[1:]] or [1, 1000, 5000]
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as folder:
        for scale in scales:
            bench(scale, Path(folder))


if __name__ == "__main__":
    main()
