"""Import the exchange workbook: read, check every row, plan, and apply in one transaction.

:func:`import_workbook` reads a workbook in the format of
:mod:`secretariat.domain.excel_format` (any subset of its sheets), checks every
row with the same rules as the services (domain records plus the database
rules of the service modules), and decides for each row whether it adds a
record, updates one (found by global id, code or number), leaves one
unchanged, or is rejected with a reason naming the sheet, row and column.

Everything happens inside one write transaction (:func:`services.context.writing`,
so every change is audited):

* ``dry_run``: the plan only; the transaction is rolled back.
* :attr:`ImportMode.ALL_OR_NOTHING` (default): when any row is rejected the
  transaction is rolled back and nothing is written.
* :attr:`ImportMode.VALID_ONLY`: the valid rows are committed; the rejected
  rows come back in :attr:`ImportReport.rejected_sheets`, ready for
  :func:`secretariat.documents.excel_export_writer.write_errors_workbook`.

A process killed in the middle leaves the database as it was: nothing is
committed before the very end.

The work is shared among small modules: :mod:`excel_rows` reads the file into
typed rows, :mod:`excel_report` holds what is reported, :mod:`excel_import_core`
the bookkeeping, look-ups and bulk inserts, and ``excel_import_partners``,
``_agreements``, ``_delegations`` and ``_budget`` the rules of each sheet. Re-importing the same file changes nothing:
a field is only written when its value differs, so no audit entry and no
``updated_at`` moves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from secretariat.domain.excel_format import RejectedSheet
from secretariat.services.context import ServiceContext, writing
from secretariat.services.excel.import_agreements import AgreementSheets
from secretariat.services.excel.import_budget import BudgetSheets
from secretariat.services.excel.import_delegations import DelegationSheets
from secretariat.services.excel.import_partners import PartnerSheets
from secretariat.services.excel.report import (
    DuplicateHint,
    ImportMode,
    ImportProblem,
    ImportReport,
    RowAction,
    RowResult,
    SheetSummary,
    WorkbookError,
)
from secretariat.services.excel.rows import WorkbookContents, read_workbook

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

__all__ = [
    "DuplicateHint",
    "ImportMode",
    "ImportProblem",
    "ImportReport",
    "RowAction",
    "RowResult",
    "SheetSummary",
    "WorkbookError",
    "import_workbook",
    "read_workbook",
]


class _Importer(PartnerSheets, AgreementSheets, DelegationSheets, BudgetSheets):
    """Every sheet's handler, on one session."""


# --- the action ---------------------------------------------------------------------------------------------


class _RollBack(Exception):
    """Ends the write transaction without committing (dry run, or rejected rows in all-or-nothing mode)."""


def _summaries(contents: WorkbookContents, counts: dict[str, dict[RowAction, int]]) -> tuple[SheetSummary, ...]:
    return tuple(
        SheetSummary(
            key=sheet.spec.key,
            name=sheet.name,
            added=counts.get(sheet.spec.key, {}).get(RowAction.ADDED, 0),
            updated=counts.get(sheet.spec.key, {}).get(RowAction.UPDATED, 0),
            unchanged=counts.get(sheet.spec.key, {}).get(RowAction.UNCHANGED, 0),
            rejected=counts.get(sheet.spec.key, {}).get(RowAction.REJECTED, 0),
        )
        for sheet in contents.sheets
    )


def _rejected_sheets(contents: WorkbookContents, results: list[RowResult], language: str) -> tuple[RejectedSheet, ...]:
    by_sheet: dict[str, dict[int, RowResult]] = {}
    for result in results:
        if result.action is RowAction.REJECTED:
            by_sheet.setdefault(result.sheet_key, {})[result.row] = result
    sheets = []
    for sheet in contents.sheets:
        rejected = by_sheet.get(sheet.spec.key)
        if not rejected:
            continue
        rows = []
        for number, cells in sheet.rows:
            result = rejected.get(number)
            if result is None:
                continue
            reason = "; ".join((f"{p.column}: " if p.column else "") + p.message(language) for p in result.problems)
            kept = tuple(cells[: len(sheet.headers)]) if sheet.headers else tuple(cells)
            rows.append((number, kept, reason))
        headers = tuple(h for h in sheet.headers)
        sheets.append(RejectedSheet(name=sheet.name, headers=headers, rows=tuple(rows)))
    return tuple(sheets)


def import_workbook(
    ctx: ServiceContext,
    path: str | Path,
    *,
    mode: ImportMode = ImportMode.ALL_OR_NOTHING,
    dry_run: bool = False,
    progress: Progress | None = None,
    language: str = "id",
) -> ImportReport:
    """Read, check and (unless ``dry_run``) apply the workbook at ``path`` in one transaction.

    Raises :class:`WorkbookError` when the file cannot be read at all; every other problem is in the
    report. ``language`` is that of the reasons written for the errors workbook.
    """
    mode = ImportMode(mode)
    if progress is not None:
        progress(0, 0, Path(path).name)
    with read_workbook(path) as contents:
        written = False
        importer: _Importer | None = None
        try:
            with writing(ctx) as session:
                importer = _Importer(session, ctx, contents, progress, language)
                importer.run()
                rejected = bool(importer.rejected_rows) or bool(contents.problems)
                if dry_run or (rejected and mode is ImportMode.ALL_OR_NOTHING):
                    raise _RollBack()
                if progress is not None:
                    progress(importer.total, importer.total, "commit")
            written = True
        except _RollBack:
            written = False
        assert importer is not None
        results = importer.results
        problems = list(contents.problems)
        for sheet in contents.sheets:
            problems.extend(sheet.blocking)
        listed = set(problems)
        problems.extend(p for r in results if r.action is RowAction.REJECTED for p in r.problems if p not in listed)
        duplicates = importer.duplicates
        if not written:
            duplicates = [DuplicateHint(**{**d.__dict__, "partner_id": None}) for d in duplicates]
        summaries = _summaries(contents, importer.counts)
        log.info(
            "import of %s: %s",
            path,
            ", ".join(f"{s.key} +{s.added} ~{s.updated} ={s.unchanged} x{s.rejected}" for s in summaries),
        )
        return ImportReport(
            path=str(path),
            mode=mode,
            dry_run=dry_run,
            written=written,
            sheets=summaries,
            rows=tuple(results),
            problems=tuple(problems),
            notices=tuple(contents.notices),
            duplicates=tuple(duplicates),
            rejected_sheets=_rejected_sheets(contents, results, language),
        )
