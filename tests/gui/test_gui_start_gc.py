"""The program's long-lived objects are left out of Python's full garbage collections once loaded
(a full collection held the GIL 40-125 ms on the 100,000-partner demo, freezing the window)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat.gui import app as app_module


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen (the test process is shared with other tests)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


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
    window = application.window
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.session_opened, timeout=60_000):
        application.start(str(database), "clerk1")
    assert gc.get_freeze_count() > 0
    from secretariat.gui.workers import wait_for_all
    from secretariat.services.session_start import close_session

    assert wait_for_all(timeout_ms=60_000)
    ctx = application.ctx
    window.close()
    if ctx is not None:
        close_session(ctx)
