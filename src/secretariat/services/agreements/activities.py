"""What an agreement produced: activities (visits, meetings, exchanges, ...) and their indicators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.errors import Problem
from secretariat.domain.records import ActivityData, IndicatorData
from secretariat.services.agreements.plan_indicators import indicator_value_problems, named_indicator_ids
from secretariat.services.common import copy_fields, fetch, validate
from secretariat.services.conflicts import check_version, fetch_current, record_values, show_value, touch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import Activity, Agreement, BudgetLine, Delegation, Indicator

ACTIVITY_FIELDS = ("agreement_id", "occurred_on", "kind", "title", "description", "delegation_id", "budget_line_id")


@dataclass(frozen=True)
class IndicatorView:
    id: int
    name: str
    value: Decimal
    unit: str | None


@dataclass(frozen=True)
class ActivityView:
    id: int
    gid: str
    agreement_id: int
    occurred_on: date
    kind: str
    title: str
    description: str | None
    delegation_id: int | None
    delegation_code: str | None
    budget_line_id: int | None
    budget_account_code: str | None
    indicators: tuple[IndicatorView, ...]
    row_version: int = 0  # the version loaded; hand the view back to update_activity(loaded=...)

    def to_data(self) -> ActivityData:
        return ActivityData(
            agreement_id=self.agreement_id,
            occurred_on=self.occurred_on,
            kind=self.kind,
            title=self.title,
            description=self.description,
            delegation_id=self.delegation_id,
            budget_line_id=self.budget_line_id,
            indicators=[IndicatorData(name=i.name, value=i.value, unit=i.unit) for i in self.indicators],
        )


def _view(session: Session, activity: Activity) -> ActivityView:
    delegation = session.get(Delegation, activity.delegation_id) if activity.delegation_id else None
    line = session.get(BudgetLine, activity.budget_line_id) if activity.budget_line_id else None
    return ActivityView(
        id=activity.id,
        gid=activity.gid,
        agreement_id=activity.agreement_id,
        occurred_on=activity.occurred_on,
        kind=activity.kind,
        title=activity.title,
        description=activity.description,
        delegation_id=activity.delegation_id,
        delegation_code=delegation.code if delegation else None,
        budget_line_id=activity.budget_line_id,
        budget_account_code=line.account_code if line else None,
        indicators=tuple(IndicatorView(id=i.id, name=i.name, value=i.value, unit=i.unit) for i in activity.indicators),
        row_version=activity.row_version,
    )


def _as_decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def activity_problems(session: Session, data: ActivityData) -> list[Problem]:
    problems: list[Problem] = []
    if data.agreement_id is None or session.get(Agreement, data.agreement_id) is None:
        problems.append(
            Problem(
                "agreement", f"there is no agreement {data.agreement_id}", f"tidak ada perjanjian {data.agreement_id}"
            )
        )
    if data.title and len(data.title.strip()) > 300:
        problems.append(
            Problem(
                "title",
                f"is too long ({len(data.title.strip())} characters, at most 300)",
                f"terlalu panjang ({len(data.title.strip())} karakter, paling banyak 300)",
            )
        )
    for number, indicator in enumerate(data.indicators, start=1):
        if _as_decimal(indicator.value) is None:
            problems.append(
                Problem(
                    f"indicator {number} value",
                    f"'{indicator.value}' is not a number",
                    f"'{indicator.value}' bukan angka",
                )
            )
        if indicator.name and len(indicator.name.strip()) > 200:
            problems.append(
                Problem(
                    f"indicator {number} name",
                    "is too long (at most 200 characters)",
                    "terlalu panjang (paling banyak 200 karakter)",
                )
            )
        if indicator.unit and len(indicator.unit.strip()) > 40:
            problems.append(
                Problem(
                    f"indicator {number} unit",
                    "is too long (at most 40 characters)",
                    "terlalu panjang (paling banyak 40 karakter)",
                )
            )
    if data.delegation_id is not None:
        delegation = session.get(Delegation, data.delegation_id)
        if delegation is None:
            problems.append(
                Problem(
                    "delegation",
                    f"there is no delegation {data.delegation_id}",
                    f"tidak ada delegasi {data.delegation_id}",
                )
            )
        elif delegation.agreement_id is not None and delegation.agreement_id != data.agreement_id:
            problems.append(
                Problem(
                    "delegation",
                    f"delegation {delegation.code} belongs to another agreement",
                    f"delegasi {delegation.code} terkait dengan perjanjian lain",
                )
            )
    if data.budget_line_id is not None:
        line = session.get(BudgetLine, data.budget_line_id)
        if line is None:
            problems.append(
                Problem(
                    "budget_line",
                    f"there is no budget line {data.budget_line_id}",
                    f"tidak ada baris anggaran {data.budget_line_id}",
                )
            )
        elif line.agreement_id is not None and line.agreement_id != data.agreement_id:
            problems.append(
                Problem(
                    "budget_line",
                    f"budget line {line.account_code} ({line.fiscal_year}) belongs to another agreement",
                    f"baris anggaran {line.account_code} ({line.fiscal_year}) terkait dengan perjanjian lain",
                )
            )
    # a value of a named indicator of the action plan must be in its target's unit (issue 16)
    problems += indicator_value_problems(session, data.agreement_id, [(i.name, i.unit) for i in data.indicators])
    return problems


def set_indicators(session: Session, activity: Activity, indicators: list[IndicatorData]) -> None:
    """Update rows in place, position by position, so the audit shows what really changed."""
    rows = list(activity.indicators)
    named = named_indicator_ids(session, activity.agreement_id) if activity.agreement_id is not None else {}
    for index, item in enumerate(indicators):
        name = item.name.strip()
        value = _as_decimal(item.value)
        unit = (item.unit or "").strip() or None
        linked = named.get(name.casefold())
        if index < len(rows):
            row = rows[index]
            if row.name != name:
                row.name = name
            if row.value != value:
                row.value = value  # type: ignore[assignment]  # no check requires an indicator value yet: None fails at the NOT NULL column, as for a new row
            if row.unit != unit:
                row.unit = unit
            if row.impact_indicator_id != linked:
                row.impact_indicator_id = linked
        else:
            activity.indicators.append(Indicator(name=name, value=value, unit=unit, impact_indicator_id=linked))
    for row in rows[len(indicators) :]:
        activity.indicators.remove(row)
        session.delete(row)  # explicitly, so the auditor sees it (orphans are found only during the flush)


def add_activity(ctx: ServiceContext, data: ActivityData) -> int:
    with writing(ctx) as session:
        validate(data, extra=activity_problems(session, data))
        activity = Activity()
        copy_fields(activity, data, ACTIVITY_FIELDS)
        session.add(activity)
        set_indicators(session, activity, data.indicators)
        session.flush()
        return activity.id


def _indicators_plain(indicators: Any) -> tuple[tuple[Any, ...], ...]:
    return tuple((i.name.strip(), _as_decimal(i.value), (i.unit or "").strip() or None) for i in indicators or ())


def update_activity(
    ctx: ServiceContext, activity_id: int, data: ActivityData, *, loaded: ActivityView | None = None
) -> None:
    """Save an activity with its indicators. ``loaded``: the view the editor showed; the fields another
    person changed since are refused when they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        if loaded is None:
            activity = fetch(session, Activity, activity_id, "activity", "kegiatan")
        else:
            activity = fetch_current(session, Activity, activity_id, "activity", "kegiatan")
            current = _view(session, activity)
            check_version(
                session,
                activity,
                loaded.row_version,
                record=Bilingual(f"the activity {activity.title}", f"kegiatan {activity.title}"),
                values=lambda: {
                    **record_values(loaded.to_data(), current.to_data(), data, skip=("indicators",)),
                    "indicators": (
                        _indicators_plain(loaded.indicators),
                        _indicators_plain(current.indicators),
                        _indicators_plain(data.indicators),
                    ),
                },
                current=lambda: current,
                shows={"indicators": _indicators_shown_plain},
            )
        validate(data, extra=activity_problems(session, data))
        copy_fields(activity, data, ACTIVITY_FIELDS)
        before = _indicators_plain(activity.indicators)
        set_indicators(session, activity, data.indicators)
        if _indicators_plain(activity.indicators) != before:
            touch(activity)  # the indicators belong to the activity: its version goes up


def _indicators_shown_plain(values: Any) -> Bilingual:
    return show_value([f"{name} = {value} {unit or ''}".strip() for name, value, unit in values or ()])


def delete_activity(ctx: ServiceContext, activity_id: int) -> None:
    """Delete an activity with its indicators (nothing else depends on an activity)."""
    with writing(ctx) as session:
        session.delete(fetch(session, Activity, activity_id, "activity", "kegiatan"))


def get_activity(ctx: ServiceContext, activity_id: int) -> ActivityView:
    with reading(ctx) as session:
        return _view(session, fetch(session, Activity, activity_id, "activity", "kegiatan"))


def list_activities(ctx: ServiceContext, agreement_id: int) -> tuple[ActivityView, ...]:
    """An agreement's activities, oldest first."""
    with reading(ctx) as session:
        fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        rows = session.scalars(
            select(Activity).where(Activity.agreement_id == agreement_id).order_by(Activity.occurred_on, Activity.id)
        ).all()
        return tuple(_view(session, row) for row in rows)
