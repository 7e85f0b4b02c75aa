"""The visit documents as PDF: the delegation list, the programme booklet and the permit request letter.

Each takes the plain records of :mod:`secretariat.domain.visit_documents`
and returns the PDF's bytes, deterministic (the same data gives the same
bytes), on the office's paper (A4 or F4), with the bundled Noto fonts
embedded. Dates are written out in full ("31 Desember 2026").

* :func:`render_delegation_list`: a title block, the visit's facts and one
  table row per member (name and NIP, position, role, passport type and
  number, valid until); the header row repeats on every page. Indonesian
  and English when it goes abroad.
* :func:`render_programme`: a cover page (logo, region, the visit), the
  members, then each day of the visit with its times, activities, places and
  counterparts; protocol notes for an incoming visit.
* :func:`render_permit_letter`: the letter on the region's letterhead (logo,
  the government's name, address and contact lines over a double rule), the
  place and date, number, nature, attachments and subject, the addressee, the
  body with the members' table, and the signature block. A draft carries a
  light "KONSEP" mark and says its number is provisional.

Footers: "Halaman X dari Y / Page X of Y" and the delegation's code; the
letter numbers its pages only when it has more than one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from num2words import num2words
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.documents.agreement_draft import page_size
from secretariat.documents.fonts import SANS, SANS_BOLD, register_fonts
from secretariat.documents.letterhead import letterhead_flowables, picture
from secretariat.documents.pdf_common import invariant, markup, numbered_canvas, page_of
from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.visit_documents import (
    NO_NUMBER,
    DelegationList,
    Letterhead,
    ListedMember,
    PermitLetter,
    Programme,
    VisitFacts,
    agreement_sentence,
    in_sentence,
    period_en,
    period_id,
    weekday_date_en,
    weekday_date_id,
)

MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.black
MUTED = colors.Color(0.38, 0.38, 0.38)
RULE = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.90, 0.92, 0.95)
DAY_FILL = colors.Color(0.95, 0.95, 0.95)
DRAFT_GREY = colors.Color(0.90, 0.90, 0.90)
SIGNATURE_SPACE = 20 * mm  # room for the signature and the stamp
#: Every table names the bundled font, or reportlab would set (and so carry, unembedded) Helvetica.
_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def _style(name: str, parent: ParagraphStyle | None = None, **values: Any) -> ParagraphStyle:
    """A paragraph style: the bundled sans-serif font, or ``parent``'s settings, changed by ``values``; list
    numbers ("1.") in the text's own size."""
    if parent is not None:
        values.setdefault("bulletFontSize", values.get("fontSize", parent.fontSize))
        return ParagraphStyle(name, parent=parent, **values)
    base: dict[str, Any] = {
        "fontName": SANS,
        "fontSize": 10,
        "leading": 13,
        "textColor": INK,
        "bulletFontName": SANS,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(values)
    base["bulletFontSize"] = values.get("bulletFontSize", base["fontSize"])
    return ParagraphStyle(name, **base)


BODY = _style("body")
BODY_JUSTIFIED = _style("body-justified", fontSize=11, leading=15.5, alignment=TA_JUSTIFY)
CELL = _style("cell", fontSize=9, leading=11.5)
CELL_BOLD = _style("cell-bold", fontName=SANS_BOLD, fontSize=9, leading=11.5)
CELL_SMALL = _style("cell-small", fontSize=8, leading=10, textColor=MUTED)
CELL_CENTRE = _style("cell-centre", fontSize=9, leading=11.5, alignment=TA_CENTER)
HEAD = _style("head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5)
HEAD_EN = _style("head-en", fontSize=7.5, leading=9.5, textColor=MUTED)
TITLE = _style("title", fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_CENTER)
TITLE_EN = _style("title-en", fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=MUTED)
LABEL = _style("label", fontSize=9.5, leading=12.5)
LABEL_EN = _style("label-en", fontSize=8, leading=10, textColor=MUTED)
VALUE = _style("value", fontName=SANS_BOLD, fontSize=9.5, leading=12.5)
VALUE_EN = _style("value-en", fontSize=9, leading=11.5, textColor=MUTED)


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _two(indonesian: str, english: str | None, style: ParagraphStyle, style_en: ParagraphStyle) -> list[Flowable]:
    """An Indonesian text with its English twin below, smaller and grey (omitted when None or the same)."""
    parts: list[Flowable] = [_p(indonesian, style)]
    if english and english != indonesian:
        parts.append(_p(english, style_en))
    return parts


def _width(letterhead: Letterhead) -> tuple[float, float, float]:
    """Page width, page height and the width of the text frame."""
    width, height = page_size(letterhead.paper)
    return width, height, width - MARGIN_LEFT - MARGIN_RIGHT


def _logo(png: bytes | None, height: float) -> Flowable | None:
    return picture(png, height)


def _frame(width: float, height: float, frame_id: str = "body") -> Frame:
    return Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _build(
    story: list[Flowable],
    letterhead: Letterhead,
    title: str,
    subject: str,
    furniture: Any,
    templates: Sequence[PageTemplate] | None = None,
) -> bytes:
    width, height = page_size(letterhead.paper)
    buffer = io.BytesIO()
    with invariant():
        document = BaseDocTemplate(
            buffer,
            pagesize=(width, height),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=letterhead.government_id,
            creator="Secretariat",
            invariant=1,
            initialFontName=SANS,
            lang="id",
        )
        document.addPageTemplates(
            list(templates) if templates else [PageTemplate(id="page", frames=[_frame(width, height)])]
        )
        document.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def _footer(left: str, bilingual: bool, width: float, *, from_page: int = 1, only_if_several: bool = False) -> Any:
    def draw(canvas: Canvas, page: int, total: int) -> None:
        if page < from_page or (only_if_several and total < 2):
            return
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = MARGIN_BOTTOM - 9 * mm
        canvas.line(MARGIN_LEFT, y + 9, width - MARGIN_RIGHT, y + 9)
        if left:
            canvas.drawString(MARGIN_LEFT, y, left)
        canvas.drawRightString(width - MARGIN_RIGHT, y, page_of(page, total, bilingual))
        canvas.restoreState()

    return draw


#: One line of facts: Indonesian label, English label (None: Indonesian only), value, English value (or None).
FactRow = tuple[str, str | None, str, str | None]


def _facts_table(rows: list[FactRow], frame_width: float) -> Table:
    """Label (English below it) : value (English below it, grey), for the visit's facts."""
    label_width = 42 * mm
    data = [
        [_two(label_id, label_en, LABEL, LABEL_EN), _p(":", LABEL), _two(value, value_en, VALUE, VALUE_EN)]
        for label_id, label_en, value, value_en in rows
    ]
    table = Table(data, colWidths=[label_width, 4 * mm, frame_width - label_width - 4 * mm])
    table.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _visit_rows(visit: VisitFacts, bilingual: bool) -> list[FactRow]:
    def en(text: str) -> str | None:
        return text if bilingual else None

    rows: list[FactRow] = [
        ("Kode delegasi", en("Delegation code"), visit.code, None),
        ("Keperluan", en("Purpose"), visit.purpose, None),
    ]
    if visit.outgoing:
        rows.append(("Tujuan", en("Destination"), visit.destination("id"), en(visit.destination("en"))))
    else:
        rows.append(("Asal delegasi", en("Delegation from"), visit.country_id, en(visit.country_en)))
        if visit.cities:
            rows.append(("Tempat kunjungan", en("Places visited"), visit.cities, None))
    rows.append(
        (
            "Tanggal",
            en("Dates"),
            f"{period_id(visit.start_on, visit.end_on)} ({visit.days} hari)",
            en(f"{period_en(visit.start_on, visit.end_on)} ({visit.days} days)"),
        )
    )
    if visit.agreement:
        rows.append(("Dasar kerja sama", en("Under the agreement"), visit.agreement, None))
    return rows


def _grid(
    data: list[list[Any]], widths: list[float], header_rows: int = 1, extra: list[tuple[Any, ...]] | None = None
) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                *(extra or []),
            ]
        )
    )
    return table


def _heading_cell(indonesian: str, english: str, bilingual: bool) -> list[Flowable]:
    return _two(indonesian, english if bilingual else None, HEAD, HEAD_EN)


# --------------------------------------------------------------------------- the delegation list


def _member_name_cell(member: ListedMember) -> list[Flowable]:
    cell: list[Flowable] = [_p(member.name, CELL_BOLD)]
    if member.nip:
        cell.append(_p(f"NIP. {member.nip}", CELL_SMALL))
    return cell


def _position_cell(member: ListedMember) -> list[Flowable]:
    cell: list[Flowable] = [_p(member.position or "-", CELL)]
    if member.organisation:
        cell.append(_p(member.organisation, CELL_SMALL))
    return cell


def _role_cell(member: ListedMember, bilingual: bool) -> list[Flowable]:
    return _two(member.role_id, member.role_en if bilingual else None, CELL, CELL_SMALL)


def _passport_cell(member: ListedMember, bilingual: bool) -> list[Flowable]:
    if not member.passport_number:
        return [_p("-", CELL)]
    cell: list[Flowable] = [_p(member.passport_number, CELL_BOLD)]
    if member.passport_type_id:
        kind = (
            f"{member.passport_type_id} / {member.passport_type_en}"
            if bilingual and member.passport_type_en and member.passport_type_en != member.passport_type_id
            else member.passport_type_id
        )
        cell.append(_p(kind, CELL_SMALL))
    return cell


def _expiry_cell(member: ListedMember, bilingual: bool) -> list[Flowable]:
    if member.passport_expiry is None:
        return [_p("-", CELL)]
    return _two(
        format_date_id(member.passport_expiry),
        format_date_en(member.passport_expiry) if bilingual else None,
        CELL,
        CELL_SMALL,
    )


def _hosts_block(data: DelegationList, frame: float, bilingual: bool) -> list[Flowable]:
    """Our own people accompanying an incoming delegation: apart from the guests, no passports."""
    head = data.letterhead
    widths = [8 * mm, 58 * mm, 58 * mm]
    widths.append(frame - sum(widths))
    rows: list[list[Any]] = [
        [
            _p("No.", HEAD),
            _heading_cell("Nama", "Name", bilingual),
            _heading_cell("Jabatan", "Position", bilingual),
            _heading_cell("Kedudukan", "Role", bilingual),
        ]
    ]
    rows += [
        [_p(f"{n}.", CELL_CENTRE), _member_name_cell(m), _position_cell(m), _role_cell(m, bilingual)]
        for n, m in enumerate(data.hosts, start=1)
    ]
    return [
        Spacer(1, 6 * mm),
        *_two(
            f"Pendamping dari {head.government_id}",
            f"Accompanying officers of {head.government_en}" if bilingual else None,
            _style("hosts", fontName=SANS_BOLD, fontSize=10.5, leading=14),
            _style("hosts-en", fontSize=9, leading=12, textColor=MUTED),
        ),
        Spacer(1, 2 * mm),
        _grid(rows, widths),
    ]


def render_delegation_list(data: DelegationList) -> bytes:
    """The list of the delegation's members with their passports."""
    register_fonts()
    width, _height, frame = _width(data.letterhead)
    bilingual = data.bilingual
    story: list[Flowable] = []
    logo = _logo(data.letterhead.logo_png, 16 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 3 * mm)]
    story += _two("DAFTAR NAMA ANGGOTA DELEGASI", "LIST OF DELEGATION MEMBERS" if bilingual else None, TITLE, TITLE_EN)
    story += _two(
        data.letterhead.government_id.upper(),
        data.letterhead.government_en if bilingual else None,
        _style("list-gov", fontName=SANS_BOLD, fontSize=10.5, leading=14, alignment=TA_CENTER),
        TITLE_EN,
    )
    story += [Spacer(1, 6 * mm), _facts_table(_visit_rows(data.visit, bilingual), frame), Spacer(1, 5 * mm)]
    widths = [8 * mm, 38 * mm, 34 * mm, 24 * mm, 27 * mm]  # the rest (about 34 mm) fits "31 Desember 2030"
    widths.append(frame - sum(widths))
    header = [
        _p("No.", HEAD),
        _heading_cell("Nama", "Name", bilingual),
        _heading_cell("Jabatan", "Position", bilingual),
        _heading_cell("Kedudukan", "Role", bilingual),
        _heading_cell("Paspor", "Passport", bilingual),
        _heading_cell("Berlaku sampai", "Valid until", bilingual),
    ]
    guests = data.guests
    rows = [header] + [
        [
            _p(f"{number}.", CELL_CENTRE),
            _member_name_cell(m),
            _position_cell(m),
            _role_cell(m, bilingual),
            _passport_cell(m, bilingual),
            _expiry_cell(m, bilingual),
        ]
        for number, m in enumerate(guests, start=1)
    ]
    story.append(_grid(rows, widths))
    count = len(guests)
    story += [
        Spacer(1, 3 * mm),
        _p(
            f"Jumlah anggota delegasi: {count} orang" + (f" / Members of the delegation: {count}" if bilingual else ""),
            _style("count", fontSize=9, leading=12),
        ),
    ]
    if data.hosts:
        story += _hosts_block(data, frame, bilingual)
    if data.issued_on:
        story += [
            Spacer(1, 1 * mm),
            _p(
                f"Per {format_date_id(data.issued_on)}"
                + (f" / As of {format_date_en(data.issued_on)}" if bilingual else ""),
                _style("asof", fontSize=8, leading=10, textColor=MUTED),
            ),
        ]
    name = "Daftar anggota delegasi / Delegation list" if bilingual else "Daftar anggota delegasi"
    return _build(
        story,
        data.letterhead,
        f"{name} {data.visit.code}",
        data.visit.purpose,
        _footer(f"{data.visit.code} · {name}", bilingual, width),
    )


# --------------------------------------------------------------------------- the programme booklet


def _cover(data: Programme, frame: float, height: float) -> list[Flowable]:
    visit = data.visit
    story: list[Flowable] = [Spacer(1, 30 * mm)]
    logo = _logo(data.letterhead.logo_png, 34 * mm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [logo, Spacer(1, 8 * mm)]
    story += _two(
        data.letterhead.government_id.upper(),
        data.letterhead.government_en,
        _style("cover-gov", fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
        TITLE_EN,
    )
    story += [Spacer(1, 18 * mm)]
    story += _two(
        "PROGRAM KUNJUNGAN",
        "VISIT PROGRAMME",
        _style("cover-title", fontName=SANS_BOLD, fontSize=24, leading=30, alignment=TA_CENTER),
        _style("cover-title-en", fontSize=15, leading=20, alignment=TA_CENTER, textColor=MUTED),
    )
    story.append(Spacer(1, 8 * mm))
    if visit.outgoing:
        line_id = f"Delegasi {data.letterhead.government_id} ke {visit.destination('id')}"
        line_en = f"Delegation of {data.letterhead.government_en} to {visit.destination('en')}"
    else:
        line_id = f"Kunjungan delegasi {visit.country_id} ke {data.letterhead.government_id}"
        line_en = f"Visit of the delegation from {visit.country_en} to {data.letterhead.government_en}"
    story += _two(
        line_id,
        line_en,
        _style("cover-line", fontName=SANS_BOLD, fontSize=12.5, leading=17, alignment=TA_CENTER),
        _style("cover-line-en", fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=MUTED),
    )
    story.append(Spacer(1, 5 * mm))
    story += _two(
        visit.purpose, None, _style("cover-purpose", fontSize=11.5, leading=16, alignment=TA_CENTER), TITLE_EN
    )
    story.append(Spacer(1, 5 * mm))
    story += _two(
        f"{period_id(visit.start_on, visit.end_on)}",
        period_en(visit.start_on, visit.end_on),
        _style("cover-dates", fontName=SANS_BOLD, fontSize=12, leading=16, alignment=TA_CENTER),
        _style("cover-dates-en", fontSize=10.5, leading=14, alignment=TA_CENTER, textColor=MUTED),
    )
    if data.head_of_delegation:
        story += [Spacer(1, 10 * mm)]
        story += _two(
            "Ketua delegasi",
            "Head of delegation",
            LABEL_EN.clone("hd", alignment=TA_CENTER, fontSize=9),
            LABEL_EN.clone("hd-en", alignment=TA_CENTER),
        )
        story.append(
            _p(
                data.head_of_delegation,
                _style("cover-head", fontName=SANS_BOLD, fontSize=12, leading=16, alignment=TA_CENTER),
            )
        )
    story += [
        Spacer(1, 12 * mm),
        _p(visit.code, _style("cover-code", fontSize=9, leading=12, alignment=TA_CENTER, textColor=MUTED)),
    ]
    return story


def _members_block(members: tuple[ListedMember, ...], frame: float) -> list[Flowable]:
    if not members:
        return []
    widths = [8 * mm, 58 * mm, 58 * mm]
    widths.append(frame - sum(widths))
    rows: list[list[Any]] = [
        [
            _p("No.", HEAD),
            _heading_cell("Nama", "Name", True),
            _heading_cell("Jabatan", "Position", True),
            _heading_cell("Kedudukan", "Role", True),
        ]
    ]
    rows += [
        [_p(f"{n}.", CELL_CENTRE), _p(m.name, CELL_BOLD), _position_cell(m), _role_cell(m, True)]
        for n, m in enumerate(members, start=1)
    ]
    return [*_section("SUSUNAN DELEGASI", "MEMBERS OF THE DELEGATION"), _grid(rows, widths), Spacer(1, 7 * mm)]


def _section(indonesian: str, english: str) -> list[Flowable]:
    return [
        *_two(
            indonesian,
            english,
            _style("section", fontName=SANS_BOLD, fontSize=11.5, leading=15),
            _style("section-en", fontSize=9, leading=12, textColor=MUTED),
        ),
        Spacer(1, 2.5 * mm),
    ]


def _day_flowables(number: int, day: Any, frame: float) -> list[Flowable]:
    heading = Table(
        [
            [
                [
                    _p(
                        f"Hari ke-{number} · {weekday_date_id(day.day)}",
                        _style("day", fontName=SANS_BOLD, fontSize=10.5, leading=13.5),
                    ),
                    _p(
                        f"Day {number} · {weekday_date_en(day.day)}",
                        _style("day-en", fontSize=8.5, leading=11, textColor=MUTED),
                    ),
                ],
            ]
        ],
        colWidths=[frame],
    )
    heading.setStyle(
        TableStyle(
            [
                *_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), DAY_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if not day.items:
        body: Flowable = _p(
            "Tidak ada kegiatan terjadwal / No scheduled activity",
            _style("free", fontSize=9, leading=12, textColor=MUTED),
        )
        return [CondPageBreak(30 * mm), KeepTogether([heading, Spacer(1, 2), body]), Spacer(1, 5 * mm)]
    widths = [24 * mm, frame - 24 * mm - 40 * mm - 38 * mm, 40 * mm, 38 * mm]
    rows: list[list[Any]] = [
        [
            _heading_cell("Waktu", "Time", True),
            _heading_cell("Kegiatan", "Activity", True),
            _heading_cell("Tempat", "Place", True),
            _heading_cell("Pihak yang ditemui", "Counterpart", True),
        ]
    ]
    rows += [
        [
            _p(item.times() or "-", CELL),
            _two(item.activity, item.activity_en, CELL, CELL_SMALL),
            _p(item.place or "-", CELL),
            _p(item.counterpart or "-", CELL),
        ]
        for item in day.items
    ]
    table = _grid(rows, widths)
    first_rows = _grid(rows[:2], widths)
    keep = heading.wrap(frame, 1000)[1] + first_rows.wrap(frame, 1000)[1] + 4
    return [CondPageBreak(keep), heading, Spacer(1, 2), table, Spacer(1, 5 * mm)]


def render_programme(data: Programme) -> bytes:
    """The itinerary booklet: cover page, members, then the visit day by day."""
    register_fonts()
    width, height, frame = _width(data.letterhead)
    story = _cover(data, frame, height)
    story += [NextPageTemplate("pages"), PageBreak()]
    story += _members_block(tuple(m for m in data.members if not m.host), frame)
    story += _section("JADWAL KEGIATAN", "PROGRAMME")
    for number, day in enumerate(data.days, start=1):
        story += _day_flowables(number, day, frame)
    notes = data.protocol.rows()
    if notes:
        story += [
            CondPageBreak(40 * mm),
            *_section("KETERANGAN PROTOKOL", "PROTOCOL NOTES"),
            _facts_table([(label_id, label_en, value, None) for label_id, label_en, value in notes], frame),
        ]
    templates = [
        PageTemplate(id="cover", frames=[_frame(width, height, "cover")]),
        PageTemplate(id="pages", frames=[_frame(width, height)]),
    ]
    name = "Program kunjungan / Visit programme"
    return _build(
        story,
        data.letterhead,
        f"{name} {data.visit.code}",
        data.visit.purpose,
        _footer(f"{data.visit.code} · {name}", True, width, from_page=2),
        templates,
    )


# --------------------------------------------------------------------------- the permit request letter


def _count_words(number: int) -> str:
    return f"{number} ({num2words(number, lang='id')})"


def _letter_heading(letter: PermitLetter, frame: float) -> list[Flowable]:
    body = _style("letter", fontSize=11, leading=15)
    bold = _style("letter-bold", fontName=SANS_BOLD, fontSize=11, leading=15)
    place_date = ", ".join(part for part in (letter.place, format_date_id(letter.dated)) if part)
    if letter.number:
        number = f"{letter.number} (sementara)" if letter.provisional and not letter.number_issued else letter.number
    else:
        number = NO_NUMBER
    left_rows = [
        ("Nomor", number, body),
        ("Sifat", "Biasa", body),
        ("Lampiran", f"{_count_words(1)} berkas" if letter.attachments else "-", body),
        ("Hal", letter.subject, bold),
    ]
    label_width = 22 * mm
    left_width = frame * 0.56
    left = Table(
        [[_p(name, body), _p(":", body), _p(value, style)] for name, value, style in left_rows],
        colWidths=[label_width, 4 * mm, left_width - label_width - 4 * mm],
    )
    left.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    addressee = [_p("Kepada", body), _p(f"Yth. {letter.addressee[0]}" if letter.addressee else "Yth.", body)]
    addressee += [_p(line, body) for line in letter.addressee[1:]]
    addressee += [_p("di", body), _p(letter.addressee_place, _style("place", parent=body, leftIndent=8 * mm))]
    right_width = frame - left_width
    layout = Table([["", _p(place_date, body)], [left, addressee]], colWidths=[left_width, right_width])
    layout.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
            ]
        )
    )
    return [layout, Spacer(1, 5 * mm)]


# The letter's table is set tighter than the lists: ten members and the signature fit one F4 page.
_LETTER_CELL = _style("letter-cell", fontSize=9, leading=10.5)
_LETTER_NAME = _style("letter-name", fontName=SANS_BOLD, fontSize=9, leading=10.5)
_LETTER_NIP = _style("letter-nip", fontSize=8, leading=9.5, textColor=MUTED)


def _letter_members(members: tuple[ListedMember, ...], frame: float) -> Table:
    widths = [9 * mm, 62 * mm, 0.0, 34 * mm]
    widths[2] = frame - sum(widths)
    rows: list[list[Any]] = [[_p("No.", HEAD), _p("Nama / NIP", HEAD), _p("Jabatan", HEAD), _p("Kedudukan", HEAD)]]
    for number, member in enumerate(members, start=1):
        name: list[Flowable] = [_p(member.name, _LETTER_NAME)]
        if member.nip:
            name.append(_p(f"NIP. {member.nip}", _LETTER_NIP))
        rows.append(
            [
                _p(f"{number}.", _style("letter-no", parent=_LETTER_CELL, alignment=TA_CENTER)),
                name,
                _p(member.position or "-", _LETTER_CELL),
                _p(member.role_id, _LETTER_CELL),
            ]
        )
    return _grid(rows, widths, extra=[("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5)])


def _letter_body(letter: PermitLetter, frame: float) -> list[Flowable]:
    visit = letter.visit
    text = _style(
        "letter-body", fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=2 * mm
    )
    plain = _style("letter-plain", parent=text, firstLineIndent=0)
    count = len(letter.members)
    story: list[Flowable] = [_p("Dengan hormat,", plain)]
    story.append(
        _p(
            f"Dalam rangka {in_sentence(visit.purpose).rstrip('.')}, bersama ini kami mengajukan permohonan "
            f"izin perjalanan dinas luar negeri ke {visit.destination('id')} "
            f"pada tanggal {period_id(visit.start_on, visit.end_on)} "
            f"selama {_count_words(visit.days)} hari bagi {_count_words(count)} orang anggota delegasi "
            f"{letter.region} dengan susunan sebagai berikut:",
            text,
        )
    )
    story += [_letter_members(letter.members, frame), Spacer(1, 3 * mm)]
    sentence = agreement_sentence(visit)
    if sentence:
        story.append(_p(sentence, text))
    funding = letter.funding
    account = ""
    if funding.account_code:
        name = f" ({funding.account_name})" if funding.account_name else ""
        account = f", kode rekening {funding.account_code}{name}"
    story.append(
        _p(
            f"Biaya perjalanan dinas tersebut dibebankan pada Anggaran Pendapatan dan Belanja Daerah (APBD) "
            f"{letter.region} Tahun Anggaran {funding.fiscal_year}{account}.",
            text,
        )
    )
    return story


def _attachments(letter: PermitLetter, frame: float) -> list[Flowable]:
    if not letter.attachments:
        return []
    text = _style("letter-attachments", fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm)
    return [
        _p("Sebagai bahan pertimbangan, bersama ini kami lampirkan:", text),
        Spacer(1, 2 * mm),
        _numbered_columns(letter.attachments, frame),
        Spacer(1, 2 * mm),
    ]


def _numbered_columns(entries: tuple[str, ...], frame: float) -> Flowable:
    """A numbered list, in two columns (numbered down the first, then the second) when it has more than
    three entries."""
    item = _style("letter-item", fontSize=11, leading=14.5, leftIndent=6 * mm, bulletIndent=0)
    paragraphs = [Paragraph(markup(entry), item, bulletText=f"{n}.") for n, entry in enumerate(entries, start=1)]
    indent = 10 * mm
    if len(paragraphs) <= 3:
        columns: list[list[Any]] = [["", p] for p in paragraphs]
        widths = [indent, frame - indent]
    else:
        half = (len(paragraphs) + 1) // 2
        left, right = paragraphs[:half], paragraphs[half:]
        columns = [["", left[i], right[i] if i < len(right) else ""] for i in range(half)]
        widths = [indent, (frame - indent) / 2, (frame - indent) / 2]
    table = Table(columns, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _closing(frame: float) -> Paragraph:
    return _p(
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan perkenan Bapak, kami ucapkan terima kasih.",
        _style("letter-closing", fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
    )


def _signature(letter: PermitLetter, frame: float) -> Flowable:
    sign = _style("sign", fontSize=11, leading=15, alignment=TA_LEFT)
    sign_name = _style("sign-name", fontName=SANS_BOLD, fontSize=11, leading=15)
    who = letter.signatory
    block: list[Flowable] = []
    if who.on_behalf_of:
        block.append(_p(f"a.n. {who.on_behalf_of.upper()}", sign))
    block.append(_p(f"{who.title.upper()},", sign))
    block.append(Spacer(1, SIGNATURE_SPACE))
    block.append(Paragraph(f"<u>{markup(who.name)}</u>" if who.name else "(" + "." * 40 + ")", sign_name))
    if who.nip:
        block.append(_p(f"NIP. {who.nip}", sign))
    left_width = frame * 0.5
    table = Table([["", block]], colWidths=[left_width, frame - left_width])
    table.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _copies(letter: PermitLetter) -> list[Flowable]:
    if not letter.copies:
        return []
    small = _style("copies", fontSize=8.5, leading=11)
    item = _style("copies-item", fontSize=8.5, leading=11, leftIndent=5 * mm, bulletIndent=0)
    return [Spacer(1, 3 * mm), _p("Tembusan:", small)] + [
        Paragraph(markup(entry), item, bulletText=f"{n}.") for n, entry in enumerate(letter.copies, start=1)
    ]


def _draft_mark(width: float, height: float, number_issued: bool = False) -> Any:
    note = (
        "KONSEP - surat ini sudah bernomor; cetak ulang final memakai nomor yang sama"
        if number_issued
        else "KONSEP - nomor surat sementara; nomor diterbitkan saat surat difinalkan"
    )

    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(DRAFT_GREY)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.setFont(SANS_BOLD, 96)
        canvas.drawCentredString(0, -30, "KONSEP")
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_RIGHT, height - 10 * mm, note)
        canvas.restoreState()

    return draw


def render_permit_letter(letter: PermitLetter) -> bytes:
    """The letter asking for the foreign-travel permit, ready to sign (or a draft of it)."""
    register_fonts()
    width, height, frame = _width(letter.letterhead)
    story = letterhead_flowables(letter.letterhead, frame)
    story += _letter_heading(letter, frame)
    story += _letter_body(letter, frame)
    # the list of attachments and the closing sentence stay with the signature: a page never holds the
    # signature alone (and the carbon copies with it: they never stand alone on a page)
    tail = [*_attachments(letter, frame), _closing(frame), Spacer(1, 5 * mm), _signature(letter, frame)]
    story.append(KeepTogether([*tail, *_copies(letter)]))
    on_page = _draft_mark(width, height, letter.number_issued) if letter.provisional else None
    template = (
        PageTemplate(id="letter", frames=[_frame(width, height)], onPage=on_page)
        if on_page
        else PageTemplate(id="letter", frames=[_frame(width, height)])
    )
    footer_left = letter.number if letter.number and (not letter.provisional or letter.number_issued) else ""
    return _build(
        story,
        letter.letterhead,
        letter.subject,
        f"{letter.subject} - {letter.visit.code}",
        _footer(footer_left, False, width, only_if_several=True),
        [template],
    )


__all__ = [
    "letterhead_flowables",
    "render_delegation_list",
    "render_permit_letter",
    "render_programme",
]
