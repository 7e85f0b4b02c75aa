"""Activities of agreements and their indicators, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import ActivityData, AgreementData, IndicatorData, PartnerData
from secretariat.services.agreements import activities as svc
from secretariat.services.agreements.records import create_agreement, get_agreement
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import Activity, AuditEntry, BudgetLine, Delegation, Indicator


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, login="tester")


@pytest.fixture
def agreements(ctx: ServiceContext) -> tuple[int, int]:
    partner = create_partner(
        ctx,
        PartnerData(
            code="AU-QLD",
            name="Queensland",
            kind="regional_government",
            country_code="AU",
            admin_level="state_province",
        ),
    )

    def make(title: str) -> int:
        return create_agreement(
            ctx,
            AgreementData(title_id=title, title_en=title, kind="ksdpl", instrument="mou", partner_ids=[partner]),
            on=date(2024, 1, 1),
        )

    return make("Sister province"), make("Education exchange")


def delegation(ctx: ServiceContext, code: str, agreement_id: int | None) -> int:
    with writing(ctx) as session:
        row = Delegation(
            code=code,
            direction="outgoing",
            purpose="Visit",
            agreement_id=agreement_id,
            country_code="AU",
            start_on=date(2024, 5, 1),
            end_on=date(2024, 5, 6),
        )
        session.add(row)
        session.flush()
        return row.id


def budget_line(ctx: ServiceContext, agreement_id: int | None) -> int:
    with writing(ctx) as session:
        row = BudgetLine(
            fiscal_year=2024,
            account_code="5.1.02.04.02.0001",
            description="Foreign travel",
            planned_idr=150_000_000,
            agreement_id=agreement_id,
        )
        session.add(row)
        session.flush()
        return row.id


def visit(agreement_id: int, **changes) -> ActivityData:
    data = ActivityData(
        agreement_id=agreement_id,
        occurred_on=date(2024, 5, 3),
        kind="visit",
        title="Governor's visit to Brisbane",
        description="Talks on vocational schools",
        indicators=[
            IndicatorData("Teachers trained", Decimal("25")),
            IndicatorData("Grant", Decimal("12500.50"), "AUD"),
        ],
    )
    return replace(data, **changes)


def test_add_list_and_database_state(ctx, agreements) -> None:
    main, _ = agreements
    dlg = delegation(ctx, "DLG-2024-001", main)
    line = budget_line(ctx, main)
    later = svc.add_activity(ctx, visit(main, delegation_id=dlg, budget_line_id=line))
    earlier = svc.add_activity(
        ctx, visit(main, occurred_on=date(2024, 2, 1), kind="meeting", title="Online kick-off", indicators=[])
    )

    listed = svc.list_activities(ctx, main)
    assert [a.id for a in listed] == [earlier, later]
    view = listed[1]
    assert (view.kind, view.title, view.delegation_code, view.budget_account_code) == (
        "visit",
        "Governor's visit to Brisbane",
        "DLG-2024-001",
        "5.1.02.04.02.0001",
    )
    assert [(i.name, i.value, i.unit) for i in view.indicators] == [
        ("Teachers trained", Decimal("25"), None),
        ("Grant", Decimal("12500.50"), "AUD"),
    ]
    assert svc.get_activity(ctx, later) == view
    with ctx.database.sessions() as session:
        stored = session.get(Activity, later)
        assert (stored.agreement_id, stored.delegation_id, stored.budget_line_id) == (main, dlg, line)
        assert session.scalar(select(func.count()).select_from(Indicator)) == 2
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity.in_(("activity", "indicator")))).all()
    assert sorted((e.entity, e.action) for e in entries) == [
        ("activity", "create"),
        ("activity", "create"),
        ("indicator", "create"),
        ("indicator", "create"),
    ]
    assert json.loads(next(e for e in entries if e.entity == "indicator").changes)["value"] == [None, "25"]
    summary = get_agreement(ctx, main)
    assert (summary.activity_count, summary.last_activity_on) == (2, date(2024, 5, 3))


def test_update_replaces_indicators_in_place(ctx, agreements) -> None:
    main, _ = agreements
    activity_id = svc.add_activity(ctx, visit(main))
    before = svc.get_activity(ctx, activity_id)
    data = replace(
        before.to_data(),
        title="Governor's visit to Brisbane and Gold Coast",
        indicators=[IndicatorData("Teachers trained", Decimal("30"))],
    )
    svc.update_activity(ctx, activity_id, data)
    after = svc.get_activity(ctx, activity_id)
    assert after.title.endswith("Gold Coast")
    assert [(i.id, i.name, i.value) for i in after.indicators] == [
        (before.indicators[0].id, "Teachers trained", Decimal("30"))
    ]
    with ctx.database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("update", "delete"))).order_by(AuditEntry.id)
        ).all()
    assert sorted((e.entity, e.action) for e in entries) == [
        ("activity", "update"),
        ("indicator", "delete"),
        ("indicator", "update"),
    ]
    assert json.loads(next(e for e in entries if e.entity == "indicator" and e.action == "update").changes) == {
        "value": ["25", "30"]
    }
    with pytest.raises(NotFoundError):
        svc.update_activity(ctx, 4242, data)


def test_delete_activity_with_indicators_keeps_audit(ctx, agreements) -> None:
    main, _ = agreements
    activity_id = svc.add_activity(ctx, visit(main))
    svc.delete_activity(ctx, activity_id)
    assert svc.list_activities(ctx, main) == ()
    with ctx.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Indicator)) == 0
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "activity", AuditEntry.entity_id == str(activity_id))
        ).all()
    assert sorted(actions) == ["create", "delete"]
    with pytest.raises(NotFoundError):
        svc.delete_activity(ctx, activity_id)
    with pytest.raises(NotFoundError):
        svc.list_activities(ctx, 4242)


def test_links_must_exist_and_belong_to_the_same_agreement(ctx, agreements) -> None:
    main, other = agreements
    own_dlg, foreign_dlg, free_dlg = (
        delegation(ctx, "D-OWN", main),
        delegation(ctx, "D-FOREIGN", other),
        delegation(ctx, "D-FREE", None),
    )
    own_line, foreign_line, free_line = budget_line(ctx, main), budget_line(ctx, other), budget_line(ctx, None)

    svc.add_activity(ctx, visit(main, delegation_id=own_dlg, budget_line_id=own_line))
    svc.add_activity(ctx, visit(main, delegation_id=free_dlg, budget_line_id=free_line))  # not tied to any

    with pytest.raises(ValidationError) as caught:
        svc.add_activity(ctx, visit(main, delegation_id=foreign_dlg, budget_line_id=foreign_line))
    assert caught.value.fields == {"delegation", "budget_line"}
    assert "D-FOREIGN belongs to another agreement" in caught.value.message_en
    assert "terkait dengan perjanjian lain" in caught.value.message_id
    with pytest.raises(ValidationError) as caught:
        svc.add_activity(ctx, visit(main, delegation_id=9999, budget_line_id=9999))
    assert caught.value.fields == {"delegation", "budget_line"}
    assert "there is no delegation 9999" in caught.value.message_en
    assert len(svc.list_activities(ctx, main)) == 2


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"title": "  "}, {"title"}),
        ({"title": "x" * 301}, {"title"}),
        ({"kind": "party"}, {"kind"}),
        ({"agreement_id": 4242}, {"agreement"}),
        ({"indicators": [IndicatorData(" ", Decimal("1"))]}, {"indicator 1 name"}),
        ({"indicators": [IndicatorData("Visitors", "many")]}, {"indicator 1 value"}),  # type: ignore[arg-type]
        ({"indicators": [IndicatorData("Visitors", Decimal("NaN"))]}, {"indicator 1 value"}),
    ],
)
def test_bad_input_saves_nothing(ctx, agreements, changes, fields) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.add_activity(ctx, replace(visit(agreements[0]), **changes))
    assert caught.value.fields == fields
    with ctx.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "activity")) == 0
