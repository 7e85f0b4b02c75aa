"""Printing a register as listed (search, filters, order and visible columns), through Qt's printer.

The rows are fetched on a worker thread with a progress dialog that can cancel; the table is laid out
as an HTML table in a QTextDocument and printed on the chosen printer (or a PDF file).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from secretariat.gui.formatting import format_date, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.registers.model import PAGE_SIZE, column_title, display_text
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import registers as service
from secretariat.services.context import ServiceContext
from secretariat.services.registers import Column

__all__ = ["collect_rows", "new_printer", "preview_register", "print_register", "register_html"]


def collect_rows(
    ctx: ServiceContext, register: str, ids: Sequence[int], columns: Sequence[Column], language: str, progress: Progress
) -> list[list[str]]:
    """The display texts of ``columns`` for ``ids``, fetched a page at a time (reports progress)."""
    rows: list[list[str]] = []
    total = len(ids)
    for start in range(0, total, PAGE_SIZE):
        chunk = ids[start : start + PAGE_SIZE]
        fetched = service.fetch_rows(ctx, register, chunk)
        for record_id in chunk:
            values = fetched.get(record_id)
            if values is not None:
                rows.append([display_text(register, c, values.get(c.key), language, short=True) for c in columns])
        progress(min(start + PAGE_SIZE, total), total)
    return rows


def register_html(
    title: str, subtitle: str, columns: Sequence[Column], rows: Sequence[Sequence[str]], register: str | None = None
) -> str:
    """A printable HTML table; numbers and money right-aligned."""
    aligns = ["right" if c.kind in ("money", "number") and c.key != "fiscal_year" else "left" for c in columns]
    head = "".join(
        f'<th align="{a}">{html.escape(column_title(c, register))}</th>' for c, a in zip(columns, aligns, strict=True)
    )
    body = "\n".join(
        "<tr>"
        + "".join(f'<td align="{a}">{html.escape(text)}</td>' for text, a in zip(row, aligns, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        "<html><head><style>"
        "body { font-family: 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; }"
        "h1 { font-size: 13pt; margin-bottom: 0; } p.sub { color: #555; margin-top: 2px; }"
        "th { background-color: #e8e8e8; border-bottom: 1px solid #888; padding: 3px; }"
        "td { border-bottom: 1px solid #ddd; padding: 3px; }"
        "</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p class='sub'>{html.escape(subtitle)}</p>"
        f'<table width="100%" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></body></html>"
    )


def new_printer() -> QPrinter:
    """A printer set up for a wide table: A4 landscape, 12 mm margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def print_register(
    parent: QWidget,
    ctx: ServiceContext,
    register: str,
    title: str,
    ids: Sequence[int],
    columns: Sequence[Column],
    printer: QPrinter | None = None,
    *,
    ask: bool = True,
) -> Job[list[list[str]]] | None:
    """Ask for a printer (unless ``ask`` is False), then fetch the rows in the background and print.

    Returns the background job (None when the clerk cancelled the print dialog).
    """
    printer = printer or new_printer()
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace("%1", title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    language = current_language()
    ids = list(ids)
    columns = list(columns)
    subtitle = QCoreApplication.translate("Printing", "%1 rows, printed %2")
    subtitle = subtitle.replace("%1", format_number(len(ids), language)).replace(
        "%2", format_date(date.today(), language)
    )

    def done(rows: list[list[str]]) -> None:
        document = QTextDocument(parent)
        document.setHtml(register_html(title, subtitle, columns, rows, register))
        document.print_(printer)
        document.deleteLater()

    return run_in_background(
        parent,
        lambda progress: collect_rows(ctx, register, ids, columns, language, progress),
        done,
        title=QCoreApplication.translate("Printing", "Preparing %1 for printing").replace("%1", title),
    )


def preview_register(
    parent: QWidget,
    ctx: ServiceContext,
    register: str,
    title: str,
    ids: Sequence[int],
    columns: Sequence[Column],
    *,
    show: bool = True,
) -> Job[list[list[str]]]:
    """Fetch the rows in the background, then show Qt's print preview of them (the clerk prints from
    there, choosing the printer or a PDF file). ``show=False`` prepares the preview without opening
    it (tests); the dialog is then the job's ``preview`` attribute."""
    language = current_language()
    ids = list(ids)
    columns = list(columns)
    subtitle = QCoreApplication.translate("Printing", "%1 rows, printed %2")
    subtitle = subtitle.replace("%1", format_number(len(ids), language)).replace(
        "%2", format_date(date.today(), language)
    )
    printer = new_printer()
    job: Job[list[list[str]]]

    def done(rows: list[list[str]]) -> None:
        document = QTextDocument(parent)
        document.setHtml(register_html(title, subtitle, columns, rows, register))
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview – %1").replace("%1", title))
        dialog.paintRequested.connect(document.print_)
        resize_within_screen(dialog, 1000, 760)
        dialog.finished.connect(document.deleteLater)
        # Kept on the job, which lives as long as the print: the dialog for tests, the document alive.
        job.preview = dialog  # type: ignore[attr-defined]
        job.document = document  # type: ignore[attr-defined]
        if show:
            dialog.exec()
            dialog.deleteLater()

    job = run_in_background(
        parent,
        lambda progress: collect_rows(ctx, register, ids, columns, language, progress),
        done,
        title=QCoreApplication.translate("Printing", "Preparing %1 for printing").replace("%1", title),
    )
    return job
