"""Languages: the Indonesian catalogue is complete, compiled or read directly, and switching is live."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from gui_waits import wait_loaded
from secretariat.domain.money import Money
from secretariat.gui import i18n
from secretariat.gui.formatting import format_date, format_money, format_number
from secretariat.services.registers import REGISTERS, columns

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "secretariat_id.ts"


def test_the_indonesian_catalogue_covers_every_text_of_every_window_and_form() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, "texts without Indonesian:\n" + result.stdout + result.stderr


def test_translations_keep_their_placeholders() -> None:
    translator = i18n.TsTranslator(TS_FILE)
    import xml.etree.ElementTree as ET

    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translated = translator.translate(name, source)
            assert translated, f"{name}: {source!r} is untranslated"
            for pattern in (r"%\d", r"\{[a-z_:0-9]+\}"):
                assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, translated)), (name, source)


def test_every_column_header_reads_as_the_register_service_words_it(qapp) -> None:
    for register in REGISTERS:
        for column in columns(register):
            assert QCoreApplication.translate("Columns", column.label_en) == column.label_id, (register, column.key)


def test_compiled_and_directly_read_catalogues_agree(qapp, tmp_path: Path) -> None:
    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease in this installation; the .ts reader is used (tested below)")
    compiled = i18n.load_translators("id", cache_dir=tmp_path, use_lrelease=True)
    direct = i18n.load_translators("id", cache_dir=tmp_path / "unused", use_lrelease=False)
    assert compiled and all(not isinstance(t, i18n.TsTranslator) for t in compiled)
    assert all(isinstance(t, i18n.TsTranslator) for t in direct)
    assert (tmp_path / "secretariat_id.qm").exists()
    for context, source, expected in [
        ("MainWindow", "&File", "&Berkas"),
        ("Filters", "All countries", "Semua negara"),
        ("Columns", "Expires", "Berakhir"),
        ("SettingsDialog", "Numbering", "Penomoran"),
    ]:
        for translators in (compiled, direct):
            answers = [t.translate(context, source) for t in translators]
            assert [a for a in answers if a] == [expected], (context, source)


def test_a_compiled_catalogue_is_made_again_only_when_its_source_changed(tmp_path: Path) -> None:
    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease in this installation")
    source = tmp_path / "sample_id.ts"
    source.write_text(TS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "cache" / "sample_id.qm"
    assert i18n.compile_ts(source, target)
    first = target.stat().st_mtime_ns
    assert i18n.compile_ts(source, target)
    assert target.stat().st_mtime_ns == first, "an up-to-date .qm is kept"
    later = time.time() + 5
    os.utime(source, (later, later))
    assert i18n.compile_ts(source, target)
    assert target.stat().st_mtime_ns != first, "a newer .ts is compiled again"


def test_without_lrelease_the_ts_is_read_directly(qapp, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    translators = i18n.apply_language("id")
    assert translators and all(isinstance(t, i18n.TsTranslator) for t in translators)
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dasbor"
    assert i18n.current_language() == "id"


def test_unfinished_translations_are_not_used(tmp_path: Path) -> None:
    source = tmp_path / "x_id.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID"><context><name>C</name>'
        "<message><source>Done</source><translation>Selesai</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Konsep</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    translator = i18n.TsTranslator(source)
    assert translator.translate("C", "Done") == "Selesai"
    assert translator.translate("C", "Draft") is None
    assert len(translator) == 1


def test_the_language_choice_is_kept_per_user_and_indonesian_by_default(qapp) -> None:
    assert i18n.chosen_language() == "id"
    i18n.save_language("en")
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    assert i18n.chosen_language() == "en"
    QSettings().setValue(i18n.SETTINGS_KEY, "fr")
    assert i18n.chosen_language() == "id", "an unknown language falls back to Indonesian"
    with pytest.raises(ValueError):
        i18n.save_language("fr")


def test_switching_language_retranslates_the_open_window(qtbot, demo_context) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    window.show_page("partners")
    page = window.pages["partners"]
    wait_loaded(qtbot, page.model)
    model = page.model
    status = model.column_index("status")

    def header(key: str) -> str:
        return model.headerData(model.column_index(key), Qt.Orientation.Horizontal)

    assert window.navigation.item(1).text() == "Mitra"
    assert window.file_menu.title() == "&Berkas"
    assert header("name") == "Nama"
    assert header("country_name_id") == "Negara"
    assert page.filter_widgets["country"].itemText(0) == "Semua negara"
    assert model.index(0, status).data() in {"Calon mitra", "Aktif", "Tidak aktif"}
    assert page.title_label.text() == "Mitra"

    i18n.apply_language("en")
    assert window.navigation.item(1).text() == "Partners"
    assert window.navigation.item(0).text() == "Dashboard"
    assert window.file_menu.title() == "&File"
    assert window.location_label.text().startswith("Database: ")
    assert header("name") == "Name"
    assert header("country_name_en") == "Country"
    header_view = page.table.horizontalHeader()
    assert not header_view.isSectionHidden(model.column_index("country_name_en")), "the English twin is shown"
    assert header_view.isSectionHidden(model.column_index("country_name_id"))
    assert page.filter_widgets["country"].itemText(0) == "All countries"
    assert model.index(0, status).data() in {"Prospect", "Active", "Inactive"}
    assert page.title_label.text() == "Partners"
    assert page.count_label.text().endswith("in all")

    i18n.apply_language("id")
    assert window.navigation.item(1).text() == "Mitra"
    assert header("country_name_id") == "Negara"


def test_the_settings_dialog_switches_the_language_at_once(qtbot, demo_context) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from secretariat.gui.main_window import MainWindow
    from secretariat.gui.settings_dialog import SettingsDialog

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(demo_context, window)
    qtbot.addWidget(dialog)
    dialog.region_name_id.setText("Pemerintah Provinsi Jawa Timur")
    dialog.region_name_en.setText("East Java Provincial Government")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language.currentText() == "English"
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert i18n.current_language() == "en"
    assert i18n.chosen_language() == "en"
    assert window.navigation.item(2).text() == "Agreements"
    assert window.help_menu.title() == "&Help"


def test_money_dates_and_numbers_follow_the_language() -> None:
    assert format_money(Decimal(1234567)) == "Rp 1.234.567"
    assert format_money(1234567, "IDR", "en") == "IDR 1,234,567"
    assert format_money(Money(Decimal("792"), "USD"), language="id") == "US$ 792,00"
    assert format_money(Money(Decimal("-1500.5"), "EUR"), language="en") == "-€ 1,500.50"
    assert format_money(None) == ""
    assert format_date(date(2026, 12, 31)) == "31 Desember 2026"
    assert format_date(date(2026, 12, 31), "en") == "31 December 2026"
    assert format_date(date(2026, 8, 17), "id", short=True) == "17 Agu 2026"
    assert format_number(100000) == "100.000" and format_number(100000, "en") == "100,000"
