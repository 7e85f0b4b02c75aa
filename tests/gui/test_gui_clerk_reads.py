"""What the clerk reads in the editors and on the budget page follows the language the interface shows,
and nothing is squeezed to "..." at 1024 pixels (issue 17, "What the clerk reads")."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from secretariat.gui.agreements.assessment_summary import AssessmentSummaryPanel
from secretariat.gui.budget.overview import RELOAD_DELAY_MS, BudgetOverview
from secretariat.gui.i18n import apply_language, chosen_language
from secretariat.gui.main_window import MainWindow
from secretariat.gui.record_editors import editor_class
from secretariat.services import registers
from secretariat.services.agreements import records as agreements
from secretariat.services.registers import RegisterQuery


def test_an_editor_speaks_the_language_shown_not_only_the_one_saved(qtbot, demo_context) -> None:
    """English shown (the saved choice still Indonesian): dates and sector names in English in the editor."""
    assert chosen_language() == "id"
    apply_language("en")
    try:
        agreement_id = next(
            i
            for i in registers.find_ids(demo_context, "agreements", RegisterQuery())
            if agreements.get_agreement(demo_context, i).expires_on is not None
        )
        dialog = editor_class("agreement")(demo_context, agreement_id, None)
        qtbot.addWidget(dialog)
        assert dialog.language == "en"
        notice = dialog.last_notice_value.text()
        months_en = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]
        assert any(month in notice for month in months_en), notice
        sectors = [dialog.sectors_list.item(row).text() for row in range(dialog.sectors_list.count())]
        assert "Health" in sectors and "Kesehatan" not in sectors, sectors
    finally:
        apply_language("id")


def test_a_new_agreements_assessment_summary_shows_no_bare_column_numbers(qtbot, fresh_context) -> None:
    panel = AssessmentSummaryPanel(fresh_context)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_agreement(None)
    shown = [t for t in panel.findChildren(QTableWidget) if t.isVisible()]
    assert shown == [], "nothing to list before the agreement is saved"


def test_the_budget_pages_agreement_column_is_readable_at_1024_pixels(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.show_page("budget")
    page = window.pages["budget"]
    figure = page.findChild(QLabel, "plannedFigure")
    qtbot.waitUntil(lambda: figure.text().startswith(("Rp", "IDR")), timeout=10_000)
    QApplication.processEvents()
    table = page.findChild(QTableWidget, "agreementTable")
    assert table.rowCount() > 0
    texts = [table.item(row, 0).text() for row in range(table.rowCount())]
    wanted = max(table.fontMetrics().horizontalAdvance(t) for t in texts)
    assert table.columnWidth(0) >= min(wanted, 300), (table.columnWidth(0), wanted)
    assert table.horizontalScrollBar().value() == 0, "the table is shown from its first column"
    # The figures are read off the GUI thread, again after the register below is read: let every read end
    # before the database closes (a read still running then crashed a later test).
    overview = page.findChild(BudgetOverview)
    qtbot.wait(2 * RELOAD_DELAY_MS)
    qtbot.waitUntil(lambda: not overview.is_busy(), timeout=10_000)
    window.close()
