"""Two clerks at once: edit conflicts and a database held by another workstation.

An editor keeps the version of the record it loaded. When another person saved the record in the
meantime, the save is refused with an :class:`EditConflict` that names every field the other person
changed, with the value now stored ("theirs"), the value being saved ("yours") and the value both
started from. The window lets the clerk choose per field and saves the result as a new change.

A write that finds the database held by another workstation waits a bounded time and then raises
:class:`DatabaseBusyError`, which says who holds it when that is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from secretariat.domain.errors import UserError


@dataclass(frozen=True)
class Bilingual:
    """A text in English and Indonesian."""

    en: str
    id: str

    def text(self, language: str = "en") -> str:
        return self.id if language == "id" else self.en


@dataclass(frozen=True)
class FieldChange:
    """One field another person changed while this one was being edited.

    ``base`` is the value both started from, ``theirs`` the value stored now, ``mine`` the value being
    saved; the ``*_shown`` twins are how a person reads them. Values are in the terms of the service's
    input record (an enumeration's code, a date, a list of codes...), so "take theirs" can put
    ``theirs`` back into that record.
    """

    field: str
    label: Bilingual
    base: Any
    theirs: Any
    mine: Any
    base_shown: Bilingual
    theirs_shown: Bilingual
    mine_shown: Bilingual
    mine_changed: bool  # whether the clerk saving changed this field too

    def describe(self, language: str = "en") -> str:
        if language == "id":
            return f"{self.label.id} (milik Anda: {self.mine_shown.id}; tersimpan: {self.theirs_shown.id})"
        return f"{self.label.en} (yours: {self.mine_shown.en}; stored: {self.theirs_shown.en})"


class EditConflict(UserError):
    """The record was saved by someone else since it was loaded; nothing was saved.

    ``changes`` lists the fields the other person changed that differ from what is being saved;
    ``current`` is the record as stored now (the service's view of it) and ``current_version`` its
    version: saving again with that version and the values the clerk chose succeeds. ``changes`` is
    empty when the record changed at the very same moment (the save can simply be tried again).
    """

    def __init__(
        self,
        record: Bilingual,
        changes: tuple[FieldChange, ...],
        *,
        current: Any = None,
        current_version: int | None = None,
        by: str | None = None,
        at: datetime | None = None,
    ) -> None:
        self.record = record
        self.changes = changes
        self.current = current
        self.current_version = current_version
        self.by = by
        self.at = at
        who_en = by or "another user"
        who_id = by or "pengguna lain"
        if changes:
            listing_en = "; ".join(change.describe("en") for change in changes)
            listing_id = "; ".join(change.describe("id") for change in changes)
            super().__init__(
                f"{who_en} saved {record.en} while you were editing it and changed: {listing_en}. "
                "Nothing was saved; choose which values to keep.",
                f"{who_id} menyimpan {record.id} selagi Anda mengubahnya dan mengganti: {listing_id}. "
                "Tidak ada yang disimpan; pilih nilai yang dipertahankan.",
            )
        else:
            super().__init__(
                f"{who_en} saved {record.en} at the same moment; nothing was saved. Open it again and repeat "
                "your change.",
                f"{who_id} menyimpan {record.id} pada saat yang sama; tidak ada yang disimpan. Buka lagi dan "
                "ulangi perubahan Anda.",
            )

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(change.field for change in self.changes)


class DatabaseBusyError(UserError):
    """Another workstation held the database longer than this one may wait; nothing was saved."""

    def __init__(self, holder: Bilingual | None = None, waited_seconds: float = 0.0) -> None:
        self.holder = holder
        self.waited_seconds = waited_seconds
        if holder is None:
            super().__init__(
                "Another workstation is saving to the database; try again in a moment. Nothing was saved.",
                "Workstation lain sedang menyimpan ke basis data; coba lagi sebentar lagi. Tidak ada yang disimpan.",
            )
        else:
            super().__init__(
                f"{holder.en}; try again in a moment. Nothing was saved.",
                f"{holder.id}; coba lagi sebentar lagi. Tidak ada yang disimpan.",
            )
