"""Countries' flags and fields of cooperation, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.errors import DependencyError, NotFoundError, ValidationError
from secretariat.domain.records import AgreementData, PartnerData
from secretariat.domain.sectors import DEFAULT_SECTORS
from secretariat.services.agreements.records import create_agreement
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner
from secretariat.services.reference import countries_and_sectors as svc
from secretariat.storage.models import AuditEntry, Country, Sector


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, login="tester")


def entries(ctx: ServiceContext, entity: str) -> list[AuditEntry]:
    with ctx.database.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_list_countries_with_flags(ctx) -> None:
    countries = {c.code: c for c in svc.list_countries(ctx)}
    assert len(countries) >= 249
    assert list(countries) == sorted(countries)
    assert (countries["ID"].name_id, countries["ID"].asean_member) == ("Indonesia", True)
    assert countries["IL"].diplomatic_relations is False and countries["JP"].diplomatic_relations is True
    assert (countries["DE"].alpha3, countries["DE"].name_id, countries["DE"].name_en) == ("DEU", "Jerman", "Germany")


def test_update_country_flags_with_audit(ctx) -> None:
    svc.update_country_flags(ctx, "ug", diplomatic_relations=True, asean_member=False, mission_country_code=" ke ")
    uganda = svc.get_country(ctx, "UG")
    assert (uganda.mission_country_code, uganda.diplomatic_relations) == ("KE", True)
    svc.update_country_flags(ctx, "TL", diplomatic_relations=True, asean_member=True, mission_country_code=None)
    with ctx.database.sessions() as session:
        assert session.get(Country, "TL").asean_member is True
    changes = [(e.entity_id, json.loads(e.changes)) for e in entries(ctx, "country")]
    assert changes == [("UG", {"mission_country_code": [None, "KE"]})]  # TL was already an ASEAN member
    svc.update_country_flags(ctx, "UG", diplomatic_relations=False, asean_member=False, mission_country_code="KE")
    assert json.loads(entries(ctx, "country")[-1].changes) == {"diplomatic_relations": [True, False]}


@pytest.mark.parametrize(
    ("code", "mission", "text"),
    [
        ("UG", "XX", "'XX' is not a known country"),
        ("KE", "KE", "leave it empty"),
        ("RW", "UG", "has no Indonesian mission of its own"),
        ("KE", "TZ", "also covers UG"),
    ],
)
def test_mission_country_rules(ctx, code, mission, text) -> None:
    svc.update_country_flags(ctx, "UG", True, False, "KE")
    with pytest.raises(ValidationError) as caught:
        svc.update_country_flags(ctx, code, True, False, mission)
    assert caught.value.fields == {"mission_country"} and text in caught.value.message_en
    assert svc.get_country(ctx, "KE").mission_country_code is None


def test_unknown_country(ctx) -> None:
    with pytest.raises(NotFoundError):
        svc.update_country_flags(ctx, "QQ", True, False, None)
    with pytest.raises(NotFoundError):
        svc.get_country(ctx, "")


def test_sectors_create_update_delete_with_audit(ctx) -> None:
    listed = svc.list_sectors(ctx)
    assert [s.code for s in listed] == sorted(code for code, _, _ in DEFAULT_SECTORS)
    assert all(s.agreement_count == 0 for s in listed)

    sector_id = svc.create_sector(ctx, " maritime_security ", "Keamanan maritim", "Maritime security")
    with ctx.database.sessions() as session:
        row = session.get(Sector, sector_id)
        assert (row.code, row.name_id, row.name_en) == ("maritime_security", "Keamanan maritim", "Maritime security")
    svc.update_sector(ctx, sector_id, "maritime", "Kemaritiman", "Maritime affairs")
    assert any(s.code == "maritime" and s.name_en == "Maritime affairs" for s in svc.list_sectors(ctx))
    svc.delete_sector(ctx, sector_id)
    assert "maritime" not in [s.code for s in svc.list_sectors(ctx)]
    audit = [(e.action, json.loads(e.changes)) for e in entries(ctx, "sector") if e.entity_id == str(sector_id)]
    assert [a for a, _ in audit] == ["create", "update", "delete"]
    assert audit[1][1] == {
        "code": ["maritime_security", "maritime"],
        "name_en": ["Maritime security", "Maritime affairs"],
        "name_id": ["Keamanan maritim", "Kemaritiman"],
    }
    assert audit[2][1]["code"] == ["maritime", None]


@pytest.mark.parametrize(
    ("code", "name_id", "name_en", "fields"),
    [
        ("", "Nama", "Name", {"code"}),
        ("Sea Trade", "Nama", "Name", {"code"}),
        ("tourism", "Pariwisata", "Tourism", {"code"}),
        ("new_field", " ", "", {"name_id", "name_en"}),
        ("new_field", "x" * 201, "Name", {"name_id"}),
    ],
)
def test_bad_sectors(ctx, code, name_id, name_en, fields) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_sector(ctx, code, name_id, name_en)
    assert caught.value.fields == fields
    assert len(svc.list_sectors(ctx)) == len(DEFAULT_SECTORS)


def test_sector_in_use_cannot_be_deleted(ctx) -> None:
    partner = create_partner(
        ctx,
        PartnerData(code="NL-RTM", name="Rotterdam", kind="regional_government", country_code="NL", admin_level="city"),
    )
    create_agreement(
        ctx,
        AgreementData(
            title_id="Pelabuhan",
            title_en="Ports",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
            sector_codes=["fisheries", "urban_management"],
        ),
        on=date(2024, 1, 1),
    )
    fisheries = next(s for s in svc.list_sectors(ctx) if s.code == "fisheries")
    assert fisheries.agreement_count == 1
    with pytest.raises(DependencyError) as caught:
        svc.delete_sector(ctx, fisheries.id)
    assert caught.value.dependents == {"agreement(s)": 1}
    assert "fisheries" in caught.value.message_en and "1 perjanjian" in caught.value.message_id
    with pytest.raises(ValidationError) as caught:  # another sector cannot take its code either
        svc.update_sector(
            ctx, next(s.id for s in svc.list_sectors(ctx) if s.code == "tourism"), "fisheries", "Pariwisata", "Tourism"
        )
    assert caught.value.fields == {"code"}
    with pytest.raises(NotFoundError):
        svc.delete_sector(ctx, 4242)


def test_only_an_administrator_or_the_head_changes_reference_data(database) -> None:
    from secretariat.services.agreements import stages
    from secretariat.services.context import open_context
    from secretariat.services.permissions import PermissionDeniedError
    from secretariat.services.reference import countries_and_sectors as reference

    open_context(database, login="admin")  # the first user of a database administers it
    clerk = open_context(database, login="clerk")
    with pytest.raises(PermissionDeniedError, match="administrator or the head"):
        reference.create_sector(clerk, "ports", "Kepelabuhanan", "Ports")
    with pytest.raises(PermissionDeniedError):
        reference.update_country_flags(clerk, "IL", True, False, None)
    with pytest.raises(PermissionDeniedError):
        stages.reorder_stages(clerk, [s.code for s in reversed(stages.list_stages(clerk))])
    with pytest.raises(PermissionDeniedError) as caught:
        stages.delete_stage(clerk, "exploration")
    assert "staf" in caught.value.message("id")
    assert [s.code for s in stages.list_stages(clerk)][:2] == ["initiative", "exploration"]
    assert all(s.code != "ports" for s in reference.list_sectors(clerk))
