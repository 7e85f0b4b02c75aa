"""The annual cooperation report and the Impact page on a large register (issue 16).

Targets: the report of the 100,000-partner demo (about 30,000 agreements) in under 30 s and 500 MB; the
Impact page's first rows in under 0.5 s.

Each measurement runs in a fresh Python process so that its peak memory (ru_maxrss) is its own:

* ``report``: gather the year's data (services.impact.annual_report), draw the PDF, write the workbook;
  prints each step's time, the page count, the file sizes and the process's peak memory;
* ``page``: the Impact page (offscreen) from construction to its first rows on screen, and the SQL listing
  plus the first page of scorecards alone.

Run: ``python bench/bench_report.py [--db FILE] [--scale N] [--year Y] [--today YYYY-MM-DD]``. Without
``--db`` a demo of ``--scale`` partners (default 100,000) is loaded into ``bench/out/report-demo-N.sqlite3``
first (about a minute; kept for the next run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

OUT = Path(__file__).with_name("out")


def _peak_mib() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would carry the parent's over exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_report(db: str, year: int, today: date) -> dict[str, object]:
    from secretariat.documents.annual_report_pdf import render_annual_report
    from secretariat.documents.annual_report_xlsx import render_annual_report_xlsx
    from secretariat.services.context import open_context
    from secretariat.services.impact.annual_report import annual_report_data
    from secretariat.storage.migrate import open_database

    database = open_database(db)
    try:
        ctx = open_context(database, "bench")
        started = time.perf_counter()
        data = annual_report_data(ctx, year, today=today)
        gathered = time.perf_counter()
        pdf = render_annual_report(data)
        drawn = time.perf_counter()
        workbook = render_annual_report_xlsx(data)
        written = time.perf_counter()
    finally:
        database.dispose()
    OUT.mkdir(exist_ok=True)
    (OUT / f"annual-report-{year}.pdf").write_bytes(pdf)
    (OUT / f"annual-report-{year}.xlsx").write_bytes(workbook)
    return {
        "agreements in force": data.in_force,
        "sections": len(data.sections),
        "delegations": len(data.delegations),
        "gather s": round(gathered - started, 2),
        "pdf s": round(drawn - gathered, 2),
        "xlsx s": round(written - drawn, 2),
        "total s": round(written - started, 2),
        "pdf MiB": round(len(pdf) / 2**20, 1),
        "xlsx MiB": round(len(workbook) / 2**20, 1),
        "peak MiB": round(_peak_mib(), 1),
    }


def measure_page(db: str, year: int, today: date) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from secretariat.gui.impact.page import PAGE_ROWS, ImpactPage
    from secretariat.gui.workers import wait_for_all
    from secretariat.services.context import open_context
    from secretariat.services.impact.listing import impact_rows, live_ids
    from secretariat.storage.migrate import open_database

    app = QApplication.instance() or QApplication([])
    database = open_database(db)
    try:
        ctx = open_context(database, "bench")
        started = time.perf_counter()
        ids = live_ids(ctx)
        listed = time.perf_counter()
        impact_rows(ctx, ids[:PAGE_ROWS], year, today=today)
        first = time.perf_counter()
        page = ImpactPage(ctx, today=lambda: today)
        page.resize(1300, 700)
        shown_at = time.perf_counter()
        page.show()  # reads the ids and the first page of rows; the five-year counts go to a worker
        app.processEvents()
        rows_at = time.perf_counter()
        rows = page.model.rowCount()
        while page.is_busy():
            app.processEvents()
            time.sleep(0.01)
        trend_at = time.perf_counter()
        page.close()
        wait_for_all()
    finally:
        database.dispose()
    return {
        "live agreements": len(ids),
        "SQL listing ms": round((listed - started) * 1000, 1),
        f"first {PAGE_ROWS} scorecards ms": round((first - listed) * 1000, 1),
        "page to first rows s": round(rows_at - shown_at, 3),
        "rows shown": rows,
        "five-year counts (worker) s": round(trend_at - rows_at, 2),
        "peak MiB": round(_peak_mib(), 1),
    }


def _child(kind: str, db: str, year: int, today: date) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", kind, "--db", db, "--year", str(year), "--today", today.isoformat()]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _demo(scale: int, today: date) -> str:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"report-demo-{scale}.sqlite3"
    if not path.exists():
        from secretariat.services.context import open_context
        from secretariat.services.demo import load_demo
        from secretariat.storage.migrate import open_database

        started = time.perf_counter()
        database = open_database(str(path))
        try:
            load_demo(open_context(database, "bench"), scale=scale, today=today)
        finally:
            database.dispose()
        print(f"demo of {scale} partners loaded in {time.perf_counter() - started:.0f} s: {path}")
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing database (default: a demo in bench/out)")
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--year", type=int, default=None, help="the report's year (default: the year of --today)")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--child", choices=("report", "page"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    year = args.year or args.today.year
    if args.child:
        measure = measure_report if args.child == "report" else measure_page
        print(json.dumps(measure(args.db, year, args.today)))
        return
    db = args.db or _demo(args.scale, args.today)
    print(f"annual report {year} of {db}:")
    for key, value in _child("report", db, year, args.today).items():
        print(f"  {key}: {value}")
    print("Impact page:")
    for key, value in _child("page", db, year, args.today).items():
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
