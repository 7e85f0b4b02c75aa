"""The exchange workbook's format as data, the template and export writer, and the streaming reader."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from excel_testing import sheet_values
from secretariat.documents.excel_export_writer import Choices, display_value, write_errors_workbook
from secretariat.documents.excel_template import example_rows, write_template
from secretariat.domain import excel_format as fmt
from secretariat.domain.excel_format import ColumnKind, RejectedSheet
from secretariat.domain.labels import label
from secretariat.services.xlsx_reader import XlsxReader


def test_the_format_is_consistent() -> None:
    keys = {spec.key for spec in fmt.SHEETS}
    for spec in fmt.SHEETS:
        assert len(spec.name_id) <= 31 and len(spec.name_en) <= 31
        assert fmt.find_sheet(spec.name_id) is spec and fmt.find_sheet(spec.name_en.upper()) is spec
        assert len({c.key for c in spec.columns}) == len(spec.columns)
        for column in spec.columns:
            for header in (column.header_id, column.header_en, column.header_id + " *", column.key):
                assert spec.find_column(header) is column, (spec.key, header)
            if column.kind in (ColumnKind.REFERENCE, ColumnKind.REFERENCES):
                assert column.target in keys
            assert (column.kind is ColumnKind.ENUM) == (column.enum is not None)
        for example in spec.examples:
            assert set(example) <= set(spec.keys), spec.key
        has_gid = "gid" in spec.keys
        assert has_gid == (spec.key not in ("partner_conditions", "assessments"))  # their rows have no global id
    # A sheet only refers to sheets written before it (agreements also to agreements).
    order = [spec.key for spec in fmt.SHEETS]
    for spec in fmt.SHEETS:
        for column in spec.columns:
            if column.target:
                assert order.index(column.target) <= order.index(spec.key), (spec.key, column.key)


def test_budget_line_keys() -> None:
    key = fmt.budget_line_key(2026, "5.1.02.04.02.0001", "Perjalanan | dinas")
    assert key == "2026 | 5.1.02.04.02.0001 | Perjalanan | dinas"
    assert fmt.split_budget_line_key(key) == ("2026", "5.1.02.04.02.0001", "Perjalanan | dinas")
    assert fmt.split_budget_line_key("0b9c2f3e-1111-4a4a-8888-123456789abc") is None


def test_template_has_instructions_headers_dropdowns_and_examples(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    counts = write_template(path, language="id")
    assert counts == {spec.key: len(spec.examples) for spec in fmt.SHEETS}
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Petunjuk" and workbook.sheetnames[-1] == "Daftar Pilihan"
    assert workbook["Daftar Pilihan"].sheet_state == "hidden"
    instructions = " ".join(str(c.value) for row in workbook["Petunjuk"].iter_rows() for c in row if c.value)
    assert "31 Desember 2026" in instructions and "31 Dec 2026" in instructions
    assert "1.234 = seribu" in instructions and "one thousand two hundred" in instructions

    partners = workbook["Mitra"]
    headers = [c.value for c in partners[1]]
    assert headers[:3] == ["ID global", "Kode mitra *", "Nama *"]
    assert "Wajib diisi" in partners["B1"].comment.text
    assert partners.freeze_panes == "A2"
    validations = {str(v.sqref): v.formula1 for v in partners.data_validations.dataValidation}
    kind_column = headers.index("Jenis mitra *") + 1
    letter = partners.cell(1, kind_column).column_letter
    formula = validations[f"{letter}2:{letter}1048576"]
    sheet_name, cells = formula.split("!")
    lists = workbook["Daftar Pilihan"]
    column_letter = cells.split(":")[0].strip("$")[0]
    offered = [lists[f"{column_letter}{row}"].value for row in range(2, 2 + 7)]
    assert offered == [label(m, "id") for m in fmt.sheet("partners").column("kind").enum]  # type: ignore[union-attr]
    assert sheet_name == "'Daftar Pilihan'"
    assert partners["B2"].value == "CONTOH-JP-OSAKA" and partners["G2"].value == "Jepang"
    assert isinstance(workbook["Delegasi"]["G2"].value, datetime)  # dates are Excel dates
    assert workbook["Delegasi"]["G2"].number_format == "dd/mm/yyyy"


def test_english_template(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, language="en")
    values = sheet_values(path)
    assert next(iter(values)) == "Instructions" and "Partners" in values
    assert values["Partners"][0][1] == "Partner code *"
    assert values["Partners"][1][4] == "Foreign regional government"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1250.50"), 1250.5),
        (Decimal("250000000"), 250000000),
        (Decimal("16250.1234567890123456"), "16250.1234567890123456"),  # more digits than a double keeps: text
        (7, 7),
    ],
)
def test_numbers_are_written_exactly(value: Decimal, shown: object) -> None:
    column = fmt.sheet("transactions").column("rate_to_idr")
    assert display_value(column, value, "id", Choices()) == shown


def test_codes_become_labels_and_names() -> None:
    choices = Choices()
    agreements = fmt.sheet("agreements")
    assert display_value(agreements.column("kind"), "ksdpl", "en", choices) == "KSDPL (foreign regional government)"
    assert display_value(agreements.column("stage"), "signed", "id", choices) == "Penandatanganan"
    assert display_value(agreements.column("sectors"), ["education", "tourism"], "en", choices) == "Education; Tourism"
    officials = fmt.sheet("officials")
    assert display_value(officials.column("active"), False, "id", choices) == "Tidak"
    partners = fmt.sheet("partners")
    assert display_value(partners.column("country"), "KR", "id", choices) == "Korea Selatan"


def test_example_rows_are_typed() -> None:
    (row,) = example_rows(fmt.sheet("transactions"))
    spec = fmt.sheet("transactions")
    values = dict(zip(spec.keys, row, strict=True))
    assert values["occurred_on"] == date(2026, 10, 20)
    assert values["amount"] == Decimal("1250.50") and values["rate_to_idr"] == Decimal("16250")


def test_errors_workbook_keeps_the_cells_and_adds_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    rejected = RejectedSheet(
        "Kontak",
        ("Kode mitra", "Nama", "Paspor berlaku sampai"),
        ((3, ("JP-X", "Tanaka", datetime(2030, 1, 31)), "A (Kode mitra): tidak ada mitra"),),
    )
    assert write_errors_workbook(path, [rejected], language="id") == 1
    values = sheet_values(path)["Kontak"]
    assert values == [
        ("Kode mitra", "Nama", "Paspor berlaku sampai", "Alasan penolakan"),
        ("JP-X", "Tanaka", datetime(2030, 1, 31), "A (Kode mitra): tidak ada mitra"),
    ]
    assert fmt.is_errors_column("Reason rejected") and fmt.is_errors_column("alasan penolakan")


# --- the streaming reader -------------------------------------------------------------------------------------

_SHARED = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"/>',
    "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<workbookPr date1904="1"/><sheets><sheet name="Mitra" sheetId="1" r:id="rId1"/>'
    '<sheet name="Tersembunyi" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/>'
    '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml" Type="x"/>'
    "</Relationships>",
    "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>Kode mitra</t></si><si><r><t>Osaka </t></r><r><t>Pref</t></r>"
    "<rPh><t>オオサカ</t></rPh></si></sst>",
    "xl/styles.xml": '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
    '<row r="3"><c r="A3" s="1"><v>45291</v></c><c r="B3" t="e"><v>#REF!</v></c>'
    '<c r="C3" t="b"><v>1</v></c><c r="D3"><v>12.5</v></c><c r="E3" s="2"><v>0.5</v></c>'
    '<c r="F3" t="str"><v>formula text</v></c><c r="G3"><v>3</v></c></row>'
    "</sheetData></worksheet>",
    "xl/worksheets/sheet2.xml": '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData/></worksheet>",
}


def test_reader_handles_shared_strings_1904_dates_errors_and_gaps(tmp_path: Path) -> None:
    path = tmp_path / "excel-made.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in _SHARED.items():
            archive.writestr(name, text)
    with XlsxReader(path) as reader:
        assert [(s.title, s.state) for s in reader.sheets] == [("Mitra", "visible"), ("Tersembunyi", "hidden")]
        rows = list(reader.rows(reader.sheets[0]))
    assert rows[0] == (1, ("Kode mitra", None, "Osaka Pref"))
    number, values = rows[1]
    assert number == 3
    assert values[0] == datetime(2028, 1, 1)  # serial 45291 in the 1904 date system
    assert values[1:] == ("#REF!", True, 12.5, time(12, 0), "formula text", 3)


def test_reader_agrees_with_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "normal.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["teks", 1, 2.5, True, datetime(2026, 12, 31), None, "=1+1", "#N/A"])
    sheet.append([None, None, "  spasi  "])
    sheet["C5"] = date(2026, 1, 2)
    workbook.save(path)
    expected = load_workbook(path, read_only=True, data_only=True)  # a formula without a result: empty
    try:
        theirs = [tuple(r) for r in expected["Data"].iter_rows(values_only=True)]
    finally:
        expected.close()
    with XlsxReader(path) as reader:
        mine = [values for _number, values in reader.rows(reader.sheets[0])]
    width = max(len(r) for r in theirs)
    pad = [tuple(list(r) + [None] * (width - len(r))) for r in mine]
    assert pad == [tuple(list(r) + [None] * (width - len(r))) for r in theirs if any(v is not None for v in r)]


def test_the_documentation_lists_every_sheet_and_column() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "excel-format.md").read_text(encoding="utf-8")
    for spec in fmt.SHEETS:
        assert f"### {spec.name_id} / {spec.name_en}" in text
        for column in spec.columns:
            assert f"| {column.header_id} | {column.header_en} | `{column.key}` |" in text, (spec.key, column.key)
