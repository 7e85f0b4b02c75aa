"""Closed fiscal years hold against every path: a guard on every writing session.

A closed year's budget lines and transactions cannot change. The budget services refuse such a
change with a sentence before they touch anything (services.budget.lines.refuse_if_closed); this
guard is the backstop for every other path that reaches those rows: a merge of partners re-pointing
grants, a cascade, an import, a future service. Before each flush of a writing session it looks at
the budget lines and transactions being added, changed or deleted, in the years they belong to now
and belonged to before, and refuses the whole action (LockedError) when one of those years is closed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from secretariat.domain.errors import LockedError
from secretariat.domain.field_labels import clerk_date
from secretariat.storage.models import BudgetLine, FiscalYear, Transaction


def _history(obj: Any, name: str) -> list[Any]:
    """The values ``name`` had before this flush (empty when unchanged)."""
    return [v for v in inspect(obj).attrs[name].history.deleted if v is not None]


def _touched_years(session: Session) -> tuple[set[int], set[int]]:
    """Fiscal years, and budget line ids whose year is to be looked up, touched by this flush."""
    years: set[int] = set()
    line_ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, BudgetLine | Transaction):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, BudgetLine):
            years.update(y for y in (obj.fiscal_year, *_history(obj, "fiscal_year")) if y is not None)
            continue
        line = obj.__dict__.get("budget_line")
        if line is not None and line.fiscal_year is not None:
            years.add(line.fiscal_year)
        line_ids.update(i for i in (obj.budget_line_id, *_history(obj, "budget_line_id")) if i is not None)
    return years, line_ids


def _refuse_closed(session: Session, _context: object, _instances: object) -> None:
    years, line_ids = _touched_years(session)
    if not years and not line_ids:
        return
    with session.no_autoflush:
        if line_ids:
            years.update(
                session.scalars(select(BudgetLine.fiscal_year).where(BudgetLine.id.in_(sorted(line_ids)))).all()
            )
        closed = session.execute(
            select(FiscalYear.year, FiscalYear.closed_at, FiscalYear.closed_by)
            .where(FiscalYear.year.in_(sorted(years)), FiscalYear.closed_at.is_not(None))
            .order_by(FiscalYear.year)
        ).first()
    if closed is None:
        return
    year, closed_at, closed_by = closed
    by = f" by {closed_by}" if closed_by else ""
    by_id = f" oleh {closed_by}" if closed_by else ""
    when_en = clerk_date(closed_at.date(), "en") if closed_at is not None else "?"
    when_id = clerk_date(closed_at.date(), "id") if closed_at is not None else "?"
    raise LockedError(
        f"Fiscal year {year} was closed{by} on {when_en}; its budget lines and transactions cannot change. "
        "Nothing was saved.",
        f"Tahun anggaran {year} sudah ditutup{by_id} pada {when_id}; baris anggaran dan transaksinya tidak dapat "
        "diubah. Tidak ada yang disimpan.",
    )


def install_closed_year_guard(session: Session) -> None:
    event.listen(session, "before_flush", _refuse_closed)
