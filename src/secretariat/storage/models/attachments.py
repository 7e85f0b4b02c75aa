"""Documents attached to records, stored as copies inside the program's data folder."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.storage.models.base import Base, RecordMixin


class Attachment(RecordMixin, Base):
    __tablename__ = "attachment"

    owner_type: Mapped[str] = mapped_column(String(40), index=True)  # e.g. "agreement", "delegation"
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_name: Mapped[str] = mapped_column(String(120))  # relative to the attachments folder
    version: Mapped[int | None] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
