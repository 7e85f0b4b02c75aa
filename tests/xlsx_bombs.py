"""Workbooks that are small on disk and enormous once read: the memory bombs of issue 11.

Each is a valid .xlsx package (content types, workbook, a sheet named like the partners sheet with
its header row) written part by part with zipfile, so a test can build it in seconds:

- :func:`far_cell`: one value at cell ZZZZZZ2 (a reader that makes a list as wide as the reference
  needs gigabytes);
- :func:`many_strings`: 20 million shared strings (an 875 KB file in the issue);
- :func:`many_rows`: 1,048,575 rows (a full Excel sheet).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_NAME = "Mitra"
HEADERS = ("Kode", "Nama", "Jenis", "Negara")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    f'<sheets><sheet name="{SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


def _inline(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    cells = "".join(_inline(f"{chr(65 + i)}1", header) for i, header in enumerate(HEADERS))
    return f'<row r="1">{cells}</row>'


def _write(
    path: Path, sheet_parts: Iterable[str], strings_parts: Iterable[str] = ('<sst xmlns="' + MAIN + '"/>',)
) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            for part in sheet_parts:
                stream.write(part.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            for part in strings_parts:
                stream.write(part.encode())
    return path


def _sheet(body: Iterable[str], dimension: str | None = None) -> Iterator[str]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield _header_row()
    yield from body
    yield "</sheetData></worksheet>"


def far_cell(path: Path, *, declared: bool = False) -> Path:
    """One value at ZZZZZZ2 (with ``declared``, the sheet also declares that size)."""
    row = f'<row r="2">{_inline("A2", "BOMB-1")}{_inline("ZZZZZZ2", "far away")}</row>'
    return _write(path, _sheet([row], "A1:ZZZZZZ2" if declared else None))


def many_strings(path: Path, count: int = 20_000_000, *, declare: bool = False) -> Path:
    """``count`` shared strings (the count undeclared unless ``declare``), one row using the first."""

    def strings() -> Iterator[str]:
        declared = f' count="{count}" uniqueCount="{count}"' if declare else ""
        yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}"{declared}>'
        block = "<si><t>x</t></si>" * 10_000
        for _ in range(count // 10_000):
            yield block
        yield "<si><t>x</t></si>" * (count % 10_000)
        yield "</sst>"

    row = '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
    return _write(path, _sheet([row]), strings())


def many_rows(path: Path, count: int = 1_048_575) -> Path:
    """``count`` data rows below the header (1,048,575: every row of an Excel sheet)."""

    def rows() -> Iterator[str]:
        for start in range(2, count + 2, 10_000):
            yield "".join(
                f'<row r="{n}">{_inline(f"A{n}", f"P{n}")}{_inline(f"B{n}", "Nama")}</row>'
                for n in range(start, min(start + 10_000, count + 2))
            )

    return _write(path, _sheet(rows()))
