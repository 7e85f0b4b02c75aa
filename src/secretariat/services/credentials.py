"""A password kept for a person who asked for it: only in the operating system's credential store.

The sign-in window offers to remember a password; it then goes to the system's own store through the
``keyring`` library (Windows Credential Manager, the macOS Keychain, the Secret Service on Linux),
never to QSettings, the log or a file of the program. Where no usable store exists (keyring's
"fail" backend), :func:`store_available` says so and the window does not offer it.

The entry is named by the service ``Secretariat`` and ``user@host:port/database``.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Secretariat"

__all__ = ["SERVICE", "entry_name", "forget_password", "remember_password", "saved_password", "store_available"]


def entry_name(user: str, host: str, port: int | None, database: str) -> str:
    return f"{user}@{host}:{port or 5432}/{database}"


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def store_available() -> bool:
    """Whether a real credential store is there (keyring's fail and null backends do not count)."""
    try:
        backend = _backend()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # noqa: BLE001 - a broken backend is an unavailable one
        return False
    return priority > 0 and type(backend).__module__ not in ("keyring.backends.fail", "keyring.backends.null")


def saved_password(name: str) -> str | None:
    """The remembered password of entry ``name``, or None (also when the store cannot be read)."""
    if not store_available():
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        log.warning("cannot read the credential store: %s", type(exc).__name__)
        return None


def remember_password(name: str, password: str) -> bool:
    """Keep ``password`` in the credential store; False when there is none or it refuses."""
    if not store_available():
        return False
    try:
        keyring.set_password(SERVICE, name, password)
    except keyring.errors.KeyringError as exc:
        log.warning("cannot write to the credential store: %s", type(exc).__name__)
        return False
    return True


def forget_password(name: str) -> None:
    """Remove a remembered password (nothing happens when there is none)."""
    if not store_available():
        return
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        log.warning("cannot write to the credential store: %s", type(exc).__name__)
