"""The named indicators of an agreement's action plan, as the activities see them: an activity's value is linked
to the named indicator of the same name (compared without case) and must be in its target's unit (issue 16).
The plan itself is edited in services.impact.targets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.errors import Problem
from secretariat.domain.impact import unit_problem
from secretariat.storage.models import ImpactIndicator


def _key(name: str) -> str:
    return name.strip().casefold()


def indicator_value_problems(
    session: Session, agreement_id: int, values: list[tuple[str, str | None]]
) -> list[Problem]:
    """For an activity being saved: a value given in another unit than its named indicator's target."""
    if agreement_id is None:
        return []
    named = {
        _key(name): (name, unit)
        for name, unit in session.execute(
            select(ImpactIndicator.name, ImpactIndicator.unit).where(ImpactIndicator.agreement_id == agreement_id)
        )
    }
    found: list[Problem] = []
    for number, (name, unit) in enumerate(values, start=1):
        match = named.get(_key(name or ""))
        if match is not None and match[1]:
            problem = unit_problem(number, match[0], unit, match[1])
            if problem is not None:
                found.append(problem)
    return found


def named_indicator_ids(session: Session, agreement_id: int) -> dict[str, int]:
    """The agreement's named indicators by their name compared without case."""
    return {
        _key(name): indicator_id
        for indicator_id, name in session.execute(
            select(ImpactIndicator.id, ImpactIndicator.name).where(ImpactIndicator.agreement_id == agreement_id)
        )
    }
