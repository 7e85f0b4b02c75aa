"""Declarative base with a naming convention (needed for Alembic batch mode on SQLite)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from secretariat.storage.types import UTCDateTime, new_gid, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class VersionNumber(TypeDecorator[int]):
    """A record's version: an integer; a bulk insert that names the column without a value starts at 1."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: Dialect) -> int:
        return 1 if value is None else value


class VersionMixin:
    """A record a clerk edits: its version, raised by one on every saved change (schema 0008).

    SQLAlchemy's version counter: every UPDATE says ``WHERE row_version = <the version read>``, so a
    write based on an older version changes nothing and fails (``StaleDataError``) instead of silently
    overwriting what another workstation saved. Editors keep the version they loaded and the services
    compare it before saving (:mod:`secretariat.services.conflicts`). A change of a collection that
    belongs to the record (its sectors, its due-diligence answers) raises the version too.
    """

    row_version: Mapped[int] = mapped_column(VersionNumber(), nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]  # declared_attr sees the mixin, not the mapped class


class RecordMixin(VersionMixin):
    """Every user record: a row key, a global id for exchange, UTC creation/update times and a version."""

    id: Mapped[int] = mapped_column(primary_key=True)
    gid: Mapped[str] = mapped_column(String(36), unique=True, default=new_gid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
