"""Partners, their contacts and due-diligence checklist."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.due_diligence import CONDITIONS
from secretariat.domain.enums import Answer, PartnerStatus
from secretariat.domain.field_labels import FieldLabel
from secretariat.domain.records import ConditionData, ContactData, PartnerData
from secretariat.services.common import (
    copy_fields,
    count_where,
    country_problem,
    ensure_unique,
    fetch,
    refuse_if_dependants,
    validate,
)
from secretariat.services.conflicts import Values, check_version, fetch_current, field_values, touch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import (
    AgreementPartner,
    Contact,
    Member,
    Partner,
    PartnerCondition,
    Transaction,
)

PARTNER_FIELDS = (
    "code",
    "name",
    "name_original",
    "kind",
    "admin_level",
    "country_code",
    "city",
    "address",
    "website",
    "email",
    "phone",
    "languages",
    "status",
    "head_name",
    "head_title",
    "notes",
    "name_id",
    "head_title_id",
)
CONTACT_FIELDS = (
    "name",
    "position",
    "email",
    "phone",
    "languages",
    "passport_type",
    "passport_number",
    "passport_expiry",
    "notes",
)


@dataclass(frozen=True)
class ContactView:
    id: int
    gid: str
    partner_id: int
    name: str
    position: str | None
    email: str | None
    phone: str | None
    languages: str | None
    passport_type: str | None
    passport_number: str | None
    passport_expiry: date | None
    notes: str | None
    row_version: int = 0  # the version loaded; hand the view back to update_contact(loaded=...)


@dataclass(frozen=True)
class ConditionView:
    number: int
    text_id: str
    text_en: str
    answer: Answer
    evidence: str | None


@dataclass(frozen=True)
class PartnerView:
    id: int
    gid: str
    code: str
    name: str
    name_original: str | None
    kind: str
    admin_level: str | None
    country_code: str
    country_name_en: str
    country_name_id: str
    city: str | None
    address: str | None
    website: str | None
    email: str | None
    phone: str | None
    languages: str | None
    status: str
    head_name: str | None
    head_title: str | None
    notes: str | None
    name_id: str | None
    head_title_id: str | None
    contacts: tuple[ContactView, ...] = field(default_factory=tuple)
    conditions: tuple[ConditionView, ...] = field(default_factory=tuple)
    row_version: int = 0  # the version loaded; hand the view back to update_partner(loaded=...)

    def to_data(self) -> PartnerData:
        return PartnerData(**{name: getattr(self, name) for name in PARTNER_FIELDS})


def _contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id,
        gid=contact.gid,
        partner_id=contact.partner_id,
        row_version=contact.row_version,
        **{name: getattr(contact, name) for name in CONTACT_FIELDS},
    )


def _partner_view(partner: Partner) -> PartnerView:
    answers = {c.number: c for c in partner.conditions}
    conditions = tuple(
        ConditionView(
            number=c.number,
            text_id=c.text_id,
            text_en=c.text_en,
            answer=Answer(answers[c.number].answer) if c.number in answers else Answer.UNKNOWN,
            evidence=answers[c.number].evidence if c.number in answers else None,
        )
        for c in CONDITIONS
    )
    return PartnerView(
        id=partner.id,
        gid=partner.gid,
        country_name_en=partner.country.name_en,
        country_name_id=partner.country.name_id,
        contacts=tuple(_contact_view(c) for c in partner.contacts),
        conditions=conditions,
        row_version=partner.row_version,
        **{name: getattr(partner, name) for name in PARTNER_FIELDS},
    )


def _normalise(data: PartnerData) -> PartnerData:
    data.country_code = (data.country_code or "").strip().upper()
    data.code = (data.code or "").strip()
    return data


def _apply_conditions(partner: Partner, conditions: list[ConditionData]) -> None:
    existing = {c.number: c for c in partner.conditions}
    changed = False
    for item in conditions:
        row = existing.get(item.number)
        answer = Answer(item.answer)
        evidence = (item.evidence or "").strip() or None
        if row is None:
            partner.conditions.append(PartnerCondition(number=item.number, answer=answer, evidence=evidence))
            changed = True
        elif (row.answer, row.evidence) != (answer, evidence):
            row.answer, row.evidence = answer, evidence
            changed = True
    if changed:
        touch(partner)  # the answers belong to the partner: another editor of it must see them changed


def _condition_values(
    loaded: PartnerView, partner: Partner, conditions: list[ConditionData] | None
) -> dict[str, Values]:
    if conditions is None:
        return {}
    base = {c.number: c for c in loaded.conditions}
    stored = {c.number: c for c in partner.conditions}
    values: dict[str, Values] = {}
    for item in conditions:
        was, now = base.get(item.number), stored.get(item.number)
        values[f"condition {item.number}"] = (
            was.answer if was else Answer.UNKNOWN,
            now.answer if now else Answer.UNKNOWN,
            item.answer,
        )
        values[f"condition {item.number} evidence"] = (
            was.evidence if was else None,
            now.evidence if now else None,
            item.evidence,
        )
    return values


def _condition_labels() -> dict[str, FieldLabel]:
    labels: dict[str, FieldLabel] = {}
    for condition in CONDITIONS:
        n = condition.number
        labels[f"condition {n}"] = FieldLabel(f"Syarat {n}", f"Condition {n}", Answer)
        labels[f"condition {n} evidence"] = FieldLabel(f"Bukti syarat {n}", f"Evidence for condition {n}")
    return labels


def _partner_record(partner: Partner) -> Bilingual:
    return Bilingual(f"the partner {partner.code}", f"mitra {partner.code}")


def create_partner(ctx: ServiceContext, data: PartnerData, conditions: list[ConditionData] | None = None) -> int:
    data = _normalise(data)
    with writing(ctx) as session:
        validate(data, *(conditions or []), extra=filter(None, [country_problem(session, data.country_code)]))
        ensure_unique(session, Partner, Partner.code, data.code, None, "code")
        partner = Partner()
        copy_fields(partner, data, PARTNER_FIELDS)
        session.add(partner)
        _apply_conditions(partner, conditions or [])
        session.flush()
        return partner.id


def update_partner(
    ctx: ServiceContext,
    partner_id: int,
    data: PartnerData,
    conditions: list[ConditionData] | None = None,
    *,
    loaded: PartnerView | None = None,
) -> None:
    """Save the partner. ``loaded`` is the view the editor showed: when another person saved the
    partner since, the fields they changed that differ from ``data`` are refused (EditConflict)."""
    data = _normalise(data)
    with writing(ctx) as session:
        if loaded is None:
            partner = fetch(session, Partner, partner_id, "partner", "mitra")
        else:
            partner = fetch_current(session, Partner, partner_id, "partner", "mitra")
            check_version(
                session,
                partner,
                loaded.row_version,
                record=_partner_record(partner),
                values=lambda: {
                    **field_values(PARTNER_FIELDS, loaded, partner, data),
                    **_condition_values(loaded, partner, conditions),
                },
                current=lambda: _partner_view(partner),
                labels=_condition_labels(),
            )
        validate(data, *(conditions or []), extra=filter(None, [country_problem(session, data.country_code)]))
        ensure_unique(session, Partner, Partner.code, data.code, partner_id, "code")
        copy_fields(partner, data, PARTNER_FIELDS)
        if conditions is not None:
            _apply_conditions(partner, conditions)


def set_partner_status(ctx: ServiceContext, partner_id: int, status: PartnerStatus) -> None:
    with writing(ctx) as session:
        partner = fetch(session, Partner, partner_id, "partner", "mitra")
        partner.status = PartnerStatus(status)


def partner_dependants(session: Session, partner_id: int) -> list[tuple[str, str, object]]:
    contact_ids = select(Contact.id).where(Contact.partner_id == partner_id)
    return [
        ("agreement(s)", "perjanjian", count_where(AgreementPartner, AgreementPartner.partner_id == partner_id)),
        ("grant(s)", "hibah", count_where(Transaction, Transaction.donor_partner_id == partner_id)),
        ("delegation member(s)", "anggota delegasi", count_where(Member, Member.contact_id.in_(contact_ids))),
    ]


def delete_partner(ctx: ServiceContext, partner_id: int) -> None:
    """Delete a partner that nothing depends on; one with agreements can only be set inactive."""
    with writing(ctx) as session:
        partner = fetch(session, Partner, partner_id, "partner", "mitra")
        refuse_if_dependants(
            session, f"partner {partner.code}", f"mitra {partner.code}", partner_dependants(session, partner_id)
        )
        session.delete(partner)


def get_partner(ctx: ServiceContext, partner_id: int) -> PartnerView:
    with reading(ctx) as session:
        return _partner_view(fetch(session, Partner, partner_id, "partner", "mitra"))


def find_partner_id(ctx: ServiceContext, code_or_gid: str) -> int | None:
    with reading(ctx) as session:
        return session.scalar(select(Partner.id).where((Partner.code == code_or_gid) | (Partner.gid == code_or_gid)))


# --- contacts -------------------------------------------------------------------------------------


def add_contact(ctx: ServiceContext, data: ContactData) -> int:
    with writing(ctx) as session:
        fetch(session, Partner, data.partner_id, "partner", "mitra")
        validate(data)
        contact = Contact(partner_id=data.partner_id)
        copy_fields(contact, data, CONTACT_FIELDS)
        session.add(contact)
        session.flush()
        return contact.id


def update_contact(
    ctx: ServiceContext, contact_id: int, data: ContactData, *, loaded: ContactView | None = None
) -> None:
    """Save a contact; ``loaded`` as for :func:`update_partner` (each contact has its own version)."""
    with writing(ctx) as session:
        if loaded is None:
            contact = fetch(session, Contact, contact_id, "contact", "kontak")
        else:
            contact = fetch_current(session, Contact, contact_id, "contact", "kontak")
            check_version(
                session,
                contact,
                loaded.row_version,
                record=Bilingual(f"the contact {contact.name}", f"kontak {contact.name}"),
                values=lambda: field_values(CONTACT_FIELDS, loaded, contact, data),
                current=lambda: _contact_view(contact),
            )
        validate(data)
        copy_fields(contact, data, CONTACT_FIELDS)


def delete_contact(ctx: ServiceContext, contact_id: int) -> None:
    with writing(ctx) as session:
        contact = fetch(session, Contact, contact_id, "contact", "kontak")
        refuse_if_dependants(
            session,
            f"contact {contact.name}",
            f"kontak {contact.name}",
            [("delegation member(s)", "anggota delegasi", count_where(Member, Member.contact_id == contact_id))],
        )
        session.delete(contact)
