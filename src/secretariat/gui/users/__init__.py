"""The people who use the database: the Users dialog (administrators) and its entries in the File menu.

The names are loaded when first asked for: the main window's frame builds the menu (``gui.users.menu``)
before the database modules that the dialogs need are loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secretariat.gui.users.dialog import AddUserDialog, NewPasswordDialog, UsersDialog
    from secretariat.gui.users.menu import UsersMenu

__all__ = ["AddUserDialog", "NewPasswordDialog", "UsersDialog", "UsersMenu"]

_MODULES = {
    "AddUserDialog": "secretariat.gui.users.dialog",
    "NewPasswordDialog": "secretariat.gui.users.dialog",
    "UsersDialog": "secretariat.gui.users.dialog",
    "UsersMenu": "secretariat.gui.users.menu",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
