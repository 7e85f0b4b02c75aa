"""The program's long-lived objects are left out of Python's full garbage collections once loaded
(a full collection held the GIL 40-125 ms on the 100,000-partner demo, freezing the window); the
collector rests while the window starts, the database modules load and the first page is filled (60-80
ms of collections of new objects that were not garbage, and as much of the dashboard's reading), and runs
again once the first page is filled or the first database cannot be opened."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat.gui import app as app_module


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and the collector on (the test process is shared
    with other tests)."""
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


def test_spared_objects_stay_out_of_collections_and_later_ones_do_not(unfrozen) -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self

    kept = Node()  # a reference cycle alive at the freeze: out of the collector's walk from then on
    assert gc.get_freeze_count() == 0
    app_module._spare_from_collection()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    assert kept.me is kept
    Node()  # a cycle made after the freeze is garbage the collector still finds
    assert gc.collect() >= 1
    assert gc.get_freeze_count() == frozen


def test_the_first_database_opened_freezes_the_loaded_modules(qtbot, unfrozen, demo_file: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    database.write_bytes(demo_file.read_bytes())
    application = app_module.Application()
    assert not gc.isenabled()  # resting while the frame shows and the modules load
    window = application.window
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session_opened, timeout=60_000):
        application.start(str(database), "clerk1")
    assert gc.get_freeze_count() > 0
    assert not gc.isenabled(), "still resting while the first page (the dashboard) is read and built"
    qtbot.waitUntil(gc.isenabled, timeout=60_000)  # once the dashboard is filled
    assert window.pages["dashboard"].board is not None
    window.close()
    application.close()  # stops the loading ahead and closes the session


@pytest.mark.no_silent_databases
def test_a_first_database_that_cannot_be_opened_lets_the_collector_run_again(qtbot, unfrozen, tmp_path: Path) -> None:
    application = app_module.Application()  # its windows are closed by itself: it replaces them
    assert not gc.isenabled()
    with qtbot.waitSignal(application.window_replaced, timeout=60_000):  # the start window: no file there
        application.start(str(tmp_path / "missing.sqlite3"))
    assert gc.isenabled()
    qtbot.addWidget(application.window)
    application.close()


def test_the_pause_ends_on_time_whatever_happens(qtbot, unfrozen, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module._CollectionPause, "LONGEST_MS", 50)
    pause = app_module._CollectionPause()
    assert pause.paused and not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=5_000)
    assert not pause.paused
    pause.end()  # once only: nothing more happens
    assert gc.isenabled()


def test_a_collector_turned_off_before_the_start_stays_off(unfrozen) -> None:
    gc.disable()
    pause = app_module._CollectionPause()
    assert not pause.paused
    pause.end()
    assert not gc.isenabled()
