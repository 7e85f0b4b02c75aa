"""What an agreement produced: indicator targets, achievement, its alive / weak / dormant status, the yearly
evaluation (monev) and what the office can do with a dormant agreement.

Pure rules, no storage. Every check returns :class:`Problem` sentences that name the field by its label.

Rules (issue 16, shared/domain.md "The problem the user names"):

* a *sign of life* is an activity, a delegation (not cancelled) starting, or a budget transaction on a line of
  the agreement; ``quiet_days`` counts from the latest one (or, with none, from the agreement's effective or
  signing date) to the end of the period looked at;
* *dormant*: quiet for more than ``StatusRules.dormant_quiet_days``;
* *alive*: quiet for at most ``alive_quiet_days``, at least ``alive_min_movements`` activities and delegations
  in the period, and, when the period has targets, at least ``alive_min_achievement_percent`` achieved;
* *weak*: anything between.

Achievement of an indicator is ``achieved / target`` in percent; the agreement's achievement is the mean over
its indicators with a target above zero, each capped at 100 % so that one indicator far above its target does
not hide another far below. Percentages are exact decimals rounded half up to one decimal place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.enums import Criterion
from secretariat.domain.errors import Problem
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.rules import add_months

FIRST_YEAR = 1945
LAST_YEAR = 2200
ONE_DECIMAL = Decimal("0.1")
HUNDRED = Decimal(100)

CRITERION_LABELS: dict[Criterion, tuple[str, str]] = {
    Criterion.EFFICIENCY: ("efficiency", "efisiensi"),
    Criterion.EFFECTIVENESS: ("effectiveness of public services", "efektivitas pelayanan publik"),
    Criterion.SYNERGY: ("synergy", "sinergi"),
    Criterion.MUTUAL_BENEFIT: ("mutual benefit", "saling menguntungkan"),
}


class ImpactStatus(StrEnum):
    ALIVE = "alive"
    WEAK = "weak"
    DORMANT = "dormant"


class Recommendation(StrEnum):
    """What the yearly evaluation recommends."""

    CONTINUE = "continue"
    REVISE = "revise"
    RENEW = "renew"
    END = "end"


class DormantAction(StrEnum):
    """What the office can do with a dormant agreement."""

    RENEW = "renew"
    REVITALISE = "revitalise"  # plan an activity
    TERMINATE = "terminate"  # give notice


STATUS_LABELS: dict[ImpactStatus, tuple[str, str]] = {
    ImpactStatus.ALIVE: ("Aktif", "Alive"),
    ImpactStatus.WEAK: ("Lemah", "Weak"),
    ImpactStatus.DORMANT: ("Tidur", "Dormant"),
}
RECOMMENDATION_LABELS: dict[Recommendation, tuple[str, str]] = {
    Recommendation.CONTINUE: ("Dilanjutkan", "Continue"),
    Recommendation.REVISE: ("Direvisi", "Revise"),
    Recommendation.RENEW: ("Diperpanjang", "Renew"),
    Recommendation.END: ("Diakhiri", "End"),
}
ACTION_LABELS: dict[DormantAction, tuple[str, str]] = {
    DormantAction.RENEW: ("Perpanjang", "Renew"),
    DormantAction.REVITALISE: ("Hidupkan kembali", "Revitalise"),
    DormantAction.TERMINATE: ("Akhiri", "Terminate"),
}


def status_label(status: ImpactStatus, language: str = "id") -> str:
    indonesian, english = STATUS_LABELS[status]
    return indonesian if language == "id" else english


def recommendation_label(recommendation: Recommendation, language: str = "id") -> str:
    indonesian, english = RECOMMENDATION_LABELS[recommendation]
    return indonesian if language == "id" else english


def action_label(action: DormantAction, language: str = "id") -> str:
    indonesian, english = ACTION_LABELS[action]
    return indonesian if language == "id" else english


def as_number(value: object) -> Decimal | None:
    """``value`` as an exact finite Decimal, or None when it is not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part / whole`` in percent, one decimal, half up; None when ``whole`` is zero."""
    if whole == 0:
        return None
    return (part * HUNDRED / whole).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


# --- status rules --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusRules:
    """The office's rules for alive / weak / dormant (kept as settings in the database)."""

    alive_quiet_days: int = 180
    dormant_quiet_days: int = 365
    alive_min_movements: int = 2
    alive_min_achievement_percent: int = 50

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        labels = {
            "alive_quiet_days": ("days without a sign of life still alive", "hari tanpa tanda kehidupan (aktif)"),
            "dormant_quiet_days": ("days without a sign of life before dormant", "hari tanpa tanda kehidupan (tidur)"),
            "alive_min_movements": ("activities and delegations needed to be alive", "kegiatan dan delegasi minimal"),
            "alive_min_achievement_percent": ("achievement needed to be alive (%)", "capaian minimal (%)"),
        }
        for name, (label_en, label_id) in labels.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                found.append(
                    Problem(
                        label_en,
                        f"'{value}' must be a whole number of zero or more",
                        f"{label_id}: '{value}' harus bilangan bulat nol atau lebih",
                    )
                )
        if not found and self.alive_min_achievement_percent > 100:
            found.append(
                Problem(
                    labels["alive_min_achievement_percent"][0],
                    "must be at most 100",
                    f"{labels['alive_min_achievement_percent'][1]}: paling tinggi 100",
                )
            )
        if not found and self.alive_quiet_days >= self.dormant_quiet_days:
            found.append(
                Problem(
                    labels["dormant_quiet_days"][0],
                    f"must be more than the days still alive ({self.alive_quiet_days})",
                    f"{labels['dormant_quiet_days'][1]}: harus lebih dari batas aktif ({self.alive_quiet_days})",
                )
            )
        return found


def impact_status(
    quiet_days: int, movements: int, achievement_percent: Decimal | None, rules: StatusRules
) -> ImpactStatus:
    """Alive, weak or dormant by the office's rules (see the module's text)."""
    if quiet_days > rules.dormant_quiet_days:
        return ImpactStatus.DORMANT
    achieved_enough = achievement_percent is None or achievement_percent >= rules.alive_min_achievement_percent
    if quiet_days <= rules.alive_quiet_days and movements >= rules.alive_min_movements and achieved_enough:
        return ImpactStatus.ALIVE
    return ImpactStatus.WEAK


@dataclass(frozen=True)
class IndicatorResult:
    """One named indicator in a period: what was achieved against what was targeted."""

    name: str
    unit: str
    target: Decimal | None  # None: no target for the period
    achieved: Decimal

    @property
    def percent(self) -> Decimal | None:
        return None if self.target is None else percent(self.achieved, self.target)


def overall_achievement(results: list[IndicatorResult] | tuple[IndicatorResult, ...]) -> Decimal | None:
    """Mean achievement over the indicators with a target above zero, each capped at 100 %; None without any."""
    shares = [min(r.achieved / r.target, Decimal(1)) for r in results if r.target is not None and r.target > 0]
    if not shares:
        return None
    return (sum(shares, Decimal(0)) * HUNDRED / len(shares)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ActionChoice:
    action: DormantAction
    note_id: str
    note_en: str
    notice_on: date | None = None  # terminate: the day notice given today takes effect


def dormant_actions(today: date, expires_on: date | None, notice_months: int | None) -> tuple[ActionChoice, ...]:
    """What the office can do with a dormant agreement, as of ``today``.

    Terminating with notice given today ends the agreement ``notice_months`` later (or at its expiry, when that
    comes first); renewing only makes sense when it has an expiry.
    """
    months = notice_months or 0
    ends = add_months(today, months)
    if expires_on is not None and expires_on < ends:
        ends = expires_on
    choices = [
        ActionChoice(
            DormantAction.REVITALISE,
            "rencanakan kegiatan bersama mitra tahun ini",
            "plan an activity with the partner this year",
        ),
    ]
    if expires_on is not None:
        choices.append(
            ActionChoice(
                DormantAction.RENEW,
                f"ajukan sebelum berakhir pada {format_date_id(expires_on)}",
                f"propose it before it expires on {format_date_en(expires_on)}",
            )
        )
    choices.append(
        ActionChoice(
            DormantAction.TERMINATE,
            f"pemberitahuan {months} bulan sejak hari ini, berakhir {format_date_id(ends)}",
            f"{months} months' notice from today, ending on {format_date_en(ends)}",
            ends,
        )
    )
    return tuple(choices)


def recommended_action(
    status: ImpactStatus, recommendation: Recommendation | None, expires_on: date | None, today: date
) -> DormantAction | None:
    """The action printed for a dormant agreement: the evaluation's word first, else by its expiry."""
    if status is not ImpactStatus.DORMANT:
        return None
    if recommendation is Recommendation.END:
        return DormantAction.TERMINATE
    if recommendation is Recommendation.RENEW:
        return DormantAction.RENEW
    if expires_on is not None and expires_on <= add_months(today, 6):
        return DormantAction.RENEW
    return DormantAction.REVITALISE


# --- targets ---------------------------------------------------------------------------------------------------


@dataclass
class TargetData:
    """One target of an agreement's action plan: an indicator (name, unit) and its value for a year."""

    name: str
    unit: str
    year: int | None
    target: object  # a number; checked

    def problems(self, number: int) -> list[Problem]:
        where_en, where_id = f"target {number}", f"target {number}"
        found: list[Problem] = []
        if not (self.name or "").strip():
            found.append(
                Problem(f"{where_en} indicator name", "is required", f"{where_id} nama indikator: wajib diisi")
            )
        elif len(self.name.strip()) > 200:
            found.append(
                Problem(
                    f"{where_en} indicator name",
                    "is too long (at most 200 characters)",
                    f"{where_id} nama indikator: terlalu panjang (paling banyak 200 karakter)",
                )
            )
        if not (self.unit or "").strip():
            found.append(Problem(f"{where_en} unit", "is required", f"{where_id} satuan: wajib diisi"))
        elif len(self.unit.strip()) > 40:
            found.append(
                Problem(
                    f"{where_en} unit",
                    "is too long (at most 40 characters)",
                    f"{where_id} satuan: terlalu panjang (paling banyak 40 karakter)",
                )
            )
        if self.year is None or not isinstance(self.year, int) or not FIRST_YEAR <= self.year <= LAST_YEAR:
            found.append(
                Problem(
                    f"{where_en} year",
                    f"'{self.year}' is not a year between {FIRST_YEAR} and {LAST_YEAR}",
                    f"{where_id} tahun: '{self.year}' bukan tahun antara {FIRST_YEAR} dan {LAST_YEAR}",
                )
            )
        value = as_number(self.target)
        if value is None:
            found.append(
                Problem(
                    f"{where_en} target value",
                    f"'{self.target}' is not a number",
                    f"{where_id} nilai target: '{self.target}' bukan angka",
                )
            )
        elif value < 0:
            found.append(
                Problem(
                    f"{where_en} target value",
                    f"{value} cannot be negative",
                    f"{where_id} nilai target: {value} tidak boleh negatif",
                )
            )
        return found


def target_problems(targets: list[TargetData]) -> list[Problem]:
    """Every problem of a list of targets, including one indicator given two units or one year twice."""
    found: list[Problem] = []
    units: dict[str, str] = {}
    years: set[tuple[str, int]] = set()
    for number, target in enumerate(targets, start=1):
        found += target.problems(number)
        key = (target.name or "").strip().casefold()
        unit = (target.unit or "").strip()
        if not key or not unit:
            continue
        if key in units and units[key] != unit:
            found.append(
                Problem(
                    f"target {number} unit",
                    f"'{unit}' differs from the unit '{units[key]}' given for '{target.name.strip()}' before",
                    f"target {number} satuan: '{unit}' berbeda dari satuan '{units[key]}' untuk "
                    f"'{target.name.strip()}' sebelumnya",
                )
            )
        units.setdefault(key, unit)
        if isinstance(target.year, int) and (key, target.year) in years:
            found.append(
                Problem(
                    f"target {number} year",
                    f"'{target.name.strip()}' already has a target for {target.year}",
                    f"target {number} tahun: '{target.name.strip()}' sudah punya target untuk {target.year}",
                )
            )
        if isinstance(target.year, int):
            years.add((key, target.year))
    return found


def unit_problem(number: int, name: str, unit: str | None, target_unit: str) -> Problem | None:
    """An activity's value for indicator ``name`` given in ``unit`` while its target is in ``target_unit``."""
    given = (unit or "").strip()
    if given == target_unit or not given:
        return None
    return Problem(
        f"indicator {number} unit",
        f"'{given}' is not the unit of the target of '{name}' ('{target_unit}'); give the value in {target_unit}",
        f"indikator {number} satuan: '{given}' bukan satuan target '{name}' ('{target_unit}'); "
        f"isi nilainya dalam {target_unit}",
    )


# --- yearly evaluation -----------------------------------------------------------------------------------------


@dataclass
class CriterionScore:
    score: object  # 1-5, checked
    reason: str | None


@dataclass
class EvaluationData:
    """The yearly evaluation (monev) of one agreement: the four criteria of Law 23/2014 Art. 363 scored 1-5 with
    a reason, a recommendation, who evaluated and when."""

    agreement_id: int
    year: int | None
    scores: dict[Criterion, CriterionScore] = field(default_factory=dict)
    recommendation: Recommendation | str | None = None
    evaluator: str | None = None
    evaluated_on: date | None = None
    note: str | None = None

    def problems(self, today: date) -> list[Problem]:
        found: list[Problem] = []
        if self.year is None or not isinstance(self.year, int) or not FIRST_YEAR <= self.year <= LAST_YEAR:
            found.append(
                Problem(
                    "year",
                    f"'{self.year}' is not a year between {FIRST_YEAR} and {LAST_YEAR}",
                    f"tahun: '{self.year}' bukan tahun antara {FIRST_YEAR} dan {LAST_YEAR}",
                )
            )
        elif self.year > today.year:
            found.append(
                Problem(
                    "year",
                    f"{self.year} is in the future; a year is evaluated once it has run",
                    f"tahun: {self.year} belum terjadi; tahun dievaluasi setelah berjalan",
                )
            )
        for criterion in Criterion:
            label_en, label_id = CRITERION_LABELS[criterion]
            given = self.scores.get(criterion)
            score = given.score if given is not None else None
            if score is None or score == "":
                found.append(Problem(f"{label_en} score", "is required", f"skor {label_id}: wajib diisi"))
            elif isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                found.append(
                    Problem(
                        f"{label_en} score",
                        f"'{score}' must be a whole number from 1 to 5",
                        f"skor {label_id}: '{score}' harus bilangan bulat 1 sampai 5",
                    )
                )
            reason = (given.reason or "").strip() if given is not None else ""
            if not reason:
                found.append(
                    Problem(
                        f"{label_en} reason",
                        "is required: say why the score was given",
                        f"alasan {label_id}: wajib diisi, jelaskan alasan skor",
                    )
                )
        if self.recommendation in (None, ""):
            found.append(Problem("recommendation", "is required", "rekomendasi: wajib diisi"))
        else:
            try:
                Recommendation(self.recommendation)
            except ValueError:
                allowed = ", ".join(r.value for r in Recommendation)
                found.append(
                    Problem(
                        "recommendation",
                        f"'{self.recommendation}' is not one of: {allowed}",
                        f"rekomendasi: '{self.recommendation}' bukan salah satu dari: {allowed}",
                    )
                )
        if not (self.evaluator or "").strip():
            found.append(Problem("evaluated by", "is required", "dievaluasi oleh: wajib diisi"))
        if self.evaluated_on is None:
            found.append(Problem("evaluated on", "is required", "tanggal evaluasi: wajib diisi"))
        elif self.evaluated_on > today:
            found.append(
                Problem(
                    "evaluated on",
                    f"{clerk_date(self.evaluated_on, 'en')} is in the future",
                    f"tanggal evaluasi: {clerk_date(self.evaluated_on, 'id')} belum terjadi",
                )
            )
        elif isinstance(self.year, int) and self.evaluated_on.year < self.year:
            found.append(
                Problem(
                    "evaluated on",
                    f"{clerk_date(self.evaluated_on, 'en')} is before the year evaluated ({self.year}) began",
                    f"tanggal evaluasi: {clerk_date(self.evaluated_on, 'id')} sebelum tahun yang dievaluasi "
                    f"({self.year})",
                )
            )
        return found


def mean_score(scores: dict[Criterion, int]) -> Decimal | None:
    """The mean of the four scores, one decimal, half up."""
    if not scores:
        return None
    total = Decimal(sum(scores.values()))
    return (total / len(scores)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


__all__ = [
    "ACTION_LABELS",
    "CRITERION_LABELS",
    "ActionChoice",
    "CriterionScore",
    "DormantAction",
    "EvaluationData",
    "ImpactStatus",
    "IndicatorResult",
    "Recommendation",
    "StatusRules",
    "TargetData",
    "action_label",
    "as_number",
    "dormant_actions",
    "impact_status",
    "mean_score",
    "overall_achievement",
    "percent",
    "recommendation_label",
    "recommended_action",
    "status_label",
    "target_problems",
    "unit_problem",
]
