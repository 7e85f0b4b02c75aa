"""The change history of a record (read from the audit) and reverting a change, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.records import ContactData, DelegationData, OfficialData, PartnerData
from secretariat.services import history
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.delegations import records as delegations
from secretariat.services.partners import records as partners
from secretariat.services.reference import officials
from secretariat.storage.models import AuditEntry


@pytest.fixture
def ctx(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(database, login="ani")


def osaka() -> PartnerData:
    return PartnerData(
        code="JP-OSK", name="Osaka Prefecture", kind="regional_government", country_code="JP", city="Osaka"
    )


def audit_count(ctx: ServiceContext) -> int:
    with reading(ctx) as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def change_of(entries: list[history.HistoryEntry], field: str) -> tuple[history.HistoryEntry, history.FieldChange]:
    """The newest entry that changed ``field`` of the record itself, and that field's change."""
    for entry in entries:
        for change in entry.changes:
            if change.field == field and entry.own and entry.action == "update":
                return entry, change
    raise AssertionError(f"no change of {field}")


def test_history_lists_who_changed_which_field_from_what_to_what(ctx: ServiceContext) -> None:
    partner_id = partners.create_partner(ctx, osaka())
    partners.update_partner(
        ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), city="Sakai", country_code="KR")
    )
    contact_id = partners.add_contact(
        ctx, ContactData(partner_id=partner_id, name="Hiroshi Tanaka", passport_expiry=date(2031, 1, 2))
    )
    partners.delete_contact(ctx, contact_id)

    entries = history.record_history(ctx, "partner", partner_id)

    # Newest first: the contact's deletion, its creation, the partner's change, its creation.
    assert [(e.action, e.entity, e.own) for e in entries] == [
        ("delete", "contact", False),
        ("create", "contact", False),
        ("update", "partner", True),
        ("create", "partner", True),
    ]
    assert all(e.user == "ani" for e in entries)
    assert entries[0].what("id") == "Dihapus: Kontak “Hiroshi Tanaka”"
    assert entries[0].what("en") == "Deleted: Contact “Hiroshi Tanaka”"
    assert entries[2].what("id") == "Diubah: Mitra “Osaka Prefecture”", "a partner is called by its name"
    update = entries[2]
    fields = {c.field: c for c in update.changes}
    assert set(fields) == {"city", "country_code"}
    # Labels of the form and values as the clerk reads them, in both languages.
    assert fields["city"].label == ("Kota", "City")
    assert (fields["city"].before, fields["city"].after) == (("Osaka", "Osaka"), ("Sakai", "Sakai"))
    assert fields["country_code"].label == ("Negara", "Country")
    assert fields["country_code"].before == ("Jepang", "Japan")
    assert fields["country_code"].after == ("Korea Selatan", "South Korea")
    assert all(c.revertible for c in update.changes)
    created = {c.field: c for c in entries[1].changes}
    assert created["passport_expiry"].after == ("2 Januari 2031", "2 January 2031")
    assert created["name"].before == ("—", "—")
    assert "partner_id" not in created  # the parent itself is not listed as a field of its contact
    assert not any(c.revertible for c in entries[1].changes)  # a creation is not reverted field by field


def test_revert_writes_the_old_value_back_as_a_new_audited_change(ctx: ServiceContext) -> None:
    partner_id = partners.create_partner(ctx, osaka())
    partners.update_partner(ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), city="Sakai"))
    entry, _change = change_of(history.record_history(ctx, "partner", partner_id), "city")
    before = audit_count(ctx)

    history.revert_change(ctx, entry.entry_id, "city")

    assert partners.get_partner(ctx, partner_id).city == "Osaka"
    assert audit_count(ctx) == before + 1
    newest = history.record_history(ctx, "partner", partner_id)[0]
    assert newest.action == "update" and newest.user == "ani"
    assert [(c.field, c.before[0], c.after[0]) for c in newest.changes] == [("city", "Sakai", "Osaka")]


def test_revert_is_refused_after_a_newer_change_of_the_field(ctx: ServiceContext) -> None:
    partner_id = partners.create_partner(ctx, osaka())
    partners.update_partner(ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), city="Sakai"))
    older, _change = change_of(history.record_history(ctx, "partner", partner_id), "city")
    partners.update_partner(ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), city="Kobe"))
    before = audit_count(ctx)

    with pytest.raises(UserError) as caught:
        history.revert_change(ctx, older.entry_id, "city")

    assert "“Kota” sudah diubah lagi" in caught.value.message("id")
    assert "by ani" in caught.value.message("en") and "revert that newer change first" in caught.value.message("en")
    assert partners.get_partner(ctx, partner_id).city == "Kobe"  # nothing written
    assert audit_count(ctx) == before
    # The newer change itself can be reverted, and then the older one too.
    newer, _ = change_of(history.record_history(ctx, "partner", partner_id), "city")
    history.revert_change(ctx, newer.entry_id, "city")
    assert partners.get_partner(ctx, partner_id).city == "Sakai"


def test_a_change_of_another_field_does_not_block_the_revert(ctx: ServiceContext) -> None:
    partner_id = partners.create_partner(ctx, osaka())
    partners.update_partner(ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), city="Sakai"))
    entry, _ = change_of(history.record_history(ctx, "partner", partner_id), "city")
    partners.update_partner(
        ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), phone="+81 6 1234 5678")
    )

    history.revert_change(ctx, entry.entry_id, "city")

    view = partners.get_partner(ctx, partner_id)
    assert (view.city, view.phone) == ("Osaka", "+81 6 1234 5678")


def test_revert_goes_through_the_record_rules(ctx: ServiceContext) -> None:
    """A revert that would break a rule (an end before the start) is refused by the update service."""
    delegation_id = delegations.create_delegation(
        ctx,
        DelegationData(
            direction="outgoing",
            purpose="Rapat",
            country_code="JP",
            start_on=date(2026, 5, 10),
            end_on=date(2026, 5, 12),
        ),
    )
    data = delegations.get_delegation(ctx, delegation_id).to_data()
    delegations.update_delegation(ctx, delegation_id, replace(data, start_on=date(2026, 6, 1), end_on=date(2026, 6, 5)))
    entries = history.record_history(ctx, "delegation", delegation_id)
    entry, change = change_of(entries, "end_on")
    assert change.before == ("12 Mei 2026", "12 May 2026")

    with pytest.raises(ValidationError) as caught:
        history.revert_change(ctx, entry.entry_id, "end_on")

    message = caught.value.message("id")
    assert "12 Mei 2026 lebih awal dari “Tanggal mulai” (1 Juni 2026)" in message
    assert "start_on" not in message and "2026-06-01" not in message


def test_deleted_records_keep_their_history_and_cannot_be_reverted(ctx: ServiceContext) -> None:
    official_id = officials.create_official(ctx, OfficialData(name="Ir. Budi", position="Kepala Bagian", grade="B"))
    officials.update_official(
        ctx, official_id, replace(officials.get_official(ctx, official_id).to_data(), position="Kepala Biro")
    )
    entry, _ = change_of(history.record_history(ctx, "official", official_id), "position")
    officials.delete_official(ctx, official_id)

    entries = history.record_history(ctx, "official", official_id)
    assert [e.action for e in entries] == ["delete", "update", "create"]
    with pytest.raises(UserError) as caught:
        history.revert_change(ctx, entry.entry_id, "position")
    assert "dihapus" in caught.value.message("id")


def test_amounts_and_codes_read_as_the_clerk_reads_them(ctx: ServiceContext) -> None:
    from secretariat.domain.records import PerDiemRateData
    from secretariat.services.delegations import per_diem

    rate_id = per_diem.create_rate(
        ctx,
        PerDiemRateData(country_code="JP", grade="A", amount=Decimal("400"), valid_from=date(2026, 1, 1), source="PMK"),
    )
    per_diem.update_rate(ctx, rate_id, replace(per_diem.get_rate(ctx, rate_id).to_data(), amount=Decimal("450.50")))
    entry, change = change_of(history.record_history(ctx, "per_diem_rate", rate_id), "amount_minor")
    assert change.label == ("Uang harian", "Daily allowance")
    assert change.before == ("US$ 400,00", "US$ 400.00")
    assert change.after == ("US$ 450,50", "US$ 450.50")
    history.revert_change(ctx, entry.entry_id, "amount_minor")
    assert per_diem.get_rate(ctx, rate_id).amount == Decimal("400")
