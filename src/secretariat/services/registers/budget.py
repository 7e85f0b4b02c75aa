"""The budget register: lines with planned, realised (in rupiah, from their transactions) and grants."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    SortAgreement,
    SortDelegation,
    code_value,
    escape_like,
    fts_ids,
    ilike_any,
    int_value,
    money,
)
from secretariat.storage.models import Agreement, BudgetLine, Delegation, Transaction
from secretariat.storage.sorting import key_order

_BUDGET_SEARCH = (BudgetLine.account_code, BudgetLine.activity, BudgetLine.description)


def _budget_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return BudgetLine.id.in_(fts_ids("budget_line_fts", words))
    return and_(*(ilike_any(_BUDGET_SEARCH, word) for word in words))


def _transaction_sum(kind: e.TransactionKind) -> Callable[[], Any]:
    return lambda: (
        select(func.coalesce(func.sum(Transaction.idr_amount), 0))
        .where(Transaction.budget_line_id == BudgetLine.id, Transaction.kind == kind.value)
        .correlate(BudgetLine)
        .scalar_subquery()
    )


_realised = _transaction_sum(e.TransactionKind.REALISATION)
_granted = _transaction_sum(e.TransactionKind.GRANT)


def _sum_of(kind: e.TransactionKind) -> Any:
    return func.sum(case((Transaction.kind == kind.value, Transaction.idr_amount), else_=0))


_LINE_SUMS = (
    select(
        Transaction.budget_line_id,
        _sum_of(e.TransactionKind.REALISATION).label("realised"),
        _sum_of(e.TransactionKind.GRANT).label("grants"),
    )
    .group_by(Transaction.budget_line_id)
    .subquery("sort_line_sums")
)


def _join_line_sums(query: Any) -> Any:
    return query.outerjoin(_LINE_SUMS, _LINE_SUMS.c.budget_line_id == BudgetLine.id)


def _fetch_budget(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(
            BudgetLine.id,
            BudgetLine.fiscal_year,
            BudgetLine.account_code,
            BudgetLine.activity,
            BudgetLine.description,
            BudgetLine.planned_idr,
            BudgetLine.agreement_id,
            Agreement.number,
            Delegation.code.label("delegation"),
            _realised().label("realised"),
            _granted().label("grants"),
        )
        .outerjoin(Agreement, Agreement.id == BudgetLine.agreement_id)
        .outerjoin(Delegation, Delegation.id == BudgetLine.delegation_id)
        .where(BudgetLine.id.in_(ids))
    )
    rows = {}
    for row in session.execute(query):
        planned, realised = int(row.planned_idr or 0), int(row.realised or 0)
        rows[row.id] = {
            "id": row.id,
            "fiscal_year": row.fiscal_year,
            "account_code": row.account_code,
            "activity": row.activity,
            "description": row.description,
            "planned": money(planned),
            "realised": money(realised),
            "remaining": money(planned - realised),
            "grants": money(row.grants),
            "agreement": row.number,
            "agreement_id": row.agreement_id,
            "delegation": row.delegation,
        }
    return rows


BUDGET = RegisterSpec(
    model=BudgetLine,
    columns=(
        Column("fiscal_year", "Fiscal year", "Tahun anggaran", kind="number"),
        Column("account_code", "Account", "Kode rekening"),
        Column("activity", "Activity", "Kegiatan"),
        Column("description", "Description", "Uraian"),
        Column("planned", "Planned", "Pagu", kind="money"),
        Column("realised", "Realised", "Realisasi", kind="money"),
        Column("remaining", "Remaining", "Sisa", kind="money"),
        Column("grants", "Grants received", "Hibah diterima", kind="money"),
        Column("agreement", "Agreement", "Perjanjian"),
        Column("delegation", "Delegation", "Delegasi"),
    ),
    sort_keys={
        "fiscal_year": lambda: BudgetLine.fiscal_year,
        "account_code": lambda: BudgetLine.account_code,
        "activity": lambda: BudgetLine.activity,
        "description": lambda: BudgetLine.description,
        "planned": lambda: BudgetLine.planned_idr,
        "realised": lambda: func.coalesce(_LINE_SUMS.c.realised, 0),
        "remaining": lambda: BudgetLine.planned_idr - func.coalesce(_LINE_SUMS.c.realised, 0),
        "grants": lambda: func.coalesce(_LINE_SUMS.c.grants, 0),
        "agreement": lambda: key_order(SortAgreement.number_key),
        "delegation": lambda: SortDelegation.code,
    },
    sort_joins={
        "realised": _join_line_sums,
        "remaining": _join_line_sums,
        "grants": _join_line_sums,
        "agreement": lambda q: q.outerjoin(SortAgreement, SortAgreement.id == BudgetLine.agreement_id),
        "delegation": lambda q: q.outerjoin(SortDelegation, SortDelegation.id == BudgetLine.delegation_id),
    },
    nullable_sorts=frozenset({"activity", "agreement", "delegation"}),
    default_order=(("fiscal_year", True), ("account_code", False)),
    filters={
        "fiscal_year": lambda v, _t: BudgetLine.fiscal_year == int_value(v, "fiscal_year"),
        "account_code": lambda v, _t: BudgetLine.account_code.like(f"{escape_like(code_value(v))}%", escape="\\"),
        "agreement_id": lambda v, _t: BudgetLine.agreement_id == int_value(v, "agreement_id"),
    },
    search=_budget_search,
    fetch=_fetch_budget,
)
