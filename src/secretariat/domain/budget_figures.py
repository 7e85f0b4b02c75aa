"""Revenue and spending apart: the figures of a budget line, an agreement, an account or a year.

An APBD budget holds three kinds of money that are never added to one another
(docs/money.md, "Revenue and spending are two things"):

* **spending** (belanja, account group 5): a ceiling (pagu), what was realised,
  what remains and the percentage realised;
* **revenue** (pendapatan, group 4; here foreign grants, hibah): a target, what
  was received in cash and in kind, and the percentage received;
* **financing** (pembiayaan, group 6): kept like spending, in a total of its own.

Which of the three a budget line holds is decided by its account in the
office's chart of accounts (``account.side``); :func:`resolve_side` reads it,
walking up the dotted code (5.1.02.04 -> 5.1.02 -> 5.1) when the exact code is
not in the chart. Only where neither the code nor any of its parents is in the
chart does the first segment decide, by the national classification
:data:`DEFAULT_GROUPS` (Permendagri 90/2019: 4 pendapatan, 5 belanja, 6
pembiayaan); the same table suggests the group of a new account and filled the
group of accounts recorded before schema 0007.

Every amount is whole rupiah (the sum of each transaction's rounded rupiah
equivalent); percentages are rounded half up to two decimals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from secretariat.domain.enums import BudgetSide

__all__ = [
    "DEFAULT_GROUPS",
    "BudgetFigures",
    "RevenueFigures",
    "SpendingFigures",
    "default_side",
    "parent_codes",
    "percent",
    "resolve_side",
]

#: The national classification of APBD account groups by the first segment of the code.
DEFAULT_GROUPS: dict[str, BudgetSide] = {
    "4": BudgetSide.REVENUE,
    "5": BudgetSide.SPENDING,
    "6": BudgetSide.FINANCING,
}
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def default_side(code: str) -> BudgetSide | None:
    """The group the national classification gives ``code`` by its first segment; None when it names none."""
    return DEFAULT_GROUPS.get((code or "").strip().split(".", 1)[0])


def parent_codes(code: str) -> list[str]:
    """The dotted parents of ``code``, nearest first: 5.1.02.04 -> [5.1.02, 5.1, 5]."""
    parts = (code or "").strip().split(".")
    return [".".join(parts[:end]) for end in range(len(parts) - 1, 0, -1)]


def resolve_side(code: str, chart: Mapping[str, BudgetSide]) -> BudgetSide:
    """The side of a line with account ``code``: the chart's account, else its nearest parent in the chart,
    else the national classification, else spending (a code of no known group holds spending)."""
    code = (code or "").strip()
    found = chart.get(code)
    if found is not None:
        return found
    for parent in parent_codes(code):
        found = chart.get(parent)
        if found is not None:
            return found
    return default_side(code) or BudgetSide.SPENDING


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` as a percentage of ``whole``, two decimals rounded half up; None when ``whole`` is 0."""
    if whole == 0:
        return None
    with localcontext() as context:
        context.prec = 100
        return (Decimal(part) * _HUNDRED / Decimal(whole)).quantize(_CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SpendingFigures:
    """Spending (or financing): the ceiling (pagu) and what was realised, in whole rupiah."""

    planned_idr: int = 0
    realised_idr: int = 0

    @property
    def remaining_idr(self) -> int:
        return self.planned_idr - self.realised_idr

    @property
    def percent_realised(self) -> Decimal | None:
        return percent(self.realised_idr, self.planned_idr)

    @property
    def over_plan(self) -> bool:
        return self.realised_idr > self.planned_idr

    @property
    def is_empty(self) -> bool:
        return self.planned_idr == 0 and self.realised_idr == 0

    def __add__(self, other: SpendingFigures) -> SpendingFigures:
        return SpendingFigures(self.planned_idr + other.planned_idr, self.realised_idr + other.realised_idr)


@dataclass(frozen=True)
class RevenueFigures:
    """Revenue (grants): the target and what was received, cash and in kind apart, in whole rupiah."""

    target_idr: int = 0
    cash_idr: int = 0
    in_kind_idr: int = 0

    @property
    def received_idr(self) -> int:
        return self.cash_idr + self.in_kind_idr

    @property
    def percent_received(self) -> Decimal | None:
        return percent(self.received_idr, self.target_idr)

    @property
    def is_empty(self) -> bool:
        return self.target_idr == 0 and self.received_idr == 0

    def __add__(self, other: RevenueFigures) -> RevenueFigures:
        return RevenueFigures(
            self.target_idr + other.target_idr,
            self.cash_idr + other.cash_idr,
            self.in_kind_idr + other.in_kind_idr,
        )


@dataclass(frozen=True)
class BudgetFigures:
    """The figures of a line, an agreement, an account code or a year: each side in its own total."""

    spending: SpendingFigures = SpendingFigures()
    revenue: RevenueFigures = RevenueFigures()
    financing: SpendingFigures = SpendingFigures()

    def __add__(self, other: BudgetFigures) -> BudgetFigures:
        return BudgetFigures(
            self.spending + other.spending, self.revenue + other.revenue, self.financing + other.financing
        )

    @property
    def over_plan(self) -> bool:
        """Spending or financing realised over its ceiling (revenue above target is no fault)."""
        return self.spending.over_plan or self.financing.over_plan

    @staticmethod
    def of_line(side: BudgetSide, planned_idr: int, total_idr: int, in_kind_idr: int = 0) -> BudgetFigures:
        """The figures of one line of ``side``: its plan and the rupiah of its transactions (``in_kind_idr`` of
        them in kind, counted apart on a revenue line)."""
        if side is BudgetSide.REVENUE:
            return BudgetFigures(revenue=RevenueFigures(planned_idr, total_idr - in_kind_idr, in_kind_idr))
        figures = SpendingFigures(planned_idr, total_idr)
        if side is BudgetSide.FINANCING:
            return BudgetFigures(financing=figures)
        return BudgetFigures(spending=figures)
