"""The budget register: lines with their side, and their figures in rupiah, revenue and spending apart.

A spending (or financing) line shows its ceiling (pagu), realised, remaining and % realised; a revenue line
(grants) its target and what was received, in cash and in kind, and % received. The side comes from the chart
of accounts (:func:`secretariat.services.budget.sides.side_column`); no column adds the two sides."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.domain.budget_figures import BudgetFigures
from secretariat.services.budget.sides import side_column, sides_of
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
    year_value,
)
from secretariat.storage.models import Agreement, BudgetLine, Delegation, Transaction
from secretariat.storage.sorting import key_order

_BUDGET_SEARCH = (BudgetLine.account_code, BudgetLine.activity, BudgetLine.description)


def _budget_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return BudgetLine.id.in_(fts_ids("budget_line_fts", words))
    return and_(*(ilike_any(_BUDGET_SEARCH, word, fold=True) for word in words))


_LINE_SUMS = (
    select(
        Transaction.budget_line_id,
        func.sum(Transaction.idr_amount).label("total"),
        func.sum(case((Transaction.form == e.GrantForm.IN_KIND, Transaction.idr_amount), else_=0)).label("in_kind"),
    )
    .group_by(Transaction.budget_line_id)
    .subquery("sort_line_sums")
)
_SIDE = side_column


def _join_line_sums(query: Any) -> Any:
    return query.outerjoin(_LINE_SUMS, _LINE_SUMS.c.budget_line_id == BudgetLine.id)


def _moved() -> Any:
    return func.coalesce(_LINE_SUMS.c.total, 0)


def _if_side(revenue: bool, value: Any) -> Any:
    """``value`` on the lines of revenue (or of the other sides); empty (sorted last) on the rest."""
    on_revenue = _SIDE() == e.BudgetSide.REVENUE
    return case((on_revenue if revenue else ~on_revenue, value), else_=None)


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
        )
        .outerjoin(Agreement, Agreement.id == BudgetLine.agreement_id)
        .outerjoin(Delegation, Delegation.id == BudgetLine.delegation_id)
        .where(BudgetLine.id.in_(ids))
    )
    found = session.execute(query).all()
    sums = {
        line_id: (int(total or 0), int(in_kind or 0))
        for line_id, total, in_kind in session.execute(
            select(_LINE_SUMS.c.budget_line_id, _LINE_SUMS.c.total, _LINE_SUMS.c.in_kind).where(
                _LINE_SUMS.c.budget_line_id.in_(ids)
            )
        )
    }
    sides = sides_of(session, {row.account_code for row in found})
    rows = {}
    for row in found:
        side = sides[row.account_code]
        total, in_kind = sums.get(row.id, (0, 0))
        figures = BudgetFigures.of_line(side, int(row.planned_idr or 0), total, in_kind)
        values: dict[str, Any] = {
            "id": row.id,
            "fiscal_year": row.fiscal_year,
            "side": side.value,
            "account_code": row.account_code,
            "activity": row.activity,
            "description": row.description,
            "planned": money(row.planned_idr),
            "realised": None,
            "remaining": None,
            "percent_realised": None,
            "received": None,
            "received_cash": None,
            "received_in_kind": None,
            "percent_received": None,
            "agreement": row.number,
            "agreement_id": row.agreement_id,
            "delegation": row.delegation,
        }
        if side is e.BudgetSide.REVENUE:
            r = figures.revenue
            values.update(
                received=money(r.received_idr),
                received_cash=money(r.cash_idr),
                received_in_kind=money(r.in_kind_idr),
                percent_received=r.percent_received,
            )
        else:
            spent = figures.financing if side is e.BudgetSide.FINANCING else figures.spending
            values.update(
                realised=money(spent.realised_idr),
                remaining=money(spent.remaining_idr),
                percent_realised=spent.percent_realised,
            )
        rows[row.id] = values
    return rows


BUDGET = RegisterSpec(
    model=BudgetLine,
    columns=(
        Column("fiscal_year", "Fiscal year", "Tahun anggaran", kind="number"),
        Column("side", "Side", "Kelompok", kind="enum"),
        Column("account_code", "Account", "Kode rekening"),
        Column("activity", "Activity", "Kegiatan"),
        Column("description", "Description", "Uraian"),
        Column("planned", "Ceiling or target", "Pagu / target", kind="money"),
        Column("realised", "Realised (spending)", "Realisasi (belanja)", kind="money"),
        Column("remaining", "Remaining (spending)", "Sisa (belanja)", kind="money"),
        Column("received", "Received (revenue)", "Diterima (pendapatan)", kind="money"),
        Column("agreement", "Agreement", "Perjanjian"),
        Column("delegation", "Delegation", "Delegasi"),
    ),
    sort_keys={
        "fiscal_year": lambda: BudgetLine.fiscal_year,
        "account_code": lambda: BudgetLine.account_code,
        "activity": lambda: BudgetLine.activity,
        "description": lambda: BudgetLine.description,
        "side": _SIDE,
        "planned": lambda: BudgetLine.planned_idr,
        "realised": lambda: _if_side(False, _moved()),
        "remaining": lambda: _if_side(False, BudgetLine.planned_idr - _moved()),
        "received": lambda: _if_side(True, _moved()),
        "agreement": lambda: key_order(SortAgreement.number_key),
        "delegation": lambda: SortDelegation.code,
    },
    sort_joins={
        "realised": _join_line_sums,
        "remaining": _join_line_sums,
        "received": _join_line_sums,
        "agreement": lambda q: q.outerjoin(SortAgreement, SortAgreement.id == BudgetLine.agreement_id),
        "delegation": lambda q: q.outerjoin(SortDelegation, SortDelegation.id == BudgetLine.delegation_id),
    },
    nullable_sorts=frozenset({"activity", "agreement", "delegation", "realised", "remaining", "received"}),
    default_order=(("fiscal_year", True), ("account_code", False)),
    filters={
        "fiscal_year": lambda v, _t: BudgetLine.fiscal_year == year_value(v, "fiscal_year"),
        "account_code": lambda v, _t: BudgetLine.account_code.like(f"{escape_like(code_value(v))}%", escape="\\"),
        "agreement_id": lambda v, _t: BudgetLine.agreement_id == int_value(v, "agreement_id"),
        "side": lambda v, _t: _SIDE() == e.BudgetSide(code_value(v)),
    },
    search=_budget_search,
    fetch=_fetch_budget,
    enums={"side": e.BudgetSide},
)
