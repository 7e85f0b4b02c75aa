"""The office's exchange-rate table: rupiah per one unit of a foreign currency on a date.

One rate per currency and date (e.g. Bank Indonesia's JISDOR or the
ministry's rate of the day), kept as exact decimal text, never a float. A
foreign-currency transaction entered without a rate takes the table's rate of
its date, or the latest of the :data:`~secretariat.services.budget.lines.RATE_LOOKBACK_DAYS`
days before (:func:`rate_on`); the rate used is copied onto the transaction,
so editing or deleting a rate here never changes a transaction already
recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.money import IDR, is_known_currency, parse_amount
from secretariat.domain.validation import Checker, clean
from secretariat.services.budget.lines import RATE_LOOKBACK_DAYS, RATE_TEXT_LENGTH
from secretariat.services.common import fetch
from secretariat.services.conflicts import check_version, fetch_current, record_values
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import Action, require
from secretariat.storage.models import ExchangeRate

SOURCE_LENGTH = 300

__all__ = [
    "RateData",
    "RateQuote",
    "RateView",
    "create_rate",
    "currencies",
    "delete_rate",
    "get_rate",
    "list_rates",
    "rate_on",
    "update_rate",
]


@dataclass
class RateData:
    currency: str
    on: date
    rate: Decimal | str
    source: str | None = None

    def check(self, c: Checker) -> None:
        currency = (self.currency or "").strip().upper()
        if c.required("currency", currency):
            if not is_known_currency(currency):
                c.add(
                    "currency",
                    f"'{self.currency}' is not a currency code (e.g. IDR, USD, EUR, JPY)",
                    f"'{self.currency}' bukan kode mata uang (mis. IDR, USD, EUR, JPY)",
                )
            elif currency == IDR:
                c.add(
                    "currency",
                    "the table holds foreign currencies; rupiah has no rate",
                    "tabel hanya untuk mata uang asing; rupiah tidak memakai kurs",
                )
        c.required("on", self.on)
        c.max_length("source", clean(self.source), SOURCE_LENGTH)


@dataclass(frozen=True)
class RateView:
    id: int
    gid: str
    currency: str
    on: date
    rate: Decimal
    source: str | None
    row_version: int = 0  # the version loaded; hand the view back to update_rate(loaded=...)

    def to_data(self) -> RateData:
        return RateData(currency=self.currency, on=self.on, rate=self.rate, source=self.source)


@dataclass(frozen=True)
class RateQuote:
    """The rate a transaction of ``wanted_on`` takes: quoted on ``on`` (the same day or up to a week before)."""

    currency: str
    wanted_on: date
    on: date
    rate: Decimal
    source: str | None

    @property
    def days_old(self) -> int:
        return (self.wanted_on - self.on).days


def _view(row: ExchangeRate) -> RateView:
    return RateView(
        id=row.id,
        gid=row.gid,
        currency=row.currency,
        on=row.on,
        rate=row.rate,
        source=row.source,
        row_version=row.row_version,
    )


def _prepared(data: RateData) -> tuple[str, date, Decimal, str | None]:
    """Validate; the clean currency, date, exact rate and source. One ValidationError names every field."""
    problems: list[Problem] = []
    rate: Decimal | None = None
    try:
        rate = parse_amount(data.rate, "rate", allow_negative=True)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if rate is not None:
        if rate <= 0:
            problems.append(Problem("rate", "must be greater than zero", "harus lebih dari nol"))
        elif len(format(rate, "f")) > RATE_TEXT_LENGTH:
            problems.append(
                Problem(
                    "rate",
                    f"has too many digits (at most {RATE_TEXT_LENGTH})",
                    f"terlalu banyak digit (paling banyak {RATE_TEXT_LENGTH})",
                )
            )
    checker = Checker()
    data.check(checker)
    problems += checker.problems
    if problems:
        raise ValidationError(problems)
    assert rate is not None
    return data.currency.strip().upper(), data.on, rate, clean(data.source)


def _refuse_duplicate(session: Session, currency: str, on: date, exclude_id: int | None) -> None:
    query = select(ExchangeRate.id).where(ExchangeRate.currency == currency, ExchangeRate.on == on)
    if exclude_id is not None:
        query = query.where(ExchangeRate.id != exclude_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            [
                Problem(
                    "on",
                    f"the table already has a {currency} rate for {clerk_date(on, 'en')}; change that one instead",
                    f"tabel sudah memiliki kurs {currency} untuk {clerk_date(on, 'id')}; ubah kurs itu saja",
                )
            ]
        )


def create_rate(ctx: ServiceContext, data: RateData) -> int:
    currency, on, rate, source = _prepared(data)
    with writing(ctx) as session:
        require(session, ctx, Action.EXCHANGE_RATES, "add an exchange rate", "menambah kurs")
        _refuse_duplicate(session, currency, on, None)
        row = ExchangeRate(currency=currency, on=on, rate=rate, source=source)
        session.add(row)
        session.flush()
        return row.id


def update_rate(ctx: ServiceContext, rate_id: int, data: RateData, *, loaded: RateView | None = None) -> None:
    """Change a rate of the table; transactions recorded with the old rate keep it.
    ``loaded``: the view the clerk edited (EditConflict when another person changed a field since)."""
    currency, on, rate, source = _prepared(data)
    with writing(ctx) as session:
        require(session, ctx, Action.EXCHANGE_RATES, "change an exchange rate", "mengubah kurs")
        row = fetch(session, ExchangeRate, rate_id, "exchange rate", "kurs")
        if loaded is not None:
            row = fetch_current(session, ExchangeRate, rate_id, "exchange rate", "kurs")
            current = _view(row)
            mine = RateData(currency=currency, on=on, rate=rate, source=source)
            check_version(
                session,
                row,
                loaded.row_version,
                record=Bilingual(
                    f"the {row.currency} rate of {clerk_date(row.on, 'en')}",
                    f"kurs {row.currency} {clerk_date(row.on, 'id')}",
                ),
                values=lambda: record_values(loaded.to_data(), current.to_data(), mine),
                current=lambda: current,
            )
        _refuse_duplicate(session, currency, on, rate_id)
        for name, value in (("currency", currency), ("on", on), ("rate", rate), ("source", source)):
            if getattr(row, name) != value:
                setattr(row, name, value)


def delete_rate(ctx: ServiceContext, rate_id: int) -> None:
    """Remove a rate; transactions keep the rate they were recorded with."""
    with writing(ctx) as session:
        require(session, ctx, Action.EXCHANGE_RATES, "delete an exchange rate", "menghapus kurs")
        session.delete(fetch(session, ExchangeRate, rate_id, "exchange rate", "kurs"))


def get_rate(ctx: ServiceContext, rate_id: int) -> RateView:
    with reading(ctx) as session:
        return _view(fetch(session, ExchangeRate, rate_id, "exchange rate", "kurs"))


def list_rates(
    ctx: ServiceContext,
    *,
    currency: str | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int | None = None,
) -> list[RateView]:
    """Rates newest first (then by currency), optionally of one currency and between two dates (inclusive)."""
    query = select(ExchangeRate).order_by(ExchangeRate.on.desc(), ExchangeRate.currency)
    if currency:
        query = query.where(ExchangeRate.currency == currency.strip().upper())
    if start is not None:
        query = query.where(ExchangeRate.on >= start)
    if end is not None:
        query = query.where(ExchangeRate.on <= end)
    if limit is not None:
        query = query.limit(limit)
    with reading(ctx) as session:
        return [_view(row) for row in session.scalars(query)]


def currencies(ctx: ServiceContext) -> list[tuple[str, int]]:
    """The currencies the table holds, each with its number of rates."""
    with reading(ctx) as session:
        rows = session.execute(
            select(ExchangeRate.currency, func.count()).group_by(ExchangeRate.currency).order_by(ExchangeRate.currency)
        )
        return [(code, int(count)) for code, count in rows]


def rate_on(ctx: ServiceContext, currency: str, on: date) -> RateQuote | None:
    """The rate a ``currency`` transaction dated ``on`` takes from the table, or None when there is none.

    The same rule as :func:`secretariat.services.budget.lines.table_rate`: the quote of that day or the latest
    of the week before it (none on weekends and holidays).
    """
    code = (currency or "").strip().upper()
    with reading(ctx) as session:
        row = session.scalars(
            select(ExchangeRate)
            .where(
                ExchangeRate.currency == code,
                ExchangeRate.on <= on,
                ExchangeRate.on >= on - timedelta(days=RATE_LOOKBACK_DAYS),
            )
            .order_by(ExchangeRate.on.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return RateQuote(currency=code, wanted_on=on, on=row.on, rate=row.rate, source=row.source)
