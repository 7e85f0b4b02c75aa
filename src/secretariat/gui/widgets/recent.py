"""The records a clerk opened last, per database: offered in the File menu and on the welcome page.

Every record editor that has a history (partners, agreements, delegations, budget lines, officials,
per-diem rates) notes its record here when it has shown or saved it. The list is kept per user in
QSettings, per database (a clerk working on two databases sees the records of the one open), newest
first, at most :data:`LIMIT`.

    remember(location, "partner", 12, "Mitra – Osaka Prefecture")
    recent_records(location)   # [RecentRecord("partner", 12, "Mitra – Osaka Prefecture"), ...]
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings

__all__ = ["LIMIT", "RecentRecord", "forget", "recent_records", "remember"]

LIMIT = 10
GROUP = "recent_records"


@dataclass(frozen=True)
class RecentRecord:
    kind: str
    record_id: int
    title: str


def _key(location: str) -> str:
    return f"{GROUP}/{hashlib.sha1(location.encode('utf-8')).hexdigest()[:16]}"


def recent_records(location: str) -> list[RecentRecord]:
    raw = QSettings().value(_key(location), "")
    try:
        items = json.loads(str(raw)) if raw else []
    except ValueError:
        return []
    found: list[RecentRecord] = []
    for item in items if isinstance(items, list) else []:
        try:
            found.append(RecentRecord(str(item["kind"]), int(item["id"]), str(item["title"])))
        except (KeyError, TypeError, ValueError):
            continue
    return found


def _store(location: str, records: list[RecentRecord]) -> None:
    QSettings().setValue(
        _key(location),
        json.dumps(
            [{"kind": r.kind, "id": r.record_id, "title": r.title} for r in records[:LIMIT]], ensure_ascii=False
        ),
    )


def remember(location: str, kind: str, record_id: int, title: str) -> None:
    """Put a record first in the list (once)."""
    others = [r for r in recent_records(location) if (r.kind, r.record_id) != (kind, record_id)]
    _store(location, [RecentRecord(kind, record_id, title), *others])


def forget(location: str, kind: str, record_id: int) -> None:
    _store(location, [r for r in recent_records(location) if (r.kind, r.record_id) != (kind, record_id)])
