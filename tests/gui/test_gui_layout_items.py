"""No Python wrapper of a layout item outlives the item (gui.widgets.layout_items).

PySide's ``addLayout`` wraps every item already in the added layout, and a box layout's ``itemAt`` of a
nested layout wraps that layout's items, each wrapper kept by the parent layout's wrapper. Qt deletes the
items with their layout without telling PySide, so when a closed editor's Python objects outlived its
widgets, the wrappers pointed at freed memory: a later form's layout was read back as a ``QSpacerItem``
and the garbage collector, freeing them, crashed the process (the window tests' rare worker crash). Opening
the agreement editor twice, closing it and collecting garbage crashed every time before the fix.
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secretariat.gui.record_editors import KINDS, editor_class
from secretariat.gui.widgets.flow_layout import FlowLayout
from secretariat.gui.widgets.layout_items import add_layout, entries, form_cell, insert_layout, move_items

SOURCE = Path(__file__).resolve().parents[2] / "src" / "secretariat" / "gui"


def _item_wrappers() -> list[QLayoutItem]:
    """The valid Python wrappers of widget items and spacers (not of layouts, which PySide follows)."""
    return [
        wrapper
        for wrapper in shiboken6.getAllValidWrappers()
        if isinstance(wrapper, QLayoutItem) and not isinstance(wrapper, QLayout)
    ]


def _flow_held() -> set[int]:
    """The item wrappers a FlowLayout keeps on purpose (it is a layout written in Python)."""
    return {
        id(item)
        for wrapper in shiboken6.getAllValidWrappers()
        if isinstance(wrapper, FlowLayout)
        for item in wrapper._items
    }


def _describe(item: QLayoutItem) -> str:
    widget = item.widget()
    holders = [
        f"{type(holder).__name__}({holder.objectName()} in {type(holder.parentWidget()).__name__})"
        for holder in gc.get_referrers(item)
        if isinstance(holder, QLayout) and shiboken6.isValid(holder)
    ]
    return f"{type(item).__name__}({widget.objectName() if widget is not None else ''}) held by {holders}"


def _stray_item_wrappers(before: set[int] = frozenset()) -> list[str]:
    """The item wrappers alive now that a FlowLayout does not keep and that were not in ``before``."""
    held = _flow_held() | before
    return [_describe(item) for item in _item_wrappers() if id(item) not in held]


def _row() -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QPushButton("Simpan"))
    row.addStretch(1)
    row.addWidget(QPushButton("Batal"))
    return row


def test_plain_add_layout_leaves_item_wrappers_and_ours_does_not(qtbot) -> None:
    """The PySide behaviour the helpers exist for, and the helpers without it."""
    before = len(_item_wrappers())
    plain = QWidget()
    qtbot.addWidget(plain)
    row = _row()
    QVBoxLayout(plain).addLayout(row)  # the behaviour under test, not how the program does it
    assert len(_item_wrappers()) - before == 3  # two widget items and the stretch, wrapped by PySide
    entries(row)  # reading the row through the helpers releases them again
    assert len(_item_wrappers()) == before

    widget = QWidget()
    qtbot.addWidget(widget)
    outer = QVBoxLayout(widget)
    start = len(_item_wrappers())
    add_layout(outer, _row(), 2)
    insert_layout(outer, 0, _row())
    assert len(_item_wrappers()) == start
    assert outer.count() == 2
    assert outer.stretch(1) == 2
    first, second = entries(outer)
    assert first.widget is None and isinstance(first.layout, QHBoxLayout)
    assert [entry.widget.text() if entry.widget else None for entry in entries(second.layout)] == [
        "Simpan",
        None,
        "Batal",
    ]
    assert len(_item_wrappers()) == start


def test_form_cells_read_without_wrappers(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    name = QLineEdit()
    form.addRow("Nama:", name)
    buttons = _row()
    form.addRow("Tindakan:", buttons)
    start = len(_item_wrappers())
    label = form_cell(form, 0, QFormLayout.ItemRole.LabelRole)
    field = form_cell(form, 0, QFormLayout.ItemRole.FieldRole)
    nested = form_cell(form, 1, QFormLayout.ItemRole.FieldRole)
    assert label is not None and isinstance(label.widget, QLabel) and label.widget.text() == "Nama:"
    assert field is not None and field.widget is name and field.layout is None
    assert nested is not None and nested.layout is buttons
    assert form_cell(form, 5, QFormLayout.ItemRole.FieldRole) is None
    assert len(_item_wrappers()) == start


def test_move_items_keeps_stretch_spacers_and_nested_layouts(qtbot) -> None:
    source_widget, target_widget = QWidget(), QWidget()
    qtbot.addWidget(source_widget)
    qtbot.addWidget(target_widget)
    source = QVBoxLayout(source_widget)
    title = QLabel("Judul")
    table = QLabel("Tabel")
    source.addWidget(title)
    add_layout(source, _row())
    source.addSpacing(24)  # a fixed spacer
    source.addWidget(table, 3)
    source.addStretch(2)
    target = QVBoxLayout(target_widget)
    start = len(_item_wrappers())

    move_items(source, target, start=1)

    assert source.count() == 1 and source.indexOf(title) == 0
    assert target.count() == 4
    moved = entries(target)
    assert isinstance(moved[0].layout, QHBoxLayout) and moved[0].layout.count() == 3
    assert moved[1] == (None, None)  # the fixed spacer, made again by Qt
    spacer = target.itemAt(1).spacerItem()
    assert (spacer.sizeHint().height(), spacer.sizePolicy().verticalPolicy()) == (24, QSizePolicy.Policy.Fixed)
    shiboken6.invalidate(spacer)
    assert moved[2].widget is table and target.stretch(2) == 3
    assert moved[3] == (None, None) and target.stretch(3) == 2
    assert len(_item_wrappers()) == start


def test_move_items_with_a_stretch_of_its_own(qtbot) -> None:
    source_widget, target_widget = QWidget(), QWidget()
    qtbot.addWidget(source_widget)
    qtbot.addWidget(target_widget)
    source, target = QVBoxLayout(source_widget), QVBoxLayout(target_widget)
    filters, table = QLabel("Saring"), QLabel("Tabel")
    source.addWidget(filters)
    source.addWidget(table)
    move_items(source, target, stretch_for=lambda widget: 1 if widget is table else 0)
    assert (target.stretch(0), target.stretch(1)) == (0, 1)
    assert source.count() == 0


def _close_and_collect(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.mark.parametrize("kind", KINDS)
def test_no_item_wrapper_outlives_an_editor(qtbot, demo_context, kind: str) -> None:
    """Opened (shown) and closed twice: no wrapper of a widget item or spacer is left, open or closed."""
    gc.collect()
    before = {id(item) for item in _item_wrappers()}  # an earlier test's, if any (reported by that test)
    for _ in range(2):
        dialog = editor_class(kind)(demo_context, None, None)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _stray_item_wrappers(before) == [], "item wrappers held while the editor is open"
        _close_and_collect(dialog)
        assert _stray_item_wrappers(before) == [], "item wrappers left after the editor was deleted"


def test_reopened_agreement_editor_does_not_crash(demo_file: Path, tmp_path: Path) -> None:
    """The crash itself, in a process of its own: before the fix it died of SIGSEGV every time."""
    database = tmp_path / "demo.sqlite3"
    database.write_bytes(demo_file.read_bytes())
    script = textwrap.dedent(
        f"""
        import gc, sys
        from PySide6.QtCore import QCoreApplication, QEvent, QSettings
        from PySide6.QtWidgets import QApplication
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        app = QApplication([])
        from secretariat.gui.record_editors import editor_class
        from secretariat.services import session_start
        ctx = session_start.open_session({str(database)!r}, "clerk1")
        for kind in ("agreement", "agreement", "partner", "agreement", "official"):
            dialog = editor_class(kind)(ctx, None, None)
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()
            del dialog  # the Python side of the editor is now garbage, as when a clerk closes it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
        session_start.close_session(ctx)
        print("reopened without a crash")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "reopened without a crash" in result.stdout


_LAYOUT_CALLS = re.compile(r"\.(addLayout|insertLayout|takeAt)\(|(?<!tree)(?<!list)(?<!table)(?<!view)\.itemAt\(")


def test_gui_code_goes_through_the_layout_helpers() -> None:
    """Layout items are read, moved and nested only through gui.widgets.layout_items (FlowLayout, a layout
    written in Python, implements the item protocol itself)."""
    allowed = {"layout_items.py", "flow_layout.py"}
    offenders = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _LAYOUT_CALLS.search(line)
    ]
    assert offenders == []
