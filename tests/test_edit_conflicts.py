"""Edit conflicts: a save based on an older version is refused, naming what the other person changed.

Two clerks are two service contexts (two logins) on the same database; each "opens the editor" by
reading the view and saves with ``loaded=`` that view, as the window does. SQLite and PostgreSQL.
The same situations between two processes are in tests/test_two_clerks.py.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select, text

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.records import ConditionData, ContactData, PartnerData
from secretariat.services.context import ServiceContext, open_context, reading, writing
from secretariat.services.partners import records as ps
from secretariat.storage.models import AuditEntry, Partner


@pytest.fixture
def two(database) -> tuple[ServiceContext, ServiceContext]:  # type: ignore[no-untyped-def]
    return open_context(database, login="ani"), open_context(database, login="budi")


def osaka(**changes: object) -> PartnerData:
    values: dict[str, object] = {
        "code": "JP-OSK",
        "name": "Osaka Prefecture",
        "kind": "regional_government",
        "country_code": "JP",
        "admin_level": "state_province",
        "city": "Osaka",
        "phone": "+81 6 6941 0351",
    }
    values.update(changes)
    return PartnerData(**values)  # type: ignore[arg-type]


def edited(view: ps.PartnerView, **changes: object) -> PartnerData:
    return dataclasses.replace(view.to_data(), **changes)


def stored(ctx: ServiceContext, partner_id: int) -> ps.PartnerView:
    return ps.get_partner(ctx, partner_id)


def test_versions_start_at_one_and_rise_with_each_save(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, _budi = two
    partner_id = ps.create_partner(ani, osaka())
    assert stored(ani, partner_id).row_version == 1
    view = stored(ani, partner_id)
    ps.update_partner(ani, partner_id, edited(view, city="Sakai"), loaded=view)
    assert stored(ani, partner_id).row_version == 2
    ps.update_partner(ani, partner_id, edited(stored(ani, partner_id), city="Sakai"), loaded=stored(ani, partner_id))
    assert stored(ani, partner_id).row_version == 2  # nothing changed, nothing written


def test_same_field_changed_by_both_is_refused_naming_it(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ani_view, budi_view = stored(ani, partner_id), stored(budi, partner_id)
    ps.update_partner(ani, partner_id, edited(ani_view, city="Sakai"), loaded=ani_view)

    with pytest.raises(EditConflict) as caught:
        ps.update_partner(budi, partner_id, edited(budi_view, city="Kyoto"), loaded=budi_view)
    conflict = caught.value
    assert conflict.fields == ("city",)
    (change,) = conflict.changes
    assert (change.base, change.theirs, change.mine) == ("Osaka", "Sakai", "Kyoto")
    assert change.label.en == "City" and change.label.id == "Kota"
    assert change.mine_changed
    assert conflict.by == "ani"
    assert conflict.current_version == 2
    assert conflict.current.city == "Sakai"
    assert "ani saved the partner JP-OSK" in conflict.message("en")
    assert "City (yours: Kyoto; stored: Sakai)" in conflict.message("en")
    assert "Kota (milik Anda: Kyoto; tersimpan: Sakai)" in conflict.message("id")
    # Nothing of Budi's save was written.
    assert stored(ani, partner_id).city == "Sakai"
    assert stored(ani, partner_id).row_version == 2


def test_different_fields_are_named_and_merge_without_loss(two: tuple[ServiceContext, ServiceContext]) -> None:
    """The lost update of the issue: Ani changes the city, Budi the phone; both must survive."""
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ani_view, budi_view = stored(ani, partner_id), stored(budi, partner_id)
    ps.update_partner(ani, partner_id, edited(ani_view, city="Sakai"), loaded=ani_view)

    budi_data = edited(budi_view, phone="+81 6 0000 0000")
    with pytest.raises(EditConflict) as caught:
        ps.update_partner(budi, partner_id, budi_data, loaded=budi_view)
    (change,) = caught.value.changes
    assert change.field == "city"
    assert not change.mine_changed  # Budi did not touch the city: taking theirs is the merge
    # The window takes the other's city and saves again on the version now stored.
    budi_data.city = change.theirs
    ps.update_partner(budi, partner_id, budi_data, loaded=caught.value.current)

    final = stored(ani, partner_id)
    assert (final.city, final.phone) == ("Sakai", "+81 6 0000 0000")
    assert final.row_version == 3


def test_keeping_mine_overwrites_theirs_and_is_audited(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ani_view, budi_view = stored(ani, partner_id), stored(budi, partner_id)
    ps.update_partner(ani, partner_id, edited(ani_view, city="Sakai"), loaded=ani_view)
    with pytest.raises(EditConflict) as caught:
        ps.update_partner(budi, partner_id, edited(budi_view, city="Kyoto"), loaded=budi_view)
    ps.update_partner(budi, partner_id, edited(budi_view, city="Kyoto"), loaded=caught.value.current)
    assert stored(ani, partner_id).city == "Kyoto"
    with reading(ani) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "partner", AuditEntry.action == "update")
            .order_by(AuditEntry.id)
        ).all()
    assert [(e.user_login, json.loads(e.changes)["city"]) for e in entries] == [
        ("ani", ["Osaka", "Sakai"]),
        ("budi", ["Sakai", "Kyoto"]),
    ]


def test_the_same_change_by_both_is_no_conflict(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ani_view, budi_view = stored(ani, partner_id), stored(budi, partner_id)
    ps.update_partner(ani, partner_id, edited(ani_view, city="Sakai"), loaded=ani_view)
    ps.update_partner(budi, partner_id, edited(budi_view, city="Sakai", notes="met in May"), loaded=budi_view)
    final = stored(ani, partner_id)
    assert (final.city, final.notes, final.row_version) == ("Sakai", "met in May", 3)


def test_due_diligence_answers_conflict_with_the_partner(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ani_view, budi_view = stored(ani, partner_id), stored(budi, partner_id)
    ani_conditions = [ConditionData(c.number, c.answer, c.evidence) for c in ani_view.conditions]
    ani_conditions[2] = ConditionData(3, "yes", "Letter of the Consulate-General")
    ps.update_partner(ani, partner_id, ani_view.to_data(), ani_conditions, loaded=ani_view)
    assert stored(ani, partner_id).row_version == 2  # the answers belong to the partner

    budi_conditions = [ConditionData(c.number, c.answer, c.evidence) for c in budi_view.conditions]
    budi_conditions[2] = ConditionData(3, "no", None)
    with pytest.raises(EditConflict) as caught:
        ps.update_partner(budi, partner_id, budi_view.to_data(), budi_conditions, loaded=budi_view)
    assert set(caught.value.fields) == {"condition 3", "condition 3 evidence"}
    shown = {c.field: (c.label.en, c.theirs_shown.en, c.mine_shown.en) for c in caught.value.changes}
    assert shown["condition 3"] == ("Condition 3", "Yes", "No")
    assert shown["condition 3 evidence"] == ("Evidence for condition 3", "Letter of the Consulate-General", "(empty)")


def test_contacts_conflict_per_row_not_per_partner(two: tuple[ServiceContext, ServiceContext]) -> None:
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    first = ps.add_contact(ani, ContactData(partner_id=partner_id, name="Tanaka Yuki", email="tanaka@example.jp"))
    second = ps.add_contact(ani, ContactData(partner_id=partner_id, name="Sato Ken", email="sato@example.jp"))
    views = {c.id: c for c in stored(ani, partner_id).contacts}

    def data(view: ps.ContactView, **changes: object) -> ContactData:
        values = {f.name: getattr(view, f.name) for f in dataclasses.fields(ContactData)}
        values.update(changes)
        return ContactData(**values)  # type: ignore[arg-type]

    # Two clerks, two different contacts of one partner: both saved (telephone numbers as the form accepts them).
    ps.update_contact(ani, first, data(views[first], phone="+62 31 111 1111"), loaded=views[first])
    ps.update_contact(budi, second, data(views[second], phone="+62 31 222 2222"), loaded=views[second])
    # The same contact: the second save is refused, naming the field.
    with pytest.raises(EditConflict) as caught:
        ps.update_contact(budi, first, data(views[first], phone="+62 31 333 3333"), loaded=views[first])
    assert caught.value.fields == ("phone",)
    assert caught.value.by == "ani"
    now = {c.id: c for c in stored(ani, partner_id).contacts}
    assert (now[first].phone, now[second].phone) == ("+62 31 111 1111", "+62 31 222 2222")
    # The partner itself was not touched by either contact's save.
    assert stored(ani, partner_id).row_version == 1


def test_a_record_deleted_meanwhile_says_so(two: tuple[ServiceContext, ServiceContext]) -> None:
    from secretariat.domain.errors import NotFoundError

    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    view = stored(budi, partner_id)
    ps.delete_partner(ani, partner_id)
    with pytest.raises(NotFoundError, match="deleted, perhaps at another workstation"):
        ps.update_partner(budi, partner_id, edited(view, city="Kyoto"), loaded=view)


def test_an_update_racing_past_the_check_is_refused_by_the_version_counter(
    two: tuple[ServiceContext, ServiceContext],
) -> None:
    """The database-level backstop: an UPDATE of a version that moved changes nothing and fails."""
    ani, _budi = two
    partner_id = ps.create_partner(ani, osaka())
    with pytest.raises(EditConflict) as caught, writing(ani) as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        # Another workstation's save lands between this session's read and its write.
        session.connection().execute(
            text("UPDATE partner SET row_version = row_version + 1 WHERE id = :id"), {"id": partner_id}
        )
        partner.city = "Nara"
        session.flush()
    assert caught.value.changes == ()
    assert "at the same moment" in caught.value.message("en")
    assert stored(ani, partner_id).city == "Osaka"


def test_saving_without_a_loaded_view_is_unchecked_as_before(two: tuple[ServiceContext, ServiceContext]) -> None:
    """Imports and scripts that do not edit a loaded record keep "last one wins" (and still raise the version)."""
    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    ps.update_partner(ani, partner_id, osaka(city="Sakai"))
    ps.update_partner(budi, partner_id, osaka(city="Kobe"))
    assert (stored(ani, partner_id).city, stored(ani, partner_id).row_version) == ("Kobe", 3)


# --- the other records a clerk edits ------------------------------------------------------------------


def test_agreement_fields_sectors_partners_and_assessment(two: tuple[ServiceContext, ServiceContext]) -> None:
    from secretariat.domain.records import AgreementData, AssessmentData
    from secretariat.services.agreements import records as ags

    ani, budi = two
    first = ps.create_partner(ani, osaka())
    second = ps.create_partner(ani, osaka(code="JP-KYO", name="Kyoto Prefecture", city="Kyoto"))
    agreement_id = ags.create_agreement(
        ani,
        AgreementData(
            title_id="Nota Kesepahaman Provinsi Kembar",
            title_en="Sister Province MoU",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[first],
            sector_codes=["tourism"],
        ),
    )
    ani_view, budi_view = ags.get_agreement(ani, agreement_id), ags.get_agreement(budi, agreement_id)
    # Ani adds a partner and a sector: the version goes up although no column of the agreement changed.
    ani_data = dataclasses.replace(ani_view.to_data(), partner_ids=[first, second], sector_codes=["tourism", "culture"])
    ags.update_agreement(ani, agreement_id, ani_data, loaded=ani_view)
    assert ags.get_agreement(ani, agreement_id).row_version > ani_view.row_version
    # Budi, on the old view, changes the notes and drops the second sector he never saw: refused, naming both lists.
    budi_data = dataclasses.replace(budi_view.to_data(), notes="Signed in Osaka.")
    with pytest.raises(EditConflict) as caught:
        ags.update_agreement(budi, agreement_id, budi_data, loaded=budi_view)
    shown = {c.field: (c.label.en, c.theirs_shown.en, c.mine_shown.en) for c in caught.value.changes}
    assert shown == {
        "partner_ids": ("Partners (codes)", "JP-OSK, JP-KYO", "JP-OSK"),
        "sector_codes": ("Fields of cooperation", "culture, tourism", "tourism"),
    }
    # The assessment conflicts per criterion.
    now = ags.get_agreement(ani, agreement_id)
    ags.set_assessment(ani, agreement_id, [AssessmentData("synergy", 4, "Shared port projects")], loaded=now)
    with pytest.raises(EditConflict) as caught:
        ags.set_assessment(budi, agreement_id, [AssessmentData("synergy", 2, "Little overlap")], loaded=now)
    assert set(caught.value.fields) == {"assessment synergy", "assessment synergy reason"}
    assert {c.label.en for c in caught.value.changes} == {"Score for Synergy", "Reason for Synergy"}


def test_delegation_and_its_member_rows(two: tuple[ServiceContext, ServiceContext]) -> None:
    from secretariat.domain.records import DelegationData, MemberData
    from secretariat.services.delegations import records as ds

    ani, budi = two
    delegation_id = ds.create_delegation(
        ani,
        DelegationData(
            direction="outgoing",
            purpose="Sister province visit",
            country_code="JP",
            start_on=date(2026, 5, 10),
            end_on=date(2026, 5, 14),
        ),
    )
    a = ds.add_member(ani, MemberData(delegation_id=delegation_id, name="Rina Wulandari", role="head", grade="B"))
    b = ds.add_member(ani, MemberData(delegation_id=delegation_id, name="Agus Salim", role="member", grade="C"))
    view = ds.get_delegation(ani, delegation_id)
    members = {m.id: m for m in view.members}
    ds.update_member(
        ani,
        a,
        dataclasses.replace(
            members[a].to_data(), passport_type="service", passport_number="X1234567", passport_expiry=date(2030, 1, 1)
        ),
        loaded=members[a],
    )
    ds.update_member(
        budi,
        b,
        dataclasses.replace(
            members[b].to_data(), passport_type="service", passport_number="C7654321", passport_expiry=date(2030, 1, 1)
        ),
        loaded=members[b],
    )
    with pytest.raises(EditConflict) as caught:
        ds.update_member(
            budi,
            a,
            dataclasses.replace(
                members[a].to_data(),
                passport_type="service",
                passport_number="Z0000000",
                passport_expiry=date(2030, 1, 1),
            ),
            loaded=members[a],
        )
    assert caught.value.fields == ("passport_number",)
    # The delegation itself was not touched by its members' saves.
    ds.update_delegation(budi, delegation_id, dataclasses.replace(view.to_data(), cities="Osaka"), loaded=view)
    with pytest.raises(EditConflict) as caught:
        ds.update_delegation(ani, delegation_id, dataclasses.replace(view.to_data(), cities="Kobe"), loaded=view)
    assert caught.value.fields == ("cities",) and caught.value.changes[0].label.en == "Cities"


def test_office_profile_sectors_accounts_rates_and_country_flags(two: tuple[ServiceContext, ServiceContext]) -> None:
    from decimal import Decimal

    from secretariat.domain.enums import UserRole
    from secretariat.services import office
    from secretariat.services.budget import accounts, exchange_rates
    from secretariat.services.reference import countries_and_sectors as reference
    from secretariat.services.users import list_users, set_user_role

    ani, budi = two
    # Two administrators: the office profile is theirs to change (a clerk may not).
    set_user_role(ani, next(u.id for u in list_users(ani) if u.login == "budi"), UserRole.ADMIN)
    budi = open_context(ani.database, login="budi")
    named = office.get_office_profile(ani).to_data()
    named.region_name_id, named.region_name_en = "Provinsi Jawa Timur", "East Java Province"
    office.update_office_profile(ani, named)
    ani_profile, budi_profile = office.get_office_profile(ani), office.get_office_profile(budi)
    office.update_office_profile(
        ani, dataclasses.replace(ani_profile.to_data(), head_name="Ani's head"), loaded=ani_profile
    )
    with pytest.raises(EditConflict) as caught:
        office.update_office_profile(budi, dataclasses.replace(budi_profile.to_data(), paper="f4"), loaded=budi_profile)
    assert caught.value.fields == ("head_name",) and not caught.value.changes[0].mine_changed
    assert office.get_office_profile(ani).paper == ani_profile.paper  # nothing of Budi's was saved

    from secretariat.storage.models import User

    with writing(ani) as session:  # reference data is the administrators' and the head's
        budi_user = session.scalars(select(User).where(User.login == "budi")).one()
        budi_user.role = "head"
    sector = next(s for s in reference.list_sectors(ani) if s.code == "tourism")
    reference.update_sector(
        ani, sector.id, sector.code, "Pariwisata dan ekonomi kreatif", sector.name_en, loaded=sector
    )
    with pytest.raises(EditConflict, match="Pariwisata dan ekonomi kreatif"):
        reference.update_sector(budi, sector.id, sector.code, "Wisata", sector.name_en, loaded=sector)

    account_id = accounts.create_account(ani, accounts.AccountData(code="5.1.02.04.01.0001", name="Travel"))
    account = accounts.get_account(ani, account_id)
    accounts.update_account(
        ani, account_id, dataclasses.replace(account.to_data(), name="Official travel"), loaded=account
    )
    with pytest.raises(EditConflict):
        accounts.update_account(budi, account_id, dataclasses.replace(account.to_data(), name="Trips"), loaded=account)

    rate_id = exchange_rates.create_rate(
        ani, exchange_rates.RateData(currency="JPY", on=date(2026, 5, 4), rate=Decimal("108.5"))
    )
    rate = exchange_rates.get_rate(ani, rate_id)
    exchange_rates.update_rate(ani, rate_id, dataclasses.replace(rate.to_data(), rate=Decimal("109")), loaded=rate)
    with pytest.raises(EditConflict) as caught:
        exchange_rates.update_rate(budi, rate_id, dataclasses.replace(rate.to_data(), rate=Decimal("110")), loaded=rate)
    assert caught.value.changes[0].theirs_shown.en == "109"

    japan = reference.get_country(ani, "JP")
    reference.update_country_flags(ani, "JP", japan.diplomatic_relations, not japan.asean_member, None, loaded=japan)
    with pytest.raises(EditConflict) as caught:
        reference.update_country_flags(budi, "JP", japan.diplomatic_relations, japan.asean_member, None, loaded=japan)
    assert caught.value.fields == ("asean_member",)


@pytest.mark.real_migrations
def test_the_released_schema_upgrades_every_row_to_version_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The frozen 0005 file (the demo's records in every table): after 0008 every edited row is at
    version 1, and the next save of one raises it to 2."""
    import shutil
    from pathlib import Path

    from secretariat.storage.migrate import open_database
    from secretariat.storage.models import Base

    frozen = Path(__file__).parent / "fixtures" / "schemas" / "0005.sqlite3"
    copy = tmp_path / "released.sqlite3"
    shutil.copyfile(frozen, copy)
    database = open_database(str(copy))
    try:
        versioned = sorted(t.name for t in Base.metadata.sorted_tables if "row_version" in t.c)
        assert len(versioned) == 25
        with database.engine.connect() as connection:
            for table in versioned:
                rows, versions = connection.execute(
                    text(f"SELECT count(*), count(DISTINCT row_version) FROM {table}")
                ).one()
                one = connection.execute(text(f"SELECT min(row_version) FROM {table}")).scalar()
                if table in {"attachment", "packet", "travel_cost_rate", "evaluation"}:
                    # the demo attaches no files; packets, travel-cost rates and evaluations (i16) came after the
                    # released schema
                    assert rows == 0
                    continue
                assert rows > 0, f"the frozen file has no {table} rows"
                assert (versions, one) == (1, 1), table
        ctx = open_context(database, login="ani")
        with reading(ctx) as session:
            partner_id = session.scalars(select(Partner.id).order_by(Partner.id)).first()
        view = ps.get_partner(ctx, partner_id)
        assert view.row_version == 1
        ps.update_partner(ctx, partner_id, edited(view, notes="after the upgrade"), loaded=view)
        assert ps.get_partner(ctx, partner_id).row_version == 2
    finally:
        database.dispose()


def test_the_agreement_text_conflicts_per_article(two: tuple[ServiceContext, ServiceContext]) -> None:
    from secretariat.domain.records import AgreementData
    from secretariat.services.agreements import drafting
    from secretariat.services.agreements import records as ags

    ani, budi = two
    partner_id = ps.create_partner(ani, osaka())
    agreement_id = ags.create_agreement(
        ani,
        AgreementData(
            title_id="Nota Kesepahaman Provinsi Kembar",
            title_en="Sister Province MoU",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner_id],
            sector_codes=["tourism"],
        ),
    )
    ani_text, budi_text = drafting.agreement_text(ani, agreement_id), drafting.agreement_text(budi, agreement_id)
    assert len(ani_text.articles) >= 3
    first = dataclasses.replace(ani_text.articles[0], heading_en="Purpose and scope")
    drafting.save_text(ani, agreement_id, [first, *ani_text.articles[1:]], None, None, loaded=ani_text)
    third = dataclasses.replace(budi_text.articles[2], text_en="Both Parties meet once a year.")
    with pytest.raises(EditConflict) as caught:
        drafting.save_text(
            budi, agreement_id, [*budi_text.articles[:2], third, *budi_text.articles[3:]], None, None, loaded=budi_text
        )
    (change,) = caught.value.changes
    assert change.field == "article 1" and change.label.en == "Article 1" and not change.mine_changed
    assert change.theirs_shown.en.startswith("Purpose and scope: ")
    # Saving again on the text stored now, with Ani's first article taken, keeps both changes.
    current = caught.value.current
    drafting.save_text(
        budi,
        agreement_id,
        [current.articles[0], *current.articles[1:2], third, *current.articles[3:]],
        None,
        None,
        loaded=current,
    )
    stored = drafting.agreement_text(ani, agreement_id).articles
    assert (stored[0].heading_en, stored[2].text_en) == ("Purpose and scope", "Both Parties meet once a year.")
