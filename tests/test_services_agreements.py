"""Agreement services on SQLite and PostgreSQL: create, read, update, delete, links, assessment, tree."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from secretariat.domain.enums import Criterion
from secretariat.domain.errors import DependencyError, NotFoundError, ValidationError
from secretariat.domain.records import ActivityData, AgreementData, AssessmentData, PartnerData
from secretariat.services.agreements import records as svc
from secretariat.services.agreements.activities import add_activity
from secretariat.services.agreements.stages import change_stage
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import (
    Agreement,
    AgreementPartner,
    Attachment,
    AuditEntry,
    BudgetLine,
    Delegation,
    StageChange,
    agreement_sector,
)

START = date(2024, 1, 10)


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, login="tester")


@pytest.fixture
def partners(ctx: ServiceContext) -> tuple[int, int]:
    kyoto = create_partner(
        ctx,
        PartnerData(
            code="JP-KYO",
            name="Kyoto Prefecture",
            kind="regional_government",
            country_code="JP",
            admin_level="state_province",
        ),
    )
    uni = create_partner(
        ctx, PartnerData(code="DE-TUM", name="Technische Universität München", kind="university", country_code="DE")
    )
    return kyoto, uni


def mou(partner_ids, **changes) -> AgreementData:
    data = AgreementData(
        title_id="Nota Kesepahaman tentang Kerja Sama Pariwisata",
        title_en="Memorandum of Understanding on Tourism Cooperation",
        kind="ksdll",
        instrument="mou",
        partner_ids=list(partner_ids),
        sector_codes=["tourism", "culture"],
    )
    return replace(data, **changes)


def audit(ctx: ServiceContext, entity: str, entity_id: int | str, action: str | None = None) -> list[AuditEntry]:
    with ctx.database.sessions() as session:
        query = select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        if action:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query.order_by(AuditEntry.id)))


def count(ctx: ServiceContext, model, *where) -> int:
    with ctx.database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def attach(ctx: ServiceContext, agreement_id: int, kind: str) -> int:
    with writing(ctx) as session:
        row = Attachment(
            owner_type="agreement",
            owner_id=agreement_id,
            kind=kind,
            file_name=f"{kind}.pdf",
            size=10,
            sha256="0" * 64,
            stored_name=f"x/{kind}.pdf",
            added_by="tester",
        )
        session.add(row)
        session.flush()
        return row.id


# --- create and read -------------------------------------------------------------------------------


def test_create_stores_agreement_parties_sectors_and_first_step(ctx, partners) -> None:
    kyoto, uni = partners
    agreement_id = svc.create_agreement(
        ctx,
        mou([uni, kyoto, uni], number=" 001/KS/2024 ", effective_on=date(2024, 3, 1), term_months=60),
        on=START,
        note="request letter received",
    )
    with ctx.database.sessions() as session:
        row = session.get(Agreement, agreement_id)
        assert (row.number, row.kind, row.instrument, row.stage.code) == ("001/KS/2024", "ksdll", "mou", "initiative")
        assert row.expires_on is None  # the entered value is kept; the view computes the expiry
        assert [(p.partner_id, p.position) for p in row.parties] == [(uni, 0), (kyoto, 1)]
        assert sorted(
            session.scalars(select(agreement_sector.c.sector_id).where(agreement_sector.c.agreement_id == agreement_id))
        ) and [s.code for s in row.sectors] == ["culture", "tourism"]
        history = session.scalars(select(StageChange).where(StageChange.agreement_id == agreement_id)).all()
        assert [(h.from_stage_id, h.to_stage.code, h.on, h.user_login, h.note) for h in history] == [
            (None, "initiative", START, "tester", "request letter received")
        ]

    created = audit(ctx, "agreement", agreement_id, "create")
    assert len(created) == 1 and created[0].user_login == "tester"
    assert json.loads(created[0].changes)["number"] == [None, "001/KS/2024"]
    assert len(audit(ctx, "agreement_partner", f"{agreement_id},{uni}", "create")) == 1
    sector_changes = [json.loads(e.changes).get("sectors") for e in audit(ctx, "agreement", agreement_id)]
    assert [[], ["culture", "tourism"]] in sector_changes
    assert count(ctx, AuditEntry, AuditEntry.entity == "stage_change", AuditEntry.action == "create") == 1


def test_view_has_everything_the_editor_shows(ctx, partners) -> None:
    kyoto, _ = partners
    agreement_id = svc.create_agreement(
        ctx,
        mou(
            [kyoto],
            number="002/KS/2024",
            partner_number="KYO-77",
            effective_on=date(2024, 1, 31),
            term_months=36,
            notice_months=6,
            notes="first MoU",
        ),
        on=START,
    )
    view = svc.get_agreement(ctx, agreement_id)
    assert view.expires_on == date(2027, 1, 30) and view.expiry_is_computed
    assert view.last_notice_on == date(2026, 7, 30)
    assert view.partners[0].code == "JP-KYO" and view.partners[0].country_name_en == "Japan"
    assert view.partners[0].country_name_id == "Jepang" and view.partners[0].admin_level == "state_province"
    assert [(s.code, s.name_id) for s in view.sectors] == [("culture", "Kebudayaan"), ("tourism", "Pariwisata")]
    assert (view.stage.code, view.stage.name_id) == ("initiative", "Prakarsa")
    assert [(h.on, h.user_login, h.from_code, h.to_name_en) for h in view.history] == [
        (START, "tester", None, "Initiative")
    ]
    assert [(a.criterion, a.score, a.reason) for a in view.assessments] == [(c, None, None) for c in Criterion]
    assert (view.activity_count, view.last_activity_on) == (0, None)
    assert (view.parent, view.previous, view.renewal, view.children) == (None, None, None, ())
    assert view.to_data().expires_on is None  # the computed expiry is not written back as if entered

    svc.update_agreement(ctx, agreement_id, replace(view.to_data(), expires_on=date(2026, 12, 31)))
    explicit = svc.get_agreement(ctx, agreement_id)
    assert explicit.expires_on == date(2026, 12, 31) and not explicit.expiry_is_computed
    assert explicit.last_notice_on == date(2026, 6, 30)

    add_activity(
        ctx, ActivityData(agreement_id=agreement_id, occurred_on=date(2024, 5, 2), kind="visit", title="Study visit")
    )
    add_activity(
        ctx,
        ActivityData(
            agreement_id=agreement_id, occurred_on=date(2024, 9, 9), kind="meeting", title="Joint working group"
        ),
    )
    counted = svc.get_agreement(ctx, agreement_id)
    assert (counted.activity_count, counted.last_activity_on) == (2, date(2024, 9, 9))


def test_find_agreement_by_number_or_gid(ctx, partners) -> None:
    agreement_id = svc.create_agreement(ctx, mou(partners[:1], number="003/KS/2024"), on=START)
    gid = svc.get_agreement(ctx, agreement_id).gid
    assert svc.find_agreement_id(ctx, "003/KS/2024") == agreement_id
    assert svc.find_agreement_id(ctx, gid) == agreement_id
    assert svc.find_agreement_id(ctx, "999/KS/2024") is None
    assert svc.find_agreement_id(ctx, "  ") is None
    with pytest.raises(NotFoundError):
        svc.get_agreement(ctx, 4242)


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "stage", "fields", "text"),
    [
        ({"title_id": " ", "title_en": ""}, "initiative", {"title_id", "title_en"}, "is required"),
        ({"partner_ids": [4242]}, "initiative", {"partners"}, "there is no partner 4242"),
        ({"partner_ids": []}, "initiative", {"partners"}, "at least one partner"),
        ({"sector_codes": ["tourism", "space_travel"]}, "initiative", {"sectors"}, "space_travel"),
        ({}, "no_such_stage", {"stage"}, 'there is no stage "no_such_stage"'),
        (
            {"effective_on": date(2024, 5, 1), "expires_on": date(2024, 4, 30)},
            "initiative",
            {"expires_on"},
            "30 April 2024 is before “In force from” (1 May 2024)",
        ),
        ({"term_months": 0}, "initiative", {"term_months"}, "between 1 and 1200"),
        ({"term_months": -12}, "initiative", {"term_months"}, "between 1 and 1200"),
        ({"kind": "bilateral"}, "initiative", {"kind"}, "'bilateral' is not one of"),
        ({"title_en": "x" * 501}, "initiative", {"title_en"}, "too long"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(ctx, partners, changes, stage, fields, text) -> None:
    data = (
        mou(partners[:1], **changes)
        if "partner_ids" not in changes
        else mou(changes["partner_ids"], **{k: v for k, v in changes.items() if k != "partner_ids"})
    )
    with pytest.raises(ValidationError) as caught:
        svc.create_agreement(ctx, data, stage_code=stage, on=START)
    assert caught.value.fields == fields
    assert text in str(caught.value)
    assert count(ctx, Agreement) == 0 and count(ctx, StageChange) == 0
    assert count(ctx, AuditEntry, AuditEntry.entity == "agreement") == 0


def test_number_is_unique(ctx, partners) -> None:
    svc.create_agreement(ctx, mou(partners[:1], number="010/KS/2024"), on=START)
    with pytest.raises(ValidationError) as caught:
        svc.create_agreement(ctx, mou(partners[:1], number="010/KS/2024"), on=START)
    assert caught.value.fields == {"number"}
    assert "already the number of another agreement" in caught.value.message_en
    assert "sudah menjadi nomor perjanjian lain" in caught.value.message_id


def test_creating_later_than_the_first_stage(ctx, partners) -> None:
    signed = mou(partners[:1], number="011/KS/2024", signed_on=date(2024, 1, 5), signed_place="Kyoto")
    with pytest.raises(ValidationError) as caught:
        svc.create_agreement(ctx, signed, stage_code="signed", on=START)
    assert caught.value.fields == {"note"}
    agreement_id = svc.create_agreement(ctx, signed, stage_code="signed", on=START, note="registered from archive")
    assert svc.get_agreement(ctx, agreement_id).stage.code == "signed"

    with pytest.raises(ValidationError) as caught:  # signing needs its fields, reason or not
        svc.create_agreement(ctx, mou(partners[:1]), stage_code="signed", on=START, note="archive")
    assert caught.value.fields == {"signed_on", "signed_place", "number"}

    ksdpl = replace(signed, kind="ksdpl", number="012/KS/2024")
    with pytest.raises(ValidationError) as caught:  # PP 28/2018: no KSDPL MoU is signed without the DPRD
        svc.create_agreement(ctx, ksdpl, stage_code="implementation", on=START, note="archive")
    assert caught.value.fields == {"documents"}
    assert "DPRD approval" in caught.value.message_en and "Full Powers letter" in caught.value.message_en


def test_future_start_date_is_refused(ctx, partners) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_agreement(ctx, mou(partners[:1]), on=date(2999, 1, 1))
    assert caught.value.fields == {"on"}


# --- links: parent, children, renewals -------------------------------------------------------------


def test_tree_rules_and_views(ctx, partners) -> None:
    p = partners[:1]
    loi = svc.create_agreement(ctx, mou(p, instrument="loi", number="L-1"), on=START)
    mou_id = svc.create_agreement(ctx, mou(p, parent_id=loi, number="M-1"), on=START)
    arrangement = svc.create_agreement(ctx, mou(p, instrument="arrangement", parent_id=mou_id, number="A-1"), on=START)
    direct = svc.create_agreement(ctx, mou(p, instrument="arrangement", parent_id=loi, number="A-2"), on=START)

    mou_view = svc.get_agreement(ctx, mou_id)
    assert mou_view.parent.number == "L-1" and [c.number for c in mou_view.children] == ["A-1"]
    assert [c.id for c in svc.get_agreement(ctx, loi).children] == [mou_id, direct]

    refused = [
        (mou(p, instrument="loi", parent_id=mou_id), "parent"),  # an LoI stands at the top
        (mou(p, instrument="mou", parent_id=arrangement), "parent"),  # nothing hangs under an arrangement
        (mou(p, instrument="mou", parent_id=mou_id), "parent"),  # an MoU under an MoU
        (mou(p, parent_id=9999), "parent"),
        (mou(p, previous_id=9999), "previous"),
    ]
    for data, field in refused:
        with pytest.raises(ValidationError) as caught:
            svc.create_agreement(ctx, data, on=START)
        assert caught.value.fields == {field}, data

    with pytest.raises(ValidationError) as caught:  # its own parent
        svc.update_agreement(ctx, mou_id, replace(mou_view.to_data(), parent_id=mou_id))
    assert caught.value.fields == {"parent"} and "own parent" in caught.value.message_en
    with pytest.raises(ValidationError) as caught:  # the MoU has an arrangement under it
        svc.update_agreement(ctx, mou_id, replace(mou_view.to_data(), instrument="arrangement"))
    assert "instrument" in caught.value.fields and "A-1" in caught.value.message_en
    loi_data = svc.get_agreement(ctx, loi).to_data()
    with pytest.raises(ValidationError) as caught:  # a loop: the LoI under its own MoU
        svc.update_agreement(ctx, loi, replace(loi_data, parent_id=mou_id))
    assert caught.value.fields == {"parent"}


def test_renewals_link_both_ways_and_never_loop(ctx, partners) -> None:
    p = partners[:1]
    first = svc.create_agreement(ctx, mou(p, number="R-1"), on=START)
    second = svc.create_agreement(ctx, mou(p, number="R-2", previous_id=first), on=START)
    assert svc.get_agreement(ctx, first).renewal.number == "R-2"
    assert svc.get_agreement(ctx, second).previous.number == "R-1"

    with pytest.raises(ValidationError) as caught:
        svc.create_agreement(ctx, mou(p, number="R-3", previous_id=first), on=START)
    assert caught.value.fields == {"previous"} and "already renewed by R-2" in caught.value.message_en
    first_data = svc.get_agreement(ctx, first).to_data()
    with pytest.raises(ValidationError) as caught:
        svc.update_agreement(ctx, first, replace(first_data, previous_id=second))
    assert caught.value.fields == {"previous"} and "loop" in caught.value.message_en
    with pytest.raises(ValidationError) as caught:
        svc.update_agreement(ctx, first, replace(first_data, previous_id=first))
    assert caught.value.fields == {"previous"}


def test_agreement_tree_from_any_node(ctx, partners) -> None:
    p = partners[:1]
    loi = svc.create_agreement(ctx, mou(p, instrument="loi", number="T-LOI"), on=START)
    mou_a = svc.create_agreement(
        ctx, mou(p, parent_id=loi, number="T-MOU-A", effective_on=date(2024, 1, 1), term_months=12), on=START
    )
    mou_b = svc.create_agreement(ctx, mou(p, parent_id=loi, number="T-MOU-B"), on=START)
    arr = svc.create_agreement(ctx, mou(p, instrument="arrangement", parent_id=mou_a, number="T-PKS"), on=START)
    svc.create_agreement(ctx, mou(p, number="OTHER-TREE"), on=START)

    for start in (loi, mou_b, arr):
        tree = svc.agreement_tree(ctx, start)
        assert tree.id == loi and tree.instrument == "loi"
        assert [c.number for c in tree.children] == ["T-MOU-A", "T-MOU-B"]
        assert [c.number for c in tree.children[0].children] == ["T-PKS"]
        assert tree.children[0].expires_on == date(2024, 12, 31)
        assert tree.children[1].children == () and tree.children[0].children[0].children == ()
        assert tree.stage_code == "initiative" and tree.stage_name_id == "Prakarsa"
    single = svc.agreement_tree(ctx, svc.find_agreement_id(ctx, "OTHER-TREE"))
    assert single.children == () and single.number == "OTHER-TREE"


# --- update ----------------------------------------------------------------------------------------


def test_update_changes_fields_partners_and_sectors_with_audit(ctx, partners) -> None:
    kyoto, uni = partners
    agreement_id = svc.create_agreement(ctx, mou([kyoto], number="U-1"), on=START)
    data = replace(
        svc.get_agreement(ctx, agreement_id).to_data(),
        title_en="MoU on Tourism and Education",
        partner_ids=[uni],
        sector_codes=["education"],
        notice_months=3,
    )
    svc.update_agreement(ctx, agreement_id, data)

    view = svc.get_agreement(ctx, agreement_id)
    assert view.title_en == "MoU on Tourism and Education" and view.notice_months == 3
    assert [p.id for p in view.partners] == [uni]
    assert [s.code for s in view.sectors] == ["education"]
    updated = audit(ctx, "agreement", agreement_id, "update")
    merged: dict[str, list[object]] = {}
    for entry in updated:
        merged.update(json.loads(entry.changes))
    assert merged == {
        "title_en": ["Memorandum of Understanding on Tourism Cooperation", "MoU on Tourism and Education"],
        "notice_months": [6, 3],
        "sectors": [["culture", "tourism"], ["education"]],
    }
    assert len(audit(ctx, "agreement_partner", f"{agreement_id},{kyoto}", "delete")) == 1
    assert len(audit(ctx, "agreement_partner", f"{agreement_id},{uni}", "create")) == 1

    svc.update_agreement(ctx, agreement_id, data)  # unchanged: nothing more to audit
    assert len(audit(ctx, "agreement", agreement_id, "update")) == len(updated)


def test_update_keeps_what_the_current_stage_requires(ctx, partners) -> None:
    data = mou(partners[:1], number="S-1", signed_on=date(2024, 1, 5), signed_place="Kyoto")
    agreement_id = svc.create_agreement(ctx, data, stage_code="signed", on=START, note="archive")
    with pytest.raises(ValidationError) as caught:
        svc.update_agreement(ctx, agreement_id, replace(data, signed_on=None, signed_place=" "))
    assert caught.value.fields == {"signed_on", "signed_place"}
    assert "Signing" in caught.value.message_en
    assert svc.get_agreement(ctx, agreement_id).signed_place == "Kyoto"


def test_update_refuses_a_kind_the_current_stage_does_not_serve(ctx, partners) -> None:
    data = mou(partners[:1], kind="ksdpl")
    agreement_id = svc.create_agreement(ctx, data, stage_code="initiative", on=START)
    attach(ctx, agreement_id, "dprd_approval")
    change_stage(ctx, agreement_id, "dprd_approval", START, "TKKSD and Kemendagri done on paper")
    with pytest.raises(ValidationError) as caught:
        svc.update_agreement(ctx, agreement_id, replace(data, kind="ksdll"))
    assert caught.value.fields == {"kind"} and "DPRD approval" in caught.value.message_en


def test_update_unknown_agreement(ctx, partners) -> None:
    with pytest.raises(NotFoundError):
        svc.update_agreement(ctx, 4242, mou(partners[:1]))


# --- delete ----------------------------------------------------------------------------------------


def test_delete_is_refused_naming_every_dependant(ctx, partners) -> None:
    p = partners[:1]
    main = svc.create_agreement(ctx, mou(p, number="D-1"), on=START)
    svc.create_agreement(ctx, mou(p, instrument="arrangement", parent_id=main), on=START)
    svc.create_agreement(ctx, mou(p, previous_id=main), on=START)
    add_activity(ctx, ActivityData(agreement_id=main, occurred_on=START, kind="visit", title="Visit"))
    with writing(ctx) as session:
        session.add(
            Delegation(
                code="DLG-1",
                direction="outgoing",
                purpose="Signing",
                agreement_id=main,
                country_code="JP",
                start_on=START,
                end_on=START,
            )
        )
        session.add(
            BudgetLine(
                fiscal_year=2024,
                account_code="5.1.02.04.02.0001",
                description="Travel",
                planned_idr=1000,
                agreement_id=main,
            )
        )
    attach(ctx, main, "draft")

    with pytest.raises(DependencyError) as caught:
        svc.delete_agreement(ctx, main)
    assert caught.value.dependents == {
        "implementing arrangement(s)": 1,
        "renewal(s)": 1,
        "activity(ies)": 1,
        "delegation(s)": 1,
        "budget line(s)": 1,
        "attachment(s)": 1,
    }
    assert "D-1" in caught.value.message_en and "perjanjian turunan" in caught.value.message_id
    assert svc.get_agreement(ctx, main).number == "D-1"


def test_delete_removes_the_agreement_and_keeps_its_audit(ctx, partners) -> None:
    agreement_id = svc.create_agreement(ctx, mou(partners, number="D-2"), on=START)
    svc.set_assessment(ctx, agreement_id, [AssessmentData("synergy", 4, "shared port projects")])
    change_stage(ctx, agreement_id, "exploration", START, None)
    svc.delete_agreement(ctx, agreement_id)

    assert count(ctx, Agreement) == 0 and count(ctx, AgreementPartner) == 0 and count(ctx, StageChange) == 0
    assert count(ctx, agreement_sector) == 0
    assert len(audit(ctx, "agreement", agreement_id, "create")) == 1
    deleted = audit(ctx, "agreement", agreement_id, "delete")
    assert len(deleted) == 1 and json.loads(deleted[0].changes)["number"] == ["D-2", None]
    assert count(ctx, AuditEntry, AuditEntry.entity == "stage_change", AuditEntry.action == "delete") == 2
    assert count(ctx, AuditEntry, AuditEntry.entity == "assessment", AuditEntry.action == "delete") == 1
    sector_changes = [json.loads(e.changes).get("sectors") for e in audit(ctx, "agreement", agreement_id)]
    assert [["culture", "tourism"], []] in sector_changes
    with pytest.raises(NotFoundError):
        svc.delete_agreement(ctx, agreement_id)


# --- assessment ------------------------------------------------------------------------------------


def test_set_assessment_upserts_and_clears(ctx, partners) -> None:
    agreement_id = svc.create_agreement(ctx, mou(partners[:1]), on=START)
    svc.set_assessment(
        ctx,
        agreement_id,
        [
            AssessmentData(Criterion.EFFICIENCY, 3, "shared costs"),
            AssessmentData("mutual_benefit", 5, "both sides gain visitors"),
        ],
    )
    scores = {a.criterion: (a.score, a.reason) for a in svc.get_agreement(ctx, agreement_id).assessments}
    assert scores == {
        Criterion.EFFICIENCY: (3, "shared costs"),
        Criterion.EFFECTIVENESS: (None, None),
        Criterion.SYNERGY: (None, None),
        Criterion.MUTUAL_BENEFIT: (5, "both sides gain visitors"),
    }
    svc.set_assessment(
        ctx,
        agreement_id,
        [AssessmentData("efficiency", 4, "shared costs"), AssessmentData("mutual_benefit", None, None)],
    )
    scores = {a.criterion: a.score for a in svc.get_agreement(ctx, agreement_id).assessments}
    assert scores[Criterion.EFFICIENCY] == 4 and scores[Criterion.MUTUAL_BENEFIT] is None
    changed = [json.loads(e.changes) for e in audit_entity(ctx, "assessment", "update")]
    assert changed == [{"score": [3, 4]}]
    assert len(audit_entity(ctx, "assessment", "delete")) == 1

    bad = [
        AssessmentData("synergy", 6, "great"),
        AssessmentData("efficiency", 2, " "),
        AssessmentData("loyalty", 3, "x"),
    ]
    with pytest.raises(ValidationError) as caught:
        svc.set_assessment(ctx, agreement_id, bad)
    assert caught.value.fields == {"assessment synergy", "assessment efficiency reason", "criterion"}
    with pytest.raises(ValidationError) as caught:
        svc.set_assessment(ctx, agreement_id, [AssessmentData("synergy", 2, "a"), AssessmentData("synergy", 3, "b")])
    assert caught.value.fields == {"assessment"}


def audit_entity(ctx: ServiceContext, entity: str, action: str) -> list[AuditEntry]:
    with ctx.database.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.action == action)
                .order_by(AuditEntry.id)
            )
        )
