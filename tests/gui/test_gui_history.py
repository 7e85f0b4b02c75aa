"""The History tab of the record editors, revert from it, Ctrl+Z before saving, and the words of messages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from secretariat.domain.records import AgreementData, OfficialData, PartnerData, PerDiemRateData
from secretariat.gui.forms import bind
from secretariat.gui.record_editors import KINDS, editor_class
from secretariat.gui.widgets import history as history_module
from secretariat.gui.widgets.history import AFTER, BEFORE, WHAT, HistoryPanel
from secretariat.services.agreements import records as agreements
from secretariat.services.budget import lines as budget
from secretariat.services.delegations import per_diem
from secretariat.services.delegations import records as delegations
from secretariat.services.partners import records as partners
from secretariat.services.reference import officials


@pytest.fixture
def ctx(fresh_context):
    return fresh_context


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    said: dict[str, list] = {"confirm": [], "warn": [], "answer": [True]}

    def confirm(parent, title, text, yes, informative="") -> bool:  # type: ignore[no-untyped-def]
        said["confirm"].append(text)
        return said["answer"][0]

    def warn(parent, title, text, informative="") -> None:  # type: ignore[no-untyped-def]
        said["warn"].append(f"{text} {informative}".strip())

    monkeypatch.setattr(history_module, "confirm", confirm)
    monkeypatch.setattr(history_module, "warn", warn)
    return said


def osaka(ctx) -> int:  # type: ignore[no-untyped-def]
    return partners.create_partner(
        ctx, PartnerData(code="JP-OSK", name="Osaka Prefecture", kind="regional_government", country_code="JP")
    )


def change_partner(ctx, partner_id: int, **changes: object) -> None:  # type: ignore[no-untyped-def]
    partners.update_partner(ctx, partner_id, replace(partners.get_partner(ctx, partner_id).to_data(), **changes))


def open_history(qtbot, ctx, kind: str, record_id: int | None):  # type: ignore[no-untyped-def]
    dialog = editor_class(kind)(ctx, record_id, None)
    qtbot.addWidget(dialog)
    tabs = bind(dialog.form, "tabs", QTabWidget)
    panel = dialog.history_panel
    assert isinstance(panel, HistoryPanel)
    dialog.show()
    tabs.setCurrentWidget(panel)
    return dialog, tabs, panel


def what(panel: HistoryPanel, top: int) -> str:
    """What a change's line says happened (after its time and its author)."""
    return panel.tree.topLevelItem(top).text(WHAT).split(" · ", 2)[2]


def field_row(panel: HistoryPanel, label: str):  # type: ignore[no-untyped-def]
    """The first (newest) field row whose field is ``label``."""
    tree = panel.tree
    for top in range(tree.topLevelItemCount()):
        entry = tree.topLevelItem(top)
        for child in range(entry.childCount()):
            if entry.child(child).text(WHAT) == label:
                return entry.child(child)
    raise AssertionError(f"no row for {label}")


def test_every_editor_has_a_history_tab_in_both_languages(qtbot, ctx) -> None:
    from secretariat.gui.i18n import apply_language

    partner_id = osaka(ctx)
    agreement_id = agreements.create_agreement(
        ctx, AgreementData(title_id="MoU", title_en="MoU", kind="ksdpl", instrument="mou", partner_ids=[partner_id])
    )
    from secretariat.domain.records import BudgetLineData, DelegationData

    delegation_id = delegations.create_delegation(
        ctx,
        DelegationData(
            direction="outgoing", purpose="Rapat", country_code="JP", start_on=date(2026, 5, 1), end_on=date(2026, 5, 3)
        ),
    )
    line_id = budget.create_budget_line(
        ctx,
        BudgetLineData(
            fiscal_year=2026, account_code="5.1.02.04.02.0001", description="Perjalanan", planned_idr=Decimal(100)
        ),
    )
    official_id = officials.create_official(ctx, OfficialData(name="Budi", position="Kepala Bagian", grade="B"))
    rate_id = per_diem.create_rate(
        ctx,
        PerDiemRateData(country_code="JP", grade="B", amount=Decimal(400), valid_from=date(2026, 1, 1), source="PMK"),
    )
    ids = {
        "partner": partner_id,
        "agreement": agreement_id,
        "delegation": delegation_id,
        "budget_line": line_id,
        "official": official_id,
        "per_diem_rate": rate_id,
    }
    assert set(ids) == set(KINDS)
    for language, title in (("id", "Riwayat"), ("en", "History")):
        apply_language(language)
        for kind, record_id in ids.items():
            dialog, tabs, panel = open_history(qtbot, ctx, kind, record_id)
            assert tabs.tabText(tabs.indexOf(panel)) == title, kind
            listed = [what(panel, i) for i in range(panel.tree.topLevelItemCount())]
            created = "Dibuat: " if language == "id" else "Created: "
            assert listed and listed[-1].startswith(created), f"{kind}: its creation is listed first: {listed}"
            dialog.close()
    apply_language("id")
    _new, _tabs, panel = open_history(qtbot, ctx, "official", None)
    assert panel.summary.text() == "Riwayat dimulai setelah data disimpan."


def test_the_history_names_fields_by_label_and_reverts_a_change(qtbot, ctx, prompts) -> None:
    partner_id = osaka(ctx)
    change_partner(ctx, partner_id, city="Sakai", country_code="KR")
    dialog, _tabs, panel = open_history(qtbot, ctx, "partner", partner_id)

    assert panel.tree.topLevelItemCount() == 2
    assert what(panel, 0) == "Diubah: Mitra “Osaka Prefecture”"
    line = panel.tree.topLevelItem(0).text(WHAT)
    assert re.fullmatch(r"\d{1,2} \w{3} \d{4} \d\d:\d\d · clerk1 · Diubah: Mitra “Osaka Prefecture”", line), line
    country = field_row(panel, "Negara")
    assert (country.text(BEFORE), country.text(AFTER)) == ("Jepang", "Korea Selatan")
    city = field_row(panel, "Kota")
    assert (city.text(BEFORE), city.text(AFTER)) == ("—", "Sakai")
    assert not panel.revert_button.isEnabled()  # nothing selected yet
    panel.tree.setCurrentItem(country)
    assert panel.revert_button.isEnabled()
    assert panel.revert_current()

    assert prompts["confirm"] == ["Kembalikan Negara dari “Korea Selatan” menjadi “Jepang”?"]
    assert partners.get_partner(ctx, partner_id).country_code == "JP"
    assert dialog.country.value() == "JP", "the editor shows the record as it is now"
    assert dialog.saved_anything and "Perubahan dibatalkan: Negara." in dialog.message_label.text()
    assert panel.tree.topLevelItemCount() == 3, "the revert is a change of its own"
    newest = panel.tree.topLevelItem(0).child(0)
    assert (newest.text(WHAT), newest.text(BEFORE), newest.text(AFTER)) == ("Negara", "Korea Selatan", "Jepang")


def test_a_revert_is_refused_after_a_newer_change(qtbot, ctx, prompts) -> None:
    partner_id = osaka(ctx)
    change_partner(ctx, partner_id, city="Sakai")
    change_partner(ctx, partner_id, city="Kobe")
    dialog, _tabs, panel = open_history(qtbot, ctx, "partner", partner_id)
    older = panel.tree.topLevelItem(1).child(0)
    assert (older.text(WHAT), older.text(AFTER)) == ("Kota", "Sakai")
    panel.tree.setCurrentItem(older)

    assert not panel.revert_current()

    assert len(prompts["warn"]) == 1
    assert "Perubahan tidak dibatalkan." in prompts["warn"][0]
    assert "“Kota” sudah diubah lagi" in prompts["warn"][0] and "oleh clerk1" in prompts["warn"][0]
    assert partners.get_partner(ctx, partner_id).city == "Kobe"
    assert not dialog.saved_anything


def test_unsaved_edits_are_kept_from_a_revert(qtbot, ctx, prompts) -> None:
    partner_id = osaka(ctx)
    change_partner(ctx, partner_id, city="Sakai")
    dialog, _tabs, panel = open_history(qtbot, ctx, "partner", partner_id)
    dialog.name.setText("Osaka Prefectural Government")
    panel.tree.setCurrentItem(field_row(panel, "Kota"))
    assert not panel.revert_current()
    assert prompts["warn"] == ["Simpan atau buang dahulu suntingan Anda pada data ini."]
    assert partners.get_partner(ctx, partner_id).city == "Sakai"
    dialog.undo.undo()  # the edit taken back: the editor closes without asking
    assert not dialog.is_dirty()


def test_contacts_deleted_since_stay_in_the_partner_history(qtbot, ctx) -> None:
    from secretariat.domain.records import ContactData

    partner_id = osaka(ctx)
    contact_id = partners.add_contact(ctx, ContactData(partner_id=partner_id, name="Hiroshi Tanaka"))
    partners.delete_contact(ctx, contact_id)
    _dialog, _tabs, panel = open_history(qtbot, ctx, "partner", partner_id)
    assert [what(panel, i) for i in range(3)] == [
        "Dihapus: Kontak “Hiroshi Tanaka”",
        "Dibuat: Kontak “Hiroshi Tanaka”",
        "Dibuat: Mitra “Osaka Prefecture”",
    ]


def test_ctrl_z_takes_back_edits_before_saving(qtbot, ctx) -> None:
    partner_id = osaka(ctx)
    dialog = editor_class("partner")(ctx, partner_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    status = dialog.status
    before = status.currentIndex()
    status.setCurrentIndex((before + 1) % status.count())
    dialog.city.setText("Sakai")
    dialog.city.setText("Sakai City")  # typing on in one field is one step
    assert dialog.is_dirty()
    dialog.notes.setFocus()  # away from the typed field: the editor's own undo answers
    assert dialog.undo.undo()
    assert dialog.city.text() == ""
    assert dialog.undo.undo()
    assert status.currentIndex() == before
    assert not dialog.is_dirty(), "back to what was saved"
    assert not dialog.undo.undo()
    # A field with the cursor undoes its own typing with the key.
    dialog.city.setFocus()
    QTest.keyClicks(dialog.city, "Kobe")
    QTest.keyClick(dialog.city, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.city.text() == ""


def test_a_date_order_problem_names_the_field_label_not_the_column(qtbot, ctx) -> None:
    partner_id = osaka(ctx)
    agreement_id = agreements.create_agreement(
        ctx, AgreementData(title_id="MoU", title_en="MoU", kind="ksdpl", instrument="mou", partner_ids=[partner_id])
    )
    dialog = editor_class("agreement")(ctx, agreement_id, None)
    qtbot.addWidget(dialog)
    dialog.effective_on.check.setChecked(True)
    dialog.effective_on.edit.setDate(QDate(2027, 1, 2))
    dialog.expires_on.check.setChecked(True)
    dialog.expires_on.edit.setDate(QDate(2027, 1, 1))

    assert not dialog.save()

    text = dialog.message_label.text()
    assert "• Berakhir pada: 1 Januari 2027 lebih awal dari “Berlaku mulai” (2 Januari 2027)" in text
    assert "effective_on" not in text and "expires_on" not in text and "2027-01" not in text
