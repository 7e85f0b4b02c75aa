"""The officials register: the region's own people who travel or sign."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.domain.sorting import name_key
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    bool_value,
    code_value,
    enum_value,
    escape_like,
    ilike_any,
)
from secretariat.storage.models import Official
from secretariat.storage.sorting import key_order

_OFFICIAL_SEARCH = (Official.name, Official.nip, Official.position, Official.unit)


def _fetch_officials(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = select(Official).where(Official.id.in_(ids))
    return {
        o.id: {
            "id": o.id,
            "name": o.name,
            "nip": o.nip,
            "position": o.position,
            "unit": o.unit,
            "grade": o.grade,
            "passport_type": o.passport_type,
            "passport_number": o.passport_number,
            "passport_expiry": o.passport_expiry,
            "active": bool(o.active),
        }
        for o in session.scalars(query)
    }


def _official_word(word: str, *, fold: bool) -> ColumnElement[bool]:
    """A word in any searched column (``fold``: accents aside there too, PostgreSQL), or in the name with case
    and accents aside ("lestari" finds Léstari)."""
    folded = f"%{escape_like(name_key(word) or '')}%"
    return or_(ilike_any(_OFFICIAL_SEARCH, word, fold=fold), Official.name_key.like(folded, escape="\\"))


OFFICIALS = RegisterSpec(
    model=Official,
    columns=(
        Column("name", "Name", "Nama"),
        Column("nip", "Civil-service number (NIP)", "NIP"),
        Column("position", "Position", "Jabatan"),
        Column("unit", "Unit", "Unit kerja"),
        Column("grade", "Per-diem grade", "Golongan uang harian", kind="enum"),
        Column("passport_type", "Passport", "Paspor", kind="enum"),
        Column("passport_number", "Passport number", "Nomor paspor"),
        Column("passport_expiry", "Passport valid until", "Paspor berlaku sampai", kind="date"),
        Column("active", "Active", "Aktif", kind="enum"),
    ),
    sort_keys={
        "name": lambda: key_order(Official.name_key),  # case and accents aside (storage.sorting)
        "nip": lambda: Official.nip,
        "position": lambda: Official.position,
        "unit": lambda: Official.unit,
        "grade": lambda: Official.grade,
        "passport_type": lambda: Official.passport_type,
        "passport_number": lambda: Official.passport_number,
        "passport_expiry": lambda: Official.passport_expiry,
        "active": lambda: Official.active,
    },
    nullable_sorts=frozenset({"nip", "unit", "passport_type", "passport_number", "passport_expiry"}),
    default_order=(("name", False),),
    filters={
        "grade": lambda v, _t: Official.grade == enum_value(code_value(v).upper(), e.Grade, "grade"),
        "active": lambda v, _t: Official.active == (true() if bool_value(v, "active") else false()),
    },
    search=lambda words, sqlite: and_(*(_official_word(word, fold=not sqlite) for word in words)),
    fetch=_fetch_officials,
    enums={"grade": e.Grade, "passport_type": e.PassportType},
)
