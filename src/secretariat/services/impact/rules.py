"""The office's rules for alive / weak / dormant, kept in the database so every workstation and the
command line use the same ones."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secretariat.domain.errors import ValidationError
from secretariat.domain.impact import StatusRules
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import ImpactRules

_FIELDS = ("alive_quiet_days", "dormant_quiet_days", "alive_min_movements", "alive_min_achievement_percent")


def load_status_rules(session: Session) -> StatusRules:
    row = session.get(ImpactRules, 1)
    if row is None:
        return StatusRules()
    return StatusRules(**{name: int(getattr(row, name)) for name in _FIELDS})


def get_status_rules(ctx: ServiceContext) -> StatusRules:
    with reading(ctx) as session:
        return load_status_rules(session)


def set_status_rules(ctx: ServiceContext, rules: StatusRules) -> None:
    problems = rules.problems()
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        row = session.get(ImpactRules, 1)
        if row is None:
            row = ImpactRules(id=1)
            session.add(row)
        for name in _FIELDS:
            if getattr(row, name, None) != getattr(rules, name):
                setattr(row, name, getattr(rules, name))
