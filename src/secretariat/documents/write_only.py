"""openpyxl's write-only workbooks (registers and lists streamed to disk a row at a time), left clean when
writing one fails midway."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["sheets_closed_on_failure"]


@contextmanager
def sheets_closed_on_failure(workbook: Workbook) -> Iterator[None]:
    """Close ``workbook``'s half-written sheets when the block fails (a damaged database met while its rows
    were read, the clerk's Cancel), then let the failure go on.

    Left to the garbage collector, a half-written sheet's two writers were finished in no set order, and
    lxml's complaints were printed as "Exception ignored in ... _write_rows" some time later.
    """
    try:
        yield
    except BaseException:
        for sheet in workbook.worksheets:
            if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
                with suppress(Exception):  # the failure being raised is the one to tell
                    sheet.close()
        raise
