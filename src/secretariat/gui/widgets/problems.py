"""Showing a ValidationError at the fields it names: a red border, the message as the field's tooltip,
and a message line listing every problem by the field's visible label. Nothing was saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QTabWidget, QWidget

from secretariat.domain.errors import Problem
from secretariat.domain.field_labels import form_label
from secretariat.gui.widgets.layout_items import entries, form_cell

PROBLEM_PROPERTY = "problem"
PROBLEM_COLOUR = "#c62828"
#: Installed on every editor: a field with a problem gets a red frame.
PROBLEM_STYLE = f'*[{PROBLEM_PROPERTY}="true"] {{ border: 2px solid #c62828; border-radius: 2px; }}'
MESSAGE_STYLE = "color: #b71c1c;"


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for widget, inner in entries(layout):
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_layout_widgets(inner))
    return found


def field_labels(form: QWidget) -> dict[QWidget, str]:
    """Every widget of a form row, mapped to the visible text of the row's label ("Name", not "Name:")."""
    labels: dict[QWidget, str] = {}
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label_cell = form_cell(layout, row, QFormLayout.ItemRole.LabelRole)
            field_cell = form_cell(layout, row, QFormLayout.ItemRole.FieldRole)
            if label_cell is None or field_cell is None:
                continue
            label = label_cell.widget
            if not isinstance(label, QLabel):
                continue
            # "Name:" and a required "Name*:" are both called "Name".
            text = label.text().replace("&", "").strip().rstrip(":").strip().rstrip("*").strip()
            if not text:
                continue
            field, field_layout = field_cell
            widgets = (
                [field] if field is not None else _layout_widgets(field_layout) if field_layout is not None else []
            )
            for widget in widgets:
                labels.setdefault(widget, text)
    return labels


class ProblemDisplay:
    """Marks the fields of one form and fills its message line."""

    def __init__(self, form: QWidget, message_label: QLabel, language: str) -> None:
        self.form = form
        self.message_label = message_label
        self.language = language
        self.marked: dict[QWidget, str] = {}  # widget -> its tooltip before
        self.tabs: dict[tuple[QTabWidget, int], QColor] = {}  # tab -> its text colour before
        message_label.setStyleSheet(MESSAGE_STYLE)
        message_label.setWordWrap(True)
        message_label.hide()

    def clear(self) -> None:
        self.message_label.setStyleSheet(MESSAGE_STYLE)
        for widget, tooltip in self.marked.items():
            widget.setProperty(PROBLEM_PROPERTY, False)
            widget.setToolTip(tooltip)
            _repolish(widget)
        self.marked.clear()
        for (tabs, index), colour in self.tabs.items():
            tabs.tabBar().setTabTextColor(index, colour)
        self.tabs.clear()
        self.message_label.clear()
        self.message_label.hide()

    def show(
        self, problems: Sequence[Problem], fields: Mapping[str, QWidget], names: Mapping[str, str] | None = None
    ) -> list[QWidget]:
        """Mark the widget of each problem's field; list them all; focus the first. Returns the marked widgets."""
        self.clear()
        labels = field_labels(self.form)
        lines: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            message = problem.message(self.language)
            widget = fields.get(problem.field)
            name = (
                (names or {}).get(problem.field)
                or (labels.get(widget) if widget is not None else None)
                or form_label(problem.field, self.language)
            )
            lines.append(f"• {name}: {message}")
            if widget is None:
                continue
            if widget not in self.marked:
                self.marked[widget] = widget.toolTip()
                widget.setProperty(PROBLEM_PROPERTY, True)
                widget.setToolTip(message)
                _repolish(widget)
            else:
                widget.setToolTip(f"{widget.toolTip()}\n{message}")
            first = first or widget
            self._mark_tabs(widget)
        heading = QCoreApplication.translate("ProblemDisplay", "Nothing was saved. Please correct:")
        self.message_label.setText("\n".join([heading, *lines]))
        self.message_label.show()
        if first is not None:
            reveal(first)
        return list(self.marked)

    def _mark_tabs(self, widget: QWidget) -> None:
        """Colour the titles of the tabs that hold a marked field, so a problem on a hidden tab is seen."""
        for tabs, index in _tabs_holding(widget):
            if (tabs, index) not in self.tabs:
                self.tabs[(tabs, index)] = tabs.tabBar().tabTextColor(index)
                tabs.tabBar().setTabTextColor(index, QColor(PROBLEM_COLOUR))

    def show_message(self, text: str) -> None:
        """A problem that belongs to no field (a conflict, a dependency)."""
        self.clear()
        self.message_label.setText(text)
        self.message_label.show()


def _tabs_holding(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every (tab widget, tab index) whose page holds ``widget``, innermost first."""
    found: list[tuple[QTabWidget, int]] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    found.append((parent, index))
                    break
        parent = parent.parentWidget()
    return found


def reveal(widget: QWidget) -> None:
    """Bring the tab holding ``widget`` to the front and put the cursor in it."""
    for tabs, index in reversed(_tabs_holding(widget)):
        tabs.setCurrentIndex(index)
    widget.setFocus()


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
