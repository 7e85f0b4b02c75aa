"""The yearly evaluation (monev) of each agreement in force, and the agreements whose evaluation of the past
year is missing (a dashboard reminder)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import Criterion
from secretariat.domain.errors import ValidationError
from secretariat.domain.impact import CriterionScore, EvaluationData, Recommendation, mean_score
from secretariat.services.common import fetch
from secretariat.services.conflicts import check_version
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.impact.scorecard import AgreementFacts, agreement_facts_where
from secretariat.storage.models import Agreement, Evaluation, Stage

_COLUMNS = {
    Criterion.EFFICIENCY: "efficiency",
    Criterion.EFFECTIVENESS: "effectiveness",
    Criterion.SYNERGY: "synergy",
    Criterion.MUTUAL_BENEFIT: "mutual_benefit",
}


@dataclass(frozen=True)
class EvaluationView:
    id: int
    agreement_id: int
    year: int
    scores: dict[Criterion, int]
    reasons: dict[Criterion, str]
    recommendation: Recommendation
    evaluator: str
    evaluated_on: date
    note: str | None
    row_version: int = 0  # the version loaded; hand the view back to save_evaluation(loaded=...)

    @property
    def mean(self) -> Decimal | None:
        return mean_score(self.scores)

    def to_data(self) -> EvaluationData:
        return EvaluationData(
            agreement_id=self.agreement_id,
            year=self.year,
            scores={c: CriterionScore(self.scores[c], self.reasons[c]) for c in Criterion},
            recommendation=self.recommendation,
            evaluator=self.evaluator,
            evaluated_on=self.evaluated_on,
            note=self.note,
        )


def _view(row: Evaluation) -> EvaluationView:
    return EvaluationView(
        id=row.id,
        agreement_id=row.agreement_id,
        year=row.year,
        scores={c: int(getattr(row, f"{name}_score")) for c, name in _COLUMNS.items()},
        reasons={c: str(getattr(row, f"{name}_reason")) for c, name in _COLUMNS.items()},
        recommendation=row.recommendation,
        evaluator=row.evaluator,
        evaluated_on=row.evaluated_on,
        note=row.note,
        row_version=row.row_version or 0,
    )


def _flat(data: EvaluationData) -> dict[str, object]:
    values: dict[str, object] = {
        "recommendation": Recommendation(data.recommendation).value if data.recommendation else None,
        "evaluator": (data.evaluator or "").strip(),
        "evaluated_on": data.evaluated_on,
        "note": (data.note or "").strip() or None,
    }
    for criterion, name in _COLUMNS.items():
        score = data.scores.get(criterion)
        values[f"{name}_score"] = score.score if score is not None else None
        values[f"{name}_reason"] = ((score.reason if score is not None else "") or "").strip()
    return values


def save_evaluation(
    ctx: ServiceContext,
    data: EvaluationData,
    *,
    today: date | None = None,
    loaded: EvaluationView | None = None,
) -> int:
    """Record (or correct) an agreement's evaluation of one year; returns its id.

    ``loaded``: the evaluation the dialog showed; what another person changed in it since that differs from
    what is saved now is refused (EditConflict, naming the fields), nothing saved."""
    today = today or date.today()
    problems = data.problems(today)
    if problems:
        raise ValidationError(problems)
    assert data.year is not None and data.evaluated_on is not None and data.recommendation is not None
    with writing(ctx) as session:
        fetch(session, Agreement, data.agreement_id, "agreement", "perjanjian")
        row = session.scalar(
            select(Evaluation).where(Evaluation.agreement_id == data.agreement_id, Evaluation.year == data.year)
        )
        if row is not None and loaded is not None:
            before, stored, mine = _flat(loaded.to_data()), _flat(_view(row).to_data()), _flat(data)
            check_version(
                session,
                row,
                loaded.row_version,
                record=Bilingual(f"the evaluation of {data.year}", f"evaluasi tahun {data.year}"),
                values=lambda: {name: (before[name], stored[name], mine[name]) for name in mine},
                current=partial(_view, row),
            )
        if row is None:
            row = Evaluation(agreement_id=data.agreement_id, year=data.year)
            session.add(row)
        values: dict[str, object] = {
            "recommendation": Recommendation(data.recommendation),
            "evaluator": (data.evaluator or "").strip(),
            "evaluated_on": data.evaluated_on,
            "note": (data.note or "").strip() or None,
        }
        for criterion, name in _COLUMNS.items():
            values[f"{name}_score"] = data.scores[criterion].score
            values[f"{name}_reason"] = (data.scores[criterion].reason or "").strip()
        for name, value in values.items():
            if getattr(row, name, None) != value:
                setattr(row, name, value)
        session.flush()
        return row.id


def get_evaluation(ctx: ServiceContext, agreement_id: int, year: int) -> EvaluationView | None:
    with reading(ctx) as session:
        row = session.scalar(select(Evaluation).where(Evaluation.agreement_id == agreement_id, Evaluation.year == year))
        return _view(row) if row is not None else None


def list_evaluations(ctx: ServiceContext, agreement_id: int) -> tuple[EvaluationView, ...]:
    """The agreement's evaluations, oldest year first (the trend of its scores)."""
    with reading(ctx) as session:
        rows = session.scalars(
            select(Evaluation).where(Evaluation.agreement_id == agreement_id).order_by(Evaluation.year)
        ).all()
        return tuple(_view(row) for row in rows)


def evaluations_of_year(session: Session, year: int, agreement_ids: list[int]) -> dict[int, EvaluationView]:
    found: dict[int, EvaluationView] = {}
    for begin in range(0, len(agreement_ids), 900):
        chunk = agreement_ids[begin : begin + 900]
        for row in session.scalars(
            select(Evaluation).where(Evaluation.year == year, Evaluation.agreement_id.in_(chunk))
        ):
            found[row.agreement_id] = _view(row)
    return found


@dataclass(frozen=True)
class MissingEvaluation:
    agreement: AgreementFacts
    year: int


def missing_evaluations(session: Session, today: date) -> list[MissingEvaluation]:
    """Live agreements, in force during the past year, with no evaluation of it.

    In force (as scorecard.in_force_ids, for an agreement live today): signed or effective by the year's end,
    not expired before its start. SQL keeps the live agreements begun by then, with no evaluation of the year
    and no recorded expiry before it; an expiry computed from the term is checked here."""
    year = today.year - 1
    start, end = date(year, 1, 1), date(year, 12, 31)
    began = func.coalesce(Agreement.effective_on, Agreement.signed_on)
    candidates = agreement_facts_where(
        session,
        Stage.is_live.is_(True),
        began.is_not(None),
        began <= end,
        # not 'IS NULL OR >=': SQLite would then walk the expiry index and fetch the rows one by one
        func.coalesce(Agreement.expires_on, start) >= start,
        Agreement.id.not_in(select(Evaluation.agreement_id).where(Evaluation.year == year)),
    )
    # AgreementFacts.expires_on: the recorded expiry, else the one computed from the term
    facts = {i: f for i, f in candidates.items() if f.expires_on is None or f.expires_on >= start}
    missing = [MissingEvaluation(facts[i], year) for i in sorted(facts)]
    missing.sort(key=lambda m: (m.agreement.number or "\uffff", m.agreement.agreement_id))
    return missing


def list_missing_evaluations(ctx: ServiceContext, today: date | None = None) -> list[MissingEvaluation]:
    with reading(ctx) as session:
        return missing_evaluations(session, today or date.today())
