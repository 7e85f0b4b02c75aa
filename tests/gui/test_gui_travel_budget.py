"""The travel budget in the window: the delegation editor's grade choice (visible, editable, with its reason),
the travel-cost rate table (a list-plus-form dialog on the shared base), and the signatories in the settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

import travel_data
from secretariat.gui.delegations import travel_costs_dialog
from secretariat.gui.delegations.editor import DelegationEditor
from secretariat.gui.delegations.travel_costs_dialog import TravelCostRatesDialog
from secretariat.gui.widgets.list_form_dialog import ListFormDialog
from secretariat.services.delegations.records import get_delegation
from secretariat.services.delegations.travel_budget import build_travel_budget
from secretariat.services.delegations.travel_costs import list_cost_rates


@pytest.fixture
def visit(fresh_context) -> int:
    return travel_data.two_country_delegation(fresh_context)


def test_the_grade_choice_is_shown_and_edited_with_its_reason(qtbot, fresh_context, visit) -> None:
    ctx = fresh_context
    editor = DelegationEditor(ctx, visit, None)
    qtbot.addWidget(editor)
    assert editor.grade_combo.currentText() == "Golongan masing-masing anggota"
    assert not editor.grade_reason.isEnabled()
    budget = build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    assert [m.costs[0].unit_amount for m in budget.members] == [690, 590, 470, 430]  # each at their own grade
    editor.grade_combo.setCurrentIndex(editor.grade_combo.findData("B"))
    assert editor.grade_reason.isEnabled()
    assert not editor.save()  # one grade for all needs its reason
    assert "gradeReasonEdit" in {w.objectName() for w in editor.problems.marked}
    editor.grade_reason.setText("Satu hotel untuk seluruh delegasi")
    assert editor.save()
    view = get_delegation(ctx, visit)
    assert (view.per_diem_grade, view.per_diem_grade_reason) == ("B", "Satu hotel untuk seluruh delegasi")
    budget = build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    assert [m.costs[0].unit_amount for m in budget.members] == [590] * 4
    assert budget.common_grade_reason == "Satu hotel untuk seluruh delegasi"
    # back to each member's own grade: the reason goes with the choice
    editor.grade_combo.setCurrentIndex(0)
    assert editor.grade_reason.text() == ""
    assert editor.save()
    assert get_delegation(ctx, visit).per_diem_grade is None


def test_the_travel_cost_table_adds_refuses_a_duplicate_and_deletes(qtbot, fresh_context, visit, monkeypatch) -> None:
    ctx = fresh_context
    dialog = TravelCostRatesDialog(ctx)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ListFormDialog)
    assert dialog.windowTitle() == "Tarif biaya perjalanan"
    before = dialog.table.rowCount()
    assert before == len(list_cost_rates(ctx)) == 9
    assert dialog.table.item(0, 0).text() == "Tiket pesawat PP" and dialog.table.item(0, 3).text() == "Bisnis"
    dialog.new_record()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("local_transport"))
    assert not dialog.class_combo.isEnabled()
    dialog.country.set_value("KR")
    dialog.amount_edit.setText("35,50")
    dialog.currency_combo.setCurrentText("USD")
    dialog.valid_from_edit.setDate(QDate(2026, 1, 1))
    dialog.source_edit.setText("Standar biaya kantor 2026")
    assert dialog.save()
    assert dialog.table.rowCount() == before + 1
    added = next(r for r in list_cost_rates(ctx, kind="local_transport"))
    assert (added.country_code, added.amount, added.currency) == ("KR", Decimal("35.50"), "USD")
    # the same item, country, grade and date again is refused, naming the field
    dialog.new_record()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("local_transport"))
    dialog.country.set_value("KR")
    dialog.amount_edit.setText("40")
    dialog.valid_from_edit.setDate(QDate(2026, 1, 1))
    dialog.source_edit.setText("Standar biaya kantor 2026")
    assert not dialog.save()
    assert dialog.problems_label.text().startswith("• Berlaku mulai: sudah ada tarif transportasi lokal untuk KR")
    # the travel budget now has the Korean local transport
    budget = build_travel_budget(ctx, visit, prepared_on=travel_data.PREPARED)
    korea = [c for c in budget.members[0].costs if c.kind.value == "local_transport" and c.unit_amount]
    assert [(c.quantity, c.unit_amount) for c in korea] == [(3, Decimal("35.50"))]
    monkeypatch.setattr(travel_costs_dialog, "confirm", lambda *_a: True)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Transportasi lokal")
    dialog.table.selectRow(row)
    dialog.delete_current()
    assert dialog.table.rowCount() == before
    assert list_cost_rates(ctx, kind="local_transport") == []


def test_the_settings_hold_who_signs_budgets(qtbot, fresh_context) -> None:
    from secretariat.gui.settings_dialog import SettingsDialog
    from secretariat.services.office import get_office_profile

    travel_data.two_country_delegation(fresh_context, rates=False)
    dialog = SettingsDialog(fresh_context)
    qtbot.addWidget(dialog)
    assert dialog.bureau_head_nip.text() == "197001011995031001"
    assert dialog.finance_officer_name.text() == "Siti Rahmawati, S.E."
    dialog.finance_officer_nip.setText("198203152006042099")
    data = dialog.profile_data()
    assert (data.finance_officer_title, data.finance_officer_nip) == (
        "Bendahara Pengeluaran Pembantu",
        "198203152006042099",
    )
    from secretariat.services.office import update_office_profile

    update_office_profile(fresh_context, data)  # what the dialog's Save does
    assert get_office_profile(fresh_context).finance_officer_nip == "198203152006042099"
