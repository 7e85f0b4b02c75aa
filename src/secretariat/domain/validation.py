"""Collect problems with input, field by field, then raise them together."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date, field_label, in_sentence

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)+$")


class Checker:
    """Accumulates problems; :meth:`raise_if_any` raises one ValidationError naming every field."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, message_en: str, message_id: str) -> None:
        self.problems.append(Problem(field, message_en, message_id))

    def required(self, field: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, "is required", "wajib diisi")
            return False
        return True

    def max_length(self, field: str, value: str | None, limit: int) -> None:
        if value is not None and len(value) > limit:
            self.add(
                field,
                f"is too long ({len(value)} characters, at most {limit})",
                f"terlalu panjang ({len(value)} karakter, paling banyak {limit})",
            )

    def email(self, field: str, value: str | None) -> None:
        if value and not _EMAIL.match(value.strip()):
            self.add(field, f"'{value}' is not an e-mail address", f"'{value}' bukan alamat e-mail")

    def enum(self, field: str, value: object, enum_type: type[E], *, required: bool = True) -> E | None:
        if value is None or value == "":
            if required:
                self.add(field, "is required", "wajib diisi")
            return None
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            self.add(
                field,
                f"'{value}' is not one of: {allowed}",
                f"'{value}' bukan salah satu dari: {allowed}",
            )
            return None

    def date_order(
        self, first_field: str, first: date | None, last_field: str, last: date | None, *, entity: str | None = None
    ) -> None:
        """``last`` may not come before ``first``; the message names the other field by its label and
        writes both dates as the clerk does ("1 Januari 2027 lebih awal dari “Tanggal mulai” (2 Januari 2027)")."""
        if first is not None and last is not None and last < first:
            self.add(
                last_field,
                f"{clerk_date(last, 'en')} is before "
                f"{in_sentence(field_label(first_field, 'en', entity=entity))} ({clerk_date(first, 'en')})",
                f"{clerk_date(last, 'id')} lebih awal dari "
                f"{in_sentence(field_label(first_field, 'id', entity=entity))} ({clerk_date(first, 'id')})",
            )

    def range(self, field: str, value: int | None, low: int, high: int) -> None:
        if value is not None and not low <= value <= high:
            self.add(field, f"must be between {low} and {high}", f"harus antara {low} dan {high}")

    def non_negative(self, field: str, value: int | None) -> None:
        if value is not None and value < 0:
            self.add(field, "cannot be negative", "tidak boleh negatif")

    def account_code(self, field: str, value: str | None) -> None:
        if value and not _ACCOUNT_CODE.match(value):
            self.add(
                field,
                f"'{value}' is not a dotted account code such as 5.1.02.04.02.0001",
                f"'{value}' bukan kode rekening bertitik seperti 5.1.02.04.02.0001",
            )

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def clean(value: str | None) -> str | None:
    """Strip surrounding blanks; an empty text becomes None."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None
