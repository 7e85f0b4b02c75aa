"""Print preview and printing of the PDFs the program makes (packets, drafts, letters, visit documents).

The PDF is rendered with pypdfium2 (Chromium's PDFium, shipped inside its wheel for Windows and Linux, so
it works offline and in the frozen build; Qt's own QtPdf is not part of PySide6-Essentials).

* :class:`PdfPreviewDialog`: the pages one under the other, rendered as they scroll into view, with
  zoom; "Print…", "Open in PDF viewer" and "Save a copy…".
* :func:`print_pdf`: Qt's print dialog (printer, copies, page range, duplex where the printer offers it)
  with the paper of the document chosen, then each page drawn on the printer at up to 300 dpi.
* :func:`show_pdf_preview`: the dialog for a PDF's bytes, in one call, for any part of the program.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.screen_fit import resize_within_screen

log = logging.getLogger(__name__)

PRINT_DPI = 300
SCREEN_DPI = 96
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_F4 = (215.0, 330.0)  # mm


def _document(pdf: bytes) -> Any:  # pypdfium2's PdfDocument
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)


def render_page(document: Any, index: int, dpi: float) -> QImage:  # pypdfium2's PdfDocument (untyped)
    """One page as an image at ``dpi`` (white background)."""
    page = document[index]
    bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
    width, height = bitmap.width, bitmap.height
    image = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format.Format_RGB888)
    copy = image.copy()  # the bitmap's memory goes with it
    page.close()
    return copy


def _page_size(width_pt: float, height_pt: float) -> QPageSize:
    """The paper of a page: A4, F4 (215 x 330 mm) or its own size."""
    width_mm, height_mm = width_pt * 25.4 / 72, height_pt * 25.4 / 72
    if abs(width_mm - _F4[0]) < 1.5 and abs(height_mm - _F4[1]) < 1.5:
        return QPageSize(QSizeF(*_F4), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def new_printer(pdf: bytes) -> QPrinter:
    """A printer set to the document's paper (from its first page), full page, in the portrait of the page."""
    document = _document(pdf)
    width, height = document[0].get_size()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    size = _page_size(min(width, height), max(width, height))
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setFromTo(1, len(document))
    document.close()
    return printer


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        return list(range(first - 1, last))
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [0]
    return list(range(count))


def paint_pdf(printer: QPrinter, pdf: bytes, parent: QWidget | None = None) -> bool:
    """Draw the pages the printer asks for; False when the clerk cancelled or the printer refused."""
    document = _document(pdf)
    pages = _pages_to_print(printer, len(document))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(PRINT_DPI, printer.resolution())
    progress = QProgressDialog(
        QApplication.translate("PdfPreview", "Printing…"),
        QApplication.translate("PdfPreview", "Cancel"),
        0,
        len(pages) * copies,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return False
    done = 0
    try:
        for _copy in range(copies):
            for position, index in enumerate(pages):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if done:
                    printer.newPage()
                image = render_page(document, index, dpi)
                target = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(target, image)
                done += 1
                progress.setValue(done)
                del position
    finally:
        painter.end()
        progress.close()
        document.close()
    return True


def print_pdf(pdf: bytes, parent: QWidget | None = None, title: str = "") -> bool:
    """Qt's print dialog on the document's paper, then print; False when cancelled."""
    printer = new_printer(pdf)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setWindowTitle(QApplication.translate("PdfPreview", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return paint_pdf(printer, pdf, parent)


def open_in_viewer(pdf: bytes, file_name: str) -> Path:
    """Write a copy in the temporary folder and open it with the system's PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="secretariat-view-"))
    path = folder / (Path(file_name).name or "document.pdf")
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class _Pages(QWidget):
    """The pages, one label each, rendered when they come into view."""

    def __init__(self, document: object, sizes: list[tuple[float, float]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.sizes = sizes
        self.zoom = 1.0
        self.labels: list[QLabel] = []
        self.rendered: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for _index in sizes:
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white; border: 1px solid #b0b0b0;")
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self.set_zoom(1.0)

    def dpi(self) -> float:
        return SCREEN_DPI * self.zoom

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.rendered.clear()
        for label, (width, height) in zip(self.labels, self.sizes, strict=True):
            label.setPixmap(QPixmap())
            label.setFixedSize(int(width / 72 * self.dpi()), int(height / 72 * self.dpi()))

    def render_visible(self, top: int, bottom: int) -> None:
        for index, label in enumerate(self.labels):
            if index in self.rendered:
                continue
            y = label.y()
            if y + label.height() >= top - 200 and y <= bottom + 200:
                label.setPixmap(QPixmap.fromImage(render_page(self.document, index, self.dpi())))
                self.rendered.add(index)


class PdfPreviewDialog(QDialog):
    """A PDF's pages with Print…, Open in PDF viewer, Save a copy… and zoom."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(title)
        self.document = _document(pdf)
        sizes = [tuple(self.document[i].get_size()) for i in range(len(self.document))]
        self.pages = _Pages(self.document, sizes)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("previewPages")
        self.page_scroll.setWidget(self.pages)
        self.page_scroll.setWidgetResizable(False)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_scroll.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        self.page_scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._render_soon())

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"), self)
        self.open_button.setObjectName("openViewerButton")
        self.open_button.clicked.connect(lambda: open_in_viewer(self.pdf, self.file_name))
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.clicked.connect(self.save_copy)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Smaller"))
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Larger"))
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self.tr("%n page(s)", "", len(sizes)), self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        buttons: list[QWidget] = [self.print_button, self.open_button, self.save_button]
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        zoom: list[QWidget] = [self.zoom_out, self.zoom_label, self.zoom_in]
        for item in zoom:
            bar.addWidget(item)
        bar.addSpacing(12)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        add_layout(layout, bar)
        layout.addWidget(self.page_scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._render_visible)
        self._zoom_index = ZOOMS.index(1.0)
        self._apply_zoom()
        resize_within_screen(self, 900, 1000)

    def _step_zoom(self, step: int) -> None:
        self._zoom_index = max(0, min(len(ZOOMS) - 1, self._zoom_index + step))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        self.pages.set_zoom(ZOOMS[self._zoom_index])
        self.pages.adjustSize()
        self.zoom_label.setText(f"{round(ZOOMS[self._zoom_index] * 100)} %")
        self._render_soon()

    def _render_soon(self) -> None:
        self._timer.start()

    def _render_visible(self) -> None:
        top = self.page_scroll.verticalScrollBar().value()
        self.pages.render_visible(top, top + self.page_scroll.viewport().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render_soon()

    def print_document(self) -> None:
        print_pdf(self.pdf, self, self.windowTitle())

    def save_copy(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / self.file_name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        from secretariat.domain.errors import UserError
        from secretariat.gui.errors import show_user_error
        from secretariat.gui.widgets.notices import announce_file
        from secretariat.gui.widgets.save_files import chosen_output
        from secretariat.services.output_files import PDF, write_output

        chosen = chosen_output(self, path, ".pdf")
        if chosen is None:
            return
        target, force = chosen
        try:  # never over a database or a file of another kind; a failure leaves no partial file
            write_output(target, PDF, self.pdf, force=force)
        except UserError as error:
            show_user_error(self, error)
            return
        # The one way finished work is reported: a line at the bottom of this dialog, Open and Show in folder.
        announce_file(self, target, self.tr("A copy was saved: %1").replace("%1", str(target)))

    def done(self, result: int) -> None:
        # No page is rendered from the closed document (a render may still be due: the dialog's own
        # notice line, shown after "Save a copy", resizes the pages' area).
        self._timer.stop()
        self._timer.timeout.disconnect(self._render_visible)
        self.document.close()
        super().done(result)


def show_pdf_preview(pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
    """The preview dialog for a PDF's bytes (modal; closed with Close or Escape)."""
    dialog = PdfPreviewDialog(pdf, title, file_name, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = [
    "PdfPreviewDialog",
    "new_printer",
    "open_in_viewer",
    "paint_pdf",
    "print_pdf",
    "render_page",
    "show_pdf_preview",
]
