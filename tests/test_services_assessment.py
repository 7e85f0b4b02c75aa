"""The assessment summary on SQLite and PostgreSQL: conditions, criteria, warnings, and warnings recorded
in the stage history when the clerk moves forward despite them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.enums import Answer, Criterion
from secretariat.domain.errors import ValidationError
from secretariat.domain.records import AgreementData, AssessmentData, ConditionData, OfficeProfileData, PartnerData
from secretariat.services.agreements import assessment
from secretariat.services.agreements.assessment import NOTE_HEADING, WarningKind
from secretariat.services.agreements.records import create_agreement, get_agreement, set_assessment
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner
from secretariat.storage.models import AuditEntry, StageChange

ON = date(2026, 1, 5)


@pytest.fixture
def ctx(database) -> ServiceContext:
    context = open_context(database, login="clerk")
    update_office_profile(
        context,
        OfficeProfileData(
            region_name_id="Pemerintah Provinsi Jawa Timur",
            region_name_en="East Java Provincial Government",
            region_level="province",
        ),
    )
    return context


def conditions(**answers: tuple[str, str | None]) -> list[ConditionData]:
    return [ConditionData(number=int(n[1:]), answer=a, evidence=e) for n, (a, e) in answers.items()]


@pytest.fixture
def kaohsiung(ctx: ServiceContext) -> int:
    """A city in a country without diplomatic relations, with mixed answers."""
    answers = {f"c{n}": ("yes", f"letter {n}") for n in range(1, 10)}
    answers |= {"c1": ("no", "no relations"), "c2": ("unknown", None), "c8": ("unknown", None)}
    return create_partner(
        ctx,
        PartnerData(
            code="TW-KHH",
            name="Kaohsiung City Government",
            kind="regional_government",
            country_code="TW",
            admin_level="city",
        ),
        conditions(**answers),
    )


@pytest.fixture
def perth(ctx: ServiceContext) -> int:
    """A state government meeting every condition with evidence."""
    return create_partner(
        ctx,
        PartnerData(
            code="AU-WA",
            name="Government of Western Australia",
            kind="regional_government",
            country_code="AU",
            admin_level="state_province",
        ),
        conditions(**{f"c{n}": ("yes", f"evidence {n}") for n in range(1, 10)}),
    )


def agreement(ctx: ServiceContext, partner_ids: list[int], kind: str = "ksdpl") -> int:
    return create_agreement(
        ctx,
        AgreementData(
            title_id="Nota Kesepahaman Kerja Sama Perikanan",
            title_en="MoU on Fisheries Cooperation",
            kind=kind,
            instrument="mou",
            partner_ids=partner_ids,
            sector_codes=["fisheries"],
        ),
        on=ON,
    )


def test_the_summary_holds_conditions_criteria_and_warnings(ctx, kaohsiung, perth) -> None:
    agreement_id = agreement(ctx, [kaohsiung, perth])
    set_assessment(
        ctx,
        agreement_id,
        [AssessmentData("efficiency", 4, "shared costs"), AssessmentData("synergy", 2, "little overlap")],
    )
    summary = assessment.assessment_summary(ctx, agreement_id)
    assert summary.conditions_apply and summary.region_level == "province"
    khh, wa = summary.partners
    assert (khh.code, khh.diplomatic_relations, wa.diplomatic_relations) == ("TW-KHH", False, True)
    assert [c.number for c in khh.conditions] == list(range(1, 10))
    assert (khh.count(Answer.YES), khh.count(Answer.NO), khh.count(Answer.UNKNOWN)) == (6, 1, 2)
    assert khh.conditions[0].evidence == "no relations" and khh.conditions[0].text_en.startswith("The partner's")
    assert [(c.criterion, c.score, c.reason) for c in summary.criteria] == [
        (Criterion.EFFICIENCY, 4, "shared costs"),
        (Criterion.EFFECTIVENESS, None, None),
        (Criterion.SYNERGY, 2, "little overlap"),
        (Criterion.MUTUAL_BENEFIT, None, None),
    ]
    assert summary.scored == 2 and summary.average_score == 3.0

    found = [(w.kind, w.subject) for w in summary.warnings]
    assert found == [
        (WarningKind.NO_DIPLOMATIC_RELATIONS, "TW"),
        (WarningKind.UNEQUAL_LEVEL, "admin_level"),
        (WarningKind.CONDITION_NO, "1"),
        (WarningKind.CONDITIONS_UNKNOWN, "2, 8"),
        (WarningKind.CRITERION_UNSCORED, "effectiveness"),
        (WarningKind.CRITERION_UNSCORED, "mutual_benefit"),
    ], "the state government meeting everything raises none"
    messages = {w.kind: w for w in summary.warnings}
    assert messages[WarningKind.UNEQUAL_LEVEL].message("en") == (
        "TW-KHH: unequal administrative level: the partner is a city, our region a province (condition 7)"
    )
    assert "hubungan diplomatik" in messages[WarningKind.NO_DIPLOMATIC_RELATIONS].message("id")


def test_outside_ksdpl_only_diplomatic_relations_and_criteria_warn(ctx, kaohsiung) -> None:
    uni = create_partner(ctx, PartnerData(code="DE-TUM", name="TU München", kind="university", country_code="DE"))
    agreement_id = agreement(ctx, [uni, kaohsiung], kind="ksdll")
    summary = assessment.assessment_summary(ctx, agreement_id)
    assert not summary.conditions_apply
    assert [w.kind for w in summary.warnings] == [WarningKind.NO_DIPLOMATIC_RELATIONS] + [
        WarningKind.CRITERION_UNSCORED
    ] * 4
    ksdpl = assessment.assessment_summary(ctx, agreement(ctx, [uni]))
    assert (WarningKind.NOT_REGIONAL_GOVERNMENT, "university") in [(w.kind, w.subject) for w in ksdpl.warnings]
    assert (WarningKind.LEVEL_UNKNOWN, "admin_level") in [(w.kind, w.subject) for w in ksdpl.warnings]


def _notes(ctx: ServiceContext, agreement_id: int) -> list[str | None]:
    with ctx.database.sessions() as session:
        return list(
            session.scalars(
                select(StageChange.note).where(StageChange.agreement_id == agreement_id).order_by(StageChange.id)
            )
        )


def test_moving_forward_despite_warnings_records_them_in_the_history(ctx, kaohsiung) -> None:
    agreement_id = agreement(ctx, [kaohsiung])
    today = date.today()
    move = assessment.change_stage_recording_warnings(ctx, agreement_id, "exploration", today, "study ordered")
    assert get_agreement(ctx, agreement_id).stage.code == "exploration"
    assert len(move.recorded) == 8  # four about the partner, four unscored criteria
    note = _notes(ctx, agreement_id)[-1]
    lines = note.split("\n")
    assert lines[0] == "study ordered" and lines[1] == NOTE_HEADING
    assert lines[2] == (
        "- TW-KHH: Taiwan tidak memiliki hubungan diplomatik dengan Indonesia; kerja sama memerlukan "
        "persetujuan pemerintah pusat / TW-KHH: Taiwan has no diplomatic relations with Indonesia; "
        "cooperation needs the central government's approval"
    )
    assert len(lines) == 2 + 8
    with ctx.database.sessions() as session:  # the note is in the audit trail as well
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "stage_change", AuditEntry.entity_id == str(move.change_id))
        ).one()
    assert json.loads(entry.changes)["note"] == [None, note]

    # moving back records nothing extra; skipping without a reason is still refused
    back = assessment.change_stage_recording_warnings(ctx, agreement_id, "initiative", today, "wrong step")
    assert back.recorded == () and _notes(ctx, agreement_id)[-1] == "wrong step"
    with pytest.raises(ValidationError) as refused:
        assessment.change_stage_recording_warnings(ctx, agreement_id, "cooperation_plan", today)
    assert refused.value.fields == {"note"}
    assert get_agreement(ctx, agreement_id).stage.code == "initiative"


def test_without_warnings_the_note_is_the_clerk_s_own(ctx, perth) -> None:
    agreement_id = agreement(ctx, [perth])
    set_assessment(ctx, agreement_id, [AssessmentData(c.value, 4, "good") for c in Criterion])
    assert assessment.assessment_summary(ctx, agreement_id).warnings == ()
    move = assessment.change_stage_recording_warnings(ctx, agreement_id, "exploration", date.today())
    assert move.recorded == () and _notes(ctx, agreement_id)[-1] is None
