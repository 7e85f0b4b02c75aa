"""The travel budget (RAB) of a delegation abroad, built from its record.

:func:`build_travel_budget` turns a delegation into the plain
:class:`~secretariat.domain.workbooks.TravelBudget` the workbook writer takes;
:func:`export_travel_budget` also writes the workbook (with the writer the
caller hands in, ``secretariat.documents.travel_budget_xlsx.write_travel_budget``:
the services layer does not import the documents layer).

Choices, each overridable by the caller:

* **Days**: the per diem counts the days of travel with both ends included,
  ``end_on - start_on + 1`` (departure and return days are travel days in
  the Ministry of Finance standard); ``days=`` sets another count, e.g. when
  only part of the trip is paid at the full rate.
* **Grade**: the delegation's common grade when one is set, else the
  member's own grade. A member without either stops the budget, naming who.
* **Per-diem rate**: :func:`secretariat.services.delegations.per_diem.delegation_rates`,
  for the destination (or the per-diem country the clerk chose, or the
  accredited mission's country), the grade and the departure day. A member
  without a rate stops the budget, naming who and what to record.
* **Other costs**: one row per member for each kind of :data:`COST_PLAN`
  (air fare, visa, insurance, local transport, souvenirs, other) with a zero
  amount, for the clerk to fill in Excel; air fare, visa and local transport
  in the per-diem currency (the standard sets fares in US dollars),
  insurance, souvenirs and other in rupiah.
* **Exchange rate**: ``rates=`` given by the caller, else the office's rate
  table (``exchange_rate``): the latest quote on or before ``rate_on``
  (default: the day the budget is prepared), with its date and source shown
  in the workbook.
* **APBD account**: the account code of the budget line linked to the
  delegation (the one of the departure's fiscal year first), with its name in
  the chart of accounts (else the line's description); ``account_code=``
  when no line is linked, else :class:`AccountCodeNeeded`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from secretariat.domain.enums import Direction, Grade, MemberRole, PaperSize
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.labels import label
from secretariat.domain.money import IDR, is_known_currency, parse_amount
from secretariat.domain.validation import Checker
from secretariat.domain.visit_documents import government_name, place_from_address
from secretariat.domain.workbooks import (
    CostItem,
    CostKind,
    Signatory,
    TravelBudget,
    TravelMember,
    TravelTotals,
)
from secretariat.domain.workbooks import (
    ExchangeRate as BudgetRate,
)
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading
from secretariat.services.delegations.per_diem import MemberRate, delegation_rates
from secretariat.services.office import get_office_profile
from secretariat.services.output_files import XLSX, check_output, write_output
from secretariat.storage.models import Account, BudgetLine, Delegation, ExchangeRate

MAX_DAYS = 366
#: The account name printed for an account code given by hand that the chart of accounts does not hold.
DEFAULT_ACCOUNT_DESCRIPTION = "Belanja Perjalanan Dinas Luar Negeri"


@dataclass(frozen=True)
class CostPlan:
    """One default cost row per member: its kind, whether its quantity is the number of days, its currency
    (None: the member's per-diem currency)."""

    kind: CostKind
    per_day: bool = False
    currency: str | None = None


COST_PLAN: tuple[CostPlan, ...] = (
    CostPlan(CostKind.AIR_FARE),
    CostPlan(CostKind.VISA),
    CostPlan(CostKind.INSURANCE, currency=IDR),
    CostPlan(CostKind.LOCAL_TRANSPORT, per_day=True),
    CostPlan(CostKind.SOUVENIRS, currency=IDR),
    CostPlan(CostKind.OTHER, currency=IDR),
)


class AccountCodeNeeded(UserError):
    """No budget line is linked to the delegation and no account code was given."""


@dataclass(frozen=True)
class TravelBudgetExport:
    path: Path
    budget: TravelBudget
    totals: TravelTotals
    written: Any = None  # what the writer returned (the workbook's layout)


#: Writes a travel budget to a binary stream (``documents.travel_budget_xlsx.write_travel_budget``).
TravelBudgetWriter = Callable[[TravelBudget, Path], Any]


def _days(delegation: Delegation, days: int | None) -> int:
    if days is None:
        return (delegation.end_on - delegation.start_on).days + 1
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            [
                Problem(
                    "days", f"must be a whole number from 1 to {MAX_DAYS}", f"harus bilangan bulat 1 sampai {MAX_DAYS}"
                )
            ]
        )
    return days


def _given_rates(rates: Mapping[str, object] | None) -> dict[str, Decimal]:
    if not rates:
        return {}
    checked: dict[str, Decimal] = {}
    problems: list[Problem] = []
    for currency, value in rates.items():
        code = str(currency).strip().upper()
        field = f"rate {code}"
        if not is_known_currency(code) or code == IDR:
            problems.append(
                Problem(
                    field, f"'{currency}' is not a foreign currency code", f"'{currency}' bukan kode mata uang asing"
                )
            )
            continue
        try:
            amount = parse_amount(value, field)
        except ValidationError as error:
            problems.extend(error.problems)
            continue
        if amount <= 0:
            problems.append(Problem(field, "must be more than zero", "harus lebih dari nol"))
            continue
        checked[code] = amount
    if problems:
        raise ValidationError(problems)
    return checked


def _table_quote(session: Session, currency: str, on: date) -> BudgetRate | None:
    row = session.execute(
        select(ExchangeRate.rate, ExchangeRate.on, ExchangeRate.source)
        .where(ExchangeRate.currency == currency, ExchangeRate.on <= on)
        .order_by(ExchangeRate.on.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return BudgetRate(currency, Decimal(row.rate), row.on, row.source or "Tabel kurs kantor / office rate table")


def _account(session: Session, delegation: Delegation, account_code: str | None) -> tuple[str, str]:
    if account_code:
        checker = Checker()
        checker.account_code("account_code", account_code.strip())
        checker.raise_if_any()
        code = account_code.strip()
        name = session.scalar(select(Account.name).where(Account.code == code))
        return code, name or DEFAULT_ACCOUNT_DESCRIPTION
    line = session.execute(
        select(BudgetLine.account_code, BudgetLine.description)
        .where(BudgetLine.delegation_id == delegation.id)
        .order_by(case((BudgetLine.fiscal_year == delegation.start_on.year, 0), else_=1), BudgetLine.id)
        .limit(1)
    ).first()
    if line is None:
        raise AccountCodeNeeded(
            f"No budget line is linked to delegation {delegation.code}: link its budget line (APBD account) "
            "or give the account code, e.g. 5.1.02.04.02.0001.",
            f"Belum ada baris anggaran yang terhubung dengan delegasi {delegation.code}: hubungkan baris "
            "anggarannya (rekening APBD) atau isi kode rekening, mis. 5.1.02.04.02.0001.",
        )
    name = session.scalar(select(Account.name).where(Account.code == line.account_code))
    return line.account_code, name or line.description


def _refuse_missing_rates(delegation: Delegation, member_rates: list[MemberRate]) -> None:
    no_grade = [r.name for r in member_rates if not r.grade]
    no_rate = [f"{r.name} ({r.grade})" for r in member_rates if r.grade and r.lookup is None]
    problems: list[Problem] = []
    if no_grade:
        names = ", ".join(no_grade)
        problems.append(
            Problem(
                "grade",
                f"no per-diem grade for {names}: set the member's grade or one grade for the delegation",
                f"golongan uang harian belum diisi untuk {names}: isi golongan anggota atau satu golongan untuk "
                "delegasi",
            )
        )
    if no_rate:
        names = ", ".join(no_rate)
        day = delegation.start_on.isoformat()
        problems.append(
            Problem(
                "per_diem_rate",
                f"no per-diem rate for {delegation.country.name_en} in force on {day} for {names}: add the rate to "
                "the per-diem table or choose the per-diem country for this delegation",
                f"tidak ada tarif uang harian untuk {delegation.country.name_id} yang berlaku pada {day} bagi "
                f"{names}: isi tabel tarif uang harian atau pilih negara tarif untuk delegasi ini",
            )
        )
    if problems:
        raise ValidationError(problems)


def _member_costs(rate: MemberRate, days: int) -> tuple[CostItem, ...]:
    assert rate.lookup is not None
    per_diem = rate.lookup.rate
    items = [CostItem(CostKind.PER_DIEM, Decimal(days), per_diem.amount, per_diem.currency)]
    for plan in COST_PLAN:
        quantity = Decimal(days) if plan.per_day else Decimal(1)
        items.append(CostItem(plan.kind, quantity, Decimal(0), plan.currency or per_diem.currency))
    return tuple(items)


def build_travel_budget(
    ctx: ServiceContext,
    delegation_id: int,
    *,
    days: int | None = None,
    rates: Mapping[str, object] | None = None,
    rate_on: date | None = None,
    account_code: str | None = None,
    prepared_on: date | None = None,
) -> TravelBudget:
    """The travel budget of an outgoing delegation (see the module's notes for each choice)."""
    prepared_on = prepared_on or date.today()
    given = _given_rates(rates)
    profile = get_office_profile(ctx)
    member_rates = delegation_rates(ctx, delegation_id)
    with reading(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        if delegation.direction != Direction.OUTGOING.value:
            raise UserError(
                f"Delegation {delegation.code} is an incoming visit; a travel budget is made for visits abroad.",
                f"Delegasi {delegation.code} adalah kunjungan masuk; rencana biaya perjalanan dibuat untuk "
                "kunjungan ke luar negeri.",
            )
        if not delegation.members:
            raise UserError(
                f"Delegation {delegation.code} has no members yet.",
                f"Delegasi {delegation.code} belum memiliki anggota.",
            )
        if not profile.is_complete:
            raise UserError(
                "Fill in the region's name (Settings, office profile) before making documents.",
                "Isi nama daerah (Pengaturan, profil kantor) sebelum membuat dokumen.",
            )
        day_count = _days(delegation, days)
        _refuse_missing_rates(delegation, member_rates)
        rate_by_member = {r.member_id: r for r in member_rates}
        members = []
        for member in delegation.members:
            rate = rate_by_member[member.id]
            members.append(
                TravelMember(
                    name=member.name,
                    position=member.member_position or label(MemberRole(member.role)),
                    grade=Grade(rate.grade) if rate.grade else None,
                    role=MemberRole(member.role),
                    costs=_member_costs(rate, day_count),
                )
            )
        currencies = sorted({item.currency for m in members for item in m.costs} - {IDR})
        budget_rates = []
        missing = []
        for currency in currencies:
            if currency in given:
                budget_rates.append(
                    BudgetRate(currency, given[currency], prepared_on, "Diisi pengguna / given by the user")
                )
                continue
            quote = _table_quote(session, currency, rate_on or prepared_on)
            if quote is None:
                missing.append(currency)
            else:
                budget_rates.append(quote)
        if missing:
            listed = ", ".join(missing)
            on = (rate_on or prepared_on).isoformat()
            raise ValidationError(
                [
                    Problem(
                        "exchange_rate",
                        f"the rate table has no {listed} rate on or before {on}: add it to the rate table or give it",
                        f"tabel kurs belum memuat kurs {listed} pada atau sebelum {on}: isi tabel kurs atau berikan "
                        "kursnya",
                    )
                ]
            )
        code, description = _account(session, delegation, account_code)
        approved = (
            Signatory(profile.bureau_head_name, profile.bureau_head_title or "") if profile.bureau_head_name else None
        )
        budget = TravelBudget(
            region_name=government_name(profile.region_name_id),
            delegation_code=delegation.code,
            purpose=delegation.purpose,
            country_name_id=delegation.country.name_id,
            country_name_en=delegation.country.name_en,
            cities=delegation.cities or "",
            departure_on=delegation.start_on,
            return_on=delegation.end_on,
            account_code=code,
            account_description=description,
            rates=tuple(budget_rates),
            members=tuple(members),
            prepared_by=None,
            approved_by=approved,
            place=place_from_address(tuple((profile.address_lines or "").splitlines())),
            prepared_on=prepared_on,
            paper=PaperSize(profile.paper),
        )
    budget.validate()
    return budget


def export_travel_budget(
    ctx: ServiceContext,
    delegation_id: int,
    path: str | Path,
    *,
    write: TravelBudgetWriter,
    days: int | None = None,
    rates: Mapping[str, object] | None = None,
    rate_on: date | None = None,
    account_code: str | None = None,
    prepared_on: date | None = None,
    force: bool = False,
) -> TravelBudgetExport:
    """Build the travel budget and write it to ``path`` (see ``services.output_files``: an existing
    workbook is replaced only with ``force``, a failure leaves it untouched)."""
    check_output(path, XLSX, database=ctx.database, force=force)
    budget = build_travel_budget(
        ctx, delegation_id, days=days, rates=rates, rate_on=rate_on, account_code=account_code, prepared_on=prepared_on
    )
    target, written = write_output(
        path, XLSX, lambda temporary: write(budget, temporary), database=ctx.database, force=force
    )
    return TravelBudgetExport(target, budget, budget.totals(), written)


__all__ = [
    "COST_PLAN",
    "AccountCodeNeeded",
    "CostPlan",
    "TravelBudgetExport",
    "TravelBudgetWriter",
    "build_travel_budget",
    "export_travel_budget",
]
