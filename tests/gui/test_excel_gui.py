"""The import wizard and the template / export actions, offscreen (SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from excel_testing import PARTNER_HEADERS, count, sheet_values, write_workbook
from secretariat.gui.excel import import_wizard as iw
from secretariat.gui.i18n import apply_language
from secretariat.gui.workers import Cancelled, Progress, wait_for_all
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.excel.importer import RowAction, import_workbook
from secretariat.storage.models import Partner

ROOT = Path(__file__).resolve().parents[2]
OSAKA = ["JP-OSAKA", "Osaka Prefectural Government", "Pemerintah daerah asing", "Jepang", "Osaka"]
ATLANTIS = ["XX-1", "Atlantis", "Pemerintah daerah asing", "Atlantis", None]
TUM = ["DE-TUM", "Technische Universität München", "Perguruan tinggi", "DE", None]


@pytest.fixture
def ctx(sqlite_database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(sqlite_database, login="tester")


@pytest.fixture(autouse=True)
def _english(qapp) -> None:  # type: ignore[no-untyped-def]
    """These tests read English texts: start each in English, whatever an earlier test left."""
    apply_language("en", qapp, use_lrelease=False)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(iw.QMessageBox, "information", lambda *args: shown.append(args))
    monkeypatch.setattr(iw.QMessageBox, "warning", lambda *args: shown.append(args))
    yield shown
    wait_for_all()


def test_template_and_export_actions(
    qtbot,
    ctx: ServiceContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    _no_dialogs: list,
) -> None:
    monkeypatch.setattr(iw, "ask_save_file", lambda *args: (str(tmp_path / "templat"), "Excel (*.xlsx)"))
    iw.run_template_action(ctx, None)
    qtbot.waitUntil(lambda: len(_no_dialogs) == 1, timeout=30_000)
    assert (tmp_path / "templat.xlsx").exists() and "templat.xlsx" in _no_dialogs[0][2]
    import_workbook(ctx, tmp_path / "templat.xlsx")

    monkeypatch.setattr(iw, "ask_save_file", lambda *args: (str(tmp_path / "register.xlsx"), "Excel (*.xlsx)"))
    iw.run_export_action(ctx, None)
    qtbot.waitUntil(lambda: len(_no_dialogs) == 2, timeout=30_000)
    assert "16" in _no_dialogs[1][2]  # the template's example rows, one per sheet (two partners)
    assert len(sheet_values(tmp_path / "register.xlsx")["Partners"]) == 3  # header and the two example partners

    monkeypatch.setattr(iw, "ask_save_file", lambda *args: ("", ""))  # the clerk closed the dialog
    assert iw.run_export_action(ctx, None) is None


def test_wizard_previews_then_imports_valid_rows_and_saves_the_rejected(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_workbook(tmp_path / "mixed.xlsx", {"Mitra": [PARTNER_HEADERS, OSAKA, ATLANTIS, TUM]})
    wizard = iw.ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()
    monkeypatch.setattr(iw, "ask_open_file", lambda *args: (str(path), "Excel (*.xlsx)"))
    wizard.file_page.browse_button.click()
    assert wizard.file_page.isComplete()

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.report is not None, timeout=30_000)
    assert preview.report.added == 2 and preview.report.rejected == 1 and not preview.report.written
    model = preview.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    rejected = [r for r in rows if r[2] == "rejected"]
    assert rejected == [["Mitra", "3", "rejected", "XX-1", "D (Negara)", rejected[0][5]]]
    assert "Atlantis" in rejected[0][5]
    assert sorted(r[3] for r in rows if r[2] == "added") == ["DE-TUM", "JP-OSAKA"]
    assert "2 to add" in preview.summary_label.text()
    assert not preview.isComplete()  # all or nothing, with a rejected row: nothing to do
    preview.valid_only.setChecked(True)
    assert preview.isComplete()
    assert count(ctx, Partner) == 0  # the preview saved nothing

    wizard.next()
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.report is not None, timeout=30_000)
    assert result.report.written and count(ctx, Partner) == 2
    assert "Saved: 2 added" in result.summary_label.text()
    assert result.save_errors_button.isVisibleTo(wizard)
    errors = tmp_path / "mixed-errors.xlsx"
    monkeypatch.setattr(iw, "ask_save_file", lambda *args: (str(errors), "Excel (*.xlsx)"))
    result.save_errors_button.click()
    values = sheet_values(errors)["Mitra"]
    assert values[1][0] == "XX-1" and "Atlantis" in values[1][-1]


def test_wizard_speaks_indonesian(
    qtbot,
    ctx: ServiceContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    app = QCoreApplication.instance()
    apply_language("id", app, cache_dir=tmp_path_factory.mktemp("qm"), use_lrelease=False)
    try:
        path = write_workbook(tmp_path / "bad.xlsx", {"Mitra": [PARTNER_HEADERS, ATLANTIS]})
        wizard = iw.ImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.windowTitle() == "Impor dari Excel"
        wizard.file_page.path_edit.setText(str(path))
        wizard.next()
        preview = wizard.preview_page
        qtbot.waitUntil(lambda: preview.report is not None, timeout=30_000)
        assert preview.title() == "Periksa apa yang akan berubah"
        reason = preview.model.index(0, 5).data()
        assert "bukan negara yang dikenal" in reason and preview.model.index(0, 2).data() == "ditolak"
        assert preview.model.headerData(0, iw.Qt.Orientation.Horizontal) == "Lembar"
        assert "1 ditolak" in preview.summary_label.text()
    finally:
        apply_language("en", app, use_lrelease=False)


def test_a_cancelled_import_saves_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [[f"DE-{n:04d}", f"Partner {n}", "Badan usaha", "DE", None] for n in range(600)]
    path = write_workbook(tmp_path / "many.xlsx", {"Mitra": [PARTNER_HEADERS, *rows]})
    calls: list[int] = []

    def report(done: int, total: int, text: str) -> None:
        calls.append(done)

    progress = Progress(report)

    def cancel_half_way(done: int, total: int, text: str) -> None:
        progress(done, total, text)
        if done >= 400:
            progress.cancel()

    with pytest.raises(Cancelled):
        import_workbook(ctx, path, progress=cancel_half_way)
    assert max(calls) >= 400 and count(ctx, Partner) == 0
    assert import_workbook(ctx, path).rows[0].action is RowAction.ADDED


def test_result_page_merges_a_probable_duplicate(  # type: ignore[no-untyped-def]
    qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_workbook(ctx, write_workbook(tmp_path / "known.xlsx", {"Mitra": [PARTNER_HEADERS, OSAKA]}))
    twin = ["JP-OSAKA-2", "Pemerintah Prefektur Osaka", "Pemerintah daerah asing", "JP", None]
    path = write_workbook(
        tmp_path / "twin.xlsx",
        {"Mitra": [PARTNER_HEADERS, twin], "Kontak": [["Kode mitra", "Nama"], ["JP-OSAKA-2", "Tanaka"]]},
    )
    wizard = iw.ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)
    duplicates = [wizard.preview_page.model.index(r, 2).data() for r in range(wizard.preview_page.model.rowCount())]
    assert "probable duplicate" in duplicates
    wizard.next()
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.report is not None, timeout=30_000)
    assert count(ctx, Partner) == 2 and result.duplicates_list.count() == 1
    assert not result.merge_button.isEnabled()
    result.duplicates_list.setCurrentRow(0)
    monkeypatch.setattr(iw, "ask_question", lambda *args: iw.QMessageBox.StandardButton.Yes)
    result.merge_button.click()
    assert count(ctx, Partner) == 1 and result.duplicates_list.count() == 0
    assert "JP-OSAKA-2 was merged into JP-OSAKA" in result.summary_label.text()
