"""Stage workflow and the stage list as data, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.errors import DependencyError, NotFoundError, ValidationError
from secretariat.domain.records import AgreementData, PartnerData
from secretariat.domain.stages import DEFAULT_STAGES
from secretariat.domain.workflow import StageData
from secretariat.services.agreements import stages as svc
from secretariat.services.agreements.records import create_agreement, get_agreement
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import Agreement, Attachment, AuditEntry, Stage, StageChange

DAY = date(2024, 2, 1)
SIGNING = {"number": "001/KS/2024", "signed_on": date(2024, 2, 1), "signed_place": "Bandung"}


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, login="tester")


@pytest.fixture
def partner(ctx: ServiceContext) -> int:
    return create_partner(
        ctx,
        PartnerData(
            code="KR-SUW", name="Suwon City", kind="regional_government", country_code="KR", admin_level="city"
        ),
    )


def new_agreement(
    ctx: ServiceContext,
    partner: int,
    *,
    kind: str = "ksdll",
    instrument: str = "mou",
    stage: str = "initiative",
    note: str | None = None,
    **fields,
) -> int:
    data = AgreementData(
        title_id="Kerja sama kota kembar",
        title_en="Sister-city cooperation",
        kind=kind,
        instrument=instrument,
        partner_ids=[partner],
        **fields,
    )
    return create_agreement(ctx, data, stage_code=stage, on=DAY, note=note)


def attach(ctx: ServiceContext, owner_id: int, kind: str, owner_type: str = "agreement") -> None:
    with writing(ctx) as session:
        session.add(
            Attachment(
                owner_type=owner_type,
                owner_id=owner_id,
                kind=kind,
                file_name=f"{kind}.pdf",
                size=1,
                sha256="f" * 64,
                stored_name=f"s/{kind}.pdf",
                added_by="tester",
            )
        )


def stage_of(ctx: ServiceContext, agreement_id: int) -> str:
    return get_agreement(ctx, agreement_id).stage.code


def walk(ctx: ServiceContext, agreement_id: int, *codes: str) -> None:
    for code in codes:
        svc.change_stage(ctx, agreement_id, code, DAY, None)


# --- listing ---------------------------------------------------------------------------------------


def test_list_stages_in_order_and_filtered(ctx) -> None:
    every = svc.list_stages(ctx)
    assert [s.code for s in every] == [s.code for s in DEFAULT_STAGES]
    dprd = next(s for s in every if s.code == "dprd_approval")
    assert (dprd.kinds, dprd.instruments, dprd.required_documents) == (("ksdpl",), ("mou",), ("dprd_approval",))
    signed = next(s for s in every if s.code == "signed")
    assert signed.required_fields == ("signed_on", "signed_place", "number") and signed.is_live
    ksdll = [s.code for s in svc.list_stages(ctx, kind="ksdll", instrument="mou")]
    assert "dprd_approval" not in ksdll and "full_powers" not in ksdll and "draft_initialled" in ksdll
    loi = [s.code for s in svc.list_stages(ctx, instrument="loi")]
    assert "cooperation_plan" not in loi and "dprd_approval" not in loi
    assert "dprd_approval" in [s.code for s in svc.list_stages(ctx, kind="ksdpl")]
    assert svc.get_stage(ctx, "signed").name_id == "Penandatanganan"
    with pytest.raises(NotFoundError):
        svc.get_stage(ctx, "nope")
    with pytest.raises(ValidationError) as caught:
        svc.list_stages(ctx, kind="treaty")
    assert caught.value.fields == {"kind"}


# --- moving an agreement ---------------------------------------------------------------------------


def test_change_stage_records_history_and_audit(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner)
    change_id = svc.change_stage(ctx, agreement_id, "exploration", date(2024, 2, 5), "  ")
    with ctx.database.sessions() as session:
        change = session.get(StageChange, change_id)
        assert (change.from_stage.code, change.to_stage.code, change.on, change.user_login, change.note) == (
            "initiative",
            "exploration",
            date(2024, 2, 5),
            "tester",
            None,
        )
        assert session.get(Agreement, agreement_id).stage.code == "exploration"
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "agreement", AuditEntry.action == "update")
        ).all()
    assert len(entries) == 1 and set(json.loads(entries[0].changes)) == {"stage_id"}
    history = get_agreement(ctx, agreement_id).history
    assert [(h.from_name_en, h.to_name_en, h.to_name_id, h.user_login) for h in history] == [
        (None, "Initiative", "Prakarsa", "tester"),
        ("Initiative", "Exploration and feasibility study", "Penjajakan dan studi kelayakan", "tester"),
    ]


def test_missing_document_blocks_naming_it(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner)
    walk(ctx, agreement_id, "exploration")
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "letter_of_intent", DAY, None)
    assert caught.value.fields == {"documents"}
    assert caught.value.message_en == (
        'Documents: "Letter of Intent" must be attached to reach the stage "Letter of Intent and action plan"'
    )
    assert caught.value.message_id == (
        'Dokumen: "Surat Pernyataan Kehendak (LoI)" harus dilampirkan untuk mencapai tahap '
        '"Pernyataan Kehendak (LoI) dan rencana aksi"'
    )
    assert stage_of(ctx, agreement_id) == "exploration"

    attach(ctx, agreement_id, "loi", owner_type="delegation")  # someone else's document does not count
    attach(ctx, agreement_id + 100, "loi")
    with pytest.raises(ValidationError):
        svc.change_stage(ctx, agreement_id, "letter_of_intent", DAY, None)
    attach(ctx, agreement_id, "loi")
    svc.change_stage(ctx, agreement_id, "letter_of_intent", DAY, None)
    assert stage_of(ctx, agreement_id) == "letter_of_intent"


def test_signing_lists_exactly_the_missing_fields(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner, signed_place="Bandung")
    attach(ctx, agreement_id, "loi")
    attach(ctx, agreement_id, "draft")
    walk(ctx, agreement_id, "exploration", "letter_of_intent", "cooperation_plan", "consultation", "draft_initialled")
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "signed", DAY, None)
    assert caught.value.fields == {"signed_on", "number"}
    assert "Date of signing is required" in caught.value.message_en
    assert "Tanggal penandatanganan wajib diisi" in caught.value.message_id


def test_reasons_required_for_back_and_skip(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner)
    walk(ctx, agreement_id, "exploration")
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "initiative", DAY, None)
    assert caught.value.fields == {"note"} and "move back" in caught.value.message_en
    svc.change_stage(ctx, agreement_id, "initiative", DAY, "the partner withdrew its proposal")

    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "cooperation_plan", DAY, " ")
    assert caught.value.fields == {"note"}
    assert '"Exploration and feasibility study", "Letter of Intent and action plan"' in caught.value.message_en
    svc.change_stage(ctx, agreement_id, "cooperation_plan", DAY, "study and LoI done by the province")
    notes = [h.note for h in get_agreement(ctx, agreement_id).history]
    assert notes == [None, None, "the partner withdrew its proposal", "study and LoI done by the province"]


def test_ksdpl_signing_needs_dprd_approval_and_full_powers(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner, kind="ksdpl", **SIGNING)
    attach(ctx, agreement_id, "draft")
    walk(ctx, agreement_id, "exploration")
    with pytest.raises(ValidationError) as caught:  # a reason skips the stages, not the law
        svc.change_stage(ctx, agreement_id, "signed", DAY, "the governors meet next week")
    assert caught.value.fields == {"documents"}
    assert [p.message_en for p in caught.value.problems] == [
        'a KSDPL agreement cannot reach the stage "Signing" without the "DPRD approval" attached (PP 28/2018)',
        'a KSDPL agreement cannot reach the stage "Signing" without the "Full Powers letter" attached (PP 28/2018)',
    ]
    attach(ctx, agreement_id, "dprd_approval")
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "implementation", DAY, "the governors meet next week")
    assert [p.field for p in caught.value.problems] == ["documents"]
    assert "Full Powers letter" in caught.value.message_en
    attach(ctx, agreement_id, "full_powers")
    svc.change_stage(ctx, agreement_id, "signed", DAY, "stages handled by the province on paper")
    assert stage_of(ctx, agreement_id) == "signed"


def test_ksdpl_mou_goes_through_dprd_stages(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner, kind="ksdpl")
    attach(ctx, agreement_id, "loi")
    attach(ctx, agreement_id, "draft")
    walk(ctx, agreement_id, "exploration", "letter_of_intent", "cooperation_plan", "consultation")
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "draft_initialled", DAY, None)
    assert caught.value.fields == {"note"} and '"DPRD approval"' in caught.value.message_en
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "dprd_approval", DAY, None)
    assert caught.value.fields == {"documents"} and '"DPRD approval" must be attached' in caught.value.message_en
    attach(ctx, agreement_id, "dprd_approval")
    walk(ctx, agreement_id, "dprd_approval", "draft_initialled")
    assert stage_of(ctx, agreement_id) == "draft_initialled"


def test_non_ksdpl_mou_skips_dprd_stages_which_do_not_apply(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner, kind="ksdll", **SIGNING)
    attach(ctx, agreement_id, "loi")
    attach(ctx, agreement_id, "draft")
    walk(
        ctx,
        agreement_id,
        "exploration",
        "letter_of_intent",
        "cooperation_plan",
        "consultation",
        "draft_initialled",
        "signed",
        "implementation",
    )
    assert [h.to_code for h in get_agreement(ctx, agreement_id).history][-3:] == [
        "draft_initialled",
        "signed",
        "implementation",
    ]
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "dprd_approval", DAY, "by mistake")
    assert caught.value.fields == {"stage"} and "does not apply" in caught.value.message_en


def test_final_stage_ends_the_flow(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner, stage="implementation", note="registered from the archive", **SIGNING)
    svc.change_stage(ctx, agreement_id, "expired", DAY, None)  # ending an agreement in force needs no reason
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "renewed", DAY, None)
    assert caught.value.fields == {"note"} and "final stage" in caught.value.message_en
    svc.change_stage(ctx, agreement_id, "evaluation", DAY, "expiry was entered for the wrong MoU")
    assert stage_of(ctx, agreement_id) == "evaluation"


def test_bad_moves(ctx, partner) -> None:
    agreement_id = new_agreement(ctx, partner)
    svc.change_stage(ctx, agreement_id, "exploration", date(2024, 3, 1), None)
    cases = [
        ("no_such_stage", date(2024, 3, 1), "x", {"stage"}, 'there is no stage "no_such_stage"'),
        ("exploration", date(2024, 3, 1), "x", {"stage"}, "already at the stage"),
        ("initiative", date(2024, 2, 28), "redo", {"on"}, "before the last stage change (1 March 2024)"),
        ("initiative", date(2999, 1, 1), "redo", {"on"}, "in the future"),
    ]
    for code, on, note, fields, text in cases:
        with pytest.raises(ValidationError) as caught:
            svc.change_stage(ctx, agreement_id, code, on, note)
        assert caught.value.fields == fields and text in caught.value.message_en, code
    assert stage_of(ctx, agreement_id) == "exploration"
    assert len(get_agreement(ctx, agreement_id).history) == 2
    with pytest.raises(NotFoundError):
        svc.change_stage(ctx, 4242, "exploration", DAY, None)


# --- the stage list as data ------------------------------------------------------------------------


def ratification(**changes) -> StageData:
    data = StageData(
        code="ratification",
        name_id="Pengesahan Perda",
        name_en="Ratification by regional law",
        kinds=["ksdpl"],
        instruments=["mou"],
        required_documents=["signed_scan"],
        required_fields=["signed_on"],
    )
    return replace(data, **changes)


def test_create_stage_appends_and_takes_part_in_the_flow(ctx, partner) -> None:
    stage_id = svc.create_stage(ctx, ratification())
    view = svc.list_stages(ctx)[-1]
    assert (view.id, view.code, view.position, view.kinds, view.required_documents) == (
        stage_id,
        "ratification",
        150,
        ("ksdpl",),
        ("signed_scan",),
    )
    with ctx.database.sessions() as session:
        row = session.get(Stage, stage_id)
        assert (row.kinds, row.instruments, row.required_documents, row.required_fields) == (
            "ksdpl",
            "mou",
            "signed_scan",
            "signed_on",
        )
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.entity == "stage", AuditEntry.entity_id == str(stage_id))
        )
    assert entry.action == "create" and entry.user_login == "tester"

    placed = svc.create_stage(
        ctx,
        ratification(
            code="tkksd_review", position=45, kinds=[], instruments=[], required_documents=["study"], required_fields=[]
        ),
    )
    assert [s.code for s in svc.list_stages(ctx)][4] == "tkksd_review"
    agreement_id = new_agreement(ctx, partner)
    walk(ctx, agreement_id, "exploration")
    attach(ctx, agreement_id, "loi")
    walk(ctx, agreement_id, "letter_of_intent", "cooperation_plan")
    with pytest.raises(ValidationError) as caught:  # the new stage is required data now
        svc.change_stage(ctx, agreement_id, "tkksd_review", DAY, None)
    assert '"Study"' in caught.value.message_en
    assert placed > stage_id


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"code": "Ratification!"}, {"code"}),
        ({"code": "signed"}, {"code"}),
        ({"name_id": " "}, {"name_id"}),
        ({"kinds": ["federal"]}, {"kinds"}),
        ({"required_documents": ["passport_copy"]}, {"required_documents"}),
        ({"required_fields": ["favourite_colour"]}, {"required_fields"}),
        ({"position": 90}, {"position"}),
        ({"is_final": True, "is_live": True}, {"is_final"}),
    ],
)
def test_create_stage_refuses_bad_input(ctx, changes, fields) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_stage(ctx, ratification(**changes))
    assert caught.value.fields == fields
    assert len(svc.list_stages(ctx)) == len(DEFAULT_STAGES)


def test_update_stage_edits_conditions_but_not_code(ctx, partner) -> None:
    exploration = svc.get_stage(ctx, "exploration")
    svc.update_stage(
        ctx, "exploration", replace(exploration.to_data(), name_en="Exploration", required_documents=["request_letter"])
    )
    updated = svc.get_stage(ctx, "exploration")
    assert (updated.name_en, updated.required_documents, updated.position) == (
        "Exploration",
        ("request_letter",),
        exploration.position,
    )
    agreement_id = new_agreement(ctx, partner)
    with pytest.raises(ValidationError) as caught:
        svc.change_stage(ctx, agreement_id, "exploration", DAY, None)
    assert "Partner's request letter" in caught.value.message_en and "Surat permohonan mitra" in caught.value.message_id

    with pytest.raises(ValidationError) as caught:
        svc.update_stage(ctx, "exploration", replace(updated.to_data(), code="scouting"))
    assert caught.value.fields == {"code"}
    with pytest.raises(NotFoundError):
        svc.update_stage(ctx, "nope", updated.to_data())
    with ctx.database.sessions() as session:
        changes = json.loads(
            session.scalar(
                select(AuditEntry.changes).where(AuditEntry.entity == "stage", AuditEntry.action == "update")
            )
        )
    assert changes == {
        "name_en": ["Exploration and feasibility study", "Exploration"],
        "required_documents": ["", "request_letter"],
    }


def test_reorder_stages(ctx) -> None:
    codes = [s.code for s in svc.list_stages(ctx)]
    swapped = [*codes[:1], codes[2], codes[1], *codes[3:]]
    svc.reorder_stages(ctx, swapped)
    listed = svc.list_stages(ctx)
    assert [s.code for s in listed] == swapped
    assert [s.position for s in listed] == [10 * i for i in range(1, len(codes) + 1)]
    with pytest.raises(ValidationError) as caught:
        svc.reorder_stages(ctx, [*codes[:-1], "nowhere", codes[0]])
    assert "nowhere" in caught.value.message_en and codes[0] in caught.value.message_en
    assert codes[-1] in caught.value.message_en  # missing
    assert [s.code for s in svc.list_stages(ctx)] == swapped


def test_delete_stage_refused_while_used(ctx, partner) -> None:
    svc.create_stage(ctx, ratification())
    svc.delete_stage(ctx, "ratification")
    assert "ratification" not in [s.code for s in svc.list_stages(ctx)]

    agreement_id = new_agreement(ctx, partner)
    with pytest.raises(DependencyError) as caught:
        svc.delete_stage(ctx, "initiative")
    assert caught.value.dependents == {"agreement(s) at this stage": 1, "stage history entry(ies)": 1}
    walk(ctx, agreement_id, "exploration")
    with pytest.raises(DependencyError) as caught:
        svc.delete_stage(ctx, "initiative")
    assert caught.value.dependents == {"stage history entry(ies)": 2}
    assert "Initiative" in caught.value.message_en and "Prakarsa" in caught.value.message_id
    with pytest.raises(NotFoundError):
        svc.delete_stage(ctx, "ratification")
