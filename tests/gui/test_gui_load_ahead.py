"""What the first record opened would wait for is done ahead, one short step per turn of the event loop,
once the first page is filled (issue 17: no freeze of the window over 100 ms)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from secretariat.gui import load_ahead
from secretariat.gui.load_ahead import LoadAhead


def test_steps_leave_the_event_loop_its_turn_between_them(qtbot, demo_context) -> None:
    order: list[str] = []

    def first() -> None:
        order.append("step 1")
        QTimer.singleShot(0, lambda: order.append("what was waiting"))  # the clerk's click, say

    steps = iter([first, lambda: order.append("step 2"), lambda: order.append("step 3")])
    ahead = LoadAhead(demo_context, ahead=steps)
    with qtbot.waitSignal(ahead.finished, timeout=5_000):
        ahead.start()
    assert order == ["step 1", "what was waiting", "step 2", "step 3"]
    assert ahead.done == 3


def test_a_failing_step_is_logged_and_the_others_still_run(qtbot, demo_context, caplog) -> None:
    ran: list[int] = []

    def broken() -> None:
        raise RuntimeError("no such table")

    ahead = LoadAhead(demo_context, ahead=iter([lambda: ran.append(1), broken, lambda: ran.append(3)]))
    with (
        caplog.at_level(logging.WARNING, logger="secretariat.gui.load_ahead"),
        qtbot.waitSignal(ahead.finished, timeout=5_000),
    ):
        ahead.start()
    assert ran == [1, 3]
    assert "a step failed" in caplog.text and "no such table" in caplog.text


def test_a_stopped_load_ahead_takes_no_further_step(qtbot, demo_context) -> None:
    """Another database opened, or the program closing: nothing more is read from the old session."""
    ran: list[int] = []
    ahead = LoadAhead(demo_context, ahead=iter([lambda: ran.append(1), lambda: ran.append(2)]))
    with qtbot.waitSignal(ahead.finished, timeout=5_000):
        ahead.start()
        ahead.stop()
    assert ran == []


def test_the_real_steps_load_every_editor_then_read_one_record_of_each_big_kind_on_a_worker(
    qtbot, demo_context, monkeypatch
) -> None:
    from PySide6.QtCore import QThread

    from secretariat.gui.workers import wait_for_all
    from secretariat.services.agreements import records as agreement_records

    gui_thread = QThread.currentThread()
    read: list[tuple[int, bool]] = []
    real = agreement_records.get_agreement

    def get_agreement(ctx, record_id):
        read.append((record_id, QThread.currentThread() is gui_thread))
        return real(ctx, record_id)

    monkeypatch.setattr(agreement_records, "get_agreement", get_agreement)
    done = 0
    for step in load_ahead.steps(demo_context):
        step()
        done += 1
    assert done == len(load_ahead.MODULES) + 1 + 1  # the modules, the form, the readings started
    assert all(name in sys.modules for name in load_ahead.MODULES)
    assert wait_for_all(timeout_ms=30_000)
    qtbot.waitUntil(lambda: bool(read), timeout=5_000)
    assert len(read) == 1, "the first agreement, read as its editor reads it"
    assert read[0][1] is False, "read on a worker: a server answers over the network"


def test_the_modules_named_are_the_editors_and_nothing_else_loads_them_at_start(tmp_path: Path) -> None:
    """Each module named exists and is not already loaded by the window's frame and the dashboard (the first
    page by default: a step for nothing); every record editor's module is among them."""
    code = (
        "import sys\n"
        "import secretariat.gui.app, secretariat.services.backups, secretariat.services.context\n"
        "import secretariat.gui.dashboard, secretariat.gui.settings_dialog\n"
        "from secretariat.gui import load_ahead\n"
        "print(sorted(name for name in load_ahead.MODULES if name in sys.modules))\n"
        "import importlib\n"
        "for name in load_ahead.MODULES:\n"
        "    importlib.import_module(name)\n"
        "from secretariat.gui.record_editors import KINDS, editor_class\n"
        "print(sorted({editor_class(kind).__module__ for kind in KINDS} - set(load_ahead.MODULES)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "[]"]


@pytest.mark.parametrize("page", ["dashboard", "partners"])
def test_a_page_says_when_it_is_filled_and_the_first_one_starts_loading_ahead(
    qtbot, demo_file: Path, tmp_path: Path, page: str
) -> None:
    from secretariat.gui import app as app_module

    database = tmp_path / "demo.sqlite3"
    database.write_bytes(demo_file.read_bytes())
    application = app_module.Application()
    window = application.window
    qtbot.addWidget(window)
    window.show()
    window.show_page(page)
    with qtbot.waitSignal(window.page_filled, timeout=60_000, check_params_cb=lambda name: name == page):
        application.start(str(database), "clerk1")
    ctx = application.ctx
    assert ctx is not None
    assert application._first_page_done_for is ctx, "started once the first page was filled, not 1.5 s later"
    window.close()
    application.close()  # stops the loading ahead and closes the session
