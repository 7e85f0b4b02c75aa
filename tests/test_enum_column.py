"""Enum columns (storage.enum_column.EnumText): the member in Python, its value as the stored text, on SQLite and
PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import StatementError

from secretariat.domain.enums import AdminLevel, PartnerKind, PartnerStatus
from secretariat.services.context import open_context, reading, writing
from secretariat.storage.enum_column import EnumText
from secretariat.storage.models import AuditEntry, Base, Partner


def stored(database, column: str, code: str) -> object:  # type: ignore[no-untyped-def]
    """The text in the database, read without the models."""
    with database.engine.connect() as connection:
        return connection.execute(text(f"SELECT {column} FROM partner WHERE code = :code"), {"code": code}).scalar()


def test_a_member_or_its_text_is_stored_as_the_text_and_read_as_the_member(database) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    with writing(ctx) as session:
        session.add(Partner(code="P-1", name="One", kind=PartnerKind.UNIVERSITY, country_code="DE"))
        session.add(Partner(code="P-2", name="Two", kind="ngo", admin_level=None, country_code="DE"))
    assert stored(database, "kind", "P-1") == "university"
    assert type(stored(database, "kind", "P-1")) is str
    assert stored(database, "kind", "P-2") == "ngo"
    assert stored(database, "status", "P-1") == "prospect"  # the model's default, a member, stored as its text
    assert stored(database, "admin_level", "P-2") is None
    with reading(ctx) as session:
        one = session.scalar(select(Partner).where(Partner.code == "P-1"))
        two = session.scalar(select(Partner).where(Partner.code == "P-2"))
        assert one is not None and two is not None
        assert one.kind is PartnerKind.UNIVERSITY
        assert two.kind is PartnerKind.NGO
        assert one.status is PartnerStatus.PROSPECT
        assert two.admin_level is None
        # members and texts alike in comparisons and IN lists
        by_member = session.scalars(select(Partner.code).where(Partner.kind == PartnerKind.NGO)).all()
        by_text = session.scalars(select(Partner.code).where(Partner.kind == "ngo")).all()
        listed = session.scalars(
            select(Partner.code).where(Partner.kind.in_([PartnerKind.UNIVERSITY, "ngo"])).order_by(Partner.code)
        ).all()
        assert by_member == by_text == ["P-2"]
        assert listed == ["P-1", "P-2"]
        assert session.scalars(select(Partner.kind).order_by(Partner.code)).all() == [PartnerKind.UNIVERSITY, "ngo"]


def test_a_text_that_is_not_a_value_is_refused_with_the_values_named(database) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    refused = r"'city' is not a PartnerKind; one of: regional_government, "
    with pytest.raises(StatementError, match=refused), writing(ctx) as session:
        session.add(Partner(code="P-1", name="One", kind="city", country_code="DE"))
    with pytest.raises(StatementError, match="'Ngo' is not a PartnerKind"), reading(ctx) as session:
        session.scalars(select(Partner).where(Partner.kind == "Ngo")).all()
    with pytest.raises(StatementError, match="a PartnerKind or its text is needed, not int"), writing(ctx) as session:
        session.execute(update(Partner).values(kind=3))
    with reading(ctx) as session:
        assert session.scalar(select(Partner.id).where(Partner.code == "P-1")) is None


def test_an_old_text_that_is_no_longer_a_value_is_read_as_it_is(database) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    with writing(ctx) as session:
        session.add(Partner(code="P-1", name="One", kind=PartnerKind.OTHER, country_code="DE"))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE partner SET kind = 'city', admin_level = 'city' WHERE code = 'P-1'"))
    with writing(ctx) as session:
        partner = session.scalar(select(Partner).where(Partner.code == "P-1"))
        assert partner is not None
        assert partner.kind == "city" and not isinstance(partner.kind, PartnerKind)
        assert partner.admin_level is AdminLevel.CITY
        partner.name = "One again"  # another field of the record can still be changed
    assert stored(database, "kind", "P-1") == "city"


def test_the_audit_records_the_plain_texts(database) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(database, login="tester")
    with writing(ctx) as session:
        session.add(Partner(code="P-1", name="One", kind=PartnerKind.UNIVERSITY, country_code="DE"))
    with writing(ctx) as session:
        partner = session.scalar(select(Partner).where(Partner.code == "P-1"))
        assert partner is not None
        partner.kind = PartnerKind.NGO
        partner.status = "prospect"  # the same value as a text: no change to record
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT action, changes FROM audit_entry WHERE entity = 'partner' ORDER BY id")
        ).all()
    assert [action for action, _changes in rows] == ["create", "update"]
    created, updated = (json.loads(changes) for _action, changes in rows)
    assert created["kind"] == [None, "university"] and created["status"] == [None, "prospect"]
    assert updated == {"kind": ["university", "ngo"]}
    assert '"kind": ["university", "ngo"]' in rows[1][1]


def test_every_enum_column_keeps_its_length_and_holds_every_value() -> None:
    columns = [c for table in Base.metadata.tables.values() for c in table.columns if isinstance(c.type, EnumText)]
    assert len(columns) == 33
    for column in columns:
        assert column.type.impl_instance.length == column.type.length
        assert max(len(m.value) for m in column.type.enum) <= column.type.length, column
    assert AuditEntry.__table__.c.action.type.enum.__name__ == "AuditAction"


def test_a_column_too_short_for_its_values_is_refused() -> None:
    with pytest.raises(ValueError, match="PartnerKind has a value of 26 characters; the column holds 20"):
        EnumText(PartnerKind, 20)


def test_a_register_filter_on_an_enum_column_refuses_an_unknown_code_with_a_sentence(database) -> None:  # type: ignore[no-untyped-def]
    from secretariat.services import registers
    from secretariat.services.registers.base import FilterError, RegisterQuery

    ctx = open_context(database, login="tester")
    with writing(ctx) as session:
        session.add(Partner(code="P-1", name="One", kind=PartnerKind.NGO, country_code="DE"))
        session.add(Partner(code="P-2", name="Two", kind=PartnerKind.UNIVERSITY, country_code="DE"))
    found = registers.find_ids(ctx, "partners", RegisterQuery(filters={"kind": " ngo "}))
    assert registers.find_ids(ctx, "partners", RegisterQuery(filters={"kind": PartnerKind.NGO})) == found
    assert len(found) == 1
    assert registers.fetch_rows(ctx, "partners", found)[found[0]]["kind"] == "ngo"
    with pytest.raises(FilterError) as refused:
        registers.find_ids(ctx, "partners", RegisterQuery(filters={"kind": "city"}))
    assert str(refused.value) == (
        "The filter kind needs one of regional_government, state_institution, university, business, ngo, "
        "international_organisation, other, not city."
    )
    assert refused.value.message_id.startswith("Filter kind memerlukan salah satu dari regional_government, ")
