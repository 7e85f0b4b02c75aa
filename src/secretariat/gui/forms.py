"""Designer forms (``ui/<name>.ui``) loaded at run time, with named children bound once and typed.

No generated code: ``QUiLoader`` reads the .ui file, the same way from a checkout, an install or a
frozen build (see ``secretariat.gui.resource_path``). A form's Python class binds each child it uses
with :func:`bind`, which fails loudly — naming the form and the widget — when a name is missing or has
the wrong type, so a renamed widget fails a test rather than a clerk.

    form = load_form("settings_dialog", parent=self)
    self.save_button = bind(form, "saveButton", QPushButton)
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDir, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from secretariat.gui import resource_path

__all__ = ["FORM_PROPERTY", "bind", "form_path", "load_form", "warm_up"]

W = TypeVar("W", bound=QObject)

#: Dynamic property set on every loaded form's top widget: the form's name, used in error messages.
FORM_PROPERTY = "secretariatForm"


#: A small form loaded once when the window is idle, to pay the loader's first-use cost then.
WARM_UP_FORM = "sector_dialog"


@functools.cache
def _loader() -> QUiLoader:
    """The one form loader, made on first use (forms are loaded on the GUI thread only)."""
    loader = QUiLoader()
    # Texts of the form are translated (context: the form's <class>) and follow later
    # language changes by themselves.
    loader.setLanguageChangeEnabled(True)
    return loader


def warm_up() -> None:
    """Load (and drop) a small form: Qt's form loader spends some 40 ms on its first form (its plugins,
    PySide's enum types), which an editor opened first would otherwise add to its opening."""
    form = load_form(WARM_UP_FORM)
    form.deleteLater()


def form_path(name: str) -> Path:
    """The path of ``ui/<name>.ui``; FileNotFoundError when it is not there."""
    if not name or "/" in name or "\\" in name or name.endswith(".ui"):
        raise ValueError(f"form name must be a bare name like 'settings_dialog', got {name!r}")
    return resource_path("ui", f"{name}.ui")


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>.ui`` and return its top widget (a child of ``parent`` when given).

    Raises FileNotFoundError when the file is missing and RuntimeError when Qt cannot read it.
    """
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open form {name!r} at {path}: {file.errorString()}")
    try:
        loader = _loader()
        loader.setWorkingDirectory(QDir(str(path.parent)))
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {name!r} from {path}: {loader.errorString()}")
    widget.setProperty(FORM_PROPERTY, name)
    return widget


def _form_name(form: QWidget) -> str:
    value = form.property(FORM_PROPERTY)
    return str(value) if value else (form.objectName() or type(form).__name__)


def bind(form: QWidget, name: str, cls: type[W]) -> W:
    """The child of ``form`` called ``name``, checked to be a ``cls``.

    Raises LookupError naming the form and the widget when no such child exists, and TypeError when
    it exists with another class (e.g. the .ui changed a QLineEdit into a QComboBox).
    """
    if form.objectName() == name and isinstance(form, cls):
        return form
    child = form.findChild(QObject, name)
    if child is None:
        raise LookupError(f"form {_form_name(form)!r} has no widget named {name!r} (expected a {cls.__name__})")
    if not isinstance(child, cls):
        raise TypeError(
            f"widget {name!r} in form {_form_name(form)!r} is a {type(child).__name__}, expected a {cls.__name__}"
        )
    return child
