"""The main window on a 100,000-partner database: start-up, first paint, dashboard, registers, editors,
searching, memory, freezes.

Run: ``python bench/bench_gui.py [--db FILE] [--runs N]`` (Qt offscreen works: QT_QPA_PLATFORM=offscreen).
Without ``--db`` it uses bench/out/gui-100k.sqlite3, made first with
``python -m secretariat --db FILE demo --scale 100000`` when missing (a minute or two).

Each figure is measured in a fresh process, the way a clerk starts the program, in rounds that
interleave the three kinds of process (so the machine's load weighs on them alike):
- a bare PySide6 window (QMainWindow with a QTableView): from launching the process to its first paint;
- Secretariat's start as ``gui.app.run_gui`` does it: launch to the window's first paint (its frame,
  before the database and the heavy modules are loaded), compared with the bare window;
- the first register usable: Partners asked for at the first paint, until its first rows are painted (its
  first page shows first; the time to the whole list of rows is given too);
- the dashboard ready: from the first paint to the reminders shown;
- opening Partners / Agreements: from the click on the navigation to the first rows painted (the count
  given is of the whole list, read after them);
- opening each kind of editor, a new record and an existing one: from the call to the dialog painted;
- search: from a keystroke's query leaving (after the 150 ms typing pause) to the updated list painted;
- peak memory of the process (getrusage maxrss);
- the largest gap between ticks of a 10 ms QTimer on the GUI thread over the whole script (a freeze
  shows as a large gap), with the step it happened in; the script's actions are at least
  BETWEEN_ACTIONS_S apart, as a person's are.
Targets (issue 17): first paint within 2 x the bare window, first register within 0.5 s after it,
dashboard within 0.5 s, each editor under 0.3 s, no gap over 100 ms, memory under 300 MB.
"""

from __future__ import annotations

import argparse
import compileall
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
#: Steps that are the benchmark's own work on the GUI thread (not counted in the largest gap).
BENCHMARK_STEP = "benchmark:"


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


class _Ticks:
    """The largest gap between ticks of a 10 ms timer on the GUI thread (a freeze shows as a large gap)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.last = time.perf_counter()
        self.max = 0.0
        self.where = ""
        self.phase = "start"
        self.by_phase: dict[str, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.max and not self.phase.startswith(BENCHMARK_STEP):
            self.max, self.where = gap, self.phase
        if gap > self.by_phase.get(self.phase, 0.0):
            self.by_phase[self.phase] = gap
        self.last = now


def _run_until(condition, timeout: float = 120.0) -> None:
    """Run the event loop (idle in Qt, the GIL free for the workers) until ``condition`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

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


#: The least time between two actions of the script (closing an editor, opening the next): a person's
#: clicks are further apart. Without it the script opened the next editor in the same turn of the event
#: loop as the last one closed, and the timer's gap counted what both did (the program's work after a
#: paint, due at the next turn, then the next editor's opening) as one stop.
BETWEEN_ACTIONS_S = 0.05


def _pause_as_a_clerk() -> None:
    """Let the event loop run for :data:`BETWEEN_ACTIONS_S` (events, timers, deferred deletes)."""
    until = time.perf_counter() + BETWEEN_ACTIONS_S
    _run_until(lambda: time.perf_counter() >= until)


def _paint_watch(widget, flag=lambda: True):
    """A list that receives the time of each paint of ``widget`` (when ``flag()``) and the watcher to keep."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and flag():
                painted.append(time.time())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    return painted, watch


def _start_window(db: str, started_imports: float):
    """The program's own start (as gui.app.run_gui): the frame, then the database on a worker."""
    from PySide6.QtCore import QSettings, QTimer

    from secretariat.gui.app import Application, create_application
    from secretariat.gui.errors import install_excepthook
    from secretariat.services.logs import configure_logging

    settings_dir = tempfile.mkdtemp(prefix="bench-gui-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    imported = time.time()
    configure_logging()
    app = create_application([sys.argv[0]])
    install_excepthook()
    ticks = _Ticks()
    application = Application()
    window = application.window
    frame_painted, frame_watch = _paint_watch(window)
    window.show()
    QTimer.singleShot(0, application, lambda: application.start(db, "bench"))
    return app, application, window, ticks, imported, frame_painted, frame_watch


def _child_first_register(db: str) -> None:
    """Start, and ask for the Partners register as soon as the frame is painted (a clerk's first click)."""
    started_imports = time.time()
    _app, application, window, _ticks, imported, frame_painted, _watch = _start_window(db, started_imports)
    _run_until(lambda: bool(frame_painted))
    window.show_page("partners")
    asked = time.time()
    _run_until(lambda: "partners" in window.pages)
    page = window.pages["partners"]
    rows_painted, _rows_watch = _paint_watch(page.table.viewport(), lambda: page.model.rowCount() > 0)
    _run_until(lambda: bool(rows_painted))
    _run_until(lambda: not page.model.is_loading)  # the first page shows first; then the whole list
    result = {
        "imports_s": imported - started_imports,
        "frame_painted_at": frame_painted[0],
        "register_usable_s": rows_painted[0] - asked,
        "register_whole_s": time.time() - asked,
        "partners_rows": page.model.rowCount(),
    }
    window.close()
    application.close()
    print(json.dumps(result), flush=True)


def _child_main(db: str) -> None:
    started_imports = time.time()
    from PySide6.QtTest import QTest

    _app, application, window, ticks, imported, frame_painted, _watch = _start_window(db, started_imports)
    ticks.phase = "start: frame"
    _run_until(lambda: bool(frame_painted))
    ticks.phase = "start: opening the database"
    sessions: list[float] = []
    window.session_opened.connect(lambda: sessions.append(time.time()))
    _run_until(lambda: bool(sessions))
    ticks.phase = "start: dashboard"
    dashboard = window.pages["dashboard"]
    dashboard_done: list[float] = []
    if dashboard.board is None:
        dashboard.refreshed.connect(lambda: dashboard_done.append(time.time()))
        _run_until(lambda: bool(dashboard_done))
    else:  # pragma: no cover - the reading was faster than this loop
        dashboard_done.append(time.time())
    dashboard_count = dashboard.item_count()

    def open_register(name: str) -> tuple[float, int]:
        _pause_as_a_clerk()
        ticks.phase = f"register {name}"
        began = time.time()
        window.show_page(name)
        page = window.pages[name]
        painted, _watch = _paint_watch(page.table.viewport(), lambda: page.model.rowCount() > 0)
        _run_until(lambda: bool(painted))
        _run_until(lambda: not page.model.is_loading)  # the whole list, after its first page
        return painted[0] - began, page.model.rowCount()

    partners_s, partners_rows = open_register("partners")
    agreements_s, agreements_rows = open_register("agreements")

    from PySide6.QtWidgets import QApplication

    from secretariat.gui.record_editors import KINDS, editor_class
    from secretariat.gui.registers.page import EDITOR_KINDS
    from secretariat.services import registers
    from secretariat.services.registers import RegisterQuery

    register_of = {kind: register for register, kind in EDITOR_KINDS.items()}
    # The records to open are looked up before the measured steps: the lookup of 100,000 ids is the
    # benchmark's own work on the GUI thread, not the program's (it would count as the next step's gap).
    ticks.phase = f"{BENCHMARK_STEP} looking up the records to open"
    existing = {kind: registers.find_ids(application.ctx, register_of[kind], RegisterQuery()) for kind in KINDS}
    QApplication.processEvents()  # the timer's tick after the lookup counts in this step
    editors: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        ids = existing[kind]
        times: dict[str, float] = {}
        for label, record_id in (("new", None), ("existing", ids[len(ids) // 2] if ids else None)):
            ticks.phase = f"editor {kind} ({label})"
            began = time.time()
            dialog = editor_class(kind)(application.ctx, record_id, window)
            painted, _watch = _paint_watch(dialog)
            dialog.show()
            _run_until(lambda p=painted: bool(p))
            times[label] = painted[0] - began
            dialog.close()
            dialog.deleteLater()
            _pause_as_a_clerk()
        editors[kind] = times

    _pause_as_a_clerk()
    ticks.phase = "search"
    window.show_page("partners")
    page = window.pages["partners"]
    page.search_edit.setFocus()
    searches = []
    for letter in SEARCH_WORD:
        sent: list[float] = []
        shown: list[float] = []
        connection = page.model.loading_changed.connect(lambda loading, sent=sent: loading and sent.append(time.time()))
        reset = page.model.modelReset.connect(lambda shown=shown: shown.append(time.time()))
        typed = time.time()
        QTest.keyClick(page.search_edit, letter)
        _run_until(lambda: not page._search_timer.isActive())
        if not sent:  # one letter on a big register: no query until the second letter
            page.model.loading_changed.disconnect(connection)
            page.model.modelReset.disconnect(reset)
            searches.append(
                {
                    "text": page.search_edit.text(),
                    "rows": page.model.rowCount(),
                    "skipped": True,
                    "query_to_list": 0.0,
                    "keystroke_to_list": time.time() - typed,
                }
            )
            continue
        repaints, _repaint_watch = _paint_watch(page.table.viewport(), lambda shown=shown: bool(shown))
        _run_until(lambda shown=shown, repaints=repaints: bool(shown) and not page.model.is_loading and bool(repaints))
        repainted = repaints[0]
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
        "frame_painted_at": frame_painted[0],
        "session_after_frame_s": sessions[0] - frame_painted[0],
        "dashboard_after_frame_s": dashboard_done[0] - frame_painted[0],
        "dashboard_reminders": dashboard_count,
        "partners_s": partners_s,
        "partners_rows": partners_rows,
        "agreements_s": agreements_s,
        "agreements_rows": agreements_rows,
        "editors": editors,
        "searches": searches,
        "max_gap_s": ticks.max,
        "max_gap_where": ticks.where,
        "gaps_by_phase": ticks.by_phase,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    application.close()
    print(json.dumps(result), flush=True)


# --- the driver -------------------------------------------------------------------------------------------


def _launch(args: list[str]) -> tuple[float, dict]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed program starts from compiled bytecode (pip and the frozen build compile it): so do the
    # measured processes, whatever this shell says (PYTHONDONTWRITEBYTECODE would compile every module of
    # the program at each start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    parser.add_argument("--child-register", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        _child_bare()
        return
    if args.child:
        _child_main(args.child)
        return
    if args.child_register:
        _child_first_register(args.child_register)
        return

    _ensure_database(args.db)
    compileall.compile_dir(ROOT / "src", quiet=1)  # the program's bytecode, as installed
    # One round = the bare window, the first register, the whole script: each a fresh process, the rounds
    # interleaved so that the machine's load weighs on all three alike.
    bare, first, runs = [], [], []
    for _ in range(args.runs):
        began, result = _launch(["--bare"])
        bare.append(result["usable_at"] - began)
        began, result = _launch(["--child-register", str(args.db)])
        result["frame_s"] = result["frame_painted_at"] - began
        first.append(result)
        began, result = _launch(["--child", str(args.db)])
        result["frame_s"] = result["frame_painted_at"] - began
        runs.append(result)

    med = statistics.median
    bare_s = med(bare)
    frame = med([r["frame_s"] for r in first + runs])
    register = med([r["register_usable_s"] for r in first])
    register_whole = med([r["register_whole_s"] for r in first])
    dashboard = med([r["dashboard_after_frame_s"] for r in runs])
    session = med([r["session_after_frame_s"] for r in runs])
    partners = med([r["partners_s"] for r in runs])
    agreements = med([r["agreements_s"] for r in runs])
    worst_search = max(s["query_to_list"] for r in runs for s in r["searches"])
    gap = max(runs, key=lambda r: r["max_gap_s"])
    peak = max(r["peak_mb"] for r in runs)
    last = runs[-1]
    print(f"database: {args.db} ({last['partners_rows']:,} partners, {last['agreements_rows']:,} agreements)")
    print(f"runs: {args.runs} rounds of fresh processes (medians unless said); load average {os.getloadavg()[0]:.1f}")
    print(f"bare PySide6 window (QMainWindow + QTableView), launch to first paint: {bare_s:.3f} s")
    print(
        f"Secretariat, launch to the window's first paint: {frame:.3f} s = {frame / bare_s:.2f} x the bare window "
        f"(target <= 2 x: {_verdict(frame / bare_s, 2.0001)}); imports before it "
        f"{med([r['imports_s'] for r in runs]):.3f} s"
    )
    print(
        f"first register usable (Partners asked at the first paint, rows painted): {register:.3f} s after the first "
        f"paint (target < 0.5 s: {_verdict(register, 0.5)}); all {first[-1]['partners_rows']:,} rows listed "
        f"{register_whole:.3f} s after it"
    )
    print(
        f"database open {session:.3f} s after the first paint; dashboard ready {dashboard:.3f} s after it "
        f"({frame + dashboard:.3f} s after launch; target < 0.5 s: {_verdict(dashboard, 0.5)}), "
        f"{last['dashboard_reminders']:,} reminders"
    )
    print(f"open Partners register:       {partners:.3f} s   (target < 0.3 s: {_verdict(partners, 0.3)})")
    print(f"open Agreements register:     {agreements:.3f} s   (target < 0.3 s: {_verdict(agreements, 0.3)})")
    for kind in last["editors"]:
        for label in ("new", "existing"):
            value = med([r["editors"][kind][label] for r in runs])
            worst = max(r["editors"][kind][label] for r in runs)
            print(
                f"open editor {kind:<14} {label:<9} {value:.3f} s (worst {worst:.3f} s; target < 0.3 s: "
                f"{_verdict(value, 0.3)})"
            )
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
        f"largest GUI-thread timer gap over the whole script: {gap['max_gap_s'] * 1000:.0f} ms, during "
        f"{gap['max_gap_where']} (target < 100 ms: {_verdict(gap['max_gap_s'], 0.1)})"
    )
    phases: dict[str, list[float]] = {}
    for run in runs:
        for phase, value in run["gaps_by_phase"].items():
            phases.setdefault(phase.split(" (")[0], []).append(value)
    print(
        "  largest gap by step (median of the runs): "
        + ", ".join(f"{phase} {med(values) * 1000:.0f} ms" for phase, values in phases.items())
    )
    print(f"peak memory:                  {peak:.0f} MB   (target < 300 MB: {_verdict(peak, 300)})")


if __name__ == "__main__":
    main()
