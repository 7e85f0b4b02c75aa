"""What a clerk does with the rows of a register besides opening them: the context menu, copying rows as
tab-separated text, exporting the list as shown to Excel, and printing it with a preview.

"As shown" means the register's current search, filters and order, and its visible columns in their
order: the export and the print have exactly the rows the table lists, fetched a page at a time on a
worker thread with progress and cancel.

    attach_list_actions(page)        # context menu on the rows, Ctrl+C copies the selected rows
    export_list(page, path)          # the Excel workbook of the list (a background job)
    preview_list(page)               # Qt's print preview of the list (prints from there)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QStyle

from secretariat.domain.money import Money
from secretariat.gui.formatting import format_date, format_number
from secretariat.gui.i18n import current_language
from secretariat.gui.registers.model import PAGE_SIZE, column_title, display_text
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import registers as service
from secretariat.services.context import ServiceContext
from secretariat.services.registers import Column

if TYPE_CHECKING:
    from secretariat.gui.registers.page import RegisterPage

__all__ = [
    "attach_list_actions",
    "copy_selected_rows",
    "export_list",
    "list_cells",
    "preview_list",
    "row_menu",
    "rows_as_text",
]

EXPORT_FOLDER_KEY = "registers/export_folder"

#: Tests replace this to answer the file dialog.
ask_save_file = QFileDialog.getSaveFileName


def shown_columns(page: RegisterPage) -> list[Column]:
    return [page.model.columns[number] for number in page.visible_columns()]


# --- copying ----------------------------------------------------------------------------------------


def selected_rows(page: RegisterPage) -> list[int]:
    rows = sorted({index.row() for index in page.table.selectionModel().selectedRows()})
    if not rows and page.table.currentIndex().isValid():
        rows = [page.table.currentIndex().row()]
    return rows


def rows_as_text(page: RegisterPage, rows: Sequence[int], *, header: bool = True) -> str:
    """The rows' texts as shown, tab-separated, one line per row (the column titles first)."""
    numbers = page.visible_columns()
    lines: list[str] = []
    if header:
        lines.append("\t".join(str(page.model.headerData(n, Qt.Orientation.Horizontal) or "") for n in numbers))
    for row in rows:
        cells = [str(page.model.data(page.model.index(row, n)) or "") for n in numbers]
        lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
    return "\n".join(lines)


def copy_selected_rows(page: RegisterPage) -> int:
    """Put the selected rows on the clipboard as tab-separated text; how many rows."""
    rows = selected_rows(page)
    if not rows:
        return 0
    QGuiApplication.clipboard().setText(rows_as_text(page, rows) + "\n")
    window = page.window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(
            QCoreApplication.translate("ListActions", "%1 row(s) copied.").replace(
                "%1", format_number(len(rows), current_language())
            ),
            4000,
        )
    return len(rows)


# --- the list as plain values -----------------------------------------------------------------------


def _cell(register: str, column: Column, value: Any, language: str) -> Any:
    """A value for the workbook: amounts, counts and dates as such; everything else as the table shows it."""
    if value is None:
        return None
    if isinstance(value, Money) or (isinstance(value, date) and column.kind == "date"):
        return value
    if (
        column.kind == "number"
        and isinstance(value, int)
        and not isinstance(value, bool)
        and column.key != "fiscal_year"
    ):
        return value
    return display_text(register, column, value, language)


def list_cells(
    ctx: ServiceContext,
    register: str,
    ids: Sequence[int],
    columns: Sequence[Column],
    language: str,
    progress: Progress | None = None,
) -> list[list[Any]]:
    """The values of ``columns`` for ``ids`` (in this order), fetched a page at a time."""
    rows: list[list[Any]] = []
    total = len(ids)
    for start in range(0, total, PAGE_SIZE):
        chunk = ids[start : start + PAGE_SIZE]
        fetched = service.fetch_rows(ctx, register, chunk)
        for record_id in chunk:
            values = fetched.get(record_id)
            if values is not None:
                rows.append([_cell(register, column, values.get(column.key), language) for column in columns])
        if progress is not None:
            progress(min(start + PAGE_SIZE, total), total)
    return rows


def _subtitle(page: RegisterPage, count: int, language: str) -> str:
    parts = [QCoreApplication.translate("ListActions", "%1 rows").replace("%1", format_number(count, language))]
    search = page.model.query.search
    if search:
        parts.append(QCoreApplication.translate("ListActions", "search “%1”").replace("%1", search))
    if page.model.query.filters:
        shown = [
            w.currentText() if isinstance(w, QComboBox) else w.text()
            for w in page.filter_widgets.values()
            if w.value() is not None
        ]
        shown = [text.strip() for text in shown if text.strip()]
        parts.append(
            QCoreApplication.translate("ListActions", "filters: %1").replace("%1", ", ".join(shown))
            if shown
            else QCoreApplication.translate("ListActions", "filtered")
        )
    parts.append(
        QCoreApplication.translate("ListActions", "as of %1").replace("%1", format_date(date.today(), language))
    )
    return " · ".join(parts)


def suggested_list_name(page: RegisterPage) -> str:
    """ "Mitra 2026-03-02.xlsx": the register's title and today's date, in the interface language."""
    return f"{page.register_title()} {date.today().isoformat()}.xlsx"


# --- exporting --------------------------------------------------------------------------------------


def export_list(page: RegisterPage, path: Path | str | None = None) -> Job[int] | None:
    """Write the list as shown to an Excel workbook (asks where when ``path`` is None); the background job."""
    if path is None:
        settings = QSettings()
        folder = str(settings.value(EXPORT_FOLDER_KEY, "") or "") or str(Path.home())
        chosen, _filter = ask_save_file(
            page,
            QCoreApplication.translate("ListActions", "Export this list to Excel"),
            str(Path(folder) / suggested_list_name(page)),
            QCoreApplication.translate("ListActions", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = chosen
        settings.setValue(EXPORT_FOLDER_KEY, str(Path(chosen).parent))
    from secretariat.documents.list_xlsx import ListColumn, write_list_workbook  # openpyxl only when exporting

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    language = current_language()
    ctx, register = page.ctx, page.register
    ids = page.model.ids()
    columns = shown_columns(page)
    headers = [ListColumn(column_title(c, register, language), c.kind) for c in columns]
    title = page.register_title()
    subtitle = _subtitle(page, len(ids), language)

    def work(progress: Progress) -> int:
        rows = list_cells(ctx, register, ids, columns, language, progress)
        progress(len(ids), len(ids), QCoreApplication.translate("ListActions", "Writing the workbook…"))
        return write_list_workbook(target, title, subtitle, headers, rows)

    def done(count: int) -> None:
        announce_file(
            page,
            target,
            QCoreApplication.translate("ListActions", "%1 rows exported to %2")
            .replace("%1", format_number(count, language))
            .replace("%2", target.name),
        )

    return run_in_background(
        page, work, done, title=QCoreApplication.translate("ListActions", "Exporting %1…").replace("%1", title)
    )


# --- printing ---------------------------------------------------------------------------------------


def preview_list(page: RegisterPage, *, show: bool = True) -> Job[Any]:
    """Fetch the list as shown in the background, then open Qt's print preview of it (printing from there)."""
    from secretariat.gui.registers.printing import preview_register

    return preview_register(
        page, page.ctx, page.register, page.register_title(), page.model.ids(), shown_columns(page), show=show
    )


# --- the context menu -------------------------------------------------------------------------------


def row_menu(page: RegisterPage) -> QMenu:
    """Open, copy, export, print and delete, for the row(s) under the cursor."""
    menu = QMenu(page)
    style = page.style()
    has_row = page.current_id() is not None
    open_action = menu.addAction(
        style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
        QCoreApplication.translate("ListActions", "&Open"),
    )
    open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    open_action.setEnabled(has_row)
    open_action.triggered.connect(page.open_current)
    copy_action = menu.addAction(QCoreApplication.translate("ListActions", "&Copy rows"))
    copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy_action.setEnabled(bool(selected_rows(page)))
    copy_action.triggered.connect(lambda: copy_selected_rows(page))
    menu.addSeparator()
    export_action = menu.addAction(QCoreApplication.translate("ListActions", "&Export this list to Excel…"))
    export_action.setEnabled(page.model.rowCount() > 0)
    export_action.triggered.connect(lambda: export_list(page))
    print_action = menu.addAction(QCoreApplication.translate("ListActions", "&Print this list…"))
    print_action.setEnabled(page.model.rowCount() > 0)
    print_action.triggered.connect(lambda: preview_list(page))
    menu.addSeparator()
    delete_action = menu.addAction(
        style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), QCoreApplication.translate("ListActions", "&Delete…")
    )
    delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    delete_action.setEnabled(has_row)
    delete_action.triggered.connect(page.delete_current)
    return menu


def _show_menu(page: RegisterPage, position: QPoint) -> None:
    index = page.table.indexAt(position)
    if index.isValid() and not page.table.selectionModel().isRowSelected(index.row(), index.parent()):
        page.table.selectRow(index.row())
    menu = row_menu(page)
    menu.exec(page.table.viewport().mapToGlobal(position))
    menu.deleteLater()


def attach_list_actions(page: RegisterPage) -> None:
    """Give the register's table its context menu and Ctrl+C."""
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    page.table.customContextMenuRequested.connect(lambda position: _show_menu(page, position))
    copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), page.table)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: copy_selected_rows(page))
    page.copy_shortcut = copy


def menu_actions(menu: QMenu) -> list[QAction]:
    return [action for action in menu.actions() if not action.isSeparator()]
