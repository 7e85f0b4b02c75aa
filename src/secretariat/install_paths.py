"""Where the program's own files (``ui/`` forms, ``resources/``) are, however it was installed.

Outside the layers on purpose: the domain (clause library), the documents (fonts) and the GUI
(forms, translations) all look in the same places, in the same order.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def install_roots() -> list[Path]:
    """Folders that may hold ``ui/`` and ``resources/``, most specific first.

    1. ``$SECRETARIAT_RESOURCES``: set by an installer or a developer to point elsewhere;
    2. the installed package itself: a wheel build copies ``ui/`` and ``resources/`` into it (setup.py);
    3. a frozen Windows build (PyInstaller puts data beside the program in ``sys._MEIPASS``);
    4. the source checkout (editable install, what the tests use): the folder holding ``pyproject.toml``;
    5. ``<prefix>/share/secretariat``.
    """
    package = Path(__file__).resolve().parent  # .../secretariat
    roots: list[Path] = []
    override = os.environ.get("SECRETARIAT_RESOURCES")
    if override:
        roots.append(Path(override))
    roots.append(package)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(package.parent.parent)  # <checkout>/src/secretariat -> <checkout>
    roots.append(Path(sys.prefix) / "share" / "secretariat")
    return roots
