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

from secretariat.domain.errors import ImportProblem
from secretariat.domain.excel_format import RejectedSheet
from secretariat.services.backups import backup_before
from secretariat.services.backups.settings import settings_of
from secretariat.services.context import ServiceContext, writing
from secretariat.services.excel.import_agreements import AgreementSheets
from secretariat.services.excel.import_budget import BudgetSheets
from secretariat.services.excel.import_delegations import DelegationSheets
from secretariat.services.excel.import_partners import PartnerSheets
from secretariat.services.excel.report import (
    DuplicateHint,
    ImportMode,
    ImportReport,
    RowAction,
    RowResult,
    SheetSummary,
    WorkbookError,
)
from secretariat.services.excel.rows import WorkbookContents, read_workbook
from secretariat.services.xlsx_reader import ReadLimits
from secretariat.storage.engine import sqlite_path
from secretariat.storage.sqlite_snapshot import Snapshot, SnapshotStale

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
#: Copies the import starts from before it writes under the database's own lock instead.
SNAPSHOT_ATTEMPTS = 3

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
            failed = rejected.get(number)
            if failed is None:
                continue
            reason = "; ".join((f"{p.column}: " if p.column else "") + p.message(language) for p in failed.problems)
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
    """Read, check and (unless ``dry_run``) apply the workbook at ``path``.

    Raises :class:`WorkbookError` when the file cannot be read at all (or is beyond the reader's limits,
    see ``services.xlsx_reader``); every other problem is in the report. ``language`` is that of the
    reasons written for the errors workbook.

    On a database file the reading, checking and planning run on a private copy of the database, with
    no lock on it (``storage.sqlite_snapshot``); a backup of that copy is kept (before every import);
    then what the import writes is played on the database in one short transaction. When another
    workstation wrote in the meantime, the import starts again from a new copy (a few times, then in
    one transaction on the database itself). On a server database the import runs in one transaction.
    """
    mode = ImportMode(mode)
    if progress is not None:
        progress(0, 0, Path(path).name)
    limits = ReadLimits(max_rows=settings_of(ctx.database).import_max_rows)
    with read_workbook(path, limits):
        pass  # a file that cannot be read, or is beyond a limit, is refused before anything else is done
    database_file = sqlite_path(ctx.database.url)
    if database_file is None or ctx.database.read_only:
        if not dry_run:
            backup_before(ctx, "before-import")
        return _import(ctx, path, mode, dry_run, progress, language, limits)
    for attempt in range(SNAPSHOT_ATTEMPTS):
        with Snapshot(database_file) as snapshot:
            snapshot.take()
            if not dry_run:
                backup_before(ctx, "before-import", copy=snapshot.copy_path)
            work = ServiceContext(database=snapshot.database(), actor=ctx.actor)
            report = _import(work, path, mode, dry_run, progress, language, limits)
            if not report.written:
                return report
            if progress is not None:
                progress(report_total(report), report_total(report), "commit")
            try:
                snapshot.replay()
            except SnapshotStale:
                log.info("import of %s: the database changed meanwhile (attempt %d); starting again", path, attempt + 1)
                continue
            return report
    backup_before(ctx, "before-import")
    return _import(ctx, path, mode, dry_run, progress, language, limits)


def report_total(report: ImportReport) -> int:
    return sum(s.added + s.updated + s.unchanged + s.rejected for s in report.sheets)


def _import(
    ctx: ServiceContext,
    path: str | Path,
    mode: ImportMode,
    dry_run: bool,
    progress: Progress | None,
    language: str,
    limits: ReadLimits,
) -> ImportReport:
    """The import itself, in one write transaction of ``ctx``'s database (committed only when it writes)."""
    with read_workbook(path, limits) as contents:
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
