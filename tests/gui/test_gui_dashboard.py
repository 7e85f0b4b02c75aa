"""The dashboard page lists exactly the reminders of a known dataset (fixed 'today') and opens their records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from secretariat.gui.dashboard import COLUMN_DAYS, COLUMN_NEEDED, COLUMN_RECORD, SECTIONS, DashboardPage
from secretariat.gui.workers import wait_for_all
from secretariat.services.dashboard import ReminderThresholds
from test_services_dashboard import TODAY, _build


@pytest.fixture
def dataset(fresh_context):
    return _build(fresh_context)


@pytest.fixture
def page(qtbot, fresh_context, dataset):
    widget = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    yield widget
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)
    wait_for_all()


def refresh(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)  # e.g. the refresh that showing the page started
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def test_each_section_lists_exactly_the_expected_records(qtbot, page, dataset) -> None:
    refresh(qtbot, page)
    a, d, lines = dataset.agreements, dataset.delegations, dataset.lines
    assert page.items_of("expiring") == [("agreement", a[k]) for k in ("A5", "A1", "A2", "A3")]
    assert page.items_of("notice") == [("agreement", a["A1"]), ("agreement", a["A7"])]
    assert page.items_of("dormant") == [("agreement", a[k]) for k in ("A5", "A2", "A3")]
    assert page.items_of("departing") == [("delegation", d["D1"]), ("delegation", d["D5"])]
    assert page.items_of("over_plan") == [("budget_line", lines["L1"]), ("budget_line", lines["L4"])]
    # None of the data set's agreements records a subject for the title of its text: each is listed, once.
    without_subject = page.items_of("no_subject")
    assert without_subject and len(set(without_subject)) == len(without_subject)
    assert {kind for kind, _id in without_subject} == {"agreement"}
    # the six live agreements in force during 2025 without their 2025 evaluation (issue 16)
    assert page.items_of("evaluations") == [("agreement", a[k]) for k in ("A1", "A2", "A3", "A4", "A5", "A7")]
    assert page.item_count() == 13 + len(without_subject) + 6
    headers = [page.tree.topLevelItem(i).text(COLUMN_RECORD) for i in range(len(SECTIONS))]
    assert headers[0].startswith("Perjanjian akan berakhir") and headers[0].endswith("(4)")
    assert headers[3].startswith("Delegasi berangkat ≤ 30 hari") and headers[3].endswith("(2)")


def test_items_show_the_key_facts(qtbot, page, dataset) -> None:
    refresh(qtbot, page)
    expiring = page.tree.topLevelItem(0)
    first = expiring.child(0)  # A5: expired ten days ago, still 'implementation'
    assert first.text(COLUMN_RECORD) == "A5/KS/2026 – Perjanjian A5"
    assert first.text(1) == "Osaka Prefecture"
    assert first.text(COLUMN_DAYS) == "-10"
    assert "Pelaksanaan" in first.text(COLUMN_NEEDED)
    a1 = expiring.child(1)
    assert a1.text(1) == "Osaka Prefecture, Berlin" and a1.text(COLUMN_DAYS) == "20"
    departing = page.tree.topLevelItem(3).child(0)  # D1
    needed = departing.text(COLUMN_NEEDED)
    assert "Izin Kemendagri (Diajukan)" in needed
    assert "Short Passport" in needed and "No Passport" in needed and "Long Passport" not in needed
    over = page.tree.topLevelItem(4).child(0)
    assert "Rp 10.000.000" in over.text(COLUMN_NEEDED).replace("\xa0", " ")


def test_double_click_and_enter_open_the_record(qtbot, page, dataset) -> None:
    page.show()
    qtbot.waitExposed(page)
    refresh(qtbot, page)
    item = page.tree.topLevelItem(3).child(0)  # delegation D1
    rect = page.tree.visualItemRect(item)
    with qtbot.waitSignal(page.open_record) as opened:
        # a real double-click: press-release, then the second press arrives as a double-click
        QTest.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["delegation", dataset.delegations["D1"]]

    page.tree.setCurrentItem(page.tree.topLevelItem(4).child(1))
    page.tree.setFocus()
    with qtbot.waitSignal(page.open_record) as opened:
        QTest.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["budget_line", dataset.lines["L4"]]

    # a section heading opens nothing
    with qtbot.assertNotEmitted(page.open_record):
        page.tree.itemActivated.emit(page.tree.topLevelItem(0), 0)


def test_thresholds_from_the_settings_change_the_lists(qtbot, page, dataset) -> None:
    page.set_thresholds(
        ReminderThresholds(expiry_days=(30, 60), dormant_months=24, departing_days=12, passport_months=3)
    )
    refresh(qtbot, page)
    a = dataset.agreements
    assert page.items_of("expiring") == [("agreement", a["A5"]), ("agreement", a["A1"])]
    assert page.items_of("dormant") == [("agreement", a["A5"]), ("agreement", a["A2"])]
    assert page.items_of("departing") == [("delegation", dataset.delegations["D1"])]
    assert page.tree.topLevelItem(3).text(COLUMN_RECORD).startswith("Delegasi berangkat ≤ 12 hari")


def test_an_empty_database_says_there_is_nothing_to_do(qtbot, fresh_context) -> None:
    page = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(page)
    refresh(qtbot, page)
    assert page.item_count() == 0
    for index in range(len(SECTIONS)):
        section = page.tree.topLevelItem(index)
        assert section.childCount() == 1 and section.child(0).data(COLUMN_RECORD, Qt.ItemDataRole.UserRole) is None
        assert section.child(0).text(COLUMN_RECORD) == "Tidak ada yang perlu dikerjakan."


def test_showing_the_page_reads_the_reminders_off_the_gui_thread(qtbot, page) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
        assert page.is_busy() and not page.refresh_button.isEnabled(), "the query runs on a worker"
    qtbot.waitUntil(lambda: not page.is_busy())
    assert page.item_count() == 13 + len(page.items_of("no_subject")) + 6
    assert page.refresh_button.isEnabled()


def test_a_long_section_lists_the_most_urgent_and_counts_the_rest(qtbot, page, dataset, monkeypatch) -> None:
    import secretariat.gui.dashboard as dashboard_module

    monkeypatch.setattr(dashboard_module, "SHOWN_PER_SECTION", 2)
    refresh(qtbot, page)
    a = dataset.agreements
    assert page.items_of("expiring") == [("agreement", a["A5"]), ("agreement", a["A1"])]
    expiring = page.tree.topLevelItem(0)
    assert expiring.text(COLUMN_RECORD).endswith("(4)")  # the heading still counts every reminder
    assert expiring.child(2).text(COLUMN_RECORD) == "… dan 2 lainnya (2 pertama ditampilkan)"
