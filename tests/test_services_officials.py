"""Officials: the region's own people; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.errors import DependencyError, NotFoundError, ValidationError
from secretariat.domain.records import DelegationData, MemberData, OfficialData
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import add_member, create_delegation
from secretariat.services.reference.officials import (
    create_official,
    delete_official,
    get_official,
    list_officials,
    update_official,
)
from secretariat.storage.models import AuditEntry, Official


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "clerk1")


def _official(**changes: object) -> OfficialData:
    values: dict[str, object] = {
        "name": "Dr. Budi Santoso",
        "position": "Kepala Biro Pemerintahan",
        "grade": "B",
        "nip": "19700101 199503 1 001",
        "unit": "Biro Pemerintahan",
        "passport_type": "service",
        "passport_number": "c1234567",
        "passport_expiry": date(2030, 6, 30),
        "email": "budi@example.go.id",
    }
    values.update(changes)
    return OfficialData(**values)  # type: ignore[arg-type]


def _audit(ctx: ServiceContext, entity: str) -> list[tuple[str, str, dict]]:
    with ctx.database.sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.user_login, AuditEntry.changes)
            .where(AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        ).all()
    return [(action, login, json.loads(changes)) for action, login, changes in rows]


def test_create_stores_the_official_and_returns_a_plain_view(ctx: ServiceContext) -> None:
    official_id = create_official(ctx, _official())
    view = get_official(ctx, official_id)
    assert (view.name, view.grade, view.nip, view.passport_number) == (
        "Dr. Budi Santoso",
        "B",
        "197001011995031001",
        "C1234567",
    )
    assert view.active is True
    assert view.to_data().position == "Kepala Biro Pemerintahan"
    with ctx.database.sessions() as session:
        row = session.get(Official, official_id)
        assert (row.unit, row.passport_type, row.passport_expiry) == ("Biro Pemerintahan", "service", date(2030, 6, 30))
    [(action, login, changes)] = _audit(ctx, "official")
    assert (action, login, changes["name"]) == ("create", "clerk1", [None, "Dr. Budi Santoso"])


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"name": "  "}, {"name"}),
        ({"position": ""}, {"position"}),
        ({"grade": "E"}, {"grade"}),
        ({"nip": "19700101A"}, {"nip"}),
        ({"email": "not-an-address"}, {"email"}),
        ({"passport_expiry": None}, {"passport_expiry"}),
        ({"passport_number": "C-123"}, {"passport_number"}),
        ({"name": "", "grade": None}, {"name", "grade"}),
    ],
)
def test_bad_input_names_each_field_and_saves_nothing(
    ctx: ServiceContext, changes: dict[str, object], fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_official(ctx, _official(**changes))
    assert caught.value.fields == fields
    assert list_officials(ctx) == []


def test_nip_is_unique(ctx: ServiceContext) -> None:
    create_official(ctx, _official())
    with pytest.raises(ValidationError) as caught:
        create_official(ctx, _official(name="Someone else", nip="197001011995031001"))
    assert caught.value.fields == {"nip"}
    other = create_official(ctx, _official(name="Ani", nip=None))
    update_official(ctx, other, _official(name="Ani", nip="198001012005012002"))
    assert get_official(ctx, other).nip == "198001012005012002"


def test_update_changes_only_what_changed_and_audits_it(ctx: ServiceContext) -> None:
    official_id = create_official(ctx, _official())
    update_official(ctx, official_id, _official(grade="A", position="Sekretaris Daerah", active=False))
    view = get_official(ctx, official_id)
    assert (view.grade, view.position, view.active) == ("A", "Sekretaris Daerah", False)
    [_, (action, _, changes)] = _audit(ctx, "official")
    assert action == "update"
    assert set(changes) == {"grade", "position", "active"}
    assert changes["grade"] == ["B", "A"]


def test_list_filters_and_sorts_by_name(ctx: ServiceContext) -> None:
    create_official(ctx, _official(name="citra", nip=None, grade="C", unit="Bappeda"))
    create_official(ctx, _official(name="Agus", nip=None, grade="A"))
    create_official(ctx, _official(name="Bambang", nip=None, grade="C", active=False))
    assert [o.name for o in list_officials(ctx)] == ["Agus", "Bambang", "citra"]
    assert [o.name for o in list_officials(ctx, active_only=True)] == ["Agus", "citra"]
    assert [o.name for o in list_officials(ctx, grade="C")] == ["Bambang", "citra"]
    assert [o.name for o in list_officials(ctx, search="BAPPEDA")] == ["citra"]


def test_delete_is_refused_while_delegations_use_the_official_naming_them(ctx: ServiceContext) -> None:
    official_id = create_official(ctx, _official())
    for code, start in (("DLG-A", date(2026, 5, 1)), ("DLG-B", date(2026, 9, 1))):
        delegation_id = create_delegation(
            ctx,
            DelegationData(
                direction="outgoing",
                purpose="Visit",
                country_code="JP",
                start_on=start,
                end_on=start.replace(day=5),
                code=code,
            ),
        )
        add_member(ctx, MemberData(delegation_id=delegation_id, name="", official_id=official_id))
    with pytest.raises(DependencyError) as caught:
        delete_official(ctx, official_id)
    assert "2 delegation member(s)" in caught.value.message_en
    assert "DLG-A, DLG-B" in caught.value.message_en
    assert "DLG-A, DLG-B" in caught.value.message_id
    assert caught.value.dependents == {"delegation member(s)": 2}
    assert get_official(ctx, official_id).name == "Dr. Budi Santoso"


def test_delete_removes_the_official_and_keeps_the_audit_trail(ctx: ServiceContext) -> None:
    official_id = create_official(ctx, _official())
    delete_official(ctx, official_id)
    with pytest.raises(NotFoundError):
        get_official(ctx, official_id)
    actions = [(action, changes.get("name")) for action, _, changes in _audit(ctx, "official")]
    assert actions == [("create", [None, "Dr. Budi Santoso"]), ("delete", ["Dr. Budi Santoso", None])]


def test_unknown_official_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError, match="no official 999"):
        update_official(ctx, 999, _official())
    with pytest.raises(NotFoundError):
        delete_official(ctx, 999)
