"""What every register is made of: columns, queries, filter values, search terms, the register spec."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    SQLColumnExpression,
    String,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session, aliased

from secretariat.domain.errors import UserError
from secretariat.domain.money import IDR, Money
from secretariat.storage.models import Agreement, Country, Delegation, Stage

E = TypeVar("E", bound=StrEnum)

REGISTERS = ("partners", "agreements", "delegations", "budget", "officials", "per_diem_rates", "documents")
COLUMN_KINDS = ("text", "date", "money", "number", "enum")


@dataclass(frozen=True)
class Column:
    key: str
    label_en: str
    label_id: str
    sortable: bool = True
    kind: str = "text"  # text|date|money|number|enum

    def label(self, language: str = "id") -> str:
        return self.label_id if language == "id" else self.label_en


@dataclass(frozen=True)
class RegisterQuery:
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


# --- value coercion for filters -------------------------------------------------------------------


def code_value(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    return str(value).strip()


def enum_value(value: Any, enum: type[E], key: str) -> E:
    """A filter's code of ``enum`` (a member or its text), refused with a sentence naming the codes when it is none."""
    text = code_value(value)
    try:
        return enum(text)
    except ValueError:
        shown = text if len(text) <= 40 else text[:39] + "…"
        allowed = ", ".join(member.value for member in enum)
        raise FilterError(
            f"The filter {key} needs one of {allowed}, not {shown}.",
            f"Filter {key} memerlukan salah satu dari {allowed}, bukan {shown}.",
        ) from None


def country_value(value: Any) -> str:
    return code_value(value).upper()


INT64 = (-(2**63), 2**63 - 1)  # what both databases store in an integer column
YEARS = (1, 9999)
DAYS = (0, 36_525)  # a hundred years ahead


class FilterError(UserError, ValueError):
    """A filter value that cannot be used; nothing was searched (a ValueError, as before)."""

    def __str__(self) -> str:
        return self.message_en


def int_value(value: Any, key: str, low: int = INT64[0], high: int = INT64[1]) -> int:
    """A filter's whole number, refused with a sentence when it is not one or lies outside low..high."""
    shown = str(value)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    if isinstance(value, bool):
        raise FilterError(
            f"The filter {key} needs a whole number, not {shown}.",
            f"Filter {key} memerlukan bilangan bulat, bukan {shown}.",
        )
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise FilterError(
            f"The filter {key} needs a whole number, not {shown}.",
            f"Filter {key} memerlukan bilangan bulat, bukan {shown}.",
        ) from None
    if not low <= number <= high:
        raise FilterError(
            f"The filter {key} must be between {low} and {high}, not {shown}.",
            f"Filter {key} harus antara {low} dan {high}, bukan {shown}.",
        )
    return number


def year_value(value: Any, key: str) -> int:
    return int_value(value, key, *YEARS)


def days_value(value: Any, key: str) -> int:
    return int_value(value, key, *DAYS)


TRUE_WORDS = {"1", "true", "yes", "y", "ya", "on"}
FALSE_WORDS = {"0", "false", "no", "n", "tidak", "off"}


def bool_value(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValueError(f"filter {key!r} needs yes or no, not {value!r}")


def year_range(column_: SQLColumnExpression[Any], year: int) -> ColumnElement[bool]:
    return column_.between(date(year, 1, 1), date(year, 12, 31))


def within_days(column_: SQLColumnExpression[Any], days: int, today: date) -> ColumnElement[bool]:
    if days < 0:
        raise ValueError(f"the number of days cannot be negative ({days})")
    return column_.between(today, today + timedelta(days=days))


def escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: PostgreSQL's accent-folding function (migration 0011: ``unaccent`` behind an immutable wrapper, with
#: trigram indexes over the folded columns).
FOLD_FUNCTION = "secretariat_unaccent"


def ilike_any(columns: Sequence[Any], word: str, *, fold: bool = False) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``word`` (case-insensitive). ``fold`` (PostgreSQL only) folds accents on
    both sides, so "krakow" finds Kraków and "da nang" Đà Nẵng, through the trigram indexes of the folded text."""
    pattern = f"%{escape_like(word)}%"
    if fold:
        folded = getattr(func, FOLD_FUNCTION)(literal(pattern, String))
        return or_(*(getattr(func, FOLD_FUNCTION)(c).ilike(folded, escape="\\") for c in columns))
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))


def search_words(text: str) -> list[str]:
    """The words of a search box: split on white space; words without a letter or digit are dropped."""
    return [word for word in text.split() if any(ch.isalnum() for ch in word)]


# Letters that FTS5's unicode61 tokenizer does not fold to a Latin base letter (they are letters of
# their own, not accented ones): a clerk typing "Da Nang" or "Lodz" must still find "Đà Nẵng" and "Łódź".
_UNFOLDED = (("d", "đ"), ("l", "ł"), ("o", "ø"), ("ss", "ß"), ("ae", "æ"))


def _spellings(word: str) -> list[str]:
    """The word as typed, plus the spellings with each unfolded letter that its plain letters may stand for."""
    lowered = word.lower()
    spellings = [lowered]
    for plain, special in _UNFOLDED:
        if plain in lowered:
            spellings += [s.replace(plain, special) for s in spellings]
    return list(dict.fromkeys(spellings))[:8]


def fts_query(words: Sequence[str]) -> str:
    """An FTS5 query: every word a quoted prefix term (quotes doubled), all of them required.

    A word with letters that may stand for an unfolded letter (d for đ, l for ł...) matches any of
    those spellings.
    """
    terms = []
    for word in words:
        options = ['"' + spelling.replace('"', '""') + '"*' for spelling in _spellings(word)]
        terms.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(terms)


def fts_ids(fts_table: str, words: Sequence[str]) -> Any:
    fts = table(fts_table, column("rowid", Integer), column(fts_table, String))
    return select(fts.c.rowid).where(literal_column(fts_table).op("MATCH")(fts_query(words)))


# --- register definitions -------------------------------------------------------------------------

Filter = Callable[[Any, date], ColumnElement[bool]]


Join = Callable[[Any], Any]  # a SELECT -> the same SELECT joined to what a sort key needs


@dataclass(frozen=True)
class RegisterSpec:
    model: Any
    columns: tuple[Column, ...]
    sort_keys: Mapping[str, Callable[[], Any]]
    nullable_sorts: frozenset[str]
    default_order: tuple[tuple[str, bool], ...]
    filters: Mapping[str, Filter]
    search: Callable[[list[str], bool], ColumnElement[bool]]
    fetch: Callable[[Session, Sequence[int]], dict[int, dict[str, Any]]]
    enums: Mapping[str, type[StrEnum]] = field(default_factory=dict)
    # Sort keys from other tables are joined (aliased tables, grouped subqueries) rather than looked up
    # row by row: a correlated subquery per row took seconds on 100,000 partners on PostgreSQL.
    sort_joins: Mapping[str, Join] = field(default_factory=dict)


# Aliases for joins made only to sort, so that no filter's subquery is correlated with them.
SortCountry = aliased(Country, name="sort_country")
SortStage = aliased(Stage, name="sort_stage")
SortAgreement = aliased(Agreement, name="sort_agreement")
SortDelegation = aliased(Delegation, name="sort_delegation")


def money(minor: int | None, currency: str = IDR) -> Money:
    return Money.from_minor(int(minor or 0), currency)
