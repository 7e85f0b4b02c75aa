"""Collect problems with input, field by field, then raise them together."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from secretariat.domain.errors import Problem, ValidationError

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Characters no text of a record may hold: C0 controls other than tab, line feed and carriage return,
# DEL and the C1 controls. NUL in particular cannot be stored by PostgreSQL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
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

    def date_order(self, first_field: str, first: date | None, last_field: str, last: date | None) -> None:
        if first is not None and last is not None and last < first:
            self.add(
                last_field,
                f"{last.isoformat()} is before {first_field} {first.isoformat()}",
                f"{last.isoformat()} lebih awal dari {first_field} {first.isoformat()}",
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

    def plain_text(self, field: str, value: object) -> None:
        """Text must be text: no control characters (NUL...), no unpaired surrogates."""
        problem = text_problem(value)
        if problem is not None:
            self.add(field, *problem)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def clean(value: str | None) -> str | None:
    """Strip surrounding blanks; an empty text becomes None."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def text_problem(value: object) -> tuple[str, str] | None:
    """Why ``value`` cannot be stored as text (English, Indonesian), or None when it can."""
    if not isinstance(value, str):
        return None
    found = _CONTROL.search(value)
    if found is not None:
        code = f"U+{ord(found.group()):04X}"
        name = "NUL" if found.group() == "\x00" else "a control character"
        nama = "NUL" if found.group() == "\x00" else "karakter kendali"
        return (
            f"contains {name} ({code}) at position {found.start() + 1}; type or paste plain text",
            f"memuat {nama} ({code}) pada posisi {found.start() + 1}; ketik atau tempel teks biasa",
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"contains a broken character at position {exc.start + 1}; type or paste plain text",
            f"memuat karakter rusak pada posisi {exc.start + 1}; ketik atau tempel teks biasa",
        )
    return None
