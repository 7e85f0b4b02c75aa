"""Collect the whole register as plain rows in the exchange format (see :mod:`domain.excel_format`).

:func:`register_rows` opens one read transaction (one consistent snapshot) and
hands out, per sheet key, a lazy iterator of tuples in that sheet's column
order. Values are the domain's plain values: enumeration codes, ISO country
codes, stage and sector codes, dates, ``Decimal`` amounts, and references as
text (partner code, agreement number, delegation code, official's NIP, budget
line key, or the global id where a record has no such key). The documents
layer turns them into a workbook
(:func:`secretariat.documents.excel_export_writer.write_register`):

    with register_rows(ctx, language) as rows:
        write_register(path, rows, language=language, choices=Choices(*office_choices(ctx)))

Rows are ordered by stable keys (codes, numbers, dates, global ids), never by
row ids, so an export imported into an empty database exports again to the
same cells.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain import excel_format as fmt
from secretariat.domain.due_diligence import CONDITIONS
from secretariat.domain.money import IDR, Money
from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    Assessment,
    BudgetLine,
    Contact,
    Delegation,
    Indicator,
    ItineraryItem,
    Member,
    Official,
    Partner,
    PartnerCondition,
    PerDiemRate,
    PermitStep,
    Sector,
    Stage,
    Transaction,
    TravelCostRate,
    agreement_sector,
)

__all__ = ["format_indicator_value", "office_choices", "register_counts", "register_rows"]

Rows = Iterator[tuple[object, ...]]
_BATCH = 2000


def office_choices(ctx: ServiceContext) -> tuple[tuple[tuple[str, str, str], ...], tuple[tuple[str, str, str], ...]]:
    """The office's stages and fields of cooperation as (code, name_id, name_en), for drop-downs and names."""
    with reading(ctx) as session:
        stages = tuple(
            (code, name_id, name_en)
            for code, name_id, name_en in session.execute(
                select(Stage.code, Stage.name_id, Stage.name_en).order_by(Stage.position, Stage.code)
            )
        )
        sectors = tuple(
            (code, name_id, name_en)
            for code, name_id, name_en in session.execute(
                select(Sector.code, Sector.name_id, Sector.name_en).order_by(Sector.code)
            )
        )
    return stages, sectors


def register_counts(ctx: ServiceContext) -> dict[str, int]:
    """How many rows each sheet of an export will have (for progress)."""
    models: dict[str, Any] = {
        "partners": Partner,
        "partner_conditions": PartnerCondition,
        "contacts": Contact,
        "officials": Official,
        "agreements": Agreement,
        "assessments": Assessment,
        "delegations": Delegation,
        "members": Member,
        "itinerary": ItineraryItem,
        "permits": PermitStep,
        "budget_lines": BudgetLine,
        "transactions": Transaction,
        "activities": Activity,
        "per_diem_rates": PerDiemRate,
        "travel_cost_rates": TravelCostRate,
    }
    with reading(ctx) as session:
        return {key: int(session.scalar(select(func.count()).select_from(model)) or 0) for key, model in models.items()}


def format_indicator_value(value: Decimal) -> str:
    """An indicator value as the import reads it back exactly: no grouping, a decimal comma ("1,5")."""
    text = str(value) if value.is_nan() else format(value.normalize(), "f")
    return text.replace(".", ",")


class _References:
    """How one record names another in the workbook: code, number, NIP or key, else its global id."""

    def __init__(self, session: Session) -> None:
        self.partner: dict[int, str] = dict(session.execute(select(Partner.id, Partner.code)).all())
        self.agreement = {
            i: number or gid
            for i, number, gid in session.execute(select(Agreement.id, Agreement.number, Agreement.gid))
        }
        self.delegation: dict[int, str] = dict(session.execute(select(Delegation.id, Delegation.code)).all())
        self.official = {
            i: nip or gid for i, nip, gid in session.execute(select(Official.id, Official.nip, Official.gid))
        }
        lines = list(
            session.execute(
                select(
                    BudgetLine.id,
                    BudgetLine.gid,
                    BudgetLine.fiscal_year,
                    BudgetLine.account_code,
                    BudgetLine.description,
                )
            )
        )
        keys = {i: fmt.budget_line_key(year, account, description) for i, _g, year, account, description in lines}
        twice = {k for k, n in Counter(k.casefold() for k in keys.values()).items() if n > 1}
        self.budget_line = {i: (gid if keys[i].casefold() in twice else keys[i]) for i, gid, _y, _a, _d in lines}
        self._session = session
        self._contacts: dict[int, str] | None = None

    def contact(self, contact_id: int | None) -> str | None:
        if contact_id is None:
            return None
        if self._contacts is None:
            used = select(Member.contact_id).where(Member.contact_id.is_not(None))
            rows = list(
                self._session.execute(
                    select(Contact.id, Contact.gid, Contact.partner_id, Contact.name).where(Contact.id.in_(used))
                )
            )
            names = Counter(
                (partner_id, name.casefold())
                for partner_id, name in self._session.execute(
                    select(Contact.partner_id, Contact.name).where(
                        Contact.partner_id.in_(select(Contact.partner_id).where(Contact.id.in_(used)))
                    )
                )
            )
            self._contacts = {
                i: (gid if names[(partner_id, name.casefold())] > 1 else f"{self.partner[partner_id]}: {name}")
                for i, gid, partner_id, name in rows
            }
        return self._contacts.get(contact_id)


def _stream(session: Session, query: Any) -> Iterator[Any]:
    yield from session.execute(query.execution_options(yield_per=_BATCH))


def _partners(session: Session, refs: _References, language: str) -> Rows:
    columns = (
        Partner.gid,
        Partner.code,
        Partner.name,
        Partner.name_original,
        Partner.kind,
        Partner.admin_level,
        Partner.country_code,
        Partner.city,
        Partner.address,
        Partner.website,
        Partner.email,
        Partner.phone,
        Partner.languages,
        Partner.status,
        Partner.head_name,
        Partner.head_title,
        Partner.notes,
    )
    for row in _stream(session, select(*columns).order_by(Partner.code)):
        yield tuple(row)


def _conditions(session: Session, refs: _References, language: str) -> Rows:
    texts = {c.number: (c.text_id if language == "id" else c.text_en) for c in CONDITIONS}
    query = (
        select(Partner.code, PartnerCondition.number, PartnerCondition.answer, PartnerCondition.evidence)
        .join(Partner, Partner.id == PartnerCondition.partner_id)
        .order_by(Partner.code, PartnerCondition.number)
    )
    for code, number, answer, evidence in _stream(session, query):
        yield code, number, texts.get(number), answer, evidence


def _contacts(session: Session, refs: _References, language: str) -> Rows:
    query = (
        select(
            Contact.gid,
            Partner.code,
            Contact.name,
            Contact.position,
            Contact.email,
            Contact.phone,
            Contact.languages,
            Contact.passport_type,
            Contact.passport_number,
            Contact.passport_expiry,
            Contact.notes,
        )
        .join(Partner, Partner.id == Contact.partner_id)
        .order_by(Partner.code, Contact.name, Contact.gid)
    )
    for row in _stream(session, query):
        yield tuple(row)


def _officials(session: Session, refs: _References, language: str) -> Rows:
    query = select(
        Official.gid,
        Official.name,
        Official.nip,
        Official.position,
        Official.unit,
        Official.grade,
        Official.passport_type,
        Official.passport_number,
        Official.passport_expiry,
        Official.email,
        Official.phone,
        Official.active,
    ).order_by(Official.name, Official.nip, Official.gid)
    for row in _stream(session, query):
        *rest, active = row
        yield (*rest, bool(active))


def _agreements(session: Session, refs: _References, language: str) -> Rows:
    parties: dict[int, list[str]] = defaultdict(list)
    for agreement_id, partner_id in session.execute(
        select(AgreementPartner.agreement_id, AgreementPartner.partner_id).order_by(
            AgreementPartner.agreement_id, AgreementPartner.position, AgreementPartner.partner_id
        )
    ):
        parties[agreement_id].append(refs.partner[partner_id])
    sectors: dict[int, list[str]] = defaultdict(list)
    for agreement_id, code in session.execute(
        select(agreement_sector.c.agreement_id, Sector.code)
        .join(Sector, Sector.id == agreement_sector.c.sector_id)
        .order_by(Sector.code)
    ):
        sectors[agreement_id].append(code)
    query = (
        select(
            Agreement.id,
            Agreement.gid,
            Agreement.number,
            Agreement.partner_number,
            Agreement.title_id,
            Agreement.title_en,
            Agreement.kind,
            Agreement.instrument,
            Stage.code,
            Agreement.parent_id,
            Agreement.previous_id,
            Agreement.signed_on,
            Agreement.signed_place,
            Agreement.effective_on,
            Agreement.term_months,
            Agreement.expires_on,
            Agreement.notice_months,
            Agreement.notes,
            Agreement.subject_id,
            Agreement.subject_en,
        )
        .join(Stage, Stage.id == Agreement.stage_id)
        .order_by(Agreement.number.is_(None), Agreement.number, Agreement.title_id, Agreement.gid)
    )
    for (
        agreement_id,
        gid,
        number,
        partner_number,
        title_id,
        title_en,
        kind,
        instrument,
        stage,
        parent_id,
        previous_id,
        *rest,
    ) in _stream(session, query):
        yield (
            gid,
            number,
            partner_number,
            title_id,
            title_en,
            kind,
            instrument,
            stage,
            "; ".join(parties.get(agreement_id, [])),
            sectors.get(agreement_id, []) or None,
            refs.agreement.get(parent_id) if parent_id else None,
            refs.agreement.get(previous_id) if previous_id else None,
            *rest,
        )


def _assessments(session: Session, refs: _References, language: str) -> Rows:
    rows = [
        (refs.agreement[agreement_id], criterion, score, reason)
        for agreement_id, criterion, score, reason in session.execute(
            select(Assessment.agreement_id, Assessment.criterion, Assessment.score, Assessment.reason)
        )
    ]
    yield from sorted(rows, key=lambda r: (r[0], r[1]))


def _delegations(session: Session, refs: _References, language: str) -> Rows:
    query = select(
        Delegation.gid,
        Delegation.code,
        Delegation.direction,
        Delegation.purpose,
        Delegation.country_code,
        Delegation.cities,
        Delegation.start_on,
        Delegation.end_on,
        Delegation.status,
        Delegation.agreement_id,
        Delegation.per_diem_country_code,
        Delegation.per_diem_grade,
        Delegation.per_diem_grade_reason,
        Delegation.precedence,
        Delegation.forms_of_address,
        Delegation.dietary_needs,
        Delegation.interpreter,
        Delegation.liaison_officer,
        Delegation.hotel,
        Delegation.notes,
    ).order_by(Delegation.code)
    for row in _stream(session, query):
        values = list(row)
        values[9] = refs.agreement.get(values[9]) if values[9] else None
        yield tuple(values)


def _members(session: Session, refs: _References, language: str) -> Rows:
    query = (
        select(
            Member.gid,
            Delegation.code,
            Member.position,
            Member.name,
            Member.member_position,
            Member.role,
            Member.grade,
            Member.official_id,
            Member.contact_id,
            Member.passport_type,
            Member.passport_number,
            Member.passport_expiry,
        )
        .join(Delegation, Delegation.id == Member.delegation_id)
        .order_by(Delegation.code, Member.position, Member.gid)
    )
    for gid, code, position, name, job, role, grade, official_id, contact_id, *passport in _stream(session, query):
        yield (
            gid,
            code,
            position,
            name,
            job,
            role,
            grade,
            refs.official.get(official_id) if official_id else None,
            refs.contact(contact_id),
            *passport,
        )


def _itinerary(session: Session, refs: _References, language: str) -> Rows:
    query = (
        select(
            ItineraryItem.gid,
            Delegation.code,
            ItineraryItem.day,
            ItineraryItem.start_time,
            ItineraryItem.end_time,
            ItineraryItem.place,
            ItineraryItem.activity,
            ItineraryItem.counterpart,
            ItineraryItem.country_code,
            ItineraryItem.activity_en,
        )
        .join(Delegation, Delegation.id == ItineraryItem.delegation_id)
        .order_by(
            Delegation.code,
            ItineraryItem.day,
            ItineraryItem.start_time.is_(None),
            ItineraryItem.start_time,
            ItineraryItem.gid,
        )
    )
    for row in _stream(session, query):
        yield tuple(row)


def _permits(session: Session, refs: _References, language: str) -> Rows:
    query = (
        select(
            PermitStep.gid,
            Delegation.code,
            PermitStep.position,
            PermitStep.name,
            PermitStep.status,
            PermitStep.requested_on,
            PermitStep.granted_on,
            PermitStep.reference,
            PermitStep.due_days_before,
        )
        .join(Delegation, Delegation.id == PermitStep.delegation_id)
        .order_by(Delegation.code, PermitStep.position, PermitStep.gid)
    )
    for row in _stream(session, query):
        yield tuple(row)


def _budget_lines(session: Session, refs: _References, language: str) -> Rows:
    query = select(
        BudgetLine.gid,
        BudgetLine.fiscal_year,
        BudgetLine.account_code,
        BudgetLine.activity,
        BudgetLine.description,
        BudgetLine.planned_idr,
        BudgetLine.agreement_id,
        BudgetLine.delegation_id,
    ).order_by(BudgetLine.fiscal_year, BudgetLine.account_code, BudgetLine.description, BudgetLine.gid)
    for gid, year, account, activity, description, planned, agreement_id, delegation_id in _stream(session, query):
        yield (
            gid,
            year,
            account,
            activity,
            description,
            planned,
            refs.agreement.get(agreement_id) if agreement_id else None,
            refs.delegation.get(delegation_id) if delegation_id else None,
        )


def _transactions(session: Session, refs: _References, language: str) -> Rows:
    query = (
        select(
            Transaction.gid,
            Transaction.budget_line_id,
            Transaction.occurred_on,
            Transaction.kind,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.rate_to_idr,
            Transaction.idr_amount,
            Transaction.donor_partner_id,
            Transaction.form,
            Transaction.description,
            Transaction.reference,
        )
        .join(BudgetLine, BudgetLine.id == Transaction.budget_line_id)
        .order_by(
            BudgetLine.fiscal_year,
            BudgetLine.account_code,
            BudgetLine.description,
            BudgetLine.gid,
            Transaction.occurred_on,
            Transaction.gid,
        )
    )
    for gid, line_id, occurred_on, kind, minor, currency, rate, idr, donor_id, form, description, reference in _stream(
        session, query
    ):
        yield (
            gid,
            refs.budget_line[line_id],
            occurred_on,
            kind,
            Money.from_minor(minor, currency).amount,
            currency,
            None if currency == IDR else rate,
            idr,
            refs.partner.get(donor_id) if donor_id else None,
            form,
            description,
            reference,
        )


def _activities(session: Session, refs: _References, language: str) -> Rows:
    indicators: dict[int, list[str]] = defaultdict(list)
    for activity_id, name, value, unit in session.execute(
        select(Indicator.activity_id, Indicator.name, Indicator.value, Indicator.unit).order_by(
            Indicator.activity_id, Indicator.id
        )
    ):
        text = f"{name} = {format_indicator_value(value)}" + (f" {unit}" if unit else "")
        indicators[activity_id].append(text)
    query = select(
        Activity.id,
        Activity.gid,
        Activity.agreement_id,
        Activity.occurred_on,
        Activity.kind,
        Activity.title,
        Activity.description,
        Activity.delegation_id,
        Activity.budget_line_id,
    )
    rows = []
    for activity_id, gid, agreement_id, occurred_on, kind, title, description, delegation_id, line_id in _stream(
        session, query
    ):
        rows.append(
            (
                gid,
                refs.agreement[agreement_id],
                occurred_on,
                kind,
                title,
                description,
                refs.delegation.get(delegation_id) if delegation_id else None,
                refs.budget_line.get(line_id) if line_id else None,
                "; ".join(indicators.get(activity_id, [])) or None,
            )
        )
    yield from sorted(rows, key=lambda r: (r[1], r[2], r[0]))


def _per_diem_rates(session: Session, refs: _References, language: str) -> Rows:
    query = select(
        PerDiemRate.gid,
        PerDiemRate.country_code,
        PerDiemRate.grade,
        PerDiemRate.amount_minor,
        PerDiemRate.currency,
        PerDiemRate.valid_from,
        PerDiemRate.source,
    ).order_by(PerDiemRate.country_code, PerDiemRate.grade, PerDiemRate.valid_from, PerDiemRate.gid)
    for gid, country, grade, minor, currency, valid_from, source in _stream(session, query):
        yield gid, country, grade, Money.from_minor(minor, currency).amount, currency, valid_from, source


def _travel_cost_rates(session: Session, refs: _References, language: str) -> Rows:
    query = select(
        TravelCostRate.gid,
        TravelCostRate.kind,
        TravelCostRate.country_code,
        TravelCostRate.grade,
        TravelCostRate.travel_class,
        TravelCostRate.amount_minor,
        TravelCostRate.currency,
        TravelCostRate.valid_from,
        TravelCostRate.source,
    ).order_by(TravelCostRate.kind, TravelCostRate.country_code, TravelCostRate.grade, TravelCostRate.valid_from)
    for gid, kind, country, grade, travel_class, minor, currency, valid_from, source in _stream(session, query):
        amount = Money.from_minor(minor, currency).amount
        yield gid, kind, country, grade, travel_class, amount, currency, valid_from, source


_SHEETS: dict[str, Callable[[Session, _References, str], Rows]] = {
    "partners": _partners,
    "partner_conditions": _conditions,
    "contacts": _contacts,
    "officials": _officials,
    "agreements": _agreements,
    "assessments": _assessments,
    "delegations": _delegations,
    "members": _members,
    "itinerary": _itinerary,
    "permits": _permits,
    "budget_lines": _budget_lines,
    "transactions": _transactions,
    "activities": _activities,
    "per_diem_rates": _per_diem_rates,
    "travel_cost_rates": _travel_cost_rates,
}


@contextmanager
def register_rows(ctx: ServiceContext, language: str = "id") -> Iterator[dict[str, Rows]]:
    """Lazy rows of every sheet from one read snapshot; consume them inside the ``with`` block."""
    with reading(ctx) as session:
        refs = _References(session)
        yield {spec.key: _SHEETS[spec.key](session, refs, language) for spec in fmt.SHEETS}
