"""Work split in steps, each run at a later turn of the event loop, with what was waiting let in between."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["at_next_turn"]


def at_next_turn(receiver: QObject, step: Callable[[], object]) -> None:
    """Run ``step`` at a later turn of the event loop, after the timers already due and the window system's
    events (a click, a key, a paint), unless ``receiver`` is deleted first.

    A 1 ms timer, not 0: Qt makes a zero timer a posted call, which runs before the timers already due in
    the same turn, so steps chained with it ran back to back and the window answered nothing in between
    (the agreement editor's opening and its tabs made after it: one stop of 100-130 ms, measured by
    bench/bench_gui.py's timer; with 1 ms, two).
    """
    QTimer.singleShot(1, receiver, step)
