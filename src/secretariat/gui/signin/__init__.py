"""Signing in to the office's shared PostgreSQL database: the sign-in dialog and the password change."""

from secretariat.gui.signin.dialog import SignInDialog
from secretariat.gui.signin.flow import SignedIn, sign_in
from secretariat.gui.signin.password_dialog import ChangePasswordDialog

__all__ = ["ChangePasswordDialog", "SignInDialog", "SignedIn", "sign_in"]
