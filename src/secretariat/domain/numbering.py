"""Numbering patterns such as "{seq:03d}/KS/{year}" for agreements, delegations and letters."""

from __future__ import annotations

import string
from datetime import date

from secretariat.domain.errors import Problem, ValidationError

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ALLOWED_FIELDS = frozenset({"seq", "year", "month", "roman_month"})

DEFAULT_PATTERNS = {
    "agreement": "{seq:03d}/KS/{year}",
    "delegation": "DLG-{year}-{seq:03d}",
    "letter": "{seq:03d}/BKS/{roman_month}/{year}",
}


def check_pattern(field: str, pattern: str) -> None:
    """Refuse a pattern that names unknown fields or lacks the sequence number."""
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
                    f"unknown field(s) {', '.join(sorted(unknown))}; use seq, year, month, roman_month",
                    f"kolom tidak dikenal {', '.join(sorted(unknown))}; gunakan seq, year, month, roman_month",
                )
            ]
        )
    if "seq" not in names:
        raise ValidationError([Problem(field, "the pattern must contain {seq}", "pola harus memuat {seq}")])
    format_number(pattern, 1, date(2000, 1, 1))


def format_number(pattern: str, seq: int, on: date) -> str:
    return pattern.format(seq=seq, year=on.year, month=on.month, roman_month=_ROMAN[on.month - 1])


def resets_yearly(pattern: str) -> bool:
    """A pattern that shows the year restarts its sequence every year."""
    return "{year" in pattern
