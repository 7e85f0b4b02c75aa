"""Reading and moving the items of a Qt layout without leaving Python wrappers behind.

A layout's items that are not layouts (``QWidgetItem``, ``QSpacerItem``) are plain C++ objects that Qt
deletes with their layout without telling PySide. PySide's ``addLayout`` (and ``insertLayout``) gives every
item already in the added layout a Python wrapper, and so does a box layout's ``itemAt`` that returns a
nested layout, each wrapper kept by the parent layout's wrapper to carry ownership over. When a closed
editor's Python objects outlived its widgets (a reference cycle, freed later by the garbage collector),
those item wrappers outlived their items: PySide answered the items' addresses, reused by Qt for new
objects, with the old wrappers (a freshly loaded form's layout came back as a ``QSpacerItem``; a form
missed a child) and the collector, freeing them, called into freed memory: the window tests' rare crash.
So the items are read here and each item wrapper is invalidated at once (:func:`shiboken6.invalidate`:
PySide forgets it, the C++ item is untouched); only the widget or the nested layout, QObjects whose
deletion PySide follows, leave this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

__all__ = ["LayoutEntry", "add_layout", "entries", "form_cell", "insert_layout", "move_items"]


class LayoutEntry(NamedTuple):
    """What one layout item holds: a widget, a nested layout, or neither (a spacer)."""

    widget: QWidget | None
    layout: QLayout | None


def _keeps_its_items(layout: QLayout) -> bool:
    """A layout written in Python (gui.widgets.flow_layout) holds its items' wrappers itself, rightly."""
    return not type(layout).__module__.startswith("PySide6.")


def _read(item: QLayoutItem | None, owner: QLayout) -> LayoutEntry | None:
    if item is None:
        return None
    widget, inner = item.widget(), item.layout()
    if inner is not None:  # a nested layout handed to Python: PySide wrapped its items too (to carry ownership)
        _forget_item_wrappers(inner)
    elif not _keeps_its_items(owner):  # a widget item or a spacer: its wrapper must not outlive this call
        shiboken6.invalidate(item)
    return LayoutEntry(widget, inner)


def _forget_item_wrappers(layout: QLayout) -> None:
    """Invalidate the wrappers of ``layout``'s widget items and spacers, nested layouts' included."""
    for index in range(layout.count()):
        _read(layout.itemAt(index), layout)


def entries(layout: QLayout) -> list[LayoutEntry]:
    """The widget or nested layout of each of ``layout``'s items, in order (spacers as two Nones)."""
    found = []
    for index in range(layout.count()):
        entry = _read(layout.itemAt(index), layout)
        if entry is not None:
            found.append(entry)
    return found


def form_cell(layout: QFormLayout, row: int, role: QFormLayout.ItemRole) -> LayoutEntry | None:
    """The widget or layout in ``row`` of a form layout in ``role`` (label or field); None: empty cell."""
    return _read(layout.itemAt(row, role), layout)


def _add_spacer_like(target: QBoxLayout, spacer: QSpacerItem, stretch: int) -> None:
    """Give ``target`` a spacer like ``spacer``, made by Qt (no Python wrapper): a stretch where it grew
    along ``target``'s direction, else a fixed space of its size."""
    policy, hint = spacer.sizePolicy(), spacer.sizeHint()
    vertical = target.direction() in (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)
    along = policy.verticalPolicy() if vertical else policy.horizontalPolicy()
    if stretch or along.value & QSizePolicy.PolicyFlag.ExpandFlag.value:
        target.addStretch(stretch)
    else:
        target.addSpacing(hint.height() if vertical else hint.width())


def move_items(
    source: QLayout,
    target: QBoxLayout,
    start: int = 0,
    count: int | None = None,
    stretch_for: Callable[[QWidget], int] | None = None,
) -> None:
    """Move ``count`` items of ``source`` from ``start`` (all to its end: None) to the end of ``target``.

    Widgets and nested layouts keep their stretch (``stretch_for`` decides a widget's instead); a spacer is
    recreated in ``target``. The items taken out of ``source`` are deleted (Qt's rule for ``takeAt``)."""
    remaining = source.count() - start if count is None else count
    for _ in range(remaining):
        if start >= source.count():
            break
        stretch = source.stretch(start) if isinstance(source, QBoxLayout) else 0
        item = source.takeAt(start)
        if item is None:
            break
        widget, inner, spacer = item.widget(), item.layout(), item.spacerItem()
        if inner is not None:  # the item is the nested layout itself
            inner.setParent(None)  # a layout joins another only without a parent; its widgets follow it
            add_layout(target, inner, stretch)
            continue
        if widget is not None:
            target.addWidget(widget, stretch_for(widget) if stretch_for is not None else stretch)
        elif spacer is not None:
            _add_spacer_like(target, spacer, stretch)
        shiboken6.delete(item)  # the emptied widget item or the old spacer (the widget itself stays)


def add_layout(parent: QBoxLayout, child: QLayout, stretch: int = 0) -> None:
    """``parent.addLayout(child, stretch)``, without the item wrappers PySide makes on the way.

    PySide's ``addLayout`` gives every item already in ``child`` (its widget items and spacers, nested
    layouts' too) a Python wrapper kept by ``parent``'s wrapper, to carry ownership over: the wrappers
    that outlived their items (see the module's note). They are released here at once."""
    parent.addLayout(child, stretch)
    _forget_item_wrappers(child)


def insert_layout(parent: QBoxLayout, index: int, child: QLayout, stretch: int = 0) -> None:
    """``parent.insertLayout(index, child, stretch)``, without leaving item wrappers (see :func:`add_layout`)."""
    parent.insertLayout(index, child, stretch)
    _forget_item_wrappers(child)
