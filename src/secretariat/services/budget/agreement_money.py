"""What each agreement cost and brought in over a period, in rupiah: spending realised, grants received.

For the impact scorecard and the annual report (issue 16), and anything else
that asks "what money moved under this agreement between these dates". The
money of a budget line linked to an agreement counts for that agreement, by
the date of each transaction (not by fiscal year), corrections of closed
years included on their own dates. The line's side, from the chart of
accounts, decides what the money is:

* spending lines (group 5): spending realised;
* financing lines (group 6): financing realised, kept apart;
* revenue lines (group 4, grants): received in cash and received in kind, apart.

Everything is summed by the database over the stored rupiah of each
transaction (``idr_amount``); nothing adds spending and revenue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from secretariat.domain.enums import BudgetSide
from secretariat.domain.errors import Problem, ValidationError
from secretariat.services.budget.lines import IN_KIND_IDR, TOTAL_IDR
from secretariat.services.budget.sides import sides_of
from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import BudgetLine, Transaction

__all__ = ["AccountMoney", "AgreementMoney", "agreement_money", "agreements_money"]


@dataclass(frozen=True)
class AccountMoney:
    """The money of one account code under an agreement in the period."""

    account_code: str
    side: BudgetSide
    total_idr: int  # spent (spending, financing) or received (revenue)
    in_kind_idr: int = 0  # of which received in kind (revenue only)


@dataclass(frozen=True)
class AgreementMoney:
    """What an agreement's budget lines moved in the period, in whole rupiah; each side on its own."""

    agreement_id: int
    start: date
    end: date
    spending_idr: int = 0
    financing_idr: int = 0
    grants_cash_idr: int = 0
    grants_in_kind_idr: int = 0
    transactions: int = 0
    by_account: tuple[AccountMoney, ...] = field(default_factory=tuple)  # account codes in text order

    @property
    def grants_idr(self) -> int:
        """Grants received, cash and in kind together (both revenue)."""
        return self.grants_cash_idr + self.grants_in_kind_idr


def _check_period(start: date, end: date) -> None:
    if start is None or end is None or start > end:
        raise ValidationError(
            [
                Problem(
                    "period",
                    f"the period must start on or before its end ({start} to {end})",
                    f"periode harus dimulai paling lambat pada akhirnya ({start} sampai {end})",
                )
            ]
        )


def agreements_money(
    ctx: ServiceContext, start: date, end: date, agreement_ids: Iterable[int] | None = None
) -> dict[int, AgreementMoney]:
    """The money of every agreement (or of ``agreement_ids``) between ``start`` and ``end`` (both included).

    An agreement asked for that moved no money in the period comes back with zeros; with ``agreement_ids``
    None only the agreements that moved money are returned. One query, whatever the number of agreements.
    """
    _check_period(start, end)
    wanted = None if agreement_ids is None else sorted(set(agreement_ids))
    counted = (
        select(BudgetLine.agreement_id, BudgetLine.account_code, TOTAL_IDR, IN_KIND_IDR, func.count(Transaction.id))
        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
        .where(
            BudgetLine.agreement_id.is_not(None),
            Transaction.occurred_on >= start,
            Transaction.occurred_on <= end,
        )
        .group_by(BudgetLine.agreement_id, BudgetLine.account_code)
    )
    if wanted is not None:
        counted = counted.where(BudgetLine.agreement_id.in_(wanted))
    with reading(ctx) as session:
        rows = session.execute(counted).all()
        sides = sides_of(session, {row[1] for row in rows})
    counts: dict[int, int] = {}
    parts: dict[int, list[AccountMoney]] = {}
    for agreement_id, code, total, in_kind, count in rows:
        counts[agreement_id] = counts.get(agreement_id, 0) + int(count)
        side = sides[code]
        parts.setdefault(agreement_id, []).append(
            AccountMoney(code, side, int(total), int(in_kind) if side is BudgetSide.REVENUE else 0)
        )
    result: dict[int, AgreementMoney] = {}
    for agreement_id in wanted if wanted is not None else sorted(parts):
        accounts = sorted(parts.get(agreement_id, []), key=lambda a: a.account_code)
        spending = sum(a.total_idr for a in accounts if a.side is BudgetSide.SPENDING)
        financing = sum(a.total_idr for a in accounts if a.side is BudgetSide.FINANCING)
        in_kind = sum(a.in_kind_idr for a in accounts if a.side is BudgetSide.REVENUE)
        received = sum(a.total_idr for a in accounts if a.side is BudgetSide.REVENUE)
        result[agreement_id] = AgreementMoney(
            agreement_id=agreement_id,
            start=start,
            end=end,
            spending_idr=spending,
            financing_idr=financing,
            grants_cash_idr=received - in_kind,
            grants_in_kind_idr=in_kind,
            transactions=counts.get(agreement_id, 0),
            by_account=tuple(accounts),
        )
    return result


def agreement_money(ctx: ServiceContext, agreement_id: int, start: date, end: date) -> AgreementMoney:
    """The money one agreement's budget lines moved between ``start`` and ``end`` (both included)."""
    return agreements_money(ctx, start, end, [agreement_id])[agreement_id]
