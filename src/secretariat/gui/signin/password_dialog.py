"""Choosing one's own password: forced at the first sign-in with a password an administrator gave, and
offered later in the File menu. The program then signs in again with the new password."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.gui.errors import user_message
from secretariat.gui.i18n import current_language
from secretariat.gui.signin.dialog import REMEMBER_PASSWORD_KEY
from secretariat.gui.widgets.passwords import password_edit, passwords_differ_message
from secretariat.gui.widgets.problems import PROBLEM_STYLE, ProblemDisplay
from secretariat.gui.workers import run_in_background
from secretariat.services import credentials, session_start, users
from secretariat.services.context import ServiceContext
from secretariat.services.session_start import ServerTarget

log = logging.getLogger(__name__)

MUTED = "color: #616161;"

__all__ = ["ChangePasswordDialog"]


class ChangePasswordDialog(QDialog):
    """Current password, new password twice; :attr:`new_ctx` is the session signed in with the new one."""

    def __init__(
        self,
        ctx: ServiceContext,
        target: ServerTarget,
        *,
        current: str | None = None,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setStyleSheet(PROBLEM_STYLE)
        self.ctx = ctx
        self.target = target
        self.forced = forced
        self.new_ctx: ServiceContext | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("introLabel")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 8, 0, 0)
        self.current_edit = password_edit(self.form, "currentPasswordEdit")
        if current:
            self.current_edit.setText(current)
        self.new_edit = password_edit(self.form, "newPasswordEdit")
        self.repeat_edit = password_edit(self.form, "repeatPasswordEdit")
        self.current_label, self.new_label, self.repeat_label = QLabel(self.form), QLabel(self.form), QLabel(self.form)
        for label, field in (
            (self.current_label, self.current_edit),
            (self.new_label, self.new_edit),
            (self.repeat_label, self.repeat_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.hint_label = QLabel(self.form)
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(MUTED)
        form.addRow("", self.hint_label)
        layout.addWidget(self.form)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        layout.addWidget(self.message_label)
        self.problems = ProblemDisplay(self.form, self.message_label, current_language())

        self.buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeButton")
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(self.change)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(460)
        (self.new_edit if current else self.current_edit).setFocus()

    def _fields(self) -> dict[str, QWidget]:
        return {
            "current_password": self.current_edit,
            "new_password": self.new_edit,
            "repeat_password": self.repeat_edit,
        }

    def change(self) -> None:
        if self._busy:
            return
        current, new = self.current_edit.text(), self.new_edit.text()
        if new != self.repeat_edit.text():
            differ = passwords_differ_message()
            self.problems.show([Problem("repeat_password", differ, differ)], self._fields())
            return
        problems = users.password_problems(new, self.ctx.actor.login, "new_password")
        if problems:
            self.problems.show(problems, self._fields())
            return
        self.problems.clear()
        self._set_busy(True)
        ctx, target = self.ctx, self.target

        def work(_progress: object) -> ServiceContext:
            users.change_own_password(ctx, current, new)
            return session_start.open_session(target, password=new)

        run_in_background(self, work, lambda new_ctx: self._changed(new_ctx, new), on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.setEnabled(not busy)
        self.change_button.setEnabled(not busy)

    def _changed(self, new_ctx: ServiceContext, new: str) -> None:
        self._set_busy(False)
        self.new_ctx = new_ctx
        if QSettings().value(REMEMBER_PASSWORD_KEY, False, type=bool):
            credentials.remember_password(self.target.credential_name(), new)
        log.info("%s chose a new password", new_ctx.actor.login)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.problems.show(exc.problems, self._fields())
            return
        error = exc if isinstance(exc, UserError) else session_start.sign_in_error(exc, self.target)
        self.problems.show_message(user_message(error))

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose your password – Secretariat"))
        if self.forced:
            self.intro_label.setText(
                self.tr(
                    "You signed in with a first password that an administrator gave you. Choose your own "
                    "password now: nobody else, the administrators included, will know it."
                )
            )
        else:
            self.intro_label.setText(self.tr("Type your current password, then the new one twice."))
        self.current_label.setText(self.tr("&Current password:"))
        self.new_label.setText(self.tr("&New password:"))
        self.repeat_label.setText(self.tr("&Repeat the new password:"))
        self.hint_label.setText(
            self.tr("At least %1 characters, and not your user name.").replace("%1", str(users.MIN_PASSWORD_LENGTH))
        )
        self.change_button.setText(self.tr("C&hange password"))
        self.cancel_button.setText(self.tr("Sign out") if self.forced else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
