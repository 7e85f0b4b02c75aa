"""What every record editor does for the clerk before anything is saved.

- **Required fields are marked** from the start: their label gets an asterisk and a tooltip, an empty
  line gets the placeholder "wajib diisi" (the record's own rules say which fields are required,
  :func:`secretariat.domain.validation.required_fields`).
- **Web addresses, e-mail, telephone numbers and language codes are checked as they are typed**: a
  field that is not right gets the red frame, its reason as tooltip and on the message line, and
  loses them as soon as it is right (:func:`secretariat.domain.validation.field_problem`).
- **Buttons get access keys** (Alt + the underlined letter), chosen so that none repeats among the
  buttons the clerk can see at once.
- **A new record starts in its first field.**
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from secretariat.domain.validation import LIVE_CHECKED_FIELDS, field_problem, required_fields
from secretariat.gui.widgets.layout_items import entries, form_cell
from secretariat.gui.widgets.problems import PROBLEM_PROPERTY, _repolish

if TYPE_CHECKING:
    from secretariat.gui.widgets.form_dialog import FormDialog

__all__ = ["LiveChecks", "assign_access_keys", "focus_first_field", "label_of", "mark_required"]

REQUIRED_MARK = "*"
LIVE_DELAY_MS = 400
_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)


# --- labels --------------------------------------------------------------------------------------------


def _holds(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    return any(held is widget or _holds(inner, widget) for held, inner in entries(layout))


def label_of(form: QWidget, widget: QWidget) -> QLabel | None:
    """The label of the form row that holds ``widget`` (directly or inside the row's own layout)."""
    for layout in form.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label_cell = form_cell(layout, row, QFormLayout.ItemRole.LabelRole)
            field_cell = form_cell(layout, row, QFormLayout.ItemRole.FieldRole)
            if label_cell is None or field_cell is None:
                continue
            label = label_cell.widget
            if not isinstance(label, QLabel):
                continue
            if field_cell.widget is widget or _holds(field_cell.layout, widget):
                return label
    return None


def mark_required(form: QWidget, record_type: type | None, fields: Mapping[str, QWidget]) -> list[QLabel]:
    """Put an asterisk on the labels of the fields ``record_type`` requires; the labels marked."""
    if record_type is None:
        return []
    marked: list[QLabel] = []
    hint = QCoreApplication.translate("FormComforts", "Required")
    for name in sorted(required_fields(record_type)):
        widget = fields.get(name)
        if widget is None or not isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
            continue
        if isinstance(widget, QComboBox) and not widget.isEditable():
            continue  # a pick list always holds a choice
        label = label_of(form, widget)
        if label is None or label in marked:
            continue
        text = label.text()
        if REQUIRED_MARK not in text:
            body = text.rstrip()
            colon = body.endswith(":")
            label.setText(f"{body.rstrip(':')}{REQUIRED_MARK}{':' if colon else ''}")
        label.setToolTip(hint if not label.toolTip() else f"{label.toolTip()}\n{hint}")
        line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if isinstance(line, QLineEdit | QPlainTextEdit) and not line.placeholderText():
            line.setPlaceholderText(QCoreApplication.translate("FormComforts", "required"))
        marked.append(label)
    return marked


# --- checks while typing ------------------------------------------------------------------------------


class LiveChecks(QObject):
    """Checks web addresses, e-mail, telephone numbers and language codes of an editor as they are typed."""

    def __init__(self, dialog: FormDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.problems: dict[QLineEdit, str] = {}
        self.checked: dict[QLineEdit, str] = {}
        fields = dialog.fields()
        for name in LIVE_CHECKED_FIELDS:
            widget = fields.get(name)
            if isinstance(widget, QLineEdit):
                self.checked[widget] = name
                timer = QTimer(self)
                timer.setSingleShot(True)
                timer.setInterval(LIVE_DELAY_MS)
                timer.timeout.connect(lambda w=widget: self.check(w))
                widget.textEdited.connect(lambda _text, t=timer: t.start())
                widget.editingFinished.connect(lambda w=widget: self.check(w))

    def check(self, widget: QLineEdit) -> str | None:
        """Check one field now; its message (None when it is right)."""
        name = self.checked[widget]
        problem = field_problem(name, widget.text())
        language = self.dialog.language
        message = None if problem is None else (problem[1] if language == "id" else problem[0])
        was = self.problems.get(widget)
        if message == was:
            return message
        if message is None:
            self.problems.pop(widget, None)
            widget.setProperty(PROBLEM_PROPERTY, False)
            widget.setToolTip("")
        else:
            self.problems[widget] = message
            widget.setProperty(PROBLEM_PROPERTY, True)
            widget.setToolTip(message)
        _repolish(widget)
        self._show()
        return message

    def _show(self) -> None:
        if not self.problems:
            if self.dialog.message_label.property("liveCheck"):
                self.dialog.problems.clear()
                self.dialog.message_label.setProperty("liveCheck", False)
            return
        labels = {w: (label_of(self.dialog.form, w) or w).property("text") for w in self.problems}
        lines = [
            f"• {str(labels[w] or self.checked[w]).replace('&', '').rstrip(':').rstrip(REQUIRED_MARK)}: {message}"
            for w, message in self.problems.items()
        ]
        self.dialog.message_label.setText("\n".join(lines))
        self.dialog.message_label.setProperty("liveCheck", True)
        self.dialog.message_label.show()


# --- access keys --------------------------------------------------------------------------------------


def _key(text: str) -> str | None:
    index = text.find("&")
    while index >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index = text.find("&", index + 2)
    return None


def _choose(text: str, used: set[str]) -> int | None:
    """Where to put the ampersand: the first free letter starting a word, else any free letter."""
    starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
    for index in starts + others:
        if text[index].lower() not in used:
            return index
    return None


def _page_of(widget: QWidget) -> QWidget | None:
    """The tab page a widget sits on (None: always visible).

    A tab widget holds its pages in an inner stacked widget: the page is the child of that one (taking
    the stacked widget itself made every tab one group, and the letters ran out: "Naik", "Turun" and
    "Cetak paket naskah…" of the agreement editor had no key)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return None


def assign_access_keys(root: QWidget, buttons: Iterable[QAbstractButton] | None = None) -> dict[QAbstractButton, str]:
    """Give every push button under ``root`` without one an access key; the keys given."""
    found = list(buttons) if buttons is not None else root.findChildren(QPushButton)
    groups: dict[QWidget | None, list[QAbstractButton]] = {}
    for button in found:
        groups.setdefault(_page_of(button), []).append(button)
    shared: set[str] = {k for b in groups.get(None, []) if (k := _key(b.text()))}
    for tabs in root.findChildren(QTabWidget):
        shared |= {k for i in range(tabs.count()) if (k := _key(tabs.tabText(i)))}
    given: dict[QAbstractButton, str] = {}
    for page, members in sorted(groups.items(), key=lambda item: item[0] is not None):
        used = set(shared) | {k for b in members if (k := _key(b.text()))}
        for button in members:
            text = button.text()
            if not text or _key(text) is not None:
                continue
            index = _choose(text, used)
            if index is None:
                continue
            button.setText(text[:index] + "&" + text[index:])
            used.add(text[index].lower())
            given[button] = text[index].lower()
            if page is None:
                shared.add(text[index].lower())
    return given


# --- the first field ----------------------------------------------------------------------------------


def focus_first_field(form: QWidget) -> QWidget | None:
    """Put the cursor in the first field of the form's first tab (in tab order); the field, if any."""
    tabs = form.findChild(QTabWidget, "tabs")
    first_page = tabs.widget(0) if tabs is not None and tabs.count() else None
    scope: QWidget = first_page if first_page is not None else form
    if tabs is not None:
        tabs.setCurrentIndex(0)
    widget: QWidget | None = scope.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not scope and seen < 500:
        seen += 1
        if (
            isinstance(widget, _INPUTS)
            and scope.isAncestorOf(widget)
            and widget.isEnabled()
            and not widget.isHidden()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None
