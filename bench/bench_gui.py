"""The main window on a 100,000-partner database: start-up, opening registers, searching, memory, freezes.

Run: ``python bench/bench_gui.py [--db FILE] [--runs N]`` (Qt offscreen works: QT_QPA_PLATFORM=offscreen).
Without ``--db`` it uses bench/out/gui-100k.sqlite3, made first with
``python -m secretariat --db FILE demo --scale 100000`` when missing (a minute or two).

Each figure is measured in a fresh process, the way a clerk starts the program:
- start: from launching the process to the main window shown and painted (median of ``--runs``);
- a bare PySide6 window (QMainWindow with a QTableView) started the same way, for comparison;
- opening Partners / Agreements: from the click on the navigation to the first rows painted;
- search: from a keystroke's query leaving (after the 150 ms typing pause) to the updated list painted,
  for each keystroke of a word typed letter by letter; and the same including the typing pause;
- peak memory of the process (getrusage maxrss);
- the largest gap between ticks of a 10 ms QTimer on the GUI thread, from the window being usable to the
  end (a freeze shows as a large gap), and separately the start-up itself (before the event loop runs).
Targets: start < 1 s, register < 0.3 s, search < 0.05 s, no gap > 100 ms, memory < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench" / "out" / "gui-100k.sqlite3"
SCALE = 100_000
SEARCH_WORD = "sura"


# --- in the measured process ----------------------------------------------------------------------------


def _child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(50, 6))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(time.time())
            return False

    watch = Watch()
    table.viewport().installEventFilter(watch)
    window.show()
    while not painted:
        app.processEvents()
    print(json.dumps({"usable_at": painted[0]}), flush=True)


def _child_main(db: str) -> None:
    started_imports = time.time()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from secretariat.gui.app import Application, create_application
    from secretariat.gui.errors import install_excepthook
    from secretariat.services.logs import configure_logging
    from secretariat.services.session_start import open_session

    settings_dir = tempfile.mkdtemp(prefix="bench-gui-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    imported = time.time()
    configure_logging()
    app = create_application([sys.argv[0]])
    install_excepthook()

    ticks = {"last": time.perf_counter(), "max": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        ticks["max"] = max(ticks["max"], now - ticks["last"])
        ticks["last"] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start()

    def run_until(condition, timeout: float = 60.0) -> None:
        """Run the event loop (idle in Qt, the GIL free for the workers) until ``condition`` holds."""
        if condition():
            return
        loop = QEventLoop()
        checker = QTimer()
        checker.setInterval(1)
        checker.timeout.connect(lambda: loop.quit() if condition() else None)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(timeout * 1000))
        checker.start()
        loop.exec()
        checker.stop()
        deadline.stop()
        if not condition():
            raise TimeoutError("the window did not answer in time")

    ctx = open_session(db, "bench")
    opened = time.time()
    application = Application(ctx)
    window = application.window
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(time.time())
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    run_until(lambda: bool(painted))
    usable_at = time.time()
    startup_gap = ticks["max"]

    dashboard = window.pages.get("dashboard")
    dashboard_done: list[float] = []
    if dashboard is not None and hasattr(dashboard, "refreshed"):
        dashboard.refreshed.connect(lambda: dashboard_done.append(time.time()))
        run_until(lambda: bool(dashboard_done))
    ticks["max"] = 0.0
    ticks["last"] = time.perf_counter()

    def open_register(name: str) -> tuple[float, int]:
        began = time.perf_counter()
        window.show_page(name)
        page = window.pages[name]
        row_painted: list[float] = []

        class RowWatch(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and page.model.rowCount() and page.model.fetch_count:
                    row_painted.append(time.perf_counter())
                return False

        row_watch = RowWatch()
        page.table.viewport().installEventFilter(row_watch)
        run_until(lambda: bool(row_painted))
        page.table.viewport().removeEventFilter(row_watch)
        return row_painted[0] - began, page.model.rowCount()

    partners_s, partners_rows = open_register("partners")
    agreements_s, agreements_rows = open_register("agreements")

    window.show_page("partners")
    page = window.pages["partners"]
    page.search_edit.setFocus()
    searches = []
    for letter in SEARCH_WORD:
        sent: list[float] = []
        shown: list[float] = []
        connection = page.model.loading_changed.connect(lambda loading: loading and sent.append(time.perf_counter()))
        reset = page.model.modelReset.connect(lambda: shown.append(time.perf_counter()))
        typed = time.perf_counter()
        QTest.keyClick(page.search_edit, letter)
        run_until(lambda: not page._search_timer.isActive())
        if not sent:  # one letter on a big register: no query until the second letter
            page.model.loading_changed.disconnect(connection)
            page.model.modelReset.disconnect(reset)
            searches.append(
                {
                    "text": page.search_edit.text(),
                    "rows": page.model.rowCount(),
                    "skipped": True,
                    "query_to_list": 0.0,
                    "keystroke_to_list": time.perf_counter() - typed,
                }
            )
            continue
        repaint: list[float] = []

        class Repaint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and shown:
                    repaint.append(time.perf_counter())
                return False

        repaint_watch = Repaint()
        page.table.viewport().installEventFilter(repaint_watch)
        run_until(lambda: bool(shown) and not page.model.is_loading and bool(repaint))
        page.table.viewport().removeEventFilter(repaint_watch)
        repainted = repaint[0]
        page.model.loading_changed.disconnect(connection)
        page.model.modelReset.disconnect(reset)
        searches.append(
            {
                "text": page.search_edit.text(),
                "rows": page.model.rowCount(),
                "query_to_list": repainted - sent[0],
                "keystroke_to_list": repainted - typed,
            }
        )
    window.close()
    result = {
        "imports_s": imported - started_imports,
        "open_session_s": opened - imported,
        "usable_at": usable_at,
        "dashboard_ready_s": (dashboard_done[0] - usable_at) if dashboard_done else None,
        "startup_block_s": startup_gap,
        "partners_s": partners_s,
        "partners_rows": partners_rows,
        "agreements_s": agreements_s,
        "agreements_rows": agreements_rows,
        "searches": searches,
        "max_gap_s": ticks["max"],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    application.close()
    print(json.dumps(result), flush=True)


# --- the driver -------------------------------------------------------------------------------------------


def _launch(args: list[str]) -> tuple[float, dict]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.time()
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, timeout=600, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"the measured process failed:\n{result.stdout}\n{result.stderr}")
    line = [line for line in result.stdout.splitlines() if line.startswith("{")][-1]
    return began, json.loads(line)


def _ensure_database(path: Path) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"making {path} with {SCALE:,} partners (python -m secretariat demo --scale {SCALE}) ...", flush=True)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "secretariat", "--db", str(path), "demo", "--scale", str(SCALE)],
        check=True,
        timeout=1800,
    )
    print(f"  made in {time.perf_counter() - began:.0f} s", flush=True)


def _verdict(value: float, target: float) -> str:
    return "ok" if value < target else "OVER TARGET"


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark of the main window")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3, help="start-ups to measure (median reported)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        _child_bare()
        return
    if args.child:
        _child_main(args.child)
        return

    _ensure_database(args.db)
    bare = []
    for _ in range(args.runs):
        began, result = _launch(["--bare"])
        bare.append(result["usable_at"] - began)
    runs = []
    for _ in range(args.runs):
        began, result = _launch(["--child", str(args.db)])
        result["start_s"] = result["usable_at"] - began
        runs.append(result)

    start = statistics.median(r["start_s"] for r in runs)
    partners = statistics.median(r["partners_s"] for r in runs)
    agreements = statistics.median(r["agreements_s"] for r in runs)
    worst_search = max(s["query_to_list"] for r in runs for s in r["searches"])
    max_gap = max(r["max_gap_s"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    last = runs[-1]
    print(f"database: {args.db} ({last['partners_rows']:,} partners, {last['agreements_rows']:,} agreements)")
    print(f"runs: {args.runs} fresh processes each (medians unless said)")
    print(f"start to usable main window:  {start:.3f} s   (target < 1 s: {_verdict(start, 1.0)})")
    print(
        f"  of which imports {statistics.median(r['imports_s'] for r in runs):.3f} s, "
        f"opening the database {statistics.median(r['open_session_s'] for r in runs):.3f} s; "
        f"dashboard reminders ready {statistics.median(r['dashboard_ready_s'] or 0 for r in runs):.3f} s later"
    )
    print(f"bare PySide6 window (QMainWindow + QTableView): {statistics.median(bare):.3f} s")
    print(f"open Partners register:       {partners:.3f} s   (target < 0.3 s: {_verdict(partners, 0.3)})")
    print(f"open Agreements register:     {agreements:.3f} s   (target < 0.3 s: {_verdict(agreements, 0.3)})")
    for step in last["searches"]:
        if step.get("skipped"):
            print(f"search {step['text']!r:8} -> no query: one letter on a register this big waits for the second")
            continue
        print(
            f"search {step['text']!r:8} -> {step['rows']:>6,} rows: query to list {step['query_to_list']:.3f} s, "
            f"keystroke to list {step['keystroke_to_list']:.3f} s (includes the 150 ms typing pause)"
        )
    print(f"worst search query to list:   {worst_search:.3f} s   (target < 0.05 s: {_verdict(worst_search, 0.05)})")
    print(
        f"largest GUI-thread timer gap: {max_gap * 1000:.0f} ms after the window was usable "
        f"(target < 100 ms: {_verdict(max_gap, 0.1)}); start-up blocked the thread "
        f"{statistics.median(r['startup_block_s'] for r in runs) * 1000:.0f} ms before the window showed"
    )
    print(f"peak memory:                  {peak:.0f} MB   (target < 300 MB: {_verdict(peak, 300)})")


if __name__ == "__main__":
    main()
