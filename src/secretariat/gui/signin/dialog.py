"""The sign-in dialog, shown before the main window when the database is on a PostgreSQL server.

Each person signs in with their own login and password. The server, database and (when the person
asks) the user name are remembered in the settings; a password only in the operating system's
credential store (services.credentials), and only when the person ticks "Remember my password".
The connection is made off the GUI thread; a refusal is said in the dialog, which stays open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.errors import Problem
from secretariat.gui.errors import user_message
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.passwords import password_edit
from secretariat.gui.widgets.problems import PROBLEM_STYLE, ProblemDisplay
from secretariat.gui.workers import run_in_background
from secretariat.services import credentials, session_start
from secretariat.services.context import ServiceContext
from secretariat.services.session_start import ServerTarget

log = logging.getLogger(__name__)

SETTINGS_GROUP = "signin"
REMEMBER_USER_KEY = f"{SETTINGS_GROUP}/remember_user"
USER_KEY = f"{SETTINGS_GROUP}/user"
REMEMBER_PASSWORD_KEY = f"{SETTINGS_GROUP}/remember_password"

__all__ = ["SignInDialog"]


class SignInDialog(QDialog):
    """Server, port, database, user name and password; "remember user name"; "remember my password"."""

    def __init__(self, target: ServerTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setStyleSheet(PROBLEM_STYLE)
        self.options = target.options
        self.ctx: ServiceContext | None = None
        self.target: ServerTarget | None = None
        self.password: str | None = None
        self._busy = False
        settings = QSettings()
        remember_user = bool(settings.value(REMEMBER_USER_KEY, True, type=bool))
        remembered_user = str(settings.value(USER_KEY, "") or "") if remember_user else ""

        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("introLabel")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)

        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 8, 0, 0)
        self.server_edit = QLineEdit(target.host, self.form)
        self.server_edit.setObjectName("serverEdit")
        self.port_spin = QSpinBox(self.form)
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(target.port or session_start.DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setMaximumWidth(110)
        self.database_edit = QLineEdit(target.database, self.form)
        self.database_edit.setObjectName("databaseEdit")
        self.user_edit = QLineEdit(remembered_user or target.user, self.form)
        self.user_edit.setObjectName("userEdit")
        self.password_edit = password_edit(self.form, "passwordEdit")
        self.remember_user_check = QCheckBox(self.form)
        self.remember_user_check.setObjectName("rememberUserCheck")
        self.remember_user_check.setChecked(remember_user)
        self.remember_password_check = QCheckBox(self.form)
        self.remember_password_check.setObjectName("rememberPasswordCheck")
        self.store_available = credentials.store_available()
        self.remember_password_check.setEnabled(self.store_available)
        self.server_label, self.port_label, self.database_label = (
            QLabel(self.form),
            QLabel(self.form),
            QLabel(self.form),
        )
        self.user_label, self.password_label = QLabel(self.form), QLabel(self.form)
        for label, field in (
            (self.server_label, self.server_edit),
            (self.port_label, self.port_spin),
            (self.database_label, self.database_edit),
            (self.user_label, self.user_edit),
            (self.password_label, self.password_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.remember_user_check)
        form.addRow("", self.remember_password_check)
        layout.addWidget(self.form)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        layout.addWidget(self.message_label)
        self.problems = ProblemDisplay(self.form, self.message_label, current_language())

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_saved_password()
        self.retranslate()
        self.setMinimumWidth(560)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    # --- what was typed ----------------------------------------------------------------------------------

    def typed_target(self) -> ServerTarget:
        return ServerTarget(
            host=self.server_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            options=self.options,
        )

    def _fill_saved_password(self) -> None:
        if not self.store_available or not QSettings().value(REMEMBER_PASSWORD_KEY, False, type=bool):
            return
        saved = credentials.saved_password(self.typed_target().credential_name())
        if saved:
            self.password_edit.setText(saved)
            self.remember_password_check.setChecked(True)

    def _problems(self, target: ServerTarget) -> list[Problem]:
        problems = []
        for field, value in (("server", target.host), ("database", target.database), ("user", target.user)):
            if not value:
                problems.append(Problem(field, "is required", "wajib diisi"))
        return problems

    # --- signing in --------------------------------------------------------------------------------------

    def sign_in(self) -> None:
        if self._busy:
            return
        target = self.typed_target()
        problems = self._problems(target)
        fields = {"server": self.server_edit, "database": self.database_edit, "user": self.user_edit}
        if problems:
            self.problems.show(problems, fields)
            return
        self.problems.clear()
        password = self.password_edit.text() or None
        self._set_busy(True)
        self.message_label.setText(self.tr("Signing in to %1…").replace("%1", f"{target.host}:{target.port}"))
        self.message_label.setStyleSheet("")
        self.message_label.show()
        run_in_background(
            self,
            lambda _progress: session_start.open_session(target, password=password),
            lambda ctx: self._signed_in(ctx, target, password),
            on_error=lambda exc: self._refused(exc, target),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)

    def _signed_in(self, ctx: ServiceContext, target: ServerTarget, password: str | None) -> None:
        self._set_busy(False)
        self.ctx, self.target, self.password = ctx, target, password
        settings = QSettings()
        remember_user = self.remember_user_check.isChecked()
        settings.setValue(REMEMBER_USER_KEY, remember_user)
        settings.setValue(USER_KEY, target.user if remember_user else "")
        remember_password = self.remember_password_check.isChecked() and self.store_available
        settings.setValue(REMEMBER_PASSWORD_KEY, remember_password)
        if remember_password and password:
            credentials.remember_password(target.credential_name(), password)
        elif not remember_password:
            credentials.forget_password(target.credential_name())
        log.info("signed in to %s as %s", target.text(), ctx.actor.login)
        self.accept()

    def _refused(self, exc: BaseException, target: ServerTarget) -> None:
        self._set_busy(False)
        error = session_start.sign_in_error(exc, target)
        log.info("sign-in to %s refused: %s", target.text(), type(exc).__name__)
        self.problems.show_message(user_message(error))
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    # --- language ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in – Secretariat"))
        self.intro_label.setText(
            self.tr(
                "The office's database is on a server. Sign in with your own user name and password; "
                "what you do is recorded under your name."
            )
        )
        self.server_label.setText(self.tr("&Server:"))
        self.port_label.setText(self.tr("P&ort:"))
        self.database_label.setText(self.tr("&Database:"))
        self.user_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.remember_user_check.setText(self.tr("Remember my user name"))
        self.remember_password_check.setText(self.tr("Remember my password in this computer's credential store"))
        self.remember_password_check.setToolTip(
            self.tr("Kept by the operating system (on Windows: Credential Manager), never by Secretariat itself.")
            if self.store_available
            else self.tr("This computer has no credential store the program can use.")
        )
        self.sign_in_button.setText(self.tr("Sign &in"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
