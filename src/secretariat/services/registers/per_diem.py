"""The per-diem rate register (Standar Biaya Masukan, per country and grade)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    SortCountry,
    code_value,
    country_value,
    enum_value,
    ilike_any,
    money,
)
from secretariat.storage.models import Country, PerDiemRate
from secretariat.storage.sorting import name_order


def _per_diem_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    conditions = []
    for word in words:
        countries = select(Country.code).where(
            ilike_any((Country.code, Country.name_en, Country.name_id, Country.alpha3), word, fold=not sqlite)
        )
        conditions.append(
            or_(PerDiemRate.country_code.in_(countries), ilike_any((PerDiemRate.source,), word, fold=not sqlite))
        )
    return and_(*conditions)


def _fetch_per_diem(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(PerDiemRate, Country.name_en, Country.name_id)
        .join(Country, Country.code == PerDiemRate.country_code)
        .where(PerDiemRate.id.in_(ids))
    )
    return {
        rate.id: {
            "id": rate.id,
            "country": rate.country_code,
            "country_name_en": name_en,
            "country_name_id": name_id,
            "grade": rate.grade,
            "amount": money(rate.amount_minor, rate.currency),
            "valid_from": rate.valid_from,
            "source": rate.source,
        }
        for rate, name_en, name_id in session.execute(query)
    }


def _join_rate_country(query: Any) -> Any:
    return query.join(SortCountry, SortCountry.code == PerDiemRate.country_code)


PER_DIEM_RATES = RegisterSpec(
    model=PerDiemRate,
    columns=(
        Column("country", "Country", "Negara"),
        Column("country_name_en", "Country name (English)", "Nama negara (Inggris)"),
        Column("country_name_id", "Country name (Indonesian)", "Nama negara (Indonesia)"),
        Column("grade", "Grade", "Golongan", kind="enum"),
        Column("amount", "Daily allowance", "Uang harian", kind="money"),
        Column("valid_from", "Valid from", "Berlaku mulai", kind="date"),
        Column("source", "Source", "Dasar hukum"),
    ),
    sort_keys={
        "country": lambda: PerDiemRate.country_code,
        "country_name_en": lambda: name_order(SortCountry.name_en),
        "country_name_id": lambda: name_order(SortCountry.name_id),
        "grade": lambda: PerDiemRate.grade,
        "amount": lambda: PerDiemRate.amount_minor,
        "valid_from": lambda: PerDiemRate.valid_from,
        "source": lambda: PerDiemRate.source,
    },
    nullable_sorts=frozenset(),
    default_order=(("country_name_en", False), ("grade", False), ("valid_from", True)),
    filters={
        "country": lambda v, _t: PerDiemRate.country_code == country_value(v),
        "grade": lambda v, _t: PerDiemRate.grade == enum_value(code_value(v).upper(), e.Grade, "grade"),
    },
    search=_per_diem_search,
    fetch=_fetch_per_diem,
    enums={"grade": e.Grade},
    sort_joins={"country_name_en": _join_rate_country, "country_name_id": _join_rate_country},
)
