"""The travel budget (RAB) of a delegation abroad, built from its record.

:func:`build_travel_budget` turns a delegation into the plain
:class:`~secretariat.domain.travel_budget.TravelBudget` the workbook writer takes;
:func:`export_travel_budget` also writes the workbook (with the writer the
caller hands in, ``secretariat.documents.travel_budget_xlsx.write_travel_budget``:
the services layer does not import the documents layer).

Choices, each overridable by the caller:

* **Days**: the per diem counts the days of travel with both ends included,
  ``end_on - start_on + 1`` (departure and return days are travel days in
  the Ministry of Finance standard); ``days=`` sets another count, e.g. when
  only part of the trip is paid at the full rate. Every per-day cost
  (local transport, representation, interpreter) counts the same days.
* **Grade**: each member is paid at their own grade. When the delegation chose
  one grade for all (so that everyone stays in one hotel), the per diem of
  every member is paid at that grade, and the workbook says so with the
  reason; fares and representation still follow each member's own grade. A
  member without a grade, when no grade is chosen for all, stops the budget,
  naming who.
* **Cost items**: every kind of :data:`~secretariat.domain.travel_budget.COST_RULES`
  but "other": per diem from the per-diem table
  (:func:`secretariat.services.delegations.per_diem.delegation_rates`: the
  destination, or the per-diem country the clerk chose, or the accredited
  mission's country), the rest from the travel-cost table
  (:func:`secretariat.services.delegations.travel_costs.find_cost_rate`), all
  in force on the departure day. A cost with no rate stays as a row for the
  clerk to fill in (its unit amount empty, marked in the workbook, listed in
  :meth:`TravelBudget.missing_rates`); it is never a silent zero.
* **Sources**: each item carries where its rate comes from and from when.
* **Exchange rate**: ``rates=`` given by the caller, else the office's rate
  table (``exchange_rate``): the latest quote on or before ``rate_on``
  (default: the day the budget is prepared), with its date and source shown
  in the workbook.
* **APBD account**: the account code of the budget line linked to the
  delegation (the one of the departure's fiscal year first), with its name in
  the chart of accounts (else the line's description); ``account_code=``
  when no line is linked, else :class:`AccountCodeNeeded`.
* **Signatures**: prepared by the office's finance officer, approved by the
  bureau head, each with name, title and NIP from the office profile.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from secretariat.domain.enums import Direction, Grade, MemberRole
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.labels import label
from secretariat.domain.money import IDR, is_known_currency, parse_amount
from secretariat.domain.travel_budget import (
    COST_RULES,
    CostItem,
    CostKind,
    TravelBudget,
    TravelMember,
    TravelTotals,
)
from secretariat.domain.travel_budget import (
    ExchangeRate as BudgetRate,
)
from secretariat.domain.validation import Checker
from secretariat.domain.visit_documents import government_name, place_from_address
from secretariat.domain.workbooks import Signatory
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading
from secretariat.services.delegations.per_diem import MemberRate, delegation_rates, travel_rate
from secretariat.services.delegations.travel_costs import class_label, find_cost_rate
from secretariat.services.office import OfficeProfileView, get_office_profile
from secretariat.services.output_files import XLSX, check_output, write_output
from secretariat.storage.models import Account, BudgetLine, Country, Delegation, ExchangeRate

MAX_DAYS = 366
#: The account name printed for an account code given by hand that the chart of accounts does not hold.
DEFAULT_ACCOUNT_DESCRIPTION = "Belanja Perjalanan Dinas Luar Negeri"


#: The kinds planned for every delegation, in the RAB's order ("other" is the clerk's own).
PLANNED_KINDS: tuple[CostKind, ...] = tuple(kind for kind in COST_RULES if kind is not CostKind.OTHER)


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


def _refuse_missing_grades(member_rates: list[MemberRate]) -> None:
    """A member without a grade, when no grade is chosen for the whole delegation, is named; no silent default."""
    no_grade = [r.name for r in member_rates if not r.grade]
    if no_grade:
        names = ", ".join(no_grade)
        raise ValidationError(
            [
                Problem(
                    "grade",
                    f"no per-diem grade for {names}: set the member's grade or choose one grade for the whole "
                    "delegation (with its reason)",
                    f"golongan uang harian belum diisi untuk {names}: isi golongan anggota atau pilih satu golongan "
                    "untuk seluruh delegasi (beserta alasannya)",
                )
            ]
        )


def _long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale="id")


def _source(source: str, valid_from: date) -> str:
    """'PMK 32/2025, berlaku mulai 1 Januari 2026': the regulation and the year of the rate."""
    return f"{source}, berlaku mulai {_long_date(valid_from)}"


@dataclass(frozen=True)
class _Trip:
    """What the rate look-ups need about the trip: where and when, and the days in each country."""

    country: str  # the main destination's per-diem country (the destination, or the one the clerk chose)
    on: date  # the departure day: rates in force on it
    days: int
    stops: tuple[tuple[str, int], ...]  # (country, days there), in the order visited; the days add up to ``days``
    missions: dict[str, str | None]  # country -> the country of the accredited Indonesian mission, if recorded
    names: dict[str, str]  # country -> its Indonesian name

    @property
    def several(self) -> bool:
        return len(self.stops) > 1


def _stops(delegation: Delegation, main: str, days: int) -> tuple[tuple[str, int], ...]:
    """Days per country, from the itinerary: each day is where the last itinerary item up to it says (the days
    before the first such item: its country); no item with a country: every day at ``main``. ``days`` shorter or
    longer than the trip is taken off (or added to) the last country."""
    ordered = sorted(
        ((item.day, item.start_time is not None, item.start_time, item.country_code) for item in delegation.itinerary),
        key=lambda mark: (mark[0], mark[1], mark[2] or time.min),
    )
    marks: list[tuple[date, str]] = [(day, code) for day, _timed, _start, code in ordered if code]
    if not marks:
        return ((main, days),)

    def country_of(code: str) -> str:
        return main if code == delegation.country_code else code

    counts: dict[str, int] = {}
    current = country_of(marks[0][1])
    day = delegation.start_on
    index = 0
    while day <= delegation.end_on:
        while index < len(marks) and marks[index][0] <= day:
            current = country_of(marks[index][1])
            index += 1
        counts[current] = counts.get(current, 0) + 1
        day += timedelta(days=1)
    stops = list(counts.items())
    surplus = sum(counts.values()) - days
    while surplus > 0 and stops:  # fewer days paid than travelled: off the last countries
        country, count = stops[-1]
        taken = min(count, surplus)
        surplus -= taken
        stops[-1] = (country, count - taken)
        if stops[-1][1] == 0:
            stops.pop()
    if surplus < 0:
        stops[-1] = (stops[-1][0], stops[-1][1] - surplus)
    return tuple(stops)


def _english_name(country: Country | None, code: str) -> str:
    return country.name_en if country is not None else code


def _where(trip: _Trip, country: str, days: int | None = None) -> str | None:
    """'Jepang, 4 hari' on the rows of a trip to several countries; nothing on a one-country trip."""
    if not trip.several:
        return None
    name = trip.names.get(country, country)
    return f"{name}, {days} hari" if days is not None else name


def _join(*parts: str | None) -> str | None:
    return "; ".join(part for part in parts if part) or None


def _per_diem(
    session: Session, rate: MemberRate, trip: _Trip, country: str, days: int, common: Grade | None
) -> CostItem:
    rule = COST_RULES[CostKind.PER_DIEM]
    grade = rate.grade
    assert grade is not None  # refused before
    chosen = f"gol. {common} (satu golongan)" if common is not None else None
    lookup = travel_rate(session, country, grade, trip.on)
    if lookup is None:
        return CostItem(
            CostKind.PER_DIEM,
            Decimal(days),
            None,
            rule.currency,
            detail=_join(_where(trip, country, days), chosen, f"tarif gol. {grade} belum ada"),
        )
    mission = f"tarif {lookup.used_country_code} (perwakilan RI)" if lookup.via_mission else None
    return CostItem(
        CostKind.PER_DIEM,
        Decimal(days),
        lookup.rate.amount,
        lookup.rate.currency,
        detail=_join(_where(trip, country, days), chosen, mission),
        source=_source(lookup.rate.source, lookup.rate.valid_from),
    )


def _table_item(
    session: Session, kind: CostKind, trip: _Trip, grade: str | None, country: str, days: int | None = None
) -> CostItem:
    """One cost of ``kind`` from the travel-cost table (``days``: a per-day cost's days in ``country``); a row to
    fill in when the table has no rate."""
    rule = COST_RULES[kind]
    if rule.per_day:
        quantity = Decimal(days if days is not None else trip.days)
        where = _where(trip, country, days)
    else:
        quantity = Decimal(1)
        where = _where(trip, country)
    found = find_cost_rate(session, kind, country, grade, trip.on, trip.missions.get(country))
    if found is None:
        missing = f"tarif belum ada (gol. {grade})" if grade and kind is not CostKind.VISA else "tarif belum ada"
        return CostItem(kind, quantity, None, rule.currency, detail=_join(where, missing))
    mission = (
        f"tarif {found.country_code} (perwakilan RI)" if found.country_code and found.country_code != country else None
    )
    travel_class = f"kelas {class_label(found.travel_class)}" if found.travel_class else None
    return CostItem(
        kind,
        quantity,
        found.amount,
        found.currency,
        detail=_join(where, travel_class, mission),
        source=_source(found.source, found.valid_from),
    )


def _member_costs(
    session: Session,
    member_rate: MemberRate,
    own_grade: str | None,
    role: MemberRole,
    trip: _Trip,
    common: Grade | None,
) -> tuple[CostItem, ...]:
    """A member's costs: per day in each country (per diem, local transport, representation of the head), a visa
    for each country, and once for the trip (the return fare to the main destination, insurance)."""
    grade = own_grade or common
    head = role is MemberRole.HEAD
    items: list[CostItem] = []
    for country, days in trip.stops:
        items.append(_per_diem(session, member_rate, trip, country, days, common))
    items.append(_table_item(session, CostKind.AIR_FARE, trip, grade, trip.country))
    for country, _days in trip.stops:
        items.append(_table_item(session, CostKind.VISA, trip, grade, country))
    items.append(_table_item(session, CostKind.INSURANCE, trip, grade, trip.country))
    for country, days in trip.stops:
        items.append(_table_item(session, CostKind.LOCAL_TRANSPORT, trip, grade, country, days))
    if head:
        for country, days in trip.stops:
            items.append(_table_item(session, CostKind.REPRESENTATION, trip, grade, country, days))
    return tuple(items)


def _delegation_costs(session: Session, trip: _Trip) -> tuple[CostItem, ...]:
    """Once for the delegation: souvenirs and the venue at the main destination, an interpreter each day."""
    items = [_table_item(session, CostKind.SOUVENIRS, trip, None, trip.country)]
    for country, days in trip.stops:
        items.append(_table_item(session, CostKind.INTERPRETER, trip, None, country, days))
    items.append(_table_item(session, CostKind.VENUE, trip, None, trip.country))
    return tuple(items)


def _signatory(name: str | None, title: str | None, nip: str | None) -> Signatory | None:
    if not (name or "").strip():
        return None
    return Signatory((name or "").strip(), (title or "").strip(), (nip or "").strip() or None)


def _signatories(profile: OfficeProfileView) -> tuple[Signatory | None, Signatory | None]:
    return (
        _signatory(profile.finance_officer_name, profile.finance_officer_title, profile.finance_officer_nip),
        _signatory(profile.bureau_head_name, profile.bureau_head_title, profile.bureau_head_nip),
    )


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
        if delegation.direction != Direction.OUTGOING:
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
        _refuse_missing_grades(member_rates)
        rate_by_member = {r.member_id: r for r in member_rates}
        main = delegation.per_diem_country_code or delegation.country_code
        stops = _stops(delegation, main, day_count)
        countries = {code: session.get(Country, code) for code in {main, delegation.country_code, *dict(stops)}}
        trip = _Trip(
            country=main,
            on=delegation.start_on,
            days=day_count,
            stops=stops,
            missions={code: c.mission_country_code if c else None for code, c in countries.items()},
            names={code: c.name_id if c else code for code, c in countries.items()},
        )
        common = delegation.per_diem_grade
        members = []
        for member in delegation.members:
            rate = rate_by_member[member.id]
            role = member.role
            members.append(
                TravelMember(
                    name=member.name,
                    position=member.member_position or label(role),
                    grade=member.grade,
                    role=role,
                    costs=_member_costs(session, rate, member.grade, role, trip, common),
                    paid_grade=common,
                )
            )
        delegation_costs = _delegation_costs(session, trip)
        used = {item.currency for m in members for item in m.costs} | {item.currency for item in delegation_costs}
        currencies = sorted(used - {IDR})
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
            on_en = clerk_date(rate_on or prepared_on, "en")
            on_id = clerk_date(rate_on or prepared_on, "id")
            raise ValidationError(
                [
                    Problem(
                        "exchange_rate",
                        f"the rate table has no {listed} rate on or before {on_en}: add it to the rate table or "
                        "give it",
                        f"tabel kurs belum memuat kurs {listed} pada atau sebelum {on_id}: isi tabel kurs atau berikan "
                        "kursnya",
                    )
                ]
            )
        code, description = _account(session, delegation, account_code)
        prepared, approved = _signatories(profile)
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
            prepared_by=prepared,
            approved_by=approved,
            place=place_from_address(tuple((profile.address_lines or "").splitlines())),
            prepared_on=prepared_on,
            paper=profile.paper,
            delegation_costs=delegation_costs,
            common_grade=common,
            common_grade_reason=delegation.per_diem_grade_reason,
            stops=tuple((trip.names[code], _english_name(countries[code], code), n) for code, n in stops),
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
    "PLANNED_KINDS",
    "AccountCodeNeeded",
    "TravelBudgetExport",
    "TravelBudgetWriter",
    "build_travel_budget",
    "export_travel_budget",
]
