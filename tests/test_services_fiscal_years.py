"""Fiscal years: closing locks, reopening needs the head's role and a reason, corrections of closed years.

On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secretariat.domain.budget_figures import RevenueFigures
from secretariat.domain.enums import UserRole
from secretariat.domain.errors import DependencyError, LockedError, NotFoundError, UserError, ValidationError
from secretariat.domain.records import AgreementData, BudgetLineData, PartnerData, TransactionData
from secretariat.services.agreements.records import create_agreement
from secretariat.services.budget.fiscal_years import (
    CorrectionData,
    add_correction,
    can_close_years,
    can_reopen_years,
    close_year,
    get_year,
    list_corrections,
    list_years,
    reopen_year,
    year_overview,
)
from secretariat.services.budget.lines import (
    add_transaction,
    create_budget_line,
    delete_budget_line,
    delete_transaction,
    fiscal_year_totals,
    get_budget_line,
    get_transaction,
    update_budget_line,
    update_transaction,
)
from secretariat.services.context import Actor, ServiceContext, open_context
from secretariat.services.partners.records import create_partner
from secretariat.services.users import PermissionDeniedError, list_users, set_user_role
from secretariat.storage.models import AuditEntry, BudgetLine, Transaction

TRAVEL = "5.1.02.04.02.0001"
GRANTS = "4.3.01.01.01.0001"
REASON = "Audit BPK found a payment booked twice in June"


@pytest.fixture
def admin(database) -> ServiceContext:
    return open_context(database, "admin1")  # the first user of a database administers it


def _user_id(ctx: ServiceContext, login: str) -> int:
    return next(u.id for u in list_users(ctx) if u.login == login)


@pytest.fixture
def head(admin: ServiceContext) -> ServiceContext:
    open_context(admin.database, "head1")
    set_user_role(admin, _user_id(admin, "head1"), UserRole.HEAD)
    return open_context(admin.database, "head1")


@pytest.fixture
def clerk(admin: ServiceContext) -> ServiceContext:
    return open_context(admin.database, "clerk1")


def _line(year: int = 2025, **changes: object) -> BudgetLineData:
    values: dict[str, object] = {
        "fiscal_year": year,
        "account_code": TRAVEL,
        "description": "Perjalanan dinas",
        "planned_idr": Decimal(100_000_000),
    }
    values.update(changes)
    return BudgetLineData(**values)  # type: ignore[arg-type]


def _tx(
    line_id: int,
    amount: object,
    currency: str = "IDR",
    rate: object = None,
    on: date = date(2025, 6, 2),
    **changes: object,
) -> TransactionData:
    values: dict[str, object] = {
        "budget_line_id": line_id,
        "occurred_on": on,
        "kind": "realisation",
        "amount": amount,
        "currency": currency,
        "rate_to_idr": rate,
    }
    values.update(changes)
    return TransactionData(**values)  # type: ignore[arg-type]


def _audit(ctx: ServiceContext, entity: str) -> list[tuple[str, str, str, dict]]:
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.user_login, AuditEntry.action, AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        ).all()
    return [(login, action, entity_id, json.loads(changes)) for login, action, entity_id, changes in rows]


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- closing -----------------------------------------------------------------------------------------------


def test_a_closed_year_refuses_every_change_with_a_clear_message(head: ServiceContext, clerk: ServiceContext) -> None:
    line_id = create_budget_line(clerk, _line())
    tx_id = add_transaction(clerk, _tx(line_id, Decimal(5_000_000)))
    empty_line = create_budget_line(clerk, _line(description="Nothing spent yet"))
    view = close_year(head, 2025)
    assert view.closed and view.closed_by == "head1" and view.closed_at is not None
    day = view.closed_at.date()
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    closed_on = f"{day.day} {months[day.month - 1]} {day.year}"  # the clerk's date, not 2026-01-31
    expected = f"Fiscal year 2025 was closed by head1 on {closed_on}; its budget lines and transactions cannot change."
    attempts = {
        "line update": lambda: update_budget_line(clerk, line_id, _line(description="changed")),
        "line delete": lambda: delete_budget_line(clerk, empty_line),
        "line create": lambda: create_budget_line(clerk, _line(description="new")),
        "transaction add": lambda: add_transaction(clerk, _tx(line_id, Decimal(1))),
        "transaction update": lambda: update_transaction(clerk, tx_id, _tx(line_id, Decimal(7))),
        "transaction delete": lambda: delete_transaction(clerk, tx_id),
        "line moved into the closed year": lambda: update_budget_line(
            clerk, create_budget_line(clerk, _line(2026)), _line(2025)
        ),
    }
    for what, attempt in attempts.items():
        with pytest.raises(LockedError) as caught:
            attempt()
        assert caught.value.message_en == expected, what
        assert caught.value.message("id").startswith("Tahun anggaran 2025 sudah ditutup oleh head1"), what
    # The head is locked out as much as a clerk.
    with pytest.raises(LockedError):
        update_budget_line(head, line_id, _line(description="changed by the head"))
    line = get_budget_line(clerk, line_id)
    assert (line.description, [t.amount for t in line.transactions]) == ("Perjalanan dinas", [Decimal(5_000_000)])
    assert _count(clerk, BudgetLine) == 3  # the two of 2025 and the one of 2026


def test_closing_needs_the_head_or_an_administrator_as_stored(admin: ServiceContext, clerk: ServiceContext) -> None:
    create_budget_line(clerk, _line())
    assert not can_close_years(clerk) and can_close_years(admin)
    with pytest.raises(PermissionDeniedError) as caught:
        close_year(clerk, 2025)
    assert caught.value.message_en == (
        "Only the head or an administrator may close fiscal year 2025; clerk1 is a clerk."
    )
    assert not get_year(clerk, 2025).closed
    # A context claiming the head's role does not help: the database says clerk.
    forged = ServiceContext(database=clerk.database, actor=Actor("clerk1", "clerk1", UserRole.HEAD))
    with pytest.raises(PermissionDeniedError):
        close_year(forged, 2025)
    assert close_year(admin, 2025).closed_by == "admin1"
    with pytest.raises(UserError, match="already closed"):
        close_year(admin, 2025)


def test_a_year_without_lines_can_be_closed_and_shows_in_the_list(head: ServiceContext) -> None:
    close_year(head, 2024)
    assert [(y.year, y.closed, y.lines) for y in list_years(head)] == [(2024, True, 0)]
    with pytest.raises(ValidationError):
        close_year(head, 1999)


# --- reopening ----------------------------------------------------------------------------------------------


def test_reopening_needs_the_heads_role_in_the_database(
    admin: ServiceContext, head: ServiceContext, clerk: ServiceContext
) -> None:
    line_id = create_budget_line(clerk, _line())
    close_year(head, 2025)
    assert can_reopen_years(head) and not can_reopen_years(admin) and not can_reopen_years(clerk)
    for ctx, role in ((clerk, "a clerk"), (admin, "an administrator")):
        with pytest.raises(PermissionDeniedError) as caught:
            reopen_year(ctx, 2025, REASON)
        assert caught.value.message_en == (
            f"Only a user with the head's role may reopen fiscal year 2025; {ctx.actor.login} is {role}."
        )
    forged = ServiceContext(database=clerk.database, actor=Actor("clerk1", "clerk1", UserRole.HEAD))
    with pytest.raises(PermissionDeniedError):
        reopen_year(forged, 2025, REASON)
    # The head demoted at another workstation loses the right at once, whatever the open session says.
    set_user_role(admin, _user_id(admin, "head1"), UserRole.CLERK)
    assert head.actor.role == UserRole.HEAD
    with pytest.raises(PermissionDeniedError):
        reopen_year(head, 2025, REASON)
    assert get_year(clerk, 2025).closed
    with pytest.raises(LockedError):
        update_budget_line(clerk, line_id, _line(description="still locked"))


def test_reopening_asks_a_reason_and_audits_it_with_the_change(head: ServiceContext, clerk: ServiceContext) -> None:
    line_id = create_budget_line(clerk, _line())
    closed = close_year(head, 2025)
    for reason in ("", "   ", "because"):
        with pytest.raises(ValidationError) as caught:
            reopen_year(head, 2025, reason)
        assert caught.value.fields == {"reason"}
    assert get_year(head, 2025).closed
    view = reopen_year(head, 2025, f"  {REASON}  ")
    assert not view.closed and view.closed_by is None
    assert view.last_reopened is not None and (view.last_reopened.by, view.last_reopened.reason) == ("head1", REASON)
    entries = _audit(head, "fiscal_year")
    assert [(login, action, entity_id) for login, action, entity_id, _ in entries] == [
        ("head1", "create", "2025"),
        ("head1", "update", "2025"),
    ]
    changes = entries[-1][3]
    assert changes["reopen_reason"] == [None, REASON]
    assert changes["closed_by"] == ["head1", None]
    assert changes["closed_at"][0] == closed.closed_at.isoformat() and changes["closed_at"][1] is None
    # Open again: the clerk may change the year; reopening an open year is refused.
    update_budget_line(clerk, line_id, _line(description="corrected while open"))
    with pytest.raises(UserError, match="is not closed"):
        reopen_year(head, 2025, REASON)
    # Closed again and reopened again: the newest reason is shown.
    close_year(head, 2025)
    reopen_year(head, 2025, "Second reopening for the BPK follow-up")
    assert get_year(head, 2025).last_reopened.reason == "Second reopening for the BPK follow-up"


# --- figures ---------------------------------------------------------------------------------------------------


def test_years_and_their_overview_keep_revenue_apart_from_spending(head: ServiceContext, clerk: ServiceContext) -> None:
    partner = create_partner(
        clerk, PartnerData(code="QLD", name="Queensland", kind="regional_government", country_code="AU")
    )
    agreement = create_agreement(
        clerk,
        AgreementData(
            title_id="Kerja sama pendidikan",
            title_en="Education",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
        ),
    )
    with_agreement = create_budget_line(clerk, _line(2026, planned_idr=Decimal(10_000_000), agreement_id=agreement))
    without = create_budget_line(clerk, _line(2026, planned_idr=Decimal(50_000_000), account_code="5.1.02.01.01.0052"))
    grant = create_budget_line(
        clerk, _line(2026, planned_idr=Decimal(40_000_000), account_code=GRANTS, description="Hibah Queensland")
    )
    on = date(2026, 3, 2)
    add_transaction(clerk, _tx(with_agreement, Decimal("700.00"), "USD", Decimal("16000.50"), on=on))  # 11,200,350
    add_transaction(clerk, _tx(with_agreement, Decimal(100_000), "JPY", Decimal("104.37"), on=on))  # 10,437,000
    add_transaction(clerk, _tx(without, Decimal(1_234_567), on=on))
    add_transaction(
        clerk, _tx(grant, Decimal("2000.00"), "EUR", Decimal(17000), on=on, kind="grant", donor_partner_id=partner)
    )  # 34,000,000
    create_budget_line(clerk, _line(2025))
    close_year(head, 2025)

    years = list_years(clerk)
    assert [(y.year, y.closed, y.lines, y.transactions) for y in years] == [(2026, False, 3, 4), (2025, True, 1, 0)]
    totals = years[0].totals
    assert (totals.spending.planned_idr, totals.spending.realised_idr) == (60_000_000, 22_871_917)
    assert totals.spending.percent_realised == Decimal("38.12")  # 22,871,917 / 60,000,000
    assert (totals.revenue.target_idr, totals.revenue.cash_idr, totals.revenue.in_kind_idr) == (
        40_000_000,
        34_000_000,
        0,
    )
    assert totals.revenue.percent_received == Decimal("85.00")
    assert totals == fiscal_year_totals(clerk, 2026)

    overview = year_overview(clerk, 2026)
    assert [
        (f.agreement_id, f.lines, f.totals.spending.planned_idr, f.totals.spending.realised_idr, f.totals.revenue)
        for f in overview.by_agreement
    ] == [
        (agreement, 1, 10_000_000, 21_637_350, RevenueFigures()),
        (None, 2, 50_000_000, 1_234_567, RevenueFigures(40_000_000, 34_000_000, 0)),
    ]
    assert overview.by_agreement[0].over_plan and overview.by_agreement[0].title("en") == "Education"
    assert not overview.by_agreement[1].over_plan
    assert [(o.budget_line_id, o.over_idr) for o in overview.over_plan] == [(with_agreement, 11_637_350)]
    # Per currency: each currency's own amounts, never added to another's; spent and received apart.
    assert [
        (c.currency, c.transactions, c.realised, c.grants, c.realised_idr, c.grants_idr) for c in overview.currencies
    ] == [
        ("IDR", 1, Decimal(1_234_567), Decimal(0), 1_234_567, 0),
        ("EUR", 1, Decimal(0), Decimal("2000.00"), 0, 34_000_000),
        ("JPY", 1, Decimal(100_000), Decimal(0), 10_437_000, 0),
        ("USD", 1, Decimal("700.00"), Decimal(0), 11_200_350, 0),
    ]
    assert sum(c.realised_idr for c in overview.currencies) == totals.spending.realised_idr
    assert sum(f.totals.spending.realised_idr for f in overview.by_agreement) == totals.spending.realised_idr
    # No raw amount of a foreign currency shows up in a rupiah total.
    assert 700 not in (totals.spending.realised_idr, overview.by_agreement[0].totals.spending.realised_idr)
    assert totals.spending.realised_idr != 700 + 100_000 + 1_234_567


def test_a_grant_received_over_its_target_is_not_over_plan(clerk: ServiceContext) -> None:
    partner = create_partner(clerk, PartnerData(code="JICA", name="JICA", kind="state_institution", country_code="JP"))
    grant = create_budget_line(
        clerk, _line(2026, planned_idr=Decimal(1_000_000), account_code=GRANTS, description="Hibah JICA")
    )
    add_transaction(clerk, _tx(grant, Decimal(5_000_000), on=date(2026, 2, 2), kind="grant", donor_partner_id=partner))
    overview = year_overview(clerk, 2026)
    assert overview.over_plan == ()
    assert overview.year.totals.revenue.percent_received == Decimal("500.00")


# --- corrections ---------------------------------------------------------------------------------------------


@pytest.fixture
def closed_payment(head: ServiceContext, clerk: ServiceContext) -> tuple[int, int, int]:
    """(transaction of closed 2025: USD 10,000.00 at 16,000, line of 2025, line of open 2026)."""
    old_line = create_budget_line(clerk, _line(2025))
    tx_id = add_transaction(clerk, _tx(old_line, Decimal("10000.00"), "USD", Decimal(16000), reference="SP2D-0612"))
    new_line = create_budget_line(clerk, _line(2026))
    close_year(head, 2025)
    return tx_id, old_line, new_line


def _correction(tx_id: int, line_id: int, amount: object, **changes: object) -> CorrectionData:
    values: dict[str, object] = {
        "corrects_id": tx_id,
        "budget_line_id": line_id,
        "occurred_on": date(2026, 2, 10),
        "amount": amount,
        "reason": "Entered as USD 10,000 instead of USD 1,000",
    }
    values.update(changes)
    return CorrectionData(**values)  # type: ignore[arg-type]


def test_a_correction_is_a_dated_entry_in_an_open_year(
    clerk: ServiceContext, closed_payment: tuple[int, int, int]
) -> None:
    tx_id, _old_line, new_line = closed_payment
    correction_id = add_correction(clerk, _correction(tx_id, new_line, "-9000.00", reference="BA-KOREKSI-01"))
    correction = get_transaction(clerk, correction_id)
    assert (correction.budget_line_id, correction.occurred_on, correction.kind, correction.currency) == (
        new_line,
        date(2026, 2, 10),
        "realisation",
        "USD",
    )
    # The corrected transaction's own rate: the rupiah figure is restored exactly (USD 1,000 x 16,000).
    assert (correction.amount, correction.rate_to_idr, correction.idr_amount) == (
        Decimal("-9000.00"),
        Decimal(16000),
        -144_000_000,
    )
    assert correction.corrects_id == tx_id and correction.reference == "BA-KOREKSI-01"
    assert [t.id for t in list_corrections(clerk, tx_id)] == [correction_id]
    # The closed year is untouched; the open year carries the correction.
    assert fiscal_year_totals(clerk, 2025).spending.realised_idr == 160_000_000
    assert fiscal_year_totals(clerk, 2026).spending.realised_idr == -144_000_000
    assert get_transaction(clerk, tx_id).amount == Decimal("10000.00")
    assert [action for _, action, _, _ in _audit(clerk, "budget_transaction")] == ["create", "create"]


def test_a_correction_may_take_its_own_rate_and_rounds_half_up_both_ways(
    clerk: ServiceContext, closed_payment: tuple[int, int, int]
) -> None:
    tx_id, _old, new_line = closed_payment
    down = get_transaction(clerk, add_correction(clerk, _correction(tx_id, new_line, "-0.03", rate_to_idr="150")))
    assert down.idr_amount == -5  # -4.50 rounds half away from zero, as Excel's ROUND does
    up = get_transaction(clerk, add_correction(clerk, _correction(tx_id, new_line, "0.01", rate_to_idr="149.99")))
    assert up.idr_amount == 1  # 1.4999


def test_bad_corrections_are_refused_and_save_nothing(
    clerk: ServiceContext, head: ServiceContext, closed_payment: tuple[int, int, int]
) -> None:
    tx_id, old_line, new_line = closed_payment
    before = _count(clerk, Transaction)

    def fields(data: CorrectionData) -> set[str]:
        with pytest.raises(ValidationError) as caught:
            add_correction(clerk, data)
        return caught.value.fields

    assert fields(_correction(tx_id, new_line, "0")) == {"amount"}
    assert fields(_correction(tx_id, new_line, "-0.001")) == {"amount"}
    assert fields(_correction(tx_id, new_line, "12a")) == {"amount"}
    assert fields(_correction(tx_id, new_line, "-1.00", reason="oops")) == {"reason"}
    assert fields(_correction(tx_id, new_line, "-1.00", rate_to_idr="0")) == {"rate_to_idr"}
    assert fields(_correction(tx_id, new_line, "-1.00", occurred_on=date(2027, 1, 4))) == {"occurred_on"}
    assert fields(_correction(tx_id, 404, "-1.00")) == {"budget_line"}
    assert fields(_correction(tx_id, new_line, "-10000.01")) == {"amount"}  # below zero
    add_correction(clerk, _correction(tx_id, new_line, "-9000.00"))
    with pytest.raises(ValidationError, match=r"below zero: it stands at 1000\.00 USD"):
        add_correction(clerk, _correction(tx_id, new_line, "-1000.01"))
    # Not on a line of the closed year itself.
    with pytest.raises(LockedError):
        add_correction(clerk, _correction(tx_id, old_line, "-1.00", occurred_on=date(2025, 12, 30)))
    with pytest.raises(NotFoundError):
        add_correction(clerk, _correction(404, new_line, "-1.00"))
    assert _count(clerk, Transaction) == before + 1
    # A transaction of an open year is changed directly, not corrected.
    open_tx = add_transaction(clerk, _tx(new_line, Decimal(5), on=date(2026, 1, 5)))
    with pytest.raises(UserError, match="2026 is open: change transaction"):
        add_correction(clerk, _correction(open_tx, new_line, "-1"))


def test_a_correction_is_deleted_not_edited_and_protects_what_it_corrects(
    head: ServiceContext, clerk: ServiceContext, closed_payment: tuple[int, int, int]
) -> None:
    tx_id, _old, new_line = closed_payment
    correction_id = add_correction(clerk, _correction(tx_id, new_line, "-9000.00"))
    with pytest.raises(UserError, match="delete it and enter the correction again"):
        update_transaction(
            clerk, correction_id, replace(get_transaction(clerk, correction_id).to_data(), amount=Decimal("9000.00"))
        )
    with pytest.raises(UserError, match="itself a correction"):
        add_correction(clerk, _correction(correction_id, new_line, "-1.00"))
    reopen_year(head, 2025, REASON)
    with pytest.raises(DependencyError, match="1 correction"):
        delete_transaction(clerk, tx_id)
    delete_transaction(clerk, correction_id)
    delete_transaction(clerk, tx_id)
    assert fiscal_year_totals(clerk, 2026).spending.realised_idr == 0
