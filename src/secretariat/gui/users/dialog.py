"""The Users dialog (administrators): who uses the database, their roles, blocking, first passwords.

The list shows every person with their role and whether they may sign in; below it the selected
person's name, role and "may sign in" can be changed and saved. "Add person…" asks for a login, a
name, a role and (on a server) a first password, which the person replaces at their first sign-in;
"New first password…" gives another one. Everything goes through services.users, which checks the
administrator's role as stored and audits each change; on a server it also changes the person's login.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.labels import label
from secretariat.gui.errors import user_message
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.passwords import password_edit, passwords_differ_message
from secretariat.gui.widgets.problems import PROBLEM_STYLE, ProblemDisplay
from secretariat.services import users
from secretariat.services.context import ServiceContext
from secretariat.services.permissions import Action, may
from secretariat.services.users import UserView

ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = "color: #616161;"
INFO_STYLE = "color: #1b5e20;"
LOGIN, NAME, ROLE, STATE = range(4)

__all__ = ["AddUserDialog", "NewPasswordDialog", "UsersDialog"]


def _language() -> Literal["id", "en"]:
    return "id" if current_language() == "id" else "en"


def _fill_roles(combo: QComboBox) -> None:
    language = _language()
    combo.clear()
    for role in (UserRole.CLERK, UserRole.HEAD, UserRole.ADMIN):
        combo.addItem(label(role, language), role.value)


class _PasswordPair:
    """Two hidden fields for a first password, checked to agree."""

    def __init__(self, parent: QWidget) -> None:
        self.first = password_edit(parent, "firstPasswordEdit")
        self.repeat = password_edit(parent, "repeatPasswordEdit")

    def problems(self, login: str) -> list[Problem]:
        found = users.password_problems(self.first.text(), login)
        if not found and self.first.text() != self.repeat.text():
            differ = passwords_differ_message()
            found.append(Problem("repeat_password", differ, differ))
        return found


class AddUserDialog(QDialog):
    """Login, name, role and, on a server, the first password (twice)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setStyleSheet(PROBLEM_STYLE)
        self.ctx = ctx
        self.server = not ctx.database.is_sqlite
        self.user_id: int | None = None
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(MUTED)
        layout.addWidget(self.intro_label)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.login_edit = QLineEdit(self.form)
        self.login_edit.setObjectName("loginEdit")
        self.name_edit = QLineEdit(self.form)
        self.name_edit.setObjectName("nameEdit")
        self.role_combo = QComboBox(self.form)
        self.role_combo.setObjectName("roleCombo")
        _fill_roles(self.role_combo)
        self.passwords = _PasswordPair(self.form)
        self.login_label, self.name_label, self.role_label = QLabel(self.form), QLabel(self.form), QLabel(self.form)
        self.password_label, self.repeat_label = QLabel(self.form), QLabel(self.form)
        rows = [
            (self.login_label, self.login_edit),
            (self.name_label, self.name_edit),
            (self.role_label, self.role_combo),
        ]
        if self.server:
            rows += [(self.password_label, self.passwords.first), (self.repeat_label, self.passwords.repeat)]
        else:
            for widget in (self.passwords.first, self.passwords.repeat, self.password_label, self.repeat_label):
                widget.hide()
        for row_label, field in rows:
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        layout.addWidget(self.form)
        self.message_label = QLabel(self)
        layout.addWidget(self.message_label)
        self.problems = ProblemDisplay(self.form, self.message_label, _language())
        self.buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(480)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "login": self.login_edit,
            "name": self.name_edit,
            "role": self.role_combo,
            "password": self.passwords.first,
            "repeat_password": self.passwords.repeat,
        }

    def add(self) -> None:
        login = self.login_edit.text().strip()
        password = None
        if self.server:
            problems = self.passwords.problems(login)
            if problems:
                self.problems.show(problems, self._fields())
                return
            password = self.passwords.first.text()
        try:
            self.user_id = users.add_user(
                self.ctx, login, self.name_edit.text(), str(self.role_combo.currentData()), password
            )
        except ValidationError as exc:
            self.problems.show(exc.problems, self._fields())
            return
        except UserError as exc:
            self.problems.show_message(user_message(exc))
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person"))
        self.intro_label.setText(
            self.tr(
                "The person signs in with this user name and the first password, and then chooses their own password."
            )
            if self.server
            else self.tr("On this workstation a person is their Windows account: type its user name.")
        )
        self.login_label.setText(self.tr("&User name:"))
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.password_label.setText(self.tr("&First password:"))
        self.repeat_label.setText(self.tr("Re&peat it:"))
        self.add_button.setText(self.tr("&Add"))
        self.cancel_button.setText(self.tr("Cancel"))


class NewPasswordDialog(QDialog):
    """A new first password for a person (server only), typed twice."""

    def __init__(self, ctx: ServiceContext, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setStyleSheet(PROBLEM_STYLE)
        self.ctx = ctx
        self.user = user
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.passwords = _PasswordPair(self.form)
        self.password_label, self.repeat_label = QLabel(self.form), QLabel(self.form)
        self.password_label.setBuddy(self.passwords.first)
        self.repeat_label.setBuddy(self.passwords.repeat)
        form.addRow(self.password_label, self.passwords.first)
        form.addRow(self.repeat_label, self.passwords.repeat)
        layout.addWidget(self.form)
        self.message_label = QLabel(self)
        layout.addWidget(self.message_label)
        self.problems = ProblemDisplay(self.form, self.message_label, _language())
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New first password"))
        self.intro_label.setText(
            self.tr("%1 signs in with this password once and then chooses their own.").replace("%1", user.name)
        )
        self.password_label.setText(self.tr("&First password:"))
        self.repeat_label.setText(self.tr("Re&peat it:"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setMinimumWidth(420)

    def save(self) -> None:
        fields: dict[str, QWidget] = {"password": self.passwords.first, "repeat_password": self.passwords.repeat}
        problems = self.passwords.problems(self.user.login)
        if problems:
            self.problems.show(problems, fields)
            return
        try:
            users.reset_password(self.ctx, self.user.id, self.passwords.first.text())
        except ValidationError as exc:
            self.problems.show(exc.problems, fields)
            return
        except UserError as exc:
            self.problems.show_message(user_message(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    """The list of users beside the selected person's name, role and right to sign in."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.ctx = ctx
        self.server = not ctx.database.is_sqlite
        self.editable = may(ctx, Action.MANAGE_USERS)
        self.users: list[UserView] = []

        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("introLabel")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(MUTED)
        layout.addWidget(self.intro_label)
        self.table = QTableWidget(self)
        self.table.setObjectName("usersTable")
        self.table.setColumnCount(4)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        self.form_box = QGroupBox(self)
        self.form_box.setObjectName("personBox")
        form = QFormLayout(self.form_box)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setObjectName("nameEdit")
        self.role_combo = QComboBox(self.form_box)
        self.role_combo.setObjectName("roleCombo")
        _fill_roles(self.role_combo)
        self.active_check = QCheckBox(self.form_box)
        self.active_check.setObjectName("activeCheck")
        self.name_label, self.role_label = QLabel(self.form_box), QLabel(self.form_box)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        form.addRow("", self.active_check)
        row = QHBoxLayout()
        self.password_button = QPushButton(self.form_box)
        self.password_button.setObjectName("passwordButton")
        self.password_button.setVisible(self.server)
        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName("saveButton")
        row.addWidget(self.password_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout.addWidget(self.form_box)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        layout.addWidget(self.message_label)
        self.problems = ProblemDisplay(self.form_box, self.message_label, _language())

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        add_layout(layout, buttons)

        self.add_button.clicked.connect(self.add_person)
        self.save_button.clicked.connect(self.save)
        self.password_button.clicked.connect(self.new_password)
        self.close_button.clicked.connect(self.accept)
        self.add_button.setEnabled(self.editable)
        self.form_box.setEnabled(False)
        self.retranslate()
        self.reload()
        self.resize(720, 520)

    # --- data --------------------------------------------------------------------------------------------

    def _state_text(self, user: UserView) -> str:
        if not user.active:
            return self.tr("Blocked")
        if self.server and user.must_change_password:
            return self.tr("Must choose a password")
        return self.tr("Active")

    def reload(self, select_id: int | None = None) -> None:
        self.users = users.list_users(self.ctx)
        language = _language()
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(len(self.users))
        select_row = -1
        for row, user in enumerate(self.users):
            cells = [user.login, user.name, label(UserRole(user.role), language), self._state_text(user)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, user.id)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if user.id == select_id:
                select_row = row
        self.table.blockSignals(blocked)
        if select_row >= 0:
            self.table.selectRow(select_row)
        self._selected()

    def current(self) -> UserView | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection() or row >= len(self.users):
            return None
        return self.users[row]

    def _selected(self) -> None:
        user = self.current()
        self.problems.clear()
        self.form_box.setEnabled(user is not None and self.editable)
        if user is None:
            self.name_edit.clear()
            return
        self.name_edit.setText(user.name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
        self.active_check.setChecked(user.active)
        self.active_check.setEnabled(user.login != self.ctx.actor.login)  # nobody blocks themselves

    # --- actions -----------------------------------------------------------------------------------------

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.name_edit, "role": self.role_combo, "active": self.active_check}

    def save(self) -> None:
        user = self.current()
        if user is None:
            return
        try:
            if self.name_edit.text().strip() != user.name:
                users.rename_user(self.ctx, user.id, self.name_edit.text())
            role = str(self.role_combo.currentData())
            if role != user.role:
                users.set_user_role(self.ctx, user.id, role)
            if self.active_check.isChecked() != user.active:
                users.set_user_active(self.ctx, user.id, self.active_check.isChecked())
        except ValidationError as exc:
            self.problems.show(exc.problems, self._fields())
            return
        except UserError as exc:
            self.problems.show_message(user_message(exc))
            return
        self.reload(user.id)
        self.message_label.setStyleSheet(INFO_STYLE)
        self.message_label.setText(self.tr("Saved."))
        self.message_label.show()

    def add_person(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload(dialog.user_id)
        finally:
            dialog.deleteLater()

    def new_password(self) -> None:
        user = self.current()
        if user is None:
            return
        dialog = NewPasswordDialog(self.ctx, user, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload(user.id)
        finally:
            dialog.deleteLater()

    # --- language ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        intro = (
            self.tr(
                "Each person signs in to the server with their own user name and password. Clerks keep the "
                "records; the head and administrators also change the office's reference data; only "
                "administrators manage users."
            )
            if self.server
            else self.tr(
                "On this workstation each person is their Windows account. Clerks keep the records; the head "
                "and administrators also change the office's reference data; only administrators manage users."
            )
        )
        if not self.editable:
            intro += " " + self.tr("Only an administrator can change this list.")
        self.intro_label.setText(intro)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.form_box.setTitle(self.tr("Selected person"))
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.active_check.setText(self.tr("May sign in (not blocked)"))
        self.password_button.setText(self.tr("New first &password…"))
        self.save_button.setText(self.tr("&Save changes"))
        self.add_button.setText(self.tr("&Add person…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.users:
                current = self.current()
                self.reload(current.id if current is not None else None)
        super().changeEvent(event)
