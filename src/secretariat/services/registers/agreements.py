"""The agreements register; a search also finds agreements by their partners' names and cities."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true, union
from sqlalchemy.orm import Session

from secretariat.domain import enums as e
from secretariat.services.registers.base import (
    Column,
    RegisterSpec,
    SortStage,
    bool_value,
    code_value,
    country_value,
    days_value,
    enum_value,
    fts_ids,
    ilike_any,
    int_value,
    within_days,
    year_range,
    year_value,
)
from secretariat.services.registers.partners import PARTNER_SEARCH
from secretariat.storage.models import Agreement, AgreementPartner, Country, Partner, Stage
from secretariat.storage.sorting import key_order, name_order

_AGREEMENT_SEARCH = (
    Agreement.number,
    Agreement.partner_number,
    Agreement.title_id,
    Agreement.title_en,
    Agreement.notes,
)


def _agreement_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    conditions = []
    for word in words:
        if sqlite:
            own = fts_ids("agreement_fts", [word])
            partner_ids = fts_ids("partner_fts", [word])
        else:
            own = select(Agreement.id).where(ilike_any(_AGREEMENT_SEARCH, word, fold=True))
            partner_ids = select(Partner.id).where(ilike_any(PARTNER_SEARCH, word, fold=True))
        via_partner = select(AgreementPartner.agreement_id).where(AgreementPartner.partner_id.in_(partner_ids))
        # One id list per word (a UNION, not an OR): each half can use its own index.
        conditions.append(Agreement.id.in_(union(own, via_partner)))
    return and_(*conditions)


_RANKED_PARTIES = (
    select(
        AgreementPartner.agreement_id,
        Partner.country_code,
        Partner.name,
        Partner.name_key,
        func.row_number()
        .over(partition_by=AgreementPartner.agreement_id, order_by=(AgreementPartner.position, Partner.id))
        .label("rank"),
    )
    .join(Partner, Partner.id == AgreementPartner.partner_id)
    .subquery("sort_ranked_parties")
)
# The first partner of each agreement (its country is the agreement's country in the register).
_FIRST_PARTY = (
    select(
        _RANKED_PARTIES.c.agreement_id,
        _RANKED_PARTIES.c.country_code,
        _RANKED_PARTIES.c.name,
        _RANKED_PARTIES.c.name_key,
    )
    .where(_RANKED_PARTIES.c.rank == 1)
    .subquery("sort_first_party")
)


def _join_first_party(query: Any) -> Any:
    return query.outerjoin(_FIRST_PARTY, _FIRST_PARTY.c.agreement_id == Agreement.id)


# The first partner's country, for sorting by its name (the register shows names, not codes).
_SORT_FIRST_COUNTRY = (
    select(_FIRST_PARTY.c.agreement_id, Country.name_id, Country.name_en)
    .join(Country, Country.code == _FIRST_PARTY.c.country_code)
    .subquery("sort_first_country")
)


def _join_first_country(query: Any) -> Any:
    return query.outerjoin(_SORT_FIRST_COUNTRY, _SORT_FIRST_COUNTRY.c.agreement_id == Agreement.id)


def _join_stage(query: Any) -> Any:
    return query.join(SortStage, SortStage.id == Agreement.stage_id)


def _fetch_agreements(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(
            Agreement.id,
            Agreement.number,
            Agreement.partner_number,
            Agreement.title_id,
            Agreement.title_en,
            Agreement.kind,
            Agreement.instrument,
            Stage.code.label("stage"),
            Stage.name_id.label("stage_id_"),
            Stage.name_en.label("stage_en_"),
            Stage.is_live,
            Agreement.signed_on,
            Agreement.effective_on,
            Agreement.expires_on,
            Partner.code.label("partner_code"),
            Partner.name.label("partner_name"),
            Partner.country_code.label("partner_country"),
            Country.name_id.label("country_id_"),
            Country.name_en.label("country_en_"),
        )
        .join(Stage, Stage.id == Agreement.stage_id)
        .outerjoin(AgreementPartner, AgreementPartner.agreement_id == Agreement.id)
        .outerjoin(Partner, Partner.id == AgreementPartner.partner_id)
        .outerjoin(Country, Country.code == Partner.country_code)
        .where(Agreement.id.in_(ids))
        .order_by(Agreement.id, AgreementPartner.position, Partner.id)
    )
    rows: dict[int, dict[str, Any]] = {}
    for row in session.execute(query):
        record = rows.get(row.id)
        if record is None:
            record = rows[row.id] = {
                "id": row.id,
                "number": row.number,
                "partner_number": row.partner_number,
                "title_id": row.title_id,
                "title_en": row.title_en,
                "kind": row.kind,
                "instrument": row.instrument,
                "stage": row.stage,
                "stage_name_id": row.stage_id_,
                "stage_name_en": row.stage_en_,
                "live": bool(row.is_live),
                "partner_codes": (),
                "partner_names": (),
                "country": None,
                "country_name_id": None,
                "country_name_en": None,
                "signed_on": row.signed_on,
                "effective_on": row.effective_on,
                "expires_on": row.expires_on,
            }
        if row.partner_code is not None:
            record["partner_codes"] = (*record["partner_codes"], row.partner_code)
            record["partner_names"] = (*record["partner_names"], row.partner_name)
            if record["country"] is None:
                record["country"] = row.partner_country
                record["country_name_id"] = row.country_id_
                record["country_name_en"] = row.country_en_
    for record in rows.values():
        record["partners"] = ", ".join(record["partner_codes"])
        record["partner_names"] = "; ".join(record["partner_names"])
    return rows


def _agreement_country(value: Any, _today: date) -> ColumnElement[bool]:
    return Agreement.id.in_(
        select(AgreementPartner.agreement_id)
        .join(Partner, Partner.id == AgreementPartner.partner_id)
        .where(Partner.country_code == country_value(value))
    )


def _agreement_year(value: Any, _today: date) -> ColumnElement[bool]:
    year = year_value(value, "fiscal_year")
    return or_(year_range(Agreement.signed_on, year), year_range(Agreement.effective_on, year))


def _agreement_live(value: Any, _today: date) -> ColumnElement[bool]:
    live = bool_value(value, "status_live")
    return Agreement.stage_id.in_(select(Stage.id).where(Stage.is_live == (true() if live else false())))


AGREEMENTS = RegisterSpec(
    model=Agreement,
    columns=(
        Column("number", "Number", "Nomor"),
        Column("partner_number", "Partner's number", "Nomor mitra"),
        Column("title_id", "Title (Indonesian)", "Judul (Indonesia)"),
        Column("title_en", "Title (English)", "Judul (Inggris)"),
        Column("kind", "Kind", "Jenis", kind="enum"),
        Column("instrument", "Instrument", "Bentuk naskah", kind="enum"),
        Column("stage", "Stage code", "Kode tahap"),
        Column("stage_name_id", "Stage (Indonesian)", "Tahap"),
        Column("stage_name_en", "Stage", "Tahap (Inggris)"),
        Column("partners", "Partners", "Mitra", sortable=False),
        Column("partner_names", "Partner names", "Nama mitra"),
        Column("country", "Country", "Negara"),
        Column("country_name_id", "Country name (Indonesian)", "Nama negara (Indonesia)"),
        Column("country_name_en", "Country name (English)", "Nama negara (Inggris)"),
        Column("signed_on", "Signed", "Ditandatangani", kind="date"),
        Column("effective_on", "In force from", "Berlaku sejak", kind="date"),
        Column("expires_on", "Expires", "Berakhir", kind="date"),
    ),
    sort_keys={
        "number": lambda: key_order(Agreement.number_key),  # year, then sequence (storage.sorting)
        "partner_number": lambda: Agreement.partner_number,
        "title_id": lambda: Agreement.title_id,
        "title_en": lambda: Agreement.title_en,
        "kind": lambda: Agreement.kind,
        "instrument": lambda: Agreement.instrument,
        "stage": lambda: SortStage.position,
        "stage_name_id": lambda: name_order(SortStage.name_id),
        "stage_name_en": lambda: name_order(SortStage.name_en),
        "partner_names": lambda: key_order(_FIRST_PARTY.c.name_key),
        "country": lambda: _FIRST_PARTY.c.country_code,
        "country_name_id": lambda: _SORT_FIRST_COUNTRY.c.name_id,
        "country_name_en": lambda: _SORT_FIRST_COUNTRY.c.name_en,
        "signed_on": lambda: Agreement.signed_on,
        "effective_on": lambda: Agreement.effective_on,
        "expires_on": lambda: Agreement.expires_on,
    },
    nullable_sorts=frozenset(
        {
            "number",
            "partner_number",
            "partner_names",
            "country",
            "country_name_id",
            "country_name_en",
            "signed_on",
            "effective_on",
            "expires_on",
        }
    ),
    default_order=(("id", True),),
    filters={
        "country": _agreement_country,
        "kind": lambda v, _t: Agreement.kind == enum_value(v, e.AgreementKind, "kind"),
        "instrument": lambda v, _t: Agreement.instrument == enum_value(v, e.Instrument, "instrument"),
        "stage": lambda v, _t: Agreement.stage_id.in_(select(Stage.id).where(Stage.code == code_value(v))),
        "fiscal_year": _agreement_year,
        "expiring_within_days": lambda v, t: within_days(
            Agreement.expires_on, days_value(v, "expiring_within_days"), t
        ),
        "partner_id": lambda v, _t: Agreement.id.in_(
            select(AgreementPartner.agreement_id).where(AgreementPartner.partner_id == int_value(v, "partner_id"))
        ),
        "status_live": _agreement_live,
    },
    search=_agreement_search,
    fetch=_fetch_agreements,
    enums={"kind": e.AgreementKind, "instrument": e.Instrument},
    sort_joins={
        "stage": _join_stage,
        "stage_name_id": _join_stage,
        "stage_name_en": _join_stage,
        "partner_names": _join_first_party,
        "country": _join_first_party,
        "country_name_id": _join_first_country,
        "country_name_en": _join_first_country,
    },
)
