"""The registers (partners, agreements, delegations, budget, officials, per-diem rates) as lazy tables.

Both the command line and the GUI's table models use this module. A view
keeps only the ordered list of row ids from :func:`find_ids` (searching,
filtering and sorting all happen in SQL) and fetches the values of the rows it
paints, a page at a time, with :func:`fetch_rows` (one query per call).

Searching is "search as you type": every word typed must match the start of a
word in the record. On SQLite the FTS5 indexes of migration 0001 answer it
(diacritics folded, so "Krakow" finds "Kraków"); on PostgreSQL each word is
looked for with ILIKE in the same columns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
    union,
)
from sqlalchemy.orm import Session, aliased

from secretariat.domain import enums as e
from secretariat.domain.labels import label
from secretariat.domain.money import IDR, Money
from secretariat.services.context import ServiceContext, reading
from secretariat.storage.models import (
    Agreement,
    AgreementPartner,
    BudgetLine,
    Country,
    Delegation,
    Member,
    Official,
    Partner,
    PerDiemRate,
    Stage,
    Transaction,
)

REGISTERS = ("partners", "agreements", "delegations", "budget", "officials", "per_diem_rates")
COLUMN_KINDS = ("text", "date", "money", "number", "enum")


@dataclass(frozen=True)
class Column:
    key: str
    label_en: str
    label_id: str
    sortable: bool = True
    kind: str = "text"  # text|date|money|number|enum

    def label(self, language: str = "id") -> str:
        return self.label_id if language == "id" else self.label_en


@dataclass(frozen=True)
class RegisterQuery:
    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


# --- value coercion for filters -------------------------------------------------------------------


def _code(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    return str(value).strip()


def _country(value: Any) -> str:
    return _code(value).upper()


def _int(value: Any, key: str) -> int:
    if isinstance(value, bool):
        raise ValueError(f"filter {key!r} needs a whole number, not {value!r}")
    try:
        return int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValueError(f"filter {key!r} needs a whole number, not {value!r}") from None


_TRUE = {"1", "true", "yes", "y", "ya", "on"}
_FALSE = {"0", "false", "no", "n", "tidak", "off"}


def _bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"filter {key!r} needs yes or no, not {value!r}")


def _year_range(column_: Any, year: int) -> ColumnElement[bool]:
    return column_.between(date(year, 1, 1), date(year, 12, 31))


def _within_days(column_: Any, days: int, today: date) -> ColumnElement[bool]:
    if days < 0:
        raise ValueError(f"the number of days cannot be negative ({days})")
    return column_.between(today, today + timedelta(days=days))


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _ilike_any(columns: Sequence[Any], word: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(word)}%"
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))


def search_words(text: str) -> list[str]:
    """The words of a search box: split on white space; words without a letter or digit are dropped."""
    return [word for word in text.split() if any(ch.isalnum() for ch in word)]


def fts_query(words: Sequence[str]) -> str:
    """An FTS5 query: every word a quoted prefix term (quotes doubled), all of them required."""
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _fts_ids(fts_table: str, words: Sequence[str]) -> Any:
    fts = table(fts_table, column("rowid", Integer), column(fts_table, String))
    return select(fts.c.rowid).where(literal_column(fts_table).op("MATCH")(fts_query(words)))


# --- register definitions -------------------------------------------------------------------------

Filter = Callable[[Any, date], ColumnElement[bool]]


Join = Callable[[Any], Any]  # a SELECT -> the same SELECT joined to what a sort key needs


@dataclass(frozen=True)
class _Register:
    model: Any
    columns: tuple[Column, ...]
    sort_keys: Mapping[str, Callable[[], Any]]
    nullable_sorts: frozenset[str]
    default_order: tuple[tuple[str, bool], ...]
    filters: Mapping[str, Filter]
    search: Callable[[list[str], bool], ColumnElement[bool]]
    fetch: Callable[[Session, Sequence[int]], dict[int, dict[str, Any]]]
    enums: Mapping[str, type[StrEnum]] = field(default_factory=dict)
    # Sort keys from other tables are joined (aliased tables, grouped subqueries) rather than looked up
    # row by row: a correlated subquery per row took seconds on 100,000 partners on PostgreSQL.
    sort_joins: Mapping[str, Join] = field(default_factory=dict)


# Aliases for joins made only to sort, so that no filter's subquery is correlated with them.
_SortCountry = aliased(Country, name="sort_country")
_SortStage = aliased(Stage, name="sort_stage")
_SortAgreement = aliased(Agreement, name="sort_agreement")
_SortDelegation = aliased(Delegation, name="sort_delegation")


def _money(minor: int | None, currency: str = IDR) -> Money:
    return Money.from_minor(int(minor or 0), currency)


# Partners ------------------------------------------------------------------------------------------

_PARTNER_SEARCH = (Partner.code, Partner.name, Partner.name_original, Partner.city, Partner.notes)


def _partner_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return Partner.id.in_(_fts_ids("partner_fts", words))
    return and_(*(_ilike_any(_PARTNER_SEARCH, word) for word in words))


def _partner_agreement_count() -> Any:
    return (
        select(func.count()).select_from(AgreementPartner)
        .where(AgreementPartner.partner_id == Partner.id).correlate(Partner).scalar_subquery()
    )


def _fetch_partners(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(Partner.id, Partner.code, Partner.name, Partner.name_original, Partner.kind, Partner.country_code,
               Country.name_en, Country.name_id, Partner.city, Partner.status,
               _partner_agreement_count().label("agreements"))
        .join(Country, Country.code == Partner.country_code)
        .where(Partner.id.in_(ids))
    )
    return {
        row.id: {
            "id": row.id, "code": row.code, "name": row.name, "name_original": row.name_original,
            "kind": row.kind, "country": row.country_code, "country_name_en": row.name_en,
            "country_name_id": row.name_id, "city": row.city, "status": row.status,
            "agreements": int(row.agreements or 0),
        }
        for row in session.execute(query)
    }


_PARTNER_COUNTS = (
    select(AgreementPartner.partner_id, func.count().label("n")).group_by(AgreementPartner.partner_id)
    .subquery("sort_partner_agreements")
)


_PARTNERS = _Register(
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
        "name": lambda: Partner.name,
        "name_original": lambda: Partner.name_original,
        "kind": lambda: Partner.kind,
        "country": lambda: Partner.country_code,
        "country_name_en": lambda: _SortCountry.name_en,
        "country_name_id": lambda: _SortCountry.name_id,
        "city": lambda: Partner.city,
        "status": lambda: Partner.status,
        "agreements": lambda: func.coalesce(_PARTNER_COUNTS.c.n, 0),
    },
    sort_joins={
        "country_name_en": lambda q: q.join(_SortCountry, _SortCountry.code == Partner.country_code),
        "country_name_id": lambda q: q.join(_SortCountry, _SortCountry.code == Partner.country_code),
        "agreements": lambda q: q.outerjoin(_PARTNER_COUNTS, _PARTNER_COUNTS.c.partner_id == Partner.id),
    },
    nullable_sorts=frozenset({"name_original", "city"}),
    default_order=(("name", False),),
    filters={
        "country": lambda v, _t: Partner.country_code == _country(v),
        "kind": lambda v, _t: Partner.kind == _code(v),
        "status": lambda v, _t: Partner.status == _code(v),
    },
    search=_partner_search,
    fetch=_fetch_partners,
    enums={"kind": e.PartnerKind, "status": e.PartnerStatus},
)


# Agreements ----------------------------------------------------------------------------------------

_AGREEMENT_SEARCH = (Agreement.number, Agreement.partner_number, Agreement.title_id, Agreement.title_en,
                     Agreement.notes)


def _agreement_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    conditions = []
    for word in words:
        if sqlite:
            own = _fts_ids("agreement_fts", [word])
            partner_ids = _fts_ids("partner_fts", [word])
        else:
            own = select(Agreement.id).where(_ilike_any(_AGREEMENT_SEARCH, word))
            partner_ids = select(Partner.id).where(_ilike_any(_PARTNER_SEARCH, word))
        via_partner = select(AgreementPartner.agreement_id).where(AgreementPartner.partner_id.in_(partner_ids))
        # One id list per word (a UNION, not an OR): each half can use its own index.
        conditions.append(Agreement.id.in_(union(own, via_partner)))
    return and_(*conditions)


_RANKED_PARTIES = (
    select(
        AgreementPartner.agreement_id, Partner.country_code, Partner.name,
        func.row_number().over(partition_by=AgreementPartner.agreement_id,
                               order_by=(AgreementPartner.position, Partner.id)).label("rank"),
    )
    .join(Partner, Partner.id == AgreementPartner.partner_id)
    .subquery("sort_ranked_parties")
)
# The first partner of each agreement (its country is the agreement's country in the register).
_FIRST_PARTY = (
    select(_RANKED_PARTIES.c.agreement_id, _RANKED_PARTIES.c.country_code, _RANKED_PARTIES.c.name)
    .where(_RANKED_PARTIES.c.rank == 1)
    .subquery("sort_first_party")
)


def _join_first_party(query: Any) -> Any:
    return query.outerjoin(_FIRST_PARTY, _FIRST_PARTY.c.agreement_id == Agreement.id)


def _join_stage(query: Any) -> Any:
    return query.join(_SortStage, _SortStage.id == Agreement.stage_id)


def _fetch_agreements(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(Agreement.id, Agreement.number, Agreement.partner_number, Agreement.title_id, Agreement.title_en,
               Agreement.kind, Agreement.instrument, Stage.code.label("stage"), Stage.name_id.label("stage_id_"),
               Stage.name_en.label("stage_en_"), Stage.is_live, Agreement.signed_on, Agreement.effective_on,
               Agreement.expires_on, Partner.code.label("partner_code"), Partner.name.label("partner_name"),
               Partner.country_code.label("partner_country"))
        .join(Stage, Stage.id == Agreement.stage_id)
        .outerjoin(AgreementPartner, AgreementPartner.agreement_id == Agreement.id)
        .outerjoin(Partner, Partner.id == AgreementPartner.partner_id)
        .where(Agreement.id.in_(ids))
        .order_by(Agreement.id, AgreementPartner.position, Partner.id)
    )
    rows: dict[int, dict[str, Any]] = {}
    for row in session.execute(query):
        record = rows.get(row.id)
        if record is None:
            record = rows[row.id] = {
                "id": row.id, "number": row.number, "partner_number": row.partner_number,
                "title_id": row.title_id, "title_en": row.title_en, "kind": row.kind,
                "instrument": row.instrument, "stage": row.stage, "stage_name_id": row.stage_id_,
                "stage_name_en": row.stage_en_, "live": bool(row.is_live),
                "partner_codes": (), "partner_names": (), "country": None,
                "signed_on": row.signed_on, "effective_on": row.effective_on, "expires_on": row.expires_on,
            }
        if row.partner_code is not None:
            record["partner_codes"] = (*record["partner_codes"], row.partner_code)
            record["partner_names"] = (*record["partner_names"], row.partner_name)
            if record["country"] is None:
                record["country"] = row.partner_country
    for record in rows.values():
        record["partners"] = ", ".join(record["partner_codes"])
        record["partner_names"] = "; ".join(record["partner_names"])
    return rows


def _agreement_country(value: Any, _today: date) -> ColumnElement[bool]:
    return Agreement.id.in_(
        select(AgreementPartner.agreement_id)
        .join(Partner, Partner.id == AgreementPartner.partner_id)
        .where(Partner.country_code == _country(value))
    )


def _agreement_year(value: Any, _today: date) -> ColumnElement[bool]:
    year = _int(value, "fiscal_year")
    return or_(_year_range(Agreement.signed_on, year), _year_range(Agreement.effective_on, year))


def _agreement_live(value: Any, _today: date) -> ColumnElement[bool]:
    live = _bool(value, "status_live")
    return Agreement.stage_id.in_(select(Stage.id).where(Stage.is_live == (true() if live else false())))


_AGREEMENTS = _Register(
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
        Column("signed_on", "Signed", "Ditandatangani", kind="date"),
        Column("effective_on", "In force from", "Berlaku sejak", kind="date"),
        Column("expires_on", "Expires", "Berakhir", kind="date"),
    ),
    sort_keys={
        "number": lambda: Agreement.number,
        "partner_number": lambda: Agreement.partner_number,
        "title_id": lambda: Agreement.title_id,
        "title_en": lambda: Agreement.title_en,
        "kind": lambda: Agreement.kind,
        "instrument": lambda: Agreement.instrument,
        "stage": lambda: _SortStage.position,
        "stage_name_id": lambda: _SortStage.name_id,
        "stage_name_en": lambda: _SortStage.name_en,
        "partner_names": lambda: _FIRST_PARTY.c.name,
        "country": lambda: _FIRST_PARTY.c.country_code,
        "signed_on": lambda: Agreement.signed_on,
        "effective_on": lambda: Agreement.effective_on,
        "expires_on": lambda: Agreement.expires_on,
    },
    nullable_sorts=frozenset({"number", "partner_number", "partner_names", "country", "signed_on",
                              "effective_on", "expires_on"}),
    default_order=(("id", True),),
    filters={
        "country": _agreement_country,
        "kind": lambda v, _t: Agreement.kind == _code(v),
        "instrument": lambda v, _t: Agreement.instrument == _code(v),
        "stage": lambda v, _t: Agreement.stage_id.in_(select(Stage.id).where(Stage.code == _code(v))),
        "fiscal_year": _agreement_year,
        "expiring_within_days": lambda v, t: _within_days(Agreement.expires_on, _int(v, "expiring_within_days"), t),
        "partner_id": lambda v, _t: Agreement.id.in_(
            select(AgreementPartner.agreement_id).where(AgreementPartner.partner_id == _int(v, "partner_id"))
        ),
        "status_live": _agreement_live,
    },
    search=_agreement_search,
    fetch=_fetch_agreements,
    enums={"kind": e.AgreementKind, "instrument": e.Instrument},
    sort_joins={"stage": _join_stage, "stage_name_id": _join_stage, "stage_name_en": _join_stage,
                "partner_names": _join_first_party, "country": _join_first_party},
)


# Delegations ---------------------------------------------------------------------------------------

_DELEGATION_SEARCH = (Delegation.code, Delegation.purpose, Delegation.cities, Delegation.notes)


def _delegation_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return Delegation.id.in_(_fts_ids("delegation_fts", words))
    return and_(*(_ilike_any(_DELEGATION_SEARCH, word) for word in words))


def _member_count() -> Any:
    return (
        select(func.count()).select_from(Member).where(Member.delegation_id == Delegation.id)
        .correlate(Delegation).scalar_subquery()
    )


_MEMBER_COUNTS = (
    select(Member.delegation_id, func.count().label("n")).group_by(Member.delegation_id)
    .subquery("sort_members")
)


def _join_delegation_country(query: Any) -> Any:
    return query.join(_SortCountry, _SortCountry.code == Delegation.country_code)


def _fetch_delegations(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(Delegation.id, Delegation.code, Delegation.direction, Delegation.purpose, Delegation.country_code,
               Country.name_en, Country.name_id, Delegation.cities, Delegation.start_on, Delegation.end_on,
               Delegation.status, Agreement.number, _member_count().label("members"))
        .join(Country, Country.code == Delegation.country_code)
        .outerjoin(Agreement, Agreement.id == Delegation.agreement_id)
        .where(Delegation.id.in_(ids))
    )
    return {
        row.id: {
            "id": row.id, "code": row.code, "direction": row.direction, "purpose": row.purpose,
            "country": row.country_code, "country_name_en": row.name_en, "country_name_id": row.name_id,
            "cities": row.cities, "start_on": row.start_on, "end_on": row.end_on, "status": row.status,
            "members": int(row.members or 0), "agreement": row.number,
        }
        for row in session.execute(query)
    }


_DELEGATIONS = _Register(
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
        "country_name_en": lambda: _SortCountry.name_en,
        "country_name_id": lambda: _SortCountry.name_id,
        "cities": lambda: Delegation.cities,
        "start_on": lambda: Delegation.start_on,
        "end_on": lambda: Delegation.end_on,
        "status": lambda: Delegation.status,
        "members": lambda: func.coalesce(_MEMBER_COUNTS.c.n, 0),
        "agreement": lambda: _SortAgreement.number,
    },
    sort_joins={
        "country_name_en": _join_delegation_country,
        "country_name_id": _join_delegation_country,
        "members": lambda q: q.outerjoin(_MEMBER_COUNTS, _MEMBER_COUNTS.c.delegation_id == Delegation.id),
        "agreement": lambda q: q.outerjoin(_SortAgreement, _SortAgreement.id == Delegation.agreement_id),
    },
    nullable_sorts=frozenset({"cities", "agreement"}),
    default_order=(("start_on", True),),
    filters={
        "direction": lambda v, _t: Delegation.direction == _code(v),
        "status": lambda v, _t: Delegation.status == _code(v),
        "country": lambda v, _t: Delegation.country_code == _country(v),
        "fiscal_year": lambda v, _t: _year_range(Delegation.start_on, _int(v, "fiscal_year")),
        "departing_within_days": lambda v, t: _within_days(
            Delegation.start_on, _int(v, "departing_within_days"), t
        ),
    },
    search=_delegation_search,
    fetch=_fetch_delegations,
    enums={"direction": e.Direction, "status": e.DelegationStatus},
)


# Budget lines --------------------------------------------------------------------------------------

_BUDGET_SEARCH = (BudgetLine.account_code, BudgetLine.activity, BudgetLine.description)


def _budget_search(words: list[str], sqlite: bool) -> ColumnElement[bool]:
    if sqlite:
        return BudgetLine.id.in_(_fts_ids("budget_line_fts", words))
    return and_(*(_ilike_any(_BUDGET_SEARCH, word) for word in words))


def _transaction_sum(kind: e.TransactionKind) -> Callable[[], Any]:
    return lambda: (
        select(func.coalesce(func.sum(Transaction.idr_amount), 0))
        .where(Transaction.budget_line_id == BudgetLine.id, Transaction.kind == kind.value)
        .correlate(BudgetLine).scalar_subquery()
    )


_realised = _transaction_sum(e.TransactionKind.REALISATION)
_granted = _transaction_sum(e.TransactionKind.GRANT)


def _sum_of(kind: e.TransactionKind) -> Any:
    return func.sum(case((Transaction.kind == kind.value, Transaction.idr_amount), else_=0))


_LINE_SUMS = (
    select(Transaction.budget_line_id, _sum_of(e.TransactionKind.REALISATION).label("realised"),
           _sum_of(e.TransactionKind.GRANT).label("grants"))
    .group_by(Transaction.budget_line_id)
    .subquery("sort_line_sums")
)


def _join_line_sums(query: Any) -> Any:
    return query.outerjoin(_LINE_SUMS, _LINE_SUMS.c.budget_line_id == BudgetLine.id)


def _fetch_budget(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(BudgetLine.id, BudgetLine.fiscal_year, BudgetLine.account_code, BudgetLine.activity,
               BudgetLine.description, BudgetLine.planned_idr, BudgetLine.agreement_id, Agreement.number,
               Delegation.code.label("delegation"), _realised().label("realised"), _granted().label("grants"))
        .outerjoin(Agreement, Agreement.id == BudgetLine.agreement_id)
        .outerjoin(Delegation, Delegation.id == BudgetLine.delegation_id)
        .where(BudgetLine.id.in_(ids))
    )
    rows = {}
    for row in session.execute(query):
        planned, realised = int(row.planned_idr or 0), int(row.realised or 0)
        rows[row.id] = {
            "id": row.id, "fiscal_year": row.fiscal_year, "account_code": row.account_code,
            "activity": row.activity, "description": row.description,
            "planned": _money(planned), "realised": _money(realised), "remaining": _money(planned - realised),
            "grants": _money(row.grants), "agreement": row.number, "agreement_id": row.agreement_id,
            "delegation": row.delegation,
        }
    return rows


_BUDGET = _Register(
    model=BudgetLine,
    columns=(
        Column("fiscal_year", "Fiscal year", "Tahun anggaran", kind="number"),
        Column("account_code", "Account", "Kode rekening"),
        Column("activity", "Activity", "Kegiatan"),
        Column("description", "Description", "Uraian"),
        Column("planned", "Planned", "Pagu", kind="money"),
        Column("realised", "Realised", "Realisasi", kind="money"),
        Column("remaining", "Remaining", "Sisa", kind="money"),
        Column("grants", "Grants received", "Hibah diterima", kind="money"),
        Column("agreement", "Agreement", "Perjanjian"),
        Column("delegation", "Delegation", "Delegasi"),
    ),
    sort_keys={
        "fiscal_year": lambda: BudgetLine.fiscal_year,
        "account_code": lambda: BudgetLine.account_code,
        "activity": lambda: BudgetLine.activity,
        "description": lambda: BudgetLine.description,
        "planned": lambda: BudgetLine.planned_idr,
        "realised": lambda: func.coalesce(_LINE_SUMS.c.realised, 0),
        "remaining": lambda: BudgetLine.planned_idr - func.coalesce(_LINE_SUMS.c.realised, 0),
        "grants": lambda: func.coalesce(_LINE_SUMS.c.grants, 0),
        "agreement": lambda: _SortAgreement.number,
        "delegation": lambda: _SortDelegation.code,
    },
    sort_joins={
        "realised": _join_line_sums,
        "remaining": _join_line_sums,
        "grants": _join_line_sums,
        "agreement": lambda q: q.outerjoin(_SortAgreement, _SortAgreement.id == BudgetLine.agreement_id),
        "delegation": lambda q: q.outerjoin(_SortDelegation, _SortDelegation.id == BudgetLine.delegation_id),
    },
    nullable_sorts=frozenset({"activity", "agreement", "delegation"}),
    default_order=(("fiscal_year", True), ("account_code", False)),
    filters={
        "fiscal_year": lambda v, _t: BudgetLine.fiscal_year == _int(v, "fiscal_year"),
        "account_code": lambda v, _t: BudgetLine.account_code.like(f"{_escape_like(_code(v))}%", escape="\\"),
        "agreement_id": lambda v, _t: BudgetLine.agreement_id == _int(v, "agreement_id"),
    },
    search=_budget_search,
    fetch=_fetch_budget,
)


# Officials -----------------------------------------------------------------------------------------

_OFFICIAL_SEARCH = (Official.name, Official.nip, Official.position, Official.unit)


def _fetch_officials(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = select(Official).where(Official.id.in_(ids))
    return {
        o.id: {
            "id": o.id, "name": o.name, "nip": o.nip, "position": o.position, "unit": o.unit, "grade": o.grade,
            "passport_type": o.passport_type, "passport_number": o.passport_number,
            "passport_expiry": o.passport_expiry, "active": bool(o.active),
        }
        for o in session.scalars(query)
    }


_OFFICIALS = _Register(
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
        "name": lambda: Official.name,
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
        "grade": lambda v, _t: Official.grade == _code(v).upper(),
        "active": lambda v, _t: Official.active == (true() if _bool(v, "active") else false()),
    },
    search=lambda words, _sqlite: and_(*(_ilike_any(_OFFICIAL_SEARCH, word) for word in words)),
    fetch=_fetch_officials,
    enums={"grade": e.Grade, "passport_type": e.PassportType},
)


# Per-diem rates ------------------------------------------------------------------------------------

def _per_diem_search(words: list[str], _sqlite: bool) -> ColumnElement[bool]:
    conditions = []
    for word in words:
        countries = select(Country.code).where(
            _ilike_any((Country.code, Country.name_en, Country.name_id, Country.alpha3), word)
        )
        conditions.append(or_(PerDiemRate.country_code.in_(countries), _ilike_any((PerDiemRate.source,), word)))
    return and_(*conditions)


def _fetch_per_diem(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(PerDiemRate, Country.name_en, Country.name_id)
        .join(Country, Country.code == PerDiemRate.country_code)
        .where(PerDiemRate.id.in_(ids))
    )
    return {
        rate.id: {
            "id": rate.id, "country": rate.country_code, "country_name_en": name_en, "country_name_id": name_id,
            "grade": rate.grade, "amount": _money(rate.amount_minor, rate.currency), "valid_from": rate.valid_from,
            "source": rate.source,
        }
        for rate, name_en, name_id in session.execute(query)
    }


def _join_rate_country(query: Any) -> Any:
    return query.join(_SortCountry, _SortCountry.code == PerDiemRate.country_code)


_PER_DIEM = _Register(
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
        "country_name_en": lambda: _SortCountry.name_en,
        "country_name_id": lambda: _SortCountry.name_id,
        "grade": lambda: PerDiemRate.grade,
        "amount": lambda: PerDiemRate.amount_minor,
        "valid_from": lambda: PerDiemRate.valid_from,
        "source": lambda: PerDiemRate.source,
    },
    nullable_sorts=frozenset(),
    default_order=(("country_name_en", False), ("grade", False), ("valid_from", True)),
    filters={
        "country": lambda v, _t: PerDiemRate.country_code == _country(v),
        "grade": lambda v, _t: PerDiemRate.grade == _code(v).upper(),
    },
    search=_per_diem_search,
    fetch=_fetch_per_diem,
    enums={"grade": e.Grade},
    sort_joins={"country_name_en": _join_rate_country, "country_name_id": _join_rate_country},
)

_REGISTRY: dict[str, _Register] = {
    "partners": _PARTNERS,
    "agreements": _AGREEMENTS,
    "delegations": _DELEGATIONS,
    "budget": _BUDGET,
    "officials": _OFFICIALS,
    "per_diem_rates": _PER_DIEM,
}


# --- public API -----------------------------------------------------------------------------------


def _register(name: str) -> _Register:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown register {name!r}; known: {', '.join(REGISTERS)}") from None


def columns(register: str) -> tuple[Column, ...]:
    """The columns of a register, in display order."""
    return _register(register).columns


def filter_keys(register: str) -> tuple[str, ...]:
    """The filter names :class:`RegisterQuery` accepts for a register."""
    return tuple(_register(register).filters)


def _sorted(spec: _Register, query: RegisterQuery, statement: Any) -> Any:
    """``statement`` joined to what the sort needs and ordered, the row id breaking ties."""
    model_id = spec.model.id
    if query.sort is None:
        keys = list(spec.default_order)
    else:
        if query.sort not in spec.sort_keys:
            sortable = ", ".join(spec.sort_keys)
            raise ValueError(f"cannot sort by {query.sort!r}; sortable columns: {sortable}")
        keys = [(query.sort, query.descending)]
    joins: list[Join] = []
    order = []
    for key, descending in keys:
        if key == "id":
            order.append(model_id.desc() if descending else model_id.asc())
            continue
        join = spec.sort_joins.get(key)
        if join is not None and join not in joins:
            joins.append(join)
        order.append(_direction(spec.sort_keys[key](), descending, key in spec.nullable_sorts))
    if keys[-1][0] != "id":
        order.append(model_id.desc() if keys[-1][1] else model_id.asc())
    for join in joins:
        statement = join(statement)
    return statement.order_by(*order)


def _direction(expression: Any, descending: bool, nullable: bool) -> Any:
    ordered = expression.desc() if descending else expression.asc()
    # Empty values last in both directions, on both back ends.
    return ordered.nulls_last() if nullable else ordered


def _where(spec: _Register, register: str, query: RegisterQuery, sqlite: bool, today: date) -> list[Any]:
    conditions: list[Any] = []
    for key, value in query.filters.items():
        make = spec.filters.get(key)
        if make is None:
            known = ", ".join(spec.filters) or "none"
            raise ValueError(f"unknown filter {key!r} for the {register} register; known filters: {known}")
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # "any"
        conditions.append(make(value, today))
    words = search_words(query.search or "")
    if words:
        conditions.append(spec.search(words, sqlite))
    return conditions


def find_ids(ctx: ServiceContext, register: str, query: RegisterQuery, *, today: date | None = None) -> list[int]:
    """The ids of the rows that match ``query``, in display order."""
    spec = _register(register)
    statement = _sorted(spec, query, select(spec.model.id).where(
        *_where(spec, register, query, ctx.database.is_sqlite, today or date.today())
    ))
    with reading(ctx) as session:
        # Plain rows unpacked here: about twice as fast as the ORM for 100,000 ids.
        return [row_id for (row_id,) in session.connection().execute(statement)]


def count(ctx: ServiceContext, register: str, query: RegisterQuery, *, today: date | None = None) -> int:
    """How many rows match ``query``."""
    spec = _register(register)
    statement = select(func.count()).select_from(spec.model).where(
        *_where(spec, register, query, ctx.database.is_sqlite, today or date.today())
    )
    with reading(ctx) as session:
        return int(session.scalar(statement) or 0)


def fetch_rows(ctx: ServiceContext, register: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The display values of the rows ``ids`` (keyed by :attr:`Column.key`, plus ``id``), in one query.

    Values are plain Python: str, int, bool, date, Decimal, and money as
    :class:`~secretariat.domain.money.Money`. Ids that no longer exist are
    simply absent; the others come in the order asked for. Agreements also carry ``partner_codes`` (a tuple) and
    ``live`` (bool); budget lines carry ``agreement_id``.
    """
    spec = _register(register)
    wanted = list(dict.fromkeys(int(i) for i in ids))
    if not wanted:
        return {}
    with reading(ctx) as session:
        rows = spec.fetch(session, wanted)
    return {row_id: rows[row_id] for row_id in wanted if row_id in rows}


def enum_type(register: str, key: str) -> type[StrEnum] | None:
    """The enumeration whose codes an ``enum`` column holds (None for other columns)."""
    return _register(register).enums.get(key)


_BABEL_LOCALE = {"id": "id_ID", "en": "en_GB"}
_MONEY_PATTERN = "¤ #,##0.00;-¤ #,##0.00"


def format_value(register: str, key: str, value: Any, language: str = "id") -> str:
    """A value of :func:`fetch_rows` as a person reads it, in Indonesian or English."""
    if value is None:
        return ""
    locale = _BABEL_LOCALE.get(language, "en_GB")
    if isinstance(value, bool):
        return label(e.Answer.YES if value else e.Answer.NO, "id" if language == "id" else "en")
    enum = enum_type(register, key)
    if enum is not None:
        try:
            return label(enum(value), "id" if language == "id" else "en")
        except (ValueError, KeyError):
            return str(value)
    if isinstance(value, Money):
        # "Rp 1.234.567" / "IDR 1,234,567": the office writes a space after the symbol.
        return format_currency(value.amount, value.currency, format=_MONEY_PATTERN, locale=locale,
                               currency_digits=True)
    if isinstance(value, date):
        return format_date(value, "d MMM y", locale=locale)
    if isinstance(value, Decimal):
        return format_decimal(value, locale=locale)
    if isinstance(value, int) and key != "fiscal_year":
        return format_decimal(value, locale=locale)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


__all__ = [
    "COLUMN_KINDS", "Column", "REGISTERS", "RegisterQuery", "columns", "count", "enum_type", "fetch_rows",
    "filter_keys", "find_ids", "format_value", "fts_query", "search_words",
]
