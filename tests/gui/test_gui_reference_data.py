"""Reference data in the GUI: the stage list, the fields of cooperation, the countries (pytest-qt, offscreen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from secretariat.domain.enums import UserRole
from secretariat.domain.records import AgreementData, PartnerData
from secretariat.domain.workflow import StageData
from secretariat.gui import resource_path
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import apply_language
from secretariat.gui.reference import sector_dialog, stage_list_dialog
from secretariat.gui.reference.country_flags_dialog import ASEAN, MISSION, RELATIONS, CountryFlagsDialog
from secretariat.gui.reference.sector_dialog import SectorDialog
from secretariat.gui.reference.stage_list_dialog import (
    CODE,
    FIELDS,
    FINAL,
    INSTRUMENTS,
    KINDS,
    LIVE,
    NAME_EN,
    StageEditor,
    StageListDialog,
    checked_codes,
    set_checked,
)
from secretariat.services.agreements import stages
from secretariat.services.agreements.records import create_agreement
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.partners.records import create_partner
from secretariat.services.reference.countries_and_sectors import get_country, list_sectors
from secretariat.services.session_start import close_session, open_session
from secretariat.services.users import list_users, set_user_role

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "reference_id.ts"
FORMS = ("stage_list_dialog", "stage_editor", "sector_dialog", "country_flags_dialog")
SOURCES = [
    ROOT / "src" / "secretariat" / "gui" / f"{name}.py"
    for name in ("reference_data", "stage_list_dialog", "sector_dialog", "country_flags_dialog")
]
SOURCES += [ROOT / "ui" / f"{name}.ui" for name in FORMS]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[str, ServiceContext]]:
    """admin1 (administrator), head1 (head), clerk1 (clerk); one KSDLL MoU at "initiative" naming "tourism"."""
    admin = open_session(str(tmp_path / "office.sqlite3"), "admin1")
    open_context(admin.database, "head1")
    set_user_role(admin, next(u.id for u in list_users(admin) if u.login == "head1"), UserRole.HEAD)
    partner = create_partner(
        admin,
        PartnerData(
            code="KR-SUW", name="Suwon City", kind="regional_government", country_code="KR", admin_level="city"
        ),
    )
    create_agreement(
        admin,
        AgreementData(
            title_id="Kerja sama kota kembar",
            title_en="Sister-city cooperation",
            kind="ksdll",
            instrument="mou",
            partner_ids=[partner],
            sector_codes=["tourism"],
        ),
    )
    yield {
        "admin": admin,
        "head": open_context(admin.database, "head1"),
        "clerk": open_context(admin.database, "clerk1"),
    }
    close_session(admin)


def codes(ctx: ServiceContext) -> list[str]:
    return [s.code for s in stages.list_stages(ctx)]


def stage_dialog(qtbot, ctx: ServiceContext) -> StageListDialog:
    dialog = StageListDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def select(dialog: StageListDialog, code: str) -> None:
    dialog.table.selectRow(next(i for i, s in enumerate(dialog.stages) if s.code == code))


def table_codes(dialog: StageListDialog) -> list[str]:
    return [dialog.table.item(row, CODE).text() for row in range(dialog.table.rowCount())]


def marked(editor: StageEditor | SectorDialog) -> set[str]:
    return {w.objectName() for w in editor.problems.marked}


def edit_with(monkeypatch, action) -> list[StageEditor]:
    """Make the stage editor run ``action(editor)`` instead of waiting for the clerk; the editors seen."""
    seen: list[StageEditor] = []

    def run(editor: StageEditor) -> int:
        seen.append(editor)
        action(editor)
        return editor.result()

    monkeypatch.setattr(StageEditor, "exec", run)
    return seen


# --- the forms ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FORMS)
def test_every_form_loads_and_every_named_widget_is_found(qtbot, name: str) -> None:
    form = load_form(name)
    qtbot.addWidget(form)
    declared = [
        (e.get("class"), e.get("name")) for e in ET.parse(resource_path("ui", f"{name}.ui")).getroot().iter("widget")
    ]
    assert len(declared) > 5
    for class_name, widget_name in declared:
        cls = getattr(QtWidgets, class_name)
        assert isinstance(bind(form, widget_name, cls), cls)


def test_every_dialog_opens_over_its_form(qtbot, office) -> None:
    admin = office["admin"]
    dialogs: list[QWidget] = [StageListDialog(admin), SectorDialog(admin), CountryFlagsDialog(admin)]
    editor = StageEditor(admin, None, code=None)
    for widget in [*dialogs, editor]:
        qtbot.addWidget(widget)
        assert widget.windowTitle()
    assert [d.windowTitle() for d in dialogs] == ["Tahap perjanjian", "Bidang kerja sama", "Negara"]
    assert editor.windowTitle() == "Tahap baru[*]"


# --- the stage list -------------------------------------------------------------------------------------------


def test_the_stage_list_shows_every_stage_in_order_with_what_it_needs(qtbot, office) -> None:
    dialog = stage_dialog(qtbot, office["admin"])
    assert table_codes(dialog) == codes(office["admin"])
    row = table_codes(dialog).index("signed")
    assert (
        dialog.table.item(row, FIELDS).text() == "Tanggal penandatanganan, Tempat penandatanganan, Nomor naskah daerah"
    )
    assert dialog.table.item(row, LIVE).text() == "✓" and dialog.table.item(row, FINAL).text() == ""
    dprd = table_codes(dialog).index("dprd_approval")
    assert (dialog.table.item(dprd, KINDS).text(), dialog.table.item(dprd, INSTRUMENTS).text()) == ("KSDPL", "MoU")
    assert dialog.table.item(0, KINDS).text() == "semua"
    assert dialog.table.item(table_codes(dialog).index("terminated"), FINAL).text() == "✓"
    assert dialog.note_label.isHidden()
    apply_language("en")
    assert dialog.table.horizontalHeaderItem(NAME_EN).text() == "Name (English)"
    assert dialog.table.item(row, FIELDS).text() == "Date of signing, Place of signing, Region's reference number"
    assert dialog.table.item(0, KINDS).text() == "all"


def test_moving_a_stage_up_and_down_changes_the_order_in_the_database(qtbot, office) -> None:
    admin = office["admin"]
    before = codes(admin)
    dialog = stage_dialog(qtbot, admin)
    select(dialog, "exploration")
    dialog.up_button.click()
    assert codes(admin)[:3] == ["exploration", "initiative", "letter_of_intent"]
    assert table_codes(dialog) == codes(admin)
    assert dialog.selected().code == "exploration"
    assert not dialog.up_button.isEnabled(), "the first stage cannot go further up"
    dialog.down_button.click()
    dialog.down_button.click()
    assert codes(admin)[:3] == ["initiative", "letter_of_intent", "exploration"]
    assert [s.position for s in stages.list_stages(admin)][:3] == [10, 20, 30]
    assert dialog.changed
    select(dialog, "terminated")
    assert not dialog.down_button.isEnabled()
    dialog.move_selected(1)  # the last stays last
    assert codes(admin)[-1] == "terminated"
    assert sorted(codes(admin)) == sorted(before)


def test_a_new_stage_goes_after_the_selected_one_with_its_conditions(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]

    def fill(editor: StageEditor) -> None:
        assert not editor.code_edit.isReadOnly()
        editor.code_edit.setText("legal_review")
        editor.name_id_edit.setText("Telaah hukum Biro Hukum")
        editor.name_en_edit.setText("Legal review")
        set_checked(editor.kinds_list, ["ksdpl"])
        set_checked(editor.instruments_list, ["mou", "arrangement"])
        set_checked(editor.documents_list, ["study", "draft"])
        set_checked(editor.fields_list, ["sectors"])
        editor.save_button.click()

    seen = edit_with(monkeypatch, fill)
    dialog = stage_dialog(qtbot, admin)
    select(dialog, "exploration")
    dialog.add_button.click()
    assert seen and seen[0].result() == QtWidgets.QDialog.DialogCode.Accepted
    assert codes(admin)[:4] == ["initiative", "exploration", "legal_review", "letter_of_intent"]
    new = stages.get_stage(admin, "legal_review")
    assert (new.name_id, new.name_en) == ("Telaah hukum Biro Hukum", "Legal review")
    assert new.kinds == ("ksdpl",) and new.instruments == ("mou", "arrangement")
    assert new.required_documents == ("study", "draft") and new.required_fields == ("sectors",)
    assert not new.is_final and not new.is_live
    assert dialog.selected().code == "legal_review" and table_codes(dialog) == codes(admin)
    assert dialog.changed


def test_a_new_stage_between_two_adjacent_positions_renumbers_the_list(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]
    stages.create_stage(admin, StageData(code="intake", name_id="Penerimaan", name_en="Intake", position=11))

    def fill(editor: StageEditor) -> None:
        editor.code_edit.setText("triage")
        editor.name_id_edit.setText("Pemilahan")
        editor.name_en_edit.setText("Triage")
        editor.save_button.click()

    edit_with(monkeypatch, fill)
    dialog = stage_dialog(qtbot, admin)
    select(dialog, "initiative")  # positions 10 and 11: no room between
    dialog.add_button.click()
    assert codes(admin)[:4] == ["initiative", "triage", "intake", "exploration"]
    positions = [s.position for s in stages.list_stages(admin)]
    assert positions == [10 * (i + 1) for i in range(len(positions))]


def test_editing_a_stage_keeps_its_code_and_saves_the_rest(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]

    def change(editor: StageEditor) -> None:
        assert editor.code_edit.text() == "signed" and editor.code_edit.isReadOnly()
        assert checked_codes(editor.fields_list) == ["number", "signed_on", "signed_place"]
        assert editor.live_check.isChecked()
        editor.name_en_edit.setText("Signature")
        set_checked(editor.fields_list, ["signed_on", "signed_place"])
        set_checked(editor.documents_list, ["signed_scan"])
        editor.save_button.click()

    seen = edit_with(monkeypatch, change)
    dialog = stage_dialog(qtbot, admin)
    select(dialog, "signed")
    dialog.edit_button.click()
    assert seen
    signed = stages.get_stage(admin, "signed")
    assert signed.name_en == "Signature" and signed.name_id == "Penandatanganan"
    assert signed.required_fields == ("signed_on", "signed_place")
    assert signed.required_documents == ("signed_scan",) and signed.is_live
    row = table_codes(dialog).index("signed")
    assert dialog.table.item(row, NAME_EN).text() == "Signature"


def test_a_stage_without_a_name_is_refused_at_the_field_and_nothing_is_saved(qtbot, office) -> None:
    admin = office["admin"]
    before = stages.list_stages(admin)
    dialog = stage_dialog(qtbot, admin)
    editor = dialog.make_editor(None, after="initiative")
    qtbot.addWidget(editor)
    editor.code_edit.setText("legal_review")
    editor.name_en_edit.setText("Legal review")
    assert editor.save() is False
    assert marked(editor) == {"nameIdEdit"}
    assert editor.name_id_edit.toolTip() == "wajib diisi"
    assert editor.message_label.text() == "Tidak ada yang disimpan. Mohon perbaiki:\n• Nama (Indonesia): wajib diisi"
    assert stages.list_stages(admin) == before
    # In English the message is English.
    apply_language("en")
    english = dialog.make_editor(None)
    qtbot.addWidget(english)
    english.code_edit.setText("legal_review")
    english.name_id_edit.setText("Telaah hukum")
    english.name_en_edit.setText("")
    assert english.save() is False
    assert english.name_en_edit.toolTip() == "is required"
    assert stages.list_stages(admin) == before


def test_a_used_stage_cannot_be_deleted_and_an_unused_one_is_deleted_after_asking(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(
        stage_list_dialog, "confirm", lambda _parent, _title, text, _yes, _info="": asked.append(text) or answer["yes"]
    )
    dialog = stage_dialog(qtbot, admin)
    select(dialog, "evaluation")
    dialog.delete_button.click()
    assert asked == ["Hapus tahap “Pemantauan dan evaluasi” (evaluation)?"]
    assert "evaluation" in codes(admin), "nothing is deleted when the answer is Cancel"
    answer["yes"] = True
    dialog.delete_button.click()
    assert "evaluation" not in codes(admin) and "evaluation" not in table_codes(dialog)
    # The agreement of the fixture is at the first stage.
    select(dialog, "initiative")
    dialog.delete_button.click()
    assert "initiative" in codes(admin)
    assert dialog.message_label.isVisibleTo(dialog)
    assert dialog.message_label.text() == (
        'Tidak dapat menghapus tahap "Prakarsa": 1 perjanjian pada tahap ini, 1 riwayat tahap bergantung padanya.'
    )


def test_a_clerk_sees_the_stage_list_read_only_and_is_told_why(qtbot, office, monkeypatch) -> None:
    clerk = office["clerk"]
    before = stages.list_stages(clerk)
    seen = edit_with(monkeypatch, lambda editor: editor.save_button.click())
    monkeypatch.setattr(stage_list_dialog, "confirm", lambda *_a: True)
    dialog = stage_dialog(qtbot, clerk)
    assert table_codes(dialog) == codes(clerk)
    assert dialog.note_label.isVisibleTo(dialog)
    assert dialog.note_label.text() == (
        "Hanya baca: daftar ini hanya dapat diubah oleh administrator atau kepala "
        "biro (Anda masuk sebagai clerk1, Staf)."
    )
    for button in (dialog.add_button, dialog.edit_button, dialog.delete_button, dialog.up_button, dialog.down_button):
        assert not button.isVisibleTo(dialog) and not button.isEnabled()
    select(dialog, "exploration")
    dialog.move_selected(-1)
    dialog.add_stage()
    dialog.edit_selected()
    dialog.delete_selected()
    dialog.table.itemDoubleClicked.emit(dialog.table.item(1, 0))
    assert not seen and not dialog.changed
    assert stages.list_stages(clerk) == before
    # The head of the bureau may change the list.
    head = stage_dialog(qtbot, office["head"])
    assert head.note_label.isHidden() and head.up_button.isVisibleTo(head)
    select(head, "exploration")
    head.up_button.click()
    assert codes(clerk)[0] == "exploration"


# --- the fields of cooperation --------------------------------------------------------------------------------


def sectors_dialog(qtbot, ctx: ServiceContext) -> SectorDialog:
    dialog = SectorDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def select_sector(dialog: SectorDialog, code: str) -> None:
    dialog.table.selectRow(next(i for i, s in enumerate(dialog.sectors) if s.code == code))


def sector(ctx: ServiceContext, code: str):
    return next((s for s in list_sectors(ctx) if s.code == code), None)


def test_fields_of_cooperation_are_added_renamed_and_deleted(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]
    asked: list[str] = []
    monkeypatch.setattr(
        sector_dialog, "confirm", lambda _parent, _title, text, _yes, _info="": asked.append(text) or True
    )
    dialog = sectors_dialog(qtbot, admin)
    assert dialog.table.rowCount() == len(list_sectors(admin))
    # Add; a bad code is shown at the field and nothing is saved.
    dialog.new_button.click()
    dialog.code_edit.setText("Maritime Affairs")
    dialog.name_id_edit.setText("Kemaritiman")
    dialog.name_en_edit.setText("Maritime affairs")
    count = len(list_sectors(admin))
    assert dialog.save() is False
    assert marked(dialog) == {"codeEdit"}
    assert "hanya boleh berisi huruf kecil" in dialog.code_edit.toolTip()
    assert len(list_sectors(admin)) == count
    dialog.code_edit.setText("maritime")
    dialog.save_button.click()
    added = sector(admin, "maritime")
    assert (added.name_id, added.name_en) == ("Kemaritiman", "Maritime affairs")
    assert dialog.current().code == "maritime" and dialog.message_label.text() == "Tersimpan."
    # Rename in both languages.
    dialog.name_id_edit.setText("Kelautan dan kemaritiman")
    dialog.name_en_edit.setText("Marine and maritime affairs")
    dialog.save_button.click()
    renamed = sector(admin, "maritime")
    assert (renamed.id, renamed.name_id, renamed.name_en) == (
        added.id,
        "Kelautan dan kemaritiman",
        "Marine and maritime affairs",
    )
    # Delete after asking.
    dialog.delete_button.click()
    assert asked == ["Hapus bidang kerja sama “Kelautan dan kemaritiman” (maritime)?"]
    assert sector(admin, "maritime") is None
    assert "maritime" not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert dialog.changed


def test_a_used_field_of_cooperation_keeps_its_code_and_is_not_deleted(qtbot, office, monkeypatch) -> None:
    admin = office["admin"]
    monkeypatch.setattr(sector_dialog, "confirm", lambda *_a: True)
    dialog = sectors_dialog(qtbot, admin)
    select_sector(dialog, "tourism")
    assert dialog.code_edit.isReadOnly() and "Disebut dalam 1 perjanjian" in dialog.usage_label.text()
    dialog.name_en_edit.setText("Tourism and creative economy")
    dialog.save_button.click()
    assert sector(admin, "tourism").name_en == "Tourism and creative economy"
    dialog.delete_button.click()
    assert sector(admin, "tourism") is not None
    assert dialog.message_label.text() == (
        "Tidak dapat menghapus bidang kerja sama tourism: 1 perjanjian bergantung padanya."
    )
    assert dialog.message_label.isVisibleTo(dialog)


def test_a_clerk_sees_the_fields_of_cooperation_read_only(qtbot, office) -> None:
    clerk = office["clerk"]
    dialog = sectors_dialog(qtbot, clerk)
    assert dialog.note_label.isVisibleTo(dialog) and "clerk1" in dialog.note_label.text()
    select_sector(dialog, "health")
    assert dialog.name_id_edit.isReadOnly() and not dialog.save_button.isEnabled()
    assert not dialog.delete_button.isEnabled() and not dialog.new_button.isEnabled()
    dialog.name_id_edit.setText("Kesehatan masyarakat")
    assert dialog.save() is False
    assert sector(clerk, "health").name_id == "Kesehatan"


# --- the countries ----------------------------------------------------------------------------------------------


def countries_dialog(qtbot, ctx: ServiceContext) -> CountryFlagsDialog:
    dialog = CountryFlagsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_the_countries_are_searched_and_their_flags_saved_per_row(qtbot, office) -> None:
    admin = office["admin"]
    dialog = countries_dialog(qtbot, admin)
    model = dialog.model
    assert model.rowCount() == 249 and dialog.count_label.text() == "249 negara"
    qtbot.keyClicks(dialog.search_edit, "jepa")
    assert [model.country(r).code for r in range(model.rowCount())] == ["JP"]
    assert dialog.count_label.text() == "1 dari 249 negara"
    dialog.search_edit.setText("antar")
    row = model.row_of("AQ")
    assert row is not None
    relations = model.index(row, RELATIONS)
    assert relations.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.flags(relations) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(relations, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    saved = get_country(admin, "AQ")
    assert not saved.diplomatic_relations and not saved.asean_member and saved.mission_country_code is None
    assert relations.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.message_label.text() == "Tersimpan: Antarktika (AQ)." and dialog.changed
    # The seeded flags show: no relations with Taiwan, Timor-Leste in ASEAN.
    dialog.search_edit.setText("")
    assert model.index(model.row_of("TW"), RELATIONS).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(model.row_of("TL"), ASEAN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # ASEAN member, saved for its row only.
    asean = model.index(model.row_of("PG"), ASEAN)
    assert model.setData(asean, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    papua = get_country(admin, "PG")
    assert papua.asean_member and papua.diplomatic_relations
    assert get_country(admin, "AQ").diplomatic_relations is False


def test_the_mission_country_is_chosen_from_a_pick_list_and_a_chain_is_refused(qtbot, office) -> None:
    admin = office["admin"]
    dialog = countries_dialog(qtbot, admin)
    dialog.show()
    model = dialog.model
    dialog.search_edit.setText("andorra")
    index = model.index(model.row_of("AD"), MISSION)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    combo = dialog.table.findChild(QComboBox, "missionCombo")
    assert combo is not None and combo.itemText(0) == "— perwakilan sendiri —"
    assert combo.findData("AD") < 0, "a country is not its own mission country"
    choice = combo.findData("ES")
    assert combo.itemText(choice) == "Spanyol (ES)"
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)
    assert get_country(admin, "AD").mission_country_code == "ES"
    assert index.data() == "Spanyol (ES)"
    # Spain covers Andorra, so it must keep its own mission: refused, shown, the row unchanged.
    dialog.search_edit.setText("spanyol")
    spain = model.index(model.row_of("ES"), MISSION)
    assert not model.setData(spain, "FR", Qt.ItemDataRole.EditRole)
    assert get_country(admin, "ES").mission_country_code is None and spain.data() == ""
    assert dialog.message_label.text().startswith("Tidak tersimpan: Spanyol (ES)\n")
    assert "juga merangkap AD" in dialog.message_label.text()
    # Back to its own mission.
    dialog.search_edit.setText("andorra")
    assert model.setData(model.index(model.row_of("AD"), MISSION), None, Qt.ItemDataRole.EditRole)
    assert get_country(admin, "AD").mission_country_code is None


def test_a_clerk_cannot_change_a_countrys_flags(qtbot, office) -> None:
    clerk = office["clerk"]
    dialog = countries_dialog(qtbot, clerk)
    model = dialog.model
    assert dialog.note_label.isVisibleTo(dialog)
    index = model.index(model.row_of("JP"), RELATIONS)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, MISSION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert get_country(clerk, "JP").diplomatic_relations


def test_the_country_table_sorts_and_follows_the_language(qtbot, office) -> None:
    dialog = countries_dialog(qtbot, office["admin"])
    model = dialog.model
    names = [model.country(r).name_id for r in range(5)]
    assert names == sorted(names, key=str.casefold), "sorted by the Indonesian name in Indonesian"
    dialog.table.sortByColumn(RELATIONS, Qt.SortOrder.AscendingOrder)
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.country(0).code == "ZW"
    apply_language("en")
    assert model.headerData(RELATIONS, Qt.Orientation.Horizontal) == "Diplomatic relations"
    assert dialog.count_label.text() == "249 countries"


# --- the menu ---------------------------------------------------------------------------------------------------


def test_the_edit_menu_offers_the_reference_data_and_opens_each_dialog(qtbot, office, monkeypatch) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(office["admin"], show_welcome=False)
    qtbot.addWidget(window)
    menu = window.reference_menu.submenu
    assert menu.menuAction() in window.edit_menu.actions()
    assert menu.title() == "Data &referensi"
    assert [a.text() for a in menu.actions()] == ["&Tahap perjanjian…", "&Bidang kerja sama…", "&Negara…"]
    opened: list[str] = []
    for cls in (StageListDialog, SectorDialog, CountryFlagsDialog):
        monkeypatch.setattr(cls, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    for action in menu.actions():
        action.trigger()
    assert opened == ["Tahap perjanjian", "Bidang kerja sama", "Negara"]
    apply_language("en")
    assert menu.title() == "&Reference data"
    assert [a.text() for a in menu.actions()] == ["Agreement &stages…", "&Fields of cooperation…", "&Countries…"]
    opened.clear()
    window.reference_menu.stages_action.trigger()
    assert opened == ["Agreement stages"]


def test_a_change_made_in_a_dialog_refreshes_the_page_shown(qtbot, office, monkeypatch) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(office["admin"], show_welcome=False)
    qtbot.addWidget(window)
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh", lambda: refreshed.append(True))

    def move_first_down(dialog: StageListDialog) -> int:
        select(dialog, "initiative")
        dialog.down_button.click()
        return 0

    monkeypatch.setattr(StageListDialog, "exec", move_first_down)
    monkeypatch.setattr(SectorDialog, "exec", lambda dialog: 0)
    window.reference_menu.stages_action.trigger()
    window.reference_menu.sectors_action.trigger()  # nothing changed there
    assert refreshed == [True]
    assert codes(office["admin"])[:2] == ["exploration", "initiative"]


# --- translations -----------------------------------------------------------------------------------------------


def test_an_open_stage_list_switches_language(qtbot, office) -> None:
    dialog = stage_dialog(qtbot, office["clerk"])
    assert dialog.windowTitle() == "Tahap perjanjian"
    apply_language("en")
    assert dialog.windowTitle() == "Agreement stages"
    assert dialog.note_label.text().startswith("Read only: only an administrator")
    assert dialog.table.horizontalHeaderItem(KINDS).text() == "Kinds"
    dialog.changeEvent(QEvent(QEvent.Type.LanguageChange))  # a second event changes nothing
    assert dialog.table.horizontalHeaderItem(KINDS).text() == "Kinds"
