"""The records an editor's picker offers: a page of matches for what the clerk typed, found in SQL.

A picker (the partners of an agreement, the agreement of a delegation, the official of a member, the
budget line of an activity, ...) never loads a whole register: :func:`pick` runs the register's own
search (the same words-start-with search as the register page, diacritics folded: "krakow" finds
Kraków) and its own order, and returns at most ``limit`` records; :func:`describe` names the records
already chosen.

    result = pick(ctx, "partner", "krakow", language="id")
    result.choices[0].text   # "Kraków City Hall (PL-KRK)"
    result.more              # True when more records match than were returned
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from secretariat.services.context import ServiceContext, reading
from secretariat.services.registers import RegisterQuery, _register, _sorted, _where, format_value
from secretariat.storage.models import BudgetLine

#: What each kind of record is picked from: its register.
PICKER_REGISTERS: Mapping[str, str] = {
    "partner": "partners",
    "agreement": "agreements",
    "delegation": "delegations",
    "budget_line": "budget",
    "official": "officials",
}
DEFAULT_LIMIT = 50
MAX_TITLE = 70

__all__ = [
    "DEFAULT_LIMIT",
    "PICKER_REGISTERS",
    "Choice",
    "PickFilter",
    "PickResult",
    "agreement_label",
    "describe",
    "pick",
]


@dataclass(frozen=True)
class Choice:
    """One record as a picker lists it: ``text`` on the line, ``detail`` beside it (or as a tooltip)."""

    id: int
    text: str
    detail: str = ""


@dataclass(frozen=True)
class PickResult:
    choices: tuple[Choice, ...]
    more: bool  # more records match than were returned


@dataclass(frozen=True)
class PickFilter:
    """Limits of a picker beyond the search (all optional)."""

    exclude: tuple[int, ...] = ()
    fiscal_years: tuple[int, ...] = ()  # budget lines of these years
    active_only: bool = False  # officials still active
    register_filters: Mapping[str, Any] = field(default_factory=dict)


def _short(text: str | None, limit: int = MAX_TITLE) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def agreement_label(number: str | None, title: str) -> str:
    """ "104/KS/2022 – Nota Kesepahaman …" (the title alone while the agreement has no number)."""
    return f"{number} – {_short(title)}" if number else _short(title)


def _label(kind: str, row: Mapping[str, Any], language: str) -> Choice:
    english = language != "id"
    if kind == "partner":
        country = row["country_name_en" if english else "country_name_id"]
        detail = ", ".join(part for part in (row.get("city"), country) if part)
        return Choice(row["id"], f"{row['name']} ({row['code']})", detail)
    if kind == "agreement":
        title = row["title_en" if english else "title_id"]
        stage = row["stage_name_en" if english else "stage_name_id"]
        partners = row.get("partner_names") or ""
        partners = partners if isinstance(partners, str) else ", ".join(partners)
        detail = " · ".join(part for part in (partners, stage) if part)
        return Choice(row["id"], agreement_label(row["number"], title), detail)
    if kind == "delegation":
        country = row["country_name_en" if english else "country_name_id"]
        start = format_value("delegations", "start_on", row["start_on"], language)
        return Choice(row["id"], f"{row['code']} – {_short(row['purpose'], 50)} ({country})", start)
    if kind == "budget_line":
        return Choice(
            row["id"],
            f"{row['fiscal_year']} · {row['account_code']} – {_short(row['description'], 50)}",
            row.get("agreement") or "",
        )
    if kind == "official":
        return Choice(row["id"], f"{row['name']} – {_short(row['position'], 40)}", row.get("unit") or "")
    raise ValueError(f"unknown kind of record {kind!r}; known: {', '.join(PICKER_REGISTERS)}")


def _register_of(kind: str) -> str:
    try:
        return PICKER_REGISTERS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of record {kind!r}; known: {', '.join(PICKER_REGISTERS)}") from None


def _extra_conditions(kind: str, model: Any, limits: PickFilter) -> list[Any]:
    conditions: list[Any] = []
    if limits.exclude:
        conditions.append(model.id.not_in(list(limits.exclude)))
    if limits.fiscal_years and kind == "budget_line":
        conditions.append(BudgetLine.fiscal_year.in_(list(limits.fiscal_years)))
    if limits.active_only and kind == "official":
        conditions.append(model.active.is_(True))
    return conditions


def pick(
    ctx: ServiceContext,
    kind: str,
    search: str = "",
    *,
    language: str = "id",
    limit: int = DEFAULT_LIMIT,
    limits: PickFilter | None = None,
    today: date | None = None,
) -> PickResult:
    """At most ``limit`` records of ``kind`` matching ``search`` (every word starts a word of the record,
    diacritics folded), in the register's order."""
    register = _register_of(kind)
    spec = _register(register)
    limits = limits or PickFilter()
    query = RegisterQuery(search=search, filters=dict(limits.register_filters))
    conditions = _where(spec, register, query, ctx.database.is_sqlite, today or date.today())
    statement = _sorted(
        spec, query, select(spec.model.id).where(*conditions, *_extra_conditions(kind, spec.model, limits))
    )
    with reading(ctx) as session:
        ids = [row_id for (row_id,) in session.execute(statement.limit(limit + 1))]
        rows = spec.fetch(session, ids[:limit]) if ids else {}
    choices = tuple(_label(kind, rows[i], language) for i in ids[:limit] if i in rows)
    return PickResult(choices, more=len(ids) > limit)


def describe(ctx: ServiceContext, kind: str, ids: Iterable[int], *, language: str = "id") -> list[Choice]:
    """The chosen records ``ids`` as a picker shows them, in the order given (ids that no longer exist
    are left out)."""
    wanted = [int(i) for i in dict.fromkeys(ids) if i is not None]
    if not wanted:
        return []
    spec = _register(_register_of(kind))
    with reading(ctx) as session:
        rows = spec.fetch(session, wanted)
    return [_label(kind, rows[i], language) for i in wanted if i in rows]
