"""Field-level audit of every write, taken from the session itself before it flushes.

Because the auditor watches the session, no service can forget to audit: any
insert, update or delete made in a :func:`writing` session leaves an entry
with who, when, which record and the fields before and after. Entries have no
foreign key, so they outlive the record they describe.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ColumnProperty, Session, UOWTransaction

from secretariat.domain.enums import AuditAction
from secretariat.storage.models import AuditEntry
from secretariat.storage.types import utcnow

_IGNORED = frozenset({"created_at", "updated_at"})
_SUMMARY_FIELDS = ("number", "code", "name", "title_id", "login", "description", "file_name")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _columns(obj: Any) -> list[str]:
    mapper = inspect(obj).mapper
    return [p.key for p in mapper.iterate_properties if isinstance(p, ColumnProperty) and p.key not in _IGNORED]


def _created(obj: Any) -> dict[str, list[Any]]:
    return {name: [None, _plain(getattr(obj, name))] for name in _columns(obj)}


def _summary(obj: Any) -> str | None:
    for name in _SUMMARY_FIELDS:
        value = getattr(obj, name, None)
        if value:
            return str(value)[:300]
    return None


def _entry(session: Session, obj: Any, action: AuditAction, changes: dict[str, list[Any]]) -> dict[str, Any]:
    state = inspect(obj)
    identity = state.mapper.primary_key_from_instance(obj)
    return {
        "at": utcnow(),
        "user_login": session.info["actor"].login,
        "action": action.value,
        "entity": state.mapper.local_table.name,
        "entity_id": ",".join(str(part) for part in identity),
        "entity_gid": getattr(obj, "gid", None),
        "summary": _summary(obj),
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
    }


Pending = list[tuple[Any, AuditAction, dict[str, list[Any]] | None]]


def _collect(session: Session) -> Pending:
    rows: Pending = []
    for obj in session.new:
        if isinstance(obj, AuditEntry):
            continue
        rows.append((obj, AuditAction.CREATE, None))  # values are complete only after the flush
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, list[Any]] = {}
        for name in _columns(obj):
            history = state.attrs[name].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    changes[name] = [_plain(before), _plain(after)]
        if changes:
            rows.append((obj, AuditAction.UPDATE, changes))
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            continue
        changes = {name: [_plain(getattr(obj, name)), None] for name in _columns(obj)}
        rows.append((obj, AuditAction.DELETE, changes))
    return rows


def install_auditor(session: Session) -> None:
    """Audit every flush of ``session`` (which must carry ``info['actor']``)."""

    pending: Pending = []

    @event.listens_for(session, "before_flush")
    def _before_flush(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
        pending.extend(_collect(session))

    @event.listens_for(session, "after_flush")
    def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
        if not pending:
            return
        # Identities of new rows exist only now, after the flush.
        rows = [
            _entry(session, obj, action, changes if changes is not None else _created(obj))
            for obj, action, changes in pending
        ]
        pending.clear()
        session.connection().execute(insert(AuditEntry), rows)
