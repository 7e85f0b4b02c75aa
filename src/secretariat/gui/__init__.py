"""The Qt desktop interface. Everything that imports Qt lives in this package.

The GUI reaches data only through ``secretariat.services`` (and renders through
``secretariat.documents``); it never imports storage or SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from secretariat.install_paths import install_roots

__all__ = ["resource_path"]


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
