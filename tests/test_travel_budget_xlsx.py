"""The travel budget (RAB) workbook: live formulas whose recalculated values equal the program's totals."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

import recalc
from secretariat.documents import xlsx_styles as st
from secretariat.documents.travel_budget_xlsx import (
    COL_AMOUNT,
    COL_CURRENCY,
    COL_IDR,
    COL_KIND,
    COL_QUANTITY,
    COL_RATE,
    COL_UNIT_AMOUNT,
    OTHER_ROWS,
    SHEET,
    rate_name,
    total_name,
    write_travel_budget,
)
from secretariat.domain.enums import Grade, MemberRole
from secretariat.domain.errors import ValidationError
from secretariat.domain.travel_budget import (
    CostItem,
    CostKind,
    ExchangeRate,
    TravelBudget,
    TravelMember,
    cost_kind_label,
)
from secretariat.domain.workbooks import Signatory

# PMK 49/2023 per-diem rates for the United States, grades A to D (USD per day).
US_PER_DIEM = {Grade.A: Decimal("659"), Grade.B: Decimal("563"), Grade.C: Decimal("505"), Grade.D: Decimal("447")}


def delegation(
    members: int = 10,
    days: int = 14,
    *,
    rates: tuple[ExchangeRate, ...] | None = None,
    extra: tuple[CostItem, ...] = (),
) -> TravelBudget:
    """A delegation to the United States: per diem by grade, fares, visas and insurance in rupiah."""
    roles = [MemberRole.HEAD, MemberRole.DEPUTY] + [MemberRole.MEMBER] * max(members - 3, 0) + [MemberRole.INTERPRETER]
    people = []
    for index in range(members):
        grade = list(Grade)[min(index, 3)]
        costs = (
            CostItem(CostKind.PER_DIEM, Decimal(days), US_PER_DIEM[grade], "USD"),
            CostItem(CostKind.AIR_FARE, Decimal(1), Decimal("2345.55"), "USD"),
            CostItem(CostKind.VISA, Decimal(1), Decimal("185"), "USD"),
            CostItem(CostKind.INSURANCE, Decimal(1), Decimal("1250000"), "IDR"),
            CostItem(CostKind.LOCAL_TRANSPORT, Decimal(days), Decimal("35.25"), "USD"),
        ) + (extra if index == 0 else ())
        people.append(
            TravelMember(f"Member {index + 1:02d}", f"Staff position {index + 1}", grade, roles[index], costs)
        )
    return TravelBudget(
        region_name="Pemerintah Provinsi Jawa Barat",
        delegation_code="DL-2026-007",
        purpose="Penandatanganan MoU sister province",
        country_name_id="Amerika Serikat",
        country_name_en="United States",
        cities="Washington DC, New York",
        departure_on=date(2026, 3, 2),
        return_on=date(2026, 3, 1 + days),
        account_code="5.1.02.04.02.0001",
        account_description="Belanja Perjalanan Dinas Biasa - Luar Negeri",
        rates=rates or (ExchangeRate("USD", Decimal("16325.50"), date(2026, 2, 20), "Bank Indonesia JISDOR"),),
        members=tuple(people),
        prepared_by=Signatory("Siti Rahmawati", "Kepala Bagian Kerja Sama", "197001011995032001"),
        approved_by=Signatory("Bambang Sutrisno", "Kepala Biro Pemerintahan", None),
        place="Bandung",
        prepared_on=date(2026, 2, 21),
    )


def with_member_cost(data: TravelBudget, member: int, item: int, **changes: object) -> TravelBudget:
    members = list(data.members)
    costs = list(members[member].costs)
    costs[item] = dataclasses.replace(costs[item], **changes)
    members[member] = dataclasses.replace(members[member], costs=tuple(costs))
    return dataclasses.replace(data, members=tuple(members))


# --- The program's own figures ---------------------------------------------------------------------


def test_each_row_is_converted_then_rounded_half_up_to_whole_rupiah() -> None:
    rate = ExchangeRate("USD", Decimal("16325.50"), date(2026, 2, 20), "JISDOR")
    data = dataclasses.replace(
        delegation(members=1),
        rates=(rate,),
        members=(
            TravelMember(
                "A",
                "B",
                Grade.A,
                MemberRole.HEAD,
                (
                    CostItem(CostKind.VISA, Decimal(1), Decimal("1"), "USD"),  # 16,325.5 -> 16,326
                    CostItem(CostKind.OTHER, Decimal(3), Decimal("0.01"), "USD"),  # 489.765 -> 490
                    CostItem(CostKind.PER_DIEM, Decimal(14), Decimal("659"), "USD"),  # 150,619,063 exactly
                    CostItem(CostKind.SOUVENIRS, Decimal(2), Decimal("750000"), "IDR"),
                ),
            ),
        ),
    )
    totals = data.totals()
    assert totals.item_idr == ((16326, 490, 150_619_063, 1_500_000),)
    assert totals.idr == 16326 + 490 + 150_619_063 + 1_500_000
    assert totals.foreign == {"USD": Decimal("1") + Decimal("0.03") + Decimal("9226")}
    assert totals.by_kind_idr[CostKind.SOUVENIRS] == 1_500_000
    assert CostKind.SOUVENIRS not in totals.by_kind_foreign  # rupiah items have no foreign amount


def test_totals_add_up_by_member_and_by_kind() -> None:
    totals = delegation().totals()
    assert sum(m.idr for m in totals.by_member) == totals.idr == sum(totals.by_kind_idr.values())
    assert sum(m.foreign["USD"] for m in totals.by_member) == totals.foreign["USD"]
    # head (grade A): 14 x 659 + 2345.55 + 185 + 14 x 35.25 USD
    assert totals.by_member[0].foreign == {"USD": Decimal("9226") + Decimal("2345.55") + 185 + Decimal("493.50")}


def test_bad_input_is_refused_naming_the_field() -> None:
    data = delegation(members=2, extra=(CostItem(CostKind.VISA, Decimal(1), Decimal(80), "EUR"),))
    with pytest.raises(ValidationError) as caught:
        write_travel_budget(dataclasses.replace(data, return_on=date(2026, 3, 1)), io.BytesIO())
    message = str(caught.value)
    assert "no exchange rate is given for EUR" in message
    assert "Member 1 (Member 01) item 6" in message
    # Fields named by their labels, dates as the clerk writes them.
    assert "Return: 1 March 2026 is before “Departure” (2 March 2026)" in message
    assert "return_on" not in message


# --- The written workbook, without recalculation ---------------------------------------------------


def test_every_total_is_a_live_formula_over_the_quantity_and_rate_cells(tmp_path: Path) -> None:
    data = delegation(members=3, days=5)
    layout = write_travel_budget(data, tmp_path / "rab.xlsx")
    wb = load_workbook(tmp_path / "rab.xlsx")
    ws = wb[SHEET]
    rate_ref = layout.rate_cells["USD"]
    assert ws[rate_ref].value == Decimal("16325.50") or ws[rate_ref].value == 16325.5
    assert wb.defined_names[rate_name("USD")].attr_text == f"'{SHEET}'!${rate_ref[0]}${rate_ref[1:]}"
    for member_rows, member in zip(layout.item_rows, data.members, strict=True):
        for row, item in zip(member_rows, member.costs, strict=True):
            assert ws[f"{COL_QUANTITY}{row}"].value == item.quantity
            assert ws[f"{COL_AMOUNT}{row}"].value == f"={COL_QUANTITY}{row}*{COL_UNIT_AMOUNT}{row}"
            assert ws[f"{COL_RATE}{row}"].value == (1 if item.currency == "IDR" else "=KURS_USD")
            assert ws[f"{COL_IDR}{row}"].value == f"=ROUND({COL_AMOUNT}{row}*{COL_RATE}{row},0)"
    first = layout.item_rows[0][0]
    assert ws[layout.total_cells["USD"]].value.startswith("=SUMIF(")
    assert '"USD"' in ws[layout.total_cells["USD"]].value
    for name in (total_name("IDR"), total_name("USD")):
        assert name in wb.defined_names
    member_row = layout.member_rows[1]
    a, b = layout.item_rows[1][0], layout.item_rows[1][-1]
    assert ws[f"{COL_IDR}{member_row}"].value == f"=SUM({COL_IDR}{a}:{COL_IDR}{b})"
    kind_row = layout.kind_rows[CostKind.PER_DIEM]
    assert ws[f"B{kind_row}"].value == cost_kind_label(CostKind.PER_DIEM)
    last = layout.added_rows_row
    assert ws[f"{COL_IDR}{kind_row}"].value == f"=SUMIFS($L${first}:$L${last},$E${first}:$E${last},$B{kind_row})"
    # the ranges end on the empty row above which added rows go
    assert ws[layout.total_cells["IDR"]].value == f"=SUM({COL_IDR}{first}:{COL_IDR}{layout.added_rows_row})"


def test_styles_formats_and_print_settings(tmp_path: Path) -> None:
    data = delegation(members=2)
    layout = write_travel_budget(data, tmp_path / "rab.xlsx")
    wb = load_workbook(tmp_path / "rab.xlsx")
    ws = wb[SHEET]
    for name in (st.TITLE, st.HEADER, st.RUPIAH, st.TOTAL_RUPIAH, st.RATE_INPUT, "Sekretariat USD"):
        assert name in wb.named_styles
    row = layout.item_rows[0][0]
    assert ws[f"{COL_IDR}{row}"].style == st.RUPIAH
    assert ws[f"{COL_IDR}{row}"].number_format == '[$-421]"Rp "#,##0;[Red][$-421]-"Rp "#,##0'
    assert ws[f"{COL_AMOUNT}{row}"].number_format == '[$-421]"USD "#,##0.00;[Red][$-421]-"USD "#,##0.00'
    assert ws[layout.total_cells["IDR"]].style == st.TOTAL_RUPIAH
    assert ws[layout.rate_cells["USD"]].style == st.RATE_INPUT
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == f"${layout.header_row}:${layout.header_row}"
    assert ws.freeze_panes == f"A{layout.header_row + 1}"
    assert "Jawa Barat" in ws.oddHeader.left.text


def test_header_and_signature_blocks_carry_the_delegation(tmp_path: Path) -> None:
    stream = io.BytesIO()
    data = delegation(members=4, days=14)
    write_travel_budget(data, stream)
    ws = load_workbook(io.BytesIO(stream.getvalue()))[SHEET]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    joined = "\n".join(texts)
    for expected in (
        "PEMERINTAH PROVINSI JAWA BARAT",
        "DL-2026-007",
        "Penandatanganan MoU sister province",
        "Amerika Serikat / United States",
        "Washington DC, New York",
        "5.1.02.04.02.0001 - Belanja Perjalanan Dinas Biasa - Luar Negeri",
        "Bank Indonesia JISDOR, 20 Februari 2026",
        "Bandung, 21 Februari 2026",
        "Disusun oleh / Prepared by",
        "Disetujui oleh / Approved by",
        "Siti Rahmawati",
        "NIP. 197001011995032001",
        "Bambang Sutrisno",
    ):
        assert expected in joined, expected
    # number of days is a formula on the departure and return cells; members count is the count
    days_cell = next(
        c
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=K") and c.value.endswith("+1")
    )
    assert days_cell.value == f"=K{days_cell.row - 1}-K{days_cell.row - 2}+1"
    assert ws[f"K{days_cell.row - 2}"].value.date() == date(2026, 3, 2)
    assert ws[f"K{days_cell.row - 1}"].value.date() == date(2026, 3, 15)
    assert ws[f"K{days_cell.row + 1}"].value == 4


# --- Recalculated by LibreOffice: what the clerk sees ----------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    return recalc.require_libreoffice()


def _idr(value: object) -> int:
    assert isinstance(value, (int, float)), value
    assert float(value) == round(float(value)), value
    return round(float(value))


def _usd(value: object) -> Decimal:
    assert isinstance(value, (int, float)), value
    return Decimal(repr(float(value))).quantize(Decimal("0.01"))


def test_recalculated_totals_equal_the_programs_for_ten_members_fourteen_days(tmp_path: Path, soffice: str) -> None:
    data = delegation(
        members=10,
        days=14,
        extra=(
            CostItem(CostKind.SOUVENIRS, Decimal(5), Decimal("750000"), "IDR"),
            CostItem(CostKind.OTHER, Decimal(1), Decimal("1"), "USD"),
        ),
    )  # a half-rupiah row
    layout = write_travel_budget(data, tmp_path / "rab.xlsx")
    totals = data.totals()
    wb = recalc.computed_workbook(tmp_path / "rab.xlsx")
    ws = wb[SHEET]
    assert _idr(recalc.named_value(wb, "TOTAL_IDR")) == totals.idr
    assert _usd(recalc.named_value(wb, "TOTAL_USD")) == totals.foreign["USD"]
    for member_rows, expected_rows in zip(layout.item_rows, totals.item_idr, strict=True):
        assert [_idr(ws[f"{COL_IDR}{row}"].value) for row in member_rows] == list(expected_rows)
    assert _idr(ws[f"{COL_IDR}{layout.item_rows[0][-1]}"].value) == 16326  # 1 USD x 16,325.50 rounds up
    usd_column = layout.recap_currency_columns["USD"]
    for row, member in zip(layout.member_rows, totals.by_member, strict=True):
        assert _idr(ws[f"{COL_IDR}{row}"].value) == member.idr
        assert _usd(ws[f"{usd_column}{row}"].value) == member.foreign["USD"]
    for kind, row in layout.kind_rows.items():
        assert _idr(ws[f"{COL_IDR}{row}"].value) == totals.by_kind_idr.get(kind, 0)
        assert _usd(ws[f"{usd_column}{row}"].value) == totals.by_kind_foreign.get(kind, {}).get("USD", 0)
    # the recap totals agree with the grand total
    assert _idr(ws[f"{COL_IDR}{layout.member_rows[-1] + 1}"].value) == totals.idr
    assert _idr(ws[f"{COL_IDR}{layout.other_kind_row}"].value) == 0  # no row of another name
    assert _idr(ws[f"{COL_IDR}{layout.other_kind_row + 1}"].value) == totals.idr
    assert ws[layout.days_cell].value == 14  # number of days, computed from the dates


def test_changing_a_day_count_in_the_file_changes_the_totals_exactly(tmp_path: Path, soffice: str) -> None:
    data = delegation(members=10, days=14)
    path = tmp_path / "rab.xlsx"
    layout = write_travel_budget(data, path)
    before = data.totals()
    # the third member (grade C, USD 505 a day) leaves after 10 days: the clerk edits the cell
    row = layout.item_rows[2][0]
    edited = load_workbook(path)
    assert edited[SHEET][f"{COL_QUANTITY}{row}"].value == 14
    edited[SHEET][f"{COL_QUANTITY}{row}"] = 10
    edited.save(path)
    changed = with_member_cost(data, 2, 0, quantity=Decimal(10))
    after = changed.totals()
    assert before.idr - after.idr == round(4 * 505 * Decimal("16325.50"))  # 32,977,510 rupiah less
    wb = recalc.computed_workbook(path)
    assert _idr(recalc.named_value(wb, "TOTAL_IDR")) == after.idr
    assert _usd(recalc.named_value(wb, "TOTAL_USD")) == after.foreign["USD"] == before.foreign["USD"] - 4 * 505
    assert _idr(wb[SHEET][f"{COL_IDR}{layout.member_rows[2]}"].value) == after.by_member[2].idr


def test_changing_the_exchange_rate_cell_changes_every_rupiah_total(tmp_path: Path, soffice: str) -> None:
    eur = ExchangeRate("EUR", Decimal("17750.25"), date(2026, 2, 20), "Bank Indonesia JISDOR")
    usd = ExchangeRate("USD", Decimal("16325.50"), date(2026, 2, 20), "Bank Indonesia JISDOR")
    data = delegation(
        members=3, days=7, rates=(usd, eur), extra=(CostItem(CostKind.VISA, Decimal(1), Decimal("80"), "EUR"),)
    )
    path = tmp_path / "rab.xlsx"
    layout = write_travel_budget(data, path)
    edited = load_workbook(path)
    edited[SHEET][layout.rate_cells["USD"]] = 16000.75
    edited.save(path)
    changed = dataclasses.replace(data, rates=(dataclasses.replace(usd, rate=Decimal("16000.75")), eur))
    expected = changed.totals()
    assert expected.idr != data.totals().idr
    wb = recalc.computed_workbook(path)
    ws = wb[SHEET]
    assert _idr(recalc.named_value(wb, "TOTAL_IDR")) == expected.idr
    assert _usd(recalc.named_value(wb, "TOTAL_USD")) == expected.foreign["USD"]
    assert _usd(recalc.named_value(wb, "TOTAL_EUR")) == expected.foreign["EUR"] == Decimal("80")
    for member_rows, expected_rows in zip(layout.item_rows, expected.item_idr, strict=True):
        assert [_idr(ws[f"{COL_IDR}{row}"].value) for row in member_rows] == list(expected_rows)


def test_rows_typed_into_the_added_row_are_counted_by_item_and_in_the_totals(tmp_path: Path, soffice: str) -> None:
    """The recap per item is SUMIFS over the item column: a row the clerk adds under an item's name counts in
    that item, a row of another name in "other rows", and both in the grand totals."""
    data = delegation(members=2, days=5)
    path = tmp_path / "rab.xlsx"
    layout = write_travel_budget(data, path)
    edited = load_workbook(path)
    ws = edited[SHEET]
    added = layout.added_rows_row
    ws[f"{COL_KIND}{added}"] = cost_kind_label(CostKind.VISA)
    ws[f"{COL_CURRENCY}{added}"] = "USD"
    ws[f"{COL_AMOUNT}{added}"] = 80
    ws[f"{COL_IDR}{added}"] = 1_306_040
    edited.save(path)
    before = data.totals()
    wb = recalc.computed_workbook(path)
    ws = wb[SHEET]
    usd_column = layout.recap_currency_columns["USD"]
    visa = layout.kind_rows[CostKind.VISA]
    assert _idr(ws[f"{COL_IDR}{visa}"].value) == before.by_kind_idr[CostKind.VISA] + 1_306_040
    assert _usd(ws[f"{usd_column}{visa}"].value) == before.by_kind_foreign[CostKind.VISA]["USD"] + 80
    assert _idr(recalc.named_value(wb, "TOTAL_IDR")) == before.idr + 1_306_040
    assert _usd(recalc.named_value(wb, "TOTAL_USD")) == before.foreign["USD"] + 80
    # under a name that is no item of the table, the row shows as "other rows"
    edited = load_workbook(path)
    edited[SHEET][f"{COL_KIND}{added}"] = "Laundry"
    edited.save(path)
    wb = recalc.computed_workbook(path)
    ws = wb[SHEET]
    assert ws[f"B{layout.other_kind_row}"].value == OTHER_ROWS
    assert _idr(ws[f"{COL_IDR}{layout.other_kind_row}"].value) == 1_306_040
    assert _idr(ws[f"{COL_IDR}{visa}"].value) == before.by_kind_idr[CostKind.VISA]
    assert _idr(ws[f"{COL_IDR}{layout.other_kind_row + 1}"].value) == before.idr + 1_306_040


def test_an_item_without_a_rate_is_a_coloured_row_listed_as_a_warning(tmp_path: Path) -> None:
    data = with_member_cost(delegation(members=2, days=5), 1, 1, unit_amount=None, detail="tarif belum ada")
    layout = write_travel_budget(data, tmp_path / "rab.xlsx")
    ws = load_workbook(tmp_path / "rab.xlsx")[SHEET]
    (cell,) = layout.missing_cells
    assert cell == f"{COL_UNIT_AMOUNT}{layout.item_rows[1][1]}"
    assert ws[cell].value is None and ws[cell].style == st.MISSING_INPUT
    assert ws[cell].fill.fgColor.rgb.endswith("FFD966")
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    warning = next(t for t in texts if t.startswith("PERHATIAN / WARNING"))
    assert "1 komponen belum ada tarifnya" in warning and "Tiket pesawat PP / Return air fare (Member 02)" in warning
    assert "tarif belum ada" in texts


def test_grade_choice_sources_and_signatures_are_printed(tmp_path: Path) -> None:
    data = dataclasses.replace(
        delegation(members=4, days=14),
        common_grade=Grade.B,
        common_grade_reason="satu hotel untuk seluruh delegasi",
        approved_by=Signatory("Bambang Sutrisno", "Kepala Biro Pemerintahan", "197001011995031001"),
    )
    data = with_member_cost(data, 0, 0, source="PMK 32/2025, berlaku mulai 1 Januari 2026")
    layout = write_travel_budget(data, tmp_path / "rab.xlsx")
    ws = load_workbook(tmp_path / "rab.xlsx")[SHEET]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(
        t.startswith("satu golongan untuk seluruh delegasi: B (uang harian), alasan: satu hotel untuk seluruh delegasi")
        for t in texts
    )
    assert "• Uang harian / Per diem: PMK 32/2025, berlaku mulai 1 Januari 2026" in texts
    first, last = layout.signature_rows
    block = [str(ws.cell(r, c).value) for r in range(first, last + 1) for c in range(1, 14) if ws.cell(r, c).value]
    assert "NIP. 197001011995031001" in block and "NIP. 197001011995032001" in block
    # the signatures never stand alone on a page: no break inside the last recap or the signature block
    kind_first = min(layout.kind_rows.values()) - 2
    assert not any(kind_first <= b < last for b in layout.page_breaks)


def test_every_formula_is_stored_with_the_value_libreoffice_computes(tmp_path: Path, soffice: str) -> None:
    data = with_member_cost(delegation(members=10, days=14), 3, 2, unit_amount=None)
    path = tmp_path / "rab.xlsx"
    write_travel_budget(data, path)
    cached = load_workbook(path, data_only=True)[SHEET]
    formulas = load_workbook(path)[SHEET]
    computed = recalc.computed_workbook(path)[SHEET]
    checked = 0
    for row in formulas.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                mine, theirs = cached[cell.coordinate].value, computed[cell.coordinate].value
                assert mine is not None, cell.coordinate
                assert mine == pytest.approx(theirs, rel=1e-12, abs=1e-9), (cell.coordinate, cell.value)
                checked += 1
    assert checked > 150


def test_f4_paper_when_the_office_prints_on_f4(tmp_path: Path) -> None:
    from secretariat.domain.enums import PaperSize

    layout = write_travel_budget(dataclasses.replace(delegation(members=2), paper=PaperSize.F4), tmp_path / "f4.xlsx")
    ws = load_workbook(tmp_path / "f4.xlsx")[SHEET]
    assert ws.page_setup.paperSize == 14 and ws.page_setup.orientation == "landscape"
    assert layout.widths[COL_IDR] >= len("Rp 000.000.000") * 1.1


# --- The harness itself ------------------------------------------------------------------------------


def test_missing_libreoffice_skips_locally_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recalc, "find_soffice", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="libreoffice-calc-nogui"):
        recalc.require_libreoffice()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        recalc.require_libreoffice()
