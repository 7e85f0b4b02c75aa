"""The partners register: foreign regional governments, institutions, firms and organisations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    SortCountry,
    country_value,
    enum_value,
    fts_ids,
    ilike_any,
)
from secretariat.storage.models import AgreementPartner, Country, Partner
from secretariat.storage.sorting import key_order, name_order

PARTNER_SEARCH = (Partner.code, Partner.name, Partner.name_original, Partner.city, Partner.notes)


def _partner_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return Partner.id.in_(fts_ids("partner_fts", words))
    return and_(*(ilike_any(PARTNER_SEARCH, word, fold=True) for word in words))


def _partner_agreement_count() -> Any:
    return (
        select(func.count())
        .select_from(AgreementPartner)
        .where(AgreementPartner.partner_id == Partner.id)
        .correlate(Partner)
        .scalar_subquery()
    )


def _fetch_partners(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(
            Partner.id,
            Partner.code,
            Partner.name,
            Partner.name_original,
            Partner.kind,
            Partner.country_code,
            Country.name_en,
            Country.name_id,
            Partner.city,
            Partner.status,
            _partner_agreement_count().label("agreements"),
        )
        .join(Country, Country.code == Partner.country_code)
        .where(Partner.id.in_(ids))
    )
    return {
        row.id: {
            "id": row.id,
            "code": row.code,
            "name": row.name,
            "name_original": row.name_original,
            "kind": row.kind,
            "country": row.country_code,
            "country_name_en": row.name_en,
            "country_name_id": row.name_id,
            "city": row.city,
            "status": row.status,
            "agreements": int(row.agreements or 0),
        }
        for row in session.execute(query)
    }


_PARTNER_COUNTS = (
    select(AgreementPartner.partner_id, func.count().label("n"))
    .group_by(AgreementPartner.partner_id)
    .subquery("sort_partner_agreements")
)


PARTNERS = RegisterSpec(
    model=Partner,
    columns=(
        Column("code", "Code", "Kode"),
        Column("name", "Name", "Nama"),
        Column("name_original", "Name in original script", "Nama dalam aksara asli"),
        Column("kind", "Kind", "Jenis", kind="enum"),
        Column("country", "Country", "Negara"),
        Column("country_name_en", "Country name (English)", "Nama negara (Inggris)"),
        Column("country_name_id", "Country name (Indonesian)", "Nama negara (Indonesia)"),
        Column("city", "City", "Kota"),
        Column("status", "Status", "Status", kind="enum"),
        Column("agreements", "Agreements", "Perjanjian", kind="number"),
    ),
    sort_keys={
        "code": lambda: Partner.code,
        "name": lambda: key_order(Partner.name_key),  # case and accents aside (storage.sorting)
        "name_original": lambda: Partner.name_original,
        "kind": lambda: Partner.kind,
        "country": lambda: Partner.country_code,
        "country_name_en": lambda: name_order(SortCountry.name_en),
        "country_name_id": lambda: name_order(SortCountry.name_id),
        "city": lambda: Partner.city,
        "status": lambda: Partner.status,
        "agreements": lambda: func.coalesce(_PARTNER_COUNTS.c.n, 0),
    },
    sort_joins={
        "country_name_en": lambda q: q.join(SortCountry, SortCountry.code == Partner.country_code),
        "country_name_id": lambda q: q.join(SortCountry, SortCountry.code == Partner.country_code),
        "agreements": lambda q: q.outerjoin(_PARTNER_COUNTS, _PARTNER_COUNTS.c.partner_id == Partner.id),
    },
    nullable_sorts=frozenset({"name_original", "city"}),
    default_order=(("name", False),),
    filters={
        "country": lambda v, _t: Partner.country_code == country_value(v),
        "kind": lambda v, _t: Partner.kind == enum_value(v, e.PartnerKind, "kind"),
        "status": lambda v, _t: Partner.status == enum_value(v, e.PartnerStatus, "status"),
    },
    search=_partner_search,
    fetch=_fetch_partners,
    enums={"kind": e.PartnerKind, "status": e.PartnerStatus},
)
