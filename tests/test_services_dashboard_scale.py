"""The dashboard on a scaled demo (about 1,000 agreements) against a plain, record-by-record reading of its rules.

services.dashboard works set-based (grouped queries, only the columns it needs); here the same rules are
applied one agreement at a time through the ORM objects, written out from the rules in the module's docstring,
so a shortcut in the queries that changes what is listed shows up as a difference.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.enums import DelegationStatus
from secretariat.domain.rules import add_months, expiry_from_term, last_notice_date
from secretariat.services.context import open_context, reading
from secretariat.services.dashboard import Dashboard, ReminderThresholds, what_needs_doing
from secretariat.services.demo import load_demo
from secretariat.storage.migrate import open_database
from secretariat.storage.models import Activity, Agreement, BudgetLine, Delegation, Evaluation, StageChange, Transaction

TODAY = date(2026, 12, 3)
DAYS = (TODAY, date(2027, 3, 1), date(2025, 6, 30))


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory):
    database = open_database(str(tmp_path_factory.mktemp("scaled") / "demo.sqlite3"), create=True)
    ctx = open_context(database, "tester")
    load_demo(ctx, scale=3000, today=TODAY)
    yield ctx
    database.dispose()


def _expiry(a: Agreement) -> tuple[date, bool] | None:
    if a.expires_on is not None:
        return a.expires_on, False
    if a.effective_on is not None and a.term_months:
        return expiry_from_term(a.effective_on, a.term_months), True
    return None


def _expected(ctx, today: date) -> dict[str, list[tuple[object, ...]]]:
    """Every agreement section of the dashboard, computed one agreement at a time."""
    limits = ReminderThresholds()
    expiring: list[tuple[object, ...]] = []
    lapsed: list[tuple[object, ...]] = []
    notice: list[tuple[object, ...]] = []
    dormant: list[tuple[object, ...]] = []
    missing: list[tuple[object, ...]] = []
    dormant_from = add_months(today, -limits.dormant_months)
    last_year = today.year - 1
    with reading(ctx) as s:
        for a in s.scalars(select(Agreement).order_by(Agreement.id)):
            if not a.stage.is_live:
                continue
            partners = tuple(p.partner.name for p in sorted(a.parties, key=lambda p: (p.position, p.partner.name)))
            expiry = _expiry(a)
            is_lapsed = False
            if expiry is not None:
                expires_on, computed = expiry
                left = (expires_on - today).days
                if left < 0:
                    is_lapsed = True
                    lapsed.append((a.id, partners, expires_on, computed, -left))
                else:
                    within = [d for d in limits.expiry_days if left <= d]
                    if within:
                        expiring.append((a.id, partners, expires_on, computed, left, min(within)))
                    if a.notice_months and today > last_notice_date(expires_on, a.notice_months):
                        last = last_notice_date(expires_on, a.notice_months)
                        notice.append((a.id, partners, expires_on, a.notice_months, last, (today - last).days, left))
            if not is_lapsed:
                since = a.effective_on or a.signed_on or a.created_at.date()
                moves = [x.occurred_on for x in s.scalars(select(Activity).where(Activity.agreement_id == a.id))]
                moves += [
                    d.start_on
                    for d in s.scalars(select(Delegation).where(Delegation.agreement_id == a.id))
                    if d.status != DelegationStatus.CANCELLED
                ]
                moves += [
                    t.occurred_on
                    for t in s.scalars(
                        select(Transaction)
                        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
                        .where(BudgetLine.agreement_id == a.id)
                    )
                ]
                moved = max((m for m in moves if m <= today), default=None)
                reference = max(moved, since) if moved is not None else since
                if reference < dormant_from:
                    dormant.append((a.id, partners, since, moved, (today - reference).days))
            # the evaluation owed: in force at some time during last year (live today), none recorded for it
            began = a.effective_on or a.signed_on
            evaluated = s.scalar(
                select(Evaluation.id).where(Evaluation.agreement_id == a.id, Evaluation.year == last_year)
            )
            ends = expiry[0] if expiry is not None else None
            if (
                began is not None
                and began <= date(last_year, 12, 31)
                and (ends is None or ends >= date(last_year, 1, 1))
                and evaluated is None
            ):
                missing.append((a.number or "\uffff", a.id, partners, ends))
        # stage changes are not needed for live agreements (only ended ones look at them)
        assert s.scalar(select(StageChange.id).limit(1)) is not None
    expiring.sort(key=lambda x: (x[4], x[0]))
    lapsed.sort(key=lambda x: (x[4], x[0]))
    notice.sort(key=lambda x: (x[6], x[0]))
    dormant.sort(key=lambda x: (-x[4], x[0]))  # type: ignore[operator]
    missing.sort(key=lambda x: (x[0], x[1]))
    return {
        "expiring": expiring,
        "lapsed": lapsed,
        "notice_overdue": notice,
        "dormant": dormant,
        "evaluations_missing": [m[1:] for m in missing],
    }


def _listed(board: Dashboard) -> dict[str, list[tuple[object, ...]]]:
    return {
        "expiring": [
            (
                x.agreement.agreement_id,
                x.agreement.partners,
                x.expires_on,
                x.expiry_computed,
                x.days_left,
                x.within_days,
            )
            for x in board.expiring
        ],
        "lapsed": [
            (x.agreement.agreement_id, x.agreement.partners, x.expires_on, x.expiry_computed, x.days_past)
            for x in board.lapsed
        ],
        "notice_overdue": [
            (
                x.agreement.agreement_id,
                x.agreement.partners,
                x.expires_on,
                x.notice_months,
                x.last_notice_on,
                x.days_past_notice,
                x.days_left,
            )
            for x in board.notice_overdue
        ],
        "dormant": [
            (x.agreement.agreement_id, x.agreement.partners, x.since, x.last_movement, x.quiet_days)
            for x in board.dormant
        ],
        "evaluations_missing": [
            (m.agreement.agreement_id, m.agreement.partners, m.agreement.expires_on) for m in board.evaluations_missing
        ],
    }


@pytest.mark.parametrize("today", DAYS, ids=[d.isoformat() for d in DAYS])
def test_dashboard_on_a_scaled_demo_equals_the_rules_read_one_agreement_at_a_time(demo_ctx, today: date) -> None:
    board = what_needs_doing(demo_ctx, today)
    expected = _expected(demo_ctx, today)
    listed = _listed(board)
    for section, rows in expected.items():
        assert listed[section] == rows, section
    # the dataset exercises every agreement section on the main day
    if today == TODAY:
        assert all(expected[section] for section in expected), {k: len(v) for k, v in expected.items()}
    # each agreement is listed at most once between lapsed and dormant
    assert not {x.agreement.agreement_id for x in board.lapsed} & {x.agreement.agreement_id for x in board.dormant}
    # the facts shown for an agreement are its own
    with reading(demo_ctx) as s:
        for item in [x.agreement for x in board.expiring[:20]] + [x.agreement for x in board.dormant[:20]]:
            a = s.get(Agreement, item.agreement_id)
            assert a is not None
            assert (item.number, item.title_id, item.title_en, item.stage_name_id) == (
                a.number,
                a.title_id,
                a.title_en,
                a.stage.name_id,
            )
