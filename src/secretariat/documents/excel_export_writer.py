"""Write the exchange workbook (template, export, errors) from plain rows, streamed.

Every data sheet follows :mod:`secretariat.domain.excel_format`: one header row
(required columns marked ``*``, each header with its help as a comment),
frozen under the header, with a filter, and a drop-down list on every column
with a fixed set of values (enumerations, yes/no, countries, stages). The
drop-downs read a hidden sheet of choice lists. An instructions sheet in
Indonesian and English comes first.

Rows are plain tuples in the column order of their sheet, holding the values
of the domain: enumeration codes, ISO country codes, stage and sector codes,
``date``/``time``, ``Decimal``/``int`` amounts, ``bool``. This module turns
them into what a clerk reads: labels in the chosen language, country and stage
names, Excel dates. The import reads all of these back, so an export imports
into an empty database as the same records.

The workbook is written in openpyxl's write-only mode, row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import partial
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from secretariat.documents import xlsx_styles as st
from secretariat.documents.write_only import sheets_closed_on_failure
from secretariat.domain import excel_format as fmt
from secretariat.domain.excel_format import Column, ColumnKind, RejectedSheet, SheetSpec
from secretariat.domain.labels import as_language, label
from secretariat.domain.parsing import country_index, enum_choices
from secretariat.domain.sectors import DEFAULT_SECTORS
from secretariat.domain.stages import DEFAULT_STAGES

__all__ = ["Choices", "RejectedSheet", "write_errors_workbook", "write_register"]

Progress = Callable[[int, int, str], None]
LAST_ROW = 1_048_576
TIME_FORMAT = "hh:mm"
REQUIRED_MARK = " *"
REQUIRED_STYLE = "Sekretariat Kepala Tabel Wajib"
TIME_STYLE = "Sekretariat Jam"
INSTRUCTION_STYLE = "Sekretariat Petunjuk"
_FLOAT_DIGITS = 15  # a decimal with more significant digits is written as text, so no digit is lost


@dataclass(frozen=True)
class Choices:
    """The office's own lists: stages and fields of cooperation as (code, name_id, name_en)."""

    stages: tuple[tuple[str, str, str], ...] = tuple((s.code, s.name_id, s.name_en) for s in DEFAULT_STAGES)
    sectors: tuple[tuple[str, str, str], ...] = DEFAULT_SECTORS

    def stage_name(self, code: str, language: str) -> str:
        for stage_code, name_id, name_en in self.stages:
            if stage_code == code:
                return name_id if language == "id" else name_en
        return code

    def sector_name(self, code: str, language: str) -> str:
        for sector_code, name_id, name_en in self.sectors:
            if sector_code == code:
                return name_id if language == "id" else name_en
        return code


# --- values ---------------------------------------------------------------------------------------------


def _yes_no(value: bool, language: str) -> str:
    if language == "id":
        return "Ya" if value else "Tidak"
    return "Yes" if value else "No"


def _number(value: Decimal | int | float) -> object:
    """A number Excel holds exactly, else its exact text (more digits than a double keeps)."""
    if isinstance(value, int | float):
        return value
    if value == value.to_integral_value() and abs(value) < 10**_FLOAT_DIGITS:
        return int(value)
    if len(value.normalize().as_tuple().digits) <= _FLOAT_DIGITS:
        return float(value)
    return format(value, "f")


def _enum_label(column: Column, value: object, language: str) -> object:
    if column.enum is None:
        return value
    if isinstance(value, StrEnum):
        member = value
    elif isinstance(value, str):
        try:
            member = column.enum(value)
        except ValueError:
            return value
    else:
        return value  # a number or a date is no member of a text enumeration
    return label(member, as_language(language))


def display_value(column: Column, value: object, language: str, choices: Choices) -> object:
    """The cell value a clerk sees for a domain value of ``column``."""
    if value is None or value == "":
        return None
    kind = column.kind
    if kind is ColumnKind.ENUM:
        return _enum_label(column, value, language)
    if kind is ColumnKind.BOOLEAN and isinstance(value, bool):
        return _yes_no(value, language)
    if kind is ColumnKind.COUNTRY and isinstance(value, str):
        return country_index().name(value, language)
    if kind is ColumnKind.STAGE and isinstance(value, str):
        return choices.stage_name(value, language)
    if kind is ColumnKind.SECTORS:
        codes = value if isinstance(value, list | tuple) else [c.strip() for c in str(value).split(";")]
        return "; ".join(choices.sector_name(code, language) for code in codes if code) or None
    if (
        kind in (ColumnKind.AMOUNT, ColumnKind.DECIMAL, ColumnKind.INTEGER, ColumnKind.INFO)
        and isinstance(value, Decimal | int | float)
        and not isinstance(value, bool)
    ):
        return _number(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


def _converters(
    spec: SheetSpec, language: str, choices: Choices, styled: Callable[[object], object]
) -> list[Callable[[object], object] | None]:
    """Per column, how a domain value becomes a cell (None: written as it is), decided once per sheet."""
    found: list[Callable[[object], object] | None] = []
    for column in spec.columns:
        if column.kind in (
            ColumnKind.TEXT,
            ColumnKind.GID,
            ColumnKind.REFERENCE,
            ColumnKind.REFERENCES,
            ColumnKind.CURRENCY,
            ColumnKind.INDICATORS,
        ):
            found.append(None)
        elif column.kind is ColumnKind.ENUM and column.enum is not None:
            labels = {m.value: label(m, as_language(language)) for m in column.enum}
            found.append(partial(_enum_cell, labels, column, language, choices))
        elif column.kind in (ColumnKind.DATE, ColumnKind.TIME):
            found.append(styled)
        else:
            found.append(partial(_styled_cell, styled, column, language, choices))
    return found


def _enum_cell(labels: Mapping[str, str], column: Column, language: str, choices: Choices, value: object) -> object:
    """An enumeration cell: the member's label, read from ``labels`` made once per sheet."""
    code = value.value if isinstance(value, StrEnum) else value
    return (labels.get(code) if isinstance(code, str) else None) or display_value(column, value, language, choices)


def _styled_cell(
    styled: Callable[[object], object], column: Column, language: str, choices: Choices, value: object
) -> object:
    return styled(display_value(column, value, language, choices))


# --- styles and choice lists ---------------------------------------------------------------------------


def _register_styles(workbook: Workbook) -> st.StyleBook:
    book = st.StyleBook(workbook)
    base = st._base_styles_by_name()
    header = base[st.HEADER]
    names = set(workbook.named_styles)
    if REQUIRED_STYLE not in names:
        workbook.add_named_style(
            NamedStyle(
                REQUIRED_STYLE,
                font=Font(name=st.FONT_NAME, size=10, bold=True),
                border=header.border,
                fill=PatternFill("solid", fgColor="F8CBAD"),
                alignment=header.alignment,
            )
        )
    if TIME_STYLE not in names:
        date_style = base[st.DATE]
        workbook.add_named_style(
            NamedStyle(
                TIME_STYLE,
                font=date_style.font,
                border=date_style.border,
                alignment=date_style.alignment,
                number_format=TIME_FORMAT,
            )
        )
    if INSTRUCTION_STYLE not in names:
        workbook.add_named_style(
            NamedStyle(
                INSTRUCTION_STYLE,
                font=Font(name=st.FONT_NAME, size=10),
                alignment=Alignment(vertical="top", wrap_text=True),
            )
        )
    return book


def _choice_list(column: Column, language: str, choices: Choices) -> list[str] | None:
    if column.kind is ColumnKind.ENUM and column.enum is not None:
        return enum_choices(column.enum, language)
    if column.kind is ColumnKind.BOOLEAN:
        return [_yes_no(True, language), _yes_no(False, language)]
    if column.kind is ColumnKind.COUNTRY:
        index = country_index()
        return sorted({index.name(code, language) for code in index.names_en}, key=str.casefold)
    if column.kind is ColumnKind.STAGE:
        return [name_id if language == "id" else name_en for _code, name_id, name_en in choices.stages]
    return None


class _Lists:
    """The hidden sheet of choice lists: one column per distinct list."""

    def __init__(self) -> None:
        self.columns: list[tuple[str, list[str]]] = []

    def reference(self, title: str, values: list[str], sheet_title: str) -> str:
        for index, (_existing_title, existing) in enumerate(self.columns, start=1):
            if existing == values:
                return self._range(index, len(values), sheet_title)
        self.columns.append((title, values))
        return self._range(len(self.columns), len(values), sheet_title)

    @staticmethod
    def _range(index: int, count: int, sheet_title: str) -> str:
        letter = get_column_letter(index)
        return f"'{sheet_title}'!${letter}$2:${letter}${count + 1}"

    def write(self, workbook: Workbook, title: str, book: st.StyleBook) -> None:
        ws = workbook.create_sheet(title)
        ws.sheet_state = "hidden"
        longest = max((len(values) for _t, values in self.columns), default=0)
        ws.append([book.cell(ws, t, st.HEADER) for t, _values in self.columns])
        for row in range(longest):
            ws.append([st.text_safe(ws, values[row]) if row < len(values) else None for _t, values in self.columns])


# --- sheets ---------------------------------------------------------------------------------------------


def _help(column: Column, language: str) -> str:
    parts = [column.help_id if language == "id" else column.help_en]
    if column.required:
        parts.append("Wajib diisi." if language == "id" else "Required.")
    return " ".join(p for p in parts if p)


def _header_cells(ws: object, spec: SheetSpec, language: str, book: st.StyleBook) -> list[Cell]:
    cells = []
    for column in spec.columns:
        text = column.header(language) + (REQUIRED_MARK if column.required else "")
        cell = book.cell(ws, text, REQUIRED_STYLE if column.required else st.HEADER)
        help_text = _help(column, language)
        if help_text:
            cell.comment = Comment(help_text, "Secretariat", width=260, height=110)
        cells.append(cell)
    return cells


def _data_sheet(
    workbook: Workbook,
    spec: SheetSpec,
    rows: Iterable[Sequence[object]],
    language: str,
    choices: Choices,
    book: st.StyleBook,
    lists: _Lists,
    lists_title: str,
    progress: Progress | None,
    written_before: int,
) -> int:
    ws = workbook.create_sheet(spec.name(language))
    for index, column in enumerate(spec.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        values = _choice_list(column, language, choices)
        if values:
            letter = get_column_letter(index)
            validation = DataValidation(
                type="list",
                formula1=lists.reference(column.header(language), values, lists_title),
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="Pilihan / Choice",
                error=(
                    "Pilih dari daftar (kode juga diterima)."
                    if language == "id"
                    else "Choose from the list (codes are accepted too)."
                ),
            )
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            ws.data_validations.append(validation)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}1"
    ws.append(_header_cells(ws, spec, language, book))
    date_array = book.array(st.DATE)
    time_array = book.array(TIME_STYLE)
    width = len(spec.columns)

    def styled(value: object) -> object:
        if isinstance(value, datetime | date):
            return Cell(ws, row=1, column=1, value=value, style_array=date_array)
        if isinstance(value, time):
            return Cell(ws, row=1, column=1, value=value, style_array=time_array)
        return value

    converters = _converters(spec, language, choices, styled)
    count = 0
    for row in rows:
        if len(row) != width:
            raise ValueError(f"a row of {spec.key} has {len(row)} values for {width} columns")
        ws.append(
            [
                st.text_safe(ws, value if convert is None or value is None else convert(value))
                for convert, value in zip(converters, row, strict=True)
            ]
        )
        count += 1
        if progress is not None and count % 2000 == 0:
            progress(written_before + count, 0, spec.name(language))
    return count


def _instructions(workbook: Workbook, language: str, book: st.StyleBook, choices: Choices) -> None:
    ws = workbook.create_sheet(fmt.INSTRUCTIONS_SHEET[0 if language == "id" else 1])
    widths = (24, 30, 30, 10, 60, 60)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.append([book.cell(ws, "Petunjuk pengisian / Instructions", st.TITLE_LEFT)])
    general = (
        (
            "Setiap lembar memuat satu jenis data; lembar dan kolom boleh sebagian saja dan urutannya bebas.",
            "Each sheet holds one kind of record; any subset of sheets and columns, in any order, may be given.",
        ),
        (
            "Nama lembar dan judul kolom boleh dalam bahasa Indonesia atau Inggris. Kolom bertanda * wajib diisi.",
            "Sheet names and column headers may be in Indonesian or English. Columns marked * are required.",
        ),
        (
            "Tanggal: tanggal Excel atau teks 31/12/2026, 31 Desember 2026, 31 Dec 2026, 2026-12-31 (hari lebih dulu).",
            "Dates: Excel dates or text 31/12/2026, 31 Desember 2026, 31 Dec 2026, 2026-12-31 (day first).",
        ),
        (
            "Angka: 1.234.567,50 atau 1,234,567.50. Satu pemisah diikuti tepat tiga angka dibaca cara Indonesia: "
            "1.234 = seribu dua ratus tiga puluh empat; 1,234 = satu koma dua tiga empat.",
            "Numbers: 1.234.567,50 or 1,234,567.50. A single separator followed by exactly three digits is read "
            "the Indonesian way: 1.234 = one thousand two hundred thirty-four; 1,234 = one point two three four.",
        ),
        (
            "Negara: nama dalam bahasa Indonesia atau Inggris, atau kode ISO (JP, JPN).",
            "Countries: the name in Indonesian or English, or the ISO code (JP, JPN).",
        ),
        (
            "Pilihan (jenis, status, peran, ...): pilih dari daftar; kode atau label Inggris juga diterima.",
            "Choices (kind, status, role, ...): pick from the list; codes and English labels are accepted too.",
        ),
        (
            "Data yang sudah ada (ID global, kode atau nomor yang sama) diperbarui, tidak digandakan. "
            "Kolom yang tidak ada di lembar tidak mengubah data yang ada.",
            "Existing records (same global id, code or number) are updated, never duplicated. "
            "A column left out of a sheet leaves that field of existing records unchanged.",
        ),
        (
            "Baris contoh diawali CONTOH: hapus sebelum mengimpor data sungguhan.",
            "Example rows start with CONTOH (example): delete them before importing real data.",
        ),
        (
            "Bila ada baris yang ditolak, secara bawaan tidak ada yang disimpan. Pilihan 'hanya baris yang benar' "
            "menyimpan sisanya dan menulis baris yang ditolak ke berkas galat dengan kolom alasan.",
            "When any row is rejected nothing is saved by default. The 'valid rows only' choice saves the rest and "
            "writes the rejected rows to an errors workbook with a reason column.",
        ),
    )
    ws.append([])
    for text_id, text_en in general:
        ws.append(
            [
                book.cell(ws, text_id, INSTRUCTION_STYLE),
                None,
                None,
                None,
                None,
                book.cell(ws, text_en, INSTRUCTION_STYLE),
            ]
        )
    for spec in fmt.SHEETS:
        ws.append([])
        ws.append([book.cell(ws, f"{spec.name_id} / {spec.name_en}", st.SUBTITLE_LEFT)])
        if spec.help_id:
            ws.append(
                [
                    book.cell(ws, spec.help_id, INSTRUCTION_STYLE),
                    None,
                    None,
                    None,
                    None,
                    book.cell(ws, spec.help_en, INSTRUCTION_STYLE),
                ]
            )
        ws.append(
            [
                book.cell(ws, "Pencocokan dengan data yang ada: " + spec.identity_id, INSTRUCTION_STYLE),
                None,
                None,
                None,
                None,
                book.cell(ws, "Matching existing records: " + spec.identity_en, INSTRUCTION_STYLE),
            ]
        )
        ws.append(
            [
                book.cell(ws, text, st.HEADER)
                for text in ("Lembar / Sheet", "Kolom", "Column", "Wajib / Required", "Keterangan", "Notes")
            ]
        )
        for column in spec.columns:
            values = _choice_list(column, "id", choices)
            values_en = _choice_list(column, "en", choices)
            note_id = column.help_id
            note_en = column.help_en
            if values and column.kind is not ColumnKind.COUNTRY:
                note_id = (note_id + " Pilihan: " + ", ".join(values)).strip()
                note_en = (note_en + " Choices: " + ", ".join(values_en or [])).strip()
            ws.append(
                [
                    book.cell(ws, spec.name(language), st.TEXT),
                    book.cell(ws, column.header_id, st.TEXT),
                    book.cell(ws, column.header_en, st.TEXT),
                    book.cell(ws, ("Ya / Yes" if column.required else ""), st.CENTER),
                    book.cell(ws, note_id, st.TEXT_WRAP),
                    book.cell(ws, note_en, st.TEXT_WRAP),
                ]
            )


def write_register(
    path: str | Path,
    sheets: Mapping[str, Iterable[Sequence[object]]],
    *,
    language: str = "id",
    choices: Choices | None = None,
    progress: Progress | None = None,
    only: Iterable[str] | None = None,
) -> dict[str, int]:
    """Write the exchange workbook; return the number of rows written per sheet key.

    ``sheets`` maps sheet keys to rows; every sheet of the format is written (a missing one with its
    header only) unless ``only`` names the sheets to write.
    """
    choices = choices or Choices()
    wanted = set(only) if only is not None else None
    workbook = Workbook(write_only=True)
    with sheets_closed_on_failure(workbook):
        book = _register_styles(workbook)
        _instructions(workbook, language, book, choices)
        lists = _Lists()
        lists_title = fmt.LISTS_SHEET[0 if language == "id" else 1]
        counts: dict[str, int] = {}
        total = 0
        for spec in fmt.SHEETS:
            if wanted is not None and spec.key not in wanted:
                continue
            counts[spec.key] = _data_sheet(
                workbook, spec, sheets.get(spec.key, ()), language, choices, book, lists, lists_title, progress, total
            )
            total += counts[spec.key]
            if progress is not None:
                progress(total, 0, spec.name(language))
        lists.write(workbook, lists_title, book)
        target = Path(path)
        partial = target.with_name(target.name + ".part")
        workbook.save(partial)
    partial.replace(target)
    return counts


def write_errors_workbook(path: str | Path, sheets: Iterable[RejectedSheet], *, language: str = "id") -> int:
    """The rejected rows, sheet by sheet, as they were in the file plus a reason column; returns the row count.

    Correct the rows and import this workbook again: the reason column is ignored.
    """
    workbook = Workbook(write_only=True)
    book = _register_styles(workbook)
    reason_header = fmt.ERRORS_COLUMN[0 if language == "id" else 1]
    date_array = book.array(st.DATE)
    time_array = book.array(TIME_STYLE)
    count = 0
    for rejected in sheets:
        ws = workbook.create_sheet(rejected.name[:31])
        widths = [18.0] * len(rejected.headers) + [60.0]
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        ws.append(
            [book.cell(ws, header, st.HEADER) for header in rejected.headers]
            + [book.cell(ws, reason_header, REQUIRED_STYLE)]
        )
        for _row_number, cells, reason in rejected.rows:
            values: list[object] = []
            for value in cells:
                if isinstance(value, datetime | date):
                    values.append(Cell(ws, row=1, column=1, value=value, style_array=date_array))
                elif isinstance(value, time):
                    values.append(Cell(ws, row=1, column=1, value=value, style_array=time_array))
                else:
                    values.append(st.text_safe(ws, value))
            values += [None] * (len(rejected.headers) - len(values))
            values.append(book.cell(ws, reason, st.TEXT_WRAP))
            ws.append(values)
            count += 1
    if not workbook.worksheets:
        workbook.create_sheet(fmt.INSTRUCTIONS_SHEET[0 if language == "id" else 1])
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    workbook.save(partial)
    partial.replace(target)
    return count
