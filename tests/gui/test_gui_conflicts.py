"""The editors meet a record saved meanwhile at another workstation: the conflict dialog shows both
values of every field the other person changed, the clerk keeps theirs, takes the other's or mixes
field by field, and the result is saved as a new audited change."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from secretariat.domain.records import ConditionData, ContactData, PartnerData
from secretariat.gui.i18n import apply_language, save_language
from secretariat.gui.partners.contact_dialog import ContactDialog
from secretariat.gui.partners.editor import PartnerEditor
from secretariat.gui.widgets.conflict_dialog import ConflictDialog
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.partners import records as partners
from secretariat.storage.models import AuditEntry


@pytest.fixture
def ctx(fresh_context: ServiceContext) -> ServiceContext:
    return fresh_context


@pytest.fixture
def budi(ctx: ServiceContext) -> ServiceContext:
    """A second clerk on the same database (another workstation)."""
    return open_context(ctx.database, login="budi")


def new_partner(ctx: ServiceContext) -> int:
    return partners.create_partner(
        ctx,
        PartnerData(
            code="JP-OSK",
            name="Osaka Prefecture",
            kind="regional_government",
            country_code="JP",
            admin_level="state_province",
            city="Osaka",
            phone="+81 6 6941 0351",
            notes="Sister province since 2019.",
        ),
    )


def budi_saves(budi: ServiceContext, partner_id: int, **changes: object) -> None:
    view = partners.get_partner(budi, partner_id)
    partners.update_partner(budi, partner_id, dataclasses.replace(view.to_data(), **changes), loaded=view)


def answer_conflict(qtbot, act: Callable[[ConflictDialog], None]) -> list[ConflictDialog]:
    """Answer the conflict dialog when it appears with ``act``; the dialogs seen are returned."""
    seen: list[ConflictDialog] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialogs[0])
        act(dialogs[0])

    QTimer.singleShot(0, answer)
    return seen


def radio(dialog: ConflictDialog, name: str) -> QRadioButton:
    found = dialog.findChild(QRadioButton, name)
    assert found is not None, name
    return found


def test_different_fields_the_other_clerks_city_is_taken_and_my_phone_kept(qtbot, ctx, budi) -> None:
    partner_id = new_partner(ctx)
    editor = PartnerEditor(ctx, partner_id)
    qtbot.addWidget(editor)
    editor.phone.setText("+81 6 1111 2222")
    budi_saves(budi, partner_id, city="Sakai")  # meanwhile, at another workstation

    def accept_defaults(dialog: ConflictDialog) -> None:
        # Only the city is shown: the other clerk changed it, this one did not, so it starts on theirs.
        assert set(dialog.groups) == {"city"}
        assert radio(dialog, "theirs_city").isChecked() and radio(dialog, "theirs_city").text() == "Sakai"
        assert radio(dialog, "mine_city").text() == "Osaka"
        dialog.save_button.click()

    seen = answer_conflict(qtbot, accept_defaults)
    assert editor.save()
    assert seen, "the conflict dialog did not appear"
    stored = partners.get_partner(ctx, partner_id)
    assert (stored.city, stored.phone) == ("Sakai", "+81 6 1111 2222")
    assert stored.row_version > 2 and editor.loaded.row_version == stored.row_version
    assert editor.city.text() == "Sakai" and not editor.is_dirty()
    assert editor.message_label.text() == "Disimpan dengan nilai yang Anda pilih."
    with reading(ctx) as session:
        last = session.query(AuditEntry).filter_by(entity="partner").order_by(AuditEntry.id.desc()).first()
    assert last is not None and last.user_login == "clerk1"
    assert json.loads(last.changes) == {"phone": ["+81 6 6941 0351", "+81 6 1111 2222"]}


def test_same_field_starts_on_mine_and_taking_all_theirs_keeps_the_other_value(qtbot, ctx, budi) -> None:
    partner_id = new_partner(ctx)
    editor = PartnerEditor(ctx, partner_id)
    qtbot.addWidget(editor)
    editor.city.setText("Kyoto")
    editor.phone.setText("+81 75 000 0000")
    budi_saves(budi, partner_id, city="Sakai", notes="Met in May.")

    def take_theirs(dialog: ConflictDialog) -> None:
        assert set(dialog.groups) == {"city", "notes"}
        assert radio(dialog, "mine_city").isChecked()  # both changed the city: the clerk's own first
        assert radio(dialog, "theirs_notes").isChecked()
        dialog.take_theirs_button.click()
        dialog.save_button.click()

    answer_conflict(qtbot, take_theirs)
    assert editor.save()
    stored = partners.get_partner(ctx, partner_id)
    assert (stored.city, stored.notes, stored.phone) == ("Sakai", "Met in May.", "+81 75 000 0000")


def test_field_by_field_mine_for_one_theirs_for_another(qtbot, ctx, budi) -> None:
    partner_id = new_partner(ctx)
    editor = PartnerEditor(ctx, partner_id)
    qtbot.addWidget(editor)
    editor.city.setText("Kyoto")
    editor.notes.setPlainText("Renewal due in 2027.")
    budi_saves(budi, partner_id, city="Sakai", notes="Met in May.")

    def mix(dialog: ConflictDialog) -> None:
        radio(dialog, "mine_city").setChecked(True)
        radio(dialog, "theirs_notes").setChecked(True)
        dialog.save_button.click()

    answer_conflict(qtbot, mix)
    assert editor.save()
    stored = partners.get_partner(ctx, partner_id)
    assert (stored.city, stored.notes) == ("Kyoto", "Met in May.")


def test_back_to_editing_saves_nothing_and_says_why(qtbot, ctx, budi) -> None:
    partner_id = new_partner(ctx)
    editor = PartnerEditor(ctx, partner_id)
    qtbot.addWidget(editor)
    editor.city.setText("Kyoto")
    budi_saves(budi, partner_id, city="Sakai")
    answer_conflict(qtbot, lambda dialog: dialog.cancel_button.click())
    assert not editor.save()
    assert partners.get_partner(ctx, partner_id).city == "Sakai"
    assert editor.city.text() == "Kyoto" and editor.is_dirty()  # the clerk's typing is still there
    assert "budi menyimpan mitra JP-OSK" in editor.message_label.text()


def test_a_contact_conflicts_on_its_own_row(qtbot, ctx, budi) -> None:
    partner_id = new_partner(ctx)
    first = partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Tanaka Yuki"))
    second = partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Sato Ken"))
    view = partners.get_partner(ctx, partner_id)
    dialogs = {
        cid: ContactDialog(ctx, cid, None, partner_id=partner_id, view=next(c for c in view.contacts if c.id == cid))
        for cid in (first, second)
    }
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    # Budi changes the first contact's phone.
    theirs = next(c for c in partners.get_partner(budi, partner_id).contacts if c.id == first)
    data = ContactData(partner_id=partner_id, name=theirs.name, phone="+62 800 123 456")
    partners.update_contact(budi, first, data, loaded=theirs)
    # The other contact saves without any question.
    dialogs[second].email.setText("sato@example.jp")
    assert dialogs[second].save()
    # The first asks: both changed the phone.
    dialogs[first].phone.setText("+62 900 123 456")
    seen = answer_conflict(qtbot, lambda dialog: dialog.save_button.click())
    assert dialogs[first].save()
    assert len(seen) == 1 and set(seen[0].groups) == {"phone"}
    contacts = {c.id: c for c in partners.get_partner(ctx, partner_id).contacts}
    assert (contacts[first].phone, contacts[second].email) == ("+62 900 123 456", "sato@example.jp")


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_conflict_dialog_in_both_languages(qtbot, ctx, budi, language: str, tmp_path_factory) -> None:
    """The dialog in each language; SECRETARIAT_SCREENSHOTS=folder keeps its picture
    (docs/screenshots/conflict-dialog-<language>.png was made so)."""
    apply_language(language, cache_dir=tmp_path_factory.getbasetemp() / "qm-cache")
    save_language(language)
    partner_id = new_partner(ctx)
    editor = PartnerEditor(ctx, partner_id)
    qtbot.addWidget(editor)
    editor.city.setText("Kyoto")
    editor.phone.setText("+81 6 1111 2222")
    editor.answers[3].setCurrentIndex(editor.answers[3].findData("no"))
    budi_saves(budi, partner_id, city="Sakai", head_name="Yoshimura Hirofumi", notes="Met in May.")
    theirs = partners.get_partner(budi, partner_id)
    answers = [ConditionData(c.number, c.answer, c.evidence) for c in theirs.conditions]
    answers[2] = ConditionData(3, "yes", "Letter of the Consulate-General, 12 May")
    partners.update_partner(budi, partner_id, theirs.to_data(), answers, loaded=theirs)

    texts: dict[str, str] = {}

    def look(dialog: ConflictDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        texts["title"] = dialog.windowTitle()
        texts["save"] = dialog.save_button.text()
        target = os.environ.get("SECRETARIAT_SCREENSHOTS")
        folder = Path(target) if target else tmp_path_factory.mktemp("shots")
        dialog.grab().save(str(folder / f"conflict-dialog-{language}.png"))
        dialog.save_button.click()

    answer_conflict(qtbot, look)
    try:
        assert editor.save()
    finally:
        save_language("id")
    expected = {
        "id": ("Diubah di workstation lain", "Simpan pilihan saya"),
        "en": ("Changed at another workstation", "Save my choice"),
    }[language]
    assert (texts["title"], texts["save"]) == expected
    stored = partners.get_partner(ctx, partner_id)
    # Defaults: the clerk's city and answer (both changed them), the other clerk's head and notes.
    assert (stored.city, stored.head_name, stored.notes) == ("Kyoto", "Yoshimura Hirofumi", "Met in May.")
    assert stored.conditions[2].answer == "no"


def test_the_settings_window_keeps_the_search_limits_and_merges_a_profile_changed_meanwhile(
    qtbot, ctx, budi, tmp_path_factory
) -> None:
    from secretariat.domain.enums import UserRole
    from secretariat.gui.settings_dialog import SettingsDialog
    from secretariat.services import office
    from secretariat.services.users import list_users, set_user_role

    # Two administrators: the office profile is theirs to change (a clerk may not).
    set_user_role(ctx, next(u.id for u in list_users(ctx) if u.login == "budi"), UserRole.ADMIN)
    budi = open_context(ctx.database, login="budi")
    named = office.get_office_profile(ctx).to_data()
    named.region_name_id, named.region_name_en = "Pemerintah Provinsi Jawa Timur", "East Java Provincial Government"
    office.update_office_profile(ctx, named)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert (dialog.search_characters.value(), dialog.search_words.value()) == (200, 20)
    dialog.search_characters.setValue(300)
    dialog.search_words.setValue(30)
    target = os.environ.get("SECRETARIAT_SCREENSHOTS")
    if target:
        dialog.tabs.setCurrentWidget(dialog.letterhead_tab)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(Path(target) / "settings-search-limits-id.png"))
    # Meanwhile an administrator at another workstation names the head of the region (only an administrator
    # or the head may change the profile: budi is made one).
    from secretariat.domain.enums import UserRole
    from secretariat.services.users import list_users, set_user_role

    set_user_role(ctx, next(u.id for u in list_users(ctx) if u.login == "budi"), UserRole.ADMIN)
    theirs = office.get_office_profile(budi)
    office.update_office_profile(
        budi, dataclasses.replace(theirs.to_data(), head_name="Khofifah Indar Parawansa"), loaded=theirs
    )
    seen = answer_conflict(qtbot, lambda conflict: conflict.save_button.click())
    dialog.button_box.button(dialog.button_box.StandardButton.Save).click()
    assert seen and set(seen[0].groups) == {"head_name"}
    stored = office.get_office_profile(ctx)
    assert (stored.search_max_characters, stored.search_max_words, stored.head_name) == (
        300,
        30,
        "Khofifah Indar Parawansa",
    )
