"""Office-wide settings: the office profile and the users with their roles; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.domain.errors import NotFoundError, ValidationError
from secretariat.domain.records import DelegationData, OfficeProfileData
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.delegations.records import create_delegation, get_delegation
from secretariat.services.numbering import issue_number
from secretariat.services.office import get_office_profile, update_office_profile
from secretariat.services.users import (
    PermissionDeniedError,
    get_user,
    list_users,
    rename_user,
    set_user_active,
    set_user_role,
)
from secretariat.storage.models import AuditEntry, OfficeProfile

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def ctx(database) -> ServiceContext:
    return open_context(database, "admin1")


def _profile(**changes: object) -> OfficeProfileData:
    values: dict[str, object] = {
        "region_name_id": "Provinsi Jawa Tengah",
        "region_name_en": "Central Java Province",
        "region_level": "province",
        "head_name": "Ahmad Luthfi",
        "head_title_id": "Gubernur Jawa Tengah",
        "head_title_en": "Governor of Central Java",
        "address_lines": "Jl. Pahlawan No. 9\nSemarang 50243",
        "paper": "f4",
    }
    values.update(changes)
    return OfficeProfileData(**values)  # type: ignore[arg-type]


# --- office profile -----------------------------------------------------------------------------------------------


def test_a_new_database_has_the_default_profile(ctx: ServiceContext) -> None:
    profile = get_office_profile(ctx)
    assert (profile.region_name_id, profile.region_level, profile.paper) == ("", "province", "a4")
    assert profile.delegation_pattern == "DLG-{year}-{seq:03d}"
    assert profile.is_complete is False


def test_update_saves_the_profile_and_audits_the_change(ctx: ServiceContext) -> None:
    update_office_profile(ctx, _profile(logo_png=PNG, bureau_head_name="  "))
    profile = get_office_profile(ctx)
    assert (profile.region_name_en, profile.head_title_id, profile.paper) == (
        "Central Java Province",
        "Gubernur Jawa Tengah",
        "f4",
    )
    assert (profile.logo_png, profile.bureau_head_name, profile.is_complete) == (PNG, None, True)
    assert profile.to_data().region_name_id == "Provinsi Jawa Tengah"
    with ctx.database.sessions() as session:
        assert session.get(OfficeProfile, 1).address_lines == "Jl. Pahlawan No. 9\nSemarang 50243"
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "office_profile"))
    changes = json.loads(entry.changes)
    assert (entry.action, entry.user_login) == ("update", "admin1")
    assert changes["region_name_id"] == ["", "Provinsi Jawa Tengah"]
    assert changes["logo_png"] == [None, f"<{len(PNG)} bytes>"]


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"region_name_id": " "}, {"region_name_id"}),
        ({"region_level": "village"}, {"region_level"}),
        ({"paper": "letter"}, {"paper"}),
        ({"agreement_pattern": "KS/{year}"}, {"agreement_pattern"}),
        ({"delegation_pattern": "DLG-{seq}-{client}"}, {"delegation_pattern"}),
        ({"letter_pattern": "{seq:03d/{year}"}, {"letter_pattern"}),
        ({"logo_png": b"GIF89a..."}, {"logo"}),
        ({"head_name": "x" * 201}, {"head_name"}),
        ({"region_name_en": "", "agreement_pattern": "none"}, {"region_name_en", "agreement_pattern"}),
    ],
)
def test_bad_profiles_are_refused_naming_the_field(
    ctx: ServiceContext, changes: dict[str, object], fields: set[str]
) -> None:
    update_office_profile(ctx, _profile())
    with pytest.raises(ValidationError) as caught:
        update_office_profile(ctx, _profile(**changes))
    assert caught.value.fields == fields
    assert get_office_profile(ctx).region_name_id == "Provinsi Jawa Tengah"


def test_a_new_pattern_numbers_the_next_records(ctx: ServiceContext) -> None:
    visit = DelegationData(
        direction="outgoing", purpose="Visit", country_code="JP", start_on=date(2026, 5, 1), end_on=date(2026, 5, 3)
    )
    first = create_delegation(ctx, visit)
    update_office_profile(
        ctx, _profile(delegation_pattern="KUNJ/{seq:02d}/{roman_month}/{year}", letter_pattern="{seq}/BKS")
    )
    second = create_delegation(ctx, replace(visit))
    assert [get_delegation(ctx, i).code for i in (first, second)] == ["DLG-2026-001", "KUNJ/02/V/2026"]
    assert issue_number(ctx, "letter", date(2026, 5, 1)) == "1/BKS"


# --- users ----------------------------------------------------------------------------------------------------------


def _user_id(ctx: ServiceContext, login: str) -> int:
    return next(u.id for u in list_users(ctx) if u.login == login)


def test_the_first_user_administers_and_later_ones_are_clerks(ctx: ServiceContext) -> None:
    open_context(ctx.database, "clerk2")
    assert [(u.login, u.role, u.active) for u in list_users(ctx)] == [
        ("admin1", "admin", True),
        ("clerk2", "clerk", True),
    ]


def test_only_an_administrator_changes_roles(ctx: ServiceContext) -> None:
    clerk = open_context(ctx.database, "clerk2")
    clerk_id = _user_id(ctx, "clerk2")
    admin_id = _user_id(ctx, "admin1")
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        set_user_role(clerk, clerk_id, "admin")
    with pytest.raises(PermissionDeniedError):
        set_user_role(clerk, admin_id, "clerk")
    set_user_role(ctx, clerk_id, "head")
    assert get_user(ctx, clerk_id).role == "head"
    with ctx.database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "app_user", AuditEntry.action == "update"))
    assert (entry.user_login, json.loads(entry.changes)) == ("admin1", {"role": ["clerk", "head"]})


def test_a_role_taken_away_takes_effect_at_once(ctx: ServiceContext) -> None:
    open_context(ctx.database, "admin2")
    set_user_role(ctx, _user_id(ctx, "admin2"), "admin")
    second_admin = open_context(ctx.database, "admin2")
    assert second_admin.actor.role == "admin"
    set_user_role(ctx, _user_id(ctx, "admin2"), "clerk")
    # admin2's open context still says admin; the role stored in the database decides.
    with pytest.raises(PermissionDeniedError):
        set_user_role(second_admin, _user_id(ctx, "admin1"), "clerk")


def test_the_last_administrator_stays_one(ctx: ServiceContext) -> None:
    admin_id = _user_id(ctx, "admin1")
    with pytest.raises(ValidationError, match="last administrator"):
        set_user_role(ctx, admin_id, "clerk")
    with pytest.raises(ValidationError, match="last administrator"):
        set_user_active(ctx, admin_id, False)
    open_context(ctx.database, "admin2")
    set_user_role(ctx, _user_id(ctx, "admin2"), "admin")
    set_user_role(ctx, admin_id, "clerk")
    assert get_user(ctx, admin_id).role == "clerk"


def test_unknown_roles_and_users_are_named(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as caught:
        set_user_role(ctx, _user_id(ctx, "admin1"), "boss")
    assert caught.value.fields == {"role"}
    with pytest.raises(NotFoundError):
        set_user_role(ctx, 999, "clerk")


def test_blocked_users_are_listed_apart(ctx: ServiceContext) -> None:
    open_context(ctx.database, "clerk2")
    set_user_active(ctx, _user_id(ctx, "clerk2"), False)
    assert [u.login for u in list_users(ctx, include_inactive=False)] == ["admin1"]
    assert get_user(ctx, _user_id(ctx, "clerk2")).active is False


def test_users_rename_themselves_and_administrators_rename_anyone(ctx: ServiceContext) -> None:
    clerk = open_context(ctx.database, "clerk2")
    clerk_id = _user_id(ctx, "clerk2")
    rename_user(clerk, clerk_id, "  Siti Rahma ")
    assert get_user(ctx, clerk_id).name == "Siti Rahma"
    with pytest.raises(PermissionDeniedError):
        rename_user(clerk, _user_id(ctx, "admin1"), "Someone")
    rename_user(ctx, clerk_id, "Siti Rahmawati")
    assert get_user(ctx, clerk_id).name == "Siti Rahmawati"
    with pytest.raises(ValidationError) as caught:
        rename_user(ctx, clerk_id, " ")
    assert caught.value.fields == {"name"}
