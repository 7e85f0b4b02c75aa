"""Lenient readers for what clerks type into spreadsheets: dates, amounts, countries, choices.

Every reader takes the raw value of a cell (text, number, date, ``None``) and
returns the typed value, or raises :class:`ParseError` carrying an English and
an Indonesian message that say what was found and what is expected. Readers
never guess silently where two readings are possible; the rules below are
documented in ``docs/excel-format.md``.

Dates
    An Excel date, or text in one of these forms: ``2026-12-31`` (ISO),
    ``31/12/2026``, ``31-12-2026``, ``31.12.2026`` (always day first),
    ``31 Desember 2026``, ``31 Des 2026``, ``31 Dec 2026``, ``31 December
    2026``, ``December 31, 2026``, with or without a weekday in front
    ("Kamis, 31 Desember 2026"). Month names come from Babel's Indonesian and
    English calendars, plus the spellings still seen in offices (Pebruari,
    Nopember, Agt, Sept, ...). Years have four digits. A plain number in a
    date column is an Excel day serial (only between 1950 and 2100).

Amounts
    Either convention: ``1.234.567,50`` (Indonesian) and ``1,234,567.50``
    (English), ``1234567.5`` and ``1234567,5``, spaces as thousands
    separators, an optional ``Rp`` in front. When both ``.`` and ``,`` occur,
    the last one is the decimal separator and the other must group thousands
    correctly. A single separator followed by exactly three digits
    (``1.234`` / ``1,234``) is read the Indonesian way: a dot groups
    thousands (1234) and a comma marks decimals (1.234). For money this
    never goes wrong silently: read the other way, such an amount would have
    three decimals, which no currency the program accepts in that place
    allows, so the amount is refused with that reason.

Countries
    ISO 3166 alpha-2 or alpha-3 codes, or the name in English or Indonesian
    (pycountry names, Babel's territory names in both languages, and common
    office spellings), ignoring case, accents and punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache, lru_cache

from secretariat.domain.labels import as_language, label

__all__ = [
    "EXCEL_ERRORS",
    "ParseError",
    "country_index",
    "fold",
    "is_excel_error",
    "parse_amount",
    "parse_bool",
    "parse_country",
    "parse_date",
    "parse_enum",
    "parse_integer",
    "parse_text",
    "parse_time",
]

#: Error values a formula can leave in a cell (what openpyxl reads from a cell of type "e").
EXCEL_ERRORS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#EXTERNAL!",
        "#PYTHON!",
    }
)

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 0 in Excel's 1900 date system (after the 1900 leap-year bug)
_SERIAL_LOW = (date(1950, 1, 1) - _EXCEL_EPOCH).days
_SERIAL_HIGH = (date(2100, 12, 31) - _EXCEL_EPOCH).days


@dataclass(frozen=True)
class ParseError(Exception):
    """A value that cannot be read; the messages name the value and what would be accepted."""

    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en

    def __str__(self) -> str:
        return self.message_en


def is_excel_error(value: object) -> bool:
    """Whether ``value`` is an Excel error value such as ``#REF!`` or ``#N/A``."""
    return isinstance(value, str) and "#" in value[:3] and value.strip().upper() in EXCEL_ERRORS


def _formula_error(value: object) -> ParseError:
    return ParseError(
        f"the cell shows the formula error {value}; correct the formula or type the value itself",
        f"sel berisi galat rumus {value}; perbaiki rumusnya atau ketik nilainya langsung",
    )


def _shown(value: object) -> str:
    text = str(value).strip()
    return text if len(text) <= 60 else text[:57] + "..."


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Text for comparing names: accents removed, case folded, punctuation as spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w]+", " ", lowered).split())


# --- text ------------------------------------------------------------------------------------------------


def parse_text(value: object) -> str | None:
    """A cell as text: surrounding blanks removed, empty text as None, whole numbers without '.0'."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value).strip()
    return text or None


# --- numbers ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_FIRST_GROUP = re.compile(r"^[1-9]\d{0,2}$")
_GROUP = re.compile(r"^\d{3}$")


def _grouped(integer_part: str, separator: str) -> bool:
    """Whether ``integer_part`` is digits in thousands groups: 1-3 digits (no leading 0), then threes."""
    groups = integer_part.split(separator)
    return (
        len(groups) > 1
        and _FIRST_GROUP.match(groups[0]) is not None
        and all(_GROUP.match(group) for group in groups[1:])
    )


def _not_a_number(value: object) -> ParseError:
    return ParseError(
        f"'{_shown(value)}' is not a number (write e.g. 1.234.567,50 or 1,234,567.50)",
        f"'{_shown(value)}' bukan angka (tulis mis. 1.234.567,50 atau 1,234,567.50)",
    )


def _number_text(text: str, original: object) -> Decimal:
    sign = ""
    if text[:1] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    if not text:
        raise _not_a_number(original)
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        integer_part, _, fraction = text.rpartition(decimal_sep)
        if decimal_sep in integer_part or not _grouped(integer_part, group_sep) or not _DIGITS.match(fraction):
            raise _not_a_number(original)
        digits = f"{integer_part.replace(group_sep, '')}.{fraction}"
    elif dots or commas:
        separator = "." if dots else ","
        integer_part, _, fraction = text.rpartition(separator)
        if dots + commas > 1:
            # Several separators of one kind: they group thousands.
            if not _grouped(text, separator):
                raise _not_a_number(original)
            digits = text.replace(separator, "")
        elif len(fraction) == 3 and separator == "." and _grouped(text, "."):
            digits = integer_part + fraction  # "1.234": Indonesian thousands
        else:
            if not (_DIGITS.match(fraction) and (integer_part == "" or _DIGITS.match(integer_part))):
                raise _not_a_number(original)
            digits = f"{integer_part or '0'}.{fraction}"
    else:
        if not _DIGITS.match(text):
            raise _not_a_number(original)
        digits = text
    try:
        return Decimal(sign + digits)
    except InvalidOperation:  # pragma: no cover - the patterns above allow only digits
        raise _not_a_number(original) from None


def parse_amount(value: object) -> Decimal | None:
    """An exact number from a cell (see the module text for the accepted forms); None when empty."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    if isinstance(value, bool):
        raise _not_a_number(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, datetime | date | time):
        raise _not_a_number(value)
    else:
        original = str(value).strip()
        if not original:
            return None
        text = _SPACES.sub("", _CURRENCY_PREFIX.sub("", original))
        if not text:
            raise _not_a_number(value)
        number = _number_text(text, value)
    if not number.is_finite():
        raise _not_a_number(value)
    return number


def parse_integer(value: object) -> int | None:
    """A whole number (e.g. months, days, a year); None when empty."""
    number = parse_amount(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ParseError(f"'{_shown(value)}' is not a whole number", f"'{_shown(value)}' bukan bilangan bulat")
    return int(number)


# --- dates and times ----------------------------------------------------------------------------------

# Spellings seen in Indonesian offices beyond the CLDR names.
_EXTRA_MONTHS = {
    "pebruari": 2,
    "peb": 2,
    "nopember": 11,
    "nop": 11,
    "agt": 8,
    "agust": 8,
    "agus": 8,
    "sept": 9,
    "sep": 9,
    "okt": 10,
    "des": 12,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "jun": 6,
    "jul": 7,
}
_WEEKDAYS = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "ahad",
    "sen",
    "sel",
    "rab",
    "kam",
    "jum",
    "sab",
    "min",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
}


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    from babel import Locale

    names: dict[str, int] = {}
    for code in ("id", "en"):
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[fold(name)] = int(number)
    names.update(_EXTRA_MONTHS)
    return names


_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})\s*([\-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\s+(\d{1,2})\s+(\d{4})$")


def _not_a_date(value: object, extra_en: str = "", extra_id: str = "") -> ParseError:
    return ParseError(
        f"'{_shown(value)}' is not a date{extra_en} (write e.g. 31/12/2026 or 31 Desember 2026)",
        f"'{_shown(value)}' bukan tanggal{extra_id} (tulis mis. 31/12/2026 atau 31 Desember 2026)",
    )


def _make_date(year: int, month: int, day: int, original: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= day <= 12 < month <= 31:
            raise _not_a_date(
                original, ": day and month are the other way round", ": hari dan bulan tertukar"
            ) from None
        raise _not_a_date(original, ": there is no such day", ": tanggal itu tidak ada") from None


@lru_cache(maxsize=4096)
def _text_date(text: str, original: object) -> date:
    if match := _ISO_DATE.match(text):
        return _make_date(int(match[1]), int(match[3]), int(match[4]), original)
    if match := _NUMERIC_DATE.match(text):
        return _make_date(int(match[4]), int(match[3]), int(match[1]), original)
    words = fold(text.replace(",", " ").replace("-", " "))
    parts = words.split()
    if parts and parts[0] in _WEEKDAYS:
        words = " ".join(parts[1:])
    months = _month_names()
    if match := _DAY_MONTH_YEAR.match(words):
        month = months.get(match[2])
        if month is not None:
            return _make_date(int(match[3]), month, int(match[1]), original)
    if match := _MONTH_DAY_YEAR.match(words):
        month = months.get(match[1])
        if month is not None:
            return _make_date(int(match[3]), month, int(match[2]), original)
    raise _not_a_date(original)


def parse_date(value: object) -> date | None:
    """A date from an Excel date, an Excel day serial or text (see the module text); None when empty."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time):
        raise _not_a_date(value)
    if isinstance(value, int | float | Decimal):
        serial = float(value)
        if _SERIAL_LOW <= serial <= _SERIAL_HIGH:
            return _EXCEL_EPOCH + timedelta(days=int(serial))
        raise _not_a_date(value)
    text = str(value).strip()
    if not text:
        return None
    return _text_date(text, value)


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$")


def parse_time(value: object) -> time | None:
    """A time of day: an Excel time, or text '09:30' / '09.30' (the Indonesian way); None when empty."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, float | Decimal) and 0 <= float(value) < 1:
        seconds = round(float(value) * 86400)
        return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    text = str(value).strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise ParseError(
        f"'{_shown(value)}' is not a time of day (write e.g. 09:30)", f"'{_shown(value)}' bukan jam (tulis mis. 09.30)"
    )


# --- yes / no and choices ---------------------------------------------------------------------------------

_TRUE = {"ya", "y", "yes", "true", "benar", "1", "aktif", "active", "x", "v"}
_FALSE = {"tidak", "t", "no", "n", "false", "salah", "0", "nonaktif", "non aktif", "tidak aktif", "inactive"}


def parse_bool(value: object) -> bool | None:
    """Yes or no: Ya/Tidak, Yes/No, TRUE/FALSE, 1/0; None when empty."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = fold(str(value))
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ParseError(
        f"'{_shown(value)}' is neither yes nor no (write Ya or Tidak)",
        f"'{_shown(value)}' bukan ya atau tidak (tulis Ya atau Tidak)",
    )


@cache
def _enum_names(enum_type: type[StrEnum]) -> dict[str, StrEnum]:
    """Every accepted spelling of each member: its code, its labels, and each '/'-part of a label."""
    spellings: dict[str, set[StrEnum]] = {}

    def add(text: str, member: StrEnum) -> None:
        key = fold(text)
        if key:
            spellings.setdefault(key, set()).add(member)

    for member in enum_type:
        add(member.value, member)
        for language in ("id", "en"):
            text = label(member, language)
            add(text, member)
            for part in re.split(r"\s*/\s*|\s*\(|\)", text):
                if part:
                    add(part, member)
    return {key: next(iter(members)) for key, members in spellings.items() if len(members) == 1}


def enum_choices(enum_type: type[StrEnum], language: str) -> list[str]:
    """The labels a drop-down list offers for ``enum_type`` in ``language``."""
    return [label(member, as_language(language)) for member in enum_type]


def parse_enum(value: object, enum_type: type[StrEnum]) -> StrEnum | None:
    """A member of ``enum_type`` from its code or its Indonesian or English label; None when empty."""
    if value is None:
        return None
    if is_excel_error(value):
        raise _formula_error(value)
    text = parse_text(value)
    if text is None:
        return None
    member = _enum_names(enum_type).get(text) or _enum_names(enum_type).get(fold(text))
    if member is None:
        allowed_id = ", ".join(label(m, "id") for m in enum_type)
        allowed_en = ", ".join(label(m, "en") for m in enum_type)
        raise ParseError(
            f"'{_shown(value)}' is not one of: {allowed_en}", f"'{_shown(value)}' bukan salah satu dari: {allowed_id}"
        )
    return member


# --- countries --------------------------------------------------------------------------------------------

# Names offices use that neither pycountry nor CLDR spell this way.
_COUNTRY_ALIASES = {
    "inggris": "GB",
    "uk": "GB",
    "britania raya": "GB",
    "great britain": "GB",
    "england": "GB",
    "amerika": "US",
    "usa": "US",
    "amerika serikat": "US",
    "united states of america": "US",
    "cina": "CN",
    "china": "CN",
    "rrt": "CN",
    "rrc": "CN",
    "republik rakyat tiongkok": "CN",
    "korsel": "KR",
    "korea selatan": "KR",
    "south korea": "KR",
    "korut": "KP",
    "north korea": "KP",
    "uae": "AE",
    "persatuan emirat arab": "AE",
    "uni emirat arab": "AE",
    "belanda": "NL",
    "holland": "NL",
    "russia": "RU",
    "rusia": "RU",
    "vietnam": "VN",
    "laos": "LA",
    "timor leste": "TL",
    "east timor": "TL",
    "czech republic": "CZ",
    "republik ceko": "CZ",
    "turkey": "TR",
    "turkiye": "TR",
    "ivory coast": "CI",
    "pantai gading": "CI",
    "taiwan": "TW",
    "iran": "IR",
    "syria": "SY",
    "suriah": "SY",
    "brunei": "BN",
    "macau": "MO",
    "makau": "MO",
    "hong kong": "HK",
    "tanzania": "TZ",
    "bolivia": "BO",
    "venezuela": "VE",
    "moldova": "MD",
    "palestina": "PS",
    "palestine": "PS",
    "vatican": "VA",
    "vatikan": "VA",
}


@dataclass(frozen=True)
class CountryIndex:
    """Every spelling of every ISO 3166-1 country, folded, to its alpha-2 code."""

    by_name: dict[str, str]
    names_id: dict[str, str]
    names_en: dict[str, str]

    def lookup(self, text: str) -> str | None:
        key = fold(text)
        return self.by_name.get(key) or self.by_name.get(key.replace(" ", ""))

    def name(self, code: str, language: str) -> str:
        return (self.names_id if language == "id" else self.names_en).get(code, code)


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    import pycountry
    from babel import Locale

    indonesian = Locale.parse("id").territories
    english = Locale.parse("en").territories
    names: dict[str, str] = {}
    names_id: dict[str, str] = {}
    names_en: dict[str, str] = {}
    codes: dict[str, str] = {}

    def add(text: str | None, code: str, target: dict[str, str]) -> None:
        if not text:
            return
        key = fold(text)
        for variant in (key, key.replace(" ", "")):
            if variant and variant not in target:
                target[variant] = code

    for country in pycountry.countries:
        code = country.alpha_2
        codes[fold(code)] = code
        codes[fold(country.alpha_3)] = code
        names_en[code] = english.get(code) or getattr(country, "common_name", None) or country.name
        names_id[code] = indonesian.get(code) or names_en[code]
    for country in pycountry.countries:
        code = country.alpha_2
        for text in (
            indonesian.get(code),
            english.get(code),
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ):
            add(text, code, names)
    for alias, code in _COUNTRY_ALIASES.items():
        add(alias, code, names)
    # Codes win over names ("AS" is American Samoa, not Amerika Serikat).
    names.update(codes)
    return CountryIndex(by_name=names, names_id=names_id, names_en=names_en)


def parse_country(value: object) -> str | None:
    """The ISO alpha-2 code of a country given by code or name (Indonesian or English); None when empty."""
    text = parse_text(value)
    if text is None:
        return None
    code = country_index().lookup(text)
    if code is None:
        raise ParseError(
            f"'{_shown(value)}' is not a known country (write its name, e.g. Jepang or Japan, or its ISO code JP)",
            f"'{_shown(value)}' bukan negara yang dikenal (tulis namanya, mis. Jepang atau Japan, atau kode ISO JP)",
        )
    return code


def split_list(value: object) -> list[str]:
    """A cell holding several items separated by ';' or new lines (e.g. partner codes)."""
    text = parse_text(value)
    if text is None:
        return []
    return [part.strip() for part in re.split(r"[;\n]+", text) if part.strip()]


def join_list(items: Iterable[str]) -> str:
    return "; ".join(items)
