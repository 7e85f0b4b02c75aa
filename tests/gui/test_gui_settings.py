"""The settings dialog: office profile, numbering patterns checked at the field, logo, reminders, language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from secretariat.gui.settings_dialog import SettingsDialog, load_thresholds, parse_days
from secretariat.services import numbering, office
from secretariat.services.dashboard import ReminderThresholds


def make_dialog(qtbot, ctx) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(dialog: SettingsDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_dialog_saves_the_office_profile_and_my_reminders(qtbot, fresh_context) -> None:
    dialog = make_dialog(qtbot, fresh_context)
    assert dialog.windowTitle() == "Pengaturan"
    assert dialog.tabs.tabText(0) == "Kantor", "the form's own texts are translated"
    dialog.region_name_id.setText("Pemerintah Provinsi Jawa Tengah")
    dialog.region_name_en.setText("Central Java Provincial Government")
    dialog.region_level.setCurrentIndex(dialog.region_level.findData("province"))
    dialog.head_name.setText("Ahmad Luthfi")
    dialog.head_title_id.setText("Gubernur Jawa Tengah")
    dialog.address.setPlainText("Jl. Pahlawan No. 9\nSemarang 50243")
    dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    dialog.pattern_edits["letter"].setText("{seq:04d}/BKS/{year}")
    dialog.expiry_days.setText("120, 60, 14")
    dialog.dormant_months.setValue(18)
    assert (dialog.delegation_min.value(), dialog.delegation_max.value()) == (3, 10)
    dialog.delegation_max.setValue(8)
    click_save(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    profile = office.get_office_profile(fresh_context)
    assert profile.region_name_id == "Pemerintah Provinsi Jawa Tengah"
    assert profile.region_name_en == "Central Java Provincial Government"
    assert profile.head_name == "Ahmad Luthfi"
    assert profile.address_lines == "Jl. Pahlawan No. 9\nSemarang 50243"
    assert profile.paper == "f4"
    assert profile.letter_pattern == "{seq:04d}/BKS/{year}"
    assert (profile.delegation_min_size, profile.delegation_max_size) == (3, 8)
    assert load_thresholds() == ReminderThresholds(
        expiry_days=(120, 60, 14), dormant_months=18, departing_days=30, passport_months=6
    )
    again = make_dialog(qtbot, fresh_context)
    assert again.region_name_id.text() == "Pemerintah Provinsi Jawa Tengah"
    assert again.expiry_days.text() == "120, 60, 14"
    assert again.delegation_max.value() == 8


def test_a_bad_numbering_pattern_is_refused_at_the_field_and_nothing_is_saved(qtbot, fresh_context) -> None:
    before = office.get_office_profile(fresh_context)
    dialog = make_dialog(qtbot, fresh_context)
    dialog.region_name_id.setText("Pemerintah Kota Surabaya")
    dialog.region_name_en.setText("Surabaya City Government")
    dialog.dormant_months.setValue(3)
    edit = dialog.pattern_edits["agreement"]
    edit.setText("{nomer}/KS/{tahun}")
    error = dialog.pattern_errors["agreement"]
    assert "{nomer}" in error.text() and "tidak dikenal" in error.text(), "checked as the clerk types"
    assert "{nomor}" in error.text() and "{kode-unit}" in error.text(), "the words that can be used"
    assert dialog.pattern_previews["agreement"].text() == ""
    click_save(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.numbering_tab, "the clerk is taken to the field"
    assert error.isVisible() and "nomer" in error.text()
    assert "Nomor perjanjian" in dialog.problems_label.text()
    assert office.get_office_profile(fresh_context) == before, "nothing was saved"
    assert not QSettings().contains("reminders/dormant_months"), "not even this user's settings"
    edit.setText("KS-{tahun}")
    assert "{nomor}" in error.text()
    edit.setText("{seq:03d}/KS/{year}")  # a pattern written the stored way is still understood
    assert error.text() == ""


def test_numbering_patterns_are_edited_with_words_and_previewed(qtbot, fresh_context) -> None:
    office.update_office_profile(
        fresh_context,
        replace(
            office.get_office_profile(fresh_context).to_data(),
            region_name_id="Pemerintah Provinsi Jawa Timur",
            region_name_en="East Java Provincial Government",
        ),
    )
    dialog = make_dialog(qtbot, fresh_context)
    # Stored "{seq:03d}/BKS/{roman_month}/{year}" reads in the clerk's words.
    assert dialog.pattern_edits["letter"].text() == "{nomor:3}/BKS/{bulan-romawi}/{tahun}"
    assert dialog.pattern_edits["agreement"].text() == "{nomor:3}/KS/{tahun}"
    today = date.today()
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[today.month - 1]
    assert dialog.pattern_previews["letter"].text() == f"001/BKS/{roman}/{today.year}"
    edit = dialog.pattern_edits["letter"]
    edit.setText("")
    edit.setFocus()
    dialog.insert_token("unit")
    edit.insert("/")
    dialog.insert_token("seq")
    edit.insert("/")
    dialog.insert_token("year")
    assert edit.text() == "{kode-unit}/{nomor:3}/{tahun}"
    assert dialog.pattern_previews["letter"].text() == f"{{kode-unit}}/001/{today.year}", "the unit is still empty"
    click_save(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "Kode unit" in dialog.problems_label.text() and "{kode-unit}" in dialog.problems_label.text()
    dialog.unit_code.setText("000.5.2")
    assert dialog.pattern_previews["letter"].text() == f"000.5.2/001/{today.year}"
    click_save(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = office.get_office_profile(fresh_context)
    assert (saved.letter_pattern, saved.unit_code) == ("{unit}/{seq:03d}/{year}", "000.5.2")
    assert numbering.issue_number(fresh_context, "letter", today) == f"000.5.2/001/{today.year}"


def test_a_bad_list_of_reminder_days_is_refused_at_the_field(qtbot, fresh_context) -> None:
    dialog = make_dialog(qtbot, fresh_context)
    dialog.region_name_id.setText("Pemerintah Kabupaten Badung")
    dialog.region_name_en.setText("Badung Regency Government")
    dialog.expiry_days.setText("180, sembilan puluh")
    assert dialog.expiry_days_error.text()
    click_save(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.interface_tab
    assert office.get_office_profile(fresh_context).region_name_id != "Pemerintah Kabupaten Badung"
    assert parse_days("30; 180, 90 ,30") == (180, 90, 30)


def test_a_profile_rule_of_the_service_is_shown_at_its_field(qtbot, fresh_context) -> None:
    dialog = make_dialog(qtbot, fresh_context)
    dialog.region_name_id.setText("")
    dialog.region_name_en.setText("Somewhere")
    click_save(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.office_tab
    assert dialog.region_name_id.property("problem") is True
    assert dialog.region_name_id.toolTip()
    dialog.region_name_id.setText("Pemerintah Kota Medan")
    assert not dialog.region_name_id.property("problem"), "typing clears the mark"


def test_the_next_number_is_previewed_live(qtbot, fresh_context) -> None:
    dialog = make_dialog(qtbot, fresh_context)
    year = date.today().year
    assert dialog.pattern_previews["agreement"].text() == numbering.peek_next_number(fresh_context, "agreement")
    dialog.pattern_edits["delegation"].setText("DEL/{year}/{seq:02d}")
    assert dialog.pattern_previews["delegation"].text() == f"DEL/{year}/01"
    assert dialog.pattern_captions["delegation"].text() == "Nomor berikutnya:"


def test_a_logo_is_chosen_previewed_and_stored_as_png(qtbot, fresh_context, tmp_path: Path, monkeypatch) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    jpeg = tmp_path / "logo.jpg"
    assert image.save(str(jpeg), "JPG")
    monkeypatch.setattr(
        "secretariat.gui.settings_dialog.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(jpeg), "")
    )
    dialog = make_dialog(qtbot, fresh_context)
    dialog.region_name_id.setText("Pemerintah Provinsi Bali")
    dialog.region_name_en.setText("Bali Provincial Government")
    assert not dialog.remove_logo_button.isEnabled()
    dialog.choose_logo_button.click()
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_preview.pixmap().width() <= 96
    click_save(dialog)
    logo = office.get_office_profile(fresh_context).logo_png
    assert logo is not None and logo.startswith(b"\x89PNG\r\n\x1a\n")
    unreadable = tmp_path / "notes.png"
    unreadable.write_text("not an image")
    monkeypatch.setattr(
        "secretariat.gui.settings_dialog.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(unreadable), "")
    )
    again = make_dialog(qtbot, fresh_context)
    again.choose_logo_button.click()
    assert "notes.png" in again.logo_error.text()
    assert again.logo == logo, "the logo saved before stays"


def test_saved_thresholds_reach_the_dashboard(qtbot, demo_context, monkeypatch) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    received: list[ReminderThresholds] = []
    monkeypatch.setattr(dashboard, "set_thresholds", received.append)

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.departing_days.setValue(45)
        click_save(dialog)

    QTimer.singleShot(0, fill_and_save)
    window.settings_action.trigger()
    assert received and received[-1].departing_days == 45
    assert QSettings().value("reminders/departing_days") in (45, "45")


def test_the_dialog_is_usable_from_the_keyboard(qtbot, fresh_context) -> None:
    dialog = make_dialog(qtbot, fresh_context)
    assert dialog.region_name_id.maxLength() == 200
    buddy_of = {label.buddy() for label in dialog.findChildren(type(dialog.problems_label)) if label.buddy()}
    assert dialog.region_name_id in buddy_of and dialog.pattern_edits["letter"] in buddy_of
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.region_name_id.setFocus()
    qtbot.keyClick(dialog.region_name_id, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.region_name_en
