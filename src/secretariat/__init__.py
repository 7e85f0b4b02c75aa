"""Secretariat: the foreign-cooperation register of an Indonesian regional government."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Computed on first use: reading the installed metadata costs time at every start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("secretariat")
        except PackageNotFoundError:  # running from a source tree that is not installed
            return "0.0.0+source"
    raise AttributeError(f"module 'secretariat' has no attribute {name!r}")
