"""Warnings about a delegation visit: passports, permits, size, overlapping visits, per-diem rates.

The pure rules are tested on plain facts; the service on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secretariat.domain import delegation_rules as rules
from secretariat.domain.delegation_rules import (
    DelegationFacts,
    MemberFacts,
    OverlapFacts,
    PermitFacts,
    RateFacts,
    Severity,
    WarningCode,
)
from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import (
    ContactData,
    DelegationData,
    MemberData,
    OfficeProfileData,
    OfficialData,
    PartnerData,
    PerDiemRateData,
    PermitData,
)
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.checks import delegation_warnings
from secretariat.services.delegations.per_diem import create_rate
from secretariat.services.delegations.records import (
    add_default_permits,
    add_member,
    add_permit_step,
    create_delegation,
    get_delegation,
    set_delegation_per_diem,
    update_delegation,
    update_permit_step,
)
from secretariat.services.office import get_office_profile, update_office_profile
from secretariat.services.partners.records import add_contact, create_partner
from secretariat.services.reference.countries_and_sectors import update_country_flags
from secretariat.services.reference.officials import create_official

START, END = date(2026, 5, 10), date(2026, 5, 15)
TODAY = date(2026, 4, 1)


def codes(found: list[rules.DelegationWarning]) -> list[str]:
    return [w.code.value for w in found]


# --- pure rules --------------------------------------------------------------------------------------------


def facts(**changes: object) -> DelegationFacts:
    values: dict[str, object] = {
        "direction": "outgoing",
        "status": "preparing",
        "start_on": START,
        "end_on": END,
        "country_name_id": "Jepang",
        "country_name_en": "Japan",
        "members": tuple(MemberFacts(i, f"Member {i}", date(2030, 1, 1), "B") for i in range(1, 5)),
        "rates": (RateFacts("B", "JP", "Jepang", "Japan"),),
    }
    values.update(changes)
    return DelegationFacts(**values)  # type: ignore[arg-type]


def test_a_complete_delegation_has_no_warning() -> None:
    assert rules.delegation_warnings(facts(), TODAY) == []


def test_passport_must_be_valid_six_months_after_return() -> None:
    members = (
        MemberFacts(1, "Just enough", date(2026, 11, 15), "B"),  # return 15 May + 6 months
        MemberFacts(2, "One day short", date(2026, 11, 14), "B"),
        MemberFacts(3, "Unknown", None, "B"),
    )
    found = rules.delegation_warnings(facts(members=members), TODAY)
    assert [(w.code, w.severity, w.member_ids) for w in found] == [
        (WarningCode.PASSPORT_TOO_SHORT, Severity.ERROR, (2,)),
        (WarningCode.PASSPORT_EXPIRY_MISSING, Severity.WARNING, (3,)),
    ]
    short = found[0]
    assert "14 November 2026" in short.message_id and "15 November 2026" in short.message_id
    assert "15 Mei 2026" in short.message_id  # Indonesian month names
    assert "14 November 2026" in short.message_en and "15 May 2026" in short.message_en


def test_an_expired_passport_is_reported_as_expired_not_as_too_short() -> None:
    members = (
        MemberFacts(1, "Expired", date(2026, 3, 1), "B"),  # before today (1 April)
        MemberFacts(2, "Before departure", date(2026, 5, 1), "B"),  # valid today, gone by 10 May
        MemberFacts(3, "Short", date(2026, 10, 1), "B"),
    )
    found = rules.delegation_warnings(facts(members=members), TODAY)
    assert [(w.code, w.severity, w.member_ids) for w in found] == [
        (WarningCode.PASSPORT_EXPIRED, Severity.ERROR, (1,)),
        (WarningCode.PASSPORT_EXPIRED, Severity.ERROR, (2,)),
        (WarningCode.PASSPORT_TOO_SHORT, Severity.ERROR, (3,)),
    ]
    expired, before_departure, _short = found
    assert expired.message_id.startswith("Expired: paspor sudah tidak berlaku sejak 1 Maret 2026")
    assert expired.message_en.startswith("Expired: the passport expired on 1 March 2026")
    assert "6 bulan" not in expired.message_id and "6 months" not in expired.message_en
    assert "sebelum keberangkatan 10 Mei 2026" in before_departure.message_id


def test_incoming_visitors_passports_only_when_recorded_and_short() -> None:
    members = (
        MemberFacts(1, "Guest", date(2026, 6, 1), None),
        MemberFacts(2, "No record", None, None),
        MemberFacts(3, "Fine", date(2029, 1, 1), None),
    )
    found = rules.delegation_warnings(facts(direction="incoming", members=members, rates=()), TODAY)
    assert [(w.code, w.severity, w.member_ids) for w in found] == [
        (WarningCode.PASSPORT_TOO_SHORT, Severity.WARNING, (1,))
    ]


@pytest.mark.parametrize(
    ("status", "today", "expected"),
    [
        ("not_requested", date(2026, 4, 22), []),  # deadline 30 April, 8 days ahead
        ("not_requested", date(2026, 4, 23), [(WarningCode.PERMIT_DUE_SOON, Severity.INFO)]),
        ("not_requested", date(2026, 4, 30), [(WarningCode.PERMIT_NOT_GRANTED, Severity.WARNING)]),
        ("not_requested", date(2026, 5, 1), [(WarningCode.PERMIT_LATE, Severity.ERROR)]),
        ("requested", date(2026, 4, 29), []),
        ("requested", date(2026, 4, 30), [(WarningCode.PERMIT_NOT_GRANTED, Severity.WARNING)]),
        ("requested", date(2026, 5, 12), [(WarningCode.PERMIT_NOT_GRANTED, Severity.WARNING)]),
        ("refused", date(2026, 3, 1), [(WarningCode.PERMIT_REFUSED, Severity.ERROR)]),
        ("granted", date(2026, 5, 9), []),
        ("not_needed", date(2026, 5, 9), []),
        ("requested", date(2026, 5, 16), []),  # the visit is over
    ],
)
def test_permit_deadline_is_departure_minus_its_days(
    status: str, today: date, expected: list[tuple[WarningCode, Severity]]
) -> None:
    permit = PermitFacts(7, "Izin Kemendagri", status, 10, requested_on=date(2026, 4, 20))
    found = rules.delegation_warnings(facts(permits=(permit,)), today)
    assert [(w.code, w.severity) for w in found] == expected
    for warning in found:
        assert warning.permit == rules.PermitRef(7, "Izin Kemendagri")


def test_permit_messages_name_the_deadline_in_both_languages() -> None:
    permit = PermitFacts(1, "Izin Kemendagri", "not_requested", 10)
    (late,) = rules.delegation_warnings(facts(permits=(permit,)), date(2026, 5, 3))
    assert "30 April 2026" in late.message_id and "sudah lewat 3 hari" in late.message_id
    assert "10 hari sebelum keberangkatan 10 Mei 2026" in late.message_id
    assert "passed 3 day(s) ago" in late.message_en and "10 May 2026" in late.message_en


@pytest.mark.parametrize(("count", "flagged"), [(2, True), (3, False), (10, False), (11, True)])
def test_size_outside_the_office_limits(count: int, flagged: bool) -> None:
    members = tuple(MemberFacts(i, f"M{i}", date(2030, 1, 1), "B") for i in range(count))
    found = rules.delegation_warnings(facts(members=members), TODAY)
    assert codes(found) == (["size_outside_limits"] if flagged else [])
    if flagged:
        assert f"{count} orang" in found[0].message_id and "3 sampai 10" in found[0].message_id


def test_size_limits_apply_to_outgoing_visits_only() -> None:
    members = (MemberFacts(1, "Guest", None, None),)
    assert rules.delegation_warnings(facts(direction="incoming", members=members), TODAY) == []
    assert codes(rules.delegation_warnings(facts(members=facts().members[:2], size_limits=(1, 2)), TODAY)) == []


def test_overlapping_visit_is_named() -> None:
    overlap = OverlapFacts(2, "Member 2", "DLG-2026-004", date(2026, 5, 15), date(2026, 5, 20))
    (found,) = rules.delegation_warnings(facts(overlaps=(overlap,)), TODAY)
    assert (found.code, found.member_ids) == (WarningCode.OVERLAPPING_DELEGATION, (2,))
    assert "DLG-2026-004" in found.message_id and "15 Mei 2026 sampai 20 Mei 2026" in found.message_id


def test_dates_overlap_counts_both_ends() -> None:
    assert rules.dates_overlap(START, END, END, date(2026, 6, 1))
    assert rules.dates_overlap(START, END, date(2026, 5, 1), START)
    assert not rules.dates_overlap(START, END, date(2026, 5, 16), date(2026, 5, 20))


def test_missing_grade_and_missing_rate() -> None:
    members = (
        MemberFacts(1, "No grade", date(2030, 1, 1), None),
        MemberFacts(2, "Grade C", date(2030, 1, 1), "C"),
        MemberFacts(3, "Grade C too", date(2030, 1, 1), "C"),
    )
    found = rules.delegation_warnings(facts(members=members, rates=(RateFacts("C", None),)), TODAY)
    assert [(w.code, w.member_ids) for w in found] == [
        (WarningCode.GRADE_MISSING, (1,)),
        (WarningCode.PER_DIEM_RATE_MISSING, (2, 3)),
    ]
    missing = found[1]
    assert "golongan C untuk Jepang" in missing.message_id and "10 Mei 2026" in missing.message_id


def test_rate_of_the_accredited_mission_is_noted() -> None:
    (found,) = rules.delegation_warnings(
        facts(
            country_name_id="Uganda",
            country_name_en="Uganda",
            rates=(RateFacts("B", "KE", "Kenya", "Kenya", via_mission=True),),
        ),
        TODAY,
    )
    assert (found.code, found.severity) == (WarningCode.PER_DIEM_RATE_OF_MISSION, Severity.INFO)
    assert "tarif Kenya" in found.message_id and "rate of Kenya" in found.message_en


def test_no_per_diem_checks_for_incoming_visits() -> None:
    members = tuple(MemberFacts(i, f"M{i}", None, None) for i in range(4))
    assert rules.delegation_warnings(facts(direction="incoming", members=members, rates=()), TODAY) == []


@pytest.mark.parametrize("status", ["cancelled", "completed"])
def test_closed_visits_have_no_warnings(status: str) -> None:
    bad = facts(
        members=(MemberFacts(1, "Short", date(2026, 6, 1), None),), permits=(PermitFacts(1, "Izin", "refused", 10),)
    )
    assert rules.delegation_warnings(bad, TODAY)
    assert rules.delegation_warnings(replace(bad, status=status), TODAY) == []


def test_errors_come_first() -> None:
    found = rules.delegation_warnings(
        facts(
            members=(MemberFacts(1, "Short", date(2026, 6, 1), "B"), MemberFacts(2, "Fine", date(2030, 1, 1), "B")),
            permits=(PermitFacts(1, "Visa", "not_requested", 14),),
        ),
        date(2026, 4, 20),
    )
    assert [w.severity for w in found] == [Severity.ERROR, Severity.WARNING, Severity.INFO]
    assert codes(found) == ["passport_too_short", "size_outside_limits", "permit_due_soon"]


# --- the service ---------------------------------------------------------------------------------------------


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _visit(ctx: ServiceContext, start: date = START, end: date = END, country: str = "JP", **changes: object) -> int:
    values: dict[str, object] = {
        "direction": "outgoing",
        "purpose": "Working group",
        "country_code": country,
        "start_on": start,
        "end_on": end,
    }
    values.update(changes)
    return create_delegation(ctx, DelegationData(**values))  # type: ignore[arg-type]


def _official(
    ctx: ServiceContext,
    name: str,
    grade: str = "B",
    expiry: date | None = date(2030, 1, 1),
    passport: str | None = None,
) -> int:
    return create_official(
        ctx,
        OfficialData(
            name=name,
            position="Staf",
            grade=grade,
            passport_type="service" if expiry else None,
            passport_number=passport or (f"X{abs(hash(name)) % 10**7:07d}" if expiry else None),
            passport_expiry=expiry,
        ),
    )


def _rate(ctx: ServiceContext, country: str, grade: str, amount: str = "400") -> None:
    create_rate(
        ctx,
        PerDiemRateData(
            country_code=country,
            grade=grade,
            amount=amount,  # type: ignore[arg-type]
            valid_from=date(2026, 1, 1),
            source="PMK 32/2025",
        ),
    )


def _members(ctx: ServiceContext, delegation_id: int, official_ids: list[int]) -> list[int]:
    return [add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=o)) for o in official_ids]


def test_service_reports_nothing_for_a_visit_in_order(ctx: ServiceContext) -> None:
    _rate(ctx, "JP", "B")
    visit = _visit(ctx)
    _members(ctx, visit, [_official(ctx, f"Officer {i}") for i in range(3)])
    assert delegation_warnings(ctx, visit, TODAY) == []


def test_service_finds_each_problem(ctx: ServiceContext) -> None:
    _rate(ctx, "JP", "B")
    visit = _visit(ctx)
    short = _official(ctx, "Short Passport", expiry=date(2026, 8, 1))
    no_grade_rate = _official(ctx, "Grade A Officer", grade="A")
    _members(ctx, visit, [short, no_grade_rate])
    add_default_permits(ctx, visit)  # Kemendagri 10 days, Setneg 7, Kemlu 7, exit permit 7, visa 14
    found = delegation_warnings(ctx, visit, date(2026, 4, 28))  # Kemendagri deadline 30 April, visa 26 April
    view = get_delegation(ctx, visit)
    by_code = {w.code.value: w for w in found}
    assert set(by_code) == {
        "passport_too_short",
        "permit_late",
        "permit_due_soon",
        "size_outside_limits",
        "per_diem_rate_missing",
    }
    assert by_code["passport_too_short"].members[0].name == "Short Passport"
    assert by_code["permit_late"].permit.name.startswith("Visa")
    due_soon = [w.permit.name for w in found if w.code == WarningCode.PERMIT_DUE_SOON]
    assert len(due_soon) == 4 and due_soon[0].startswith("Izin perjalanan dinas luar negeri Kemendagri")
    assert by_code["per_diem_rate_missing"].member_ids == (view.members[1].id,)
    assert found[0].severity == Severity.ERROR


def test_service_permit_granted_or_requested(ctx: ServiceContext) -> None:
    _rate(ctx, "JP", "B")
    visit = _visit(ctx)
    _members(ctx, visit, [_official(ctx, f"Officer {i}") for i in range(3)])
    step = add_permit_step(ctx, PermitData(delegation_id=visit, name="Izin Kemendagri", due_days_before=10))
    assert codes(delegation_warnings(ctx, visit, date(2026, 5, 2))) == ["permit_late"]
    update_permit_step(
        ctx,
        step,
        PermitData(
            delegation_id=visit,
            name="Izin Kemendagri",
            status="requested",
            requested_on=date(2026, 4, 25),
            due_days_before=10,
        ),
    )
    (warning,) = delegation_warnings(ctx, visit, date(2026, 5, 2))
    assert warning.code == WarningCode.PERMIT_NOT_GRANTED and "diajukan 25 April 2026" in warning.message_id
    update_permit_step(
        ctx,
        step,
        PermitData(
            delegation_id=visit,
            name="Izin Kemendagri",
            status="granted",
            requested_on=date(2026, 4, 25),
            granted_on=date(2026, 5, 1),
            due_days_before=10,
        ),
    )
    assert delegation_warnings(ctx, visit, date(2026, 5, 2)) == []


def test_service_uses_the_office_size_limits(ctx: ServiceContext) -> None:
    _rate(ctx, "JP", "B")
    visit = _visit(ctx)
    _members(ctx, visit, [_official(ctx, f"Officer {i}") for i in range(3)])
    assert delegation_warnings(ctx, visit, TODAY) == []
    profile = get_office_profile(ctx)
    update_office_profile(
        ctx,
        replace(
            profile.to_data(),
            region_name_id="Provinsi X",
            region_name_en="X Province",
            delegation_min_size=4,
            delegation_max_size=6,
        ),
    )
    assert (get_office_profile(ctx).delegation_min_size, get_delegation(ctx, visit).size_limits) == (4, (4, 6))
    (warning,) = delegation_warnings(ctx, visit, TODAY)
    assert warning.code == WarningCode.SIZE_OUTSIDE_LIMITS and "4 sampai 6" in warning.message_id


def test_office_profile_refuses_bad_size_limits(ctx: ServiceContext) -> None:
    base = OfficeProfileData(region_name_id="Provinsi X", region_name_en="X Province", region_level="province")
    for changes, field in (
        ({"delegation_min_size": 0}, "delegation_min_size"),
        ({"delegation_max_size": 101}, "delegation_max_size"),
        ({"delegation_min_size": 8, "delegation_max_size": 5}, "delegation_max_size"),
    ):
        with pytest.raises(ValidationError) as caught:
            update_office_profile(ctx, replace(base, **changes))
        assert caught.value.fields == {field}
    assert get_office_profile(ctx).delegation_max_size == 10  # nothing saved


def test_service_finds_a_member_on_two_overlapping_visits(ctx: ServiceContext) -> None:
    _rate(ctx, "JP", "B")
    _rate(ctx, "KR", "B")
    officers = [_official(ctx, f"Officer {i}") for i in range(4)]
    partner = create_partner(
        ctx, PartnerData(code="P1", name="Kitakyushu City", kind="regional_government", country_code="JP")
    )
    contact = add_contact(ctx, ContactData(partner_id=partner, name="Tanaka Hiroshi"))
    visit = _visit(ctx)
    _members(ctx, visit, officers[:3])
    add_member(ctx, MemberData(delegation_id=visit, name="", contact_id=contact))
    add_member(
        ctx,
        MemberData(
            delegation_id=visit,
            name="Hand Typed",
            grade="B",
            passport_number="B1234567",
            passport_expiry=date(2030, 1, 1),
        ),
    )
    other = _visit(ctx, date(2026, 5, 15), date(2026, 5, 18), country="KR", code="DLG-OTHER")
    _members(ctx, other, [officers[1]])
    add_member(ctx, MemberData(delegation_id=other, name="", contact_id=contact))
    add_member(
        ctx,
        MemberData(
            delegation_id=other,
            name="Same passport",
            grade="B",
            passport_number="b1234567",
            passport_expiry=date(2030, 1, 1),
        ),
    )
    _visit(ctx, date(2026, 5, 16), date(2026, 5, 20), country="KR", code="DLG-AFTER")  # no overlap
    cancelled = _visit(
        ctx, date(2026, 5, 11), date(2026, 5, 12), country="KR", code="DLG-CANCELLED", status="cancelled"
    )
    _members(ctx, cancelled, [officers[2]])
    found = [w for w in delegation_warnings(ctx, visit, TODAY) if w.code == WarningCode.OVERLAPPING_DELEGATION]
    assert [w.members[0].name for w in found] == ["Officer 1", "Tanaka Hiroshi", "Hand Typed"]
    assert all("DLG-OTHER" in w.message_en for w in found)
    # and from the other side
    other_found = [w for w in delegation_warnings(ctx, other, TODAY) if w.code == WarningCode.OVERLAPPING_DELEGATION]
    assert len(other_found) == 3
    # moving the other visit away clears the warning
    update_delegation(
        ctx,
        other,
        DelegationData(
            direction="outgoing",
            purpose="Working group",
            country_code="KR",
            start_on=date(2026, 5, 16),
            end_on=date(2026, 5, 18),
            code="DLG-OTHER",
        ),
    )
    assert not [w for w in delegation_warnings(ctx, visit, TODAY) if w.code == WarningCode.OVERLAPPING_DELEGATION]


def test_service_rate_after_the_mission_fallback(ctx: ServiceContext) -> None:
    visit = _visit(ctx, country="UG")
    _members(ctx, visit, [_official(ctx, f"Officer {i}") for i in range(3)])
    (warning,) = delegation_warnings(ctx, visit, TODAY)
    assert warning.code == WarningCode.PER_DIEM_RATE_MISSING and len(warning.members) == 3
    _rate(ctx, "KE", "B")
    assert codes(delegation_warnings(ctx, visit, TODAY)) == ["per_diem_rate_missing"]  # mission not recorded
    update_country_flags(ctx, "UG", True, False, "KE")
    (note,) = delegation_warnings(ctx, visit, TODAY)
    assert (note.code, note.severity) == (WarningCode.PER_DIEM_RATE_OF_MISSION, Severity.INFO)
    assert "Kenya" in note.message_en
    # the clerk's own choice of country is not noted; a common grade without a rate is
    set_delegation_per_diem(ctx, visit, "KE", None)
    assert delegation_warnings(ctx, visit, TODAY) == []
    set_delegation_per_diem(ctx, visit, "KE", "A", "satu hotel untuk seluruh delegasi")
    (warning,) = delegation_warnings(ctx, visit, TODAY)
    assert warning.code == WarningCode.PER_DIEM_RATE_MISSING and "grade A" in warning.message_en
    assert "Kenya" in warning.message_en


def test_service_unknown_delegation(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        delegation_warnings(ctx, 999, TODAY)


# --- the itinerary and our own people --------------------------------------------------------------------------


def _itinerary_facts(*items: rules.ItineraryFacts, direction: str = "outgoing") -> DelegationFacts:
    return DelegationFacts(
        direction=direction,
        status="planned",
        start_on=START,
        end_on=END,
        country_name_id="Jepang",
        country_name_en="Japan",
        members=(MemberFacts(1, "Ani", date(2030, 1, 1), "B"),),
        itinerary=items,
    )


def test_itinerary_items_outside_the_visit_overlapping_or_ending_before_they_start() -> None:
    from datetime import time

    item = rules.ItineraryFacts
    found = rules.itinerary_warnings(
        _itinerary_facts(
            item(1, date(2026, 5, 9), time(9), time(10), "Penjemputan"),  # the day before the visit
            item(2, START, time(9), time(11), "Rapat kerja"),
            item(3, START, time(10, 30), time(12), "Peninjauan lapangan"),  # overlaps item 2
            item(4, START, time(12), time(13), "Makan siang"),  # starts when item 3 ends: no overlap
            item(5, date(2026, 5, 11), time(15), time(14), "Forum bisnis"),
            item(6, date(2026, 5, 11), None, None, "Acara bebas"),
        )
    )
    assert [(w.code, w.items) for w in found] == [
        (WarningCode.ITEM_OUTSIDE_VISIT, (1,)),
        (WarningCode.ITEM_ENDS_BEFORE_START, (5,)),
        (WarningCode.ITEMS_OVERLAP, (2, 3)),
    ]
    overlap = found[-1]
    assert "“Rapat kerja” (09.00 - 11.00)" in overlap.message_id and "overlap" in overlap.message_en
    assert [m.name for m in overlap.members] == ["Ani"]  # the items are the whole delegation's
    assert found[1].severity == Severity.ERROR


@pytest.mark.parametrize(
    ("activity", "hour", "flagged"),
    [
        ("Jamuan makan malam", 9, True),
        ("Welcome dinner", 19, False),
        ("Sarapan bersama", 6, False),
        ("Breakfast meeting", 13, True),
        ("Makan siang kerja", 12, False),
        ("Working lunch", 17, True),
        ("Kunjungan pabrik", 3, False),  # not a meal: the hour is the visit's business
    ],
)
def test_a_meal_at_an_unusual_hour_is_flagged(activity: str, hour: int, flagged: bool) -> None:
    from datetime import time

    found = rules.itinerary_warnings(
        _itinerary_facts(rules.ItineraryFacts(1, START, time(hour), time(hour, 45), activity))
    )
    assert ([w.code for w in found] == [WarningCode.MEAL_AT_UNUSUAL_HOUR]) is flagged
    if flagged:
        assert found[0].severity == Severity.INFO and f"{hour:02d}.00" in found[0].message_en


def test_our_own_people_on_an_incoming_visit_are_not_passport_checked() -> None:
    facts = replace(
        _itinerary_facts(direction="incoming"),
        members=(
            MemberFacts(1, "Guest", date(2026, 6, 1), None),
            MemberFacts(2, "Our liaison officer", date(2026, 6, 1), None, host=True),
        ),
    )
    assert [w.members[0].name for w in rules.passport_warnings(facts)] == ["Guest"]
    assert rules.is_host("incoming", 7, "liaison_officer") and rules.is_host("incoming", None, "liaison_officer")
    assert not rules.is_host("incoming", None, "liaison_officer", contact_id=3)  # the partner's own officer
    assert not rules.is_host("outgoing", 7, "member")
