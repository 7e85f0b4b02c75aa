"""The safeguards kept in the database: how many automatic backups are kept, the largest import.

Shared by every workstation (one row, ``storage.models.SafetySetting``); without the row the
defaults apply. Only an administrator or the head changes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from secretariat.domain.backup_rotation import Rotation
from secretariat.domain.errors import Problem, ValidationError
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import require_reference_editor
from secretariat.storage.engine import Database
from secretariat.storage.models.safety import (
    DEFAULT_IMPORT_MAX_ROWS,
    DEFAULT_KEEP_DAILY,
    DEFAULT_KEEP_MONTHLY,
    DEFAULT_KEEP_WEEKLY,
    SafetySetting,
)

__all__ = ["IMPORT_ROWS_RANGE", "KEEP_RANGE", "SafetySettings", "load_settings", "save_settings", "settings_of"]

KEEP_RANGE = (0, 365)
IMPORT_ROWS_RANGE = (1, 1_048_575)  # a sheet of Excel holds 1,048,576 rows, the header included


@dataclass(frozen=True)
class SafetySettings:
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY
    keep_monthly: int = DEFAULT_KEEP_MONTHLY
    import_max_rows: int = DEFAULT_IMPORT_MAX_ROWS

    @property
    def rotation(self) -> Rotation:
        return Rotation(daily=self.keep_daily, weekly=self.keep_weekly, monthly=self.keep_monthly)


def settings_of(database: Database) -> SafetySettings:
    """The database's safeguards; the defaults when it has none or they cannot be read (an older schema
    before its upgrade, a damaged file)."""
    try:
        with database.sessions() as session:
            row = session.scalar(select(SafetySetting).order_by(SafetySetting.id).limit(1))
            if row is None:
                return SafetySettings()
            return SafetySettings(row.keep_daily, row.keep_weekly, row.keep_monthly, row.import_max_rows)
    except SQLAlchemyError:
        return SafetySettings()


def load_settings(ctx: ServiceContext) -> SafetySettings:
    with reading(ctx) as session:
        row = session.scalar(select(SafetySetting).order_by(SafetySetting.id).limit(1))
        if row is None:
            return SafetySettings()
        return SafetySettings(row.keep_daily, row.keep_weekly, row.keep_monthly, row.import_max_rows)


def _check(settings: SafetySettings) -> None:
    problems = []
    labels = {
        "keep_daily": ("daily backups kept", "cadangan harian yang disimpan"),
        "keep_weekly": ("weekly backups kept", "cadangan mingguan yang disimpan"),
        "keep_monthly": ("monthly backups kept", "cadangan bulanan yang disimpan"),
    }
    low, high = KEEP_RANGE
    for name, (label_en, label_id) in labels.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            problems.append(
                Problem(
                    name,
                    f"{label_en}: give a number from {low} to {high}",
                    f"{label_id}: isi angka {low} sampai {high}",
                )
            )
    low, high = IMPORT_ROWS_RANGE
    if not low <= settings.import_max_rows <= high:
        problems.append(
            Problem(
                "import_max_rows",
                f"largest import: give a number of rows from {low:,} to {high:,}",
                f"impor terbesar: isi jumlah baris {low:,} sampai {high:,}".replace(",", "."),
            )
        )
    if problems:
        raise ValidationError(problems)


def save_settings(ctx: ServiceContext, settings: SafetySettings) -> SafetySettings:
    """Store the safeguards (an administrator or the head only)."""
    _check(settings)
    with writing(ctx) as session:
        require_reference_editor(
            session, ctx, "change the backup and import safeguards", "mengubah pengaturan cadangan dan impor"
        )
        row = session.scalar(select(SafetySetting).order_by(SafetySetting.id).limit(1))
        if row is None:
            row = SafetySetting()
            session.add(row)
        row.keep_daily = settings.keep_daily
        row.keep_weekly = settings.keep_weekly
        row.keep_monthly = settings.keep_monthly
        row.import_max_rows = settings.import_max_rows
        row.updated_by = ctx.actor.login
    return settings
