"""Typing a new password: two hidden fields that must agree, and what the program asks of a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

__all__ = ["password_edit", "passwords_differ_message"]


def password_edit(parent: QWidget, object_name: str) -> QLineEdit:
    """A line edit that hides what is typed and offers nothing to copy."""
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def passwords_differ_message() -> str:
    return QCoreApplication.translate("Passwords", "the two passwords differ")
