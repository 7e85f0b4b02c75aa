"""The agreement text tab, the comparison view, the assessment summary and the tree/renewals panel
(pytest-qt, offscreen), and their Indonesian catalogue."""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from secretariat.documents.agreement_draft import render_draft
from secretariat.domain.records import AgreementData, ConditionData, OfficeProfileData, PartnerData
from secretariat.gui.agreements import family as agreement_family
from secretariat.gui.agreements import text as agreement_text
from secretariat.gui.agreements.assessment_summary import AssessmentSummaryPanel
from secretariat.gui.agreements.draft_compare import CompareDialog, TextComparisonView
from secretariat.gui.agreements.family import AgreementFamilyPanel
from secretariat.gui.agreements.text import AgreementTextTab
from secretariat.gui.i18n import apply_language
from secretariat.services.agreements import drafting
from secretariat.services.agreements.records import create_agreement, get_agreement
from secretariat.services.attachments import read_attachment
from secretariat.services.context import ServiceContext, writing
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "drafting_id.ts"
SOURCES = [
    ROOT / "src" / "secretariat" / "gui" / name
    for name in (
        "agreement_text.py",
        "draft_compare.py",
        "assessment_summary.py",
        "agreement_family.py",
        "agreement_parts.py",
    )
]


@pytest.fixture
def ctx(fresh_context: ServiceContext) -> ServiceContext:
    update_office_profile(
        fresh_context,
        OfficeProfileData(
            region_name_id="Pemerintah Provinsi Jawa Timur",
            region_name_en="East Java Provincial Government",
            region_level="province",
            head_name="Dr. H. Arief Wicaksono, M.Si.",
            head_title_id="Gubernur Jawa Timur",
            head_title_en="Governor of East Java",
            paper="a4",
        ),
    )
    return fresh_context


@pytest.fixture
def agreement_id(ctx: ServiceContext) -> int:
    partner = create_partner(
        ctx,
        PartnerData(
            code="PL-KRK",
            name="City of Kraków",
            kind="regional_government",
            country_code="PL",
            admin_level="city",
            head_name="Aleksander Miszalski",
            head_title="Mayor of Kraków",
        ),
        [ConditionData(1, "yes", "Kemlu list"), ConditionData(2, "no", "not a regional affair")],
    )
    return create_agreement(
        ctx,
        AgreementData(
            title_id="Nota Kesepahaman tentang Kerja Sama Kebudayaan",
            title_en="MoU on Cultural Cooperation",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
            sector_codes=["culture"],
            number="007/KS/2026",
            term_months=60,
        ),
        on=date(2026, 1, 5),
    )


@pytest.fixture
def tab(qtbot, ctx: ServiceContext, agreement_id: int) -> AgreementTextTab:
    widget = AgreementTextTab(ctx)
    qtbot.addWidget(widget)
    widget.show_agreement(agreement_id)
    return widget


def test_a_new_agreement_asks_to_be_saved_first(qtbot, ctx) -> None:
    widget = AgreementTextTab(ctx)
    qtbot.addWidget(widget)
    assert widget.article_list.count() == 0 and not widget.generate_button.isEnabled()
    assert widget.hint.text().startswith("Simpan perjanjian terlebih dahulu")  # Indonesian by default
    assert not widget.is_dirty()


def test_articles_are_edited_in_both_languages_reordered_and_saved(qtbot, tab, ctx, agreement_id) -> None:
    assert tab.article_list.count() == 11 and tab.article_list.item(0).text() == "Pembukaan"
    assert tab.article_list.item(1).text() == "Pasal 1: TUJUAN"
    assert tab.paper.currentData() == "a4"  # the office's paper
    tab.article_list.setCurrentRow(2)
    assert tab.heading_en.text() == "SCOPE OF COOPERATION"
    tab.text_en.setPlainText("The Parties cooperate in culture only.")
    qtbot.keyClicks(tab.heading_id, " BUDAYA")
    assert tab.article_list.item(2).text() == "Pasal 2: RUANG LINGKUP BUDAYA"
    tab.move_current(-1)
    assert tab.article_list.currentRow() == 1 and tab.heading_en.text() == "SCOPE OF COOPERATION"
    tab.article_list.setCurrentRow(5)
    tab.remove_current()
    tab.add_library_article("third_parties")  # put back, after the selected article
    tab.add_new_article()
    tab.heading_en.setText("Contacts")
    tab.text_id.setPlainText("Tiap PIHAK menunjuk kontak.")
    tab.text_en.setPlainText("Each Party names a contact.")
    assert tab.is_dirty()

    assert tab.save()
    stored = drafting.agreement_text(ctx, agreement_id)
    assert stored.articles_stored and not stored.preamble_stored  # the preamble was not touched
    keys = [a.key for a in stored.articles]
    assert keys[:2] == ["scope", "objective"] and "custom" in keys and keys.count("third_parties") == 1
    assert stored.articles[0].heading_id == "RUANG LINGKUP BUDAYA"
    assert stored.articles[0].text_en == "The Parties cooperate in culture only."
    custom = stored.articles[keys.index("custom")]
    assert (custom.heading_id, custom.heading_en, custom.text_en) == (
        "Judul pasal",
        "Contacts",
        "Each Party names a contact.",
    )
    assert not tab.is_dirty() and tab.message.text() == "Naskah disimpan."


def test_a_bad_text_is_named_and_nothing_is_saved(qtbot, tab, ctx, agreement_id) -> None:
    tab.article_list.setCurrentRow(3)
    tab.heading_en.setText("")
    tab.article_list.setCurrentRow(0)
    tab.text_en.setPlainText("")
    assert not tab.save()
    assert "pasal 3: judul bahasa Inggris kosong" in tab.message.text()
    assert "pembukaan bahasa Inggris kosong" in tab.message.text()
    assert tab.article_list.currentRow() == 3, "the first problem's article is shown"
    assert not drafting.agreement_text(ctx, agreement_id).articles_stored
    tab.revert()
    assert not tab.is_dirty() and tab.article_list.count() == 11


def test_generate_runs_on_a_worker_stores_a_version_and_offers_the_pdf(
    qtbot, tab, ctx, agreement_id, monkeypatch
) -> None:
    opened: list[QUrl] = []
    questions: list[str] = []
    monkeypatch.setattr(agreement_text, "confirm", lambda *args, **kw: questions.append(args[2]) or True)
    monkeypatch.setattr(agreement_text.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    previewed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        agreement_text, "show_pdf_preview", lambda pdf, title, name, parent: previewed.append((pdf, name))
    )
    tab.article_list.setCurrentRow(1)
    tab.text_en.setPlainText("An objective typed just before generating.")
    tab.final.setChecked(True)
    with qtbot.waitSignal(tab.draft_generated, timeout=30_000) as generated:
        tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.job is None)
    assert generated.args == [1]
    name = "007-KS-2026 Nota Kesepahaman tentang Kerja Sama Kebudayaan – naskah final v1 A4.pdf"
    assert questions == [f"Naskah final versi 1 disimpan di dokumen perjanjian ({name})."]
    assert drafting.agreement_articles(ctx, agreement_id)[0].text_en == "An objective typed just before generating."
    assert tab.versions_table.rowCount() == 1 and tab.versions_table.item(0, 4).text() == "Naskah final"
    assert tab.versions_table.item(0, 3).text() == "A4"
    # The PDF opens in the print preview (which also offers the PDF viewer).
    assert not opened and len(previewed) == 1 and previewed[0][1] == name
    version = drafting.list_draft_versions(ctx, agreement_id)[0]
    assert previewed[0][0] == read_attachment(ctx, version.attachment_id)
    assert get_agreement(ctx, agreement_id).draft_version == 1 and tab.generate_button.isEnabled()


def test_a_final_text_with_blanks_is_refused_in_the_window_naming_them(
    qtbot, tab, ctx, agreement_id, monkeypatch
) -> None:
    from secretariat.storage.models import Agreement

    with writing(ctx) as session:
        row = session.get(Agreement, agreement_id)
        row.number, row.notice_months = None, None
    tab.show_agreement(agreement_id)
    tab.final.setChecked(True)
    monkeypatch.setattr(agreement_text, "confirm", lambda *args, **kw: pytest.fail("nothing was generated"))
    tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.job is None)
    shown = tab.message.text()
    assert shown.startswith("Naskah final tidak dapat dibuat: nomor perjanjian daerah belum ada")
    assert "jangka waktu pemberitahuan belum dicatat" in shown
    assert drafting.list_draft_versions(ctx, agreement_id) == ()


def test_the_comparison_view_shows_the_changed_article_only(qtbot, tab, ctx, agreement_id) -> None:
    drafting.generate_draft(ctx, agreement_id, render=render_draft)
    articles = list(drafting.agreement_articles(ctx, agreement_id))
    articles[6] = replace(articles[6], text_en=articles[6].text_en.replace("amicably", "promptly"))
    drafting.save_articles(ctx, agreement_id, articles)
    drafting.generate_draft(ctx, agreement_id, render=render_draft)
    tab.show_agreement(agreement_id)
    assert [tab.versions_table.item(r, 0).text() for r in range(2)] == ["2", "1"]
    tab.versions_table.selectRow(1)
    assert [tab.compare_with.itemText(i) for i in range(tab.compare_with.count())] == ["naskah saat ini", "versi 2"]

    comparison, old, new = tab.comparison_for(1, 2)
    assert (old, new) == ("versi 1", "versi 2")
    dialog = CompareDialog(comparison, old, new, tab)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "1 diubah, 0 dipindah, 0 ditambahkan, 0 dihapus, 9 tidak berubah" in text
    assert "Pasal 7 · diubah" in text and "PENYELESAIAN PERBEDAAN" in text
    assert "TUJUAN" not in text, "unchanged articles are left out"
    html = dialog.view.toHtml()
    assert re.search(r"line-through[^>]*>amicably<", html) and re.search(r"underline[^>]*>promptly<", html)
    dialog.show_unchanged.setChecked(True)
    assert "TUJUAN" in dialog.view.toPlainText() and "Pasal 1 · tidak berubah" in dialog.view.toPlainText()

    same, _old, current = tab.comparison_for(2, None)
    assert current == "naskah saat ini" and same.identical
    view = TextComparisonView()
    qtbot.addWidget(view)
    view.show_comparison(same)
    assert (
        view.toPlainText().strip() == "Kedua naskah sama persis.\n0 diubah, 0 dipindah, 0 ditambahkan, 0 dihapus, "
        "10 tidak berubah"
    )


def test_the_tab_speaks_english_when_chosen(qtbot, ctx, agreement_id, tmp_path) -> None:
    apply_language("en", cache_dir=tmp_path / "qm")
    widget = AgreementTextTab(ctx)
    qtbot.addWidget(widget)
    widget.show_agreement(agreement_id)
    assert widget.generate_button.text() == "Generate draft"
    assert widget.article_list.item(1).text() == "Article 1: OBJECTIVE"


def test_the_assessment_summary_lists_warnings_conditions_and_criteria(qtbot, ctx, agreement_id) -> None:
    panel = AssessmentSummaryPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_agreement(agreement_id)
    warnings = panel.warnings.text()
    assert "7 peringatan" in warnings  # level, condition 2, conditions 3-9 unknown, four criteria
    assert "PL-KRK: tingkat administrasi tidak setara: mitra berupa kota, daerah kita provinsi (syarat 7)" in warnings
    assert (
        "PL-KRK: syarat 2 tidak terpenuhi" in warnings and "kriteria &quot;Sinergi&quot; belum diberi nilai" in warnings
    )
    table = panel.conditions
    assert table.rowCount() == 9 and table.horizontalHeaderItem(2).text() == "City of Kraków"  # a name, not a code
    assert table.item(0, 2).text() == "Ya: Kemlu list" and table.item(1, 2).text() == "Tidak: not a regional affair"
    assert table.item(2, 2).text() == "Belum diketahui"
    assert panel.criteria.rowCount() == 4 and panel.criteria.item(0, 1).text() == "—"
    assert panel.average.text() == "Belum ada kriteria yang dinilai."
    panel.show_agreement(None)
    assert panel.conditions.rowCount() == 0


def test_the_tree_opens_agreements_and_a_signed_agreement_is_renewed(qtbot, ctx, agreement_id, monkeypatch) -> None:
    view = get_agreement(ctx, agreement_id)
    child = create_agreement(
        ctx,
        replace(
            view.to_data(),
            instrument="arrangement",
            number="008/KS/2026",
            parent_id=agreement_id,
            title_en="Arrangement on Museums",
        ),
        on=date(2026, 1, 6),
    )
    signed = create_agreement(
        ctx,
        replace(
            view.to_data(),
            number="009/KS/2026",
            signed_on=date(2026, 1, 7),
            signed_place="Surabaya",
            effective_on=date(2026, 1, 7),
            kind="ksdll",
        ),
        stage_code="signed",
        on=date(2026, 1, 7),
        note="registered after signing",
    )
    opened: list[int] = []
    panel = AgreementFamilyPanel(ctx, open_agreement=opened.append)
    qtbot.addWidget(panel)
    panel.show_agreement(agreement_id)
    root = panel.tree.topLevelItem(0)
    assert root.text(0).startswith("007/KS/2026") and root.font(0).bold()
    assert root.childCount() == 1 and root.child(0).text(0).startswith("008/KS/2026")
    panel.tree.itemActivated.emit(root.child(0), 0)
    assert opened == [child]
    assert not panel.renew_button.isEnabled()  # not signed yet
    assert panel.hint.text() == "Perjanjian dapat diperpanjang setelah ditandatangani."

    monkeypatch.setattr(agreement_family, "confirm", lambda *args, **kw: True)
    panel.show_agreement(signed)
    assert panel.renew_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        new_id = panel.renew(date(2031, 1, 7), 36, "renew as planned")
    assert new_id is not None and opened == [child, new_id]
    assert get_agreement(ctx, new_id).previous.id == signed
    assert "009/KS/2026" in panel.chain.text() and "(belum bernomor)" in panel.chain.text()
    assert (
        not panel.renew_button.isEnabled() and panel.hint.text() == "Diperpanjang dengan MoU on Cultural Cooperation."
    )


# --- the Indonesian catalogue ------------------------------------------------------------------------------


def _extracted() -> set[tuple[str, str]]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    lupdate = next(
        (p for p in (folder / "lupdate", folder / "lupdate.exe", folder / "Qt" / "libexec" / "lupdate") if p.exists()),
        None,
    )
    if lupdate is None:
        pytest.skip("no lupdate in this PySide6")
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "extract_id.ts"
        subprocess.run(
            [str(lupdate), "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(target)],
            check=True,
            timeout=120,
        )
        root = ET.parse(target).getroot()
    return {(c.findtext("name", ""), m.findtext("source", "")) for c in root.iter("context") for m in c.iter("message")}


# --- inside the agreement editor --------------------------------------------------------------------------


def test_the_editor_has_the_text_and_summary_tabs_and_the_tree_in_links(qtbot, ctx, agreement_id) -> None:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from secretariat.gui.agreements.editor import AgreementEditor

    editor = AgreementEditor(ctx, agreement_id)
    qtbot.addWidget(editor)
    tabs = editor.form.findChild(QTabWidget, "tabs")
    # The parts are made right after the editor's first paint: it opens with its General tab at once.
    assert "Naskah" not in [tabs.tabText(i) for i in range(tabs.count())]
    editor.show()
    qtbot.waitUntil(lambda: editor._parts is not None, timeout=5_000)
    editor.hide()  # the rest as before, off screen (closing a hidden editor asks nothing)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[-1] == "Riwayat"  # History stays the last tab
    assert titles.index("Ringkasan penilaian") == titles.index("Penilaian") + 1
    assert titles.index("Naskah") == titles.index("Ringkasan penilaian") + 1
    links = editor.form.findChild(QWidget, "linksTab")
    assert editor.parts.family.isAncestorOf(editor.parts.family.tree) and links.isAncestorOf(editor.parts.family)
    # The tabs behind the first read the agreement when the clerk opens them, not with the editor.
    assert editor.parts.text.article_list.count() == 0 and editor.parts.family.tree.topLevelItemCount() == 0
    tabs.setCurrentWidget(links)
    assert editor.parts.family.tree.topLevelItemCount() == 1
    tabs.setCurrentWidget(editor.parts.text)
    assert editor.parts.text.article_list.count() == 11 and not editor.is_dirty()

    # typed text makes the editor ask about unsaved changes, and its Save stores record and text together
    editor.parts.text.article_list.setCurrentRow(1)
    editor.parts.text.text_en.setPlainText("Edited in the editor.")
    editor.title_en.setText("MoU on Cultural and Museum Cooperation")
    assert editor.is_dirty()
    assert editor.save()
    assert get_agreement(ctx, agreement_id).title_en == "MoU on Cultural and Museum Cooperation"
    assert drafting.agreement_articles(ctx, agreement_id)[0].text_en == "Edited in the editor."
    assert not editor.is_dirty()

    # a bad text stops the save before anything is stored, and says why
    editor.parts.text.article_list.setCurrentRow(2)
    editor.parts.text.heading_id.setText("")
    editor.title_en.setText("A title that must not be stored")
    assert not editor.save()
    assert get_agreement(ctx, agreement_id).title_en == "MoU on Cultural and Museum Cooperation"
    assert "pasal 2: judul bahasa Indonesia kosong" in editor.message_label.text()
