"""What each agreement spent and received over a period (for the impact scorecard and the annual report).

A hand-computed dataset: two agreements, lines of spending and of grants (revenue) in two fiscal years, four
currencies, a transaction outside the period; on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from secretariat.domain.enums import BudgetSide
from secretariat.domain.errors import ValidationError
from secretariat.domain.records import AgreementData, BudgetLineData, PartnerData, TransactionData
from secretariat.services.agreements.records import create_agreement
from secretariat.services.budget.agreement_money import AccountMoney, agreement_money, agreements_money
from secretariat.services.budget.lines import add_transaction, create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner

TRAVEL = "5.1.02.04.02.0001"
HOSTING = "5.1.02.01.01.0052"
GRANTS = "4.3.01.01.01.0001"


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _line(ctx: ServiceContext, year: int, code: str, agreement: int | None) -> int:
    return create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=year,
            account_code=code,
            description=f"Baris {code} {year}",
            planned_idr=Decimal(500_000_000),
            agreement_id=agreement,
        ),
    )


def _pay(
    ctx: ServiceContext, line: int, on: date, amount: str, currency: str, rate: str | None, **extra: object
) -> None:
    add_transaction(
        ctx,
        TransactionData(
            budget_line_id=line,
            occurred_on=on,
            kind=str(extra.pop("kind", "realisation")),
            amount=Decimal(amount),
            currency=currency,
            rate_to_idr=Decimal(rate) if rate else None,
            **extra,  # type: ignore[arg-type]
        ),
    )


def test_spending_and_grants_per_agreement_and_period(ctx: ServiceContext) -> None:
    partner = create_partner(ctx, PartnerData(code="JICA", name="JICA", kind="state_institution", country_code="JP"))
    mou = create_agreement(
        ctx, AgreementData(title_id="MoU", title_en="MoU", kind="ksdll", instrument="mou", partner_ids=[partner])
    )
    pks = create_agreement(
        ctx,
        AgreementData(title_id="PKS", title_en="PKS", kind="ksdll", instrument="arrangement", partner_ids=[partner]),
    )
    idle = create_agreement(
        ctx, AgreementData(title_id="LoI", title_en="LoI", kind="ksdll", instrument="loi", partner_ids=[partner])
    )
    travel_2025 = _line(ctx, 2025, TRAVEL, mou)
    travel_2026 = _line(ctx, 2026, TRAVEL, mou)
    hosting = _line(ctx, 2026, HOSTING, mou)
    grant_mou = _line(ctx, 2026, GRANTS, mou)
    grant_pks = _line(ctx, 2026, GRANTS, pks)
    unlinked = _line(ctx, 2026, TRAVEL, None)
    _pay(ctx, travel_2025, date(2025, 11, 30), "1000.00", "USD", "15900")  # 15,900,000 (before the period)
    _pay(ctx, travel_2025, date(2025, 12, 20), "2500.00", "USD", "15950.50")  # 39,876,250
    _pay(ctx, travel_2026, date(2026, 3, 2), "300000", "JPY", "104.37")  # 31,311,000
    _pay(ctx, hosting, date(2026, 4, 1), "12345678", "IDR", None)  # 12,345,678
    _pay(ctx, grant_mou, date(2026, 5, 5), "8000.00", "EUR", "17250.25", kind="grant", donor_partner_id=partner)
    # 138,002,000 cash
    _pay(
        ctx,
        grant_mou,
        date(2026, 6, 6),
        "10000000",
        "JPY",
        "104.375",
        kind="grant",
        donor_partner_id=partner,
        form="in_kind",
    )  # 1,043,750,000 in kind
    _pay(ctx, grant_pks, date(2026, 7, 7), "0.03", "USD", "150", kind="grant", donor_partner_id=partner)  # 4.5 -> 5
    _pay(ctx, unlinked, date(2026, 3, 3), "999999", "IDR", None)  # no agreement: counted nowhere
    _pay(ctx, travel_2026, date(2026, 12, 31), "1", "IDR", None)  # after the period

    money = agreements_money(ctx, date(2025, 12, 1), date(2026, 12, 30))
    assert set(money) == {mou, pks}  # only the agreements that moved money, when none are named
    m = money[mou]
    assert m.spending_idr == 39_876_250 + 31_311_000 + 12_345_678
    assert (m.grants_cash_idr, m.grants_in_kind_idr, m.grants_idr) == (138_002_000, 1_043_750_000, 1_181_752_000)
    assert m.financing_idr == 0 and m.transactions == 5
    assert m.by_account == (
        AccountMoney(GRANTS, BudgetSide.REVENUE, 1_181_752_000, 1_043_750_000),
        AccountMoney(HOSTING, BudgetSide.SPENDING, 12_345_678, 0),
        AccountMoney(TRAVEL, BudgetSide.SPENDING, 39_876_250 + 31_311_000, 0),
    )
    assert (money[pks].spending_idr, money[pks].grants_cash_idr, money[pks].transactions) == (0, 5, 1)
    # named agreements come back even without money; one agreement alone gives the same figures
    named = agreements_money(ctx, date(2025, 12, 1), date(2026, 12, 30), [idle, mou])
    assert list(named) == sorted([idle, mou]) and named[idle].spending_idr == 0 == named[idle].grants_idr
    assert agreement_money(ctx, mou, date(2025, 12, 1), date(2026, 12, 30)) == m
    # both ends of the period count
    assert agreement_money(ctx, mou, date(2025, 11, 30), date(2025, 11, 30)).spending_idr == 15_900_000
    with pytest.raises(ValidationError):
        agreements_money(ctx, date(2026, 2, 1), date(2026, 1, 1))
