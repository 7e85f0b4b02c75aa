"""Closed fiscal years hold against every path that touches their transactions, merges included.

The budget services refuse by themselves (tests/test_services_fiscal_years.py); here the other paths:
merging partners (which re-pointed grants of a closed year before), and any write that reaches a
closed year's line or transaction through the ORM (the guard on every writing session). Each
refusal leaves the database as it was. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import LockedError
from secretariat.domain.records import BudgetLineData, PartnerData, TransactionData
from secretariat.services.budget.fiscal_years import close_year, reopen_year
from secretariat.services.budget.lines import add_transaction, create_budget_line
from secretariat.services.context import ServiceContext, open_context, reading, writing
from secretariat.services.partners import duplicates
from secretariat.services.partners.records import create_partner
from secretariat.services.users import list_users, set_user_role
from secretariat.storage.models import AuditEntry, BudgetLine, Partner, Transaction

GRANTS = "4.3.01.01.01.0001"  # a revenue account: grants are recorded on revenue lines


@pytest.fixture
def head(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    admin = open_context(database, "admin1")
    open_context(database, "head1")
    head_id = next(u.id for u in list_users(admin) if u.login == "head1")
    set_user_role(admin, head_id, UserRole.HEAD)
    return open_context(database, "head1")


def _partner(ctx: ServiceContext, code: str, name: str) -> int:
    return create_partner(ctx, PartnerData(code=code, name=name, kind="regional_government", country_code="JP"))


def _grant(ctx: ServiceContext, year: int, donor_id: int, amount: int) -> int:
    line_id = create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=year, account_code=GRANTS, description=f"Hibah {year}", planned_idr=Decimal(100_000_000)
        ),
    )
    return add_transaction(
        ctx,
        TransactionData(
            budget_line_id=line_id,
            occurred_on=date(year, 6, 2),
            kind="grant",
            amount=Decimal(amount),
            currency="IDR",
            rate_to_idr=None,
            donor_partner_id=donor_id,
            form="cash",
        ),
    )


def _snapshot(ctx: ServiceContext) -> tuple[object, ...]:
    with reading(ctx) as session:
        return (
            tuple(session.execute(select(Transaction.id, Transaction.donor_partner_id, Transaction.row_version)).all()),
            tuple(session.execute(select(Partner.id, Partner.code, Partner.row_version)).all()),
            session.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_merging_away_the_donor_of_a_closed_years_grant_is_refused_and_changes_nothing(head: ServiceContext) -> None:
    keep = _partner(head, "JP-OSK", "Osaka Prefecture")
    remove = _partner(head, "JP-OSK-2", "Osaka Prefectural Government")
    _grant(head, 2024, remove, 25_000_000)
    _grant(head, 2024, remove, 5_000_000)
    _grant(head, 2026, remove, 1_000_000)  # an open year
    close_year(head, 2024)
    before = _snapshot(head)

    with pytest.raises(LockedError) as caught:
        duplicates.merge_partners(head, keep, remove)
    assert caught.value.message("en") == (
        "JP-OSK-2 cannot be merged away: it is the donor of 2 grant(s) of the closed fiscal year(s) 2024, and a "
        "closed year's transactions cannot change. Reopen the year first (the head), or keep both partners. "
        "Nothing was changed."
    )
    assert "tahun anggaran yang sudah ditutup (2024)" in caught.value.message("id")
    assert _snapshot(head) == before

    # Reopened, the merge goes through and re-points all three grants.
    reopen_year(head, 2024, "Merging a duplicate donor record")
    result = duplicates.merge_partners(head, keep, remove)
    assert result.grants == 3
    with reading(head) as session:
        donors = set(session.scalars(select(Transaction.donor_partner_id)).all())
    assert donors == {keep}


def test_every_orm_path_to_a_closed_years_rows_is_refused(head: ServiceContext) -> None:
    """A write that does not go through the budget services still cannot touch a closed year."""
    donor = _partner(head, "JP-OSK", "Osaka Prefecture")
    other = _partner(head, "JP-KYO", "Kyoto Prefecture")
    closed_tx = _grant(head, 2024, donor, 25_000_000)
    open_tx = _grant(head, 2026, donor, 1_000_000)
    close_year(head, 2024)
    before = _snapshot(head)

    def repoint_closed(session):  # type: ignore[no-untyped-def]
        session.get(Transaction, closed_tx).donor_partner_id = other

    def move_open_into_closed(session):  # type: ignore[no-untyped-def]
        closed_line = session.get(Transaction, closed_tx).budget_line_id
        session.get(Transaction, open_tx).budget_line_id = closed_line

    def delete_closed(session):  # type: ignore[no-untyped-def]
        session.delete(session.get(Transaction, closed_tx))

    def rename_closed_line(session):  # type: ignore[no-untyped-def]
        line = session.get(BudgetLine, session.get(Transaction, closed_tx).budget_line_id)
        line.description = "changed afterwards"

    def add_to_closed_line(session):  # type: ignore[no-untyped-def]
        closed = session.get(Transaction, closed_tx)
        session.add(
            Transaction(
                budget_line_id=closed.budget_line_id,
                occurred_on=date(2024, 12, 30),
                kind="realisation",
                amount_minor=1,
                currency="IDR",
                rate_to_idr=Decimal(1),
                idr_amount=1,
            )
        )

    for change in (repoint_closed, move_open_into_closed, delete_closed, rename_closed_line, add_to_closed_line):
        with pytest.raises(LockedError, match="Fiscal year 2024 was closed by head1"), writing(head) as session:
            change(session)
        assert _snapshot(head) == before, change.__name__

    # The open year's rows still change freely.
    with writing(head) as session:
        session.get(Transaction, open_tx).donor_partner_id = other
    with reading(head) as session:
        assert session.get(Transaction, open_tx).donor_partner_id == other
        changes = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity == "budget_transaction").order_by(AuditEntry.id.desc())
        ).first()
    assert json.loads(changes or "{}")["donor_partner_id"] == [donor, other]
