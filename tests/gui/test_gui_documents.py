"""The document archive page, the packet dialog and the print preview, offscreen."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from tests.document_files import pdf_bytes, write_image, write_pdf

from secretariat.domain.records import AgreementData, OfficeProfileData, PartnerData
from secretariat.gui.agreements.packet_dialog import PacketDialog
from secretariat.gui.registers import archive
from secretariat.gui.registers.archive import DocumentArchivePage
from secretariat.gui.widgets import notices, pdf_preview
from secretariat.gui.widgets.pdf_preview import PdfPreviewDialog, new_printer, paint_pdf
from secretariat.services.agreements.records import create_agreement
from secretariat.services.attachments import add_attachment, list_attachments
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner

F4 = (609.45, 935.43)


@pytest.fixture
def agreement(fresh_context) -> int:
    update_office_profile(
        fresh_context,
        OfficeProfileData(region_name_id="Provinsi Jawa Timur", region_name_en="East Java", region_level="province"),
    )
    partner = create_partner(
        fresh_context, PartnerData(code="KRK", name="Kraków", kind="regional_government", country_code="PL")
    )
    return create_agreement(
        fresh_context,
        AgreementData(
            title_id="Nota Kesepahaman",
            title_en="Memorandum of Understanding",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
            number="009/KS/2026",
            signed_on=date(2026, 2, 1),
        ),
    )


def test_the_archive_lists_searches_and_shows_versions(qtbot, fresh_context, agreement, tmp_path: Path) -> None:
    first = add_attachment(fresh_context, "agreement", agreement, "loi", write_pdf(tmp_path / "loi.pdf", 1, "LoI"))
    second = add_attachment(fresh_context, "agreement", agreement, "loi", write_pdf(tmp_path / "loi-2.pdf", 1, "LoI 2"))
    add_attachment(fresh_context, "agreement", agreement, "photo", write_image(tmp_path / "signing.jpg", 400, 300))
    page = DocumentArchivePage(fresh_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded_once and page.model.rowCount() == 2)  # current versions only
    assert set(page.model.ids()) == {second, *(a.id for a in list_attachments(fresh_context, "agreement", agreement))}
    page.set_filter("current", None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert first in page.model.ids()
    page.set_search_now("009/KS")  # the record's number finds its documents
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.set_search_now("signing")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.register_title() == "Dokumen"
    assert page.open_button.text() == "Buka" and page.verify_button.text() == "Periksa dokumen…"


def test_the_packet_dialog_names_what_is_missing(qtbot, fresh_context, agreement, tmp_path: Path) -> None:
    add_attachment(fresh_context, "agreement", agreement, "signed_scan", write_pdf(tmp_path / "signed.pdf", 2))
    dialog = PacketDialog(fresh_context, agreement)
    qtbot.addWidget(dialog)
    lines = [dialog.parts.item(i).text() for i in range(dialog.parts.count())]
    assert lines == [
        "Naskah final — belum ada",
        "Naskah yang telah ditandatangani — siap",
        "Surat persetujuan DPRD — belum ada",
        "Surat Kuasa (Full Powers) — belum ada",
        "Surat Pernyataan Kehendak (LoI) — tidak ada (tidak wajib)",
    ]
    assert dialog.hint.text() == "3 bagian wajib belum ada." and dialog.incomplete.isEnabled()
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("kemlu"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    assert dialog.options() == {"paper": "f4", "recipient": "kemlu", "allow_incomplete": False, "arrangements": False}


def test_the_preview_shows_every_page_and_prints_the_range_asked_on_the_documents_paper(qtbot, tmp_path: Path) -> None:
    pdf = pdf_bytes(3, "Preview", F4)
    dialog = PdfPreviewDialog(pdf, "Preview", "preview.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: 0 in dialog.pages.rendered)
    assert len(dialog.pages.labels) == 3 and dialog.count_label.text() == "3 halaman"
    label = dialog.pages.labels[0]
    assert label.width() / label.height() == pytest.approx(F4[0] / F4[1], rel=0.01)  # never stretched
    printer = new_printer(pdf)
    assert printer.pageLayout().pageSize().name() == "F4"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, pdf)
    printed = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == 2
    width, height = float(printed.pages[0].mediabox.width), float(printed.pages[0].mediabox.height)
    assert (width, height) == pytest.approx(F4, abs=1.5)
    dialog.reject()


# --- "Save a copy" is reported as all finished work is ----------------------------------------------------------


def _notice(widget: QWidget) -> notices.FileNotice | None:
    return widget.window().findChild(notices.FileNotice, notices.NOTICE_NAME)


def test_a_copy_saved_from_the_preview_is_announced_in_the_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:
    pdf = pdf_bytes(1, "Preview", F4)
    dialog = PdfPreviewDialog(pdf, "Preview", "preview.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "salinan.pdf"
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert _notice(dialog) is None
    dialog.save_button.click()
    assert target.read_bytes() == pdf
    notice = _notice(dialog)
    assert notice is not None and notice.isVisible() and notice.path == target
    assert notice.label.text() == f"Salinan disimpan: {target}"
    assert notice.open_button.text() == "Buka" and notice.folder_button.text() == "Tampilkan di folder"
    dialog.reject()


def test_a_copy_saved_from_the_archive_is_announced_in_the_window(
    qtbot, fresh_context, agreement, tmp_path: Path, monkeypatch
) -> None:
    source = write_pdf(tmp_path / "loi.pdf", 1, "LoI")
    add_attachment(fresh_context, "agreement", agreement, "loi", source)
    page = DocumentArchivePage(fresh_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded_once and page.model.rowCount() == 1)
    page.table.selectRow(0)
    target = tmp_path / "copies" / "loi-salinan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(archive.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.save_copy()
    assert target.read_bytes() == source.read_bytes()
    notice = _notice(page)
    assert notice is not None and notice.isVisible() and notice.path == target
    assert notice.label.text() == f"Salinan disimpan: {target}"
