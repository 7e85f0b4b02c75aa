"""The Qt desktop interface. Everything that imports Qt lives in this package.

The GUI reaches data only through ``secretariat.services`` (and renders through
``secretariat.documents``); it never imports storage or SQLAlchemy.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

from secretariat.install_paths import install_roots

__all__ = ["keep_none_alive", "resource_path"]

#: The reference count given to ``None`` by :func:`keep_none_alive` (Python 3.12 makes it immortal itself).
_NONE_REFERENCES = 1 << 40


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal before Python 3.12, as Python 3.12 does itself.

    PySide6 6.12.0 drops one reference to ``None`` in every call of a Qt function that returns nothing
    (``label.setText``, ``processEvents``...) and every time a Python override answers ``None`` to Qt
    (a table model's ``data()``); 6.11 does not. From Python 3.12 on ``None`` is immortal and this
    costs nothing; before, ``None`` reaches zero after some tens of thousands of such calls and the
    program dies ("Fatal Python error: none_dealloc"). Giving ``None`` a count no session can use up
    (2**40) is what Python 3.12 does; where PySide6 drops nothing, ``None`` merely holds more
    references, which changes nothing.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if sys.getrefcount(None) >= _NONE_REFERENCES:
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of a release build's object
    before = sys.getrefcount(None)
    count.value += _NONE_REFERENCES
    if sys.getrefcount(None) - before != _NONE_REFERENCES:  # another object layout: leave it alone
        count.value -= _NONE_REFERENCES


keep_none_alive()


def resource_path(*parts: str) -> Path:
    """The first existing ``<root>/<parts...>`` among the known roots.

    Raises FileNotFoundError naming every place looked at, so a broken install says what is missing.
    """
    tried: list[str] = []
    for root in install_roots():
        path = root.joinpath(*parts)
        if path.exists():
            return path
        tried.append(str(path))
    raise FileNotFoundError(f"{'/'.join(parts)} not found; looked in: {', '.join(tried)}")
