"""Office-wide safeguards: how many automatic backups are kept, and the largest workbook an import takes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.storage.models.base import Base
from secretariat.storage.types import UTCDateTime, utcnow

DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
DEFAULT_KEEP_MONTHLY = 12
DEFAULT_IMPORT_MAX_ROWS = 200_000


class SafetySetting(Base):
    """The single row of the safeguards (absent until someone changes them: the defaults apply)."""

    __tablename__ = "safety_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    keep_daily: Mapped[int] = mapped_column(Integer, default=DEFAULT_KEEP_DAILY)
    keep_weekly: Mapped[int] = mapped_column(Integer, default=DEFAULT_KEEP_WEEKLY)
    keep_monthly: Mapped[int] = mapped_column(Integer, default=DEFAULT_KEEP_MONTHLY)
    import_max_rows: Mapped[int] = mapped_column(Integer, default=DEFAULT_IMPORT_MAX_ROWS)
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
