"""Secretariat: the foreign-cooperation register of an Indonesian regional government."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("secretariat")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
