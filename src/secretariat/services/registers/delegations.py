"""The delegations register, outgoing and incoming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    SortAgreement,
    SortCountry,
    country_value,
    days_value,
    enum_value,
    fts_ids,
    ilike_any,
    within_days,
    year_range,
    year_value,
)
from secretariat.storage.models import Agreement, Country, Delegation, Member
from secretariat.storage.sorting import key_order, name_order

_DELEGATION_SEARCH = (Delegation.code, Delegation.purpose, Delegation.cities, Delegation.notes)


def _delegation_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return Delegation.id.in_(fts_ids("delegation_fts", words))
    return and_(*(ilike_any(_DELEGATION_SEARCH, word, fold=True) for word in words))


def _member_count() -> Any:
    return (
        select(func.count())
        .select_from(Member)
        .where(Member.delegation_id == Delegation.id)
        .correlate(Delegation)
        .scalar_subquery()
    )


_MEMBER_COUNTS = (
    select(Member.delegation_id, func.count().label("n")).group_by(Member.delegation_id).subquery("sort_members")
)


def _join_delegation_country(query: Any) -> Any:
    return query.join(SortCountry, SortCountry.code == Delegation.country_code)


def _fetch_delegations(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(
            Delegation.id,
            Delegation.code,
            Delegation.direction,
            Delegation.purpose,
            Delegation.country_code,
            Country.name_en,
            Country.name_id,
            Delegation.cities,
            Delegation.start_on,
            Delegation.end_on,
            Delegation.status,
            Agreement.number,
            _member_count().label("members"),
        )
        .join(Country, Country.code == Delegation.country_code)
        .outerjoin(Agreement, Agreement.id == Delegation.agreement_id)
        .where(Delegation.id.in_(ids))
    )
    return {
        row.id: {
            "id": row.id,
            "code": row.code,
            "direction": row.direction,
            "purpose": row.purpose,
            "country": row.country_code,
            "country_name_en": row.name_en,
            "country_name_id": row.name_id,
            "cities": row.cities,
            "start_on": row.start_on,
            "end_on": row.end_on,
            "status": row.status,
            "members": int(row.members or 0),
            "agreement": row.number,
        }
        for row in session.execute(query)
    }


DELEGATIONS = RegisterSpec(
    model=Delegation,
    columns=(
        Column("code", "Code", "Kode"),
        Column("direction", "Direction", "Arah", kind="enum"),
        Column("purpose", "Purpose", "Tujuan"),
        Column("country", "Country", "Negara"),
        Column("country_name_en", "Country name (English)", "Nama negara (Inggris)"),
        Column("country_name_id", "Country name (Indonesian)", "Nama negara (Indonesia)"),
        Column("cities", "Cities", "Kota"),
        Column("start_on", "From", "Mulai", kind="date"),
        Column("end_on", "To", "Selesai", kind="date"),
        Column("status", "Status", "Status", kind="enum"),
        Column("members", "Members", "Anggota", kind="number"),
        Column("agreement", "Agreement", "Perjanjian"),
    ),
    sort_keys={
        "code": lambda: Delegation.code,
        "direction": lambda: Delegation.direction,
        "purpose": lambda: Delegation.purpose,
        "country": lambda: Delegation.country_code,
        "country_name_en": lambda: name_order(SortCountry.name_en),
        "country_name_id": lambda: name_order(SortCountry.name_id),
        "cities": lambda: Delegation.cities,
        "start_on": lambda: Delegation.start_on,
        "end_on": lambda: Delegation.end_on,
        "status": lambda: Delegation.status,
        "members": lambda: func.coalesce(_MEMBER_COUNTS.c.n, 0),
        "agreement": lambda: key_order(SortAgreement.number_key),
    },
    sort_joins={
        "country_name_en": _join_delegation_country,
        "country_name_id": _join_delegation_country,
        "members": lambda q: q.outerjoin(_MEMBER_COUNTS, _MEMBER_COUNTS.c.delegation_id == Delegation.id),
        "agreement": lambda q: q.outerjoin(SortAgreement, SortAgreement.id == Delegation.agreement_id),
    },
    nullable_sorts=frozenset({"cities", "agreement"}),
    default_order=(("start_on", True),),
    filters={
        "direction": lambda v, _t: Delegation.direction == enum_value(v, e.Direction, "direction"),
        "status": lambda v, _t: Delegation.status == enum_value(v, e.DelegationStatus, "status"),
        "country": lambda v, _t: Delegation.country_code == country_value(v),
        "fiscal_year": lambda v, _t: year_range(Delegation.start_on, year_value(v, "fiscal_year")),
        "departing_within_days": lambda v, t: within_days(
            Delegation.start_on, days_value(v, "departing_within_days"), t
        ),
    },
    search=_delegation_search,
    fetch=_fetch_delegations,
    enums={"direction": e.Direction, "status": e.DelegationStatus},
)
