"""Open a window at the size it was designed for, or smaller where the screen is smaller.

A dialog laid out for 1180 pixels opened on a 1024 x 700 screen (or 1366 x 768 at 125 %, 1093 x 582
logical pixels once the taskbar is taken) would have its right side or its buttons off the screen; it
starts at the room the screen has instead (its minimum size still holds; the layouts scroll or reflow).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["resize_within_screen"]

#: Room left for the window's frame (title bar and borders), which ``resize`` does not count.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, each no larger than the screen the widget (or its parent) is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, max(available.width() - FRAME_WIDTH, 1))
        height = min(height, max(available.height() - FRAME_HEIGHT, 1))
    widget.resize(width, height)
