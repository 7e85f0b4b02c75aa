"""How people sort: names without regard to case and accents, record numbers by year then sequence.

Both are plain functions of a text, so the database can use them (SQLite calls them as registered
functions, see ``storage.sorting``) and Python lists (pick lists, reference data) sort the same way.

- :func:`name_key`: "dr. Lestari" sorts with the Ls and "Kraków" beside "Krakow": the text folded to
  lower case without accents; letters that are not accented Latin letters but letters of their own
  (đ, ł, ø, ß, æ, œ, ı) are written as the Latin letters a clerk types for them, as the search does.
  Indonesian and English share the Latin alphabet's order, so one key serves both interface languages.
- :func:`number_key`: "104/KS/2022" before "1023/KS/2022", and both before "7/KS/2023": the year (the
  last four-digit 19xx or 20xx group standing alone, so "1999/KS/2022" is number 1999 of 2022), then
  the first other run of digits (the sequence). Numbers without a year sort first among the numbered,
  then by their sequence.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SEQUENCE_DIGITS", "name_key", "number_key", "number_parts"]

_OWN_LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "Þ": "th",
    }
)


def name_key(text: str | None) -> str | None:
    """``text`` folded for sorting: lower case, accents removed (None stays None)."""
    if text is None:
        return None
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# A year standing alone (not part of a longer run of digits), and any run of digits.
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_DIGITS = re.compile(r"[0-9]+")
#: The sequence part of :func:`number_key` is this many digits wide (longer runs keep their first digits).
SEQUENCE_DIGITS = 9


def number_parts(number: str | None) -> tuple[int, int] | None:
    """(year, sequence) of a record number; 0 for a part that is not there; None for no number."""
    if number is None:
        return None
    years = list(_YEAR.finditer(number))
    # The last year-like group: "1999/KS/2022" is number 1999 of 2022 (the year ends the office's patterns).
    year_match = years[-1] if years else None
    rest = number if year_match is None else number[: year_match.start()] + number[year_match.end() :]
    digits = _DIGITS.search(rest)
    sequence = (digits.group().lstrip("0") or "0")[:SEQUENCE_DIGITS] if digits else "0"
    return (int(year_match.group()) if year_match else 0, int(sequence))


def number_key(number: str | None) -> str | None:
    """A text that sorts record numbers by year, then sequence: "2022000000104" for "104/KS/2022"."""
    parts = number_parts(number)
    if parts is None:
        return None
    year, sequence = parts
    return f"{year:04d}{sequence:0{SEQUENCE_DIGITS}d}"
