"""The Qt desktop interface. Everything that imports Qt lives in this package.

The GUI reaches data only through ``secretariat.services`` (and renders through
``secretariat.documents``); it never imports storage or SQLAlchemy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["resource_path"]


def _candidate_roots() -> list[Path]:
    """Folders that may hold ``ui/`` and ``resources/``, most specific first.

    - ``SECRETARIAT_RESOURCES``: set by an installer or a developer to point elsewhere;
    - a frozen Windows build (PyInstaller puts data beside the program in ``sys._MEIPASS``);
    - the source checkout (editable install): the folder holding ``pyproject.toml``;
    - ``<prefix>/share/secretariat`` for a wheel that installs the data files there.
    """
    roots: list[Path] = []
    override = os.environ.get("SECRETARIAT_RESOURCES")
    if override:
        roots.append(Path(override))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(Path(__file__).resolve().parents[3])  # src/secretariat/gui -> checkout root
    roots.append(Path(sys.prefix) / "share" / "secretariat")
    return roots


def resource_path(*parts: str) -> Path:
    """The first existing ``<root>/<parts...>`` among the known roots.

    Raises FileNotFoundError naming every place looked at, so a broken install says what is missing.
    """
    tried: list[str] = []
    for root in _candidate_roots():
        path = root.joinpath(*parts)
        if path.exists():
            return path
        tried.append(str(path))
    raise FileNotFoundError(f"{'/'.join(parts)} not found; looked in: {', '.join(tried)}")
