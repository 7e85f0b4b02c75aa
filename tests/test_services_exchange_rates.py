"""The exchange-rate table: one exact rate per currency and date, looked up by date. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import BudgetLineData, TransactionData
from secretariat.services.budget.exchange_rates import (
    RateData,
    create_rate,
    currencies,
    delete_rate,
    get_rate,
    list_rates,
    rate_on,
    update_rate,
)
from secretariat.services.budget.lines import add_transaction, create_budget_line, get_transaction
from secretariat.services.context import ServiceContext, open_context

FRIDAY = date(2026, 5, 1)
MONDAY = date(2026, 5, 4)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def test_a_rate_is_kept_exactly(ctx: ServiceContext) -> None:
    rate_id = create_rate(
        ctx, RateData(currency=" usd ", on=FRIDAY, rate="16345.123456789", source=" Bank Indonesia JISDOR ")
    )
    view = get_rate(ctx, rate_id)
    assert (view.currency, view.on, view.rate, view.source) == (
        "USD",
        FRIDAY,
        Decimal("16345.123456789"),
        "Bank Indonesia JISDOR",
    )
    assert isinstance(view.rate, Decimal)
    tiny = get_rate(ctx, create_rate(ctx, RateData(currency="KRW", on=FRIDAY, rate=Decimal("11.73250001"))))
    assert tiny.rate == Decimal("11.73250001")


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (RateData(currency="USD", on=FRIDAY, rate="0"), {"rate"}),
        (RateData(currency="USD", on=FRIDAY, rate="-16000"), {"rate"}),
        (RateData(currency="USD", on=FRIDAY, rate="16.000,5"), {"rate"}),
        (RateData(currency="USD", on=FRIDAY, rate="1" * 49), {"rate"}),
        (RateData(currency="IDR", on=FRIDAY, rate="1"), {"currency"}),
        (RateData(currency="XYZ", on=FRIDAY, rate="1"), {"currency"}),
        (RateData(currency="", on=None, rate=""), {"currency", "on", "rate"}),  # type: ignore[arg-type]
        (RateData(currency="EUR", on=FRIDAY, rate="17000", source="x" * 301), {"source"}),
    ],
)
def test_bad_rates_are_refused_naming_the_field(ctx: ServiceContext, data: RateData, fields: set[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        create_rate(ctx, data)
    assert caught.value.fields == fields
    assert list_rates(ctx) == []


def test_one_rate_per_currency_and_date(ctx: ServiceContext) -> None:
    first = create_rate(ctx, RateData(currency="USD", on=FRIDAY, rate="16000"))
    create_rate(ctx, RateData(currency="EUR", on=FRIDAY, rate="17000"))  # another currency, same day
    with pytest.raises(ValidationError, match="already has a USD rate for 1 May 2026"):
        create_rate(ctx, RateData(currency="usd", on=FRIDAY, rate="16100"))
    second = create_rate(ctx, RateData(currency="USD", on=MONDAY, rate="16100"))
    with pytest.raises(ValidationError) as caught:
        update_rate(ctx, second, RateData(currency="USD", on=FRIDAY, rate="16100"))
    assert caught.value.fields == {"on"}
    update_rate(ctx, first, RateData(currency="USD", on=FRIDAY, rate="16050.25", source="JISDOR"))
    assert get_rate(ctx, first).rate == Decimal("16050.25")
    assert [(r.currency, r.on) for r in list_rates(ctx)] == [("USD", MONDAY), ("EUR", FRIDAY), ("USD", FRIDAY)]
    assert [r.on for r in list_rates(ctx, currency="usd", end=FRIDAY)] == [FRIDAY]
    assert currencies(ctx) == [("EUR", 1), ("USD", 2)]
    delete_rate(ctx, second)
    with pytest.raises(NotFoundError):
        get_rate(ctx, second)


def test_the_rate_of_a_date_is_that_days_or_the_latest_of_the_week_before(ctx: ServiceContext) -> None:
    create_rate(ctx, RateData(currency="EUR", on=date(2026, 4, 30), rate="17100"))
    create_rate(ctx, RateData(currency="EUR", on=FRIDAY, rate="17250.25", source="BI JISDOR"))
    quote = rate_on(ctx, "eur", MONDAY)
    assert quote is not None
    assert (quote.on, quote.rate, quote.source, quote.days_old) == (FRIDAY, Decimal("17250.25"), "BI JISDOR", 3)
    assert rate_on(ctx, "EUR", date(2026, 4, 30)).rate == Decimal(17100)
    assert rate_on(ctx, "EUR", date(2026, 5, 8)).on == FRIDAY  # seven days later: still used
    assert rate_on(ctx, "EUR", date(2026, 5, 9)) is None  # eight days: too old
    assert rate_on(ctx, "EUR", date(2026, 4, 29)) is None  # nothing before
    assert rate_on(ctx, "USD", MONDAY) is None


def test_transactions_keep_the_rate_they_took_when_the_table_changes(ctx: ServiceContext) -> None:
    rate_id = create_rate(ctx, RateData(currency="USD", on=FRIDAY, rate="16000"))
    line_id = create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026, account_code="5.1.02.04.02.0001", description="Perjalanan", planned_idr=Decimal(10**9)
        ),
    )
    tx_id = add_transaction(
        ctx,
        TransactionData(
            budget_line_id=line_id, occurred_on=MONDAY, kind="realisation", amount=Decimal("100.00"), currency="USD"
        ),
    )
    update_rate(ctx, rate_id, RateData(currency="USD", on=FRIDAY, rate="17000"))
    delete_rate(ctx, rate_id)
    tx = get_transaction(ctx, tx_id)
    assert (tx.rate_to_idr, tx.idr_amount) == (Decimal(16000), 1_600_000)
