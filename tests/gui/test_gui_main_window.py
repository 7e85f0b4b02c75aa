"""The main window: pages, welcome page, status bar, shortcuts, remembered layout, errors, start-up."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from gui_waits import wait_loaded
from secretariat.domain.errors import NotFoundError
from secretariat.gui import errors
from secretariat.gui.main_window import PAGES, MainWindow
from secretariat.gui.registers import RegisterPage
from secretariat.gui.welcome import WelcomePage


def make_window(qtbot, ctx, **kwargs) -> MainWindow:
    window = MainWindow(ctx, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_fresh_database_opens_on_the_welcome_page_and_every_page_shows(qtbot, fresh_context) -> None:
    from secretariat.gui.dashboard import DashboardPage

    window = make_window(qtbot, fresh_context)
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    assert window.navigation.currentRow() == -1
    assert not window.new_action.isEnabled(), "nothing to add to on the welcome page"
    for row, name in enumerate(PAGES):
        item = window.navigation.item(row)
        qtbot.mouseClick(
            window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=window.navigation.visualItemRect(item).center()
        )
        widget = window.stack.currentWidget()
        assert widget is window.pages[name]
        if name == "dashboard":
            assert isinstance(widget, DashboardPage)
        elif name == "impact":
            from secretariat.gui.impact.page import ImpactPage

            assert isinstance(widget, ImpactPage) and widget.model.rowCount() == 0
            qtbot.waitUntil(lambda w=widget: not w.is_busy(), timeout=10_000)
        else:
            assert isinstance(widget, RegisterPage) and widget.register == name
            wait_loaded(qtbot, widget.model)
            assert widget.model.rowCount() == 0
            assert window.new_action.isEnabled() and window.print_action.isEnabled()
            assert window.count_label.text() == "Baris: 0"


def test_the_welcome_page_loads_the_demonstration_data_in_the_background(qtbot, fresh_context) -> None:
    window = make_window(qtbot, fresh_context)
    welcome = window.welcome
    assert welcome is not None and welcome.demo_button.isVisible()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert welcome.job is not None, "the demo is loaded by a worker, not on the GUI thread"
    qtbot.waitUntil(lambda: window.current_page_name() == "dashboard", timeout=60_000)
    window.show_page("partners")
    page = window.pages["partners"]
    wait_loaded(qtbot, page.model)
    assert page.model.rowCount() > 0


def test_start_empty_goes_to_the_partners_register(qtbot, fresh_context) -> None:
    window = make_window(qtbot, fresh_context)
    assert window.welcome is not None
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "partners"


def test_the_welcome_page_and_the_file_menu_offer_the_excel_import(qtbot, fresh_context) -> None:
    window = make_window(qtbot, fresh_context)
    assert window.welcome.import_button is not None and window.welcome.import_button.isEnabled()
    assert window.import_action is not None and window.import_action in window.file_menu.actions()


def test_the_file_menu_offers_the_import_wizard_template_and_export(qtbot, demo_context, monkeypatch) -> None:
    import secretariat.gui.excel.import_wizard as wizard

    calls: list[str] = []
    monkeypatch.setattr(wizard, "run_import_wizard", lambda ctx, parent: calls.append("wizard") or 1)
    monkeypatch.setattr(wizard, "run_template_action", lambda ctx, parent: calls.append("template"))
    monkeypatch.setattr(wizard, "run_export_action", lambda ctx, parent: calls.append("export"))
    window = make_window(qtbot, demo_context)
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Impor dari Excel…", "&Templat impor Excel…", "&Ekspor ke Excel…"} <= set(texts), texts
    window.import_action.trigger()
    window.template_action.trigger()
    window.export_action.trigger()
    assert calls == ["wizard", "template", "export"]


def _partners_workbook(ctx, path: Path, extra_rows: list[tuple] = ()) -> None:
    from secretariat.documents.excel_export_writer import write_register
    from secretariat.services.excel.export import register_rows

    with register_rows(ctx, "id") as sheets:
        write_register(path, {"partners": [*sheets["partners"], *extra_rows]}, language="id")


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append("WARNING " + text))
    return said


def _notice_text(window: QWidget) -> str:
    from secretariat.gui.widgets.notices import NOTICE_NAME, FileNotice

    notice = window.findChild(FileNotice, NOTICE_NAME)
    return notice.label.text() if notice is not None and notice.isVisible() else ""


def test_the_welcome_page_imports_an_exchange_workbook(
    qtbot, demo_context, fresh_context, tmp_path: Path, monkeypatch, messages
) -> None:
    from secretariat.gui.welcome import excel_import_available

    if not excel_import_available():
        pytest.skip("this build has no Excel import")
    workbook = tmp_path / "partners.xlsx"
    _partners_workbook(demo_context, workbook)
    monkeypatch.setattr(
        "secretariat.gui.welcome.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(workbook), "")
    )
    window = make_window(qtbot, fresh_context)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    # Reported as all finished work is: the status bar's line with Open and Show in folder, no box.
    qtbot.waitUntil(lambda: _notice_text(window) != "", timeout=120_000)
    assert _notice_text(window) == "Diimpor dari partners.xlsx: 44 ditambah, 0 diubah, 0 tetap, 0 ditolak (disimpan)"
    assert messages == []
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()], "the progress dialog is closed"
    assert window.current_page_name() == "dashboard"
    window.show_page("partners")
    wait_loaded(qtbot, window.pages["partners"].model)
    assert window.pages["partners"].model.rowCount() == 44


def test_a_workbook_with_a_bad_row_imports_nothing_and_says_where(
    qtbot, demo_context, fresh_context, tmp_path: Path, monkeypatch, messages
) -> None:
    from secretariat.gui.welcome import excel_import_available

    if not excel_import_available():
        pytest.skip("this build has no Excel import")
    from secretariat.domain.excel_format import sheet

    columns = [column.key for column in sheet("partners").columns]
    bad = [None] * len(columns)
    bad[columns.index("code")], bad[columns.index("name")] = "XX-NOWHERE", "Nowhere City"
    bad[columns.index("kind")], bad[columns.index("country")] = "regional_government", "Atlantis"
    workbook = tmp_path / "partners-bad.xlsx"
    _partners_workbook(demo_context, workbook, [tuple(bad)])
    monkeypatch.setattr(
        "secretariat.gui.welcome.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(workbook), "")
    )
    window = make_window(qtbot, fresh_context)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=120_000)
    assert messages[0].startswith("WARNING Tidak ada yang disimpan"), messages[0]
    assert "Atlantis" in messages[0] and "baris 46" in messages[0]
    assert isinstance(window.stack.currentWidget(), WelcomePage), "still empty: the welcome page stays"


def test_status_bar_shows_database_user_and_rows(qtbot, demo_context) -> None:
    window = make_window(qtbot, demo_context)
    assert window.current_page_name() == "dashboard", "a database with records opens on the dashboard"
    assert str(demo_context.database.display_location) in window.location_label.text()
    assert window.location_label.text().startswith("Basis data: ")
    assert window.user_label.text() == "clerk1 (Administrator)"
    window.show_page("partners")
    page = window.pages["partners"]
    wait_loaded(qtbot, page.model)
    assert window.count_label.text() == f"Baris: {page.model.rowCount()}"
    page.set_search_now(page.model.index(0, page.model.column_index("code")).data())
    qtbot.waitUntil(lambda: window.count_label.text() == "Baris: 1", timeout=5000)


def test_keyboard_shortcuts(qtbot, demo_context, monkeypatch) -> None:
    import secretariat.gui.record_editors as editors

    calls: list[tuple] = []
    monkeypatch.setattr(
        editors, "open_editor", lambda kind, rid, ctx, parent: calls.append(("open", kind, rid)) or False
    )
    monkeypatch.setattr(
        editors, "delete_record", lambda kind, rid, ctx, parent: calls.append(("delete", kind, rid)) or False
    )
    window = make_window(qtbot, demo_context)
    window.activateWindow()
    window.show_page("agreements")
    page = window.pages["agreements"]
    wait_loaded(qtbot, page.model)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [("open", "agreement", None)]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
    assert len(calls) == 1, "Delete in the search box edits the text, it deletes no record"
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert calls[-1] == ("delete", "agreement", page.model.record_id(0))
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert page.model.is_loading, "F5 queries the register again"
    wait_loaded(qtbot, page.model)
    qtbot.keyClick(page.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == PAGES[2]


def test_print_is_offered_only_where_there_is_a_register(qtbot, demo_context) -> None:
    window = make_window(qtbot, demo_context)
    assert not window.print_action.isEnabled()
    window.show_page("budget")
    assert window.print_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"


def test_window_size_splitter_and_page_columns_are_remembered(qtbot, demo_context) -> None:
    window = make_window(qtbot, demo_context)
    window.resize(760, 560)  # within the offscreen screen (800 x 600), which restoreGeometry respects
    window.splitter.setSizes([240, 520])
    window.show_page("partners")
    page = window.pages["partners"]
    wait_loaded(qtbot, page.model)
    city = page.model.column_index("city")
    page.set_column_visible(city, False)
    window.close()
    assert QSettings().contains("main_window/geometry")
    again = make_window(qtbot, demo_context)
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes()[0] == 240
    again.show_page("partners")
    assert again.pages["partners"].table.horizontalHeader().isSectionHidden(city)


def test_open_database_swaps_the_session(qtbot, demo_context, fresh_context, monkeypatch) -> None:
    from secretariat.gui.app import Application

    application = Application(fresh_context)
    window = application.window
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    target = str(demo_context.database.display_location)
    monkeypatch.setattr("secretariat.gui.main_window.QFileDialog.getOpenFileName", lambda *args, **kwargs: (target, ""))
    window.open_database_action.trigger()
    qtbot.waitUntil(lambda: window.ctx is not fresh_context, timeout=30_000)
    assert target in window.location_label.text()
    assert window.current_page_name() == "dashboard"
    assert QSettings().value("session/last_database") == target
    application.ctx = window.ctx  # the test's fixtures close the sessions they opened
    from secretariat.services.session_start import close_session

    close_session(window.ctx)


def test_an_unexpected_error_is_logged_and_shown_with_copyable_details(
    qtbot, demo_context, monkeypatch, caplog
) -> None:
    shown: list[errors.ErrorDialog] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    window = make_window(qtbot, demo_context)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="secretariat.gui"):
            errors.report_exception(window, exc)
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.windowTitle() == "Kesalahan tak terduga"
    assert "RuntimeError: the printer caught fire" in dialog.summary_label.text()
    assert "Traceback" in dialog.details_edit.toPlainText()
    assert dialog.details_edit.isReadOnly()
    dialog.copy_button.click()
    assert "the printer caught fire" in QGuiApplication.clipboard().text()
    assert any(record.exc_info and "the printer caught fire" in str(record.exc_info[1]) for record in caplog.records)


def test_uncaught_exceptions_reach_the_dialog_from_any_thread(qtbot, monkeypatch) -> None:
    summaries: list[str] = []
    monkeypatch.setattr(errors, "show_error_dialog", lambda dialog: summaries.append(dialog.summary_label.text()))
    # The hook also hands the error to the one before it (the console); here Python's own, which
    # prints, rather than pytest-qt's, which would fail the test for an error raised on purpose.
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthook()
    try:
        raise ValueError("on the GUI thread")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    worker = threading.Thread(target=lambda: (_ for _ in ()).throw(KeyError("in a worker")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(summaries) == 2, timeout=5000)
    assert sorted(summaries)[0].startswith("KeyError")
    assert sorted(summaries)[1] == "ValueError: on the GUI thread"


def test_a_user_error_is_a_plain_message_in_the_interface_language(qtbot, demo_context, monkeypatch) -> None:
    messages: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: messages.append((title, text)))
    window = make_window(qtbot, demo_context)
    errors.report_exception(window, NotFoundError("There is no partner 5.", "Tidak ada mitra 5."))
    assert messages == [("Tidak dapat dilakukan", "Tidak ada mitra 5.")]


def test_run_gui_refuses_a_database_from_a_newer_program(qtbot, tmp_path: Path, monkeypatch) -> None:
    from secretariat.gui import app

    newer = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(newer)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    connection.commit()
    connection.close()
    before = newer.read_bytes()
    shown: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert app.run_gui(str(newer)) == 1
    assert shown and shown[0][0] == "Secretariat tidak dapat dimulai"
    assert "lebih baru" in shown[0][1] and "9999_from_the_future" in shown[0][1]
    assert newer.read_bytes() == before, "the newer database is left untouched"


@pytest.mark.parametrize("language", ["id", "en"])
def test_navigation_labels_fit_their_rows(qtbot, demo_context, language) -> None:
    from secretariat.gui.i18n import apply_language

    window = make_window(qtbot, demo_context)
    apply_language(language)
    metrics = window.navigation.fontMetrics()
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        needed = metrics.horizontalAdvance(item.text()) + window.navigation.iconSize().width() + 24
        assert needed <= window.navigation.viewport().width(), item.text()


# --- long work off the GUI thread -----------------------------------------------------------------------


def test_background_work_reports_progress_and_can_be_cancelled(qtbot) -> None:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QWidget

    from secretariat.gui import workers

    owner = QWidget()
    qtbot.addWidget(owner)
    gui_thread = QThread.currentThread()
    started = threading.Event()
    seen: list[tuple] = []

    def slow(progress: workers.Progress) -> int:
        assert QThread.currentThread() is not gui_thread
        started.set()
        for step in range(1, 1000):
            progress(step, 1000, f"step {step}")
            threading.Event().wait(0.002)
        return 1

    job = workers.run_in_background(
        owner,
        slow,
        lambda result: seen.append(("done", result)),
        on_cancel=lambda: seen.append(("cancelled",)),
        title="Working",
    )
    assert job.dialog is not None and job.dialog.parent() is owner
    started.wait(5)
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.value() > 0, timeout=5000)
    from PySide6.QtWidgets import QPushButton

    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Batal"
    cancel_button.click()  # the clerk presses Cancel
    qtbot.waitUntil(lambda: job.is_finished, timeout=5000)
    assert seen == [("cancelled",)] and job.was_cancelled
    qtbot.waitUntil(lambda: job not in workers._LIVE, timeout=5000)


def test_a_job_hands_over_a_first_part_before_its_result_and_none_after_a_cancel(qtbot) -> None:
    from secretariat.gui import workers

    seen: list[tuple] = []

    def in_two_parts(progress: workers.Progress) -> list[int]:
        progress.part([1, 2])
        return [1, 2, 3, 4]

    job = workers.run_in_background(
        None, in_two_parts, lambda r: seen.append(("done", r)), on_part=lambda p: seen.append(("part", p))
    )
    qtbot.waitUntil(lambda: job.is_finished, timeout=5000)
    assert seen == [("part", [1, 2]), ("done", [1, 2, 3, 4])]

    seen.clear()
    handed = threading.Event()
    release = threading.Event()

    def cancelled_meanwhile(progress: workers.Progress) -> int:
        release.wait(5)
        progress.part("too late")  # the cancel came first: raises Cancelled, nothing is handed over
        handed.set()
        return 1

    job = workers.run_in_background(
        None, cancelled_meanwhile, seen.append, on_part=seen.append, on_cancel=lambda: seen.append("cancelled")
    )
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: job.is_finished, timeout=5000)
    assert seen == ["cancelled"] and not handed.is_set()


def test_background_work_for_a_closed_window_calls_nothing_back(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from secretariat.gui import workers

    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    job = workers.run_in_background(owner, lambda _progress: release.wait(5), called.append, on_error=called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job.owner_gone, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: job.is_finished, timeout=5000)
    assert called == []
    qtbot.waitUntil(lambda: not workers._LIVE, timeout=5000)


def test_a_failing_job_without_error_handler_shows_the_error(qtbot, monkeypatch) -> None:
    from secretariat.gui import workers

    shown: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))

    def fail(_progress: workers.Progress) -> None:
        raise NotFoundError("There is no agreement 7.", "Tidak ada perjanjian 7.")

    job = workers.run_in_background(None, fail)
    qtbot.waitUntil(lambda: job.is_finished, timeout=5000)
    assert shown == [("Tidak dapat dilakukan", "Tidak ada perjanjian 7.")]
