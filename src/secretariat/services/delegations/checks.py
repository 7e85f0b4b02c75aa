"""The warnings of one delegation visit, for its editor and the dashboard.

The facts come from one read (members, permit steps, the office's size limits,
members who are on another visit at the same time) plus the per-diem look-up
of :func:`secretariat.services.delegations.per_diem.delegation_rates`; the rules are in
:mod:`secretariat.domain.delegation_rules`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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
from secretariat.services.delegations.per_diem import RateLookup, RateTable, _travel_rate, rate_table
from secretariat.services.delegations.records import DEFAULT_SIZE_LIMITS
from secretariat.storage.models import Country, Delegation, Member, OfficeProfile


def _size_limits(session: Session) -> tuple[int, int]:
    row = session.execute(
        select(OfficeProfile.delegation_min_size, OfficeProfile.delegation_max_size).order_by(OfficeProfile.id)
    ).first()
    return (int(row[0]), int(row[1])) if row is not None else DEFAULT_SIZE_LIMITS


def _overlaps(session: Session, delegations: Sequence[Delegation]) -> dict[int, tuple[OverlapFacts, ...]]:
    """Per delegation: members who are also on another visit (not cancelled) whose dates overlap: the same
    official, the same partner contact or the same passport number.

    Read from the visits whose dates fall in the span of ``delegations`` (a few, however long the
    history) and matched here, rather than by joining each member to every visit of the same person.
    """
    if not delegations:
        return {}
    first = min(d.start_on for d in delegations)
    last = max(d.end_on for d in delegations)
    others = {
        row.id: row
        for row in session.execute(
            select(Delegation.id, Delegation.code, Delegation.start_on, Delegation.end_on).where(
                Delegation.start_on <= last,
                Delegation.end_on >= first,
                Delegation.status != DelegationStatus.CANCELLED,
            )
        )
    }
    # Who is on those visits, by each way of being the same person.
    on_visit: dict[tuple[str, object], set[int]] = defaultdict(set)
    for chunk_start in range(0, len(others), 5000):
        chunk = list(others)[chunk_start : chunk_start + 5000]
        for delegation_id, official_id, contact_id, passport in session.execute(
            select(Member.delegation_id, Member.official_id, Member.contact_id, Member.passport_number).where(
                Member.delegation_id.in_(chunk)
            )
        ):
            for tie, value in (("official", official_id), ("contact", contact_id), ("passport", passport)):
                if value is not None:
                    on_visit[(tie, value)].add(delegation_id)
    found: dict[int, tuple[OverlapFacts, ...]] = {}
    for delegation in delegations:
        facts: list[OverlapFacts] = []
        for member in sorted(delegation.members, key=lambda m: (m.position or 0, m.id)):
            ties = (
                ("official", member.official_id),
                ("contact", member.contact_id),
                ("passport", member.passport_number),
            )
            other_ids = {i for tie in ties if tie[1] is not None for i in on_visit.get(tie, ())}
            overlapping = [
                others[i]
                for i in other_ids
                if i != delegation.id
                and others[i].start_on <= delegation.end_on
                and others[i].end_on >= delegation.start_on
            ]
            for other in sorted(overlapping, key=lambda o: (o.start_on, o.id)):
                facts.append(OverlapFacts(member.id, member.name, other.code, other.start_on, other.end_on))
        found[delegation.id] = tuple(facts)
    return found


def _rate_lookups(
    session: Session,
    delegation: Delegation,
    cache: dict[tuple[str, str, date], RateLookup | None],
    table: RateTable | None = None,
) -> dict[str, tuple[str | None, bool]]:
    """Per grade the members use: the country whose rate applies (None: no rate) and whether it is the
    accredited mission's country (the rate is the same for every member of a grade). The rules of
    ``per_diem.delegation_rates``; ``cache`` keeps look-ups shared by several delegations."""
    country = delegation.per_diem_country_code or delegation.country_code
    result: dict[str, tuple[str | None, bool]] = {}
    for member in delegation.members:
        grade = delegation.per_diem_grade or member.grade
        if not grade or grade in result:
            continue
        key = (country, grade, delegation.start_on)
        if key not in cache:
            cache[key] = _travel_rate(session, country, grade, delegation.start_on, table)
        lookup = cache[key]
        if lookup is None:
            result[grade] = (None, False)
        elif delegation.per_diem_country_code:
            result[grade] = (lookup.used_country_code, lookup.used_country_code != delegation.country_code)
        else:
            result[grade] = (lookup.used_country_code, lookup.via_mission)
    return result


def _facts(
    session: Session,
    delegation: Delegation,
    lookups: dict[str, tuple[str | None, bool]],
    names: dict[str, tuple[str, str]],
    size_limits: tuple[int, int],
    overlaps: tuple[OverlapFacts, ...],
) -> DelegationFacts:
    common_grade = delegation.per_diem_grade
    chosen = delegation.per_diem_country_code
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
        size_limits=size_limits,
        overlaps=overlaps,
        rates=rates,
        per_diem_country_name_id=names[chosen][0] if chosen else None,
        per_diem_country_name_en=names[chosen][1] if chosen else None,
        itinerary=tuple(
            ItineraryFacts(i.id, i.day, i.start_time, i.end_time, i.activity) for i in delegation.itinerary
        ),
    )


def delegation_facts_many(ctx: ServiceContext, delegation_ids: Sequence[int]) -> dict[int, DelegationFacts]:
    """The plain facts the delegation rules look at, for many delegations in one read (the dashboard's
    departing visits): a handful of queries in all, not a handful per delegation. Ids that do not
    exist are left out."""
    ids = list(dict.fromkeys(delegation_ids))
    if not ids:
        return {}
    with reading(ctx) as session:
        delegations = session.scalars(
            select(Delegation)
            .where(Delegation.id.in_(ids))
            .options(
                selectinload(Delegation.members),
                selectinload(Delegation.permits),
                selectinload(Delegation.itinerary),
            )
        ).all()
        cache: dict[tuple[str, str, date], RateLookup | None] = {}
        table = rate_table(session) if len(delegations) > 1 else None  # many: the rate table read once
        lookups = {d.id: _rate_lookups(session, d, cache, table) for d in delegations}
        wanted = {code for found in lookups.values() for code, _mission in found.values() if code}
        wanted |= {d.per_diem_country_code for d in delegations if d.per_diem_country_code}
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
        limits = _size_limits(session)
        overlaps = _overlaps(session, delegations)
        return {d.id: _facts(session, d, lookups[d.id], names, limits, overlaps.get(d.id, ())) for d in delegations}


def delegation_facts(ctx: ServiceContext, delegation_id: int) -> DelegationFacts:
    """The plain facts the delegation rules look at."""
    found = delegation_facts_many(ctx, [delegation_id]).get(delegation_id)
    if found is None:
        with reading(ctx) as session:
            fetch(session, Delegation, delegation_id, "delegation", "delegasi")  # raises "not found"
        raise AssertionError("unreachable")
    return found


def delegation_warnings(ctx: ServiceContext, delegation_id: int, today: date) -> list[DelegationWarning]:
    """Every warning about the delegation on ``today``, most urgent first."""
    return _rules(delegation_facts(ctx, delegation_id), today)


def delegation_warnings_many(
    ctx: ServiceContext, delegation_ids: Sequence[int], today: date
) -> dict[int, list[DelegationWarning]]:
    """:func:`delegation_warnings` of many delegations, read at once."""
    return {i: _rules(facts, today) for i, facts in delegation_facts_many(ctx, delegation_ids).items()}


__all__ = ["delegation_facts", "delegation_facts_many", "delegation_warnings", "delegation_warnings_many"]
