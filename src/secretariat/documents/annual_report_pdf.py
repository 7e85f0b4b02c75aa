"""The annual cooperation report (Laporan Tahunan Kerja Sama Luar Negeri) as a PDF, on the region's letterhead.

Fed :class:`secretariat.domain.annual_report.AnnualReportData`; Indonesian by default, English on request.
Charts are reportlab's own (``reportlab.graphics``): each has a title, labelled axes and a legend, and labels
that do not fit are shortened with an ellipsis rather than overprinted. Long tables repeat their header row
on every page.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.documents.agreement_draft import page_size
from secretariat.documents.fonts import SANS, SANS_BOLD, register_fonts
from secretariat.documents.pdf_common import invariant, markup, numbered_canvas, page_of
from secretariat.documents.visit_documents import letterhead_flowables
from secretariat.domain.annual_report import AgreementSection, AnnualReportData, CountRow
from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.enums import BudgetSide, Criterion
from secretariat.domain.impact import CRITERION_LABELS, ImpactStatus, recommendation_label, status_label

MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 20 * mm
INK = colors.black
MUTED = colors.Color(0.38, 0.38, 0.38)
HEADER_FILL = colors.Color(0.90, 0.92, 0.95)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
GRID = colors.Color(0.6, 0.6, 0.6)
STATUS_COLOURS = {
    ImpactStatus.ALIVE: colors.Color(0.18, 0.55, 0.34),
    ImpactStatus.WEAK: colors.Color(0.93, 0.62, 0.13),
    ImpactStatus.DORMANT: colors.Color(0.72, 0.16, 0.16),
}
SPENDING_COLOUR = colors.Color(0.20, 0.36, 0.62)
RECEIPTS_COLOUR = colors.Color(0.42, 0.70, 0.36)
COUNTRY_COLOUR = colors.Color(0.25, 0.45, 0.70)
CHART_TOP = 10  # countries or agreements shown in a chart; the rest are summed as "others"
_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 9, "leading": 11.5, "textColor": INK}
    base.update(values)
    return ParagraphStyle(name, **base)


BODY = _style("ar-body", fontSize=10, leading=13)
NOTE = _style("ar-note", fontSize=8.5, leading=10.5, textColor=MUTED, spaceBefore=2)
CELL = _style("ar-cell", fontSize=8.5, leading=10.5)
CELL_RIGHT = _style("ar-cell-right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
HEAD = _style("ar-head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5)
HEAD_RIGHT = _style("ar-head-right", fontName=SANS_BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
TITLE = _style("ar-title", fontName=SANS_BOLD, fontSize=14, leading=18, alignment=TA_CENTER)
SUBTITLE = _style("ar-subtitle", fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=MUTED)
H1 = _style("ar-h1", fontName=SANS_BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4, keepWithNext=1)
H2 = _style("ar-h2", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1)


class _Text:
    """The report's words in its language, and its numbers, amounts and dates as that language writes them."""

    def __init__(self, language: str) -> None:
        self.id = language == "id"

    def __call__(self, indonesian: str, english: str) -> str:
        return indonesian if self.id else english

    def number(self, value: int) -> str:
        text = f"{value:,}"
        return text.replace(",", ".") if self.id else text

    def rupiah(self, value: int) -> str:
        return f"Rp {self.number(value)}" if self.id else f"IDR {self.number(value)}"

    def decimal(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        whole, _dot, fraction = text.partition(".")
        grouped = self.number(int(whole)) if whole.lstrip("-").isdigit() else whole
        if whole.startswith("-") and not grouped.startswith("-"):
            grouped = "-" + grouped
        if not fraction:
            return grouped
        return f"{grouped}{',' if self.id else '.'}{fraction}"

    def percent(self, value: Decimal | None) -> str:
        return "—" if value is None else f"{self.decimal(value)}%"

    def date(self, value: datetime.date | None) -> str:
        if value is None:
            return "—"
        return format_date_id(value) if self.id else format_date_en(value)

    def short(self, value: datetime.date) -> str:
        return value.strftime("%d/%m/%Y")

    def status(self, value: ImpactStatus) -> str:
        return status_label(value, "id" if self.id else "en")


def _p(text: str | None, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(markup(text) if text else "", style)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[Any] | None = None,
) -> Table:
    """A grid with a shaded header row repeated on every page; columns in ``right`` aligned right."""
    head = [_p(h, HEAD_RIGHT if i in right else HEAD) for i, h in enumerate(header)]
    body = [
        [c if isinstance(c, Flowable) else _p(str(c), CELL_RIGHT if i in right else CELL) for i, c in enumerate(r)]
        for r in rows
    ]
    data = [head, *body]
    if total is not None:
        data.append([_p(str(c), HEAD_RIGHT if i in right else HEAD) for i, c in enumerate(total)])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    style = [
        *_FONT,
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    table.setStyle(TableStyle(style))
    return table


def _fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points in the chart font."""
    full = stringWidth(text, SANS, size)
    if full <= width:
        return text
    keep = max(int(len(text) * width / full), 1)  # a first guess, then a character at a time
    while keep > 1 and stringWidth(text[:keep] + "…", SANS, size) > width:
        keep -= 1
    return text[:keep].rstrip() + "…"


LONG = 150  # rows above which a table is drawn with plain one-line cells, in blocks (much faster)
BLOCK = 300  # rows per block of a long table


def _rows_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[Any] | None = None,
    clip: Sequence[int] = (),
) -> list[Flowable]:
    """:func:`_table` for a short list; a long one as blocks of one-line rows (texts in ``clip`` columns
    shortened with an ellipsis to their width), each block repeating the header on every page."""
    if len(rows) <= LONG:
        return [_table(header, rows, widths, right=right, total=total)]
    size = 8.0
    body = [[_fit(str(c), widths[i] - 6, size) if i in clip else str(c) for i, c in enumerate(row)] for row in rows]
    blocks: list[Flowable] = []
    for begin in range(0, len(body), BLOCK):
        part = body[begin : begin + BLOCK]
        last = begin + BLOCK >= len(body)
        data = [list(header), *part]
        if last and total is not None:
            data.append([str(c) for c in total])
        table = Table(data, colWidths=list(widths), repeatRows=1)
        style: list[tuple[Any, ...]] = [
            *_FONT,
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), 7.5),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for column in right:
            style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        if last and total is not None:
            style += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD)]
        table.setStyle(TableStyle(style))
        blocks.append(table)
    return blocks


def _chart_frame(width: float, height: float, title: str) -> Drawing:
    drawing = Drawing(width, height, initialFontName=SANS)  # else reportlab sets (and carries) Helvetica
    drawing.add(String(width / 2, height - 12, title, fontName=SANS_BOLD, fontSize=10, textAnchor="middle"))
    return drawing


def _legend(drawing: Drawing, x: float, y: float, pairs: list[tuple[colors.Color, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName = SANS
    legend.fontSize = 8
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx = legend.dy = 7
    legend.colorNamePairs = pairs
    legend.boxAnchor = "nw"
    # one row, side by side
    legend.columnMaximum = 1
    legend.deltax = max(stringWidth(name, SANS, 8) for _c, name in pairs) + 24
    drawing.add(legend)


def _country_chart(data: AnnualReportData, t: _Text, width: float) -> Drawing:
    rows = list(data.by_country[:CHART_TOP])
    rest = sum(r.count for r in data.by_country[CHART_TOP:])
    labels = [r.label(data.language) for r in rows]
    values = [r.count for r in rows]
    if rest:
        labels.append(t("Lainnya", "Others"))
        values.append(rest)
    height = 85 + 24 * max(len(values), 1)
    drawing = _chart_frame(
        width, height, t("Perjanjian berlaku menurut negara mitra", "Agreements in force by partner country")
    )
    label_width = 110
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 10, 40
    chart.width, chart.height = width - label_width - 40, height - 95
    chart.data = [values or [0]]
    chart.bars[0].fillColor = COUNTRY_COLOUR
    chart.categoryAxis.categoryNames = [_fit(label, label_width, 8) for label in labels] or ["—"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.forceZero = 1
    top = max(values or [1])
    chart.valueAxis.valueMax = max(top, 1) * 1.1
    chart.valueAxis.valueStep = max(1, _nice_step(top))
    chart.valueAxis.labelTextFormat = lambda v: t.number(int(v))
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            12,
            t("Jumlah perjanjian", "Number of agreements"),
            fontName=SANS,
            fontSize=8,
            textAnchor="middle",
        )
    )
    axis = String(
        12, chart.y + chart.height / 2, t("Negara", "Country"), fontName=SANS, fontSize=8, textAnchor="middle"
    )
    drawing.add(_rotated(axis))
    _legend(drawing, width - 150, height - 20, [(COUNTRY_COLOUR, t("Perjanjian berlaku", "Agreements in force"))])
    return drawing


def _rotated(label: String) -> Any:
    from reportlab.graphics.shapes import Group

    group = Group(label)
    x, y = label.x, label.y
    label.x, label.y = 0, 0
    group.transform = (0, 1, -1, 0, x, y)  # rotated 90 degrees, reading upwards
    return group


def _nice_step(top: float) -> int:
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _status_chart(data: AnnualReportData, t: _Text, width: float) -> Drawing:
    height = 210
    drawing = _chart_frame(
        width, height, t("Status perjanjian lima tahun terakhir", "Agreement status over the last five years")
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 55, 45
    chart.width, chart.height = width - 75, height - 100
    chart.data = [
        [y.alive for y in data.trend] or [0],
        [y.weak for y in data.trend] or [0],
        [y.dormant for y in data.trend] or [0],
    ]
    for index, status in enumerate((ImpactStatus.ALIVE, ImpactStatus.WEAK, ImpactStatus.DORMANT)):
        chart.bars[index].fillColor = STATUS_COLOURS[status]
    chart.categoryAxis.categoryNames = [str(y.year) for y in data.trend] or ["—"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    top = max([max(row) for row in chart.data] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = max(1, _nice_step(top))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: t.number(int(v))
    chart.barSpacing = 1
    chart.groupSpacing = 8
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width / 2, 14, t("Tahun", "Year"), fontName=SANS, fontSize=8, textAnchor="middle")
    )
    drawing.add(
        _rotated(
            String(
                14,
                chart.y + chart.height / 2,
                t("Jumlah perjanjian", "Number of agreements"),
                fontName=SANS,
                fontSize=8,
                textAnchor="middle",
            )
        )
    )
    _legend(
        drawing,
        chart.x,
        height - 22,
        [(STATUS_COLOURS[s], t.status(s)) for s in (ImpactStatus.ALIVE, ImpactStatus.WEAK, ImpactStatus.DORMANT)],
    )
    return drawing


def _money_chart(data: AnnualReportData, t: _Text, width: float) -> Drawing:
    ranked = sorted(data.sections, key=lambda s: -(s.spending_idr + s.grants_idr))
    shown = [s for s in ranked if s.spending_idr or s.grants_idr][:CHART_TOP]
    height = 100 + 34 * max(len(shown), 1)
    drawing = _chart_frame(
        width, height, t("Belanja dan penerimaan hibah per perjanjian", "Spending and grants received per agreement")
    )
    label_width = 110
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 10, 40
    chart.width, chart.height = width - label_width - 40, height - 105
    million = Decimal(1_000_000)
    chart.data = [
        [float(Decimal(s.spending_idr) / million) for s in shown] or [0],
        [float(Decimal(s.grants_idr) / million) for s in shown] or [0],
    ]
    chart.bars[0].fillColor = SPENDING_COLOUR
    chart.bars[1].fillColor = RECEIPTS_COLOUR
    names = [s.number or s.title(data.language) for s in shown]
    chart.categoryAxis.categoryNames = [_fit(n, label_width, 8) for n in names] or ["—"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.reverseDirection = 1
    top = max([max(row) for row in chart.data] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.1
    chart.valueAxis.valueStep = max(1, _nice_step(top))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: t.number(int(v))
    chart.barSpacing = 1
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            12,
            t("Juta rupiah", "Million rupiah"),
            fontName=SANS,
            fontSize=8,
            textAnchor="middle",
        )
    )
    drawing.add(
        _rotated(
            String(
                12,
                chart.y + chart.height / 2,
                t("Perjanjian", "Agreement"),
                fontName=SANS,
                fontSize=8,
                textAnchor="middle",
            )
        )
    )
    _legend(
        drawing,
        chart.x,
        height - 22,
        [
            (SPENDING_COLOUR, t("Belanja terealisasi", "Spending realised")),
            (RECEIPTS_COLOUR, t("Hibah diterima", "Grants received")),
        ],
    )
    return drawing


COUNT_ROWS = 15  # lines of a summary table; the rest are summed (the workbook lists every one)


def _counts(rows: Sequence[CountRow], language: str, head: str, t: _Text, width: float) -> Table:
    total = sum(r.count for r in rows)
    lines = [[r.label(language), t.number(r.count)] for r in rows[:COUNT_ROWS]]
    if len(rows) > COUNT_ROWS:
        rest = rows[COUNT_ROWS:]
        lines.append([t(f"Lainnya ({len(rest)})", f"Others ({len(rest)})"), t.number(sum(r.count for r in rest))])
    return _table(
        [head, t("Jumlah", "Count")],
        lines or [["—", "0"]],
        [width - 25 * mm, 25 * mm],
        right=(1,),
        total=["Total", t.number(total)],
    )


def _summary(data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    status = data.status_counts
    figures = [
        [t("Perjanjian berlaku dalam tahun", "Agreements in force during the year"), t.number(data.in_force)],
        [t("Aktif", "Alive"), t.number(status.get(ImpactStatus.ALIVE, 0))],
        [t("Lemah", "Weak"), t.number(status.get(ImpactStatus.WEAK, 0))],
        [t("Tidur", "Dormant"), t.number(status.get(ImpactStatus.DORMANT, 0))],
        [t("Ditandatangani dalam tahun", "Signed in the year"), t.number(data.signed)],
        [t("Diperpanjang (perjanjian pengganti)", "Renewed (renewal signed)"), t.number(data.renewed)],
        [t("Berakhir masa berlakunya", "Expired"), t.number(data.expired)],
        [t("Diakhiri sebelum waktunya", "Ended early"), t.number(data.ended)],
        [t("Belanja terealisasi", "Spending realised"), t.rupiah(data.spending_idr)],
        [t("Hibah diterima (tunai dan barang)", "Grants received (cash and in kind)"), t.rupiah(data.grants_idr)],
    ]
    half = (width - 6 * mm) / 2
    story: list[Flowable] = [
        _p(t("1. Ringkasan", "1. Summary"), H1),
        _table([t("Angka pokok", "Key figures"), t("Nilai", "Value")], figures, [width - 45 * mm, 45 * mm], right=(1,)),
        Spacer(1, 4 * mm),
    ]
    pairs = [
        (
            _counts(data.by_kind, data.language, t("Jenis kerja sama", "Kind"), t, half),
            _counts(data.by_instrument, data.language, t("Bentuk naskah", "Instrument"), t, half),
        ),
        (
            _counts(
                data.by_stage,
                data.language,
                t("Tahap (semua perjanjian tercatat)", "Stage (all agreements recorded)"),
                t,
                half,
            ),
            _counts(
                data.by_country,
                data.language,
                t("Negara mitra (perjanjian berlaku)", "Partner country (in force)"),
                t,
                half,
            ),
        ),
        (
            _counts(data.partners_by_country, data.language, t("Mitra menurut negara", "Partners by country"), t, half),
            _counts(data.partners_by_kind, data.language, t("Mitra menurut jenis", "Partners by kind"), t, half),
        ),
    ]
    for left, right in pairs:
        grid = Table([[left, right]], colWidths=[half + 3 * mm, half + 3 * mm])
        grid.setStyle(
            TableStyle(
                [
                    *_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        story += [grid, Spacer(1, 3 * mm)]
    return story


def _section(section: AgreementSection, data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    title = section.title(data.language)
    heading = f"{section.number} – {title}" if section.number else title
    facts = [
        [
            t("Mitra", "Partners"),
            f"{section.partners} ({section.countries})",
            t("Tahap", "Stage"),
            section.stage_id if t.id else section.stage_en,
        ],
        [t("Status", "Status"), t.status(section.status), t("Berlaku sampai", "Expires"), t.date(section.expires_on)],
        [
            t("Kegiatan", "Activities"),
            t.number(section.activities),
            t("Delegasi keluar / masuk", "Delegations out / in"),
            f"{t.number(section.delegations_out)} / {t.number(section.delegations_in)}",
        ],
        [
            t("Belanja terealisasi", "Spending realised"),
            t.rupiah(section.spending_idr),
            t("Hibah diterima", "Grants received"),
            t.rupiah(section.grants_idr)
            + (
                f" ({t('barang', 'in kind')} {t.rupiah(section.grants_in_kind_idr)})"
                if section.grants_in_kind_idr
                else ""
            ),
        ],
        [
            t("Tanda kehidupan terakhir", "Last sign of life"),
            t.date(section.last_sign_of_life),
            t("Hari tanpa kegiatan", "Days without a sign of life"),
            t.number(section.quiet_days),
        ],
        [t("Capaian indikator", "Indicators achieved"), t.percent(section.achievement), "", ""],
    ]
    label = 34 * mm
    value = (width - 2 * label) / 2
    grid = Table(
        [[_p(c, HEAD if i % 2 == 0 else CELL) for i, c in enumerate(row)] for row in facts],
        colWidths=[label, value, label, value],
    )
    grid.setStyle(
        TableStyle(
            [
                *_FONT,
                ("GRID", (0, 0), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), TOTAL_FILL),
                ("BACKGROUND", (2, 0), (2, -1), TOTAL_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    parts: list[Flowable] = [_p(heading, H2), grid]
    if section.indicators:
        parts += [
            Spacer(1, 1.5 * mm),
            _table(
                [
                    t("Indikator", "Indicator"),
                    t("Satuan", "Unit"),
                    t("Target", "Target"),
                    t("Capaian", "Achieved"),
                    "%",
                ],
                [
                    [r.name, r.unit, t.decimal(r.target), t.decimal(r.achieved), t.percent(r.percent)]
                    for r in section.indicators
                ],
                [width - 100 * mm, 22 * mm, 28 * mm, 28 * mm, 22 * mm],
                right=(2, 3, 4),
            ),
        ]
    evaluation = section.evaluation
    if evaluation is not None:
        rows = []
        for criterion, score, reason in evaluation.scores:
            label_en, label_id = CRITERION_LABELS[Criterion(criterion)]
            rows.append([(label_id if t.id else label_en).capitalize(), str(score), reason])
        parts += [
            Spacer(1, 1.5 * mm),
            _table(
                [
                    t(f"Evaluasi {evaluation.year}", f"Evaluation {evaluation.year}"),
                    t("Skor", "Score"),
                    t("Alasan", "Reason"),
                ],
                rows,
                [45 * mm, 14 * mm, width - 59 * mm],
                right=(1,),
                total=[t("Rata-rata", "Mean"), t.decimal(evaluation.mean), ""],
            ),
            _p(
                t(
                    f"Rekomendasi: {recommendation_label(evaluation.recommendation, 'id')}. Dievaluasi oleh "
                    f"{evaluation.evaluator}, {t.date(evaluation.evaluated_on)}.",
                    f"Recommendation: {recommendation_label(evaluation.recommendation, 'en')}. Evaluated by "
                    f"{evaluation.evaluator}, {t.date(evaluation.evaluated_on)}.",
                ),
                NOTE,
            ),
        ]
    else:
        parts.append(_p(t(f"Belum ada evaluasi tahun {data.year}.", f"No evaluation of {data.year} yet."), NOTE))
    if section.action_note_id:
        parts.append(
            _p(
                t(
                    f"Tindakan yang disarankan: {section.action_note_id}.",
                    f"Recommended action: {section.action_note_en}.",
                ),
                NOTE,
            )
        )
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 3 * mm)]


DETAILED_SECTIONS = 300  # above this many agreements, one line each (the workbook keeps every detail)


def _scorecard_list(data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    """The scorecards of a large register, one line per agreement."""
    note = _p(
        t(
            f"{t.number(len(data.sections))} perjanjian: satu baris per perjanjian. Indikator, skor evaluasi dan "
            "alasannya ada di buku kerja laporan ini (lembar Perjanjian, Indikator, Evaluasi) dan di tab Dampak "
            "setiap perjanjian.",
            f"{t.number(len(data.sections))} agreements: one line each. Indicators, evaluation scores and their "
            "reasons are in this report's workbook (sheets Perjanjian, Indikator, Evaluasi) and in each agreement's "
            "Impact tab.",
        ),
        NOTE,
    )
    rows = []
    for s in data.sections:
        evaluation = s.evaluation
        rows.append(
            [
                s.number or "—",
                s.partners,
                t.status(s.status),
                t.number(s.activities),
                f"{s.delegations_out}/{s.delegations_in}",
                t.rupiah(s.spending_idr),
                t.rupiah(s.grants_idr),
                t.percent(s.achievement),
                t.number(s.quiet_days),
                f"{t.decimal(evaluation.mean)} {recommendation_label(evaluation.recommendation, data.language)}"
                if evaluation is not None
                else "—",
            ]
        )
    return [
        note,
        *_rows_table(
            [
                t("Nomor", "Number"),
                t("Mitra", "Partners"),
                t("Status", "Status"),
                t("Keg.", "Act."),
                t("Del. K/M", "Del. out/in"),
                t("Belanja", "Spending"),
                t("Hibah", "Grants"),
                t("Capaian", "Achieved"),
                t("Hari", "Days"),
                t("Evaluasi", "Evaluation"),
            ],
            rows,
            [width * f for f in (0.12, 0.175, 0.065, 0.055, 0.075, 0.14, 0.14, 0.075, 0.055, 0.10)],
            right=(3, 4, 5, 6, 7, 8),
            clip=(1, 9),
        ),
    ]


def _dormant(data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _p(
            t("3. Perjanjian tidur dan tindakan yang disarankan", "3. Dormant agreements and the recommended action"),
            H1,
        )
    ]
    dormant = data.dormant
    if not dormant:
        return [*story, _p(t("Tidak ada perjanjian tidur.", "No agreement is dormant."), BODY)]
    rows = [
        [
            s.number or "—",
            s.title(data.language),
            t.date(s.last_sign_of_life),
            t.number(s.quiet_days),
            (s.action_note_id if t.id else s.action_note_en) or "—",
        ]
        for s in dormant
    ]
    return [
        *story,
        *_rows_table(
            [
                t("Nomor", "Number"),
                t("Judul", "Title"),
                t("Terakhir", "Last sign"),
                t("Hari", "Days"),
                t("Tindakan", "Action"),
            ],
            rows,
            [28 * mm, width - 134 * mm, 26 * mm, 14 * mm, 66 * mm],
            right=(3,),
            clip=(1, 4),
        ),
    ]


def _delegations(data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _p(
            t(
                "4. Delegasi tahun ini dan biayanya terhadap anggaran",
                "4. Delegations of the year and their cost against budget",
            ),
            H1,
        )
    ]
    if not data.delegations:
        return [*story, _p(t("Tidak ada delegasi dalam tahun ini.", "No delegation in the year."), BODY)]
    rows = [
        [
            d.code,
            t("Keluar", "Out") if d.outgoing else t("Masuk", "In"),
            d.country_id if t.id else d.country_en,
            t.short(d.start_on),
            d.agreement_number or "—",
            t.rupiah(d.planned_idr),
            t.rupiah(d.realised_idr),
            t.rupiah(d.planned_idr - d.realised_idr),
        ]
        for d in data.delegations
    ]
    planned = sum(d.planned_idr for d in data.delegations)
    realised = sum(d.realised_idr for d in data.delegations)
    return [
        *story,
        *_rows_table(
            [
                t("Kode", "Code"),
                t("Arah", "Way"),
                t("Negara", "Country"),
                t("Mulai", "Starts"),
                t("Perjanjian", "Agreement"),
                t("Anggaran", "Budget"),
                t("Realisasi", "Spent"),
                t("Sisa", "Left"),
            ],
            rows,
            [width * f for f in (0.15, 0.07, 0.10, 0.11, 0.12, 0.15, 0.15, 0.15)],
            right=(5, 6, 7),
            total=["Total", "", "", "", "", t.rupiah(planned), t.rupiah(realised), t.rupiah(planned - realised)],
            clip=(2, 4),
        ),
    ]


def _money(data: AnnualReportData, t: _Text, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _p(t("5. Belanja dan hibah", "5. Spending and grants"), H1),
        _p(t("Per perjanjian", "Per agreement"), H2),
    ]
    moved = [s for s in data.sections if s.spending_idr or s.grants_idr]
    if moved:
        story.extend(
            _rows_table(
                [
                    t("Nomor", "Number"),
                    t("Judul", "Title"),
                    t("Belanja", "Spending"),
                    t("Hibah tunai", "Grants, cash"),
                    t("Hibah barang", "Grants, in kind"),
                ],
                [
                    [
                        s.number or "—",
                        s.title(data.language),
                        t.rupiah(s.spending_idr),
                        t.rupiah(s.grants_cash_idr),
                        t.rupiah(s.grants_in_kind_idr),
                    ]
                    for s in moved
                ],
                [26 * mm, width - 125 * mm, 33 * mm, 33 * mm, 33 * mm],
                right=(2, 3, 4),
                total=[
                    "Total",
                    "",
                    t.rupiah(sum(s.spending_idr for s in moved)),
                    t.rupiah(sum(s.grants_cash_idr for s in moved)),
                    t.rupiah(sum(s.grants_in_kind_idr for s in moved)),
                ],
                clip=(1,),
            )
        )
    else:
        story.append(
            _p(
                t(
                    "Tidak ada belanja atau hibah pada perjanjian dalam tahun ini.",
                    "No spending or grant on an agreement in the year.",
                ),
                BODY,
            )
        )
    story.append(_p(t("Per kelompok akun", "Per account group"), H2))
    groups = {
        BudgetSide.REVENUE.value: t("Pendapatan (hibah)", "Revenue (grants)"),
        BudgetSide.SPENDING.value: t("Belanja", "Spending"),
        BudgetSide.FINANCING.value: t("Pembiayaan", "Financing"),
    }
    if data.accounts:
        rows = []
        for side, name in groups.items():
            lines = [a for a in data.accounts if a.side == side]
            if not lines:
                continue
            rows += [[a.account_code, a.account_name, name, t.rupiah(a.total_idr)] for a in lines]
            rows.append(
                [
                    "",
                    t(f"Jumlah {name.lower()}", f"Total {name.lower()}"),
                    "",
                    t.rupiah(sum(a.total_idr for a in lines)),
                ]
            )
        story.extend(
            _rows_table(
                [t("Kode akun", "Account"), t("Uraian", "Name"), t("Kelompok", "Group"), t("Jumlah", "Amount")],
                rows,
                [38 * mm, width - 103 * mm, 30 * mm, 35 * mm],
                right=(3,),
                clip=(1,),
            )
        )
    else:
        story.append(_p("—", BODY))
    return story


def _footer(text: str, width: float, indonesian: bool) -> Callable[[Canvas, int, int], None]:
    def draw(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 9 * mm
        canvas.drawString(MARGIN_LEFT, y, text)
        numbered = page_of(page, total, False) if indonesian else f"Page {page} of {total}"
        canvas.drawRightString(width - MARGIN_RIGHT, y, numbered)
        canvas.restoreState()

    return draw


def render_annual_report(data: AnnualReportData) -> bytes:
    """The PDF of the annual cooperation report."""
    register_fonts()
    t = _Text(data.language)
    page_width, page_height = page_size(data.letterhead.paper)
    width = page_width - MARGIN_LEFT - MARGIN_RIGHT
    title = t(
        f"Laporan Tahunan Kerja Sama Luar Negeri Tahun {data.year}", f"Annual Foreign Cooperation Report {data.year}"
    )
    government = data.letterhead.government_id if t.id else data.letterhead.government_en
    story: list[Flowable] = [
        *letterhead_flowables(data.letterhead, width),
        _p(title.upper(), TITLE),
        _p(
            t(f"{government} · disusun {t.date(data.made_on)}", f"{government} · made on {t.date(data.made_on)}"),
            SUBTITLE,
        ),
        Spacer(1, 5 * mm),
    ]
    if data.is_empty:
        story.append(
            _p(
                t(
                    f"Tidak ada data kerja sama untuk tahun {data.year}: tidak ada perjanjian yang berlaku, "
                    "ditandatangani, delegasi, maupun belanja atau hibah yang tercatat.",
                    f"There is no cooperation data for {data.year}: no agreement in force or signed, no delegation, "
                    "and no spending or grant recorded.",
                ),
                BODY,
            )
        )
        story.append(Spacer(1, 3 * mm))
    story += _summary(data, t, width)
    story += [CondPageBreak(120 * mm), _p(t("Grafik", "Charts"), H1)]
    story += [_country_chart(data, t, width), Spacer(1, 6 * mm)]
    story += [CondPageBreak(80 * mm), _status_chart(data, t, width), Spacer(1, 6 * mm)]
    story += [CondPageBreak(100 * mm), _money_chart(data, t, width)]
    story += [
        PageBreak(),
        _p(t("2. Kartu capaian per perjanjian", "2. Scorecard per agreement"), H1),
        _p(
            t(
                f"Perjanjian yang berlaku pada tahun {data.year}, dengan evaluasi tahunan dan rekomendasinya.",
                f"Agreements in force during {data.year}, with their yearly evaluation and recommendation.",
            ),
            NOTE,
        ),
    ]
    if not data.sections:
        story.append(
            _p(t("Tidak ada perjanjian yang berlaku pada tahun ini.", "No agreement was in force in the year."), BODY)
        )
    if len(data.sections) <= DETAILED_SECTIONS:
        for section in data.sections:
            story += _section(section, data, t, width)
    else:
        story += _scorecard_list(data, t, width)
    story += _dormant(data, t, width)
    story += _delegations(data, t, width)
    story += _money(data, t, width)

    buffer = io.BytesIO()
    with invariant():
        document = BaseDocTemplate(
            buffer,
            pagesize=(page_width, page_height),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=data.letterhead.government_id,
            creator="Secretariat",
            invariant=1,
            initialFontName=SANS,
            lang=data.language,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            width,
            page_height - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        document.build(story, canvasmaker=numbered_canvas(_footer(title, page_width, indonesian=t.id)))
    return buffer.getvalue()


__all__ = ["render_annual_report"]
