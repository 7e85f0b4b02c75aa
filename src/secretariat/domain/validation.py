"""Collect problems with input, field by field, then raise them together."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date, form_label, in_sentence

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Characters no text of a record may hold: C0 controls other than tab, line feed and carriage return,
# DEL and the C1 controls. NUL in particular cannot be stored by PostgreSQL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)+$")
# A web address: an optional http(s)://, a host name with at least one dot, an optional port and path.
_URL = re.compile(r"^(https?://)?([^\s/:.@]+\.)+[^\s/:.@\d][^\s/:.@]+(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE)
# A telephone number: digits with the usual separators, an optional + in front and an extension.
_PHONE = re.compile(r"^\+?[\d\s().\-/]+((\s*(ext\.?|x|ekst\.?)\s*)\d{1,6})?$", re.IGNORECASE)


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

    def url(self, field: str, value: str | None) -> None:
        problem = url_problem(value)
        if problem is not None:
            self.add(field, *problem)

    def phone(self, field: str, value: str | None) -> None:
        problem = phone_problem(value)
        if problem is not None:
            self.add(field, *problem)

    def language_codes(self, field: str, value: str | None) -> None:
        problem = language_codes_problem(value)
        if problem is not None:
            self.add(field, *problem)

    def enum(self, field: str, value: object, enum_type: type[E], *, required: bool = True) -> E | None:
        if value is None or value == "":
            if required:
                self.add(field, "is required", "wajib diisi")
            return None
        try:
            if not isinstance(value, str):  # a number or a date is no member of a text enumeration
                raise ValueError(value)
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
                f"{in_sentence(form_label(first_field, 'en', entity=entity))} ({clerk_date(first, 'en')})",
                f"{clerk_date(last, 'id')} lebih awal dari "
                f"{in_sentence(form_label(first_field, 'id', entity=entity))} ({clerk_date(first, 'id')})",
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


# --- single fields, also checked as the clerk types -------------------------------------------------

Messages = tuple[str, str]  # (English, Indonesian)


def url_problem(value: str | None) -> Messages | None:
    """Why ``value`` is not a web address (None when it is one, or blank)."""
    text = (value or "").strip()
    if not text or _URL.match(text):
        return None
    return (
        f"'{text}' is not a web address; write it like https://www.osaka.jp",
        f"'{text}' bukan alamat web; tulis seperti https://www.osaka.jp",
    )


def phone_problem(value: str | None) -> Messages | None:
    """Why ``value`` is not a telephone number (None when it is one, or blank)."""
    text = (value or "").strip()
    if not text:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if _PHONE.match(text) and 6 <= digits <= 20:
        return None
    return (
        f"'{text}' is not a telephone number; write digits with the country code, e.g. +62 31 1234 5678",
        f"'{text}' bukan nomor telepon; tulis angka dengan kode negara, mis. +62 31 1234 5678",
    )


@lru_cache(maxsize=4096)  # an import checks the same few lists on every row
def language_codes_problem(value: str | None) -> Messages | None:
    """Why ``value`` is not a list of language codes such as "ja, en" (None when it is, or blank).

    A language written by its name ("Indonesian", "Jepang") is refused with the code to write instead.
    """
    text = (value or "").strip()
    if not text:
        return None
    from babel import Locale, UnknownLocaleError

    english, indonesian = Locale("en").languages, Locale("id").languages
    bad: list[str] = []
    hints: list[tuple[str, str]] = []
    for part in (p.strip() for p in re.split(r"[,;]", text)):
        if not part:
            continue
        code = part.lower().replace("-", "_")
        known = False
        if re.fullmatch(r"[a-z]{2,3}(_[a-z0-9]{2,4})?", code):
            try:
                Locale.parse(code)
                known = True
            except (UnknownLocaleError, ValueError):
                known = code.split("_")[0] in english
        if known:
            continue
        bad.append(part)
        wanted = part.casefold()
        for names in (english, indonesian):
            found = next((c for c, name in names.items() if name.casefold() == wanted and "_" not in c), None)
            if found is not None:
                hints.append((f"for '{part}' write {found}", f"untuk '{part}' tulis {found}"))
                break
    if not bad:
        return None
    listed = ", ".join(f"'{b}'" for b in bad)
    hint_en = f" ({'; '.join(en for en, _ in hints)})" if hints else ""
    hint_id = f" ({'; '.join(id_ for _, id_ in hints)})" if hints else ""
    return (
        f"{listed} is not a language code; write codes separated by commas, such as id, en, ja{hint_en}",
        f"{listed} bukan kode bahasa; tulis kode yang dipisah koma, seperti id, en, ja{hint_id}",
    )


#: Fields whose values are checked on their own while the clerk types (see :func:`field_problem`).
LIVE_CHECKED_FIELDS = ("website", "email", "phone", "languages")


def field_problem(field: str, value: str | None) -> Messages | None:
    """What is wrong with the value of one of :data:`LIVE_CHECKED_FIELDS` (None: nothing)."""
    if field == "website":
        return url_problem(value)
    if field == "phone":
        return phone_problem(value)
    if field == "languages":
        return language_codes_problem(value)
    if field == "email":
        text = (value or "").strip()
        if text and not _EMAIL.match(text):
            return (f"'{text}' is not an e-mail address", f"'{text}' bukan alamat e-mail")
    return None


def required_fields(record_type: type) -> set[str]:
    """The fields a record type's rules say are required (from its ``check`` on a blank record)."""
    import dataclasses

    if not dataclasses.is_dataclass(record_type):
        return set()
    blank = record_type(**{f.name: None for f in dataclasses.fields(record_type) if f.init})
    checker = Checker()
    try:
        blank.check(checker)  # type: ignore[attr-defined]  # record types are dataclasses with a check(); typed as any type here
    except (AttributeError, TypeError, ValueError):
        return {p.field for p in checker.problems if p.message_en == "is required"}
    return {p.field for p in checker.problems if p.message_en == "is required"}


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
