"""The Impact page, the agreement editor's Impact tab, and the evaluation and targets dialogs on the known
dataset of tests/impact_data.py (figures worked out there and in tests/test_services_impact.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from impact_data import TODAY, YEAR, build
from secretariat.domain.enums import Criterion
from secretariat.gui.agreements.evaluation_dialog import EvaluationDialog
from secretariat.gui.agreements.scorecard_tab import ScorecardTab
from secretariat.gui.agreements.targets_dialog import TargetsDialog
from secretariat.gui.impact import page as impact_page
from secretariat.gui.impact.page import COL_ACHIEVED, COL_NUMBER, COL_STATUS, COL_TREND, ImpactPage
from secretariat.gui.workers import wait_for_all
from secretariat.services.impact.evaluations import get_evaluation
from secretariat.services.impact.targets import list_targets


@pytest.fixture
def ids(fresh_context):
    return build(fresh_context)


@pytest.fixture
def page(qtbot, fresh_context, ids):
    widget = ImpactPage(fresh_context, None, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    yield widget
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)
    wait_for_all()


def cell(page: ImpactPage, row: int, column: int) -> str:
    return str(page.model.data(page.model.index(row, column)))


def test_the_page_lists_the_live_agreements_with_status_and_trend(qtbot, page, ids) -> None:
    page.year.setValue(YEAR)  # reads the list again
    with qtbot.waitSignal(page.trend_shown, timeout=10_000):
        page.show()
    assert [cell(page, r, COL_NUMBER) for r in range(page.model.rowCount())] == [
        "001/KS/2023",
        "002/KS/2022",
        "003/KS/2021",
    ]
    assert [cell(page, r, COL_STATUS) for r in range(3)] == ["Aktif", "Lemah", "Tidur"]
    assert cell(page, 0, COL_ACHIEVED) == "72,5%"
    assert cell(page, 0, COL_TREND) == "· → · → L → L → A"  # A took effect in 2023
    # the five-year counts (by hand in tests/test_annual_report.py), D included while it was in force
    counts = [[page.trend_table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert counts == [["0", "0", "0", "0", "1"], ["1", "1", "1", "2", "1"], ["1", "2", "3", "2", "1"]]
    with qtbot.waitSignal(page.open_record) as opened:
        page.table.doubleClicked.emit(page.model.index(2, 1))
    assert opened.args == ["agreement", ids.c]
    # a search narrows the list in SQL
    page.search.setText("002/")
    page.refresh()
    assert page.model.rowCount() == 1 and cell(page, 0, COL_NUMBER) == "002/KS/2022"


def test_rows_are_fetched_a_page_at_a_time(qtbot, page, monkeypatch) -> None:
    monkeypatch.setattr(impact_page, "PAGE_ROWS", 2)
    page.model.load(YEAR)
    assert page.model.rowCount() == 2 and page.model.canFetchMore(page.model.index(-1, -1))
    page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 3 and not page.model.canFetchMore(page.model.index(-1, -1))


def test_the_impact_tab_shows_the_scorecard_and_what_to_do(qtbot, fresh_context, ids) -> None:
    tab = ScorecardTab(fresh_context, today=TODAY)
    qtbot.addWidget(tab)
    tab.year.setValue(YEAR)
    tab.show_agreement(ids.a)
    assert tab.values["activities"].text() == "2" and tab.values["delegations"].text() == "1 / 1"
    assert tab.values["achievement"].text() == "72,5%"
    assert tab.values["spending"].text().replace("\xa0", " ") == "Rp 50.000.000"
    assert tab.indicators.rowCount() == 2 and tab.indicators.item(0, 4).text() == "70%"
    assert not any(b.isVisibleTo(tab) for b in tab.dormant_buttons)  # alive: nothing to rescue
    tab.show_agreement(ids.c)
    assert "Tidur" in tab.status.text()
    assert all(b.isVisibleTo(tab) for b in tab.dormant_buttons)  # dormant: revitalise, renew or terminate
    for button, signal in ((tab.plan_button, tab.plan_activity), (tab.renew_button, tab.renew)):
        with qtbot.waitSignal(signal, timeout=1000):
            button.click()
    assert "➜ Perpanjang" in tab.values["actions"].text() and "30 Juni 2026" in tab.values["actions"].text()


def test_the_evaluation_dialog_saves_and_refuses_with_named_fields(qtbot, fresh_context, ids, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "secretariat.gui.agreements.evaluation_dialog.show_user_error",
        lambda _parent, exc, _title=None: shown.append(exc.message("id")),
    )
    dialog = EvaluationDialog(fresh_context, ids.b, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2025  # the past year
    dialog.save()  # nothing filled in
    assert shown and "skor efisiensi: wajib diisi" in shown[0] and "rekomendasi: wajib diisi" in shown[0]
    assert get_evaluation(fresh_context, ids.b, 2025) is None
    for number, criterion in enumerate(Criterion, start=2):
        dialog.scores[criterion].setCurrentIndex(dialog.scores[criterion].findData(number))
        dialog.reasons[criterion].setText(f"Alasan {number}")
    dialog.recommendation.setCurrentIndex(dialog.recommendation.findData("revise"))
    dialog.evaluator.setText("Tim Monev")
    dialog.save()
    saved = get_evaluation(fresh_context, ids.b, 2025)
    assert saved is not None and [saved.scores[c] for c in Criterion] == [2, 3, 4, 5]
    assert str(saved.mean) == "3.5" and saved.evaluated_on == TODAY and saved.evaluator == "Tim Monev"
    # opening the year again shows what was saved
    again = EvaluationDialog(fresh_context, ids.b, today=TODAY)
    qtbot.addWidget(again)
    assert again.reasons[Criterion.SYNERGY].text() == "Alasan 4" and again.evaluator.text() == "Tim Monev"


def test_the_targets_dialog_saves_the_action_plan(qtbot, fresh_context, ids, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "secretariat.gui.agreements.targets_dialog.show_user_error",
        lambda _parent, exc, _title=None: shown.append(exc.message("en")),
    )
    dialog = TargetsDialog(fresh_context, ids.a)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3  # 2025 and 2026 for students, 2025 for trade
    dialog.add_row("Guru dilatih", "orang", "2026", "-4")
    dialog.save()
    assert "Target 4 target value: -4 cannot be negative" in shown[0]  # the field named as a label
    dialog.table.item(3, 3).setText("12")
    dialog.save()
    assert ("Guru dilatih", "orang", 2026) in {(t.name, t.unit, t.year) for t in list_targets(fresh_context, ids.a)}


def test_the_dashboard_item_opens_on_the_agreement(qtbot, fresh_context, ids) -> None:
    from secretariat.gui.dashboard import DashboardPage

    dashboard = DashboardPage(fresh_context, None, today=lambda: date(2026, 3, 1))
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        dashboard.refresh()
    qtbot.waitUntil(lambda: not dashboard.is_busy(), timeout=10_000)
    assert dashboard.items_of("evaluations") == [("agreement", ids.a), ("agreement", ids.b), ("agreement", ids.c)]
    top = dashboard.section_item("evaluations")  # the last section, after the agreements without a subject
    assert top is dashboard.tree.topLevelItem(dashboard.tree.topLevelItemCount() - 1)
    assert top.text(0).startswith("Evaluasi tahunan (monev) tahun 2025 belum ada")
    first = dashboard.rows_of("evaluations")[0]  # under the section's column captions
    assert "Catat evaluasi tahun 2025" in first.text(4)
    assert first.data(0, Qt.ItemDataRole.UserRole) == ("agreement", ids.a)


def test_the_page_writes_the_report_and_keeps_the_rules(qtbot, page, fresh_context, tmp_path, monkeypatch) -> None:
    import subprocess

    from secretariat.domain.impact import StatusRules
    from secretariat.gui.impact.page import RulesDialog
    from secretariat.services.impact.rules import get_status_rules
    from secretariat.services.office import get_office_profile, update_office_profile

    profile = get_office_profile(fresh_context).to_data()
    profile.region_name_id, profile.region_name_en = "Provinsi Bali", "Bali Province"
    update_office_profile(fresh_context, profile)
    target = tmp_path / "laporan.pdf"
    previewed: list[Path] = []
    monkeypatch.setattr(impact_page, "preview_report", lambda _parent, path: previewed.append(path))
    job = page.write_report(target, YEAR, "f4", "id", True)
    qtbot.waitUntil(lambda: job.is_finished, timeout=20_000)
    qtbot.waitUntil(lambda: previewed == [target], timeout=5_000)  # shown in the print preview once written
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "LAPORAN TAHUNAN KERJA SAMA LUAR NEGERI TAHUN 2025" in text and "PEMERINTAH PROVINSI BALI" in text
    assert target.with_suffix(".xlsx").stat().st_size > 0

    dialog = RulesDialog(get_status_rules(fresh_context), page)
    qtbot.addWidget(dialog)
    dialog.alive_days.setValue(340)
    dialog.dormant_days.setValue(600)
    dialog.movements.setValue(1)
    assert dialog.rules() == StatusRules(340, 600, 1, 50)
