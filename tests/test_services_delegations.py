"""Delegation visits with members, itinerary and permit steps; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secretariat.domain.errors import DependencyError, NotFoundError, UserError, ValidationError
from secretariat.domain.permits import DEFAULT_PERMIT_STEPS, default_steps_for
from secretariat.domain.records import (
    BudgetLineData,
    ContactData,
    DelegationData,
    ItineraryData,
    MemberData,
    OfficialData,
    PartnerData,
    PermitData,
)
from secretariat.services.budget.lines import create_budget_line
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import (
    add_default_permits,
    add_gift,
    add_itinerary_item,
    add_member,
    add_permit_step,
    create_delegation,
    delete_delegation,
    find_delegation_id,
    get_delegation,
    list_delegations,
    remove_gift,
    remove_itinerary_item,
    remove_member,
    remove_permit_step,
    reorder_members,
    set_delegation_per_diem,
    set_delegation_protocol,
    update_delegation,
    update_gift,
    update_itinerary_item,
    update_member,
    update_permit_step,
)
from secretariat.services.partners.records import add_contact, create_partner
from secretariat.services.reference.officials import create_official, update_official
from secretariat.storage.models import Activity, Agreement, AuditEntry, ItineraryItem, Member, PermitStep, Stage

START, END = date(2026, 5, 10), date(2026, 5, 15)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _visit(**changes: object) -> DelegationData:
    values: dict[str, object] = {
        "direction": "outgoing",
        "purpose": "Sister-city working group meeting",
        "country_code": "jp",
        "start_on": START,
        "end_on": END,
        "cities": "Kitakyushu",
    }
    values.update(changes)
    return DelegationData(**values)  # type: ignore[arg-type]


def _agreement(ctx: ServiceContext, number: str = "001/KS/2024") -> int:
    with ctx.database.sessions() as session, session.begin():
        stage_id = session.scalar(select(Stage.id).order_by(Stage.position).limit(1))
        agreement = Agreement(
            number=number,
            title_id="Kerja sama kota kembar",
            title_en="Sister-city cooperation",
            kind="ksdpl",
            instrument="mou",
            stage_id=stage_id,
        )
        session.add(agreement)
        session.flush()
        return agreement.id


def _official(ctx: ServiceContext, name: str = "Budi", grade: str = "B") -> int:
    return create_official(
        ctx,
        OfficialData(
            name=name,
            position="Kepala Biro",
            grade=grade,
            passport_type="service",
            passport_number="C1234567",
            passport_expiry=date(2030, 1, 31),
        ),
    )


def _entities(ctx: ServiceContext, action: str) -> dict[str, int]:
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.entity, func.count()).where(AuditEntry.action == action).group_by(AuditEntry.entity)
        ).all()
    return dict(rows)


# --- delegations ---------------------------------------------------------------------------------------------


def test_codes_come_from_the_office_pattern_by_start_year(ctx: ServiceContext) -> None:
    first = create_delegation(ctx, _visit())
    second = create_delegation(ctx, _visit())
    next_year = create_delegation(ctx, _visit(start_on=date(2027, 1, 5), end_on=date(2027, 1, 9)))
    assert [get_delegation(ctx, i).code for i in (first, second, next_year)] == [
        "DLG-2026-001",
        "DLG-2026-002",
        "DLG-2027-001",
    ]
    assert find_delegation_id(ctx, "DLG-2026-002") == second


def test_a_code_typed_by_hand_is_kept_and_skipped_by_the_pattern(ctx: ServiceContext) -> None:
    create_delegation(ctx, _visit(code="DLG-2026-001"))
    issued = create_delegation(ctx, _visit())
    assert get_delegation(ctx, issued).code == "DLG-2026-002"
    with pytest.raises(ValidationError) as caught:
        create_delegation(ctx, _visit(code="DLG-2026-002"))
    assert caught.value.fields == {"code"}


def test_the_view_carries_country_and_agreement(ctx: ServiceContext) -> None:
    agreement_id = _agreement(ctx)
    delegation_id = create_delegation(ctx, _visit(agreement_id=agreement_id, status="preparing"))
    view = get_delegation(ctx, delegation_id)
    assert (view.country_code, view.country_name_en, view.country_name_id) == ("JP", "Japan", "Jepang")
    assert (view.agreement_number, view.agreement_title_id, view.agreement_title_en) == (
        "001/KS/2024",
        "Kerja sama kota kembar",
        "Sister-city cooperation",
    )
    assert (view.status, view.cities, view.start_on, view.end_on) == ("preparing", "Kitakyushu", START, END)
    assert view.to_data().country_code == "JP"


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"purpose": " "}, {"purpose"}),
        ({"country_code": "XX"}, {"country"}),
        ({"end_on": date(2026, 5, 9)}, {"end_on"}),
        ({"direction": "sideways"}, {"direction"}),
        ({"agreement_id": 4242}, {"agreement"}),
        ({"code": "X" * 41}, {"code"}),
        ({"purpose": "", "country_code": "ZZ", "end_on": date(2026, 1, 1)}, {"purpose", "country", "end_on"}),
    ],
)
def test_bad_input_names_each_field_and_saves_nothing(
    ctx: ServiceContext, changes: dict[str, object], fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_delegation(ctx, _visit(**changes))
    assert caught.value.fields == fields
    assert list_delegations(ctx) == []


def test_a_refused_visit_does_not_use_up_a_code(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        create_delegation(ctx, _visit(country_code="XX"))
    assert get_delegation(ctx, create_delegation(ctx, _visit())).code == "DLG-2026-001"


def test_update_keeps_the_code_when_none_is_given(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    update_delegation(ctx, delegation_id, _visit(purpose="Trade mission", country_code="KR", status="approved"))
    view = get_delegation(ctx, delegation_id)
    assert (view.code, view.purpose, view.country_code, view.status) == (
        "DLG-2026-001",
        "Trade mission",
        "KR",
        "approved",
    )
    update_delegation(ctx, delegation_id, _visit(code="TM-01"))
    assert get_delegation(ctx, delegation_id).code == "TM-01"


def test_new_dates_may_not_leave_itinerary_entries_outside(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    add_itinerary_item(ctx, ItineraryData(delegation_id=delegation_id, day=date(2026, 5, 14), activity="Meeting"))
    with pytest.raises(ValidationError, match="on 14 May 2026, outside 10 May 2026 to 12 May 2026"):
        update_delegation(ctx, delegation_id, _visit(end_on=date(2026, 5, 12)))
    update_delegation(ctx, delegation_id, _visit(start_on=date(2026, 5, 14)))
    assert get_delegation(ctx, delegation_id).start_on == date(2026, 5, 14)


def test_list_filters_by_year_status_direction_and_text(ctx: ServiceContext) -> None:
    a = create_delegation(ctx, _visit())
    create_delegation(ctx, _visit(start_on=date(2025, 3, 1), end_on=date(2025, 3, 2), purpose="Old visit"))
    create_delegation(ctx, _visit(direction="incoming", purpose="Mayor of Suwon", country_code="KR", status="approved"))
    add_member(ctx, MemberData(delegation_id=a, name="Budi"))
    assert [d.purpose for d in list_delegations(ctx, year=2025)] == ["Old visit"]
    assert [d.purpose for d in list_delegations(ctx, direction="incoming")] == ["Mayor of Suwon"]
    assert [d.purpose for d in list_delegations(ctx, status="approved")] == ["Mayor of Suwon"]
    assert [d.code for d in list_delegations(ctx, search="suwon")] == ["DLG-2026-002"]
    counts = {d.id: d.member_count for d in list_delegations(ctx)}
    assert counts[a] == 1 and sorted(counts.values()) == [0, 0, 1]


def test_delete_is_refused_while_activities_and_budget_lines_use_it(ctx: ServiceContext) -> None:
    agreement_id = _agreement(ctx)
    delegation_id = create_delegation(ctx, _visit(agreement_id=agreement_id))
    with ctx.database.sessions() as session, session.begin():
        session.add(
            Activity(
                agreement_id=agreement_id, occurred_on=START, kind="visit", title="Visit", delegation_id=delegation_id
            )
        )
    create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026,
            account_code="5.1.02.04.02.0001",
            description="Travel",
            planned_idr=Decimal(1000),
            delegation_id=delegation_id,
        ),
    )
    with pytest.raises(DependencyError) as caught:
        delete_delegation(ctx, delegation_id)
    assert caught.value.dependents == {"activity(ies)": 1, "budget line(s)": 1}
    assert "DLG-2026-001" in caught.value.message_en
    assert get_delegation(ctx, delegation_id).code == "DLG-2026-001"


def test_delete_takes_members_itinerary_and_permits_along_and_audits_them(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    add_member(ctx, MemberData(delegation_id=delegation_id, name="Budi"))
    add_itinerary_item(ctx, ItineraryData(delegation_id=delegation_id, day=START, activity="Arrival"))
    add_default_permits(ctx, delegation_id)
    delete_delegation(ctx, delegation_id)
    with pytest.raises(NotFoundError):
        get_delegation(ctx, delegation_id)
    with ctx.database.sessions() as session:
        for model in (Member, ItineraryItem, PermitStep):
            assert session.scalar(select(func.count()).select_from(model)) == 0
    deleted = _entities(ctx, "delete")
    assert deleted == {
        "delegation": 1,
        "delegation_member": 1,
        "itinerary_item": 1,
        "permit_step": len(DEFAULT_PERMIT_STEPS),
    }
    assert _entities(ctx, "create")["delegation"] == 1  # the history outlives the record


# --- members ---------------------------------------------------------------------------------------------------


def test_a_member_linked_to_an_official_copies_name_position_grade_and_passport(ctx: ServiceContext) -> None:
    official_id = _official(ctx)
    delegation_id = create_delegation(ctx, _visit())
    member_id = add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=official_id, role="head"))
    [member] = get_delegation(ctx, delegation_id).members
    assert member.id == member_id
    assert (member.name, member.position, member.grade, member.role) == ("Budi", "Kepala Biro", "B", "head")
    assert (member.passport_type, member.passport_number, member.passport_expiry) == (
        "service",
        "C1234567",
        date(2030, 1, 31),
    )
    # The member keeps the copy when the official's record changes later.
    update_official(ctx, official_id, OfficialData(name="Budi S.", position="Asisten", grade="A"))
    assert get_delegation(ctx, delegation_id).members[0].name == "Budi"


def test_values_given_for_a_member_win_over_the_official(ctx: ServiceContext) -> None:
    official_id = _official(ctx)
    delegation_id = create_delegation(ctx, _visit())
    add_member(
        ctx,
        MemberData(
            delegation_id=delegation_id,
            name="Budi Santoso",
            official_id=official_id,
            grade="A",
            position="Ketua Delegasi",
            passport_type="diplomatic",
            passport_number="D7654321",
            passport_expiry=date(2031, 2, 1),
        ),
    )
    [member] = get_delegation(ctx, delegation_id).members
    assert (member.name, member.position, member.grade) == ("Budi Santoso", "Ketua Delegasi", "A")
    assert (member.passport_type, member.passport_number) == ("diplomatic", "D7654321")


def test_a_member_linked_to_a_partner_contact_copies_from_the_contact(ctx: ServiceContext) -> None:
    partner_id = create_partner(
        ctx, PartnerData(code="KKJ", name="Kitakyushu City", kind="regional_government", country_code="JP")
    )
    contact_id = add_contact(
        ctx,
        ContactData(
            partner_id=partner_id,
            name="Tanaka Hiroshi",
            position="Director",
            passport_type="ordinary",
            passport_number="TK1234567",
            passport_expiry=date(2029, 4, 1),
        ),
    )
    delegation_id = create_delegation(ctx, _visit(direction="incoming"))
    add_member(ctx, MemberData(delegation_id=delegation_id, name="", contact_id=contact_id))
    [member] = get_delegation(ctx, delegation_id).members
    assert (member.name, member.position, member.grade, member.contact_id) == (
        "Tanaka Hiroshi",
        "Director",
        None,
        contact_id,
    )
    assert (member.passport_number, member.passport_expiry) == ("TK1234567", date(2029, 4, 1))


def test_member_input_is_checked(ctx: ServiceContext) -> None:
    official_id = _official(ctx)
    delegation_id = create_delegation(ctx, _visit())
    with pytest.raises(ValidationError) as caught:
        add_member(ctx, MemberData(delegation_id=delegation_id, name=" "))
    assert caught.value.fields == {"name"}
    with pytest.raises(ValidationError) as caught:
        add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=777))
    assert "official" in caught.value.fields
    with pytest.raises(ValidationError) as caught:
        add_member(ctx, MemberData(delegation_id=delegation_id, name="X", grade="Z", role="boss"))
    assert caught.value.fields == {"grade", "role"}
    add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=official_id))
    with pytest.raises(ValidationError, match="already a member"):
        add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=official_id))
    with pytest.raises(NotFoundError):
        add_member(ctx, MemberData(delegation_id=999, name="X"))
    assert len(get_delegation(ctx, delegation_id).members) == 1


def test_members_are_kept_in_order_and_can_be_reordered_updated_and_removed(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    ids = [add_member(ctx, MemberData(delegation_id=delegation_id, name=name)) for name in ("A", "B", "C")]
    assert [m.name for m in get_delegation(ctx, delegation_id).members] == ["A", "B", "C"]
    reorder_members(ctx, delegation_id, [ids[2], ids[0], ids[1]])
    assert [m.name for m in get_delegation(ctx, delegation_id).members] == ["C", "A", "B"]
    with pytest.raises(ValidationError, match="every member"):
        reorder_members(ctx, delegation_id, [ids[0], ids[1]])
    update_member(ctx, ids[0], MemberData(delegation_id=delegation_id, name="A2", role="interpreter"))
    remove_member(ctx, ids[1])
    members = get_delegation(ctx, delegation_id).members
    assert [(m.name, m.role) for m in members] == [("C", "member"), ("A2", "interpreter")]
    other = create_delegation(ctx, _visit())
    with pytest.raises(ValidationError, match="another delegation"):
        update_member(ctx, ids[0], MemberData(delegation_id=other, name="A2"))


# --- itinerary -------------------------------------------------------------------------------------------------


def test_itinerary_is_sorted_and_kept_inside_the_visit(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    later = add_itinerary_item(
        ctx,
        ItineraryData(
            delegation_id=delegation_id,
            day=date(2026, 5, 12),
            activity="City hall",
            start_time=time(9, 0),
            end_time=time(11, 0),
            place="Kitakyushu City Hall",
            counterpart="Mayor",
        ),
    )
    add_itinerary_item(ctx, ItineraryData(delegation_id=delegation_id, day=START, activity="Arrival"))
    assert [i.activity for i in get_delegation(ctx, delegation_id).itinerary] == ["Arrival", "City hall"]
    with pytest.raises(ValidationError) as caught:
        add_itinerary_item(ctx, ItineraryData(delegation_id=delegation_id, day=date(2026, 5, 16), activity="X"))
    assert caught.value.fields == {"day"}
    assert "outside the visit" in caught.value.message_en
    with pytest.raises(ValidationError) as caught:
        add_itinerary_item(
            ctx,
            ItineraryData(
                delegation_id=delegation_id, day=START, activity="", start_time=time(10, 0), end_time=time(9, 0)
            ),
        )
    assert caught.value.fields == {"activity", "end_time"}
    update_itinerary_item(ctx, later, ItineraryData(delegation_id=delegation_id, day=END, activity="Departure"))
    remove_itinerary_item(ctx, get_delegation(ctx, delegation_id).itinerary[0].id)
    [item] = get_delegation(ctx, delegation_id).itinerary
    assert (item.day, item.activity, item.place) == (END, "Departure", None)


# --- permits ---------------------------------------------------------------------------------------------------


def test_default_permits_are_data_with_the_published_lead_times() -> None:
    by_code = {step.code: step for step in DEFAULT_PERMIT_STEPS}
    assert by_code["kemendagri_permit"].due_days_before == 10
    assert by_code["setneg_pdln"].due_days_before == 7
    assert {"kemlu_political_clearance", "exit_permit", "visa"} <= set(by_code)
    assert default_steps_for("incoming") == ()


def test_default_permits_are_added_once_with_their_due_dates(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    added = add_default_permits(ctx, delegation_id)
    assert len(added) == len(DEFAULT_PERMIT_STEPS)
    permits = get_delegation(ctx, delegation_id).permits
    assert [p.name for p in permits] == [step.name for step in DEFAULT_PERMIT_STEPS]
    assert (permits[0].due_days_before, permits[0].due_on) == (10, date(2026, 4, 30))
    assert (permits[1].due_days_before, permits[1].due_on) == (7, date(2026, 5, 3))
    assert {p.status for p in permits} == {"not_requested"}
    assert add_default_permits(ctx, delegation_id) == []
    remove_permit_step(ctx, permits[4].id)
    assert add_default_permits(ctx, delegation_id) != []
    assert len(get_delegation(ctx, delegation_id).permits) == len(DEFAULT_PERMIT_STEPS)


def test_incoming_visits_have_no_default_permits(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit(direction="incoming"))
    with pytest.raises(UserError, match="no default permit steps"):
        add_default_permits(ctx, delegation_id)


def test_permit_steps_are_checked_updated_and_removed(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    step_id = add_permit_step(
        ctx, PermitData(delegation_id=delegation_id, name="Surat tugas Gubernur", due_days_before=14)
    )
    with pytest.raises(ValidationError, match="already has a permit step"):
        add_permit_step(ctx, PermitData(delegation_id=delegation_id, name="surat tugas gubernur"))
    with pytest.raises(ValidationError) as caught:
        update_permit_step(
            ctx, step_id, PermitData(delegation_id=delegation_id, name="Surat tugas Gubernur", status="granted")
        )
    assert caught.value.fields == {"granted_on"}
    with pytest.raises(ValidationError) as caught:
        add_permit_step(
            ctx,
            PermitData(
                delegation_id=delegation_id,
                name="X",
                requested_on=date(2026, 4, 2),
                granted_on=date(2026, 4, 1),
                due_days_before=400,
            ),
        )
    assert caught.value.fields == {"granted_on", "due_days_before"}
    update_permit_step(
        ctx,
        step_id,
        PermitData(
            delegation_id=delegation_id,
            name="Surat tugas Gubernur",
            status="granted",
            requested_on=date(2026, 4, 1),
            granted_on=date(2026, 4, 3),
            reference="094/123/Setda",
            due_days_before=14,
        ),
    )
    [step] = get_delegation(ctx, delegation_id).permits
    assert (step.status, step.granted_on, step.reference, step.due_on) == (
        "granted",
        date(2026, 4, 3),
        "094/123/Setda",
        date(2026, 4, 26),
    )
    remove_permit_step(ctx, step_id)
    assert get_delegation(ctx, delegation_id).permits == ()
    with ctx.database.sessions() as session:
        [changes] = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity == "permit_step", AuditEntry.action == "update")
        ).all()
    assert json.loads(changes)["status"] == ["not_requested", "granted"]


# --- protocol, per-diem choice, size, gifts ---------------------------------------------------------------------


def test_protocol_notes_are_kept(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit(direction="incoming"))
    set_delegation_protocol(
        ctx,
        delegation_id,
        precedence="1. Mayor; 2. Deputy",
        dietary_needs="Halal",
        interpreter="  Sari ",
        hotel="Hotel Tentrem",
    )
    view = get_delegation(ctx, delegation_id)
    assert (view.precedence, view.dietary_needs, view.interpreter, view.hotel, view.liaison_officer) == (
        "1. Mayor; 2. Deputy",
        "Halal",
        "Sari",
        "Hotel Tentrem",
        None,
    )
    with pytest.raises(ValidationError) as caught:
        set_delegation_protocol(ctx, delegation_id, interpreter="x" * 201)
    assert caught.value.fields == {"interpreter"}


def test_the_per_diem_country_and_common_grade_are_checked(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit(country_code="UG"))
    set_delegation_per_diem(ctx, delegation_id, "ke", "b", "  satu hotel untuk seluruh delegasi ")
    view = get_delegation(ctx, delegation_id)
    assert (view.per_diem_country_code, view.per_diem_grade) == ("KE", "B")
    assert view.per_diem_grade_reason == "satu hotel untuk seluruh delegasi"
    with pytest.raises(ValidationError) as caught:
        set_delegation_per_diem(ctx, delegation_id, "QQ", "Z", "satu hotel")
    assert caught.value.fields == {"per_diem_country", "per_diem_grade"}
    with pytest.raises(ValidationError) as caught:  # one grade for all needs its reason
        set_delegation_per_diem(ctx, delegation_id, None, "C")
    assert caught.value.fields == {"per_diem_grade_reason"}
    set_delegation_per_diem(ctx, delegation_id, None, None, "ignored when no grade is chosen")
    view = get_delegation(ctx, delegation_id)
    assert (view.per_diem_country_code, view.per_diem_grade, view.per_diem_grade_reason) == (None, None, None)


def test_outgoing_delegation_size_is_compared_with_the_office_limits(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    assert get_delegation(ctx, delegation_id).size_limits == (3, 10)
    assert get_delegation(ctx, delegation_id).size_outside_limits is True
    for name in ("A", "B", "C"):
        add_member(ctx, MemberData(delegation_id=delegation_id, name=name))
    assert get_delegation(ctx, delegation_id).size_outside_limits is False
    incoming = create_delegation(ctx, _visit(direction="incoming"))
    assert get_delegation(ctx, incoming).size_outside_limits is False


def test_gifts_are_recorded_with_exact_values_and_block_deleting_the_visit(ctx: ServiceContext) -> None:
    delegation_id = create_delegation(ctx, _visit())
    given = add_gift(
        ctx,
        delegation_id,
        "given",
        START,
        "Batik tulis",
        giver="Gubernur",
        recipient="Mayor",
        value="1500000",
        currency="IDR",
    )
    received = add_gift(
        ctx, delegation_id, "received", date(2026, 5, 11), "Porcelain vase", value="30000", currency="JPY"
    )
    gifts = get_delegation(ctx, delegation_id).gifts
    assert [(g.id, g.direction, g.description, str(g.value)) for g in gifts] == [
        (given, "given", "Batik tulis", "1500000 IDR"),
        (received, "received", "Porcelain vase", "30000 JPY"),
    ]
    for bad, fields in (
        ({"direction": "lent"}, {"direction"}),
        ({"description": " "}, {"description"}),
        ({"value": "12a", "currency": "USD"}, {"value"}),
        ({"value": "10", "currency": None}, {"currency"}),
        ({"value": "10.5", "currency": "JPY"}, {"value"}),
    ):
        args: dict[str, object] = {"direction": "received", "description": "Tea set", **bad}
        with pytest.raises(ValidationError) as caught:
            add_gift(ctx, delegation_id, args.pop("direction"), START, args.pop("description"), **args)
        assert caught.value.fields == fields
    update_gift(ctx, received, "received", date(2026, 5, 11), "Porcelain vase", value=None, notes="Reported to KPK")
    gift = next(g for g in get_delegation(ctx, delegation_id).gifts if g.id == received)
    assert (gift.value, gift.notes) == (None, "Reported to KPK")
    with pytest.raises(DependencyError) as caught:
        delete_delegation(ctx, delegation_id)
    assert caught.value.dependents == {"gift(s) in the gratification register": 2}
    remove_gift(ctx, given)
    remove_gift(ctx, received)
    delete_delegation(ctx, delegation_id)
