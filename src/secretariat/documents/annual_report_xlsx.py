"""The annual cooperation report as a workbook: the report's tables with live formulas (totals, sums, counts,
percentages) and the value of each formula stored beside it (documents.xlsx_cache), so previewers read numbers
and a spreadsheet recalculates to the same figures.

Written in openpyxl's write-only mode (a register of 30,000 agreements stays within memory). Sheets
(Indonesian names; English headers when the report is in English): Ringkasan (summary, counted from
the other sheets by formulas), Perjanjian (one scorecard per row), Indikator, Evaluasi, Delegasi, Akun, Tren,
Negara.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from secretariat.documents.xlsx_cache import Computed, FormulaCell, stream_cached_values
from secretariat.documents.xlsx_styles import DATE_FORMAT, INTEGER_FORMAT, LOCALE, RUPIAH_FORMAT, stream_styled_cells
from secretariat.domain.annual_report import AnnualReportData, CountRow
from secretariat.domain.enums import BudgetSide, Criterion
from secretariat.domain.impact import ImpactStatus, recommendation_label, status_label

PERCENT_ONE = f"{LOCALE}0.0"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E6EBF2")
TOTAL_FONT = Font(bold=True)
SHEETS = ("Ringkasan", "Perjanjian", "Indikator", "Evaluasi", "Delegasi", "Akun", "Tren", "Negara")


#: Column widths per sheet (a write-only sheet takes them before its first row).
WIDTHS: dict[str, tuple[float, ...]] = {
    "Ringkasan": (46, 22),
    "Perjanjian": (14, 48, 36, 10, 24, 9, 10, 10, 10, 10, 18, 18, 18, 18, 12, 14, 12),
    "Indikator": (16, 36, 12, 14, 14, 12),
    "Evaluasi": (16, 8, 11, 14, 10, 14, 10, 16, 28, 12),
    "Delegasi": (16, 10, 18, 12, 12, 14, 18, 18, 18),
    "Akun": (22, 48, 20, 20),
    "Tren": (8, 10, 10, 10, 10),
    "Negara": (40, 12),
}


class _Sheet:
    """One write-only sheet being written row by row; a row is appended once the next one starts.

    ``row`` is the number of the row being filled; raising it leaves blank rows. Formulas go in as
    :class:`FormulaCell` with the value the program computed (documents.xlsx_cache).
    """

    def __init__(self, sheet: Any, *, freeze: bool = True) -> None:
        self.sheet = sheet
        self.row = 0
        self.freeze = freeze
        self._pending: dict[int, Any] = {}
        self._pending_row = 0
        self._written = 0
        stream_styled_cells(sheet)
        stream_cached_values(sheet)
        for column, width in enumerate(WIDTHS[sheet.title], start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def _flush(self) -> None:
        if not self._pending_row:
            return
        while self._written < self._pending_row - 1:
            self.sheet.append([])
            self._written += 1
        width = max(self._pending) if self._pending else 0
        self.sheet.append([self._pending.get(c) for c in range(1, width + 1)])
        self._written += 1
        self._pending, self._pending_row = {}, 0

    def put(self, column: int, value: object, number_format: str | None = None, *, bold: bool = False) -> None:
        if self._pending_row != self.row:
            self._flush()
            self._pending_row = self.row
        cell: Any
        if isinstance(value, Computed):
            cell = FormulaCell(self.sheet, value)
        elif number_format or bold:
            cell = WriteOnlyCell(self.sheet, value=value)
        else:
            self._pending[column] = value  # a plain value: openpyxl makes the cell as it writes the row
            return
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = TOTAL_FONT
        self._pending[column] = cell

    def header(self, titles: Sequence[str]) -> None:
        self.row += 1
        if self.freeze and self._written == 0 and self.sheet.freeze_panes is None:
            self.sheet.freeze_panes = f"A{self.row + 1}"
        for column, title in enumerate(titles, start=1):
            self.put(column, title, bold=True)
            cell = self._pending[column]
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    def next(self) -> int:
        self.row += 1
        return self.row

    def finish(self) -> None:
        self._flush()


def _round1(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _rows_range(column: str, first: int, last: int) -> str:
    return f"{column}{first}:{column}{max(first, last)}"


def _sum(column: str, first: int, last: int, value: int) -> Computed | int:
    """``=SUM`` of the rows ``first``-``last`` of ``column``; a plain 0 when there are none (no circular sum)."""
    return Computed(f"=SUM({_rows_range(column, first, last)})", value) if last >= first else 0


def render_annual_report_xlsx(data: AnnualReportData) -> bytes:
    """The workbook of the annual cooperation report."""
    english = data.language != "id"

    def t(indonesian: str, english_text: str) -> str:
        return english_text if english else indonesian

    book = Workbook(write_only=True)
    sheets = {name: _Sheet(book.create_sheet(name), freeze=name not in ("Ringkasan", "Negara")) for name in SHEETS}

    # --- Perjanjian: one scorecard per row -------------------------------------------------------------------
    ag = sheets["Perjanjian"]
    ag.header(
        [
            t("Nomor", "Number"),
            t("Judul", "Title"),
            t("Mitra", "Partners"),
            t("Negara", "Countries"),
            t("Tahap", "Stage"),
            t("Status", "Status"),
            t("Kegiatan", "Activities"),
            t("Delegasi keluar", "Delegations out"),
            t("Delegasi masuk", "Delegations in"),
            t("Jumlah gerak", "Movements"),
            t("Belanja (Rp)", "Spending (IDR)"),
            t("Hibah tunai (Rp)", "Grants cash (IDR)"),
            t("Hibah barang (Rp)", "Grants in kind (IDR)"),
            t("Hibah jumlah (Rp)", "Grants total (IDR)"),
            t("Capaian indikator (%)", "Indicators achieved (%)"),
            t("Tanda kehidupan terakhir", "Last sign of life"),
            t("Hari tanpa kegiatan", "Days without a sign of life"),
        ]
    )
    first = ag.row + 1
    for s in data.sections:
        r = ag.next()
        ag.put(1, s.number or "")
        ag.put(2, s.title(data.language))
        ag.put(3, s.partners)
        ag.put(4, s.countries)
        ag.put(5, s.stage_en if english else s.stage_id)
        ag.put(6, status_label(s.status, data.language))
        ag.put(7, s.activities)
        ag.put(8, s.delegations_out)
        ag.put(9, s.delegations_in)
        ag.put(10, Computed(f"=G{r}+H{r}+I{r}", s.activities + s.delegations_out + s.delegations_in), INTEGER_FORMAT)
        ag.put(11, s.spending_idr, RUPIAH_FORMAT)
        ag.put(12, s.grants_cash_idr, RUPIAH_FORMAT)
        ag.put(13, s.grants_in_kind_idr, RUPIAH_FORMAT)
        ag.put(14, Computed(f"=L{r}+M{r}", s.grants_idr), RUPIAH_FORMAT)
        ag.put(15, s.achievement if s.achievement is not None else None, PERCENT_ONE)
        ag.put(16, s.last_sign_of_life, DATE_FORMAT)
        ag.put(17, s.quiet_days)
    last = ag.row
    total_row = ag.next()
    ag.put(1, "Total", bold=True)
    sums = {
        7: sum(s.activities for s in data.sections),
        8: sum(s.delegations_out for s in data.sections),
        9: sum(s.delegations_in for s in data.sections),
        10: sum(s.activities + s.delegations_out + s.delegations_in for s in data.sections),
        11: sum(s.spending_idr for s in data.sections),
        12: sum(s.grants_cash_idr for s in data.sections),
        13: sum(s.grants_in_kind_idr for s in data.sections),
        14: sum(s.grants_idr for s in data.sections),
    }
    for column, value in sums.items():
        letter = get_column_letter(column)
        ag.put(
            column,
            _sum(letter, first, last, value),
            RUPIAH_FORMAT if column >= 11 else INTEGER_FORMAT,
            bold=True,
        )
    status_range = f"Perjanjian!$F${first}:$F${max(first, last)}"

    # --- Indikator ---------------------------------------------------------------------------------------------
    ind = sheets["Indikator"]
    ind.header(
        [
            t("Nomor perjanjian", "Agreement number"),
            t("Indikator", "Indicator"),
            t("Satuan", "Unit"),
            t("Target", "Target"),
            t("Capaian", "Achieved"),
            t("Capaian (%)", "Achieved (%)"),
        ]
    )
    for s in data.sections:
        for result in s.indicators:
            r = ind.next()
            ind.put(1, s.number or s.title(data.language))
            ind.put(2, result.name)
            ind.put(3, result.unit)
            ind.put(4, result.target)
            ind.put(5, result.achieved)
            if result.target is not None:
                percent = result.percent
                ind.put(
                    6,
                    Computed(f'=IF(D{r}>0,ROUND(E{r}/D{r}*100,1),"")', percent if percent is not None else ""),
                    PERCENT_ONE,
                )

    # --- Evaluasi ----------------------------------------------------------------------------------------------
    ev = sheets["Evaluasi"]
    ev.header(
        [
            t("Nomor perjanjian", "Agreement number"),
            t("Tahun", "Year"),
            t("Efisiensi", "Efficiency"),
            t("Efektivitas pelayanan publik", "Effectiveness of public services"),
            t("Sinergi", "Synergy"),
            t("Saling menguntungkan", "Mutual benefit"),
            t("Rata-rata", "Mean"),
            t("Rekomendasi", "Recommendation"),
            t("Dievaluasi oleh", "Evaluated by"),
            t("Tanggal", "Date"),
        ]
    )
    order = (Criterion.EFFICIENCY, Criterion.EFFECTIVENESS, Criterion.SYNERGY, Criterion.MUTUAL_BENEFIT)
    for s in data.sections:
        evaluation = s.evaluation
        if evaluation is None:
            continue
        r = ev.next()
        scores = {Criterion(c): score for c, score, _reason in evaluation.scores}
        ev.put(1, s.number or s.title(data.language))
        ev.put(2, evaluation.year)
        for offset, criterion in enumerate(order):
            ev.put(3 + offset, scores[criterion])
        mean = _round1(Decimal(sum(scores.values())) / 4)
        ev.put(7, Computed(f"=ROUND(AVERAGE(C{r}:F{r}),1)", mean), PERCENT_ONE)
        ev.put(8, recommendation_label(evaluation.recommendation, data.language))
        ev.put(9, evaluation.evaluator)
        ev.put(10, evaluation.evaluated_on, DATE_FORMAT)

    # --- Delegasi ----------------------------------------------------------------------------------------------
    de = sheets["Delegasi"]
    de.header(
        [
            t("Kode", "Code"),
            t("Arah", "Direction"),
            t("Negara", "Country"),
            t("Mulai", "Starts"),
            t("Selesai", "Ends"),
            t("Perjanjian", "Agreement"),
            t("Anggaran (Rp)", "Budget (IDR)"),
            t("Realisasi (Rp)", "Spent (IDR)"),
            t("Sisa (Rp)", "Left (IDR)"),
        ]
    )
    first_d = de.row + 1
    for d in data.delegations:
        r = de.next()
        de.put(1, d.code)
        de.put(2, t("Keluar", "Outgoing") if d.outgoing else t("Masuk", "Incoming"))
        de.put(3, d.country_en if english else d.country_id)
        de.put(4, d.start_on, DATE_FORMAT)
        de.put(5, d.end_on, DATE_FORMAT)
        de.put(6, d.agreement_number or "")
        de.put(7, d.planned_idr, RUPIAH_FORMAT)
        de.put(8, d.realised_idr, RUPIAH_FORMAT)
        de.put(9, Computed(f"=G{r}-H{r}", d.planned_idr - d.realised_idr), RUPIAH_FORMAT)
    last_d = de.row
    de.next()
    de.put(1, "Total", bold=True)
    planned = sum(d.planned_idr for d in data.delegations)
    realised = sum(d.realised_idr for d in data.delegations)
    for column, value in ((7, planned), (8, realised), (9, planned - realised)):
        letter = get_column_letter(column)
        de.put(column, _sum(letter, first_d, last_d, value), RUPIAH_FORMAT, bold=True)

    # --- Akun --------------------------------------------------------------------------------------------------
    ac = sheets["Akun"]
    ac.header(
        [t("Kode akun", "Account"), t("Uraian", "Name"), t("Kelompok", "Group"), t("Jumlah (Rp)", "Amount (IDR)")]
    )
    groups = {
        BudgetSide.REVENUE.value: t("Pendapatan (hibah)", "Revenue (grants)"),
        BudgetSide.SPENDING.value: t("Belanja", "Spending"),
        BudgetSide.FINANCING.value: t("Pembiayaan", "Financing"),
    }
    first_a = ac.row + 1
    for line in data.accounts:
        ac.next()
        ac.put(1, line.account_code)
        ac.put(2, line.account_name)
        ac.put(3, groups[line.side])
        ac.put(4, line.total_idr, RUPIAH_FORMAT)
    last_a = ac.row
    ac.next()
    for side, name in groups.items():
        r = ac.next()
        ac.put(2, t(f"Jumlah {name.lower()}", f"Total {name.lower()}"), bold=True)
        ac.put(3, name)
        value = sum(a.total_idr for a in data.accounts if a.side == side)
        ac.put(
            4,
            Computed(f"=SUMIF({_rows_range('C', first_a, last_a)},C{r},{_rows_range('D', first_a, last_a)})", value),
            RUPIAH_FORMAT,
            bold=True,
        )

    # --- Tren --------------------------------------------------------------------------------------------------
    tr = sheets["Tren"]
    tr.header(
        [
            t("Tahun", "Year"),
            status_label(ImpactStatus.ALIVE, data.language),
            status_label(ImpactStatus.WEAK, data.language),
            status_label(ImpactStatus.DORMANT, data.language),
            "Total",
        ]
    )
    for year in data.trend:
        r = tr.next()
        tr.put(1, year.year)
        tr.put(2, year.alive, INTEGER_FORMAT)
        tr.put(3, year.weak, INTEGER_FORMAT)
        tr.put(4, year.dormant, INTEGER_FORMAT)
        tr.put(5, Computed(f"=SUM(B{r}:D{r})", year.total), INTEGER_FORMAT)

    # --- Negara ------------------------------------------------------------------------------------------------
    co = sheets["Negara"]

    def counts(title: str, rows: Sequence[CountRow]) -> None:
        co.header([title, t("Jumlah", "Count")])
        begin = co.row + 1
        for row in rows:
            co.next()
            co.put(1, row.label(data.language))
            co.put(2, row.count, INTEGER_FORMAT)
        end = co.row
        co.next()
        co.put(1, "Total", bold=True)
        co.put(2, _sum("B", begin, end, sum(r.count for r in rows)), INTEGER_FORMAT, bold=True)
        co.next()

    counts(t("Negara mitra (perjanjian berlaku)", "Partner country (agreements in force)"), data.by_country)
    counts(t("Jenis kerja sama", "Kind"), data.by_kind)
    counts(t("Bentuk naskah", "Instrument"), data.by_instrument)
    counts(t("Tahap (semua perjanjian tercatat)", "Stage (all agreements recorded)"), data.by_stage)
    counts(t("Mitra menurut negara", "Partners by country"), data.partners_by_country)
    counts(t("Mitra menurut jenis", "Partners by kind"), data.partners_by_kind)

    # --- Ringkasan: counted from the sheets above ---------------------------------------------------------------
    su = sheets["Ringkasan"]
    su.row += 1
    su.put(
        1,
        t(
            f"Laporan Tahunan Kerja Sama Luar Negeri Tahun {data.year}",
            f"Annual Foreign Cooperation Report {data.year}",
        ),
        bold=True,
    )
    su.row += 1
    su.put(1, data.letterhead.government_en if english else data.letterhead.government_id)
    if data.is_empty:
        su.row += 1
        su.put(
            1,
            t(f"Tidak ada data kerja sama untuk tahun {data.year}.", f"There is no cooperation data for {data.year}."),
        )
    su.row += 1
    su.header([t("Angka pokok", "Key figure"), t("Nilai", "Value")])
    statuses = {s: status_label(s, data.language) for s in ImpactStatus}
    figures: list[tuple[str, Any, str]] = [
        (
            t("Perjanjian berlaku dalam tahun", "Agreements in force during the year"),
            Computed(f"=COUNTA({status_range})", data.in_force),
            INTEGER_FORMAT,
        ),
        *[
            (
                statuses[s],
                Computed(f'=COUNTIF({status_range},"{statuses[s]}")', data.status_counts.get(s, 0)),
                INTEGER_FORMAT,
            )
            for s in (ImpactStatus.ALIVE, ImpactStatus.WEAK, ImpactStatus.DORMANT)
        ],
        (t("Ditandatangani dalam tahun", "Signed in the year"), data.signed, INTEGER_FORMAT),
        (t("Diperpanjang (perjanjian pengganti)", "Renewed (renewal signed)"), data.renewed, INTEGER_FORMAT),
        (t("Berakhir masa berlakunya", "Expired"), data.expired, INTEGER_FORMAT),
        (t("Diakhiri sebelum waktunya", "Ended early"), data.ended, INTEGER_FORMAT),
        (
            t("Belanja terealisasi (Rp)", "Spending realised (IDR)"),
            Computed(f"=Perjanjian!K{total_row}", sums[11]),
            RUPIAH_FORMAT,
        ),
        (
            t("Hibah diterima (Rp)", "Grants received (IDR)"),
            Computed(f"=Perjanjian!N{total_row}", sums[14]),
            RUPIAH_FORMAT,
        ),
        (
            t("Delegasi dalam tahun", "Delegations in the year"),
            Computed(f"=COUNTA(Delegasi!A{first_d}:A{last_d})", len(data.delegations)) if data.delegations else 0,
            INTEGER_FORMAT,
        ),
    ]
    for label, value, number_format in figures:
        su.next()
        su.put(1, label)
        su.put(2, value, number_format)

    for item in sheets.values():
        item.finish()
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


__all__ = ["render_annual_report_xlsx"]
