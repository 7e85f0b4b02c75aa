"""The File menu's "Users…" (administrators) and "Change my password…" (on a server).

The main window adds them with one line::

    self.users_menu = UsersMenu(self, self.file_menu, lambda: self.ctx, before=self.settings_action)

A new password signs in again: :attr:`UsersMenu.session_replaced` carries the new session, which the
application swaps in (gui.app).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from secretariat.gui.signin.password_dialog import ChangePasswordDialog
from secretariat.gui.users.dialog import UsersDialog
from secretariat.services import session_start
from secretariat.services.context import ServiceContext
from secretariat.services.permissions import Action, may


class UsersMenu(QObject):
    """Two entries of ``menu`` (before ``before``), enabled as the person's role and the database allow."""

    #: The person chose a new password and the program signed in again with it: the new session.
    session_replaced = Signal(object)

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        context: Callable[[], ServiceContext],
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("usersMenu")
        self.window = window
        self.context = context
        self.users_action = QAction(window)
        self.users_action.setObjectName("usersAction")
        self.users_action.triggered.connect(lambda _checked=False: self.open_users())
        self.password_action = QAction(window)
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.triggered.connect(lambda _checked=False: self.change_password())
        for action in (self.users_action, self.password_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
        menu.aboutToShow.connect(self.update_actions)
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    def update_actions(self) -> None:
        ctx = self.context()
        self.users_action.setEnabled(may(ctx, Action.MANAGE_USERS))
        self.password_action.setVisible(not ctx.database.is_sqlite)

    def open_users(self) -> None:
        dialog = UsersDialog(self.context(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def change_password(self) -> None:
        ctx = self.context()
        target = session_start.session_target(ctx)
        if target is None:
            return
        dialog = ChangePasswordDialog(ctx, target, parent=self.window)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_ctx is not None:
                self.session_replaced.emit(dialog.new_ctx)
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.users_action.setText(self.tr("&Users…"))
        self.users_action.setToolTip(self.tr("Who uses this database, their roles, blocking (administrators)"))
        self.password_action.setText(self.tr("&Change my password…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
