"""Documents attached to records, the contents they point to, and the packets made from them.

An ``attachment`` row is one version of one document of a record: the record (``owner_type``,
``owner_id``), its kind, the file's name, size and SHA-256. Versions of the same document share a
``slot``; the newest is ``is_current`` and the older ones are kept. The contents themselves are
stored once per SHA-256 in the database's own document store (:mod:`secretariat.storage.document_store`):
a folder beside a SQLite file, or ``document_content`` and ``document_chunk`` in a PostgreSQL database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from secretariat.domain.enums import DocumentKind, PaperSize
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models.base import Base, RecordMixin
from secretariat.storage.types import UTCDateTime, utcnow


class Attachment(RecordMixin, Base):
    __tablename__ = "attachment"

    owner_type: Mapped[str] = mapped_column(String(40), index=True)  # e.g. "agreement", "delegation"
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[DocumentKind] = mapped_column(EnumText(DocumentKind, 30))
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_name: Mapped[str] = mapped_column(String(120))  # relative to a folder store: "ab/abcdef..."
    version: Mapped[int | None] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
    # The document this row is a version of (the gid of its first version) and whether it is the newest.
    slot: Mapped[str] = mapped_column(String(36), index=True, default="")
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class DocumentContent(Base):
    """One stored content in a database that keeps its documents itself (PostgreSQL)."""

    __tablename__ = "document_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    chunk_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DocumentChunk(Base):
    """A piece (at most one chunk size) of a stored content, in order."""

    __tablename__ = "document_chunk"

    sha256: Mapped[str] = mapped_column(ForeignKey("document_content.sha256", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Packet(RecordMixin, Base):
    """A signed-agreement packet made: its parts' hash, the PDF kept in the archive, the covering letter."""

    __tablename__ = "packet"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str | None] = mapped_column(String(40))  # a recipient code; None: no covering letter
    paper: Mapped[PaperSize] = mapped_column(EnumText(PaperSize, 4))
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)  # over the parts, in order
    sha256: Mapped[str] = mapped_column(String(64))  # of the PDF
    page_count: Mapped[int] = mapped_column(Integer)
    incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"), index=True)
    letter_number: Mapped[str | None] = mapped_column(String(80))
    letter_date: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(80))
