"""What needs doing today: the reminders of the main window's dashboard.

One read, a handful of set-based queries (no query per record), so the
dashboard stays fast on a full register. Every list holds plain frozen
dataclasses, sorted so the most urgent item comes first.

Rules (shared/domain.md, "Validity and termination", "Delegation visits"):

- An agreement counts while its stage is *live* (in force: signed,
  implementation, evaluation). Its expiry is ``expires_on``, or, when only
  ``effective_on`` and ``term_months`` are set, the date computed from them.
- *Expiring*: expiry today or within the largest reminder threshold; each
  item carries the smallest threshold it falls in. Only agreements not yet
  expired are reminded here.
- *Lapsed*: the expiry has passed but the stage still says "in force" (it was
  never marked expired, renewed or ended): the clerk marks it expired or
  renews it. Such an agreement is listed only here (not as dormant).
- *Notice overdue*: the last day to give notice of termination
  (``expiry - notice_months``) has passed and the agreement has not expired.
- *Dormant*: nothing moved for ``dormant_months``: no activity, no delegation
  (not cancelled) starting, no budget transaction on a line of the agreement.
  Movements dated after today do not count; the clock starts at the
  agreement's effective (or signing) date.
- *Departing*: a delegation (neither cancelled nor completed) starting within
  ``departing_days`` that still has a permit step neither granted nor marked
  not needed, or, for an outgoing delegation, a member whose passport expires
  less than ``passport_months`` after the return date (or whose expiry is not
  recorded).
- *Evaluation missing*: a live agreement in force during the past year has no
  yearly evaluation (monev) of that year (services.impact.evaluations).
- *Over plan*: a spending (or financing) budget line whose realisations (in
  rupiah) exceed its ceiling. A revenue line (a grant) received above its
  target is no fault and is not listed; the account's side in the chart of
  accounts decides which a line is (services.budget.sides).
- *No subject*: an agreement with a text (LoI, MoU, arrangement), not ended,
  whose subject is not recorded: the title of its text needs it after
  "TENTANG" / "ON". Upgraded databases list here the agreements whose subject
  could not be taken out of their title.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.delegation_rules import DelegationWarning, WarningCode
from secretariat.domain.enums import BudgetSide, DelegationStatus, Direction, PermitStatus, TransactionKind
from secretariat.domain.rules import add_months, expiry_from_term, last_notice_date, passport_too_short
from secretariat.services.budget.sides import sides_of
from secretariat.services.context import ServiceContext, reading
from secretariat.services.delegations.checks import delegation_warnings_many
from secretariat.services.impact.evaluations import MissingEvaluation, missing_evaluations
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    BudgetLine,
    Delegation,
    Member,
    Partner,
    PermitStep,
    Stage,
    Transaction,
)

DONE_PERMIT_STATUSES = (PermitStatus.GRANTED, PermitStatus.NOT_NEEDED)
CLOSED_DELEGATION_STATUSES = (DelegationStatus.CANCELLED, DelegationStatus.COMPLETED)


@dataclass(frozen=True)
class ReminderThresholds:
    """How far ahead (or back) the dashboard looks; the office may change each."""

    expiry_days: tuple[int, ...] = (180, 90, 30)
    dormant_months: int = 12
    departing_days: int = 30
    passport_months: int = 6

    def __post_init__(self) -> None:
        days = tuple(sorted({int(d) for d in self.expiry_days}, reverse=True))
        if not days or days[-1] < 0:
            raise ValueError("expiry_days needs at least one threshold of zero days or more")
        object.__setattr__(self, "expiry_days", days)
        for name in ("dormant_months", "departing_days", "passport_months"):
            if int(getattr(self, name)) < 0:
                raise ValueError(f"{name} cannot be negative")

    def bucket(self, days_left: int) -> int | None:
        """The smallest threshold ``days_left`` falls within; 0 when already expired; None beyond all."""
        if days_left < 0:
            return 0
        within = [d for d in self.expiry_days if days_left <= d]
        return min(within) if within else None


@dataclass(frozen=True)
class AgreementItem:
    """The facts that identify an agreement on the dashboard."""

    agreement_id: int
    number: str | None
    title_id: str
    title_en: str
    partners: tuple[str, ...]
    stage_name_id: str
    stage_name_en: str

    def title(self, language: str = "id") -> str:
        return self.title_id if language == "id" else self.title_en


@dataclass(frozen=True)
class ExpiringAgreement:
    agreement: AgreementItem
    expires_on: date
    expiry_computed: bool  # computed from effective_on + term_months
    days_left: int  # negative: already expired, stage not moved on
    within_days: int  # the smallest threshold it falls in (0: expired)


@dataclass(frozen=True)
class LapsedAgreement:
    """Past its expiry, still at a stage in force: to be marked expired or renewed."""

    agreement: AgreementItem
    expires_on: date
    expiry_computed: bool  # computed from effective_on + term_months
    days_past: int  # days since the expiry (1 or more)


@dataclass(frozen=True)
class NoticeOverdue:
    agreement: AgreementItem
    expires_on: date
    notice_months: int
    last_notice_on: date
    days_past_notice: int
    days_left: int


@dataclass(frozen=True)
class DormantAgreement:
    agreement: AgreementItem
    since: date  # effective or signing date
    last_movement: date | None  # latest activity, delegation or transaction up to today
    quiet_days: int


@dataclass(frozen=True)
class PermitGap:
    name: str
    status: str  # a PermitStatus code


@dataclass(frozen=True)
class PassportGap:
    member_name: str
    passport_expiry: date | None  # None: not recorded
    valid_until_needed: date  # the passport must be valid at least until this day


@dataclass(frozen=True)
class DepartingDelegation:
    delegation_id: int
    code: str
    purpose: str
    direction: str
    country_code: str
    country_name_id: str
    country_name_en: str
    start_on: date
    end_on: date
    days_left: int
    permits_missing: tuple[PermitGap, ...]
    passports_short: tuple[PassportGap, ...]
    # The delegation's other checks (size, a member on an overlapping visit, per-diem grade or rate),
    # as (Indonesian, English) messages.
    other_checks: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class OverspentLine:
    budget_line_id: int
    fiscal_year: int
    account_code: str
    description: str
    planned_idr: int
    realised_idr: int

    @property
    def over_idr(self) -> int:
        return self.realised_idr - self.planned_idr


@dataclass(frozen=True)
class Dashboard:
    today: date
    thresholds: ReminderThresholds
    expiring: list[ExpiringAgreement] = field(default_factory=list)
    lapsed: list[LapsedAgreement] = field(default_factory=list)
    notice_overdue: list[NoticeOverdue] = field(default_factory=list)
    dormant: list[DormantAgreement] = field(default_factory=list)
    departing: list[DepartingDelegation] = field(default_factory=list)
    over_plan: list[OverspentLine] = field(default_factory=list)
    no_subject: list[AgreementItem] = field(default_factory=list)
    # live agreements in force last year without that year's evaluation (monev, issue 16)
    evaluations_missing: list[MissingEvaluation] = field(default_factory=list)

    def expiring_within(self, days: int) -> list[ExpiringAgreement]:
        """The agreements of one threshold bucket (0: expiring today)."""
        return [item for item in self.expiring if item.within_days == days]

    @property
    def count(self) -> int:
        return (
            len(self.expiring)
            + len(self.lapsed)
            + len(self.notice_overdue)
            + len(self.dormant)
            + len(self.departing)
            + len(self.over_plan)
            + len(self.no_subject)
            + len(self.evaluations_missing)
        )


def what_needs_doing(ctx: ServiceContext, today: date, thresholds: ReminderThresholds | None = None) -> Dashboard:
    """Every reminder due on ``today``."""
    thresholds = thresholds or ReminderThresholds()
    with reading(ctx) as session:
        live = _live_agreements(session, today, thresholds)
        expiring, lapsed, notice = _expiry_reminders(live, today, thresholds)
        lapsed_ids = {x[0] for x in lapsed}
        dormant = _dormant(session, lapsed_ids, today, thresholds)
        departing = _departing(session, today, thresholds)
        over_plan = _over_plan(session)
        reminded: list[int] = [x[0] for x in expiring] + [x[0] for x in lapsed] + [x[0] for x in notice]
        items = _items(session, reminded + [x[0] for x in dormant])
        no_subject = _without_subject(session)
        evaluations_missing = missing_evaluations(session, today)
    checks = delegation_warnings_many(ctx, [d.delegation_id for d in departing], today)
    return Dashboard(
        today=today,
        thresholds=thresholds,
        expiring=[ExpiringAgreement(items[x[0]], *x[1:]) for x in expiring],
        lapsed=[LapsedAgreement(items[x[0]], *x[1:]) for x in lapsed],
        notice_overdue=[NoticeOverdue(items[x[0]], *x[1:]) for x in notice],
        dormant=[DormantAgreement(items[x[0]], *x[1:]) for x in dormant],
        departing=[
            d for d in (_with_other_checks(d, checks.get(d.delegation_id, [])) for d in departing) if _needs_doing(d)
        ],
        over_plan=over_plan,
        no_subject=no_subject,
        evaluations_missing=evaluations_missing,
    )


#: The instruments whose text the program drafts (and so needs a subject for its title).
_DRAFTED = ("loi", "mou", "arrangement")


def _without_subject(session: Session) -> list[AgreementItem]:
    """Agreements not ended, drafted by the program, without a subject for their text's title (oldest first)."""
    empty_id = func.coalesce(func.trim(Agreement.subject_id), "") == ""
    empty_en = func.coalesce(func.trim(Agreement.subject_en), "") == ""
    rows = session.execute(
        select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en, Stage.name_id, Stage.name_en)
        .join(Stage, Stage.id == Agreement.stage_id)
        .where(Stage.is_final.is_(False), Agreement.instrument.in_(_DRAFTED), empty_id | empty_en)
        .order_by(Agreement.id)
    ).all()
    partners: dict[int, list[str]] = defaultdict(list)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 500):
        for agreement_id, name in session.execute(
            select(AgreementPartner.agreement_id, Partner.name)
            .join(Partner, Partner.id == AgreementPartner.partner_id)
            .where(AgreementPartner.agreement_id.in_(ids[start : start + 500]))
            .order_by(AgreementPartner.agreement_id, AgreementPartner.position)
        ):
            partners[agreement_id].append(name)
    return [
        AgreementItem(
            agreement_id=row.id,
            number=row.number,
            title_id=row.title_id,
            title_en=row.title_en,
            partners=tuple(partners[row.id]),
            stage_name_id=row.name_id,
            stage_name_en=row.name_en,
        )
        for row in rows
    ]


# Checks of services.delegation_checks that the dashboard adds to its own permit and passport facts.
_OTHER_CHECKS = frozenset(
    {
        WarningCode.SIZE_OUTSIDE_LIMITS,
        WarningCode.OVERLAPPING_DELEGATION,
        WarningCode.GRADE_MISSING,
        WarningCode.PER_DIEM_RATE_MISSING,
    }
)


def _with_other_checks(delegation: DepartingDelegation, warnings: list[DelegationWarning]) -> DepartingDelegation:
    found = tuple((w.message_id, w.message_en) for w in warnings if w.code in _OTHER_CHECKS)
    return replace(delegation, other_checks=found) if found else delegation


def _needs_doing(delegation: DepartingDelegation) -> bool:
    return bool(delegation.permits_missing or delegation.passports_short or delegation.other_checks)


# --- agreements ------------------------------------------------------------------------------------


def _live_agreements(session: Session, today: date, thresholds: ReminderThresholds) -> Sequence[Any]:
    """The agreements in force that an expiry reminder may concern, with the dates the reminders look at, as
    plain rows (their titles and partners are read afterwards, by :func:`_items`, for the ones reminded).

    Left in SQL: those without an expiry (none recorded, no term), and those whose recorded expiry lies beyond
    every reminder: after the largest threshold and after the last notice date of the longest notice (a notice
    date before today means an expiry before ``add_months(today, notice)``, give or take the 3 days a month's
    end clamps)."""
    longest_notice = max(session.scalar(select(func.max(Agreement.notice_months))) or 0, 0)
    horizon = max(
        date.fromordinal(today.toordinal() + thresholds.expiry_days[0]),
        date.fromordinal(add_months(today, longest_notice).toordinal() + 3),
    )
    has_expiry = Agreement.expires_on.is_not(None) | (
        Agreement.effective_on.is_not(None) & (Agreement.term_months != 0)
    )
    return (
        session.connection()
        .execute(
            select(
                Agreement.id,
                Agreement.signed_on,
                Agreement.effective_on,
                Agreement.term_months,
                Agreement.expires_on,
                Agreement.notice_months,
            )
            .join(Stage, Stage.id == Agreement.stage_id)
            # coalesce, not 'IS NULL OR <=': SQLite would walk the expiry index and fetch rows one by one
            .where(Stage.is_live.is_(True), has_expiry, func.coalesce(Agreement.expires_on, horizon) <= horizon)
        )
        .all()
    )


def _expiry(row: Any) -> tuple[date, bool] | None:
    """The agreement's expiry, and whether it was computed from the date in force and the term."""
    if row.expires_on is not None:
        return row.expires_on, False
    if row.effective_on is not None and row.term_months:
        return expiry_from_term(row.effective_on, row.term_months), True
    return None


_CHUNK = 5000


def _items(session: Session, agreement_ids: list[int]) -> dict[int, AgreementItem]:
    """Number, titles, partners and stage of the agreements reminded, a few queries in all."""
    wanted = list(dict.fromkeys(agreement_ids))
    found: dict[int, AgreementItem] = {}
    connection = session.connection()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        partners: dict[int, list[str]] = defaultdict(list)
        for agreement_id, name in connection.execute(
            select(AgreementPartner.agreement_id, Partner.name)
            .join(Partner, Partner.id == AgreementPartner.partner_id)
            .where(AgreementPartner.agreement_id.in_(chunk))
            .order_by(AgreementPartner.agreement_id, AgreementPartner.position, Partner.name)
        ).all():
            partners[agreement_id].append(name)
        for row in connection.execute(
            select(Agreement.id, Agreement.number, Agreement.title_id, Agreement.title_en, Stage.name_id, Stage.name_en)
            .join(Stage, Stage.id == Agreement.stage_id)
            .where(Agreement.id.in_(chunk))
        ).all():
            found[row.id] = AgreementItem(
                agreement_id=row.id,
                number=row.number,
                title_id=row.title_id,
                title_en=row.title_en,
                partners=tuple(partners[row.id]),
                stage_name_id=row.name_id,
                stage_name_en=row.name_en,
            )
    return found


# Reminders are gathered as tuples (the agreement's id, then the fields of their dataclass after the
# agreement) and made into dataclasses once the few agreements reminded have been read.
_Expiring = tuple[int, date, bool, int, int]
_Lapsed = tuple[int, date, bool, int]
_Notice = tuple[int, date, int, date, int, int]
_Dormant = tuple[int, date, "date | None", int]


def _expiry_reminders(
    live: Sequence[Any], today: date, thresholds: ReminderThresholds
) -> tuple[list[_Expiring], list[_Lapsed], list[_Notice]]:
    expiring: list[_Expiring] = []
    lapsed: list[_Lapsed] = []
    notice: list[_Notice] = []
    for agreement in live:
        expiry = _expiry(agreement)
        if expiry is None:
            continue
        expires_on, computed = expiry
        days_left = (expires_on - today).days
        if days_left < 0:
            lapsed.append((agreement.id, expires_on, computed, -days_left))
            continue
        bucket = thresholds.bucket(days_left)
        if bucket is not None:
            expiring.append((agreement.id, expires_on, computed, days_left, bucket))
        if agreement.notice_months:
            last_notice = last_notice_date(expires_on, agreement.notice_months)
            if today > last_notice:
                notice.append(
                    (
                        agreement.id,
                        expires_on,
                        agreement.notice_months,
                        last_notice,
                        (today - last_notice).days,
                        days_left,
                    )
                )
    expiring.sort(key=lambda x: (x[3], x[0]))  # days left
    lapsed.sort(key=lambda x: (x[3], x[0]))  # days past: the most recently lapsed first
    notice.sort(key=lambda x: (x[5], x[0]))  # days left
    return expiring, lapsed, notice


def _movements(agreement: Any, last: date, first: date | None = None, *, latest: bool = False) -> list[Any]:
    """Per kind of movement, a query of the movement dates of ``agreement`` (a correlated column) up to ``last``
    (and from ``first``), or with ``latest`` of the latest of them: activities, delegations starting (not
    cancelled), transactions on its budget lines."""

    def dated(column: Any, *conditions: Any) -> Any:
        bounds = [column <= last] if first is None else [column >= first, column <= last]
        return select(func.max(column) if latest else column).where(*conditions, *bounds)

    return [
        dated(Activity.occurred_on, Activity.agreement_id == agreement),
        dated(
            Delegation.start_on,
            Delegation.agreement_id == agreement,
            Delegation.status != DelegationStatus.CANCELLED,
        ),
        dated(Transaction.occurred_on, BudgetLine.agreement_id == agreement).join(
            BudgetLine, BudgetLine.id == Transaction.budget_line_id
        ),
    ]


def _dormant(session: Session, lapsed: set[int], today: date, thresholds: ReminderThresholds) -> list[_Dormant]:
    """Live agreements (not lapsed) where nothing moved since the threshold, nor since they took effect.

    SQL keeps the live agreements without a movement from the threshold to today (an index search each) and
    reads the latest movement of those alone; the date they took effect is compared here."""
    threshold = add_months(today, -thresholds.dormant_months)  # domain.rules.is_dormant, computed once
    recent = _movements(Agreement.id, today, threshold)
    latest = [query.scalar_subquery() for query in _movements(Agreement.id, today, latest=True)]
    rows = (
        session.connection()
        .execute(
            select(Agreement.id, Agreement.effective_on, Agreement.signed_on, Agreement.created_at, *latest)
            .join(Stage, Stage.id == Agreement.stage_id)
            .where(Stage.is_live.is_(True), *(~query.exists() for query in recent))
        )
        .all()
    )
    dormant: list[_Dormant] = []
    for agreement_id, effective_on, signed_on, created_at, *moves in rows:
        if agreement_id in lapsed:
            continue
        since = effective_on or signed_on or created_at.date()
        moved = max((m for m in moves if m is not None), default=None)
        # A movement before the agreement took effect (preparatory visits) does not restart the clock.
        reference = max(moved, since) if moved is not None else since
        if reference < threshold:
            dormant.append((agreement_id, since, moved, (today - reference).days))
    dormant.sort(key=lambda x: (-x[3], x[0]))
    return dormant


# --- delegations -----------------------------------------------------------------------------------


def _departing(session: Session, today: date, thresholds: ReminderThresholds) -> list[DepartingDelegation]:
    horizon = date.fromordinal(today.toordinal() + thresholds.departing_days)
    delegations = session.scalars(
        select(Delegation)
        .where(
            Delegation.start_on >= today,
            Delegation.start_on <= horizon,
            Delegation.status.not_in(CLOSED_DELEGATION_STATUSES),
        )
        .order_by(Delegation.start_on, Delegation.id)
    ).all()
    if not delegations:
        return []
    ids = [d.id for d in delegations]
    permits: dict[int, list[PermitGap]] = defaultdict(list)
    for delegation_id, name, status in session.execute(
        select(PermitStep.delegation_id, PermitStep.name, PermitStep.status)
        .where(PermitStep.delegation_id.in_(ids), PermitStep.status.not_in(DONE_PERMIT_STATUSES))
        .order_by(PermitStep.delegation_id, PermitStep.position, PermitStep.id)
    ):
        permits[delegation_id].append(PermitGap(name, status))
    members: dict[int, list[tuple[str, date | None]]] = defaultdict(list)
    for delegation_id, name, expiry in session.execute(
        select(Member.delegation_id, Member.name, Member.passport_expiry)
        .where(Member.delegation_id.in_(ids))
        .order_by(Member.delegation_id, Member.position, Member.id)
    ):
        members[delegation_id].append((name, expiry))

    found: list[DepartingDelegation] = []
    for delegation in delegations:
        passports: list[PassportGap] = []
        if delegation.direction == Direction.OUTGOING:
            needed = add_months(delegation.end_on, thresholds.passport_months)
            passports = [
                PassportGap(name, expiry, needed)
                for name, expiry in members[delegation.id]
                if passport_too_short(expiry, delegation.end_on, thresholds.passport_months)
            ]
        gaps = permits[delegation.id]
        found.append(
            DepartingDelegation(
                delegation_id=delegation.id,
                code=delegation.code,
                purpose=delegation.purpose,
                direction=delegation.direction,
                country_code=delegation.country_code,
                country_name_id=delegation.country.name_id,
                country_name_en=delegation.country.name_en,
                start_on=delegation.start_on,
                end_on=delegation.end_on,
                days_left=(delegation.start_on - today).days,
                permits_missing=tuple(gaps),
                passports_short=tuple(passports),
            )
        )
    return found


# --- budget ----------------------------------------------------------------------------------------


def _over_plan(session: Session) -> list[OverspentLine]:
    realised = func.sum(Transaction.idr_amount)
    # realisations over the plan, then only the lines of a spending or financing account
    rows = session.execute(
        select(
            BudgetLine.id,
            BudgetLine.fiscal_year,
            BudgetLine.account_code,
            BudgetLine.description,
            BudgetLine.planned_idr,
            realised.label("realised"),
        )
        .join(Transaction, Transaction.budget_line_id == BudgetLine.id)
        .where(Transaction.kind == TransactionKind.REALISATION)
        .group_by(
            BudgetLine.id,
            BudgetLine.fiscal_year,
            BudgetLine.account_code,
            BudgetLine.description,
            BudgetLine.planned_idr,
        )
        .having(realised > BudgetLine.planned_idr)
    ).all()
    sides = sides_of(session, {row.account_code for row in rows})
    lines = [
        OverspentLine(
            row.id, row.fiscal_year, row.account_code, row.description, int(row.planned_idr), int(row.realised)
        )
        for row in rows
        if sides[row.account_code] is not BudgetSide.REVENUE
    ]
    lines.sort(key=lambda x: (-x.fiscal_year, -x.over_idr, x.budget_line_id))
    return lines
