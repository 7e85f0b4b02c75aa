"""Register queries (search, filters, sorting, page fetch) on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from secretariat.domain.money import Money
from secretariat.services import registers
from secretariat.services.context import ServiceContext, open_context, writing
from secretariat.services.registers import RegisterQuery, fetch_rows, find_ids
from secretariat.storage.models import (
    Agreement,
    AgreementPartner,
    BudgetLine,
    Delegation,
    Member,
    Official,
    Partner,
    PerDiemRate,
    Stage,
    Transaction,
)

TODAY = date(2026, 11, 29)


@dataclass
class Ids:
    krakow: int
    dusseldorf: int
    kyushu: int
    rheinwerk: int
    a_culture: int
    a_loi: int
    a_scholarship: int
    a_expired: int
    d_out: int
    d_in: int
    b_travel: int
    b_hosting: int
    b_grant: int
    o_agus: int
    o_dewi: int


def _transaction(line: BudgetLine, on: date, kind: str, amount: str, currency: str, rate: str) -> Transaction:
    money = Money(Decimal(amount), currency)
    return Transaction(
        budget_line=line,
        occurred_on=on,
        kind=kind,
        amount_minor=money.minor,
        currency=currency,
        rate_to_idr=Decimal(rate),
        idr_amount=money.to_idr(Decimal(rate)).minor,
    )


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk")


@pytest.fixture
def ids(ctx: ServiceContext) -> Ids:
    with writing(ctx) as session:
        stage = {s.code: s.id for s in session.scalars(select(Stage))}
        krakow = Partner(
            code="PL-KRK",
            name="City of Kraków",
            name_original="Miasto Kraków",
            kind="regional_government",
            country_code="PL",
            city="Kraków",
            status="active",
        )
        dusseldorf = Partner(
            code="DE-DUS",
            name="Landeshauptstadt Düsseldorf",
            kind="regional_government",
            country_code="DE",
            city="Düsseldorf",
            status="prospect",
        )
        kyushu = Partner(
            code="JP-KYU",
            name="Kyushu University",
            name_original="九州大学",
            kind="university",
            country_code="JP",
            city="Fukuoka",
            status="active",
        )
        rheinwerk = Partner(
            code="DE-RWL",
            name="Rheinwerk Logistik GmbH",
            kind="business",
            country_code="DE",
            city="Düsseldorf",
            status="inactive",
            notes="Port logistics",
        )
        session.add_all([krakow, dusseldorf, kyushu, rheinwerk])
        session.flush()

        def agreement(
            number: str | None,
            title_id: str,
            title_en: str,
            kind: str,
            instrument: str,
            stage_code: str,
            partners: list[Partner],
            signed: date | None = None,
            effective: date | None = None,
            expires: date | None = None,
        ) -> Agreement:
            row = Agreement(
                number=number,
                title_id=title_id,
                title_en=title_en,
                kind=kind,
                instrument=instrument,
                stage_id=stage[stage_code],
                signed_on=signed,
                effective_on=effective,
                expires_on=expires,
            )
            row.parties = [AgreementPartner(partner_id=p.id, position=i) for i, p in enumerate(partners)]
            session.add(row)
            return row

        a_culture = agreement(
            "001/KS/2024",
            "Nota Kesepahaman Kebudayaan",
            "MoU on Culture",
            "ksdpl",
            "mou",
            "implementation",
            [krakow],
            date(2024, 3, 1),
            date(2024, 3, 10),
            TODAY + timedelta(days=20),
        )
        a_loi = agreement(
            None,
            "Surat Pernyataan Kehendak Industri",
            "Letter of Intent on Industry",
            "ksdpl",
            "loi",
            "initiative",
            [dusseldorf],
        )
        a_scholarship = agreement(
            "002/KS/2025",
            "Perjanjian Kerja Sama Beasiswa",
            "Arrangement on Scholarships",
            "ksdll",
            "arrangement",
            "evaluation",
            [kyushu, krakow],
            date(2025, 6, 1),
            date(2025, 6, 1),
            TODAY + timedelta(days=150),
        )
        a_expired = agreement(
            "001/KS/2019",
            "Nota Kesepahaman Logistik",
            "MoU on Logistics",
            "ksdll",
            "mou",
            "expired",
            [rheinwerk],
            date(2019, 1, 2),
            date(2019, 1, 2),
            date(2024, 1, 1),
        )
        session.flush()

        d_out = Delegation(
            code="DLG-2026-001",
            direction="outgoing",
            purpose="Pertemuan Kelompok Kerja Bersama",
            agreement_id=a_culture.id,
            country_code="PL",
            cities="Kraków, Warszawa",
            start_on=TODAY + timedelta(days=6),
            end_on=TODAY + timedelta(days=10),
            status="preparing",
        )
        d_out.members = [
            Member(name="Agus Setiawan", position=0, role="head"),
            Member(name="Dewi Anggraini", position=1, role="member"),
        ]
        d_in = Delegation(
            code="DLG-2025-004",
            direction="incoming",
            purpose="Seleksi beasiswa",
            country_code="JP",
            cities="Surabaya",
            start_on=date(2025, 5, 1),
            end_on=date(2025, 5, 3),
            status="completed",
        )
        session.add_all([d_out, d_in])

        b_travel = BudgetLine(
            fiscal_year=2026,
            account_code="5.1.02.04.02.0001",
            activity="Fasilitasi",
            description="Perjalanan dinas luar negeri ke Kraków",
            planned_idr=100_000_000,
            agreement_id=a_culture.id,
        )
        b_hosting = BudgetLine(
            fiscal_year=2025,
            account_code="5.1.02.01.01.0052",
            description="Jamuan tamu delegasi",
            planned_idr=50_000_000,
        )
        b_grant = BudgetLine(
            fiscal_year=2026, account_code="4.3.01.01.01.0001", description="Hibah peralatan", planned_idr=10_000_000
        )
        session.add_all([b_travel, b_hosting, b_grant])
        session.add_all(
            [
                _transaction(b_travel, date(2026, 3, 1), "realisation", "40000000", "IDR", "1"),
                _transaction(b_travel, date(2026, 3, 2), "realisation", "1000.00", "USD", "15850.50"),
                _transaction(b_grant, date(2026, 3, 3), "grant", "500", "EUR", "17000"),
                _transaction(b_hosting, date(2025, 8, 1), "realisation", "60000000", "IDR", "1"),
            ]
        )
        o_agus = Official(
            name="Agus Setiawan",
            position="Kepala Bagian Kerja Sama",
            grade="C",
            active=True,
            passport_type="service",
            passport_number="S1234567",
            passport_expiry=date(2027, 1, 5),
        )
        o_dewi = Official(name="Dewi Anggraini", position="Analis Kerja Sama", grade="B", active=False)
        session.add_all([o_agus, o_dewi])
        session.add_all(
            [
                PerDiemRate(
                    country_code="GB",
                    grade="A",
                    amount_minor=79_200,
                    currency="USD",
                    valid_from=date(2024, 1, 1),
                    source="PMK 49/2023 (TA 2024)",
                ),
                PerDiemRate(
                    country_code="GB",
                    grade="B",
                    amount_minor=77_400,
                    currency="USD",
                    valid_from=date(2024, 1, 1),
                    source="PMK 49/2023 (TA 2024)",
                ),
                PerDiemRate(
                    country_code="IT",
                    grade="A",
                    amount_minor=70_200,
                    currency="USD",
                    valid_from=date(2024, 1, 1),
                    source="PMK 49/2023 (TA 2024)",
                ),
            ]
        )
        session.flush()
        return Ids(
            krakow.id,
            dusseldorf.id,
            kyushu.id,
            rheinwerk.id,
            a_culture.id,
            a_loi.id,
            a_scholarship.id,
            a_expired.id,
            d_out.id,
            d_in.id,
            b_travel.id,
            b_hosting.id,
            b_grant.id,
            o_agus.id,
            o_dewi.id,
        )


def _find(
    ctx: ServiceContext,
    register: str,
    search: str = "",
    sort: str | None = None,
    descending: bool = False,
    **filters: object,
) -> list[int]:
    return find_ids(
        ctx, register, RegisterQuery(search=search, filters=filters, sort=sort, descending=descending), today=TODAY
    )


# --- searching ------------------------------------------------------------------------------------


def test_search_matches_word_prefixes_and_requires_every_word(ctx: ServiceContext, ids: Ids) -> None:
    assert _find(ctx, "partners", "Kraków") == [ids.krakow]
    assert _find(ctx, "partners", "krak") == [ids.krakow]
    assert _find(ctx, "partners", "city krak") == [ids.krakow]
    assert _find(ctx, "partners", "city düss") == []
    assert set(_find(ctx, "partners", "Düss")) == {ids.dusseldorf, ids.rheinwerk}  # name or city
    assert _find(ctx, "partners", "九州") == [ids.kyushu]  # name in the original script
    assert _find(ctx, "partners", "logistics") == [ids.rheinwerk]  # notes
    assert _find(ctx, "partners", "DE-RWL") == [ids.rheinwerk]  # code
    assert _find(ctx, "partners", "   ") == _find(ctx, "partners")  # blank: everything


#: Search texts that are query syntax in FTS5 or LIKE. Words in them are looked for literally (no
#: partner holds them: nothing is found); a text of punctuation alone holds no word and lists everything,
#: as a blank search does.
QUERY_SYNTAX = [
    ('O"Brien', False),
    ("100%", False),
    ("a_b", False),
    ("NEAR AND OR", False),
    ("'", True),
    ('"', True),
    ("*", True),
    ("(", True),
    ("-", True),
]


@pytest.mark.parametrize(("text", "everything"), QUERY_SYNTAX)
def test_search_text_with_query_syntax_is_taken_literally(
    ctx: ServiceContext, ids: Ids, text: str, everything: bool
) -> None:
    found = _find(ctx, "partners", text)
    assert found == (_find(ctx, "partners") if everything else [])
    assert len(_find(ctx, "partners")) == 4  # "everything" is the four partners, never an empty list


def test_search_folds_diacritics(ctx: ServiceContext, ids: Ids) -> None:
    # SQLite: the FTS5 tokenizer folds them; PostgreSQL: unaccent on both sides (migration 0011).
    assert _find(ctx, "partners", "Krakow") == [ids.krakow]
    assert set(_find(ctx, "partners", "dusseldorf")) == {ids.dusseldorf, ids.rheinwerk}
    assert set(_find(ctx, "agreements", "krakow")) == {ids.a_culture, ids.a_scholarship}


def test_agreement_search_covers_titles_numbers_and_partner_names_and_cities(ctx: ServiceContext, ids: Ids) -> None:
    assert _find(ctx, "agreements", "kebudayaan") == [ids.a_culture]
    assert _find(ctx, "agreements", "scholarships") == [ids.a_scholarship]
    assert _find(ctx, "agreements", "002/KS/2025") == [ids.a_scholarship]
    assert _find(ctx, "agreements", "kyushu") == [ids.a_scholarship]  # partner name
    assert _find(ctx, "agreements", "fukuoka") == [ids.a_scholarship]  # partner city
    assert set(_find(ctx, "agreements", "Kraków")) == {ids.a_culture, ids.a_scholarship}
    # Every word must match, each in the agreement itself or one of its partners.
    assert _find(ctx, "agreements", "Kraków beasiswa") == [ids.a_scholarship]
    assert _find(ctx, "agreements", "Kraków logistik") == []


def test_search_in_delegations_budget_officials_and_rates(ctx: ServiceContext, ids: Ids) -> None:
    assert _find(ctx, "delegations", "warszawa") == [ids.d_out]
    assert _find(ctx, "delegations", "DLG-2025") == [ids.d_in]
    assert _find(ctx, "budget", "jamuan") == [ids.b_hosting]
    assert _find(ctx, "budget", "5.1.02.04") == [ids.b_travel]
    assert _find(ctx, "officials", "dewi") == [ids.o_dewi]
    assert _find(ctx, "officials", "kerja sama") == [ids.o_agus, ids.o_dewi]  # position; by name
    assert len(_find(ctx, "per_diem_rates", "italy")) == 1
    assert len(_find(ctx, "per_diem_rates", "PMK 49")) == 3


# --- filters --------------------------------------------------------------------------------------


def test_partner_filters(ctx: ServiceContext, ids: Ids) -> None:
    assert _find(ctx, "partners", country="DE") == [ids.dusseldorf, ids.rheinwerk]
    assert _find(ctx, "partners", country="de") == [ids.dusseldorf, ids.rheinwerk]
    assert _find(ctx, "partners", kind="university") == [ids.kyushu]
    assert _find(ctx, "partners", status="prospect") == [ids.dusseldorf]
    assert _find(ctx, "partners", country="DE", status="inactive") == [ids.rheinwerk]
    assert len(_find(ctx, "partners", country=None, kind="")) == 4  # None and "" mean "any"


def test_agreement_filters(ctx: ServiceContext, ids: Ids) -> None:
    def found(**filters: object) -> set[int]:
        return set(_find(ctx, "agreements", **filters))

    assert found(country="PL") == {ids.a_culture, ids.a_scholarship}  # any partner's country
    assert found(country="JP") == {ids.a_scholarship}
    assert found(kind="ksdll") == {ids.a_scholarship, ids.a_expired}
    assert found(instrument="loi") == {ids.a_loi}
    assert found(stage="evaluation") == {ids.a_scholarship}
    assert found(fiscal_year=2024) == {ids.a_culture}
    assert found(fiscal_year="2025") == {ids.a_scholarship}
    assert found(expiring_within_days=30) == {ids.a_culture}
    assert found(expiring_within_days=180) == {ids.a_culture, ids.a_scholarship}
    assert found(partner_id=ids.krakow) == {ids.a_culture, ids.a_scholarship}
    assert found(status_live=True) == {ids.a_culture, ids.a_scholarship}
    assert found(status_live="no") == {ids.a_loi, ids.a_expired}


def test_date_filters_follow_today(ctx: ServiceContext, ids: Ids) -> None:
    query = RegisterQuery(filters={"expiring_within_days": 30})
    assert find_ids(ctx, "agreements", query, today=TODAY) == [ids.a_culture]
    assert find_ids(ctx, "agreements", query, today=TODAY + timedelta(days=130)) == [ids.a_scholarship]


def test_delegation_budget_official_and_rate_filters(ctx: ServiceContext, ids: Ids) -> None:
    assert _find(ctx, "delegations", direction="outgoing") == [ids.d_out]
    assert _find(ctx, "delegations", status="completed") == [ids.d_in]
    assert _find(ctx, "delegations", country="JP") == [ids.d_in]
    assert _find(ctx, "delegations", fiscal_year=2025) == [ids.d_in]
    assert _find(ctx, "delegations", departing_within_days=7) == [ids.d_out]
    assert _find(ctx, "delegations", departing_within_days=3) == []
    assert set(_find(ctx, "budget", fiscal_year=2026)) == {ids.b_travel, ids.b_grant}
    assert set(_find(ctx, "budget", account_code="5.1.02")) == {ids.b_travel, ids.b_hosting}
    assert _find(ctx, "budget", account_code="5.1.02.04") == [ids.b_travel]
    assert _find(ctx, "budget", account_code="5_1") == []  # LIKE wildcards are literal
    assert _find(ctx, "budget", agreement_id=ids.a_culture) == [ids.b_travel]
    assert _find(ctx, "budget", side="revenue") == [ids.b_grant]
    assert set(_find(ctx, "budget", side="spending")) == {ids.b_travel, ids.b_hosting}
    assert _find(ctx, "officials", grade="C") == [ids.o_agus]
    assert _find(ctx, "officials", active=False) == [ids.o_dewi]
    assert _find(ctx, "officials", active="yes") == [ids.o_agus]
    assert len(_find(ctx, "per_diem_rates", country="GB")) == 2
    assert len(_find(ctx, "per_diem_rates", grade="a")) == 2


def test_unknown_registers_filters_sorts_and_bad_values_raise_value_error(ctx: ServiceContext, ids: Ids) -> None:
    with pytest.raises(ValueError, match="unknown register"):
        _find(ctx, "treaties")
    with pytest.raises(ValueError, match="unknown filter 'colour'"):
        _find(ctx, "partners", colour="red")
    with pytest.raises(ValueError, match="cannot sort by 'partners'"):
        _find(ctx, "agreements", sort="partners")
    with pytest.raises(ValueError, match="whole number"):
        _find(ctx, "agreements", fiscal_year="last year")
    with pytest.raises(ValueError, match="yes or no"):
        _find(ctx, "agreements", status_live="perhaps")
    with pytest.raises(ValueError, match="unknown register"):
        registers.columns("treaties")


# --- sorting ------------------------------------------------------------------------------------------


def test_sorting_both_ways(ctx: ServiceContext, ids: Ids) -> None:
    by_name = [ids.krakow, ids.kyushu, ids.dusseldorf, ids.rheinwerk]
    assert _find(ctx, "partners") == by_name  # default: by name
    assert _find(ctx, "partners", sort="name") == by_name
    assert _find(ctx, "partners", sort="name", descending=True) == by_name[::-1]
    assert _find(ctx, "partners", sort="country") == [ids.dusseldorf, ids.rheinwerk, ids.kyushu, ids.krakow]
    assert _find(ctx, "partners", sort="agreements", descending=True)[0] == ids.krakow
    # Empty dates go last both ways.
    assert _find(ctx, "agreements", sort="expires_on") == [ids.a_expired, ids.a_culture, ids.a_scholarship, ids.a_loi]
    assert _find(ctx, "agreements", sort="expires_on", descending=True) == [
        ids.a_scholarship,
        ids.a_culture,
        ids.a_expired,
        ids.a_loi,
    ]
    assert _find(ctx, "agreements", sort="stage") == [ids.a_loi, ids.a_culture, ids.a_scholarship, ids.a_expired]
    # By the first partner's country (DE, DE, JP, PL), then by id.
    assert _find(ctx, "agreements", sort="country") == [ids.a_loi, ids.a_expired, ids.a_scholarship, ids.a_culture]
    assert _find(ctx, "budget", sort="realised", descending=True) == [ids.b_hosting, ids.b_travel, ids.b_grant]
    # a revenue line has no realised nor remaining: it sorts last both ways; received is revenue only
    assert _find(ctx, "budget", sort="remaining") == [ids.b_hosting, ids.b_travel, ids.b_grant]
    assert _find(ctx, "budget", sort="remaining", descending=True) == [ids.b_travel, ids.b_hosting, ids.b_grant]
    assert _find(ctx, "budget", sort="received", descending=True)[0] == ids.b_grant
    assert _find(ctx, "budget", sort="side") == [
        ids.b_grant,
        ids.b_travel,
        ids.b_hosting,
    ]  # revenue < spending, then id
    assert _find(ctx, "delegations", sort="members") == [ids.d_in, ids.d_out]
    assert _find(ctx, "delegations") == [ids.d_out, ids.d_in]  # default: latest first
    assert _find(ctx, "officials", sort="grade", descending=True) == [ids.o_agus, ids.o_dewi]


def test_a_limit_gives_the_first_ids_of_the_same_order(ctx: ServiceContext, ids: Ids) -> None:
    """The register's first page, read before its whole list (a window opening on a big register)."""
    for register, sort, descending in (
        ("partners", None, False),
        ("partners", "country", False),
        ("agreements", "expires_on", True),
    ):
        query = RegisterQuery(sort=sort, descending=descending)
        whole = find_ids(ctx, register, query, today=TODAY)
        assert len(whole) >= 3
        assert find_ids(ctx, register, query, today=TODAY, limit=2) == whole[:2]
        assert find_ids(ctx, register, query, today=TODAY, limit=100) == whole


def test_count_agrees_with_find_ids(ctx: ServiceContext, ids: Ids) -> None:
    query = RegisterQuery(search="krak", filters={"status_live": True})
    assert (
        registers.count(ctx, "agreements", query, today=TODAY)
        == len(find_ids(ctx, "agreements", query, today=TODAY))
        == 2
    )


# --- fetching rows -----------------------------------------------------------------------------------


def test_fetch_rows_gives_plain_values_keyed_by_column(ctx: ServiceContext, ids: Ids) -> None:
    partners = fetch_rows(ctx, "partners", [ids.kyushu, ids.krakow, 999_999])
    assert set(partners) == {ids.kyushu, ids.krakow}  # a vanished id is simply absent
    kyushu = partners[ids.kyushu]
    assert {c.key for c in registers.columns("partners")} <= set(kyushu)
    assert (kyushu["code"], kyushu["name_original"], kyushu["kind"], kyushu["country"], kyushu["status"]) == (
        "JP-KYU",
        "九州大学",
        "university",
        "JP",
        "active",
    )
    assert kyushu["country_name_en"] == "Japan" and kyushu["agreements"] == 1
    assert partners[ids.krakow]["agreements"] == 2

    agreement = fetch_rows(ctx, "agreements", [ids.a_scholarship])[ids.a_scholarship]
    assert {c.key for c in registers.columns("agreements")} <= set(agreement)
    assert agreement["partner_codes"] == ("JP-KYU", "PL-KRK")  # in the order of the parties
    assert agreement["partners"] == "JP-KYU, PL-KRK"
    assert agreement["country"] == "JP"  # the first partner's
    assert (agreement["stage"], agreement["stage_name_en"], agreement["live"]) == (
        "evaluation",
        "Monitoring and evaluation",
        True,
    )
    assert agreement["signed_on"] == date(2025, 6, 1) and agreement["expires_on"] == TODAY + timedelta(days=150)
    loi = fetch_rows(ctx, "agreements", [ids.a_loi])[ids.a_loi]
    assert loi["number"] is None and loi["signed_on"] is None and loi["live"] is False

    travel = fetch_rows(ctx, "budget", [ids.b_travel])[ids.b_travel]
    assert travel["planned"] == Money(Decimal(100_000_000), "IDR")
    assert travel["realised"] == Money(Decimal(40_000_000 + 15_850_500), "IDR")  # 1,000.00 USD at 15,850.50
    assert travel["remaining"] == Money(Decimal(100_000_000 - 55_850_500), "IDR")
    assert (
        travel["side"] == "spending" and travel["received"] is None and travel["percent_realised"] == Decimal("55.85")
    )
    grant = fetch_rows(ctx, "budget", [ids.b_grant])[ids.b_grant]
    assert (grant["side"], grant["realised"], grant["remaining"]) == ("revenue", None, None)
    assert grant["received"] == grant["received_cash"] == Money(Decimal(8_500_000), "IDR")  # 500 EUR at 17,000
    assert grant["received_in_kind"] == Money(Decimal(0), "IDR") and grant["percent_received"] == Decimal("85.00")
    assert (travel["agreement"], travel["fiscal_year"]) == ("001/KS/2024", 2026)
    hosting = fetch_rows(ctx, "budget", [ids.b_hosting])[ids.b_hosting]
    assert hosting["remaining"] == Money(Decimal(-10_000_000), "IDR")  # realised over plan

    delegation = fetch_rows(ctx, "delegations", [ids.d_out])[ids.d_out]
    assert (delegation["members"], delegation["agreement"], delegation["direction"]) == (2, "001/KS/2024", "outgoing")
    official = fetch_rows(ctx, "officials", [ids.o_agus])[ids.o_agus]
    assert (official["grade"], official["active"], official["passport_expiry"]) == ("C", True, date(2027, 1, 5))
    rates = fetch_rows(ctx, "per_diem_rates", _find(ctx, "per_diem_rates", country="GB", sort="grade"))
    assert [r["amount"] for r in rates.values()] == [Money(Decimal("792.00"), "USD"), Money(Decimal("774.00"), "USD")]
    assert fetch_rows(ctx, "partners", []) == {}


def test_format_value_reads_like_the_office_writes(ctx: ServiceContext, ids: Ids) -> None:
    travel = fetch_rows(ctx, "budget", [ids.b_travel])[ids.b_travel]
    assert registers.format_value("budget", "planned", travel["planned"], "id") == "Rp 100.000.000"
    assert registers.format_value("budget", "planned", travel["planned"], "en") == "IDR 100,000,000"
    assert registers.format_value("budget", "fiscal_year", 2026, "id") == "2026"
    assert registers.format_value("partners", "kind", "university", "id") == "Perguruan tinggi / sekolah"
    assert registers.format_value("officials", "active", False, "en") == "No"
    assert registers.format_value("agreements", "expires_on", date(2026, 12, 31), "id") == "31 Des 2026"
    assert registers.format_value("agreements", "number", None, "id") == ""


def test_every_register_has_columns_and_a_working_query(ctx: ServiceContext, ids: Ids, tmp_path) -> None:
    from tests.document_files import write_pdf

    from secretariat.services.attachments import add_attachment

    add_attachment(ctx, "partner", ids.krakow, "other", write_pdf(tmp_path / "profile.pdf"))  # the archive's row
    for register in registers.REGISTERS:
        columns = registers.columns(register)
        assert columns and all(c.kind in registers.COLUMN_KINDS for c in columns)
        found = _find(ctx, register)
        rows = fetch_rows(ctx, register, found)
        assert set(rows) == set(found) and found
        for column in columns:
            if column.sortable:
                assert sorted(_find(ctx, register, sort=column.key)) == sorted(found), (register, column.key)
        for row in rows.values():
            assert {c.key for c in columns} <= set(row)


def test_search_finds_letters_the_tokenizer_does_not_fold(ctx: ServiceContext) -> None:
    # Đ, Ł... are letters of their own for FTS5 (the query spells them out) and for unaccent's rules.
    from secretariat.domain.records import PartnerData
    from secretariat.services.partners import records as partners

    da_nang = partners.create_partner(
        ctx,
        PartnerData(code="VN-DAD", name="Đà Nẵng People's Committee", kind="regional_government", country_code="VN"),
    )
    lodz = partners.create_partner(
        ctx, PartnerData(code="PL-LDZ", name="Uniwersytet Łódzki", kind="university", country_code="PL", city="Łódź")
    )
    assert _find(ctx, "partners", "da nang") == [da_nang]
    assert _find(ctx, "partners", "Đà") == [da_nang]
    assert _find(ctx, "partners", "lodz") == [lodz]
    assert _find(ctx, "partners", "lodzki") == [lodz]


def test_fts_query_spellings() -> None:
    from secretariat.services.registers.base import fts_query

    assert fts_query(["krak"]) == '"krak"*'
    assert fts_query(["da", "nang"]) == '("da"* OR "đa"*) AND "nang"*'
    assert fts_query(['o"b']) == '("o""b"* OR "ø""b"*)'
