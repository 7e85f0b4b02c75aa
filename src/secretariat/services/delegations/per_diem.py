"""Daily allowances for foreign travel (uang harian, Ministry of Finance SBM) per country and grade.

The office keeps its own editable table, each rate with its source and the
date from which it applies; nothing here has a silent default. A country that
is not in the table takes the rate of the country where the Indonesian mission
accredited to it sits (e.g. Uganda takes Kenya), see shared/domain.md; that
country is recorded per country (``Country.mission_country_code``, edited with
``services.reference.update_country_flags``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import Grade
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.money import Money, is_known_currency, parse_amount
from secretariat.domain.records import PerDiemRateData
from secretariat.domain.validation import Checker, clean
from secretariat.services.common import country_problem, fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.delegations.rate_tables import (
    amount_in_minor,
    rate_to_save,
    source_problem,
    store_changed,
)
from secretariat.storage.models import Country, Delegation, PerDiemRate


@dataclass(frozen=True)
class RateView:
    id: int
    gid: str
    country_code: str
    country_name_en: str
    country_name_id: str
    grade: str
    amount: Decimal
    currency: str
    amount_minor: int
    valid_from: date
    source: str
    row_version: int = 0  # the version loaded; hand the view back to update_rate(loaded=...)

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)

    def to_data(self) -> PerDiemRateData:
        return PerDiemRateData(
            country_code=self.country_code,
            grade=self.grade,
            amount=self.amount,
            valid_from=self.valid_from,
            currency=self.currency,
            source=self.source,
        )


@dataclass(frozen=True)
class RateLookup:
    """The rate that applies to a trip, and whose rate it is."""

    rate: RateView
    asked_country_code: str
    used_country_code: str  # the asked country, or the country of the mission accredited to it

    @property
    def via_mission(self) -> bool:
        return self.used_country_code != self.asked_country_code


def _view(session: Session, rate: PerDiemRate) -> RateView:
    country = session.get(Country, rate.country_code)
    assert country is not None  # foreign key
    return RateView(
        id=rate.id,
        gid=rate.gid,
        country_code=rate.country_code,
        country_name_en=country.name_en,
        country_name_id=country.name_id,
        grade=rate.grade,
        amount=Money.from_minor(rate.amount_minor, rate.currency).amount,
        currency=rate.currency,
        amount_minor=rate.amount_minor,
        valid_from=rate.valid_from,
        source=rate.source,
        row_version=rate.row_version,
    )


def _duplicate_problem(session: Session, data: PerDiemRateData) -> Problem:
    grade = Grade(data.grade).value
    country = session.get(Country, data.country_code)
    name_en = country.name_en if country is not None else data.country_code
    name_id = country.name_id if country is not None else data.country_code
    return Problem(
        "valid_from",
        f"there is already a grade {grade} rate for {name_en} valid from "
        f"{clerk_date(data.valid_from, 'en')}; change that rate or choose another date",
        f"sudah ada tarif golongan {grade} untuk {name_id} yang berlaku mulai "
        f"{clerk_date(data.valid_from, 'id')}; ubah tarif tersebut atau pilih tanggal lain",
    )


def prepare_rate(session: Session, data: PerDiemRateData, exclude_id: int | None) -> int:
    """Validate a rate; return its amount in minor units of its currency."""
    data.country_code = (data.country_code or "").strip().upper()
    data.currency = (data.currency or "").strip().upper()
    data.source = clean(data.source)
    problems: list[Problem] = []
    try:
        amount: Decimal | None = parse_amount(data.amount, "amount", allow_negative=True)
    except ValidationError as exc:
        problems.extend(exc.problems)
        amount = None
    data.amount = amount if amount is not None else Decimal(1)  # placeholder: the problem is named already
    checker = Checker()
    data.check(checker)
    reported = {p.field for p in problems}
    problems += [p for p in checker.problems if p.field not in reported]
    country = country_problem(session, data.country_code)
    if country is not None:
        problems.append(country)
    too_long = source_problem(data.source)
    if too_long is not None:
        problems.append(too_long)
    minor = None
    if amount is not None and amount > 0 and is_known_currency(data.currency):
        minor, decimals = amount_in_minor(amount, data.currency)
        if decimals is not None:
            problems.append(decimals)
    if not problems and data.valid_from is not None:
        query = select(PerDiemRate.id).where(
            PerDiemRate.country_code == data.country_code,
            PerDiemRate.grade == Grade(data.grade),
            PerDiemRate.valid_from == data.valid_from,
        )
        if exclude_id is not None:
            query = query.where(PerDiemRate.id != exclude_id)
        if session.scalar(query.limit(1)) is not None:
            problems.append(_duplicate_problem(session, data))
    if problems:
        raise ValidationError(problems)
    assert minor is not None
    return minor


def store_rate(session: Session, rate: PerDiemRate, data: PerDiemRateData, minor: int) -> None:
    values = {
        "country_code": data.country_code,
        "grade": Grade(data.grade),
        "amount_minor": minor,
        "currency": data.currency,
        "valid_from": data.valid_from,
        "source": data.source,
    }
    store_changed(session, rate, values, lambda: _duplicate_problem(session, data))


def create_rate(ctx: ServiceContext, data: PerDiemRateData) -> int:
    with writing(ctx) as session:
        minor = prepare_rate(session, data, None)
        rate = PerDiemRate()
        store_rate(session, rate, data, minor)
        return rate.id


def update_rate(ctx: ServiceContext, rate_id: int, data: PerDiemRateData, *, loaded: RateView | None = None) -> None:
    """Save a rate. ``loaded``: the view the editor showed; the fields another person changed since are
    refused when they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        rate = rate_to_save(
            session,
            PerDiemRate,
            rate_id,
            ("per-diem rate", "tarif uang harian"),
            loaded=loaded,
            data=data,
            view=_view,
            record=lambda rate, _current: Bilingual(
                f"the per-diem rate {rate.country_code} {rate.grade} of {clerk_date(rate.valid_from, 'en')}",
                f"tarif uang harian {rate.country_code} {rate.grade} {clerk_date(rate.valid_from, 'id')}",
            ),
        )
        minor = prepare_rate(session, data, rate_id)
        store_rate(session, rate, data, minor)


def delete_rate(ctx: ServiceContext, rate_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, PerDiemRate, rate_id, "per-diem rate", "tarif uang harian"))


def get_rate(ctx: ServiceContext, rate_id: int) -> RateView:
    with reading(ctx) as session:
        return _view(session, fetch(session, PerDiemRate, rate_id, "per-diem rate", "tarif uang harian"))


def list_rates(
    ctx: ServiceContext, *, country_code: str | None = None, grade: Grade | str | None = None, on: date | None = None
) -> list[RateView]:
    """Rates by country, grade and date (newest first); with ``on``, only those in force on that day."""
    query = select(PerDiemRate).order_by(PerDiemRate.country_code, PerDiemRate.grade, PerDiemRate.valid_from.desc())
    if country_code:
        query = query.where(PerDiemRate.country_code == country_code.strip().upper())
    if grade:
        query = query.where(PerDiemRate.grade == Grade(grade))
    with reading(ctx) as session:
        rates = list(session.scalars(query))
        if on is not None:
            in_force: dict[tuple[str, str], PerDiemRate] = {}
            for rate in rates:  # newest first within each country and grade
                if rate.valid_from <= on:
                    in_force.setdefault((rate.country_code, rate.grade), rate)
            rates = [rate for rate in rates if in_force.get((rate.country_code, rate.grade)) is rate]
        return [_view(session, rate) for rate in rates]


#: Every rate by (country, grade), newest ``valid_from`` first: :func:`rate_table`.
RateTable = dict[tuple[str, str], list[PerDiemRate]]


def rate_table(session: Session) -> RateTable:
    """The whole rate table read once (a few hundred rows at most: countries x grades x revisions), for
    callers that look up the rates of many delegations in one read (the dashboard's checks)."""
    table: RateTable = {}
    for rate in session.scalars(select(PerDiemRate).order_by(PerDiemRate.valid_from.desc(), PerDiemRate.id)):
        table.setdefault((rate.country_code, rate.grade), []).append(rate)
    return table


def _in_force(
    session: Session, country_code: str, grade: str, on: date, table: RateTable | None = None
) -> PerDiemRate | None:
    if table is not None:
        return next((rate for rate in table.get((country_code, grade), ()) if rate.valid_from <= on), None)
    return session.scalar(
        select(PerDiemRate)
        .where(PerDiemRate.country_code == country_code, PerDiemRate.grade == grade, PerDiemRate.valid_from <= on)
        .order_by(PerDiemRate.valid_from.desc())
        .limit(1)
    )


def find_rate(ctx: ServiceContext, country_code: str, grade: Grade | str, on: date) -> RateView | None:
    """The country's own rate for ``grade`` in force on ``on`` (latest ``valid_from`` not after it)."""
    with reading(ctx) as session:
        rate = _in_force(session, country_code.strip().upper(), Grade(grade), on)
        return _view(session, rate) if rate is not None else None


def _travel_rate(
    session: Session, asked: str, grade_code: str, on: date, table: RateTable | None = None
) -> RateLookup | None:
    rate = _in_force(session, asked, grade_code, on, table)
    if rate is None:
        country = session.get(Country, asked)
        mission = country.mission_country_code if country is not None else None
        if mission and mission != asked:
            rate = _in_force(session, mission, grade_code, on, table)
    if rate is None:
        return None
    return RateLookup(rate=_view(session, rate), asked_country_code=asked, used_country_code=rate.country_code)


def travel_rate(session: Session, country_code: str, grade: Grade | str, on: date) -> RateLookup | None:
    """:func:`find_travel_rate` inside the caller's session (the travel budget looks up many)."""
    return _travel_rate(session, country_code.strip().upper(), Grade(grade), on)


def find_travel_rate(ctx: ServiceContext, country_code: str, grade: Grade | str, on: date) -> RateLookup | None:
    """The rate for a trip to ``country_code``: its own, else that of the country of the accredited mission.

    None when neither the country nor its mission's country has a rate in force on ``on`` (or the
    office has not recorded which mission is accredited to the country).
    """
    with reading(ctx) as session:
        return _travel_rate(session, country_code.strip().upper(), Grade(grade), on)


@dataclass(frozen=True)
class MemberRate:
    """The daily allowance of one delegation member (None: no grade, or no rate in the table)."""

    member_id: int
    name: str
    grade: str | None
    lookup: RateLookup | None


def delegation_rates(ctx: ServiceContext, delegation_id: int) -> list[MemberRate]:
    """Each member's rate on the departure day.

    The grade is the delegation's common grade when one is set, else the member's own. The country is
    the one the clerk chose for the delegation's per-diem, else the destination (or its mission's).
    """
    with reading(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        country = delegation.per_diem_country_code or delegation.country_code
        result = []
        for member in delegation.members:
            grade = delegation.per_diem_grade or member.grade
            lookup = _travel_rate(session, country, grade, delegation.start_on) if grade else None
            if lookup is not None and delegation.per_diem_country_code:
                lookup = RateLookup(
                    rate=lookup.rate,
                    asked_country_code=delegation.country_code,
                    used_country_code=lookup.used_country_code,
                )
            result.append(MemberRate(member_id=member.id, name=member.name, grade=grade, lookup=lookup))
        return result
