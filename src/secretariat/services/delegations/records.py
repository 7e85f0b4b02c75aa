"""Delegation visits, outgoing and incoming: members, itinerary and permit steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import Direction, Grade
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.field_labels import FieldLabel, clerk_date
from secretariat.domain.money import Money, currency_exponent, is_known_currency, parse_amount
from secretariat.domain.permits import default_steps_for
from secretariat.domain.records import DelegationData, ItineraryData, MemberData, PermitData
from secretariat.domain.validation import clean
from secretariat.services.common import (
    copy_fields,
    count_where,
    country_problem,
    ensure_unique,
    fetch,
    reference_problem,
    refuse_if_dependants,
    validate,
)
from secretariat.services.conflicts import check_version, fetch_current, field_values, show_value
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.numbering import next_number
from secretariat.storage.models import (
    Activity,
    Agreement,
    Attachment,
    BudgetLine,
    Contact,
    Delegation,
    Gift,
    ItineraryItem,
    Member,
    OfficeProfile,
    Official,
    PermitStep,
)

T = TypeVar("T")

DELEGATION_FIELDS = ("direction", "purpose", "country_code", "cities", "start_on", "end_on", "status", "notes")
ITINERARY_FIELDS = ("day", "start_time", "end_time", "place", "activity", "counterpart", "country_code", "activity_en")
PERMIT_FIELDS = ("name", "status", "requested_on", "granted_on", "reference", "due_days_before")
PROTOCOL_FIELDS = ("precedence", "forms_of_address", "dietary_needs", "interpreter", "liaison_officer", "hotel")
_PROTOCOL_LENGTHS = {"interpreter": 200, "liaison_officer": 200, "hotel": 300}
GIFT_DIRECTIONS = ("given", "received")
DEFAULT_SIZE_LIMITS = (3, 10)  # Setneg PDLN: delegations of 3 to 10 people (shared/domain.md)
CODE_LENGTH = 40
_CODE_ATTEMPTS = 1000


# --- views ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberView:
    id: int
    gid: str
    delegation_id: int
    order: int
    name: str
    position: str | None  # job title
    role: str
    grade: str | None
    official_id: int | None
    contact_id: int | None
    passport_type: str | None
    passport_number: str | None
    passport_expiry: date | None
    row_version: int = 0  # the version loaded; hand the view back to update_member(loaded=...)

    def to_data(self) -> MemberData:
        return MemberData(
            delegation_id=self.delegation_id,
            name=self.name,
            role=self.role,
            grade=self.grade,
            official_id=self.official_id,
            contact_id=self.contact_id,
            position=self.position,
            passport_type=self.passport_type,
            passport_number=self.passport_number,
            passport_expiry=self.passport_expiry,
        )


@dataclass(frozen=True)
class ItineraryView:
    id: int
    delegation_id: int
    day: date
    start_time: time | None
    end_time: time | None
    place: str | None
    activity: str
    counterpart: str | None
    country_code: str | None = None
    activity_en: str | None = None
    row_version: int = 0

    def to_data(self) -> ItineraryData:
        return ItineraryData(delegation_id=self.delegation_id, **{n: getattr(self, n) for n in ITINERARY_FIELDS})


@dataclass(frozen=True)
class PermitView:
    id: int
    delegation_id: int
    order: int
    name: str
    status: str
    requested_on: date | None
    granted_on: date | None
    reference: str | None
    due_days_before: int
    due_on: date  # the last day to file the request: departure minus due_days_before
    row_version: int = 0

    def to_data(self) -> PermitData:
        return PermitData(delegation_id=self.delegation_id, **{n: getattr(self, n) for n in PERMIT_FIELDS})


@dataclass(frozen=True)
class GiftView:
    """A gift given to or received from the other side (for the gratification register)."""

    id: int
    delegation_id: int
    direction: str  # "given" or "received"
    on: date
    description: str
    giver: str | None
    recipient: str | None
    value: Money | None
    notes: str | None
    row_version: int = 0


@dataclass(frozen=True)
class DelegationView:
    id: int
    gid: str
    code: str
    direction: str
    purpose: str
    country_code: str
    country_name_en: str
    country_name_id: str
    cities: str | None
    start_on: date
    end_on: date
    status: str
    notes: str | None
    agreement_id: int | None
    agreement_number: str | None
    agreement_title_id: str | None
    agreement_title_en: str | None
    # Per-diem: the country whose rate applies (None: the destination's own, or its mission's) and
    # one grade for every member (None: each member's own grade).
    per_diem_country_code: str | None = None
    per_diem_grade: str | None = None
    per_diem_grade_reason: str | None = None  # why one grade for all (printed on the travel budget)
    # Protocol for incoming visits (Law 9/2010, PP 39/2018).
    precedence: str | None = None
    forms_of_address: str | None = None
    dietary_needs: str | None = None
    interpreter: str | None = None
    liaison_officer: str | None = None
    hotel: str | None = None
    size_limits: tuple[int, int] = DEFAULT_SIZE_LIMITS  # the office's (min, max) for outgoing delegations
    members: tuple[MemberView, ...] = field(default_factory=tuple)
    itinerary: tuple[ItineraryView, ...] = field(default_factory=tuple)
    permits: tuple[PermitView, ...] = field(default_factory=tuple)
    gifts: tuple[GiftView, ...] = field(default_factory=tuple)
    row_version: int = 0  # the version loaded; hand the view back to update_delegation(loaded=...)

    @property
    def size_outside_limits(self) -> bool:
        """An outgoing delegation with fewer or more members than the office's limits (a warning, not a block)."""
        low, high = self.size_limits
        return self.direction == Direction.OUTGOING.value and not low <= len(self.members) <= high

    def to_data(self) -> DelegationData:
        return DelegationData(
            code=self.code, agreement_id=self.agreement_id, **{n: getattr(self, n) for n in DELEGATION_FIELDS}
        )


@dataclass(frozen=True)
class DelegationSummary:
    """One row of the delegation list."""

    id: int
    code: str
    direction: str
    purpose: str
    country_code: str
    country_name_en: str
    country_name_id: str
    start_on: date
    end_on: date
    status: str
    member_count: int


def _member_view(member: Member) -> MemberView:
    return MemberView(
        id=member.id,
        gid=member.gid,
        delegation_id=member.delegation_id,
        order=member.position,
        name=member.name,
        position=member.member_position,
        role=member.role,
        grade=member.grade,
        official_id=member.official_id,
        contact_id=member.contact_id,
        passport_type=member.passport_type,
        passport_number=member.passport_number,
        passport_expiry=member.passport_expiry,
        row_version=member.row_version,
    )


def _itinerary_view(item: ItineraryItem) -> ItineraryView:
    return ItineraryView(
        id=item.id,
        delegation_id=item.delegation_id,
        row_version=item.row_version,
        **{n: getattr(item, n) for n in ITINERARY_FIELDS},
    )


def _permit_view(step: PermitStep, start_on: date) -> PermitView:
    return PermitView(
        id=step.id,
        delegation_id=step.delegation_id,
        order=step.position,
        due_on=start_on - timedelta(days=step.due_days_before),
        row_version=step.row_version,
        **{n: getattr(step, n) for n in PERMIT_FIELDS},
    )


def _gift_view(gift: Gift) -> GiftView:
    value = (
        Money.from_minor(gift.value_minor, gift.currency) if gift.value_minor is not None and gift.currency else None
    )
    return GiftView(
        id=gift.id,
        delegation_id=gift.delegation_id,
        direction=gift.direction,
        on=gift.on,
        description=gift.description,
        giver=gift.giver,
        recipient=gift.recipient,
        value=value,
        notes=gift.notes,
        row_version=gift.row_version,
    )


def _size_limits(session: Session) -> tuple[int, int]:
    row = session.execute(
        select(OfficeProfile.delegation_min_size, OfficeProfile.delegation_max_size).order_by(OfficeProfile.id)
    ).first()
    return (int(row[0]), int(row[1])) if row is not None else DEFAULT_SIZE_LIMITS


def _delegation_view(session: Session, delegation: Delegation) -> DelegationView:
    agreement = session.get(Agreement, delegation.agreement_id) if delegation.agreement_id else None
    return DelegationView(
        per_diem_country_code=delegation.per_diem_country_code,
        per_diem_grade=delegation.per_diem_grade,
        per_diem_grade_reason=delegation.per_diem_grade_reason,
        **{n: getattr(delegation, n) for n in PROTOCOL_FIELDS},
        size_limits=_size_limits(session),
        gifts=tuple(_gift_view(g) for g in delegation.gifts),
        id=delegation.id,
        gid=delegation.gid,
        code=delegation.code,
        agreement_id=delegation.agreement_id,
        country_name_en=delegation.country.name_en,
        country_name_id=delegation.country.name_id,
        agreement_number=agreement.number if agreement else None,
        agreement_title_id=agreement.title_id if agreement else None,
        agreement_title_en=agreement.title_en if agreement else None,
        members=tuple(_member_view(m) for m in delegation.members),
        itinerary=tuple(_itinerary_view(i) for i in delegation.itinerary),
        permits=tuple(_permit_view(p, delegation.start_on) for p in delegation.permits),
        row_version=delegation.row_version,
        **{n: getattr(delegation, n) for n in DELEGATION_FIELDS},
    )


# --- delegations -------------------------------------------------------------------------------------

# A member's fields compared for an edit conflict (the view calls the job title "position").
_MEMBER_COMPARED = (
    "name",
    "role",
    "grade",
    "official_id",
    "contact_id",
    "position",
    "passport_type",
    "passport_number",
    "passport_expiry",
)
_MEMBER_LABELS = {"position": FieldLabel("Jabatan", "Position")}


def _current(session: Session, model: type[T], key: int, what_en: str, what_id: str, loaded: object) -> T:
    """The record to change: locked against other writers when the editor's version is to be checked."""
    if loaded is None:
        return fetch(session, model, key, what_en, what_id)
    return fetch_current(session, model, key, what_en, what_id)


def _agreement_shown(session: Session, agreement_id: object) -> Bilingual:
    agreement = session.get(Agreement, agreement_id) if isinstance(agreement_id, int) else None
    if agreement is None:
        return show_value(None)
    text = agreement.number or agreement.title_en
    return Bilingual(text, agreement.number or agreement.title_id)


def step_start(session: Session, step: PermitStep) -> date:
    start = session.scalar(select(Delegation.start_on).where(Delegation.id == step.delegation_id))
    assert start is not None
    return start


def _normalise(data: DelegationData) -> DelegationData:
    data.country_code = (data.country_code or "").strip().upper()
    data.code = clean(data.code)
    return data


def delegation_problems(session: Session, data: DelegationData) -> list[Problem]:
    problems = [
        country_problem(session, data.country_code),
        reference_problem(session, Agreement, data.agreement_id, "agreement", "agreement", "perjanjian"),
    ]
    if data.code is not None and len(data.code) > CODE_LENGTH:
        problems.append(
            Problem(
                "code",
                f"is too long ({len(data.code)} characters, at most {CODE_LENGTH})",
                f"terlalu panjang ({len(data.code)} karakter, paling banyak {CODE_LENGTH})",
            )
        )
    return [p for p in problems if p is not None]


def _issue_code(session: Session, on: date) -> str:
    """The next delegation code; codes a clerk already typed by hand are skipped, never repeated."""
    for _attempt in range(_CODE_ATTEMPTS):
        code = next_number(session, "delegation", on)
        if session.scalar(select(Delegation.id).where(Delegation.code == code)) is None:
            return code
    raise UserError(
        "Could not issue a free delegation code; check the delegation numbering pattern.",
        "Tidak dapat menerbitkan kode delegasi yang bebas; periksa pola penomoran delegasi.",
    )


def create_delegation(ctx: ServiceContext, data: DelegationData) -> int:
    """Register a visit; without a code, the next code of the office's delegation pattern (by start date)."""
    data = _normalise(data)
    with writing(ctx) as session:
        validate(data, extra=delegation_problems(session, data))
        ensure_unique(session, Delegation, Delegation.code, data.code, None, "code")
        delegation = Delegation(code=data.code or _issue_code(session, data.start_on), agreement_id=data.agreement_id)
        copy_fields(delegation, data, DELEGATION_FIELDS)
        session.add(delegation)
        session.flush()
        return delegation.id


def days_outside(delegation: Delegation, start_on: date, end_on: date) -> list[date]:
    return sorted({item.day for item in delegation.itinerary if not start_on <= item.day <= end_on})


def _delegation_record(delegation: Delegation) -> Bilingual:
    return Bilingual(f"the delegation {delegation.code}", f"delegasi {delegation.code}")


def update_delegation(
    ctx: ServiceContext, delegation_id: int, data: DelegationData, *, loaded: DelegationView | None = None
) -> None:
    """Change a visit; a code left empty keeps the current code. Itinerary days must stay inside the dates.
    ``loaded``: the view the editor showed; the fields another person changed since are refused when
    they differ from ``data`` (EditConflict). Members, itinerary and permits have their own versions."""
    data = _normalise(data)
    with writing(ctx) as session:
        delegation = _current(session, Delegation, delegation_id, "delegation", "delegasi", loaded)
        if loaded is not None:
            current = _delegation_view(session, delegation)
            check_version(
                session,
                delegation,
                loaded.row_version,
                record=_delegation_record(delegation),
                values=lambda: {
                    **field_values((*DELEGATION_FIELDS, "agreement_id"), loaded, current, data),
                    # An empty code keeps the current one: only a code typed differently is a change.
                    "code": (loaded.code, current.code, data.code or loaded.code),
                },
                current=lambda: current,
                shows={"agreement_id": lambda value: _agreement_shown(session, value)},
            )
        problems = delegation_problems(session, data)
        if data.start_on and data.end_on and data.start_on <= data.end_on:
            outside = days_outside(delegation, data.start_on, data.end_on)
            if outside:
                days_en = ", ".join(clerk_date(d, "en") for d in outside)
                days_id = ", ".join(clerk_date(d, "id") for d in outside)
                problems.append(
                    Problem(
                        "start_on",
                        f"the itinerary has entries on {days_en}, outside {clerk_date(data.start_on, 'en')} to "
                        f"{clerk_date(data.end_on, 'en')}; move or remove them first",
                        f"jadwal memuat kegiatan pada {days_id}, di luar {clerk_date(data.start_on, 'id')} sampai "
                        f"{clerk_date(data.end_on, 'id')}; pindahkan atau hapus dahulu",
                    )
                )
        validate(data, extra=problems)
        ensure_unique(session, Delegation, Delegation.code, data.code, delegation_id, "code")
        if data.code is not None and delegation.code != data.code:
            delegation.code = data.code
        if delegation.agreement_id != data.agreement_id:
            delegation.agreement_id = data.agreement_id
        copy_fields(delegation, data, DELEGATION_FIELDS)


def delete_delegation(ctx: ServiceContext, delegation_id: int) -> None:
    """Delete a visit with its members, itinerary and permits, unless activities, budget lines, recorded gifts
    or attached files depend on it."""
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        refuse_if_dependants(
            session,
            f"delegation {delegation.code}",
            f"delegasi {delegation.code}",
            [
                ("activity(ies)", "kegiatan", count_where(Activity, Activity.delegation_id == delegation_id)),
                (
                    "budget line(s)",
                    "baris anggaran",
                    count_where(BudgetLine, BudgetLine.delegation_id == delegation_id),
                ),
                (
                    "gift(s) in the gratification register",
                    "hadiah dalam daftar gratifikasi",
                    count_where(Gift, Gift.delegation_id == delegation_id),
                ),
                (
                    "attachment(s)",
                    "lampiran",
                    count_where(
                        Attachment, Attachment.owner_type == "delegation", Attachment.owner_id == delegation_id
                    ),
                ),
            ],
        )
        session.delete(delegation)


def get_delegation(ctx: ServiceContext, delegation_id: int) -> DelegationView:
    with reading(ctx) as session:
        return _delegation_view(session, fetch(session, Delegation, delegation_id, "delegation", "delegasi"))


def find_delegation_id(ctx: ServiceContext, code_or_gid: str) -> int | None:
    with reading(ctx) as session:
        return session.scalar(
            select(Delegation.id).where((Delegation.code == code_or_gid) | (Delegation.gid == code_or_gid))
        )


def list_delegations(
    ctx: ServiceContext,
    *,
    year: int | None = None,
    status: str | None = None,
    direction: str | None = None,
    search: str | None = None,
) -> list[DelegationSummary]:
    """Visits, latest first; ``year`` is the year of departure, ``search`` matches code, purpose or cities."""
    members = select(Member.delegation_id, func.count(Member.id).label("n")).group_by(Member.delegation_id).subquery()
    query = (
        select(Delegation, func.coalesce(members.c.n, 0))
        .outerjoin(members, members.c.delegation_id == Delegation.id)
        .order_by(Delegation.start_on.desc(), Delegation.code)
    )
    if year is not None:
        query = query.where(Delegation.start_on >= date(year, 1, 1), Delegation.start_on <= date(year, 12, 31))
    if status:
        query = query.where(Delegation.status == status)
    if direction:
        query = query.where(Delegation.direction == direction)
    if search and search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Delegation.code).like(pattern),
                func.lower(Delegation.purpose).like(pattern),
                func.lower(Delegation.cities).like(pattern),
            )
        )
    with reading(ctx) as session:
        return [
            DelegationSummary(
                id=d.id,
                code=d.code,
                direction=d.direction,
                purpose=d.purpose,
                country_code=d.country_code,
                country_name_en=d.country.name_en,
                country_name_id=d.country.name_id,
                start_on=d.start_on,
                end_on=d.end_on,
                status=d.status,
                member_count=int(n),
            )
            for d, n in session.execute(query).unique()
        ]


# --- members ------------------------------------------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def fill_from_person(session: Session, data: MemberData) -> list[Problem]:
    """Take name, position, grade and passport from the linked official or contact where not given."""
    source: Official | Contact | None = None
    if data.official_id is not None:
        source = session.get(Official, data.official_id)
        if source is None:
            return [
                Problem("official", f"there is no official {data.official_id}", f"tidak ada pejabat {data.official_id}")
            ]
    elif data.contact_id is not None:
        source = session.get(Contact, data.contact_id)
        if source is None:
            return [Problem("contact", f"there is no contact {data.contact_id}", f"tidak ada kontak {data.contact_id}")]
    if source is None:
        return []
    if _blank(data.name):
        data.name = source.name
    if _blank(data.position):
        data.position = source.position
    if isinstance(source, Official) and _blank(data.grade):
        data.grade = source.grade
    if _blank(data.passport_type) and _blank(data.passport_number) and data.passport_expiry is None:
        data.passport_type = source.passport_type
        data.passport_number = source.passport_number
        data.passport_expiry = source.passport_expiry
    return []


def duplicate_problem(session: Session, data: MemberData, exclude_id: int | None) -> Problem | None:
    for column, value, field_name, en, id_ in (
        (Member.official_id, data.official_id, "official", "this official", "pejabat ini"),
        (Member.contact_id, data.contact_id, "contact", "this contact", "kontak ini"),
    ):
        if value is None:
            continue
        query = select(Member.id).where(Member.delegation_id == data.delegation_id, column == value)
        if exclude_id is not None:
            query = query.where(Member.id != exclude_id)
        if session.scalar(query.limit(1)) is not None:
            return Problem(
                field_name, f"{en} is already a member of the delegation", f"{id_} sudah menjadi anggota delegasi"
            )
    return None


def apply_member(member: Member, data: MemberData) -> None:
    if member.official_id != data.official_id:
        member.official_id = data.official_id
    if member.contact_id != data.contact_id:
        member.contact_id = data.contact_id
    copy_fields(member, data, ("name", "role", "grade", "passport_type", "passport_number", "passport_expiry"))
    position = clean(data.position)
    if member.member_position != position:
        member.member_position = position
    if member.passport_number is not None:
        member.passport_number = member.passport_number.upper()


def add_member(ctx: ServiceContext, data: MemberData) -> int:
    """Add a member at the end of the list; a linked official or contact supplies what is left empty."""
    with writing(ctx) as session:
        fetch(session, Delegation, data.delegation_id, "delegation", "delegasi")
        problems = fill_from_person(session, data)
        validate(data, extra=problems + [p for p in [duplicate_problem(session, data, None)] if p])
        last = session.scalar(select(func.max(Member.position)).where(Member.delegation_id == data.delegation_id))
        member = Member(delegation_id=data.delegation_id, position=(last or 0) + 1)
        apply_member(member, data)
        session.add(member)
        session.flush()
        return member.id


def update_member(ctx: ServiceContext, member_id: int, data: MemberData, *, loaded: MemberView | None = None) -> None:
    """Save a member; ``loaded`` as for :func:`update_delegation` (each member has its own version)."""
    with writing(ctx) as session:
        member = _current(session, Member, member_id, "delegation member", "anggota delegasi", loaded)
        if loaded is not None:
            current = _member_view(member)
            check_version(
                session,
                member,
                loaded.row_version,
                record=Bilingual(f"the delegation member {member.name}", f"anggota delegasi {member.name}"),
                values=lambda: field_values(_MEMBER_COMPARED, loaded, current, data),
                current=lambda: current,
                labels=_MEMBER_LABELS,
            )
        problems = fill_from_person(session, data)
        if data.delegation_id != member.delegation_id:
            problems.append(
                Problem(
                    "delegation",
                    "a member cannot move to another delegation",
                    "anggota tidak dapat dipindah ke delegasi lain",
                )
            )
        duplicate = duplicate_problem(session, data, member_id)
        validate(data, extra=problems + ([duplicate] if duplicate else []))
        apply_member(member, data)


def remove_member(ctx: ServiceContext, member_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, Member, member_id, "delegation member", "anggota delegasi"))


def reorder_members(ctx: ServiceContext, delegation_id: int, member_ids: list[int]) -> None:
    """Put the members in the order given (every member of the delegation, each once)."""
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        current = {m.id: m for m in delegation.members}
        if sorted(member_ids) != sorted(current):
            raise ValidationError(
                [
                    Problem(
                        "members",
                        "the new order must list every member of the delegation exactly once",
                        "urutan baru harus memuat setiap anggota delegasi tepat satu kali",
                    )
                ]
            )
        for order, member_id in enumerate(member_ids, start=1):
            if current[member_id].position != order:
                current[member_id].position = order


# --- itinerary ----------------------------------------------------------------------------------------


def day_problem(delegation: Delegation, day: date | None) -> list[Problem]:
    if day is None or delegation.start_on <= day <= delegation.end_on:
        return []
    return [
        Problem(
            "day",
            f"{clerk_date(day, 'en')} is outside the visit ({clerk_date(delegation.start_on, 'en')} to "
            f"{clerk_date(delegation.end_on, 'en')})",
            f"{clerk_date(day, 'id')} di luar masa kunjungan ({clerk_date(delegation.start_on, 'id')} sampai "
            f"{clerk_date(delegation.end_on, 'id')})",
        )
    ]


def add_itinerary_item(ctx: ServiceContext, data: ItineraryData) -> int:
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, data.delegation_id, "delegation", "delegasi")
        data.country_code = (data.country_code or "").strip().upper() or None
        country = country_problem(session, data.country_code)
        validate(data, extra=[*day_problem(delegation, data.day), *([country] if country else [])])
        item = ItineraryItem(delegation_id=data.delegation_id)
        copy_fields(item, data, ITINERARY_FIELDS)
        session.add(item)
        session.flush()
        return item.id


def update_itinerary_item(
    ctx: ServiceContext, item_id: int, data: ItineraryData, *, loaded: ItineraryView | None = None
) -> None:
    """Save an itinerary item; ``loaded`` as for :func:`update_delegation`."""
    with writing(ctx) as session:
        item = _current(session, ItineraryItem, item_id, "itinerary item", "jadwal kegiatan", loaded)
        if loaded is not None:
            current = _itinerary_view(item)
            check_version(
                session,
                item,
                loaded.row_version,
                record=Bilingual(
                    f"the itinerary item of {clerk_date(item.day, 'en')}",
                    f"jadwal kegiatan {clerk_date(item.day, 'id')}",
                ),
                values=lambda: field_values(ITINERARY_FIELDS, loaded, current, data),
                current=lambda: current,
            )
        delegation = fetch(session, Delegation, item.delegation_id, "delegation", "delegasi")
        data.country_code = (data.country_code or "").strip().upper() or None
        problems = day_problem(delegation, data.day)
        country = country_problem(session, data.country_code)
        if country is not None:
            problems.append(country)
        if data.delegation_id != item.delegation_id:
            problems.append(
                Problem(
                    "delegation",
                    "an itinerary item cannot move to another delegation",
                    "jadwal tidak dapat dipindah ke delegasi lain",
                )
            )
        validate(data, extra=problems)
        copy_fields(item, data, ITINERARY_FIELDS)


def remove_itinerary_item(ctx: ServiceContext, item_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, ItineraryItem, item_id, "itinerary item", "jadwal kegiatan"))


# --- permit steps ---------------------------------------------------------------------------------------


def permit_name_problem(session: Session, data: PermitData, exclude_id: int | None) -> list[Problem]:
    name = clean(data.name)
    if name is None:
        return []
    query = select(PermitStep.id).where(
        PermitStep.delegation_id == data.delegation_id, func.lower(PermitStep.name) == name.lower()
    )
    if exclude_id is not None:
        query = query.where(PermitStep.id != exclude_id)
    if session.scalar(query.limit(1)) is None:
        return []
    return [
        Problem(
            "name",
            f"the delegation already has a permit step '{name}'",
            f"delegasi sudah memiliki langkah izin '{name}'",
        )
    ]


def add_permit_step(ctx: ServiceContext, data: PermitData) -> int:
    with writing(ctx) as session:
        fetch(session, Delegation, data.delegation_id, "delegation", "delegasi")
        validate(data, extra=permit_name_problem(session, data, None))
        last = session.scalar(
            select(func.max(PermitStep.position)).where(PermitStep.delegation_id == data.delegation_id)
        )
        step = PermitStep(delegation_id=data.delegation_id, position=(last or 0) + 1)
        copy_fields(step, data, PERMIT_FIELDS)
        session.add(step)
        session.flush()
        return step.id


def update_permit_step(
    ctx: ServiceContext, step_id: int, data: PermitData, *, loaded: PermitView | None = None
) -> None:
    """Save a permit step; ``loaded`` as for :func:`update_delegation`."""
    with writing(ctx) as session:
        step = _current(session, PermitStep, step_id, "permit step", "langkah izin", loaded)
        if loaded is not None:
            current = _permit_view(step, step_start(session, step))
            check_version(
                session,
                step,
                loaded.row_version,
                record=Bilingual(f"the permit step {step.name}", f"langkah izin {step.name}"),
                values=lambda: field_values(PERMIT_FIELDS, loaded, current, data),
                current=lambda: current,
            )
        problems = permit_name_problem(session, data, step_id)
        if data.delegation_id != step.delegation_id:
            problems.append(
                Problem(
                    "delegation",
                    "a permit step cannot move to another delegation",
                    "langkah izin tidak dapat dipindah ke delegasi lain",
                )
            )
        validate(data, extra=problems)
        copy_fields(step, data, PERMIT_FIELDS)


def remove_permit_step(ctx: ServiceContext, step_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, PermitStep, step_id, "permit step", "langkah izin"))


def add_default_permits(ctx: ServiceContext, delegation_id: int) -> list[int]:
    """Add the default permit steps (domain.permits) the visit does not have yet; return the new steps' ids."""
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        steps = default_steps_for(delegation.direction)
        if not steps:
            raise UserError(
                f"There are no default permit steps for {delegation.direction} visits; "
                "add the steps this visit needs one by one.",
                "Tidak ada langkah izin bawaan untuk kunjungan masuk; tambahkan langkah yang diperlukan satu per satu.",
            )
        present = {step.name.lower() for step in delegation.permits}
        last = max((step.position for step in delegation.permits), default=0)
        added: list[PermitStep] = []
        for definition in steps:
            if definition.name.lower() in present:
                continue
            last += 1
            step = PermitStep(
                delegation_id=delegation_id,
                position=last,
                name=definition.name,
                status="not_requested",
                due_days_before=definition.due_days_before,
            )
            session.add(step)
            added.append(step)
        session.flush()
        return [step.id for step in added]


# --- protocol and per-diem choices -----------------------------------------------------------------------------


def set_delegation_protocol(
    ctx: ServiceContext,
    delegation_id: int,
    *,
    precedence: str | None = None,
    forms_of_address: str | None = None,
    dietary_needs: str | None = None,
    interpreter: str | None = None,
    liaison_officer: str | None = None,
    hotel: str | None = None,
) -> None:
    """Record the protocol notes of a visit (order of precedence, forms of address, diet, people, hotel)."""
    values = {
        "precedence": clean(precedence),
        "forms_of_address": clean(forms_of_address),
        "dietary_needs": clean(dietary_needs),
        "interpreter": clean(interpreter),
        "liaison_officer": clean(liaison_officer),
        "hotel": clean(hotel),
    }
    problems = [
        Problem(name, f"is too long (at most {limit} characters)", f"terlalu panjang (paling banyak {limit} karakter)")
        for name, limit in _PROTOCOL_LENGTHS.items()
        if values[name] is not None and len(str(values[name])) > limit
    ]
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        for name, value in values.items():
            if getattr(delegation, name) != value:
                setattr(delegation, name, value)


GRADE_REASON_LENGTH = (5, 300)


def set_delegation_per_diem(
    ctx: ServiceContext,
    delegation_id: int,
    country_code: str | None,
    grade: Grade | str | None,
    reason: str | None = None,
) -> None:
    """Choose whose per-diem rate applies (None: the destination's) and one grade for all (None: each own).

    One grade for all needs its reason (e.g. "satu hotel untuk seluruh delegasi"), printed on the travel budget.
    """
    code = (country_code or "").strip().upper() or None
    reason_text = clean(reason)
    checker_problems: list[Problem] = []
    grade_code: Grade | None = None
    if grade not in (None, ""):
        try:
            grade_code = Grade(str(grade).strip().upper())
        except ValueError:
            allowed = ", ".join(g.value for g in Grade)
            checker_problems.append(
                Problem(
                    "per_diem_grade",
                    f"'{grade}' is not one of: {allowed}",
                    f"'{grade}' bukan salah satu dari: {allowed}",
                )
            )
        low, high = GRADE_REASON_LENGTH
        if not reason_text or not low <= len(reason_text) <= high:
            checker_problems.append(
                Problem(
                    "per_diem_grade_reason",
                    f"say why one grade is paid to the whole delegation ({low} to {high} characters), e.g. one hotel "
                    "for everyone",
                    f"tuliskan alasan satu golongan untuk seluruh delegasi ({low} sampai {high} karakter), mis. satu "
                    "hotel untuk semua",
                )
            )
    else:
        reason_text = None
    with writing(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        country = country_problem(session, code, "per_diem_country")
        validate(extra=checker_problems + ([country] if country else []))
        if delegation.per_diem_country_code != code:
            delegation.per_diem_country_code = code
        if delegation.per_diem_grade != grade_code:
            delegation.per_diem_grade = grade_code
        if delegation.per_diem_grade_reason != reason_text:
            delegation.per_diem_grade_reason = reason_text


# --- gifts ------------------------------------------------------------------------------------------------------


def _gift_values(
    direction: str,
    on: date | None,
    description: str | None,
    giver: str | None,
    recipient: str | None,
    value: object,
    currency: str | None,
    notes: str | None,
) -> dict[str, object]:
    problems: list[Problem] = []
    if direction not in GIFT_DIRECTIONS:
        problems.append(
            Problem(
                "direction",
                f"'{direction}' is not one of: {', '.join(GIFT_DIRECTIONS)}",
                f"'{direction}' bukan salah satu dari: {', '.join(GIFT_DIRECTIONS)}",
            )
        )
    if on is None:
        problems.append(Problem("on", "is required", "wajib diisi"))
    if clean(description) is None:
        problems.append(Problem("description", "is required", "wajib diisi"))
    for name, text, limit in (("giver", giver, 300), ("recipient", recipient, 300)):
        if text is not None and len(text.strip()) > limit:
            problems.append(
                Problem(
                    name,
                    f"is too long (at most {limit} characters)",
                    f"terlalu panjang (paling banyak {limit} karakter)",
                )
            )
    code = (currency or "").strip().upper() or None
    minor: int | None = None
    if value is not None and value != "":
        try:
            amount: Decimal | None = parse_amount(value, "value")
        except ValidationError as exc:
            problems.extend(exc.problems)
            amount = None
        if code is None or not is_known_currency(code):
            problems.append(
                Problem(
                    "currency",
                    f"'{currency or ''}' is not a currency code (e.g. IDR, USD, EUR, JPY)",
                    f"'{currency or ''}' bukan kode mata uang (mis. IDR, USD, EUR, JPY)",
                )
            )
        elif amount is not None:
            try:
                minor = Money(amount, code).minor
            except ValueError:
                exponent = currency_exponent(code)
                allowed_en = "no decimals" if exponent == 0 else f"at most {exponent} decimal(s)"
                allowed_id = "tanpa desimal" if exponent == 0 else f"paling banyak {exponent} angka desimal"
                problems.append(
                    Problem(
                        "value",
                        f"{code} amounts have {allowed_en}; {amount} has more",
                        f"jumlah {code} {allowed_id}; {amount} melebihi itu",
                    )
                )
    else:
        code = None
    if problems:
        raise ValidationError(problems)
    return {
        "direction": direction,
        "on": on,
        "description": clean(description),
        "giver": clean(giver),
        "recipient": clean(recipient),
        "value_minor": minor,
        "currency": code,
        "notes": clean(notes),
    }


def add_gift(
    ctx: ServiceContext,
    delegation_id: int,
    direction: str,
    on: date,
    description: str,
    *,
    giver: str | None = None,
    recipient: str | None = None,
    value: object = None,
    currency: str | None = None,
    notes: str | None = None,
) -> int:
    """Record a gift given ("given") or received ("received"); a value needs its currency."""
    values = _gift_values(direction, on, description, giver, recipient, value, currency, notes)
    with writing(ctx) as session:
        fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        gift = Gift(delegation_id=delegation_id, **values)
        session.add(gift)
        session.flush()
        return gift.id


def update_gift(
    ctx: ServiceContext,
    gift_id: int,
    direction: str,
    on: date,
    description: str,
    *,
    giver: str | None = None,
    recipient: str | None = None,
    value: object = None,
    currency: str | None = None,
    notes: str | None = None,
    loaded: GiftView | None = None,
) -> None:
    """Save a gift; ``loaded`` as for :func:`update_delegation`."""
    values = _gift_values(direction, on, description, giver, recipient, value, currency, notes)
    with writing(ctx) as session:
        gift = _current(session, Gift, gift_id, "gift", "hadiah", loaded)
        if loaded is not None:
            current = _gift_view(gift)
            minor, code = values["value_minor"], values["currency"]
            mine_value = Money.from_minor(minor, code) if isinstance(minor, int) and isinstance(code, str) else None
            check_version(
                session,
                gift,
                loaded.row_version,
                record=Bilingual(f"the gift {gift.description}", f"hadiah {gift.description}"),
                values=lambda: {
                    **{
                        name: (getattr(loaded, name), getattr(current, name), values[name])
                        for name in ("direction", "on", "description", "giver", "recipient", "notes")
                    },
                    "value": (loaded.value, current.value, mine_value),
                },
                current=lambda: current,
            )
        for name, new in values.items():
            if getattr(gift, name) != new:
                setattr(gift, name, new)


def remove_gift(ctx: ServiceContext, gift_id: int) -> None:
    with writing(ctx) as session:
        session.delete(fetch(session, Gift, gift_id, "gift", "hadiah"))
