"""Sorting as people sort, on SQLite and PostgreSQL: names without regard to case and accents, agreement
numbers by year then sequence; the sort keys kept by every way of writing; migration 0013 on old rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from secretariat.domain.records import AgreementData, OfficialData, PartnerData
from secretariat.domain.sorting import name_key, number_key, number_parts
from secretariat.services import registers
from secretariat.services.agreements import records as agreements
from secretariat.services.context import open_context, writing
from secretariat.services.partners import records as partners
from secretariat.services.reference import officials
from secretariat.services.registers import RegisterQuery
from secretariat.services.registers.pickers import pick
from secretariat.storage.migrate import open_database
from secretariat.storage.models import Agreement, Partner

FROZEN_0005 = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"


@pytest.fixture
def ctx(database):
    return open_context(database, "tester")


def _partner(ctx, code: str, name: str, country: str = "PL") -> int:
    return partners.create_partner(
        ctx, PartnerData(code=code, name=name, kind="regional_government", country_code=country)
    )


def _names(ctx, register: str, query: RegisterQuery) -> list[str]:
    ids = registers.find_ids(ctx, register, query)
    rows = registers.fetch_rows(ctx, register, ids)
    return [rows[i]["name"] for i in ids]


# --- the rules --------------------------------------------------------------------------------------------


def test_name_key_folds_case_accents_and_letters_of_their_own() -> None:
    assert name_key("Kraków") == name_key("KRAKOW") == "krakow"
    assert name_key("Łódź") == "lodz" and name_key("Đà Nẵng") == "da nang" and name_key("Straße") == "strasse"
    assert name_key("dr. Lestari") == "dr. lestari" and name_key(None) is None


def test_number_key_is_year_then_sequence() -> None:
    numbers = ["1023/KS/2022", "104/KS/2022", "7/KS/2023", "1999/KS/2021", "DLG-2022-001", "12/BKS/XII/2022"]
    assert sorted(numbers, key=number_key) == [
        "1999/KS/2021",  # number 1999 of 2021: the last year-like group is the year
        "DLG-2022-001",
        "12/BKS/XII/2022",
        "104/KS/2022",
        "1023/KS/2022",
        "7/KS/2023",
    ]
    assert number_parts("104/KS/2022") == (2022, 104)
    assert number_parts("no digits") == (0, 0) and number_key(None) is None


# --- in the registers -------------------------------------------------------------------------------------


def test_partners_sort_by_name_without_regard_to_case_and_accents(ctx) -> None:
    for code, name in [
        ("P1", "dr. Lestari Foundation"),
        ("P2", "Zagreb City"),
        ("P3", "Łódź City Hall"),
        ("P4", "Kraków City Hall"),
        ("P5", "Krakow Chamber"),
        ("P6", "Aalborg"),
        ("P7", "Ōsaka Prefecture"),
        ("P8", "Lisbon"),
        ("P9", "ärztekammer Wien"),
    ]:
        _partner(ctx, code, name)
    expected = [
        "Aalborg",
        "ärztekammer Wien",
        "dr. Lestari Foundation",
        "Krakow Chamber",
        "Kraków City Hall",
        "Lisbon",
        "Łódź City Hall",
        "Ōsaka Prefecture",
        "Zagreb City",
    ]
    assert _names(ctx, "partners", RegisterQuery()) == expected
    assert _names(ctx, "partners", RegisterQuery(sort="name", descending=True)) == expected[::-1]
    # the picker of an editor lists them in the same order
    assert [c.text.split(" (")[0] for c in pick(ctx, "partner").choices] == expected


def test_officials_sort_by_name_without_regard_to_case(ctx) -> None:
    for name in ("Siti Rahma", "dr. Lestari Handayani", "Agus Setiawan", "Édi Santoso"):
        officials.create_official(ctx, OfficialData(name, "Staf", "C"))
    assert _names(ctx, "officials", RegisterQuery()) == [
        "Agus Setiawan",
        "dr. Lestari Handayani",
        "Édi Santoso",
        "Siti Rahma",
    ]


def test_agreement_numbers_sort_by_year_then_sequence(ctx) -> None:
    partner = _partner(ctx, "P1", "Kraków")
    for number in ("1023/KS/2022", "104/KS/2022", "7/KS/2023", "99/KS/2021", None):
        agreements.create_agreement(
            ctx,
            AgreementData(
                title_id="Nota", title_en="MoU", kind="ksdpl", instrument="mou", partner_ids=[partner], number=number
            ),
        )
    ids = registers.find_ids(ctx, "agreements", RegisterQuery(sort="number"))
    rows = registers.fetch_rows(ctx, "agreements", ids)
    assert [rows[i]["number"] for i in ids] == ["99/KS/2021", "104/KS/2022", "1023/KS/2022", "7/KS/2023", None]
    ids = registers.find_ids(ctx, "agreements", RegisterQuery(sort="number", descending=True))
    assert [rows[i]["number"] for i in ids] == ["7/KS/2023", "1023/KS/2022", "104/KS/2022", "99/KS/2021", None]


def test_countries_sort_by_name_without_regard_to_accents(ctx) -> None:
    for code, country in [("P1", "TR"), ("P2", "TV"), ("P3", "TO")]:  # Türkiye, Tuvalu, Tonga
        _partner(ctx, code, f"Partner {code}", country)
    ids = registers.find_ids(ctx, "partners", RegisterQuery(sort="country_name_en"))
    rows = registers.fetch_rows(ctx, "partners", ids)
    assert [rows[i]["country_name_en"] for i in ids] == ["Tonga", "Türkiye", "Tuvalu"]


# --- the keys are kept --------------------------------------------------------------------------------------


def test_keys_follow_every_change_of_name_and_number(ctx, database) -> None:
    partner = _partner(ctx, "P1", "Kraków")
    partners.update_partner(
        ctx, partner, PartnerData(code="P1", name="Éire House", kind="regional_government", country_code="IE")
    )
    agreement = agreements.create_agreement(
        ctx,
        AgreementData(
            title_id="N", title_en="M", kind="ksdpl", instrument="mou", partner_ids=[partner], number="5/KS/2020"
        ),
    )
    data = agreements.get_agreement(ctx, agreement)
    agreements.update_agreement(
        ctx,
        agreement,
        AgreementData(
            title_id="N", title_en="M", kind="ksdpl", instrument="mou", partner_ids=[partner], number="8/KS/2024"
        ),
    )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT name_key FROM partner")).scalar() == "eire house"
        assert connection.execute(text("SELECT number_key FROM agreement")).scalar() == number_key("8/KS/2024")
    assert data.number == "5/KS/2020"
    # a bulk insert (the demo and the Excel import write rows that way) computes them too
    with writing(ctx) as session:
        session.execute(
            Partner.__table__.insert(),
            [
                {"gid": f"g{n}", "code": f"B{n}", "name": f"Ärzte {n}", "kind": "university", "country_code": "DE"}
                for n in range(2)
            ],
        )
        keys = session.scalars(select(Partner.name_key).where(Partner.code.like("B%")).order_by(Partner.code)).all()
    assert keys == ["arzte 0", "arzte 1"]
    # and the audit does not show them as fields of their own
    with database.engine.connect() as connection:
        changes = connection.execute(text("SELECT changes FROM audit_entry WHERE entity = 'partner'")).scalars().all()
    assert changes and not any("name_key" in c for c in changes)


def test_the_upgrade_fills_the_keys_of_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FROZEN_0005, path)
    before = sqlite3.connect(path)
    names = dict(before.execute("SELECT id, name FROM partner").fetchall())
    numbers = dict(before.execute("SELECT id, number FROM agreement").fetchall())
    before.close()
    assert names and any(numbers.values())
    database = open_database(str(path))
    try:
        with database.sessions() as session:
            keys = dict(session.execute(select(Partner.id, Partner.name_key)).all())
            number_keys = dict(session.execute(select(Agreement.id, Agreement.number_key)).all())
    finally:
        database.dispose()
    assert keys == {i: name_key(n) for i, n in names.items()}
    assert number_keys == {i: number_key(n) for i, n in numbers.items()}
    # the file stays readable and checkable by any SQLite tool (no function of the program in its indexes)
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        plain.execute("UPDATE partner SET name = name || ' ' WHERE id = (SELECT min(id) FROM partner)")
    finally:
        plain.close()
