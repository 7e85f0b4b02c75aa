"""The scorecard of each agreement for a period: what it produced, what it cost and brought in, its indicators
against their targets, how long it has been quiet and whether it is alive, weak or dormant.

Set-based: a handful of queries whatever the number of agreements (the annual report covers tens of
thousands). Counts and sums stop at ``as_of`` (the period's end, or today when the period runs on): what has
not happened yet does not count.

* activities: dated in the period;
* delegations: starting in the period, not cancelled, outgoing and incoming apart;
* money: services.budget.agreement_money (spending realised and grants received apart, in rupiah);
* indicators: the values of activities in the period linked to a named indicator, against the sum of that
  indicator's targets for the years the period touches;
* the last sign of life: the latest activity, delegation start (not cancelled) or transaction up to ``as_of``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secretariat.domain.enums import DelegationStatus, Direction
from secretariat.domain.errors import NotFoundError
from secretariat.domain.impact import (
    ActionChoice,
    DormantAction,
    ImpactStatus,
    IndicatorResult,
    StatusRules,
    dormant_actions,
    impact_status,
    overall_achievement,
    recommended_action,
)
from secretariat.domain.impact import Recommendation as Rec
from secretariat.domain.rules import expiry_from_term
from secretariat.services.budget.agreement_money import AgreementMoney, agreements_money
from secretariat.services.context import ServiceContext, reading
from secretariat.services.impact.rules import load_status_rules
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    BudgetLine,
    Delegation,
    Evaluation,
    ImpactIndicator,
    Indicator,
    IndicatorTarget,
    Partner,
    Stage,
    StageChange,
    Transaction,
)

CANCELLED = DelegationStatus.CANCELLED


@dataclass(frozen=True)
class AgreementFacts:
    """What identifies an agreement on a scorecard."""

    agreement_id: int
    number: str | None
    title_id: str
    title_en: str
    kind: str
    instrument: str
    stage_code: str
    stage_name_id: str
    stage_name_en: str
    stage_is_live: bool
    partners: tuple[str, ...]
    countries: tuple[str, ...]  # ISO alpha-2 of the partners, in partner order, without repeats
    since: date  # effective, else signing, else recording date
    signed_on: date | None
    expires_on: date | None  # recorded, else computed from the term
    notice_months: int | None

    def title(self, language: str = "id") -> str:
        return self.title_id if language == "id" else self.title_en


@dataclass(frozen=True)
class Scorecard:
    agreement: AgreementFacts
    start: date
    end: date
    as_of: date
    activities: int
    delegations_out: int
    delegations_in: int
    money: AgreementMoney
    indicators: tuple[IndicatorResult, ...]
    achievement: Decimal | None  # percent; None without any target in the period
    last_sign_of_life: date | None
    quiet_days: int
    status: ImpactStatus
    unlinked_values: int  # activity indicator values in the period not linked to a named indicator
    recommendation: Rec | None = None  # of the evaluation of the period's last year, if any
    recommended: DormantAction | None = None  # dormant only

    @property
    def movements(self) -> int:
        return self.activities + self.delegations_out + self.delegations_in

    @property
    def actions(self) -> tuple[ActionChoice, ...]:
        """What the office can do with it (dormant only), as of the period's end or today."""
        if self.status is not ImpactStatus.DORMANT:
            return ()
        return dormant_actions(self.as_of, self.agreement.expires_on, self.agreement.notice_months)


# --- which agreements --------------------------------------------------------------------------------------------


def _facts_query() -> Any:
    return select(
        Agreement.id,
        Agreement.number,
        Agreement.title_id,
        Agreement.title_en,
        Agreement.kind,
        Agreement.instrument,
        Agreement.signed_on,
        Agreement.effective_on,
        Agreement.term_months,
        Agreement.expires_on,
        Agreement.notice_months,
        Agreement.created_at,
        Stage.code,
        Stage.name_id,
        Stage.name_en,
        Stage.is_live,
    ).join(Stage, Stage.id == Agreement.stage_id)


def agreement_facts(session: Session, ids: list[int], *, partners: bool = True) -> dict[int, AgreementFacts]:
    """What identifies each of ``ids``; without ``partners`` (status counts only) just the dates are read and
    the names, titles and stage are left empty."""
    if not ids:
        return {}
    if not partners:
        return _dates_only(session, ids)
    rows = list(_scoped(session, _facts_query(), Agreement.id, ids))
    return _facts(rows, lambda query, column: _scoped(session, query, column, ids))


def agreement_facts_where(session: Session, *conditions: Any) -> dict[int, AgreementFacts]:
    """What identifies each agreement meeting ``conditions`` (on Agreement and its Stage): one query for the
    agreements, their partners read by lists of their ids (a dashboard reminder of thousands of agreements)."""
    rows = session.connection().execute(_facts_query().where(*conditions)).all()
    ids = sorted(row.id for row in rows)

    def by_ids(query: Any, column: Any) -> Iterable[Any]:
        for chunk in _chunks(ids):
            yield from session.connection().execute(query.where(column.in_(chunk)))

    return _facts(rows, by_ids)


def _facts(rows: Iterable[Any], scoped: Callable[[Any, Any], Iterable[Any]]) -> dict[int, AgreementFacts]:
    """Facts from the rows of :func:`_facts_query`, with the partners read by ``scoped(query, id column)``."""
    names: dict[int, list[str]] = defaultdict(list)
    countries: dict[int, list[str]] = defaultdict(list)
    query = (
        select(AgreementPartner.agreement_id, Partner.name, Partner.country_code)
        .join(Partner, Partner.id == AgreementPartner.partner_id)
        .order_by(AgreementPartner.agreement_id, AgreementPartner.position, Partner.name)
    )
    for agreement_id, name, country in scoped(query, AgreementPartner.agreement_id):
        names[agreement_id].append(name)
        if country and country not in countries[agreement_id]:
            countries[agreement_id].append(country)
    facts = {}
    for row in rows:
        expires = row.expires_on
        if expires is None and row.effective_on is not None and row.term_months:
            expires = expiry_from_term(row.effective_on, row.term_months)
        facts[row.id] = AgreementFacts(
            agreement_id=row.id,
            number=row.number,
            title_id=row.title_id,
            title_en=row.title_en,
            kind=row.kind,
            instrument=row.instrument,
            stage_code=row.code,
            stage_name_id=row.name_id,
            stage_name_en=row.name_en,
            stage_is_live=bool(row.is_live),
            partners=tuple(names[row.id]),
            countries=tuple(countries[row.id]),
            since=row.effective_on or row.signed_on or row.created_at.date(),
            signed_on=row.signed_on,
            expires_on=expires,
            notice_months=row.notice_months,
        )
    return facts


def _dates_only(session: Session, ids: list[int]) -> dict[int, AgreementFacts]:
    query = select(
        Agreement.id,
        Agreement.signed_on,
        Agreement.effective_on,
        Agreement.term_months,
        Agreement.expires_on,
        Agreement.notice_months,
        Agreement.created_at,
    )
    facts = {}
    for agreement_id, signed_on, effective_on, term_months, recorded_expiry, notice_months, created_at in _scoped(
        session, query, Agreement.id, ids
    ):
        expires_on = recorded_expiry
        if expires_on is None and effective_on is not None and term_months:
            expires_on = expiry_from_term(effective_on, term_months)
        facts[agreement_id] = AgreementFacts(
            agreement_id=agreement_id,
            number=None,
            title_id="",
            title_en="",
            kind="",
            instrument="",
            stage_code="",
            stage_name_id="",
            stage_name_en="",
            stage_is_live=False,
            partners=(),
            countries=(),
            since=effective_on or signed_on or created_at.date(),
            signed_on=signed_on,
            expires_on=expires_on,
            notice_months=notice_months,
        )
    return facts


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for begin in range(0, len(ids), size):
        yield ids[begin : begin + size]


MANY = 2000  # above this many agreements one unrestricted query, filtered here, beats lists of ids


def _scoped(session: Session, query: Any, column: Any, ids: list[int]) -> Iterable[Any]:
    """The rows of ``query`` (whose first column is the agreement's id) for the agreements ``ids``."""
    if len(ids) > MANY:
        wanted = set(ids)
        for row in session.execute(query):
            if row[0] in wanted:
                yield row
        return
    for chunk in _chunks(ids):
        yield from session.execute(query.where(column.in_(chunk)))


def live_agreement_ids(session: Session) -> list[int]:
    """The agreements whose stage is live (in force) today."""
    return list(
        session.scalars(
            select(Agreement.id).join(Stage, Stage.id == Agreement.stage_id).where(Stage.is_live.is_(True))
        ).all()
    )


def in_force_ids(session: Session, start: date, end: date, among: list[int] | None = None) -> list[int]:
    """The agreements in force at some time between ``start`` and ``end``.

    In force: signed (or effective) on or before ``end``, not expired before ``start``, and either live today
    or moved to a final stage (renewed, expired, terminated) on or after ``start``.
    """
    ended = (
        select(StageChange.agreement_id, func.max(StageChange.on).label("ended_on"))
        .join(Stage, Stage.id == StageChange.to_stage_id)
        .where(Stage.is_final.is_(True))
        .group_by(StageChange.agreement_id)
        .subquery()
    )
    began = func.coalesce(Agreement.effective_on, Agreement.signed_on)
    query = (
        select(Agreement.id, Agreement.expires_on, Agreement.effective_on, Agreement.term_months)
        .join(Stage, Stage.id == Agreement.stage_id)
        .outerjoin(ended, ended.c.agreement_id == Agreement.id)
        .where(
            began.is_not(None),
            began <= end,
            or_(Stage.is_live.is_(True), (Stage.is_final.is_(True)) & (ended.c.ended_on >= start)),
        )
    )
    rows = list(_scoped(session, query, Agreement.id, among)) if among is not None else session.execute(query).all()
    found = []
    for agreement_id, expires_on, effective_on, term_months in rows:
        expiry = expires_on
        if expiry is None and effective_on is not None and term_months:
            expiry = expiry_from_term(effective_on, term_months)
        if expiry is None or expiry >= start:
            found.append(agreement_id)
    return sorted(found)


# --- figures -----------------------------------------------------------------------------------------------------


def _counts(
    session: Session, ids: list[int], start: date, as_of: date
) -> tuple[dict[int, int], dict[tuple[int, str], int]]:
    activities: dict[int, int] = {}
    delegations: dict[tuple[int, str], int] = {}
    query: Any = (
        select(Activity.agreement_id, func.count(Activity.id))
        .where(Activity.occurred_on >= start, Activity.occurred_on <= as_of)
        .group_by(Activity.agreement_id)
    )
    for agreement_id, count in _scoped(session, query, Activity.agreement_id, ids):
        activities[int(agreement_id)] = int(count)
    query = (
        select(Delegation.agreement_id, Delegation.direction, func.count(Delegation.id))
        .where(Delegation.start_on >= start, Delegation.start_on <= as_of, Delegation.status != CANCELLED)
        .group_by(Delegation.agreement_id, Delegation.direction)
    )
    for visiting_id, direction, count in _scoped(session, query, Delegation.agreement_id, ids):
        delegations[(int(visiting_id), direction)] = int(count)
    return activities, delegations


def _last_signs(session: Session, ids: list[int], as_of: date) -> dict[int, date]:
    latest: dict[int, date] = {}
    queries = [
        (
            select(Activity.agreement_id, func.max(Activity.occurred_on))
            .where(Activity.occurred_on <= as_of)
            .group_by(Activity.agreement_id),
            Activity.agreement_id,
        ),
        (
            select(Delegation.agreement_id, func.max(Delegation.start_on))
            .where(Delegation.start_on <= as_of, Delegation.status != CANCELLED)
            .group_by(Delegation.agreement_id),
            Delegation.agreement_id,
        ),
        (
            select(BudgetLine.agreement_id, func.max(Transaction.occurred_on))
            .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
            .where(Transaction.occurred_on <= as_of)
            .group_by(BudgetLine.agreement_id),
            BudgetLine.agreement_id,
        ),
    ]
    for query, column in queries:
        for agreement_id, moved_on in _scoped(session, query, column, ids):
            if agreement_id is None or moved_on is None:
                continue
            if agreement_id not in latest or moved_on > latest[agreement_id]:
                latest[agreement_id] = moved_on
    return latest


def _indicators(
    session: Session, ids: list[int], start: date, end: date, as_of: date
) -> tuple[dict[int, list[IndicatorResult]], dict[int, int]]:
    named: dict[int, tuple[int, str, str]] = {}  # indicator id -> (agreement, name, unit)
    order: dict[int, list[int]] = defaultdict(list)
    targets: dict[int, Decimal] = {}
    achieved: dict[int, Decimal] = defaultdict(Decimal)
    unlinked: dict[int, int] = {}
    query: Any = select(
        ImpactIndicator.agreement_id, ImpactIndicator.id, ImpactIndicator.name, ImpactIndicator.unit
    ).order_by(ImpactIndicator.agreement_id, ImpactIndicator.position, ImpactIndicator.id)
    for agreement_id, indicator_id, name, unit in _scoped(session, query, ImpactIndicator.agreement_id, ids):
        named[indicator_id] = (agreement_id, name, unit)
        order[agreement_id].append(indicator_id)
    query = (
        select(ImpactIndicator.agreement_id, IndicatorTarget.impact_indicator_id, IndicatorTarget.target)
        .join(ImpactIndicator, ImpactIndicator.id == IndicatorTarget.impact_indicator_id)
        .where(IndicatorTarget.year >= start.year, IndicatorTarget.year <= end.year)
    )
    for _agreement, indicator_id, value in _scoped(session, query, ImpactIndicator.agreement_id, ids):
        targets[indicator_id] = targets.get(indicator_id, Decimal(0)) + value
    query = (
        select(Activity.agreement_id, Indicator.impact_indicator_id, Indicator.value)
        .join(Activity, Activity.id == Indicator.activity_id)
        .where(Activity.occurred_on >= start, Activity.occurred_on <= as_of)
    )
    for owner_id, linked_id, value in _scoped(session, query, Activity.agreement_id, ids):
        if linked_id is not None and linked_id in named:
            achieved[linked_id] += value
        else:
            unlinked[owner_id] = unlinked.get(owner_id, 0) + 1
    results: dict[int, list[IndicatorResult]] = {}
    for agreement_id, indicator_ids in order.items():
        results[agreement_id] = [
            IndicatorResult(named[i][1], named[i][2], targets.get(i), achieved.get(i, Decimal(0)))
            for i in indicator_ids
            if i in targets or achieved.get(i)
        ]
    return results, unlinked


def _recommendations(session: Session, ids: list[int], year: int) -> dict[int, Rec]:
    query = select(Evaluation.agreement_id, Evaluation.recommendation).where(Evaluation.year == year)
    return {agreement_id: Rec(value) for agreement_id, value in _scoped(session, query, Evaluation.agreement_id, ids)}


def scorecards(
    ctx: ServiceContext,
    start: date,
    end: date,
    *,
    today: date | None = None,
    agreement_ids: Iterable[int] | None = None,
    rules: StatusRules | None = None,
    detailed: bool = True,
) -> list[Scorecard]:
    """The scorecards of ``agreement_ids`` (default: every agreement in force during the period) for the
    period ``start``-``end``, ordered by agreement number.

    Without ``detailed`` (trends: only the status counts) partners, money and recommendations are left out.
    """
    today = today or date.today()
    as_of = min(end, today)
    with reading(ctx) as session:
        rules = rules or load_status_rules(session)
        ids = sorted(set(agreement_ids)) if agreement_ids is not None else in_force_ids(session, start, end)
        facts = agreement_facts(session, ids, partners=detailed)
        activities, delegations = _counts(session, ids, start, as_of)
        latest = _last_signs(session, ids, as_of)
        indicators, unlinked = _indicators(session, ids, start, end, as_of)
        recommendations = _recommendations(session, ids, end.year) if detailed else {}
    money: dict[int, AgreementMoney] = {}
    if detailed and ids and start <= as_of:
        # many agreements: every agreement's money in one query rather than a list of thousands of ids
        money = agreements_money(ctx, start, as_of, None if len(ids) > MANY else ids)
    cards = []
    for agreement_id in ids:
        if agreement_id not in facts:
            continue
        fact = facts[agreement_id]
        last = latest.get(agreement_id)
        reference = max(last, fact.since) if last is not None else fact.since
        quiet = max((as_of - reference).days, 0)
        results = tuple(indicators.get(agreement_id, ()))
        achievement = overall_achievement(results)
        count = activities.get(agreement_id, 0)
        out = delegations.get((agreement_id, Direction.OUTGOING), 0)
        incoming = delegations.get((agreement_id, Direction.INCOMING), 0)
        status = impact_status(quiet, count + out + incoming, achievement, rules)
        recommendation = recommendations.get(agreement_id)
        cards.append(
            Scorecard(
                agreement=fact,
                start=start,
                end=end,
                as_of=as_of,
                activities=count,
                delegations_out=out,
                delegations_in=incoming,
                money=money.get(agreement_id) or AgreementMoney(agreement_id, start, end),
                indicators=results,
                achievement=achievement,
                last_sign_of_life=last,
                quiet_days=quiet,
                status=status,
                unlinked_values=unlinked.get(agreement_id, 0),
                recommendation=recommendation,
                recommended=recommended_action(status, recommendation, fact.expires_on, as_of),
            )
        )
    cards.sort(key=lambda c: (c.agreement.number or "\uffff", c.agreement.agreement_id))
    return cards


def scorecard(
    ctx: ServiceContext, agreement_id: int, start: date, end: date, *, today: date | None = None
) -> Scorecard:
    """One agreement's scorecard for the period (whatever its stage)."""
    found = scorecards(ctx, start, end, today=today, agreement_ids=[agreement_id])
    if not found:
        raise NotFoundError(f"There is no agreement {agreement_id}.", f"Tidak ada perjanjian {agreement_id}.")
    return found[0]
