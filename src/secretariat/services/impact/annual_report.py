"""Gather the annual cooperation report of one year (issue 16) as plain data for the PDF and the workbook.

What counts (the report states each in its headings):

* *in force during the year*: services.impact.scorecard.in_force_ids; the summary by kind, instrument and
  country, the agreement sections, the dormant list and the money count these;
* *by stage*: every agreement recorded, by its stage on the day the report is made;
* *signed*: signing date in the year; *renewed*: signed in the year as the renewal of another; *expired*:
  expiry (recorded or computed from the term) in the year; *ended*: moved in the year to a final stage other
  than renewed or expired (terminated early);
* *partners*: every partner recorded, by country and by kind;
* *delegations*: starting in the year, not cancelled, both ways, with the planned and realised rupiah of the
  spending lines of their budget;
* *trend*: the alive / weak / dormant counts of the five years ending with the report's year, each judged
  on that year alone with the office's rules.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.annual_report import (
    AccountLine,
    AgreementSection,
    AnnualReportData,
    CountRow,
    DelegationLine,
    EvaluationFacts,
    StatusYear,
)
from secretariat.domain.enums import AgreementKind, BudgetSide, DelegationStatus, Direction, Instrument, PaperSize
from secretariat.domain.enums import PartnerKind as Kind
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.impact import FIRST_YEAR, ImpactStatus, action_label
from secretariat.domain.labels import label
from secretariat.domain.rules import expiry_from_term
from secretariat.domain.visit_documents import Letterhead, government_name
from secretariat.services.budget.sides import sides_of
from secretariat.services.context import ServiceContext, reading
from secretariat.services.impact.evaluations import evaluations_of_year
from secretariat.services.impact.scorecard import Scorecard, scorecards
from secretariat.services.office import get_office_profile
from secretariat.storage.models import (
    Account,
    Agreement,
    BudgetLine,
    Country,
    Delegation,
    Partner,
    Stage,
    StageChange,
    Transaction,
)

TREND_YEARS = 5
NOT_ENDED_EARLY = ("renewed", "expired")


def _check_year(year: int, today: date) -> None:
    if not isinstance(year, int) or year < FIRST_YEAR:
        raise ValidationError(
            [
                Problem(
                    "year",
                    f"'{year}' is not a year from {FIRST_YEAR}",
                    f"tahun: '{year}' bukan tahun sejak {FIRST_YEAR}",
                )
            ]
        )
    if year > today.year:
        raise ValidationError(
            [
                Problem(
                    "year",
                    f"{year} is in the future; a report covers a year that has begun",
                    f"tahun: {year} belum terjadi; laporan meliputi tahun yang sudah berjalan",
                )
            ]
        )


def _letterhead(ctx: ServiceContext, paper: str | None) -> Letterhead:
    profile = get_office_profile(ctx)
    if not profile.is_complete:
        raise UserError(
            "Fill in the region's name (Settings, office profile) before making the annual report.",
            "Isi nama daerah (Pengaturan, profil kantor) sebelum membuat laporan tahunan.",
        )
    return Letterhead(
        government_id=government_name(profile.region_name_id, "id"),
        government_en=profile.region_name_en.strip(),
        address_lines=tuple(x.strip() for x in (profile.address_lines or "").splitlines() if x.strip()),
        contact_lines=tuple(x.strip() for x in (profile.contact_lines or "").splitlines() if x.strip()),
        logo_png=profile.logo_png,
        paper=PaperSize(paper or profile.paper),
    )


def _enum_rows(counts: Counter[str], enum: type[AgreementKind] | type[Instrument] | type[Kind]) -> tuple[CountRow, ...]:
    rows = []
    for member in enum:
        if counts.get(member.value):
            rows.append(CountRow(member.value, label(member, "id"), label(member, "en"), counts[member.value]))
    for key, count in sorted(counts.items()):
        if key not in {m.value for m in enum}:
            rows.append(CountRow(key, key, key, count))
    return tuple(rows)


def _country_rows(session: Session, counts: Counter[str]) -> tuple[CountRow, ...]:
    names = {
        code: (name_id, name_en)
        for code, name_id, name_en in session.execute(
            select(Country.code, Country.name_id, Country.name_en).where(Country.code.in_(list(counts)))
        )
    }
    rows = [CountRow(code, *names.get(code, (code, code)), count) for code, count in counts.items()]
    rows.sort(key=lambda r: (-r.count, r.label_id))
    return tuple(rows)


def _events(session: Session, year: int) -> tuple[int, int, int, int]:
    start, end = date(year, 1, 1), date(year, 12, 31)
    signed = session.scalar(
        select(func.count(Agreement.id)).where(Agreement.signed_on >= start, Agreement.signed_on <= end)
    )
    renewed = session.scalar(
        select(func.count(Agreement.id)).where(
            Agreement.signed_on >= start, Agreement.signed_on <= end, Agreement.previous_id.is_not(None)
        )
    )
    expired = 0
    for expires_on, effective_on, term_months in session.execute(
        select(Agreement.expires_on, Agreement.effective_on, Agreement.term_months).where(
            (Agreement.expires_on.is_not(None)) | (Agreement.term_months.is_not(None))
        )
    ):
        expiry = expires_on
        if expiry is None and effective_on is not None and term_months:
            expiry = expiry_from_term(effective_on, term_months)
        if expiry is not None and start <= expiry <= end:
            expired += 1
    ended = session.scalar(
        select(func.count(func.distinct(StageChange.agreement_id)))
        .join(Stage, Stage.id == StageChange.to_stage_id)
        .where(
            Stage.is_final.is_(True),
            Stage.code.not_in(NOT_ENDED_EARLY),
            StageChange.on >= start,
            StageChange.on <= end,
        )
    )
    return int(signed or 0), int(renewed or 0), expired, int(ended or 0)


def _stages(session: Session) -> tuple[CountRow, ...]:
    rows = session.execute(
        select(Stage.code, Stage.name_id, Stage.name_en, func.count(Agreement.id))
        .join(Agreement, Agreement.stage_id == Stage.id)
        .group_by(Stage.code, Stage.name_id, Stage.name_en, Stage.position)
        .order_by(Stage.position)
    ).all()
    return tuple(CountRow(code, name_id, name_en, int(count)) for code, name_id, name_en, count in rows)


def _partners(session: Session) -> tuple[tuple[CountRow, ...], tuple[CountRow, ...]]:
    by_country: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for code, kind, count in session.execute(
        select(Partner.country_code, Partner.kind, func.count(Partner.id)).group_by(Partner.country_code, Partner.kind)
    ):
        by_country[code or "—"] += int(count)
        by_kind[kind] += int(count)
    return _country_rows(session, by_country), _enum_rows(by_kind, Kind)


def _delegations(session: Session, year: int) -> tuple[DelegationLine, ...]:
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows = session.execute(
        select(
            Delegation.id,
            Delegation.code,
            Delegation.direction,
            Delegation.purpose,
            Country.name_id,
            Country.name_en,
            Delegation.start_on,
            Delegation.end_on,
            Agreement.number,
        )
        .join(Country, Country.code == Delegation.country_code)
        .outerjoin(Agreement, Agreement.id == Delegation.agreement_id)
        .where(
            Delegation.start_on >= start,
            Delegation.start_on <= end,
            Delegation.status != DelegationStatus.CANCELLED,
        )
        .order_by(Delegation.start_on, Delegation.code)
    ).all()
    planned: dict[int, int] = defaultdict(int)
    realised: dict[int, int] = defaultdict(int)
    ids = [row.id for row in rows]
    for begin in range(0, len(ids), 900):
        chunk = ids[begin : begin + 900]
        lines = session.execute(
            select(BudgetLine.id, BudgetLine.delegation_id, BudgetLine.account_code, BudgetLine.planned_idr).where(
                BudgetLine.delegation_id.in_(chunk)
            )
        ).all()
        sides = sides_of(session, {line.account_code for line in lines})
        spending = {line.id: line.delegation_id for line in lines if sides[line.account_code] is not BudgetSide.REVENUE}
        for line in lines:
            if line.id in spending:
                planned[line.delegation_id] += int(line.planned_idr)
        if spending:
            for line_id, total in session.execute(
                select(Transaction.budget_line_id, func.sum(Transaction.idr_amount))
                .where(Transaction.budget_line_id.in_(list(spending)))
                .group_by(Transaction.budget_line_id)
            ):
                realised[spending[line_id]] += int(total or 0)
    return tuple(
        DelegationLine(
            code=row.code,
            outgoing=row.direction == Direction.OUTGOING,
            purpose=row.purpose,
            country_id=row.name_id,
            country_en=row.name_en,
            start_on=row.start_on,
            end_on=row.end_on,
            agreement_number=row.number,
            planned_idr=planned.get(row.id, 0),
            realised_idr=realised.get(row.id, 0),
        )
        for row in rows
    )


def _accounts(session: Session, cards: list[Scorecard]) -> tuple[AccountLine, ...]:
    totals: dict[str, list[int]] = {}
    sides: dict[str, str] = {}
    for card in cards:
        for part in card.money.by_account:
            entry = totals.setdefault(part.account_code, [0, 0])
            entry[0] += part.total_idr
            entry[1] += part.in_kind_idr
            sides[part.account_code] = part.side.value
    names = dict(session.execute(select(Account.code, Account.name).where(Account.code.in_(list(totals)))).all())
    order = {BudgetSide.REVENUE.value: 0, BudgetSide.SPENDING.value: 1, BudgetSide.FINANCING.value: 2}
    return tuple(
        AccountLine(code, names.get(code, ""), sides[code], total, in_kind)
        for code, (total, in_kind) in sorted(totals.items(), key=lambda item: (order[sides[item[0]]], item[0]))
    )


def _section(card: Scorecard, evaluation: EvaluationFacts | None) -> AgreementSection:
    fact = card.agreement
    note_id = note_en = None
    if card.recommended is not None:
        chosen = next((a for a in card.actions if a.action is card.recommended), None)
        note_id = f"{action_label(card.recommended, 'id')}: {chosen.note_id}" if chosen else None
        note_en = f"{action_label(card.recommended, 'en')}: {chosen.note_en}" if chosen else None
    return AgreementSection(
        agreement_id=fact.agreement_id,
        number=fact.number,
        title_id=fact.title_id,
        title_en=fact.title_en,
        partners=", ".join(fact.partners),
        countries=", ".join(fact.countries),
        stage_id=fact.stage_name_id,
        stage_en=fact.stage_name_en,
        expires_on=fact.expires_on,
        activities=card.activities,
        delegations_out=card.delegations_out,
        delegations_in=card.delegations_in,
        spending_idr=card.money.spending_idr,
        grants_cash_idr=card.money.grants_cash_idr,
        grants_in_kind_idr=card.money.grants_in_kind_idr,
        indicators=card.indicators,
        achievement=card.achievement,
        last_sign_of_life=card.last_sign_of_life,
        quiet_days=card.quiet_days,
        status=card.status,
        evaluation=evaluation,
        recommended_action=card.recommended,
        action_note_id=note_id,
        action_note_en=note_en,
    )


def status_trend(
    ctx: ServiceContext, last_year: int, *, today: date | None = None, years: int = TREND_YEARS
) -> tuple[tuple[StatusYear, ...], dict[int, tuple[ImpactStatus | None, ...]]]:
    """The alive / weak / dormant counts of ``years`` years ending with ``last_year``, and each agreement's
    status in each of them (None: not in force that year)."""
    today = today or date.today()
    counts: list[StatusYear] = []
    paths: dict[int, list[ImpactStatus | None]] = {}
    span = list(range(last_year - years + 1, last_year + 1))
    for index, year in enumerate(span):
        found: Counter[ImpactStatus] = Counter()
        if year <= today.year:
            for card in scorecards(ctx, date(year, 1, 1), date(year, 12, 31), today=today, detailed=False):
                found[card.status] += 1
                paths.setdefault(card.agreement.agreement_id, [None] * len(span))[index] = card.status
        counts.append(
            StatusYear(year, found[ImpactStatus.ALIVE], found[ImpactStatus.WEAK], found[ImpactStatus.DORMANT])
        )
    return tuple(counts), {key: tuple(value) for key, value in paths.items()}


def annual_report_data(
    ctx: ServiceContext, year: int, *, language: str = "id", paper: str | None = None, today: date | None = None
) -> AnnualReportData:
    """Everything the annual report of ``year`` prints."""
    today = today or date.today()
    _check_year(year, today)
    letterhead = _letterhead(ctx, paper)
    cards = scorecards(ctx, date(year, 1, 1), date(year, 12, 31), today=today)
    # the four years before from status-only cards, the report's year from its own cards
    earlier, _paths = status_trend(ctx, year - 1, today=today, years=TREND_YEARS - 1)
    counted = Counter(card.status for card in cards)
    trend = (
        *earlier,
        StatusYear(year, counted[ImpactStatus.ALIVE], counted[ImpactStatus.WEAK], counted[ImpactStatus.DORMANT]),
    )
    with reading(ctx) as session:
        evaluations = evaluations_of_year(session, year, [c.agreement.agreement_id for c in cards])
        kinds: Counter[str] = Counter(c.agreement.kind for c in cards)
        instruments: Counter[str] = Counter(c.agreement.instrument for c in cards)
        countries: Counter[str] = Counter(code for c in cards for code in c.agreement.countries)
        signed, renewed, expired, ended = _events(session, year)
        partners_by_country, partners_by_kind = _partners(session)
        sections = []
        for card in cards:
            view = evaluations.get(card.agreement.agreement_id)
            facts = (
                EvaluationFacts(
                    year=view.year,
                    scores=tuple((c, view.scores[c], view.reasons[c]) for c in view.scores),
                    mean=view.mean,
                    recommendation=view.recommendation,
                    evaluator=view.evaluator,
                    evaluated_on=view.evaluated_on,
                )
                if view is not None
                else None
            )
            sections.append(_section(card, facts))
        data = AnnualReportData(
            year=year,
            language=language,
            letterhead=letterhead,
            made_on=today,
            in_force=len(cards),
            by_kind=_enum_rows(kinds, AgreementKind),
            by_instrument=_enum_rows(instruments, Instrument),
            by_stage=_stages(session),
            by_country=_country_rows(session, countries),
            signed=signed,
            renewed=renewed,
            expired=expired,
            ended=ended,
            partners_by_country=partners_by_country,
            partners_by_kind=partners_by_kind,
            sections=tuple(sections),
            delegations=_delegations(session, year),
            accounts=_accounts(session, cards),
            trend=trend,
            status_counts=dict(Counter(c.status for c in cards)),
        )
    return data
