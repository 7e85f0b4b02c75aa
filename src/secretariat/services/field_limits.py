"""Text lengths checked before the database sees them, with the same limits on SQLite and PostgreSQL.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` with a database error (which would quote the
row); SQLite stores it silently. Every writing session therefore checks, just before each flush, every
text column of the records it inserts or changes against the length the schema gives it, and refuses
with one sentence per field (domain.validation.Checker.max_length), never quoting the value. The schema
(storage.models) is the one source of the limits, so both back ends hold the same ones.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from secretariat.domain.validation import Checker

__all__ = ["check_lengths", "install_length_check"]


def _text_limits(mapper: Any) -> list[tuple[str, int]]:
    limits = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length:
            limits.append((prop.key, int(length)))
    return limits


def check_lengths(objects: list[Any]) -> None:
    """Raise ValidationError naming each text field of ``objects`` longer than its column allows."""
    checker = Checker()
    for obj in objects:
        for key, limit in _text_limits(inspect(obj).mapper):
            value = getattr(obj, key, None)
            if isinstance(value, str):
                checker.max_length(key, value, limit)
    checker.raise_if_any()


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    check_lengths([*session.new, *session.dirty])


def install_length_check(session: Session) -> None:
    """Check text lengths before every flush of ``session``."""
    if not event.contains(session, "before_flush", _before_flush):
        event.listen(session, "before_flush", _before_flush)
