"""Which side of the budget a line's money is on, read from the office's chart of accounts.

The chart (``account.side``) says whether an account holds revenue, spending or
financing; a line's code that is not in the chart takes the side of its
nearest parent in the chart, else the national classification's group
(:func:`secretariat.domain.budget_figures.resolve_side`).

A line's transactions follow its side: a spending or financing line records
realisations, a revenue line records grants received (cash or in kind). The
services refuse a transaction of the other kind (:func:`kind_problem`), a line
moved to a code of the other side while it holds transactions, and a change
of the chart that would move lines with transactions to the other side
(:func:`refuse_side_conflicts`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from secretariat.domain.budget_figures import DEFAULT_GROUPS, resolve_side
from secretariat.domain.enums import BudgetSide, TransactionKind
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.labels import label
from secretariat.storage.models import Account, BudgetLine, Transaction

__all__ = [
    "KIND_OF_SIDE",
    "chart_sides",
    "kind_problem",
    "line_sides",
    "refuse_side_conflicts",
    "side_column",
    "side_of",
    "sides_of",
]

#: The kind of transaction each side records.
KIND_OF_SIDE: dict[BudgetSide, TransactionKind] = {
    BudgetSide.REVENUE: TransactionKind.GRANT,
    BudgetSide.SPENDING: TransactionKind.REALISATION,
    BudgetSide.FINANCING: TransactionKind.REALISATION,
}


def chart_sides(session: Session) -> dict[str, BudgetSide]:
    """Every account of the chart (open or closed) with its side."""
    return {code: BudgetSide(side) for code, side in session.execute(select(Account.code, Account.side))}


def sides_of(
    session: Session, codes: Iterable[str], chart: dict[str, BudgetSide] | None = None
) -> dict[str, BudgetSide]:
    """The side of each account code (see the module's notes)."""
    known = chart if chart is not None else chart_sides(session)
    return {code: resolve_side(code, known) for code in set(codes)}


def side_of(session: Session, code: str) -> BudgetSide:
    return sides_of(session, [code])[code]


def line_sides(session: Session, line_ids: Iterable[int]) -> dict[int, BudgetSide]:
    """The side of each budget line by id."""
    ids = list(line_ids)
    if not ids:
        return {}
    codes = dict(session.execute(select(BudgetLine.id, BudgetLine.account_code).where(BudgetLine.id.in_(ids))).all())
    sides = sides_of(session, codes.values())
    return {line_id: sides[code] for line_id, code in codes.items()}


def kind_problem(side: BudgetSide, kind: str, code: str) -> Problem | None:
    """A problem when a transaction of ``kind`` does not belong on a line of ``side`` (account ``code``)."""
    expected = KIND_OF_SIDE[side]
    if kind == expected:
        return None
    side_en, side_id = label(side, "en").lower(), label(side, "id").lower()
    if expected is TransactionKind.GRANT:
        return Problem(
            "kind",
            f"{code} is a {side_en} account: it records grants received, not realisations; record spending on a "
            "line of a spending account (group 5)",
            f"{code} adalah rekening {side_id}: yang dicatat adalah hibah diterima, bukan realisasi; catat belanja "
            "pada baris rekening belanja (kelompok 5)",
        )
    return Problem(
        "kind",
        f"{code} is a {side_en} account: it records realisations; a grant received is recorded on a line of a "
        "revenue account (group 4, e.g. 4.3.01.01.01.0001)",
        f"{code} adalah rekening {side_id}: yang dicatat adalah realisasi; hibah diterima dicatat pada baris "
        "rekening pendapatan (kelompok 4, mis. 4.3.01.01.01.0001)",
    )


def _kinds_by_code(session: Session, codes: Iterable[str] | None = None) -> dict[str, set[str]]:
    query = (
        select(BudgetLine.account_code, Transaction.kind)
        .join(Transaction, Transaction.budget_line_id == BudgetLine.id)
        .group_by(BudgetLine.account_code, Transaction.kind)
    )
    if codes is not None:
        query = query.where(BudgetLine.account_code.in_(list(codes)))
    kinds: dict[str, set[str]] = {}
    for code, kind in session.execute(query):
        kinds.setdefault(code, set()).add(kind)
    return kinds


def refuse_side_conflicts(session: Session, field: str = "side") -> None:
    """Refuse (ValidationError on ``field``) when the chart, as it now stands in ``session``, puts a line that holds
    transactions on the other side than its transactions' kind. Run before committing a change of the chart."""
    session.flush()
    kinds = _kinds_by_code(session)
    if not kinds:
        return
    sides = sides_of(session, kinds)
    wrong = sorted(code for code, found in kinds.items() if found - {KIND_OF_SIDE[sides[code]]})
    if not wrong:
        return
    count = session.scalar(select(func.count(BudgetLine.id)).where(BudgetLine.account_code.in_(wrong))) or 0
    shown = ", ".join(f"{code} ({label(sides[code], 'en').lower()})" for code in wrong[:5])
    shown_id = ", ".join(f"{code} ({label(sides[code], 'id').lower()})" for code in wrong[:5])
    more_en = f" and {len(wrong) - 5} more" if len(wrong) > 5 else ""
    more_id = f" dan {len(wrong) - 5} lainnya" if len(wrong) > 5 else ""
    raise ValidationError(
        [
            Problem(
                field,
                f"the change would put {count} budget line(s) with transactions of the other kind on this side: "
                f"{shown}{more_en}; a spending line holds realisations, a revenue line grants received",
                f"perubahan ini akan menempatkan {count} baris anggaran yang transaksinya berjenis lain pada kelompok "
                f"ini: {shown_id}{more_id}; baris belanja memuat realisasi, baris pendapatan memuat hibah diterima",
            )
        ]
    )


def side_column() -> Any:
    """The side of each ``budget_line`` row as an SQL expression (correlated with BudgetLine), for filters and
    sorting done by the database: the chart's account, else the nearest parent in the chart, else the
    national classification's group, else spending; the same rule as :func:`resolve_side`."""
    exact = select(Account.side).where(Account.code == BudgetLine.account_code).correlate(BudgetLine).scalar_subquery()
    parent = (
        select(Account.side)
        .where(BudgetLine.account_code.like(Account.code + "." + "%"))
        .order_by(func.length(Account.code).desc())
        .limit(1)
        .correlate(BudgetLine)
        .scalar_subquery()
    )
    first = func.substr(BudgetLine.account_code, 1, 2)
    group = case(
        *((first == f"{segment}.", side.value) for segment, side in DEFAULT_GROUPS.items()),
        else_=BudgetSide.SPENDING.value,
    )
    return func.coalesce(exact, parent, group)
