"""Helpers shared by the service modules: validation, look-ups, unique values, dependants."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields as dataclass_fields
from dataclasses import is_dataclass
from enum import Enum
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.errors import ConflictError, DependencyError, NotFoundError, Problem, ValidationError
from secretariat.domain.validation import Checker
from secretariat.storage.models import Country

T = TypeVar("T")

# Input fields whose problems the editors show under another name (the form's field).
_FIELD_NAMES = {"country_code": "country"}


class Checkable(Protocol):
    def check(self, c: Checker) -> None: ...


def validate(*records: Checkable, extra: Iterable[Problem] = ()) -> None:
    """Run the domain rules of ``records``; raise one ValidationError naming every bad field.

    Every text of a record is also checked to be plain text (no NUL or other control character)."""
    checker = Checker()
    for record in records:
        _check_texts(checker, record)
        record.check(checker)
    checker.problems.extend(extra)
    checker.raise_if_any()


def _check_texts(checker: Checker, record: object) -> None:
    if not is_dataclass(record):
        return
    for item in dataclass_fields(record):
        value = getattr(record, item.name)
        values = value if isinstance(value, list | tuple) else [value]
        for part in values:
            if isinstance(part, str):
                checker.plain_text(_FIELD_NAMES.get(item.name, item.name), part)
            elif is_dataclass(part):
                _check_texts(checker, part)


def fetch(session: Session, model: type[T], key: Any, what_en: str, what_id: str) -> T:
    obj = session.get(model, key)
    if obj is None:
        raise NotFoundError(f"There is no {what_en} {key}.", f"Tidak ada {what_id} {key}.")
    return obj


def country_problem(session: Session, code: str | None, field: str = "country") -> Problem | None:
    """A problem when ``code`` is not a known ISO 3166 alpha-2 code."""
    if not code:
        return None
    if session.get(Country, code.strip().upper()) is None:
        return Problem(
            field,
            f"'{code}' is not a known country code (ISO 3166 alpha-2, e.g. DE, JP)",
            f"'{code}' bukan kode negara yang dikenal (ISO 3166 alpha-2, mis. DE, JP)",
        )
    return None


def reference_problem(
    session: Session, model: type, key: Any, field: str, what_en: str, what_id: str
) -> Problem | None:
    if key is not None and session.get(model, key) is None:
        return Problem(field, f"there is no {what_en} {key}", f"tidak ada {what_id} {key}")
    return None


def ensure_unique(session: Session, model: Any, column: Any, value: Any, exclude_id: int | None, field: str) -> None:
    if value is None:
        return
    query = select(model.id).where(column == value)
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            [Problem(field, f"'{value}' is already used by another record", f"'{value}' sudah dipakai oleh data lain")]
        )


def refuse_if_dependants(session: Session, what_en: str, what_id: str, checks: list[tuple[str, str, Any]]) -> None:
    """``checks``: (English label, Indonesian label, select of count). Raise when any count is not zero."""
    found: dict[str, int] = {}
    found_id: list[str] = []
    for label_en, label_id, count_query in checks:
        count = session.scalar(count_query) or 0
        if count:
            found[label_en] = count
            found_id.append(f"{count} {label_id}")
    if found:
        listing = ", ".join(f"{n} {label}" for label, n in found.items())
        raise DependencyError(
            f"Cannot delete {what_en}: {listing} depend on it.",
            f"Tidak dapat menghapus {what_id}: {', '.join(found_id)} bergantung padanya.",
            found,
        )


def count_where(model: Any, *conditions: Any) -> Any:
    return select(func.count()).select_from(model).where(*conditions)


def copy_fields(target: Any, source: Any, names: Iterable[str]) -> None:
    """Copy plain attributes (enum values become their codes) without touching unchanged ones."""
    for name in names:
        value = getattr(source, name)
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str):
            value = value.strip() or None
        if getattr(target, name, None) != value:
            setattr(target, name, value)


__all__ = [
    "ConflictError",
    "NotFoundError",
    "ValidationError",
    "copy_fields",
    "count_where",
    "country_problem",
    "ensure_unique",
    "fetch",
    "reference_problem",
    "refuse_if_dependants",
    "validate",
]
