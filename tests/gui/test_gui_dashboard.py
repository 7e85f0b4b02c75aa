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
    assert page.items_of("expiring") == [("agreement", a[k]) for k in ("A1", "A2", "A3")]
    # past their expiry, stage never updated: recent first, including long-lapsed ones; none of them
    # is reminded as "expiring" or "dormant"
    assert page.items_of("lapsed") == [("agreement", a[k]) for k in ("A5", "A9", "A10")]
    assert page.items_of("notice") == [("agreement", a["A1"]), ("agreement", a["A7"])]
    assert page.items_of("dormant") == [("agreement", a[k]) for k in ("A2", "A3")]
    assert page.items_of("departing") == [("delegation", d["D1"]), ("delegation", d["D5"])]
    assert page.items_of("over_plan") == [("budget_line", lines["L1"]), ("budget_line", lines["L4"])]
    # None of the data set's agreements records a subject for the title of its text: each is listed, once.
    without_subject = page.items_of("no_subject")
    assert without_subject and len(set(without_subject)) == len(without_subject)
    assert {kind for kind, _id in without_subject} == {"agreement"}
    # the six live agreements in force during 2025 without their 2025 evaluation (issue 16)
    assert page.items_of("evaluations") == [("agreement", a[k]) for k in ("A1", "A2", "A3", "A4", "A5", "A7")]
    assert page.item_count() == 14 + len(without_subject) + 6
    headers = {key: page.section_item(key).text(COLUMN_RECORD) for key in SECTIONS}
    assert headers["expiring"] == "Perjanjian yang akan berakhir dalam 180 hari  (3)"
    assert headers["lapsed"] == "Sudah berakhir, tahap belum diperbarui  (3)"
    assert headers["dormant"].startswith("Perjanjian tanpa kegiatan") and "dormant" not in headers["dormant"].lower()
    assert headers["departing"].startswith("Delegasi berangkat dalam 30 hari") and headers["departing"].endswith("(2)")


def _captions(page: DashboardPage, section: str) -> list[str]:
    caption = page.section_item(section).child(0)
    assert caption.data(COLUMN_RECORD, Qt.ItemDataRole.UserRole + 2) is True
    return [caption.text(column) for column in range(5)]


def test_each_kind_of_row_has_its_own_columns(qtbot, page, dataset) -> None:
    refresh(qtbot, page)
    assert _captions(page, "expiring") == ["Perjanjian", "Mitra", "Berakhir pada", "Sisa hari", "Yang perlu dilakukan"]
    assert _captions(page, "lapsed")[2:4] == ["Berakhir pada", "Hari lalu"]
    assert _captions(page, "departing")[:3] == ["Delegasi", "Negara", "Berangkat"]
    assert _captions(page, "over_plan") == ["Baris anggaran", "Tahun anggaran", "Rencana", "Realisasi", "Kelebihan"]
    [l1, _l4] = page.rows_of("over_plan")
    # the fiscal year sits under its own caption, the amounts under theirs (never in the partner column)
    assert l1.text(1) == "2026"
    assert [l1.text(c).replace("\xa0", " ") for c in (2, 3, 4)] == ["Rp 100.000.000", "Rp 110.000.000", "Rp 10.000.000"]


def test_items_show_the_key_facts(qtbot, page, dataset) -> None:
    refresh(qtbot, page)
    a1 = page.rows_of("expiring")[0]
    assert a1.text(COLUMN_RECORD) == "A1/KS/2026 – Perjanjian A1"
    assert a1.text(1) == "Osaka Prefecture, Berlin" and a1.text(COLUMN_DAYS) == "20"
    a5, a9, _a10 = page.rows_of("lapsed")
    assert a5.text(COLUMN_DAYS) == "10" and "Pelaksanaan" in a5.text(COLUMN_NEEDED)
    assert a9.text(COLUMN_DAYS) == "743" and "Pemantauan dan evaluasi" in a9.text(COLUMN_NEEDED)
    departing = page.rows_of("departing")[0]  # D1
    needed = departing.text(COLUMN_NEEDED)
    assert "Izin Kemendagri (Diajukan)" in needed
    assert "Short Passport" in needed and "No Passport" in needed and "Long Passport" not in needed


def test_double_click_and_enter_open_the_record(qtbot, page, dataset) -> None:
    page.show()
    qtbot.waitExposed(page)
    refresh(qtbot, page)
    item = page.rows_of("departing")[0]  # delegation D1
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    with qtbot.waitSignal(page.open_record) as opened:
        # a real double-click: press-release, then the second press arrives as a double-click
        QTest.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["delegation", dataset.delegations["D1"]]

    page.tree.setCurrentItem(page.rows_of("over_plan")[1])
    page.tree.setFocus()
    with qtbot.waitSignal(page.open_record) as opened:
        QTest.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["budget_line", dataset.lines["L4"]]

    # a section heading and a row of captions open nothing
    with qtbot.assertNotEmitted(page.open_record):
        page.tree.itemActivated.emit(page.section_item("expiring"), 0)
        page.tree.itemActivated.emit(page.section_item("expiring").child(0), 0)


def test_the_filter_narrows_every_section_and_counts_what_it_shows(qtbot, page, dataset) -> None:
    refresh(qtbot, page)
    page.set_filter_now("a9/ks")  # case aside
    assert page.items_of("lapsed") == [("agreement", dataset.agreements["A9"])]
    assert page.items_of("expiring") == [] and page.items_of("departing") == []
    assert page.section_item("lapsed").text(COLUMN_RECORD).endswith("(1 dari 3)")
    assert page.section_item("expiring").child(0).text(COLUMN_RECORD) == "Tidak ada yang cocok dengan saringan."
    page.set_filter_now("BERLIN")  # A1's second partner: expiring and notice overdue
    assert page.items_of("expiring") == [("agreement", dataset.agreements["A1"])]
    assert page.items_of("notice") == [("agreement", dataset.agreements["A1"])]
    page.set_filter_now("")
    assert len(page.items_of("expiring")) == 3


def test_folded_sections_stay_folded(qtbot, fresh_context, dataset) -> None:
    first = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(first)
    refresh(qtbot, first)
    first.section_item("dormant").setExpanded(False)
    first.section_item("over_plan").setExpanded(False)
    second = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(second)
    refresh(qtbot, second)
    assert [second.section_item(key).isExpanded() for key in SECTIONS] == [
        True,
        True,
        True,
        False,
        True,
        False,
        True,
        True,
    ]
    second.section_item("dormant").setExpanded(True)
    third = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(third)
    refresh(qtbot, third)
    assert not third.section_item("over_plan").isExpanded() and third.section_item("dormant").isExpanded()
    qtbot.waitUntil(lambda: not first.is_busy() and not third.is_busy(), timeout=10_000)


def test_a_lapsed_agreement_is_marked_expired_from_the_dashboard(qtbot, page, dataset, monkeypatch) -> None:
    from secretariat.gui.agreements.stage_dialog import StageDialog
    from secretariat.services.agreements import records as agreements

    refresh(qtbot, page)
    assert not page.mark_expired_button.isVisibleTo(page), "the actions belong to the lapsed group only"
    page.tree.setCurrentItem(page.rows_of("lapsed")[1])  # A9, expired 743 days ago
    assert page.mark_expired_button.isVisibleTo(page) and page.renew_button.isVisibleTo(page)
    shown: list[tuple[str, object]] = []

    def move(dialog: StageDialog) -> int:
        shown.append((dialog.target.currentData(), dialog.on.date().toPython()))
        dialog.note.setPlainText("Berakhir tanpa perpanjangan")
        dialog.save_and_close()
        return 1

    monkeypatch.setattr(StageDialog, "exec", move)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.mark_expired()
    assert shown == [("expired", TODAY.replace(year=2024, month=6, day=2))]  # preset: the day it expired
    assert agreements.get_agreement(page.ctx, dataset.agreements["A9"]).stage.code == "expired"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert ("agreement", dataset.agreements["A9"]) not in page.items_of("lapsed")


def test_thresholds_from_the_settings_change_the_lists(qtbot, page, dataset) -> None:
    page.set_thresholds(
        ReminderThresholds(expiry_days=(30, 60), dormant_months=24, departing_days=12, passport_months=3)
    )
    refresh(qtbot, page)
    a = dataset.agreements
    assert page.items_of("expiring") == [("agreement", a["A1"])]
    assert page.items_of("dormant") == [("agreement", a["A2"])]
    assert page.items_of("departing") == [("delegation", dataset.delegations["D1"])]
    assert page.section_item("departing").text(COLUMN_RECORD).startswith("Delegasi berangkat dalam 12 hari")


def test_an_empty_database_says_there_is_nothing_to_do(qtbot, fresh_context) -> None:
    page = DashboardPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.body.currentWidget() is page.placeholder, "a quiet placeholder until the first reading"
    refresh(qtbot, page)
    assert page.item_count() == 0
    for key in SECTIONS:
        section = page.section_item(key)
        assert section.childCount() == 1 and section.child(0).data(COLUMN_RECORD, Qt.ItemDataRole.UserRole) is None
        assert section.child(0).text(COLUMN_RECORD) == "Tidak ada yang perlu dikerjakan."


def test_showing_the_page_reads_the_reminders_off_the_gui_thread(qtbot, page) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
        assert page.is_busy() and not page.refresh_button.isEnabled(), "the query runs on a worker"
    qtbot.waitUntil(lambda: not page.is_busy())
    assert page.item_count() == 14 + len(page.items_of("no_subject")) + 6
    assert page.refresh_button.isEnabled()


def test_a_long_section_lists_the_most_urgent_and_counts_the_rest(qtbot, page, dataset, monkeypatch) -> None:
    import secretariat.gui.dashboard as dashboard_module

    monkeypatch.setattr(dashboard_module, "SHOWN_PER_SECTION", 2)
    refresh(qtbot, page)
    a = dataset.agreements
    assert page.items_of("expiring") == [("agreement", a["A1"]), ("agreement", a["A2"])]
    expiring = page.section_item("expiring")
    assert expiring.text(COLUMN_RECORD).endswith("(3)")  # the heading still counts every reminder
    assert expiring.child(3).text(COLUMN_RECORD).startswith("… dan 1 lainnya (2 pertama ditampilkan")


def test_the_list_is_built_a_section_a_turn_and_refreshed_follows_the_last(qtbot, page, monkeypatch) -> None:
    """Each turn of the event loop builds what fits in SLICE_S (none here: a section a turn), so a big
    dashboard never holds the window; a newer board or filter stops the build under way cleanly."""
    from secretariat.gui import dashboard as dashboard_module

    refresh(qtbot, page)
    board = page.board
    expected = {key: page.items_of(key) for key in SECTIONS}
    monkeypatch.setattr(dashboard_module, "SLICE_S", 0.0)
    emitted: list[bool] = []
    page.refreshed.connect(lambda: emitted.append(True))

    page._show(board)
    assert page.tree.topLevelItemCount() == 1, "one section, then the window's turn"
    assert emitted == [] and not page.tree.updatesEnabled() and page.tree.signalsBlocked()
    page._show(board)  # again while building: the first build stops, the second starts from the top
    assert page.tree.topLevelItemCount() == 1
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        pass
    assert emitted == [True]
    assert page.tree.topLevelItemCount() == len(SECTIONS)
    assert page.tree.updatesEnabled() and not page.tree.signalsBlocked()
    assert {key: page.items_of(key) for key in SECTIONS} == expected

    page._show(board)
    assert page.tree.topLevelItemCount() == 1
    assert page.items_of("lapsed") == expected["lapsed"], "reading the rows finishes the list first"
    assert page.tree.topLevelItemCount() == len(SECTIONS) and page.tree.updatesEnabled()
