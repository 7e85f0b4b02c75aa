"""The people who use the database: the Users dialog (administrators) and its entries in the File menu."""

from secretariat.gui.users.dialog import AddUserDialog, NewPasswordDialog, UsersDialog
from secretariat.gui.users.menu import UsersMenu

__all__ = ["AddUserDialog", "NewPasswordDialog", "UsersDialog", "UsersMenu"]
