"""The assessment of an agreement as one summary: the partners' nine KSDPL conditions and the four criteria.

The summary gathers, per partner, the nine conditions with their answers and
evidence (from :func:`secretariat.services.partners.records.get_partner`) and the
agreement's scores and reasons for efficiency, effectiveness of public
services, synergy and mutual benefit. Its warnings block nothing; they point
at what a careful choice of partner would look at again:

- the partner's country has no diplomatic relations with Indonesia (any kind);
- for a KSDPL agreement: the partner is not a regional government, its
  administrative level differs from ours (office profile) or is not
  recorded, a condition is answered "no" or conditions are still "unknown"
  (a "yes" always carries its evidence: the partner's record refuses one without);
- a criterion has no score.

How they are recorded: when the clerk moves the agreement forward despite
warnings, :func:`change_stage_recording_warnings` writes them, in both
languages, into the stage history entry's note below the clerk's own note;
the entry and its note are audited like every write. Moving back records
nothing extra. A note that only lists warnings never stands in for a reason
the workflow requires (skipping or going back still needs the clerk's own
words).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secretariat.domain.due_diligence import CONDITIONS
from secretariat.domain.enums import AdminLevel, AgreementKind, Answer, Criterion, PartnerKind, RegionLevel
from secretariat.domain.labels import label
from secretariat.domain.workflow import check_transition
from secretariat.services.agreements.stages import (
    agreement_values,
    attached_document_kinds,
    change_stage,
    filled_fields,
    stage_rules,
)
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading
from secretariat.services.office import get_office_profile
from secretariat.services.partners.records import ConditionView, get_partner
from secretariat.storage.models import Agreement

#: Our region's level and the partner's administrative level that count as equal (condition 7).
EQUAL_LEVELS: dict[str, str] = {
    RegionLevel.PROVINCE.value: AdminLevel.STATE_PROVINCE.value,
    RegionLevel.CITY.value: AdminLevel.CITY.value,
    RegionLevel.REGENCY.value: AdminLevel.REGENCY_COUNTY.value,
}
NOTE_HEADING = "Peringatan penilaian yang diketahui / Assessment warnings acknowledged:"


class WarningKind(StrEnum):
    NO_DIPLOMATIC_RELATIONS = "no_diplomatic_relations"
    NOT_REGIONAL_GOVERNMENT = "not_regional_government"
    UNEQUAL_LEVEL = "unequal_level"
    LEVEL_UNKNOWN = "level_unknown"
    CONDITION_NO = "condition_no"
    CONDITIONS_UNKNOWN = "conditions_unknown"
    CRITERION_UNSCORED = "criterion_unscored"


@dataclass(frozen=True)
class AssessmentWarning:
    kind: WarningKind
    partner_id: int | None
    subject: str  # the partner's code, the criterion's code or the condition's number
    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en


@dataclass(frozen=True)
class PartnerAssessment:
    partner_id: int
    code: str
    name: str
    kind: str
    admin_level: str | None
    country_code: str
    country_name_id: str
    country_name_en: str
    diplomatic_relations: bool
    conditions: tuple[ConditionView, ...]

    def count(self, answer: Answer) -> int:
        return sum(1 for c in self.conditions if c.answer == answer)


@dataclass(frozen=True)
class CriterionScore:
    criterion: Criterion
    name_id: str
    name_en: str
    score: int | None
    reason: str | None


@dataclass(frozen=True)
class AssessmentSummary:
    agreement_id: int
    kind: str
    conditions_apply: bool  # the nine conditions are the KSDPL checklist
    region_level: str
    partners: tuple[PartnerAssessment, ...]
    criteria: tuple[CriterionScore, ...]
    warnings: tuple[AssessmentWarning, ...]

    @property
    def scored(self) -> int:
        return sum(1 for c in self.criteria if c.score is not None)

    @property
    def average_score(self) -> float | None:
        scores = [c.score for c in self.criteria if c.score is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True)
class StageMove:
    change_id: int
    recorded: tuple[AssessmentWarning, ...]  # the warnings written into the history entry's note


def _numbers(conditions: Sequence[ConditionView]) -> str:
    return ", ".join(str(c.number) for c in conditions)


def _partner_warnings(partner: PartnerAssessment, ksdpl: bool, region_level: str) -> list[AssessmentWarning]:
    found: list[AssessmentWarning] = []

    def warn(kind: WarningKind, subject: str, en: str, id_: str) -> None:
        found.append(
            AssessmentWarning(kind, partner.partner_id, subject, f"{partner.code}: {en}", f"{partner.code}: {id_}")
        )

    if not partner.diplomatic_relations:
        warn(
            WarningKind.NO_DIPLOMATIC_RELATIONS,
            partner.country_code,
            f"{partner.country_name_en} has no diplomatic relations with Indonesia; cooperation needs the "
            "central government's approval",
            f"{partner.country_name_id} tidak memiliki hubungan diplomatik dengan Indonesia; kerja sama memerlukan "
            "persetujuan pemerintah pusat",
        )
    if not ksdpl:
        return found
    if partner.kind != PartnerKind.REGIONAL_GOVERNMENT:
        warn(
            WarningKind.NOT_REGIONAL_GOVERNMENT,
            partner.kind,
            "is not a regional government, but a KSDPL agreement is made with a foreign regional government",
            "bukan pemerintah daerah, padahal KSDPL dibuat dengan pemerintah daerah di luar negeri",
        )
    our = (
        label(RegionLevel(region_level), "en").lower()
        if region_level in {r.value for r in RegionLevel}
        else region_level
    )
    our_id = (
        label(RegionLevel(region_level), "id").lower()
        if region_level in {r.value for r in RegionLevel}
        else region_level
    )
    if not partner.admin_level:
        warn(
            WarningKind.LEVEL_UNKNOWN,
            "admin_level",
            "its administrative level is not recorded, so equal status with our region cannot be confirmed",
            "tingkat administrasinya belum dicatat, sehingga kesetaraan dengan daerah kita belum dapat dipastikan",
        )
    elif EQUAL_LEVELS.get(region_level) != partner.admin_level:
        theirs = (
            label(AdminLevel(partner.admin_level), "en").lower()
            if partner.admin_level in {a.value for a in AdminLevel}
            else partner.admin_level
        )
        theirs_id = (
            label(AdminLevel(partner.admin_level), "id").lower()
            if partner.admin_level in {a.value for a in AdminLevel}
            else partner.admin_level
        )
        warn(
            WarningKind.UNEQUAL_LEVEL,
            "admin_level",
            f"unequal administrative level: the partner is a {theirs}, our region a {our} (condition 7)",
            f"tingkat administrasi tidak setara: mitra berupa {theirs_id}, daerah kita {our_id} (syarat 7)",
        )
    for condition in partner.conditions:
        if condition.answer == Answer.NO:
            warn(
                WarningKind.CONDITION_NO,
                str(condition.number),
                f"condition {condition.number} is not met: {condition.text_en}",
                f"syarat {condition.number} tidak terpenuhi: {condition.text_id}",
            )
    unknown = [c for c in partner.conditions if c.answer == Answer.UNKNOWN]
    if unknown:
        warn(
            WarningKind.CONDITIONS_UNKNOWN,
            _numbers(unknown),
            f"condition(s) {_numbers(unknown)} not yet assessed",
            f"syarat {_numbers(unknown)} belum dinilai",
        )
    return found


def assessment_summary(ctx: ServiceContext, agreement_id: int) -> AssessmentSummary:
    """The nine conditions of each partner, the four criteria, and the warnings they raise."""
    profile = get_office_profile(ctx)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        kind = agreement.kind
        facts = [(p.id, bool(p.country.diplomatic_relations)) for p in agreement.partners]
        scored = {a.criterion: (a.score, a.reason) for a in agreement.assessments}
    ksdpl = kind == AgreementKind.KSDPL
    partners = []
    for partner_id, relations in facts:
        view = get_partner(ctx, partner_id)
        partners.append(
            PartnerAssessment(
                partner_id=view.id,
                code=view.code,
                name=view.name,
                kind=view.kind,
                admin_level=view.admin_level,
                country_code=view.country_code,
                country_name_id=view.country_name_id,
                country_name_en=view.country_name_en,
                diplomatic_relations=relations,
                conditions=view.conditions,
            )
        )
    criteria = tuple(
        CriterionScore(
            criterion=c,
            name_id=label(c, "id"),
            name_en=label(c, "en"),
            score=scored.get(c, (None, None))[0],
            reason=scored.get(c, (None, None))[1],
        )
        for c in Criterion
    )
    warnings: list[AssessmentWarning] = []
    for partner in partners:
        warnings += _partner_warnings(partner, ksdpl, profile.region_level)
    for item in criteria:
        if item.score is None:
            warnings.append(
                AssessmentWarning(
                    WarningKind.CRITERION_UNSCORED,
                    None,
                    item.criterion.value,
                    f'the criterion "{item.name_en}" has no score',
                    f'kriteria "{item.name_id}" belum diberi nilai',
                )
            )
    return AssessmentSummary(
        agreement_id=agreement_id,
        kind=kind,
        conditions_apply=ksdpl,
        region_level=profile.region_level,
        partners=tuple(partners),
        criteria=criteria,
        warnings=tuple(warnings),
    )


def warnings_note(note: str | None, warnings: Sequence[AssessmentWarning]) -> str | None:
    """The clerk's note followed by the acknowledged warnings in both languages."""
    own = (note or "").strip()
    if not warnings:
        return own or None
    lines = [own] if own else []
    lines.append(NOTE_HEADING)
    lines += [f"- {w.message_id} / {w.message_en}" for w in warnings]
    return "\n".join(lines)


def change_stage_recording_warnings(
    ctx: ServiceContext, agreement_id: int, to_stage_code: str, on: date, note: str | None = None
) -> StageMove:
    """Move the agreement like :func:`services.stages.change_stage`; a forward move despite assessment
    warnings writes them into the history entry's note (nothing is blocked by them)."""
    summary = assessment_summary(ctx, agreement_id)
    with reading(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        check = check_transition(
            stage_rules(session),
            agreement.kind,
            agreement.instrument,
            agreement.stage.code,
            (to_stage_code or "").strip(),
            attached_document_kinds(session, agreement_id),
            filled_fields(agreement_values(agreement)),
            note,
        )
    record = check.target is not None and check.forward and bool(summary.warnings)
    if record and check.reason_needed and not (note or "").strip():
        record = False  # let the workflow ask for the clerk's own reason
    if not record:
        return StageMove(change_stage(ctx, agreement_id, to_stage_code, on, note), ())
    change_id = change_stage(ctx, agreement_id, to_stage_code, on, warnings_note(note, summary.warnings))
    return StageMove(change_id, summary.warnings)


__all__ = [
    "CONDITIONS",
    "EQUAL_LEVELS",
    "AssessmentSummary",
    "AssessmentWarning",
    "CriterionScore",
    "PartnerAssessment",
    "StageMove",
    "WarningKind",
    "assessment_summary",
    "change_stage_recording_warnings",
    "warnings_note",
]
