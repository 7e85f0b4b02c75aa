"""Numbering patterns such as "{seq:03d}/KS/{year}" for agreements, delegations and letters.

Patterns are stored with Python's format fields (``{seq:03d}``, ``{year}``, ``{month}``,
``{roman_month}``, ``{unit}``). A clerk reads and writes them with words instead
(:func:`readable_pattern`, :func:`stored_pattern`): in Indonesian ``{nomor:3}/KS/{tahun}``, in English
``{number:3}/KS/{year}``, where ``:3`` writes the running number with at least three digits (001).
Both spellings and the stored one are understood wherever a pattern is typed, so patterns saved
before keep working.

    readable_pattern("{seq:03d}/BKS/{roman_month}/{year}", "id")   # "{nomor:3}/BKS/{bulan-romawi}/{tahun}"
    stored_pattern("{nomor:3}/{kode-unit}/{tahun}")               # "{seq:03d}/{unit}/{year}"
"""

from __future__ import annotations

import re
import string
from datetime import date

from secretariat.domain.errors import Problem, ValidationError

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ALLOWED_FIELDS = frozenset({"seq", "year", "month", "roman_month", "unit"})

DEFAULT_PATTERNS = {
    "agreement": "{seq:03d}/KS/{year}",
    "delegation": "DLG-{year}-{seq:03d}",
    "letter": "{seq:03d}/BKS/{roman_month}/{year}",
}

#: Stored field -> (Indonesian word, English word) a clerk writes for it.
READABLE_TOKENS: dict[str, tuple[str, str]] = {
    "seq": ("nomor", "number"),
    "year": ("tahun", "year"),
    "month": ("bulan", "month"),
    "roman_month": ("bulan-romawi", "roman-month"),
    "unit": ("kode-unit", "unit-code"),
}
_FROM_WORD: dict[str, str] = {
    **{field: field for field in READABLE_TOKENS},
    **{words[0]: field for field, words in READABLE_TOKENS.items()},
    **{words[1]: field for field, words in READABLE_TOKENS.items()},
    "nomor-urut": "seq",
    "romawi": "roman_month",
    "unit_code": "unit",
    "kode_unit": "unit",
    "roman_month": "roman_month",
}
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}")
_DIGITS = re.compile(r"0?(\d{1,2})d?")


def _word(field: str, language: str) -> str:
    return READABLE_TOKENS[field][0 if language == "id" else 1]


def token(field: str, language: str = "id") -> str:
    """ "{nomor}" / "{number}": how a clerk writes a stored field."""
    return "{" + _word(field, language) + "}"


def readable_pattern(pattern: str, language: str = "id") -> str:
    """A stored pattern in a clerk's words ("{seq:03d}" -> "{nomor:3}"); unknown fields stay as they are."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) in ("{{", "}}"):
            return match.group(0)
        name, spec = match.group(1).strip(), match.group(2)
        if name not in READABLE_TOKENS:
            return match.group(0)
        word = _word(name, language)
        if spec:
            digits = _DIGITS.fullmatch(spec)
            return "{" + word + ":" + (digits.group(1) if digits else spec) + "}"
        return "{" + word + "}"

    return _FIELD.sub(replace, pattern)


def stored_pattern(text: str, field: str = "pattern") -> str:
    """What a clerk typed, in either language's words or the stored fields, as the stored pattern.

    ``{nomor:3}`` becomes ``{seq:03d}`` (at least three digits). Raises ValidationError naming an unknown
    word and the words that can be used.
    """
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        if match.group(0) in ("{{", "}}"):
            return match.group(0)
        word, spec = match.group(1).strip().lower(), match.group(2)
        name = _FROM_WORD.get(word)
        if name is None:
            unknown.append(match.group(0))
            return match.group(0)
        if spec is None or spec == "":
            return "{" + name + "}"
        digits = _DIGITS.fullmatch(spec.strip())
        if digits and name in ("seq", "month"):
            return "{" + name + ":0" + digits.group(1) + "d}"
        return "{" + name + ":" + spec + "}"

    result = _FIELD.sub(replace, text.strip())
    if unknown:
        words_id = ", ".join(token(f, "id") for f in READABLE_TOKENS)
        words_en = ", ".join(token(f, "en") for f in READABLE_TOKENS)
        raise ValidationError(
            [
                Problem(
                    field,
                    f"{', '.join(unknown)} is not known; use {words_en}",
                    f"{', '.join(unknown)} tidak dikenal; gunakan {words_id}",
                )
            ]
        )
    return result


def check_pattern(field: str, pattern: str) -> None:
    """Refuse a pattern that names unknown fields or lacks the sequence number (it may be written with
    the clerk's words: it is read with :func:`stored_pattern` first)."""
    pattern = stored_pattern(pattern, field)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise ValidationError(
            [Problem(field, f"'{pattern}' is not a valid pattern ({exc})", f"'{pattern}' bukan pola yang sah ({exc})")]
        ) from None
    unknown = names - ALLOWED_FIELDS
    if unknown:
        raise ValidationError(
            [
                Problem(
                    field,
                    f"unknown field(s) {', '.join(sorted(unknown))}; use "
                    + ", ".join(token(f, "en") for f in READABLE_TOKENS),
                    f"kolom tidak dikenal {', '.join(sorted(unknown))}; gunakan "
                    + ", ".join(token(f, "id") for f in READABLE_TOKENS),
                )
            ]
        )
    if "seq" not in names:
        raise ValidationError(
            [
                Problem(
                    field,
                    "the pattern must contain {number} (the running number)",
                    "pola harus memuat {nomor} (nomor urut)",
                )
            ]
        )
    format_number(pattern, 1, date(2000, 1, 1), "X")


def format_number(pattern: str, seq: int, on: date, unit: str | None = None) -> str:
    """The number ``seq`` issued ``on`` with a stored (or clerk-written) pattern; ``unit`` is the office's
    unit code for ``{unit}`` / ``{kode-unit}``."""
    pattern = stored_pattern(pattern)
    return pattern.format(
        seq=seq, year=on.year, month=on.month, roman_month=_ROMAN[on.month - 1], unit=(unit or "").strip()
    )


def uses_unit(pattern: str) -> bool:
    """Whether a pattern writes the office's unit code."""
    return "{unit" in stored_pattern(pattern)


def resets_yearly(pattern: str) -> bool:
    """A pattern that shows the year restarts its sequence every year."""
    return "{year" in pattern or "{tahun" in pattern
