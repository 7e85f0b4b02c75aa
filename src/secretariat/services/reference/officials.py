"""The region's own officials: the people who travel in delegations and sign agreements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.errors import DependencyError
from secretariat.domain.records import OfficialData
from secretariat.services.common import copy_fields, ensure_unique, fetch, validate
from secretariat.services.conflicts import check_version, fetch_current, record_values
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import Delegation, Member, Official

OFFICIAL_FIELDS = (
    "name",
    "nip",
    "position",
    "unit",
    "grade",
    "passport_type",
    "passport_number",
    "passport_expiry",
    "email",
    "phone",
)


@dataclass(frozen=True)
class OfficialView:
    id: int
    gid: str
    name: str
    nip: str | None
    position: str
    unit: str | None
    grade: str
    passport_type: str | None
    passport_number: str | None
    passport_expiry: date | None
    email: str | None
    phone: str | None
    active: bool
    row_version: int = 0  # the version loaded; hand the view back to update_official(loaded=...)

    def to_data(self) -> OfficialData:
        return OfficialData(active=self.active, **{name: getattr(self, name) for name in OFFICIAL_FIELDS})


def _view(official: Official) -> OfficialView:
    return OfficialView(
        id=official.id,
        gid=official.gid,
        active=official.active,
        row_version=official.row_version,
        **{name: getattr(official, name) for name in OFFICIAL_FIELDS},
    )


def _normalise(data: OfficialData) -> OfficialData:
    if data.nip is not None:
        data.nip = data.nip.replace(" ", "") or None
    if data.passport_number is not None:
        data.passport_number = data.passport_number.strip().upper() or None
    return data


def _apply(official: Official, data: OfficialData) -> None:
    copy_fields(official, data, OFFICIAL_FIELDS)
    if official.active != bool(data.active):
        official.active = bool(data.active)


def create_official(ctx: ServiceContext, data: OfficialData) -> int:
    data = _normalise(data)
    with writing(ctx) as session:
        validate(data)
        ensure_unique(session, Official, Official.nip, data.nip, None, "nip")
        official = Official()
        _apply(official, data)
        session.add(official)
        session.flush()
        return official.id


def update_official(
    ctx: ServiceContext, official_id: int, data: OfficialData, *, loaded: OfficialView | None = None
) -> None:
    """Change an official's record. Delegation members keep the copy taken when they were added.
    ``loaded``: the view the editor showed; the fields another person changed since are refused when
    they differ from ``data`` (EditConflict)."""
    data = _normalise(data)
    with writing(ctx) as session:
        if loaded is None:
            official = fetch(session, Official, official_id, "official", "pejabat")
        else:
            official = fetch_current(session, Official, official_id, "official", "pejabat")
            current = _view(official)
            check_version(
                session,
                official,
                loaded.row_version,
                record=Bilingual(f"the official {official.name}", f"pejabat {official.name}"),
                values=lambda: record_values(loaded.to_data(), current.to_data(), data),
                current=lambda: current,
            )
        validate(data)
        ensure_unique(session, Official, Official.nip, data.nip, official_id, "nip")
        _apply(official, data)


def delete_official(ctx: ServiceContext, official_id: int) -> None:
    """Delete an official who is in no delegation; otherwise say which delegations (set inactive instead)."""
    with writing(ctx) as session:
        official = fetch(session, Official, official_id, "official", "pejabat")
        uses = session.execute(
            select(Delegation.code, func.count(Member.id))
            .join(Member, Member.delegation_id == Delegation.id)
            .where(Member.official_id == official_id)
            .group_by(Delegation.code)
            .order_by(Delegation.code)
        ).all()
        if uses:
            count = sum(n for _, n in uses)
            codes = ", ".join(code for code, _ in uses)
            raise DependencyError(
                f"Cannot delete official {official.name}: {count} delegation member(s) refer to this official "
                f"(delegations {codes}). Set the official inactive instead.",
                f"Tidak dapat menghapus pejabat {official.name}: {count} anggota delegasi merujuk pejabat ini "
                f"(delegasi {codes}). Nonaktifkan pejabat tersebut.",
                {"delegation member(s)": count},
            )
        session.delete(official)


def get_official(ctx: ServiceContext, official_id: int) -> OfficialView:
    with reading(ctx) as session:
        return _view(fetch(session, Official, official_id, "official", "pejabat"))


def list_officials(
    ctx: ServiceContext, *, active_only: bool = False, search: str | None = None, grade: str | None = None
) -> list[OfficialView]:
    """Officials by name; ``search`` matches name, NIP, position or unit (case-insensitive)."""
    query = select(Official).order_by(func.lower(Official.name), Official.id)
    if active_only:
        query = query.where(Official.active.is_(True))
    if grade:
        query = query.where(Official.grade == grade)
    if search and search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Official.name).like(pattern),
                func.lower(Official.nip).like(pattern),
                func.lower(Official.position).like(pattern),
                func.lower(Official.unit).like(pattern),
            )
        )
    with reading(ctx) as session:
        return [_view(official) for official in session.scalars(query)]
