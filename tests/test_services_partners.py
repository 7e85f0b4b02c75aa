"""Partner and contact services, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.enums import Answer, PartnerStatus
from secretariat.domain.errors import DependencyError, NotFoundError, ValidationError
from secretariat.domain.records import ConditionData, ContactData, PartnerData
from secretariat.services.context import ServiceContext, open_context, reading, writing
from secretariat.services.partners import records as ps
from secretariat.storage.models import Agreement, AgreementPartner, AuditEntry, Delegation, Member, Stage


@pytest.fixture
def ctx(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(database, login="tester")


def dusseldorf(**changes: object) -> PartnerData:
    values: dict[str, object] = {
        "code": "DE-DUS",
        "name": "Landeshauptstadt Düsseldorf",
        "kind": "regional_government",
        "country_code": "de",
        "admin_level": "city",
        "city": "Düsseldorf",
        "head_name": "Dr. Stephan Keller",
        "head_title": "Oberbürgermeister",
    }
    values.update(changes)
    return PartnerData(**values)  # type: ignore[arg-type]


def audit(ctx: ServiceContext, entity: str) -> list[AuditEntry]:
    with reading(ctx) as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_first_user_of_a_database_is_admin(database) -> None:  # type: ignore[no-untyped-def]
    first = open_context(database, login="first")
    second = open_context(database, login="second")
    assert first.actor.role == "admin"
    assert second.actor.role == "clerk"
    assert open_context(database, login="first").actor.role == "admin"


def test_a_blocked_user_cannot_open_the_database(database) -> None:  # type: ignore[no-untyped-def]
    from secretariat.domain.errors import UserError
    from secretariat.storage.models import User

    ctx = open_context(database, login="admin")
    open_context(database, login="clerk")
    with writing(ctx) as session:
        user = session.scalar(select(User).where(User.login == "clerk"))
        assert user is not None
        user.active = False
    with pytest.raises(UserError, match="blocked"):
        open_context(database, login="clerk")


def test_create_and_read_partner(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf(), [ConditionData(1, "yes", "Embassy of Germany in Jakarta")])
    view = ps.get_partner(ctx, partner_id)
    assert view.name == "Landeshauptstadt Düsseldorf"
    assert view.country_code == "DE"
    assert view.country_name_id == "Jerman"
    assert view.status == PartnerStatus.PROSPECT
    assert len(view.conditions) == 9
    assert view.conditions[0].answer == Answer.YES
    assert view.conditions[0].evidence == "Embassy of Germany in Jakarta"
    assert all(c.answer == Answer.UNKNOWN for c in view.conditions[1:])
    assert len(view.gid) == 36
    assert ps.find_partner_id(ctx, "DE-DUS") == partner_id
    assert (view.name_id, view.head_title_id) == (None, None)
    ps.update_partner(ctx, partner_id, dusseldorf(name_id="Kota Düsseldorf", head_title_id="Wali Kota"))
    view = ps.get_partner(ctx, partner_id)
    assert (view.name_id, view.head_title_id) == ("Kota Düsseldorf", "Wali Kota")
    assert ps.find_partner_id(ctx, view.gid) == partner_id


def test_bad_partner_input_names_every_field_and_saves_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        ps.create_partner(ctx, dusseldorf(code="", name="  ", country_code="XX"))
    assert caught.value.fields == {"code", "name", "country"}
    assert "'XX' is not a known country" in caught.value.message("en")
    assert "bukan negara yang dikenal" in caught.value.message("id")
    with reading(ctx) as session:
        assert session.scalar(select(AuditEntry.id)) is None


def test_codes_are_unique(ctx: ServiceContext) -> None:
    ps.create_partner(ctx, dusseldorf())
    with pytest.raises(ValidationError) as caught:
        ps.create_partner(ctx, dusseldorf(name="Another"))
    assert caught.value.fields == {"code"}


def test_update_is_audited_field_by_field(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf())
    ps.update_partner(ctx, partner_id, dusseldorf(status="active", city="Duesseldorf"))
    entries = audit(ctx, "partner")
    assert [e.action for e in entries] == ["create", "update"]
    changes = json.loads(entries[1].changes)
    assert changes == {"status": ["prospect", "active"], "city": ["Düsseldorf", "Duesseldorf"]}
    assert entries[1].user_login == "tester"
    assert entries[1].at.tzinfo is not None


def test_update_unknown_partner(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        ps.update_partner(ctx, 999, dusseldorf())


def test_contacts(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf())
    contact_id = ps.add_contact(
        ctx, ContactData(partner_id=partner_id, name="Anna Schmidt", email="anna.schmidt@duesseldorf.de")
    )
    ps.update_contact(
        ctx,
        contact_id,
        ContactData(partner_id=partner_id, name="Anna Schmidt", position="Head of International Affairs"),
    )
    view = ps.get_partner(ctx, partner_id)
    assert [(c.name, c.position) for c in view.contacts] == [("Anna Schmidt", "Head of International Affairs")]
    with pytest.raises(ValidationError) as caught:
        ps.add_contact(ctx, ContactData(partner_id=partner_id, name="", email="nope"))
    assert caught.value.fields == {"name", "email"}
    ps.delete_contact(ctx, contact_id)
    assert ps.get_partner(ctx, partner_id).contacts == ()


def _agreement_with(ctx: ServiceContext, partner_id: int) -> None:
    with writing(ctx) as session:
        stage = session.scalar(select(Stage).where(Stage.code == "initiative"))
        assert stage is not None
        agreement = Agreement(
            title_id="Kerja sama", title_en="Cooperation", kind="ksdpl", instrument="mou", stage_id=stage.id
        )
        session.add(agreement)
        session.flush()
        session.add(AgreementPartner(agreement_id=agreement.id, partner_id=partner_id))


def test_partner_with_agreements_cannot_be_deleted_but_can_be_set_inactive(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf())
    _agreement_with(ctx, partner_id)
    with pytest.raises(DependencyError) as caught:
        ps.delete_partner(ctx, partner_id)
    assert caught.value.dependents == {"agreement(s)": 1}
    assert "1 agreement(s)" in caught.value.message("en")
    assert "1 perjanjian" in caught.value.message("id")
    ps.set_partner_status(ctx, partner_id, PartnerStatus.INACTIVE)
    assert ps.get_partner(ctx, partner_id).status == "inactive"


def test_contact_on_a_delegation_cannot_be_deleted(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf())
    contact_id = ps.add_contact(ctx, ContactData(partner_id=partner_id, name="Anna Schmidt"))
    with writing(ctx) as session:
        delegation = Delegation(
            code="DLG-1",
            direction="incoming",
            purpose="Visit",
            country_code="DE",
            start_on=date(2026, 5, 1),
            end_on=date(2026, 5, 3),
        )
        session.add(delegation)
        session.flush()
        session.add(Member(delegation_id=delegation.id, contact_id=contact_id, name="Anna Schmidt"))
    with pytest.raises(DependencyError):
        ps.delete_contact(ctx, contact_id)
    with pytest.raises(DependencyError) as caught:
        ps.delete_partner(ctx, partner_id)
    assert caught.value.dependents == {"delegation member(s)": 1}


def test_delete_keeps_the_audit_trail(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf(), [ConditionData(2, "no")])
    ps.add_contact(ctx, ContactData(partner_id=partner_id, name="Anna Schmidt"))
    gid = ps.get_partner(ctx, partner_id).gid
    ps.delete_partner(ctx, partner_id)
    with pytest.raises(NotFoundError):
        ps.get_partner(ctx, partner_id)
    entries = audit(ctx, "partner")
    assert [e.action for e in entries] == ["create", "delete"]
    assert entries[-1].entity_gid == gid
    assert json.loads(entries[-1].changes)["name"] == ["Landeshauptstadt Düsseldorf", None]
    assert [e.action for e in audit(ctx, "contact")] == ["create", "delete"]
    assert [e.action for e in audit(ctx, "partner_condition")] == ["create", "delete"]


def test_failed_action_rolls_back_everything(ctx: ServiceContext) -> None:
    partner_id = ps.create_partner(ctx, dusseldorf())
    with pytest.raises(RuntimeError), writing(ctx) as session:
        from secretariat.storage.models import Partner

        partner = session.get(Partner, partner_id)
        assert partner is not None
        partner.name = "Changed"
        session.flush()
        raise RuntimeError("power cut")
    assert ps.get_partner(ctx, partner_id).name == "Landeshauptstadt Düsseldorf"
    assert [e.action for e in audit(ctx, "partner")] == ["create"]
