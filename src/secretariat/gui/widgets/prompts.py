"""The few questions an editor asks, as functions (so tests can answer them)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "EditorPrompts"


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def _cancel_text() -> str:
    return QCoreApplication.translate("EditorPrompts", "Cancel")


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """ "Save the changes to <what>?" with Save / Discard / Cancel (Cancel: keep editing)."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorPrompts", "Unsaved changes"),
        QCoreApplication.translate("EditorPrompts", "Save the changes to {what}?").format(what=what),
        QCoreApplication.translate("EditorPrompts", "If you discard them, what you typed since the last save is lost."),
    )
    save = box.addButton(QCoreApplication.translate("EditorPrompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        QCoreApplication.translate("EditorPrompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(_cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, yes: str, informative: str = "") -> bool:
    """A question whose default answer is Cancel; True when the clerk chose ``yes``."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, informative)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(_cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose(parent: QWidget | None, title: str, text: str, options: list[str], informative: str = "") -> int | None:
    """Offer ``options`` (buttons, the first is the default) and Cancel; the index chosen, or None."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, informative)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(_cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[0] if buttons else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def warn(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, informative)
    box.addButton(QCoreApplication.translate("EditorPrompts", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
