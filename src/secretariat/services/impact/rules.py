"""The office's rules for alive / weak / dormant, kept in the database so every workstation and the
command line use the same ones."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual, EditConflict
from secretariat.domain.errors import ValidationError
from secretariat.domain.field_labels import FieldLabel
from secretariat.domain.impact import StatusRules
from secretariat.services.conflicts import conflicting_changes, last_writer
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


_LABELS = {
    "alive_quiet_days": FieldLabel("Hidup: hari tanpa kegiatan paling lama", "Alive: most days without a sign of life"),
    "dormant_quiet_days": FieldLabel("Tidak aktif setelah hari tanpa kegiatan", "Dormant after days without a sign"),
    "alive_min_movements": FieldLabel("Hidup: kegiatan paling sedikit", "Alive: fewest activities"),
    "alive_min_achievement_percent": FieldLabel("Hidup: capaian paling rendah (%)", "Alive: lowest achievement (%)"),
}


def set_status_rules(ctx: ServiceContext, rules: StatusRules, *, loaded: StatusRules | None = None) -> None:
    """Save the office's rules. ``loaded``: the rules the dialog showed; a rule another person changed since
    that differs from what is saved now is refused (EditConflict, naming it), nothing saved."""
    problems = rules.problems()
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        if loaded is not None:
            current = load_status_rules(session)
            changes = conflicting_changes(
                "impact_rules",
                {name: (getattr(loaded, name), getattr(current, name), getattr(rules, name)) for name in _FIELDS},
                labels=_LABELS,
            )
            if changes:
                by, at = last_writer(session, "impact_rules", 1)
                raise EditConflict(
                    Bilingual("the rules of alive, weak and dormant", "aturan hidup, lemah dan tidak aktif"),
                    changes,
                    current=current,
                    by=by,
                    at=at,
                )
        row = session.get(ImpactRules, 1)
        if row is None:
            row = ImpactRules(id=1)
            session.add(row)
        for name in _FIELDS:
            if getattr(row, name, None) != getattr(rules, name):
                setattr(row, name, getattr(rules, name))
