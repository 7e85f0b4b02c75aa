"""Signing in before the main window: the sign-in dialog, then the password change a first password needs."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from secretariat.gui.signin.dialog import SignInDialog
from secretariat.gui.signin.password_dialog import ChangePasswordDialog
from secretariat.services import session_start
from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

__all__ = ["SignedIn", "sign_in"]


@dataclass(frozen=True)
class SignedIn:
    ctx: ServiceContext
    #: What the window may remember as the last database: the server's URL, without a password, and
    #: without the user name unless the person asked to remember it.
    remembered_target: str


def sign_in(target: str, parent: QWidget | None = None) -> SignedIn | None:
    """Sign in to the server ``target`` names; None when the person gave up (Cancel, Sign out)."""
    server = session_start.server_target(target)
    if server is None:
        raise ValueError("sign_in is for a database on a server")
    ctx: ServiceContext | None = None
    password = session_start.password_in(target)
    remember_user = True
    if password is not None:  # a password in --db: tried once, then the dialog
        try:
            ctx = session_start.open_session(server, password=password)
        except Exception as exc:  # noqa: BLE001 - the dialog says what is wrong when the person tries again
            log.info("the password of the URL was refused (%s); asking", type(exc).__name__)
    if ctx is None:
        dialog = SignInDialog(server, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.ctx is None or dialog.target is None:
                return None
            ctx, server, password = dialog.ctx, dialog.target, dialog.password
            remember_user = dialog.remember_user_check.isChecked()
        finally:
            dialog.deleteLater()
    if session_start.must_change_password(ctx):
        change = ChangePasswordDialog(ctx, server, current=password, forced=True, parent=parent)
        try:
            accepted = change.exec() == QDialog.DialogCode.Accepted
            new_ctx = change.new_ctx
        finally:
            change.deleteLater()
        session_start.close_session(ctx)
        if not accepted or new_ctx is None:
            return None
        ctx = new_ctx
    remembered = (
        server
        if remember_user
        else session_start.ServerTarget(server.host, server.port, server.database, "", server.options)
    )
    return SignedIn(ctx=ctx, remembered_target=remembered.text())
