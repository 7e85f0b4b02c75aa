"""The warnings of one delegation visit, for its editor and the dashboard.

The facts come from one read (members, permit steps, the office's size limits,
members who are on another visit at the same time) plus the per-diem look-up
of :func:`secretariat.services.delegations.per_diem.delegation_rates`; the rules are in
:mod:`secretariat.domain.delegation_rules`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from secretariat.domain.delegation_rules import (
    DelegationFacts,
    DelegationWarning,
    ItineraryFacts,
    MemberFacts,
    OverlapFacts,
    PermitFacts,
    RateFacts,
    is_host,
)
from secretariat.domain.delegation_rules import delegation_warnings as _rules
from secretariat.domain.enums import DelegationStatus
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading
from secretariat.services.delegations.per_diem import delegation_rates
from secretariat.services.delegations.records import DEFAULT_SIZE_LIMITS
from secretariat.storage.models import Country, Delegation, Member, OfficeProfile


def _size_limits(session: Session) -> tuple[int, int]:
    row = session.execute(
        select(OfficeProfile.delegation_min_size, OfficeProfile.delegation_max_size).order_by(OfficeProfile.id)
    ).first()
    return (int(row[0]), int(row[1])) if row is not None else DEFAULT_SIZE_LIMITS


def _overlaps(session: Session, delegation: Delegation) -> tuple[OverlapFacts, ...]:
    """Members who are also on another visit (not cancelled) whose dates overlap: the same official, the same
    partner contact or the same passport number."""
    other_member = aliased(Member)
    other = aliased(Delegation)
    same_person = or_(
        (Member.official_id.is_not(None)) & (other_member.official_id == Member.official_id),
        (Member.contact_id.is_not(None)) & (other_member.contact_id == Member.contact_id),
        (Member.passport_number.is_not(None)) & (other_member.passport_number == Member.passport_number),
    )
    rows = session.execute(
        select(Member.id, Member.name, Member.position, other.id, other.code, other.start_on, other.end_on)
        .join(other_member, same_person)
        .join(other, other.id == other_member.delegation_id)
        .where(
            Member.delegation_id == delegation.id,
            other.id != delegation.id,
            other.status != DelegationStatus.CANCELLED.value,
            other.start_on <= delegation.end_on,
            other.end_on >= delegation.start_on,
        )
        .order_by(Member.position, Member.id, other.start_on, other.id)
    ).all()
    seen: set[tuple[int, int]] = set()  # one finding per member and other visit, however many ties match
    found: list[OverlapFacts] = []
    for member_id, name, _position, other_id, code, start_on, end_on in rows:
        if (member_id, other_id) not in seen:
            seen.add((member_id, other_id))
            found.append(OverlapFacts(member_id, name, code, start_on, end_on))
    return tuple(found)


def _rate_lookups(ctx: ServiceContext, delegation_id: int) -> dict[str, tuple[str | None, bool]]:
    """Per grade the members use: the country whose rate applies (None: no rate) and whether it is the
    accredited mission's country (the rate is the same for every member of a grade)."""
    result: dict[str, tuple[str | None, bool]] = {}
    for member_rate in delegation_rates(ctx, delegation_id):
        if member_rate.grade and member_rate.grade not in result:
            lookup = member_rate.lookup
            result[member_rate.grade] = (
                (lookup.used_country_code, lookup.via_mission) if lookup is not None else (None, False)
            )
    return result


def delegation_facts(ctx: ServiceContext, delegation_id: int) -> DelegationFacts:
    """The plain facts the delegation rules look at."""
    lookups = _rate_lookups(ctx, delegation_id)
    with reading(ctx) as session:
        delegation = fetch(session, Delegation, delegation_id, "delegation", "delegasi")
        common_grade = delegation.per_diem_grade
        chosen = delegation.per_diem_country_code
        wanted = {code for code, _mission in lookups.values() if code} | ({chosen} if chosen else set())
        names: dict[str, tuple[str, str]] = {code: (code, code) for code in wanted}
        if wanted:
            names.update(
                {
                    code: (name_id, name_en)
                    for code, name_id, name_en in session.execute(
                        select(Country.code, Country.name_id, Country.name_en).where(Country.code.in_(wanted))
                    )
                }
            )
        rates = tuple(
            RateFacts(
                grade,
                code,
                names[code][0] if code else None,
                names[code][1] if code else None,
                via_mission=mission and chosen is None,
            )
            for grade, (code, mission) in lookups.items()
        )
        return DelegationFacts(
            direction=delegation.direction,
            status=delegation.status,
            start_on=delegation.start_on,
            end_on=delegation.end_on,
            country_name_id=delegation.country.name_id,
            country_name_en=delegation.country.name_en,
            members=tuple(
                MemberFacts(
                    m.id,
                    m.name,
                    m.passport_expiry,
                    common_grade or m.grade,
                    host=is_host(delegation.direction, m.official_id, m.role, m.contact_id),
                )
                for m in delegation.members
            ),
            permits=tuple(
                PermitFacts(p.id, p.name, p.status, p.due_days_before, p.requested_on, p.granted_on)
                for p in delegation.permits
            ),
            size_limits=_size_limits(session),
            overlaps=_overlaps(session, delegation),
            rates=rates,
            per_diem_country_name_id=names[chosen][0] if chosen else None,
            per_diem_country_name_en=names[chosen][1] if chosen else None,
            itinerary=tuple(
                ItineraryFacts(i.id, i.day, i.start_time, i.end_time, i.activity) for i in delegation.itinerary
            ),
        )


def delegation_warnings(ctx: ServiceContext, delegation_id: int, today: date) -> list[DelegationWarning]:
    """Every warning about the delegation on ``today``, most urgent first."""
    return _rules(delegation_facts(ctx, delegation_id), today)


__all__ = ["delegation_facts", "delegation_warnings"]
