"""The office's table of travel costs abroad other than the per diem: air fares, visa, insurance, local
transport, representation, and the per-delegation lump sums (souvenirs, interpreter, venue).

Each rate is data the office keeps (shared/domain.md: the SBM tables are
published as images only, so nothing here has a silent default), with its
source (e.g. "PMK 32/2025") and the date it applies from. A rate may be for
one destination country or for any, and for one grade or for any; air fares
carry their class (economy, business, first). Rates are entered here or
imported from Excel like the per-diem rates (sheet "Biaya Perjalanan" of the
exchange workbook, :mod:`secretariat.services.excel.import_budget`).

Two rates of the same kind, country, grade and date are refused. When the
travel budget looks a rate up (:func:`find_cost_rate`), the most specific one
in force on the departure day wins: the destination's own before the one of
the country of the accredited Indonesian mission before any country's, and
the grade's own before any grade's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import Grade, TravelClass
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.labels import label
from secretariat.domain.money import Money, is_known_currency, parse_amount
from secretariat.domain.travel_budget import COST_KIND_LABELS, CostKind
from secretariat.domain.validation import Checker, clean
from secretariat.services.common import country_problem, fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.delegations.rate_tables import (
    amount_in_minor,
    rate_to_save,
    source_problem,
    store_changed,
)
from secretariat.storage.models import Country, TravelCostRate

__all__ = [
    "TABLE_KINDS",
    "CostRateData",
    "CostRateView",
    "create_cost_rate",
    "delete_cost_rate",
    "find_cost_rate",
    "get_cost_rate",
    "list_cost_rates",
    "prepare_cost_rate",
    "store_cost_rate",
    "update_cost_rate",
]

#: The kinds this table holds: every planned cost but the per diem (its own table) and "other" (the clerk's).
TABLE_KINDS: tuple[CostKind, ...] = tuple(k for k in CostKind if k not in (CostKind.PER_DIEM, CostKind.OTHER))


@dataclass
class CostRateData:
    kind: CostKind | str
    amount: Decimal | str
    currency: str
    valid_from: date
    source: str | None
    country_code: str | None = None  # None: any destination
    grade: Grade | str | None = None  # None: any grade
    travel_class: TravelClass | str | None = None  # air fares only

    def check(self, c: Checker) -> None:
        kind = c.enum("kind", self.kind, CostKind)
        if kind is not None and kind not in TABLE_KINDS:
            c.add(
                "kind",
                "per-diem rates are kept in the per-diem table; this table holds the other costs",
                "tarif uang harian disimpan di tabel uang harian; tabel ini memuat biaya lainnya",
            )
        c.enum("grade", self.grade, Grade, required=False)
        c.enum("travel_class", self.travel_class, TravelClass, required=False)
        if self.travel_class not in (None, "") and kind is not None and kind is not CostKind.AIR_FARE:
            c.add("travel_class", "only an air fare has a class", "hanya tiket pesawat yang memiliki kelas")
        if not is_known_currency(self.currency or ""):
            c.add(
                "currency",
                f"'{self.currency}' is not an ISO 4217 currency code",
                f"'{self.currency}' bukan kode mata uang ISO 4217",
            )
        c.required("valid_from", self.valid_from)
        c.required("source", self.source)


@dataclass(frozen=True)
class CostRateView:
    id: int
    gid: str
    kind: CostKind
    country_code: str | None
    country_name_id: str | None
    country_name_en: str | None
    grade: str | None
    travel_class: str | None
    amount: Decimal
    currency: str
    amount_minor: int
    valid_from: date
    source: str
    row_version: int = 0  # the version loaded; hand the view back to update_cost_rate(loaded=...)

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)

    def to_data(self) -> CostRateData:
        return CostRateData(
            kind=self.kind,
            amount=self.amount,
            currency=self.currency,
            valid_from=self.valid_from,
            source=self.source,
            country_code=self.country_code,
            grade=self.grade,
            travel_class=self.travel_class,
        )


def _view(session: Session, rate: TravelCostRate) -> CostRateView:
    country = session.get(Country, rate.country_code) if rate.country_code else None
    return CostRateView(
        id=rate.id,
        gid=rate.gid,
        kind=rate.kind,
        country_code=rate.country_code,
        country_name_id=country.name_id if country else None,
        country_name_en=country.name_en if country else None,
        grade=rate.grade,
        travel_class=rate.travel_class,
        amount=Money.from_minor(rate.amount_minor, rate.currency).amount,
        currency=rate.currency,
        amount_minor=rate.amount_minor,
        valid_from=rate.valid_from,
        source=rate.source,
        row_version=rate.row_version,
    )


def _describe(kind: CostKind, country: str | None, grade: str | None) -> tuple[str, str]:
    english, indonesian = COST_KIND_LABELS[kind][1].lower(), COST_KIND_LABELS[kind][0].lower()
    where_en = f"for {country}" if country else "for any country"
    where_id = f"untuk {country}" if country else "untuk semua negara"
    whom_en = f"grade {grade}" if grade else "any grade"
    whom_id = f"golongan {grade}" if grade else "semua golongan"
    return f"a {english} rate {where_en}, {whom_en}", f"tarif {indonesian} {where_id}, {whom_id}"


def _duplicate_problem(kind: CostKind, country: str | None, grade: str | None, valid_from: date) -> Problem:
    what_en, what_id = _describe(kind, country, grade)
    return Problem(
        "valid_from",
        f"there is already {what_en}, valid from {clerk_date(valid_from, 'en')}; change that rate or choose another "
        "date",
        f"sudah ada {what_id} yang berlaku mulai {clerk_date(valid_from, 'id')}; ubah tarif tersebut atau pilih "
        "tanggal lain",
    )


def prepare_cost_rate(session: Session, data: CostRateData, exclude_id: int | None) -> int:
    """Validate a rate (every bad field named at once); return its amount in minor units of its currency."""
    data.country_code = (data.country_code or "").strip().upper() or None
    data.currency = (data.currency or "").strip().upper()
    data.source = clean(data.source)
    data.grade = (str(data.grade).strip().upper() or None) if data.grade not in (None, "") else None
    data.travel_class = data.travel_class or None
    problems: list[Problem] = []
    try:
        amount: Decimal | None = parse_amount(data.amount, "amount", allow_negative=True)
    except ValidationError as exc:
        problems.extend(exc.problems)
        amount = None
    checker = Checker()
    data.check(checker)
    reported = {p.field for p in problems}
    problems += [p for p in checker.problems if p.field not in reported]
    if amount is not None and amount < 0 and "amount" not in reported:
        # zero is a rate (a visa the country waives); a negative amount is not
        problems.append(Problem("amount", "cannot be negative", "tidak boleh negatif"))
    if data.country_code is not None:
        country = country_problem(session, data.country_code)
        if country is not None:
            problems.append(country)
    too_long = source_problem(data.source)
    if too_long is not None:
        problems.append(too_long)
    minor = None
    if amount is not None and amount >= 0 and is_known_currency(data.currency):
        minor, decimals = amount_in_minor(amount, data.currency)
        if decimals is not None:
            problems.append(decimals)
    if not problems and data.valid_from is not None:
        kind = CostKind(data.kind)
        query = select(TravelCostRate.id).where(
            TravelCostRate.kind == kind,
            TravelCostRate.country_code.is_(None)
            if data.country_code is None
            else TravelCostRate.country_code == data.country_code,
            TravelCostRate.grade.is_(None) if data.grade is None else TravelCostRate.grade == data.grade,
            TravelCostRate.valid_from == data.valid_from,
        )
        if exclude_id is not None:
            query = query.where(TravelCostRate.id != exclude_id)
        if session.scalar(query.limit(1)) is not None:
            problems.append(_duplicate_problem(kind, data.country_code, data.grade, data.valid_from))
    if problems:
        raise ValidationError(problems)
    assert minor is not None
    return minor


def store_cost_rate(session: Session, rate: TravelCostRate, data: CostRateData, minor: int) -> None:
    grade = Grade(data.grade) if data.grade else None
    values = {
        "kind": CostKind(data.kind),
        "country_code": data.country_code,
        "grade": grade,
        "travel_class": TravelClass(data.travel_class) if data.travel_class else None,
        "amount_minor": minor,
        "currency": data.currency,
        "valid_from": data.valid_from,
        "source": data.source,
    }
    store_changed(
        session,
        rate,
        values,
        lambda: _duplicate_problem(CostKind(data.kind), data.country_code, grade, data.valid_from),
    )


def create_cost_rate(ctx: ServiceContext, data: CostRateData) -> int:
    with writing(ctx) as session:
        minor = prepare_cost_rate(session, data, None)
        rate = TravelCostRate()
        store_cost_rate(session, rate, data, minor)
        return rate.id


def _conflict_record(rate: TravelCostRate, current: CostRateView) -> Bilingual:
    english, indonesian = _describe(current.kind, current.country_code, current.grade)
    return Bilingual(
        f"the travel-cost rate {english} of {clerk_date(rate.valid_from, 'en')}",
        f"tarif biaya perjalanan {indonesian} {clerk_date(rate.valid_from, 'id')}",
    )


def update_cost_rate(
    ctx: ServiceContext, rate_id: int, data: CostRateData, *, loaded: CostRateView | None = None
) -> None:
    """Save a rate. ``loaded``: the view the editor showed; the fields another person changed since are
    refused when they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        rate = rate_to_save(
            session,
            TravelCostRate,
            rate_id,
            ("travel-cost rate", "tarif biaya perjalanan"),
            loaded=loaded,
            data=data,
            view=_view,
            record=_conflict_record,
        )
        minor = prepare_cost_rate(session, data, rate_id)
        store_cost_rate(session, rate, data, minor)


def delete_cost_rate(ctx: ServiceContext, rate_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, TravelCostRate, rate_id, "travel-cost rate", "tarif biaya perjalanan"))


def get_cost_rate(ctx: ServiceContext, rate_id: int) -> CostRateView:
    with reading(ctx) as session:
        return _view(session, fetch(session, TravelCostRate, rate_id, "travel-cost rate", "tarif biaya perjalanan"))


def list_cost_rates(
    ctx: ServiceContext, *, kind: CostKind | str | None = None, country_code: str | None = None
) -> list[CostRateView]:
    """The table by kind (in the RAB's order), country (any country first), grade and date (newest first)."""
    query = select(TravelCostRate)
    if kind:
        query = query.where(TravelCostRate.kind == CostKind(kind))
    if country_code:
        query = query.where(TravelCostRate.country_code == country_code.strip().upper())
    order = {k: index for index, k in enumerate(CostKind)}
    with reading(ctx) as session:
        rows = list(session.scalars(query))
        rows.sort(
            key=lambda r: (
                order[r.kind],
                r.country_code or "",
                r.grade or "",
                -r.valid_from.toordinal(),
                r.id,
            )
        )
        return [_view(session, row) for row in rows]


def find_cost_rate(
    session: Session, kind: CostKind, country_code: str, grade: str | None, on: date, mission_code: str | None = None
) -> CostRateView | None:
    """The most specific rate of ``kind`` in force on ``on`` for a trip to ``country_code`` at ``grade``."""
    countries = [c for c in (country_code, mission_code) if c]
    query = select(TravelCostRate).where(
        TravelCostRate.kind == kind,
        TravelCostRate.valid_from <= on,
        or_(TravelCostRate.country_code.is_(None), TravelCostRate.country_code.in_(countries)),
        or_(TravelCostRate.grade.is_(None), TravelCostRate.grade == grade) if grade else TravelCostRate.grade.is_(None),
    )
    rows = list(session.scalars(query))
    if not rows:
        return None

    def rank(row: TravelCostRate) -> tuple[int, int, int]:
        place = 0 if row.country_code == country_code else (1 if row.country_code is not None else 2)
        return (place, 0 if row.grade else 1, -row.valid_from.toordinal())

    return _view(session, min(rows, key=rank))


def class_label(value: str | None, language: str = "id") -> str | None:
    """'Bisnis' / 'Business' for a stored class."""
    return label(TravelClass(value), "id" if language == "id" else "en") if value else None
