"""Choices for the editors' pick lists (partners, agreements, delegations, ...), read through the services."""

from __future__ import annotations

from secretariat.services import registers
from secretariat.services.budget import lines as budget
from secretariat.services.context import ServiceContext
from secretariat.services.reference import officials
from secretariat.services.registers import RegisterQuery

MAX_TITLE = 70


def _short(text: str, limit: int = MAX_TITLE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _rows(ctx: ServiceContext, register: str) -> list[dict]:  # type: ignore[type-arg]
    ids = registers.find_ids(ctx, register, RegisterQuery())
    rows = registers.fetch_rows(ctx, register, ids)
    return [rows[i] for i in ids if i in rows]


def partner_choices(ctx: ServiceContext) -> list[tuple[str, int]]:
    """ "Osaka Prefectural Government (JP-OSK)" by name."""
    return [(f"{row['name']} ({row['code']})", row["id"]) for row in _rows(ctx, "partners")]


def agreement_label(number: str | None, title: str) -> str:
    return f"{number} – {_short(title)}" if number else _short(title)


def agreement_choices(ctx: ServiceContext, language: str, exclude: int | None = None) -> list[tuple[str, int]]:
    title = "title_id" if language == "id" else "title_en"
    return [
        (agreement_label(row["number"], row[title]), row["id"])
        for row in _rows(ctx, "agreements")
        if row["id"] != exclude
    ]


def delegation_choices(ctx: ServiceContext, language: str) -> list[tuple[str, int]]:
    country = "country_name_id" if language == "id" else "country_name_en"
    return [
        (f"{row['code']} – {_short(row['purpose'], 50)} ({row[country]})", row["id"])
        for row in _rows(ctx, "delegations")
    ]


def budget_line_choices(ctx: ServiceContext, fiscal_years: list[int]) -> list[tuple[str, int]]:
    choices: list[tuple[str, int]] = []
    for year in fiscal_years:
        for line in budget.list_budget_lines(ctx, year):
            choices.append((f"{line.fiscal_year} · {line.account_code} – {_short(line.description, 50)}", line.id))
    return choices


def official_choices(ctx: ServiceContext) -> list[tuple[str, int]]:
    return [(f"{o.name} – {_short(o.position, 40)}", o.id) for o in officials.list_officials(ctx, active_only=True)]
