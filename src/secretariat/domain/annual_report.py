"""The annual cooperation report's contents as plain data (issue 16): what the PDF and the workbook print.

Filled by services.impact.annual_report, drawn by documents.annual_report_pdf and documents.annual_report_xlsx.
Amounts are whole rupiah (int); percentages exact decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from secretariat.domain.enums import Criterion
from secretariat.domain.impact import DormantAction, ImpactStatus, IndicatorResult, Recommendation
from secretariat.domain.visit_documents import Letterhead


@dataclass(frozen=True)
class CountRow:
    """One line of a summary table: a label in both languages and a count."""

    key: str
    label_id: str
    label_en: str
    count: int

    def label(self, language: str = "id") -> str:
        return self.label_id if language == "id" else self.label_en


@dataclass(frozen=True)
class EvaluationFacts:
    year: int
    scores: tuple[tuple[Criterion, int, str], ...]  # criterion, score 1-5, reason
    mean: Decimal | None
    recommendation: Recommendation
    evaluator: str
    evaluated_on: date


@dataclass(frozen=True)
class AgreementSection:
    """One agreement in force during the year: its scorecard, evaluation and recommendation."""

    agreement_id: int
    number: str | None
    title_id: str
    title_en: str
    partners: str
    countries: str
    stage_id: str
    stage_en: str
    expires_on: date | None
    activities: int
    delegations_out: int
    delegations_in: int
    spending_idr: int
    grants_cash_idr: int
    grants_in_kind_idr: int
    indicators: tuple[IndicatorResult, ...]
    achievement: Decimal | None
    last_sign_of_life: date | None
    quiet_days: int
    status: ImpactStatus
    evaluation: EvaluationFacts | None
    recommended_action: DormantAction | None = None
    action_note_id: str | None = None  # the recommended action in a sentence (dormant only)
    action_note_en: str | None = None

    def title(self, language: str = "id") -> str:
        return self.title_id if language == "id" else self.title_en

    @property
    def grants_idr(self) -> int:
        return self.grants_cash_idr + self.grants_in_kind_idr


@dataclass(frozen=True)
class DelegationLine:
    code: str
    outgoing: bool
    purpose: str
    country_id: str
    country_en: str
    start_on: date
    end_on: date
    agreement_number: str | None
    planned_idr: int  # the budget lines of the delegation (spending)
    realised_idr: int  # spent on them (any date)


@dataclass(frozen=True)
class AccountLine:
    """Money of the year on one account code, over every agreement's lines."""

    account_code: str
    account_name: str
    side: str  # BudgetSide value
    total_idr: int
    in_kind_idr: int = 0


@dataclass(frozen=True)
class StatusYear:
    year: int
    alive: int
    weak: int
    dormant: int

    @property
    def total(self) -> int:
        return self.alive + self.weak + self.dormant


@dataclass(frozen=True)
class AnnualReportData:
    year: int
    language: str  # "id" or "en"
    letterhead: Letterhead
    made_on: date
    in_force: int  # agreements in force during the year
    by_kind: tuple[CountRow, ...] = ()
    by_instrument: tuple[CountRow, ...] = ()
    by_stage: tuple[CountRow, ...] = ()  # every recorded agreement by its stage at the report's date
    by_country: tuple[CountRow, ...] = ()
    signed: int = 0
    renewed: int = 0
    expired: int = 0
    ended: int = 0
    partners_by_country: tuple[CountRow, ...] = ()
    partners_by_kind: tuple[CountRow, ...] = ()
    sections: tuple[AgreementSection, ...] = ()
    delegations: tuple[DelegationLine, ...] = ()
    accounts: tuple[AccountLine, ...] = ()
    trend: tuple[StatusYear, ...] = ()
    status_counts: dict[ImpactStatus, int] = field(default_factory=dict)

    @property
    def dormant(self) -> tuple[AgreementSection, ...]:
        return tuple(s for s in self.sections if s.status is ImpactStatus.DORMANT)

    @property
    def is_empty(self) -> bool:
        """Nothing in force, nothing signed, no delegation and no money in the year."""
        return not (self.in_force or self.signed or self.delegations or self.accounts)

    @property
    def spending_idr(self) -> int:
        return sum(s.spending_idr for s in self.sections)

    @property
    def grants_idr(self) -> int:
        return sum(s.grants_idr for s in self.sections)


__all__ = [
    "AccountLine",
    "AgreementSection",
    "AnnualReportData",
    "CountRow",
    "DelegationLine",
    "EvaluationFacts",
    "StatusYear",
]
