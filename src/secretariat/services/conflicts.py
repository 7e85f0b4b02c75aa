"""Edit conflicts: a save based on an older version of a record is refused, naming what changed.

Every record a clerk edits carries ``row_version`` (:class:`~secretariat.storage.models.VersionMixin`).
An editor hands the service the view it loaded (``loaded=``); the service then

1. reads the record with a row lock (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the writing
   transaction already holds the database's write lock), so that the check and the write cannot be
   overtaken by another save;
2. when the stored version is not the loaded one, compares field by field the value loaded (base),
   the value stored now (theirs) and the value being saved (mine). Fields the other person changed
   and that differ from what is being saved are refused with an :class:`EditConflict`; when every
   change of the other person agrees with what is being saved (or touched nothing this editor
   shows), the save goes ahead.

SQLAlchemy's version counter is the backstop: an UPDATE of a row whose version moved since it was
read changes nothing and fails; :func:`secretariat.services.context.writing` turns that into an
:class:`EditConflict` too. A child list (contacts, members, itinerary, permits...) has its own rows
and versions, so two clerks editing two different rows never conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import partial
from typing import Any, TypeVar

from babel.dates import format_date
from babel.numbers import format_decimal
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from secretariat.domain.concurrency import Bilingual, EditConflict, FieldChange
from secretariat.domain.errors import NotFoundError
from secretariat.domain.field_labels import FieldLabel, field_label
from secretariat.domain.labels import label
from secretariat.domain.money import Money
from secretariat.storage.models import AuditEntry
from secretariat.storage.types import utcnow

T = TypeVar("T")

_LOCALES = {"id": "id_ID", "en": "en_GB"}
_LONGEST_SHOWN = 120
EMPTY = Bilingual("(empty)", "(kosong)")

#: A field's values: (base, theirs, mine) in the terms of the service's input record.
Values = tuple[Any, Any, Any]
Shower = Callable[[Any], Bilingual]


def fetch_current(session: Session, model: type[T], key: Any, what_en: str, what_id: str) -> T:
    """The record as stored now, locked against other writers until this transaction ends."""
    obj = session.get(model, key, with_for_update={"of": model}, populate_existing=True)
    if obj is None:
        raise NotFoundError(
            f"There is no {what_en} {key}: it was deleted, perhaps at another workstation.",
            f"Tidak ada {what_id} {key}: data itu sudah dihapus, mungkin di workstation lain.",
        )
    return obj


def plain(value: Any) -> Any:
    """A value reduced to what two spellings of the same input share (code of an enumeration, text
    without surrounding blanks, None for empty text, exact decimals, tuples for lists)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Money):
        return (value.amount.normalize(), value.currency)
    if isinstance(value, Decimal):
        return value.normalize()
    if isinstance(value, list | tuple):
        return tuple(plain(v) for v in value)
    return value


def same(a: Any, b: Any) -> bool:
    return bool(plain(a) == plain(b))


def show_value(value: Any, field: FieldLabel | None = None) -> Bilingual:
    """How a person reads ``value`` of a field, in both languages."""
    value = value.value if isinstance(value, Enum) else value
    if value is None or value in ("", (), []):
        return EMPTY
    if field is not None and field.enum is not None and isinstance(value, str):
        try:
            member = field.enum(value)
        except ValueError:
            return Bilingual(value, value)
        return Bilingual(label(member, "en"), label(member, "id"))
    if isinstance(value, bool):
        return Bilingual("Yes" if value else "No", "Ya" if value else "Tidak")
    if isinstance(value, date) and not isinstance(value, datetime):
        return Bilingual(*(format_date(value, "d MMM y", locale=_LOCALES[lang]) for lang in ("en", "id")))
    if isinstance(value, time):
        text = value.strftime("%H:%M")
        return Bilingual(text, text)
    if isinstance(value, Money):
        return Bilingual(
            *(f"{value.currency} {format_decimal(value.amount, locale=_LOCALES[lang])}" for lang in ("en", "id"))
        )
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return Bilingual(*(format_decimal(value, locale=_LOCALES[lang]) for lang in ("en", "id")))
    if isinstance(value, list | tuple):
        parts = [show_value(v, field) for v in value]
        return Bilingual(", ".join(p.en for p in parts), ", ".join(p.id for p in parts))
    if isinstance(value, bytes):
        text = f"<{len(value):,} bytes>"
        return Bilingual(text, text.replace(",", ".").replace("bytes", "bita"))
    text = " ".join(str(value).split())
    if len(text) > _LONGEST_SHOWN:
        text = text[: _LONGEST_SHOWN - 1] + "…"
    return Bilingual(text, text)


def last_writer(session: Session, table: str, record_id: Any) -> tuple[str | None, datetime | None]:
    """Who saved the record last and when, from the audit trail (None when it does not say)."""
    row = session.execute(
        select(AuditEntry.user_login, AuditEntry.at)
        .where(AuditEntry.entity == table, AuditEntry.entity_id == str(record_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)


def field_values(names: Iterable[str], base: Any, theirs: Any, mine: Any) -> dict[str, Values]:
    """(base, theirs, mine) of fields named alike on the loaded view, the stored record and the input."""
    return {name: (getattr(base, name), getattr(theirs, name), getattr(mine, name)) for name in names}


def _show_with(found: FieldLabel, value: Any) -> Bilingual:
    return show_value(value, found)


def conflicting_changes(
    table: str,
    values: Mapping[str, Values],
    shows: Mapping[str, Shower] | None = None,
    labels: Mapping[str, FieldLabel] | None = None,
) -> tuple[FieldChange, ...]:
    """The fields another person changed (base != theirs) that differ from what is being saved."""
    changes = []
    for name, (base, theirs, mine) in values.items():
        if same(base, theirs) or same(theirs, mine):
            continue
        found = (labels or {}).get(name) or field_label(table, name)
        show: Shower = (shows or {}).get(name) or partial(_show_with, found)
        changes.append(
            FieldChange(
                field=name,
                label=Bilingual(found.en, found.id),
                base=base,
                theirs=theirs,
                mine=mine,
                base_shown=show(base),
                theirs_shown=show(theirs),
                mine_shown=show(mine),
                mine_changed=not same(base, mine),
            )
        )
    return tuple(changes)


def check_version(
    session: Session,
    obj: Any,
    loaded_version: int | None,
    *,
    record: Bilingual,
    values: Callable[[], Mapping[str, Values]],
    current: Callable[[], Any] | None = None,
    shows: Mapping[str, Shower] | None = None,
    labels: Mapping[str, FieldLabel] | None = None,
) -> None:
    """Refuse the save when ``obj`` changed since ``loaded_version`` in a field that is being saved
    differently. ``values`` gives (base, theirs, mine) per field; ``current`` the view of the record
    as stored now (handed to the editor so that it can save the merged result). No version (a new
    record, an import) means no check."""
    if loaded_version is None or obj.row_version == loaded_version:
        return
    table = type(obj).__table__.name
    changes = conflicting_changes(table, values(), shows, labels)
    if not changes:
        return  # the other person's changes agree with this save, or touch nothing it holds
    by, at = last_writer(session, table, _identity(obj))
    raise EditConflict(
        record,
        changes,
        current=current() if current is not None else None,
        current_version=obj.row_version,
        by=by,
        at=at,
    )


def _identity(obj: Any) -> Any:
    key = inspect(obj).identity
    if key is None:
        return None
    return key[0] if len(key) == 1 else ",".join(str(part) for part in key)


def loaded_version_of(loaded: Any) -> int | None:
    """The version an editor loaded: ``loaded`` may be a view (with ``row_version``), a number or None."""
    if loaded is None:
        return None
    if isinstance(loaded, int):
        return loaded
    version = getattr(loaded, "row_version", None)
    return int(version) if version is not None else None


def touch(obj: Any) -> None:
    """Mark ``obj`` changed (its version goes up) when only something that belongs to it changed:
    its due-diligence answers, indicators, sectors or partners."""
    if hasattr(obj, "updated_at"):
        obj.updated_at = utcnow()
    else:
        flag_modified(obj, "row_version")


def record_values(base: Any, theirs: Any, mine: Any, skip: Iterable[str] = ()) -> dict[str, Values]:
    """(base, theirs, mine) of every field of a service's input record (a dataclass), given three of them:
    the loaded view's ``to_data()``, the stored record's, and the one being saved."""
    skipped = set(skip)
    names = [f.name for f in dataclass_fields(mine) if f.name not in skipped]
    return field_values(names, base, theirs, mine)
