"""The choice a clerk makes when someone else saved the record being edited: per field, yours or theirs.

Every field the other person changed is a row: the field's name, the clerk's value and the stored
value as two choices. A field the clerk did not touch starts on the stored value (taking it loses
nothing), a field both changed on the clerk's own; "Keep all mine" and "Take all theirs" set every
row at once. Save returns the fields whose stored value is taken; the editor saves the result as a
new change on the version now stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict, FieldChange
from secretariat.gui.formatting import format_datetime
from secretariat.gui.widgets.layout_items import add_layout

MINE, THEIRS = 0, 1


class ConflictDialog(QDialog):
    """Both values of every field another person changed; the clerk picks one per field."""

    def __init__(self, conflict: EditConflict, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.language = language
        self.groups: dict[str, QButtonGroup] = {}
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed at another workstation"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        who = conflict.by or self.tr("Another user")
        when = format_datetime(conflict.at, language) if conflict.at is not None else ""
        record = conflict.record.text(language)
        heading = QLabel(
            self.tr("{who} saved {record} while you were editing it ({when}).").format(
                who=who, record=record, when=when
            )
            if when
            else self.tr("{who} saved {record} while you were editing it.").format(who=who, record=record)
        )
        heading.setObjectName("conflictHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        explanation = QLabel(
            self.tr(
                "Nothing of yours was saved yet. For each field they changed, choose the value to keep; "
                "the result is saved as a new change. Fields only they changed start on their value."
            )
        )
        explanation.setWordWrap(True)

        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.setColumnMinimumWidth(0, 150)
        grid.addWidget(_header(self.tr("Field")), 0, 0)
        grid.addWidget(_header(self.tr("Yours")), 0, 1)
        grid.addWidget(_header(self.tr("Saved by {who}").format(who=who)), 0, 2)
        for index, change in enumerate(conflict.changes, start=1):
            self._add_row(grid, index, change)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.keep_mine_button = QPushButton(self.tr("Keep all mine"))
        self.take_theirs_button = QPushButton(self.tr("Take all theirs"))
        self.keep_mine_button.clicked.connect(lambda: self.choose_all(MINE))
        self.take_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save my choice"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Back to editing"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        footer = QHBoxLayout()
        footer.addWidget(self.keep_mine_button)
        footer.addWidget(self.take_theirs_button)
        footer.addStretch(1)
        footer.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        add_layout(layout, footer)
        # As large as the rows need (no scroll bar for a handful of fields), within the screen.
        rows.adjustSize()
        wanted = rows.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(max(wanted.width() + 70, 640), screen.width() - 80 if screen else 1000)
        chrome = heading.sizeHint().height() + explanation.heightForWidth(width) + 150
        height = min(wanted.height() + chrome, screen.height() - 80 if screen else 700)
        self.resize(width, height)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _add_row(self, grid: QGridLayout, row: int, change: FieldChange) -> None:
        lang = self.language
        name = QLabel(change.label.text(lang))
        name.setStyleSheet("font-weight: bold;")
        name.setWordWrap(True)
        mine = QRadioButton(_short(change.mine_shown.text(lang)))
        theirs = QRadioButton(_short(change.theirs_shown.text(lang)))
        mine.setObjectName(f"mine_{change.field}")
        theirs.setObjectName(f"theirs_{change.field}")
        for button, tip in ((mine, change.mine_shown), (theirs, change.theirs_shown)):
            button.setToolTip(tip.text(lang))
        group = QButtonGroup(self)
        group.addButton(mine, MINE)
        group.addButton(theirs, THEIRS)
        (mine if change.mine_changed else theirs).setChecked(True)
        self.groups[change.field] = group
        top = 3 * row - 1
        grid.setRowMinimumHeight(top - 1, 10)  # a little air between fields
        grid.addWidget(name, top, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(mine, top, 1)
        grid.addWidget(theirs, top, 2)
        note = QLabel(
            self.tr("Both of you changed it (it was: {before}).").format(before=change.base_shown.text(lang))
            if change.mine_changed
            else self.tr("You did not change it.")
        )
        note.setStyleSheet("color: #555555;" if not change.mine_changed else "color: #b71c1c;")
        note.setWordWrap(True)
        note.setContentsMargins(22, 0, 0, 0)  # under the radio button's text
        grid.addWidget(note, top + 1, 1, 1, 2)

    def choose_all(self, which: int) -> None:
        for group in self.groups.values():
            button = group.button(which)
            if button is not None:
                button.setChecked(True)

    def theirs_chosen(self) -> set[str]:
        """The fields whose stored value the clerk takes."""
        return {name for name, group in self.groups.items() if group.checkedId() == THEIRS}


def _short(text: str, limit: int = 60) -> str:
    """A value as a choice's text: long ones end with "…" (the tooltip holds it whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555555; font-weight: bold;")
    return label


def ask_conflict(parent: QWidget | None, conflict: EditConflict, language: str) -> set[str] | None:
    """Show ``conflict``; the fields whose stored value is taken, or None when the clerk goes back to editing."""
    dialog = ConflictDialog(conflict, language, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.theirs_chosen()
    finally:
        dialog.deleteLater()
