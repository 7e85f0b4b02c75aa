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
    """A problem when ``code`` is not a country of the list: in plain words, with the countries whose
    names contain what was typed (a half-typed name such as "Jep" suggests Jepang / Japan)."""
    if not code:
        return None
    typed = code.strip()
    if session.get(Country, typed.upper()) is not None:
        return None
    like = f"%{typed.replace('%', '').replace('_', '')}%"
    found = session.execute(
        select(Country.name_en, Country.name_id)
        .where(func.lower(Country.name_en).like(like.lower()) | func.lower(Country.name_id).like(like.lower()))
        .order_by(Country.name_id)
        .limit(3)
    ).all()
    if found:
        return Problem(
            field,
            f"'{typed}' is not a country of the list; did you mean {', '.join(en for en, _ in found)}?",
            f"'{typed}' bukan negara dalam daftar; maksudnya {', '.join(id_ for _, id_ in found)}?",
        )
    return Problem(
        field,
        f"'{typed}' is not a known country; choose one from the list or type its name (e.g. Japan)",
        f"'{typed}' bukan negara yang dikenal; pilih dari daftar atau ketik namanya (mis. Jepang)",
    )


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
