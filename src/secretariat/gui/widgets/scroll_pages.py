"""Tab pages that scroll when the window is lower than their content.

A Designer form's tab page lays its fields straight on the page, so the tallest page sets the dialog's
minimum height (the settings' letterhead page asked for 706 pixels, more than a 1024 x 700 screen has).
:func:`scroll_tab_pages` moves each page's content into a frameless scroll area inside the same page: the
page stays the tab's widget (its title follows language changes, ``setCurrentWidget(page)`` still works)
and the dialog can be as low as the screen is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from secretariat.gui.widgets.layout_items import move_items

__all__ = ["scroll_page", "scroll_tab_pages"]


def scroll_page(page: QWidget) -> QScrollArea:
    """Move ``page``'s layout items into a scroll area that becomes the page's only child."""
    old = page.layout()
    if old is None:
        raise ValueError(f"page {page.objectName()!r} has no layout to scroll")
    inner = QWidget()
    inner.setObjectName(f"{page.objectName()}Content")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(old.contentsMargins())
    layout.setSpacing(old.spacing())
    move_items(old, layout)
    scroll = QScrollArea(page)
    scroll.setObjectName(f"{page.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(inner)
    inner.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    old.addWidget(scroll)
    old.setContentsMargins(0, 0, 0, 0)
    return scroll


def scroll_tab_pages(tabs: QTabWidget) -> list[QScrollArea]:
    """:func:`scroll_page` for every page of ``tabs``."""
    pages = [tabs.widget(index) for index in range(tabs.count())]
    return [scroll_page(page) for page in pages if page is not None and isinstance(page.layout(), QLayout)]
