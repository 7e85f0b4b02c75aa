"""Field-level audit of every write, taken from the ORM's own flush events.

Because the auditor listens to every mapped class, no service can forget to
audit: any insert, update or delete flushed by a :func:`writing` session
leaves an entry with who, when, which record and the fields before and
after; so do rows removed from a collection (delete-orphan) and changes of a
many-to-many collection (for example an agreement's sectors). Entries have no
foreign key, so they outlive the record they describe. Sessions without an
actor (plain reads) are not audited.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, event, insert, inspect
from sqlalchemy.orm import ColumnProperty, Mapper, Session, object_session

from secretariat.domain.enums import AuditAction
from secretariat.storage.models import AuditEntry, Base
from secretariat.storage.types import utcnow

ACTOR_KEY = "actor"
# Sort keys (storage.sorting) are derived from a field the entry already shows.
_IGNORED = frozenset({"created_at", "updated_at", "name_key", "number_key"})
_SUMMARY_FIELDS = ("number", "code", "name", "title_id", "login", "description", "file_name")

Changes = dict[str, list[Any]]


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):  # an enum column's member: its stored text, as the history shows it
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _columns(mapper: Mapper[Any]) -> list[str]:
    return [p.key for p in mapper.iterate_properties if isinstance(p, ColumnProperty) and p.key not in _IGNORED]


def _summary(obj: Any) -> str | None:
    for name in _SUMMARY_FIELDS:
        value = getattr(obj, name, None)
        if value:
            return str(value)[:300]
    return None


def _label(obj: Any) -> Any:
    """How a member of a many-to-many collection is named in the audit: its code, else its id."""
    return _plain(getattr(obj, "code", None) or getattr(obj, "id", None))


def _actor(target: Any) -> Any:
    session = object_session(target)
    return None if session is None else session.info.get(ACTOR_KEY)


def _write(connection: Connection, mapper: Mapper[Any], target: Any, action: AuditAction, changes: Changes) -> None:
    actor = _actor(target)
    if actor is None or isinstance(target, AuditEntry):
        return
    identity = mapper.primary_key_from_instance(target)
    table = mapper.local_table
    assert isinstance(table, Table)  # every model maps a table of its own
    connection.execute(
        insert(AuditEntry),
        {
            "at": utcnow(),
            "user_login": actor.login,
            "action": action,
            "entity": table.name,
            "entity_id": ",".join(str(part) for part in identity),
            "entity_gid": getattr(target, "gid", None),
            "summary": _summary(target),
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
        },
    )


def _many_to_many(mapper: Mapper[Any]) -> list[Any]:
    return [r for r in mapper.relationships if r.secondary is not None and not r.viewonly]


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    changes: Changes = {name: [None, _plain(getattr(target, name))] for name in _columns(mapper)}
    for relationship in _many_to_many(mapper):
        members = sorted(_label(o) for o in getattr(target, relationship.key))
        if members:
            changes[relationship.key] = [[], members]
    _write(connection, mapper, target, AuditAction.CREATE, changes)


def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    # Called for every dirty instance, also when only a many-to-many collection changed.
    state = inspect(target)
    changes: Changes = {}
    for name in _columns(mapper):
        history = state.attrs[name].history
        if history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[name] = [_plain(before), _plain(after)]
    for relationship in _many_to_many(mapper):
        history = state.attrs[relationship.key].history
        if history.added or history.deleted:
            now = sorted(_label(o) for o in getattr(target, relationship.key))
            before = sorted({_label(o) for o in list(history.unchanged or ()) + list(history.deleted or ())}, key=str)
            changes[relationship.key] = [before, now]
    if changes:
        _write(connection, mapper, target, AuditAction.UPDATE, changes)


def _after_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    changes: Changes = {name: [_plain(getattr(target, name)), None] for name in _columns(mapper)}
    for relationship in _many_to_many(mapper):
        members = sorted(_label(o) for o in getattr(target, relationship.key))
        if members:
            changes[relationship.key] = [members, []]
    _write(connection, mapper, target, AuditAction.DELETE, changes)


event.listen(Base, "after_insert", _after_insert, propagate=True)
event.listen(Base, "after_update", _after_update, propagate=True)
event.listen(Base, "after_delete", _after_delete, propagate=True)


def install_auditor(session: Session) -> None:
    """Mark ``session`` as audited; ``session.info['actor']`` names who acts."""
    if ACTOR_KEY not in session.info:
        raise ValueError("an audited session needs info['actor']")
