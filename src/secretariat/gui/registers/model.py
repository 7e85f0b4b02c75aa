"""A lazy table model over one register: it keeps the ordered ids, and fetches rows when painted.

Searching, filtering and sorting happen in SQL (``services.registers.find_ids``), on a worker thread,
so a 100,000-row register opens without freezing the window; a clicked header re-queries with the new
order (never a QSortFilterProxyModel over Python rows). Row values come from ``fetch_rows`` a page of
:data:`PAGE_SIZE` ids at a time, kept in a small LRU cache of pages, when the view paints them.

A register's first query shows its first page as soon as that is read (with its values, read on the
worker too), and the rest of the rows are added below when the whole list of ids is there: on the
100,000-partner demo that list takes 60-110 ms more, on the way to the first rows a clerk sees at start.
Until then the model is still loading (:attr:`RegisterModel.is_loading`), and :meth:`RegisterModel.ids`
reads the whole list itself, so nothing exports or prints only the first page.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from secretariat.domain import enums as e
from secretariat.domain.labels import label
from secretariat.domain.money import Money
from secretariat.gui.formatting import format_date, format_money, format_number
from secretariat.gui.i18n import QT_TRANSLATE_NOOP, current_language
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import registers as service
from secretariat.services.context import ServiceContext
from secretariat.services.registers import Column, RegisterQuery

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 64
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value (for tests and printing)

_Index = QModelIndex | QPersistentModelIndex

__all__ = ["PAGE_SIZE", "RECORD_ID_ROLE", "SORT_KEY_ROLE", "RegisterModel", "column_title", "display_text"]


# Where a register holds a value in both languages (title_id/title_en, country_name_id/_en...), the
# column in the interface language is headed plainly ("Title"), the other keeps its qualifier; where
# such a country name is there, the bare "country" column is the code.
_PLAIN_TITLES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ColumnTitles", "Title"),
    "country_name": QT_TRANSLATE_NOOP("ColumnTitles", "Country"),
    "stage_name": QT_TRANSLATE_NOOP("ColumnTitles", "Stage"),
}
_COUNTRY_CODE_TITLE = QT_TRANSLATE_NOOP("ColumnTitles", "Country code")


def column_title(column: Column, register: str | None = None, language: str | None = None) -> str:
    """A column's header in the interface language (its English label is the Qt source text)."""
    language = language or current_language()
    for suffix in ("_id", "_en"):
        base = column.key.removesuffix(suffix)
        if column.key.endswith(suffix) and base in _PLAIN_TITLES and suffix == f"_{language}":
            return QCoreApplication.translate("ColumnTitles", _PLAIN_TITLES[base])
    if (
        column.key == "country"
        and register is not None
        and any(c.key.startswith("country_name_") for c in service.columns(register))
    ):
        return QCoreApplication.translate("ColumnTitles", _COUNTRY_CODE_TITLE)
    return QCoreApplication.translate("Columns", column.label_en)


def display_text(register: str, column: Column, value: Any, language: str, *, short: bool = False) -> str:
    """A fetched value as the clerk reads it: locale dates and money, labels for codes, Yes/No.

    ``short``: dates as "17 Agu 2026" (table cells) rather than "17 Agustus 2026".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return label(e.Answer.YES if value else e.Answer.NO, "id" if language == "id" else "en")
    if isinstance(value, Money):
        return format_money(value, language=language)
    if isinstance(value, date):
        return format_date(value, language, short=short)
    enum: type[StrEnum] | None = service.enum_type(register, column.key)
    if enum is not None:
        try:
            return label(enum(value), "id" if language == "id" else "en")
        except (ValueError, KeyError):
            return str(value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if column.kind in ("number", "money") and isinstance(value, int) and column.key != "fiscal_year":
        return format_number(value, language)
    return str(value)


def _alignment(column: Column) -> int:
    """Amounts and counts to the right; everything else (years too) to the left."""
    if column.kind in ("money", "number") and column.key != "fiscal_year":
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class RegisterModel(QAbstractTableModel):
    """Rows of one register for a :class:`RegisterQuery`; read-only."""

    #: The number of rows listed changed (after a query).
    count_changed = Signal(int)
    #: True while a query runs in the background, False when it ended (or was cancelled).
    loading_changed = Signal(bool)
    #: A query failed; the message is shown by the page.
    query_failed = Signal(object)

    def __init__(self, ctx: ServiceContext, register: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if register not in service.REGISTERS:
            raise ValueError(f"unknown register {register!r}")
        self._ctx = ctx
        self.register = register
        self.columns: tuple[Column, ...] = service.columns(register)
        self._query = RegisterQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, dict[str, Any] | None]] = OrderedDict()
        # Texts already formatted for display, per (row id, column number), for the current language:
        # a view asks for a cell many times (every paint), Babel formatting is not free.
        self._texts: dict[tuple[int, int], str] = {}
        self._language = current_language()
        self._generation = 0
        self._job: Job[list[int]] | None = None
        self._first_part_of: int | None = None  # the query (generation) whose first page only is shown
        self.loaded_once = False
        self.fetch_count = 0  # how many fetch_rows calls were made (tests and the bench read it)

    # --- the query ------------------------------------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        return self._query

    @property
    def is_loading(self) -> bool:
        return self._job is not None

    def preset_query(self, query: RegisterQuery) -> None:
        """Set the query the first :meth:`reload` will run, without running it now."""
        self._query = query

    def set_query(self, query: RegisterQuery) -> None:
        self._query = query
        self.reload()

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def set_filter(self, key: str, value: Any) -> None:
        filters = dict(self._query.filters)
        if value is None or value == "":
            filters.pop(key, None)
        else:
            filters[key] = value
        if filters != dict(self._query.filters):
            self.set_query(replace(self._query, filters=filters))

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        cleaned = {k: v for k, v in filters.items() if v is not None and v != ""}
        if cleaned != dict(self._query.filters):
            self.set_query(replace(self._query, filters=cleaned))

    def reload(self) -> None:
        """Re-run the query on a worker thread; the rows shown stay until the answer arrives (the first
        query of all: its first page shows first)."""
        self._generation += 1
        generation = self._generation
        ctx, register, query = self._ctx, self.register, self._query
        first_page_first = not self.loaded_once and not self._ids
        was_loading = self._job is not None
        if self._job is not None:
            self._job.cancel()

        def find(progress: Progress) -> list[int]:
            if first_page_first:
                first = service.find_ids(ctx, register, query, limit=PAGE_SIZE)
                if len(first) < PAGE_SIZE:
                    return first  # all of them
                progress.part((first, service.fetch_rows(ctx, register, first)))
            return service.find_ids(ctx, register, query)

        self._job = run_in_background(
            self,
            find,
            on_done=lambda ids: self._on_ids(generation, ids),
            on_error=lambda exc: self._on_error(generation, exc),
            on_part=lambda part: self._on_first_page(generation, *part),
        )
        if not was_loading:
            self.loading_changed.emit(True)

    def cancel_loading(self) -> None:
        """Stop waiting for the running query; the rows shown before stay."""
        if self._job is None:
            return
        self._job.cancel()
        self._job = None
        self._generation += 1
        self._first_part_of = None  # the first page shown stays, as the rows shown before a cancel
        self.loading_changed.emit(False)

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Block until the query's worker ends (tests and the bench; the GUI never blocks)."""
        job = self._job
        return True if job is None else job.wait(timeout_ms)

    def _on_first_page(self, generation: int, ids: list[int], rows: Mapping[int, dict[str, Any]]) -> None:
        """The first page of the first query, shown while the whole list of ids is read."""
        if generation == self._generation and not self._ids:
            self._reset(ids, first_page=rows, part_of=generation)

    def _on_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer query or a cancel came meanwhile
        self._job = None
        self.loaded_once = True
        shown = len(self._ids)
        if self._first_part_of == generation and ids[:shown] == self._ids:
            # The rest below the first page: the rows shown, their selection and the scrolling stay.
            self._first_part_of = None
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = list(ids)
                self._row_of = None
                self.endInsertRows()
            self.count_changed.emit(len(self._ids))
        else:
            self.set_ids(ids)
        self.loading_changed.emit(False)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.loading_changed.emit(False)
        self.query_failed.emit(exc)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show exactly these rows (in this order)."""
        self._reset(ids)
        self.count_changed.emit(len(self._ids))

    def _reset(
        self, ids: Sequence[int], *, first_page: Mapping[int, dict[str, Any]] | None = None, part_of: int | None = None
    ) -> None:
        """Show these rows, nothing fetched kept but ``first_page`` (the values of the first ids, read with
        them); ``part_of``: they are only the first page of that query's answer."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = None
        self._pages.clear()
        self._texts.clear()
        if first_page is not None:
            self._keep_page(0, self._ids[:PAGE_SIZE], first_page)
        self._first_part_of = part_of
        self.endResetModel()

    # --- ids and rows ---------------------------------------------------------------------------

    def ids(self) -> list[int]:
        """The ids of every row listed (while only the first page of the first query is shown: read now)."""
        if self._first_part_of is not None:
            return service.find_ids(self._ctx, self.register, self._query)
        return list(self._ids)

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def row_values(self, row: int) -> dict[str, Any] | None:
        """The fetched values of a row (fetching its page if needed); None when the record is gone."""
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            cached = self._fetch_page(page)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def _fetch_page(self, page: int) -> dict[int, dict[str, Any] | None]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self.fetch_count += 1
        return self._keep_page(page, ids, service.fetch_rows(self._ctx, self.register, ids))

    def _keep_page(
        self, page: int, ids: Sequence[int], fetched: Mapping[int, dict[str, Any]]
    ) -> dict[int, dict[str, Any] | None]:
        """Cache a page's fetched rows (None for an id no longer there), the oldest pages dropped."""
        rows: dict[int, dict[str, Any] | None] = dict.fromkeys(ids)
        rows.update(fetched)
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            _page, dropped = self._pages.popitem(last=False)
            for record_id in dropped:
                for number in range(len(self.columns)):
                    self._texts.pop((record_id, number), None)
        return rows

    def invalidate(self) -> None:
        """Forget fetched values (after an edit); the view fetches them again when it paints."""
        self._pages.clear()
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Headers and cell texts (labels, dates, money) follow the interface language."""
        self._language = current_language()
        self._texts.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # --- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.columns):
            return None
        row, column = index.row(), self.columns[index.column()]
        if role == RECORD_ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_KEY_ROLE,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        values = self.row_values(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if values is None:
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            return None
        if values is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("RegisterModel", "(deleted)")
            return None
        value = values.get(column.key)
        if role == SORT_KEY_ROLE:
            return value if value is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(self.register, column, value, self._language)
            return text if len(text) > 30 or isinstance(value, date) else None
        key = (self._ids[row], index.column())
        cached = self._texts.get(key)
        if cached is None:
            cached = self._texts[key] = display_text(self.register, column, value, self._language, short=True)
        return cached

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column, self.register, self._language)
        if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
            return QCoreApplication.translate("RegisterModel", "This column cannot be sorted")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL ordered by ``column`` (-1: the register's own order)."""
        if column < 0 or column >= len(self.columns):
            sort, descending = None, False
        else:
            spec = self.columns[column]
            if not spec.sortable:
                return
            sort, descending = spec.key, order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=sort, descending=descending))

    def column_index(self, key: str) -> int:
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(f"the {self.register} register has no column {key!r}")
