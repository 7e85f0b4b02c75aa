"""The comforts of the desktop program: the list as shown to Excel, copy, context menu, print preview,
checks while typing, required marks, first field, access keys, the user guide, recent records and the
one way of saying that a file was written."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

from gui_waits import wait_loaded
from secretariat.domain.money import Money
from secretariat.gui.formatting import format_date, format_money
from secretariat.gui.record_editors import editor_class
from secretariat.gui.registers import RegisterPage, list_actions
from secretariat.gui.registers.model import RECORD_ID_ROLE
from secretariat.gui.widgets import help as help_module
from secretariat.gui.widgets import notices
from secretariat.gui.widgets.help import PAGES, TOPICS, help_folder
from secretariat.gui.workers import run_in_background

ROOT = Path(__file__).resolve().parents[2]


def make_page(qtbot, ctx, register: str) -> RegisterPage:  # type: ignore[no-untyped-def]
    page = RegisterPage(ctx, register)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def shown_texts(page: RegisterPage) -> list[list[str]]:
    columns = page.visible_columns()
    return [[str(page.model.data(page.model.index(r, c)) or "") for c in columns] for r in range(page.model.rowCount())]


def cell_text(value: object, language: str = "id") -> str:
    """A workbook cell read back as the table writes it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value, language, short=True)
    if isinstance(value, int | float):
        return f"{value:,}".replace(",", ".")
    return str(value)


# --- the list as shown ------------------------------------------------------------------------------


def test_the_exported_list_has_exactly_the_rows_shown(qtbot, demo_context, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_context, "partners")
    page.set_search_now("city")
    wait_loaded(qtbot, page.model)
    page.set_filter("status", "active")
    wait_loaded(qtbot, page.model)
    page.model.sort(page.model.column_index("name"), list_actions.Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, page.model)
    shown = shown_texts(page)
    assert 2 <= len(shown) < 44, "searched and filtered: a part of the register"
    assert shown[0][1] > shown[-1][1], "sorted by name, descending"

    job = list_actions.export_list(page, tmp_path / "mitra")
    qtbot.waitUntil(lambda: job.is_finished, timeout=30_000)

    sheet = load_workbook(tmp_path / "mitra.xlsx").active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Mitra"
    assert rows[1][0].startswith(f"{len(shown)} baris · pencarian “city” · saringan: Aktif")
    headers = [str(page.model.headerData(c, list_actions.Qt.Orientation.Horizontal)) for c in page.visible_columns()]
    assert list(rows[2]) == headers
    assert [[cell_text(v) for v in row] for row in rows[3:]] == shown
    notice = page.window().findChild(notices.FileNotice, notices.NOTICE_NAME)
    assert notice is not None and notice.label.text() == f"{len(shown)} baris diekspor ke mitra.xlsx"


def test_amounts_and_dates_are_exported_as_numbers_and_dates(qtbot, demo_context, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_context, "per_diem_rates")
    job = list_actions.export_list(page, tmp_path / "tarif.xlsx")
    qtbot.waitUntil(lambda: job.is_finished, timeout=30_000)
    sheet = load_workbook(tmp_path / "tarif.xlsx").active
    header = [cell.value for cell in sheet[3]]
    amount_column = header.index("Uang harian") + 1
    first = sheet.cell(row=4, column=amount_column)
    values = page.model.row_values(0)
    assert values is not None
    money = next(v for v in values.values() if isinstance(v, Money))
    assert first.value == money.amount and money.currency in first.number_format
    assert page.model.data(page.model.index(0, page.model.column_index("amount"))) == format_money(money, language="id")
    valid_from = sheet.cell(row=4, column=header.index("Berlaku mulai") + 1)
    assert valid_from.is_date and valid_from.number_format == "dd/mm/yyyy"


def test_selected_rows_are_copied_as_tab_separated_text(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "partners")
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert list_actions.copy_selected_rows(page) == 2
    lines = QApplication.clipboard().text().rstrip("\n").split("\n")
    shown = shown_texts(page)
    assert lines[0].split("\t")[:2] == ["Kode", "Nama"]
    assert [line.split("\t") for line in lines[1:]] == [shown[0], shown[2]]


def test_the_context_menu_of_a_row(qtbot, demo_context, monkeypatch) -> None:
    page = make_page(qtbot, demo_context, "partners")
    page.table.selectRow(3)
    menu = list_actions.row_menu(page)
    texts = [a.text() for a in list_actions.menu_actions(menu)]
    assert texts == ["&Buka", "&Salin baris", "&Ekspor daftar ini ke Excel…", "&Cetak daftar ini…", "&Hapus…"]
    assert all(a.isEnabled() for a in list_actions.menu_actions(menu))
    opened: list[int] = []
    monkeypatch.setattr(page, "open_record", opened.append)
    list_actions.menu_actions(menu)[0].trigger()
    assert opened == [page.model.data(page.model.index(3, 0), RECORD_ID_ROLE)]


def test_the_list_is_printed_from_a_preview(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "partners")
    job = list_actions.preview_list(page, show=False)
    qtbot.waitUntil(lambda: job.is_finished, timeout=30_000)
    assert job.preview.windowTitle() == "Pratinjau cetak – Mitra"  # type: ignore[attr-defined]
    text = job.document.toPlainText()  # type: ignore[attr-defined]
    assert f"{page.model.rowCount()} baris" in text
    assert all(row[1] in text for row in shown_texts(page))
    job.preview.deleteLater()  # type: ignore[attr-defined]


# --- editors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("website", "not a url", "'not a url' bukan alamat web"),
        (
            "languages",
            "Indonesian",
            "'Indonesian' bukan kode bahasa; tulis kode yang dipisah koma, seperti id, en, ja "
            "(untuk 'Indonesian' tulis id)",
        ),
        ("phone", "ask the front desk", "bukan nomor telepon"),
        ("email", "osaka at example", "bukan alamat e-mail"),
    ],
)
def test_addresses_phones_and_language_codes_are_checked_as_typed(qtbot, fresh_context, field, typed, words) -> None:
    dialog = editor_class("partner")(fresh_context, None, None)
    qtbot.addWidget(dialog)
    edit = dialog.fields()[field]
    assert isinstance(edit, QLineEdit)
    edit.setText(typed)
    edit.textEdited.emit(typed)
    qtbot.waitUntil(lambda: bool(edit.property("problem")), timeout=3000)
    assert words in edit.toolTip()
    assert words in dialog.message_label.text()
    edit.setText("")
    edit.editingFinished.emit()
    assert not edit.property("problem") and dialog.message_label.isHidden()
    edit.setText(typed)
    for name, value in (("code", "JP-OSK"), ("name", "Osaka")):
        dialog.fields()[name].setText(value)  # type: ignore[attr-defined]
    dialog.country.set_value("JP")
    assert not dialog.save(), "saving refuses it too"
    assert words in dialog.message_label.text()
    dialog.mark_clean()


def test_a_new_record_starts_in_its_first_field_with_required_fields_marked(qtbot, fresh_context) -> None:
    dialog = editor_class("official")(fresh_context, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
    labels = {
        label.objectName(): label.text()
        for label in dialog.form.findChildren(QWidget)
        if label.objectName().endswith("Label")
    }
    assert labels["nameLabel"] == "Nama*:" and labels["positionLabel"] == "Jabatan*:"
    assert labels["unitLabel"] == "Unit kerja:"
    assert dialog.name.placeholderText() == "wajib diisi"
    keys = {b.text() for b in (dialog.save_button, dialog.cancel_button, dialog.apply_button)}
    assert keys == {"&Simpan", "&Batal", "&Terapkan"}


def test_f1_opens_the_guide_at_the_page_of_the_screen(qtbot, fresh_context) -> None:
    dialog = editor_class("delegation")(fresh_context, None, None)
    qtbot.addWidget(dialog)
    window = help_module.show_help(dialog, "delegation_editor")
    qtbot.addWidget(window)
    assert window.current_page() == "delegations"
    assert "Menyiapkan delegasi" in window.browser.toPlainText()
    assert window.pages.currentItem().text() == "Menyiapkan delegasi"
    window.open_topic("per_diem_rates")
    assert window.browser.source().fragment() == "per-diem"


def test_the_guide_is_complete_in_both_languages_and_its_links_resolve() -> None:
    for language in ("id", "en"):
        folder = help_folder(language)
        for page in PAGES:
            text = (folder / f"{page}.html").read_text(encoding="utf-8")
            assert "<h1>" in text
            for target in re.findall(r'href="([^"]+)"', text):
                name, _, anchor = target.partition("#")
                assert (folder / name).exists(), f"{language}/{page}: {target}"
                if anchor:
                    assert f'name="{anchor}"' in (folder / name).read_text(encoding="utf-8"), target
        for topic, where in TOPICS.items():
            name, _, anchor = where.partition("#")
            assert (folder / f"{name}.html").exists(), topic
            if anchor:
                assert f'name="{anchor}"' in (folder / f"{name}.html").read_text(encoding="utf-8"), topic


def test_recent_records_are_offered_in_the_file_menu(qtbot, demo_context) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(demo_context, show_welcome=False)
    qtbot.addWidget(window)
    dialog = editor_class("partner")(demo_context, 1, None)
    qtbot.addWidget(dialog)
    title = dialog.title()
    window._fill_recent_menu()
    assert window.recent_menu.actions()[0].text() == title


# --- finished work ----------------------------------------------------------------------------------


def test_a_written_file_is_announced_with_open_and_show_in_folder(qtbot, monkeypatch, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(notices, "open_url", lambda url: opened.append(url) or True)
    window = QMainWindow()
    qtbot.addWidget(window)
    child = QWidget(window)
    target = tmp_path / "RAB.xlsx"
    notice = notices.announce_file(child, target, "Sudah ditulis: RAB.xlsx")
    assert notice is not None and window.statusBar().isAncestorOf(notice), "in the main window's status bar"
    assert (notice.open_button.text(), notice.folder_button.text()) == ("Buka", "Tampilkan di folder")
    notice.open_button.click()
    notice.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(target), str(tmp_path)]


def test_the_progress_dialog_is_gone_before_the_result_is_shown(qtbot) -> None:
    """The travel-budget export showed its result under a progress dialog left at 100 % with Cancel."""
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[bool] = []

    def work(progress):  # type: ignore[no-untyped-def]
        progress(1, 1, "")
        return 1

    job = run_in_background(owner, work, lambda _result: seen.append(job.dialog is None), title="Menulis…")
    qtbot.waitUntil(lambda: job.is_finished, timeout=10_000)
    assert seen == [True]
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("kind", ["partner", "agreement", "delegation", "budget_line", "official", "per_diem_rate"])
def test_no_access_key_repeats_among_buttons_seen_together(qtbot, demo_context, kind: str, language: str) -> None:
    """The buttons of one tab page and the dialog's own (Save, Cancel, Apply) never share an access key;
    each tab page is a group of its own (all tabs as one group left buttons without a key)."""
    from collections import Counter

    from PySide6.QtWidgets import QPushButton

    from secretariat.gui.i18n import apply_language
    from secretariat.gui.widgets.form_comforts import _key, _page_of

    apply_language(language)
    dialog = editor_class(kind)(demo_context, None, None)
    qtbot.addWidget(dialog)
    if kind == "agreement":
        dialog.parts  # noqa: B018 - made as after the first paint
    groups: dict[object, list[str]] = {}
    for button in dialog.findChildren(QPushButton):
        groups.setdefault(_page_of(button), []).append(button.text())
    shared = list(groups.pop(None, []))
    assert sorted(shared) == sorted(
        {"&Simpan", "&Batal", "&Terapkan"} if language == "id" else {"&Save", "&Cancel", "&Apply"}
    )
    for page, texts in groups.items():
        keys = [key for text in texts + shared if (key := _key(text))]
        repeated = [key for key, count in Counter(keys).items() if count > 1]
        assert repeated == [], (page.objectName(), texts)
    if kind == "agreement":
        text_tab = next(texts for page, texts in groups.items() if page.objectName() == "textTab")
        assert sum("&" in text for text in text_tab) >= 9  # was 4 with every tab one group
