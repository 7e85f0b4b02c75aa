"""The delegation's checks and documents panel: warnings in both languages, documents written in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from delegation_data import visit_abroad
from secretariat.domain.delegation_rules import Severity, WarningCode
from secretariat.domain.records import DelegationData, MemberData
from secretariat.gui.delegations import warnings as panel_module
from secretariat.gui.delegations.warnings import WARNING_ROLE, DelegationWarningsPanel
from secretariat.gui.i18n import apply_language
from secretariat.gui.widgets import notices
from secretariat.services.budget.lines import delete_budget_line, list_budget_lines
from secretariat.services.context import ServiceContext
from secretariat.services.delegations.checks import delegation_warnings
from secretariat.services.delegations.records import add_member, create_delegation, get_delegation
from secretariat.services.numbering import peek_next_number

TODAY = date(2026, 2, 25)  # the Kemendagri permit (10 days before 2 March) is late; the visa (14 days) too


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """The dialogs' answers: where to save, the account code, whether to open the file; what was opened."""
    state: dict[str, object] = {"save": str(tmp_path / "out.pdf"), "account": ("", False), "opened": []}
    monkeypatch.setattr(panel_module, "today", lambda: TODAY)
    monkeypatch.setattr(panel_module, "ask_save_file", lambda *args: (state["save"], ""))
    monkeypatch.setattr(panel_module, "ask_text", lambda *args: state["account"])
    monkeypatch.setattr(notices, "open_url", lambda url: state["opened"].append(url) or True)  # type: ignore[union-attr]
    # Open shows a written PDF in the print preview: record it as opened.
    monkeypatch.setattr(
        panel_module,
        "open_written",
        lambda _parent, path: state["opened"].append(QUrl.fromLocalFile(str(path))) or True,  # type: ignore[union-attr]
    )
    return state


@pytest.fixture
def visit(fresh_context: ServiceContext) -> int:
    return visit_abroad(fresh_context, members=4, days=5)


def _panel(qtbot, ctx: ServiceContext, delegation_id: int | None) -> DelegationWarningsPanel:
    panel = DelegationWarningsPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_delegation(delegation_id)
    return panel


def _wait(qtbot, panel: DelegationWarningsPanel) -> None:
    qtbot.waitUntil(lambda: panel.job is not None and panel.job.is_finished, timeout=30_000)


def test_an_unsaved_delegation_has_no_checks_nor_documents(
    qtbot, fresh_context: ServiceContext, answers: dict[str, object]
) -> None:
    panel = _panel(qtbot, fresh_context, None)
    assert panel.list.count() == 0 and "disimpan" in panel.summary.text()
    for button in (panel.budget_button, panel.list_button, panel.programme_button, panel.letter_button):
        assert not button.isEnabled()


def test_warnings_most_urgent_first_in_the_interface_language(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object]
) -> None:
    panel = _panel(qtbot, fresh_context, visit)
    expected = delegation_warnings(fresh_context, visit, TODAY)
    assert panel.list.count() == len(expected) >= 2
    items = [panel.list.item(i) for i in range(panel.list.count())]
    assert [item.text() for item in items] == [w.message_id for w in expected]
    assert items[0].data(WARNING_ROLE).severity == Severity.ERROR
    assert "belum diajukan" in items[0].text() and "not requested" in items[0].toolTip()
    errors = sum(1 for w in expected if w.severity == Severity.ERROR)
    assert f"{errors} galat" in panel.summary.text()
    assert not panel.import_rates_button.isVisible()
    apply_language("en")
    try:
        assert [panel.list.item(i).text() for i in range(panel.list.count())] == [w.message_en for w in expected]
        assert panel.budget_button.text() == "Travel budget (Excel)…"
        assert f"{errors} error(s)" in panel.summary.text()
    finally:
        apply_language("id")
    assert panel.budget_button.text() == "Rencana anggaran biaya (Excel)…"


def test_double_click_names_the_permit_or_member(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object]
) -> None:
    panel = _panel(qtbot, fresh_context, visit)
    first = panel.list.item(0)
    warning = first.data(WARNING_ROLE)
    assert warning.permit is not None
    with qtbot.waitSignal(panel.permit_activated) as signal:
        panel.list.itemActivated.emit(first)
    assert signal.args == [warning.permit.id]
    assert warning.permit.id in {p.id for p in get_delegation(fresh_context, visit).permits}


def test_a_missing_rate_offers_the_excel_import(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    kenya = create_delegation(
        fresh_context,
        DelegationData(
            direction="outgoing",
            purpose="Study visit",
            country_code="KE",
            start_on=date(2026, 6, 1),
            end_on=date(2026, 6, 5),
        ),
    )
    for index in range(3):
        add_member(fresh_context, MemberData(delegation_id=kenya, name=f"Staf {index}", grade="C"))
    panel = _panel(qtbot, fresh_context, kenya)
    panel.show()
    codes = {panel.list.item(i).data(WARNING_ROLE).code for i in range(panel.list.count())}
    assert WarningCode.PER_DIEM_RATE_MISSING in codes
    assert panel.import_rates_button.isVisible()
    calls = []
    import secretariat.gui.excel.import_wizard as wizard

    monkeypatch.setattr(wizard, "run_import_wizard", lambda ctx, parent: calls.append(parent) or 0)
    panel.import_rates_button.click()
    assert calls == [panel]


def test_documents_are_written_in_the_background(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object], tmp_path: Path
) -> None:
    panel = _panel(qtbot, fresh_context, visit)
    for method, name in (
        (panel.write_delegation_list, "daftar.pdf"),
        (panel.write_programme, "program"),
        (lambda: panel.write_permit_letter(final=False), "konsep.pdf"),
    ):
        answers["save"] = str(tmp_path / name)
        with qtbot.waitSignal(panel.document_written, timeout=30_000) as written:
            assert method() is not None
        _wait(qtbot, panel)
        path = Path(written.args[0])
        assert path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "program.pdf").exists()  # the extension was added
    # Reported on a line of the window with Open and Show in folder, not in a box to click away.
    notice = panel.window().findChild(notices.FileNotice, notices.NOTICE_NAME)
    assert notice is not None and "konsep.pdf" in notice.label.text()
    assert answers["opened"] == []
    notice.open_button.click()
    notice.folder_button.click()
    opened = [url.toLocalFile() for url in answers["opened"]]  # type: ignore[union-attr]
    assert opened == [str(tmp_path / "konsep.pdf"), str(tmp_path)]
    assert peek_next_number(fresh_context, "letter", date.today()).startswith("001/")  # a draft takes nothing
    answers["save"] = str(tmp_path / "final.pdf")
    with qtbot.waitSignal(panel.document_written, timeout=30_000):
        panel.write_permit_letter(final=True)
    _wait(qtbot, panel)
    assert peek_next_number(fresh_context, "letter", date.today()).startswith("002/")
    assert panel.budget_button.isEnabled()


def test_travel_budget_asks_for_the_account_when_no_line_is_linked(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object], tmp_path: Path
) -> None:
    for line in list_budget_lines(fresh_context, 2026):
        delete_budget_line(fresh_context, line.id)
    panel = _panel(qtbot, fresh_context, visit)
    answers["save"] = str(tmp_path / "rab")
    answers["account"] = ("5.1.02.04.02.0001", True)
    with qtbot.waitSignal(panel.document_written, timeout=30_000) as written:
        panel.write_travel_budget()
    _wait(qtbot, panel)
    assert written.args == [str(tmp_path / "rab.xlsx")] and (tmp_path / "rab.xlsx").exists()


def test_cancelled_save_dialog_writes_nothing(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object], tmp_path: Path
) -> None:
    panel = _panel(qtbot, fresh_context, visit)
    answers["save"] = ""
    assert panel.write_delegation_list() is None and panel.write_travel_budget() is None
    assert panel.job is None


def test_as_a_tab_it_counts_the_warnings_and_selects_the_row_concerned(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object]
) -> None:
    from PySide6.QtWidgets import QTableWidget, QTabWidget, QVBoxLayout, QWidget

    from secretariat.gui.widgets.tables import RecordTable

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    pages = {}
    for name in ("members", "permits"):
        page = QWidget()
        table = QTableWidget(0, 1, page)
        QVBoxLayout(page).addWidget(table)
        tabs.addTab(page, name)
        pages[name] = RecordTable(table)
    view = get_delegation(fresh_context, visit)
    pages["members"].set_rows([(m.id, [m.name]) for m in view.members])
    pages["permits"].set_rows([(p.id, [p.name]) for p in view.permits])
    panel = DelegationWarningsPanel(fresh_context)
    panel.attach_to(tabs, members=pages["members"], permits=pages["permits"])
    assert tabs.tabText(2) == "Pemeriksaan dan dokumen" and tabs.tabIcon(2).isNull()
    panel.set_delegation(visit)
    count = len(delegation_warnings(fresh_context, visit, TODAY))
    assert tabs.tabText(2) == f"Pemeriksaan dan dokumen ({count})" and not tabs.tabIcon(2).isNull()
    warning = panel.list.item(0).data(WARNING_ROLE)
    tabs.setCurrentIndex(2)
    panel.list.itemActivated.emit(panel.list.item(0))
    assert tabs.currentIndex() == 1 and pages["permits"].current_id() == warning.permit.id


def test_the_delegation_editor_shows_the_checks_tab(
    qtbot, fresh_context: ServiceContext, visit: int, answers: dict[str, object]
) -> None:
    from PySide6.QtWidgets import QTabWidget

    from secretariat.gui.delegations.editor import DelegationEditor

    editor = DelegationEditor(fresh_context, visit)
    qtbot.addWidget(editor)
    tabs = editor.form.findChild(QTabWidget, "tabs")
    count = len(delegation_warnings(fresh_context, visit, TODAY))
    assert tabs.tabText(tabs.indexOf(editor.checks)) == f"Pemeriksaan dan dokumen ({count})"
    assert editor.checks.list.count() == count and editor.checks.budget_button.isEnabled()
    new = DelegationEditor(fresh_context, None)
    qtbot.addWidget(new)
    assert new.checks.delegation_id is None and not new.checks.budget_button.isEnabled()
