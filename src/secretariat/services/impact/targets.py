"""An agreement's action plan: named indicators with a target per year, and the link of activities' values to
them (free-text indicators of activities are matched by name)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual, EditConflict
from secretariat.domain.errors import ValidationError
from secretariat.domain.field_labels import FieldLabel
from secretariat.domain.impact import TargetData, as_number, target_problems
from secretariat.services.agreements.plan_indicators import indicator_value_problems, named_indicator_ids
from secretariat.services.common import fetch
from secretariat.services.conflicts import conflicting_changes
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import Activity, Agreement, ImpactIndicator, Indicator, IndicatorTarget


@dataclass(frozen=True)
class TargetView:
    indicator_id: int
    name: str
    unit: str
    year: int
    target: Decimal


@dataclass(frozen=True)
class LinkResult:
    """What :func:`link_activity_values` did: values linked, and values left out because of their unit."""

    linked: int
    other_unit: tuple[tuple[str, str | None, str], ...]  # (indicator name, the value's unit, the target's unit)


def _key(name: str) -> str:
    return name.strip().casefold()


__all__ = [
    "LinkResult",
    "TargetView",
    "indicator_value_problems",
    "link_activity_values",
    "list_targets",
    "named_indicator_ids",
    "set_targets",
]


def _target_rows(session: Session, agreement_id: int) -> list[tuple[int, str, str, int, Decimal]]:
    rows = session.execute(
        select(
            ImpactIndicator.id,
            ImpactIndicator.name,
            ImpactIndicator.unit,
            IndicatorTarget.year,
            IndicatorTarget.target,
        )
        .join(IndicatorTarget, IndicatorTarget.impact_indicator_id == ImpactIndicator.id)
        .where(ImpactIndicator.agreement_id == agreement_id)
        .order_by(ImpactIndicator.position, ImpactIndicator.id, IndicatorTarget.year)
    ).all()
    return list(rows)


def list_targets(ctx: ServiceContext, agreement_id: int) -> tuple[TargetView, ...]:
    """Every target of the agreement, by indicator (in plan order) then year."""
    with reading(ctx) as session:
        fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        return tuple(TargetView(*row) for row in _target_rows(session, agreement_id))


def _plan(rows: Iterable[tuple[object, object, object, object]]) -> tuple[tuple[str, str, int, str], ...]:
    """An action plan as one comparable value: (name, unit, year, target) sorted."""
    return tuple(
        sorted(
            (_key(str(name)), str(unit).strip(), int(year), _number_text(target))  # type: ignore[call-overload]  # rows from the database and from the form: year is an int in both
            for name, unit, year, target in rows
        )
    )


def _number_text(value: object) -> str:
    number = as_number(value)
    return "" if number is None else format(number.normalize(), "f")


def _plan_shown(plan: object) -> Bilingual:
    rows = plan if isinstance(plan, tuple) else ()
    text = "; ".join(f"{name} {year}: {target} {unit}".strip() for name, unit, year, target in rows) or "-"
    return Bilingual(text[:200], text[:200])


def set_targets(
    ctx: ServiceContext,
    agreement_id: int,
    targets: list[TargetData],
    *,
    loaded: tuple[TargetView, ...] | None = None,
) -> None:
    """Replace the agreement's action plan with ``targets``.

    An indicator keeps its identity (and the activity values linked to it) when its name stays; an indicator no
    longer named loses its targets and its values become free text again. Values of activities recorded before
    are linked by name afterwards (:func:`link_activity_values`).
    """
    problems = target_problems(targets)
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        if loaded is not None:
            current_rows = _target_rows(session, agreement_id)
            base = _plan((t.name, t.unit, t.year, t.target) for t in loaded)
            theirs = _plan(row[1:] for row in current_rows)
            mine = _plan((t.name, t.unit, t.year, t.target) for t in targets)
            changes = conflicting_changes(
                "impact_indicator",
                {"plan": (base, theirs, mine)},
                shows={"plan": _plan_shown},
                labels={"plan": FieldLabel("Rencana aksi (target indikator)", "Action plan (indicator targets)")},
            )
            if changes:
                name = agreement.number or agreement.title_en
                raise EditConflict(
                    Bilingual(f"the action plan of {name}", f"rencana aksi {agreement.number or agreement.title_id}"),
                    changes,
                    current=tuple(TargetView(*row) for row in current_rows),
                )
        existing = {
            _key(row.name): row
            for row in session.scalars(select(ImpactIndicator).where(ImpactIndicator.agreement_id == agreement_id))
        }
        wanted: dict[str, ImpactIndicator] = {}
        for target in targets:
            key = _key(target.name)
            indicator = wanted.get(key)
            if indicator is None:
                indicator = existing.get(key)
                if indicator is None:
                    indicator = ImpactIndicator(agreement_id=agreement_id, name=target.name.strip(), unit="")
                    session.add(indicator)
                wanted[key] = indicator
                if indicator.position != len(wanted) - 1:
                    indicator.position = len(wanted) - 1
                if indicator.unit != target.unit.strip():
                    indicator.unit = target.unit.strip()
                if indicator.name != target.name.strip():
                    indicator.name = target.name.strip()
        session.flush()
        for key, indicator in existing.items():
            if key not in wanted:
                _unlink(session, [indicator.id])
                session.delete(indicator)
        for key, indicator in wanted.items():
            years = {t.year: as_number(t.target) for t in targets if _key(t.name) == key}
            for row in list(indicator.targets):
                if row.year not in years:
                    indicator.targets.remove(row)
                    session.delete(row)
                elif row.target != years[row.year]:
                    row.target = years.pop(row.year)  # type: ignore[assignment]  # the targets passed target_problems: every one is a number
                else:
                    years.pop(row.year)
            for year, value in sorted(years.items()):
                assert year is not None and value is not None
                indicator.targets.append(IndicatorTarget(year=year, target=value))
        session.flush()
        _link(session, agreement_id)


def _unlink(session: Session, indicator_ids: list[int]) -> None:
    for value in session.scalars(select(Indicator).where(Indicator.impact_indicator_id.in_(indicator_ids))):
        value.impact_indicator_id = None


def _link(session: Session, agreement_id: int) -> LinkResult:
    named = {
        _key(row.name): row
        for row in session.scalars(select(ImpactIndicator).where(ImpactIndicator.agreement_id == agreement_id))
    }
    linked = 0
    other: list[tuple[str, str | None, str]] = []
    values = session.scalars(
        select(Indicator)
        .join(Activity, Activity.id == Indicator.activity_id)
        .where(Activity.agreement_id == agreement_id)
    ).all()
    for value in values:
        target = named.get(_key(value.name))
        wanted = None
        if target is not None:
            if (value.unit or "").strip() in ("", target.unit):
                wanted = target.id
            else:
                other.append((value.name, value.unit, target.unit))
        if value.impact_indicator_id != wanted:
            value.impact_indicator_id = wanted
            if wanted is not None:
                linked += 1
    return LinkResult(linked, tuple(other))


def link_activity_values(ctx: ServiceContext, agreement_id: int) -> LinkResult:
    """Link the agreement's activity values to the named indicators of its plan by name (the import path for
    free-text indicators recorded before the plan existed); a value in another unit stays unlinked."""
    with writing(ctx) as session:
        fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        return _link(session, agreement_id)
