"""The pages a signed-agreement packet adds to the stored documents, drawn with reportlab.

* :func:`render_cover`: bilingual cover: the region, "PAKET NASKAH PERJANJIAN / AGREEMENT PACKET",
  instrument, titles, both reference numbers, parties, signing date and place, signatories, the stage
  history in brief and a table of contents with the page where each part starts; "TIDAK LENGKAP /
  INCOMPLETE" and what is missing when the packet was made without its required parts.
* :func:`render_checksum_page`: every part with its file name, kind, date added, who added it, page
  range and SHA-256; the SHA-256 of the final text that was signed; the packet's content hash and a QR
  code (reportlab's own) carrying the agreement's global id and that hash.
* :func:`render_covering_letter`: the surat pengantar to the recipient, on the region's letterhead
  (drawn by :func:`letterhead` only, so that another letterhead can be put in one place).
* :func:`render_stamps`: one page per packet page, blank but for the stamp in the bottom margin
  ("Paket / Packet 3 / 60 · 001/KS/2026"), laid over each page of the packet.

Every page keeps the bottom :data:`STAMP_BAND` free, where the stamp goes. Output is deterministic.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from secretariat.documents.agreement_draft import page_size
from secretariat.documents.fonts import SANS, SANS_BOLD, register_fonts
from secretariat.documents.pdf_common import invariant, markup
from secretariat.documents.visit_documents import letterhead_flowables
from secretariat.domain.drafting import format_date_en, format_date_id
from secretariat.domain.packets import CoveringLetter, PacketData, qr_payload
from secretariat.domain.visit_documents import Letterhead

MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 22 * mm
#: The strip at the foot of every packet page that holds the stamp and nothing else.
STAMP_BAND = 14 * mm
STAMP_BASELINE = 6.5 * mm
STAMP_RIGHT = 18 * mm

INK = colors.black
MUTED = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
HEAD_FILL = colors.Color(0.90, 0.92, 0.95)
WARNING = colors.Color(0.72, 0.05, 0.05)
_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
    base.update(values)
    return ParagraphStyle(name, **base)


TITLE = _style("title", fontName=SANS_BOLD, fontSize=15, leading=19, alignment=TA_CENTER)
TITLE_EN = _style("title-en", fontSize=11, leading=14, alignment=TA_CENTER, textColor=MUTED)
BIG = _style("big", fontName=SANS_BOLD, fontSize=12, leading=15.5, alignment=TA_CENTER)
BIG_EN = _style("big-en", fontSize=10.5, leading=13.5, alignment=TA_CENTER, textColor=MUTED)
LABEL = _style("label", fontSize=8.5, leading=11)
LABEL_EN = _style("label-en", fontSize=7.5, leading=9.5, textColor=MUTED)
VALUE = _style("value", fontName=SANS_BOLD, fontSize=9.5, leading=12)
VALUE_EN = _style("value-en", fontSize=8.5, leading=11, textColor=MUTED)
CELL = _style("cell", fontSize=8, leading=10)
CELL_EN = _style("cell-en", fontSize=7, leading=9, textColor=MUTED)
CELL_BOLD = _style("cell-bold", fontName=SANS_BOLD, fontSize=8, leading=10)
HEAD = _style("head", fontName=SANS_BOLD, fontSize=7.5, leading=9.5)
HEAD_EN = _style("head-en", fontSize=6.5, leading=8.5, textColor=MUTED)
HASH = _style("hash", fontSize=7, leading=8.8)
SECTION = _style("section", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
NOTE = _style("note", fontSize=8, leading=10.5, textColor=MUTED)
WARN = _style("warn", fontName=SANS_BOLD, fontSize=16, leading=20, alignment=TA_CENTER, textColor=WARNING)
WARN_TEXT = _style("warn-text", fontSize=9, leading=12, textColor=WARNING)


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _two(indonesian: str, english: str | None, style: ParagraphStyle, style_en: ParagraphStyle) -> list[Flowable]:
    parts: list[Flowable] = [_p(indonesian, style)]
    if english and english != indonesian:
        parts.append(_p(english, style_en))
    return parts


def _frame_width(paper: str) -> float:
    return float(page_size(paper)[0] - MARGIN_LEFT - MARGIN_RIGHT)


def _tight(extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    return TableStyle(
        _FONT
        + [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        + (extra or [])
    )


def _grid(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            _FONT
            + [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
            + (extra or [])
        )
    )
    return table


def _build(story: list[Flowable], paper: str, title: str, author: str) -> bytes:
    register_fonts()
    width, height = page_size(paper)
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
            author=author,
            creator="Secretariat",
            invariant=1,
            initialFontName=SANS,
            lang="id",
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            width - MARGIN_LEFT - MARGIN_RIGHT,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        document.build(story)
    return buffer.getvalue()


# --------------------------------------------------------------------------- the table of contents


@dataclass(frozen=True)
class ContentsLine:
    title_id: str
    title_en: str
    first_page: int
    last_page: int


def _logo(png: bytes | None, height: float) -> Flowable | None:
    if not png:
        return None
    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    return Image(io.BytesIO(png), width=w * height / h, height=height)


def _fact_rows(data: PacketData) -> list[tuple[str, str, str, str | None]]:
    cover = data.cover
    rows: list[tuple[str, str, str, str | None]] = [
        ("Jenis", "Kind", cover.kind_id, cover.kind_en),
        ("Nomor daerah", "Region's number", cover.number or "-", None),
        ("Nomor mitra", "Partner's number", cover.partner_number or "-", None),
    ]
    parties_id = "\n".join(f"{p.name} ({p.country_id})" for p in cover.parties) or "-"
    parties_en = "\n".join(f"{p.name} ({p.country_en})" for p in cover.parties) or None
    rows.append(("Para pihak", "Parties", f"{cover.region_id}\n{parties_id}", f"{cover.region_en}\n{parties_en or ''}"))
    if cover.signed_on:
        signed_id = (
            f"{format_date_id(cover.signed_on)}, {cover.signed_place}"
            if cover.signed_place
            else format_date_id(cover.signed_on)
        )
        signed_en = (
            f"{format_date_en(cover.signed_on)}, {cover.signed_place}"
            if cover.signed_place
            else format_date_en(cover.signed_on)
        )
    else:
        signed_id, signed_en = "belum ditandatangani", "not signed yet"
    rows.append(("Ditandatangani", "Signed", signed_id, signed_en))
    if cover.signatories:
        rows.append(
            (
                "Penanda tangan",
                "Signatories",
                "\n".join(f"{s.name}, {s.title_id}" for s in cover.signatories),
                "\n".join(f"{s.name}, {s.title_en}" for s in cover.signatories),
            )
        )
    return rows


def _facts(data: PacketData, frame: float) -> Table:
    label_width = 40 * mm
    rows = [
        [_two(label_id, label_en, LABEL, LABEL_EN), _p(":", LABEL), _two(value, value_en, VALUE, VALUE_EN)]
        for label_id, label_en, value, value_en in _fact_rows(data)
    ]
    table = Table(rows, colWidths=[label_width, 4 * mm, frame - label_width - 4 * mm])
    table.setStyle(_tight([("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def _stages(data: PacketData, frame: float) -> list[Flowable]:
    if not data.cover.stages:
        return []
    rows: list[list[Any]] = [[_p("Tanggal / Date", HEAD), _p("Tahap / Stage", HEAD)]]
    for stage in data.cover.stages:
        text = f"{markup(stage.name_id)} <font color='#666666' size='7'>· {markup(stage.name_en)}</font>"
        rows.append([_p(format_date(stage.on, "d MMM y", locale="id"), CELL), Paragraph(text, CELL)])
    return [
        _p("Riwayat tahapan / Stage history", SECTION),
        _grid(
            rows,
            [26 * mm, frame - 26 * mm],
            [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
        ),
    ]


def _contents(contents: Sequence[ContentsLine], frame: float) -> list[Flowable]:
    rows: list[list[Any]] = [[_p("No.", HEAD), _p("Bagian / Part", HEAD), _p("Halaman / Page", HEAD)]]
    for number, line in enumerate(contents, 1):
        pages = str(line.first_page) if line.first_page == line.last_page else f"{line.first_page}–{line.last_page}"
        text = f"{markup(line.title_id)} <font color='#666666' size='7'>· {markup(line.title_en)}</font>"
        rows.append([_p(f"{number}.", CELL), Paragraph(text, CELL), _p(pages, CELL_BOLD)])
    return [
        _p("Daftar isi / Contents", SECTION),
        _grid(
            rows,
            [10 * mm, frame - 34 * mm, 24 * mm],
            [
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        ),
    ]


def _incomplete(data: PacketData, frame: float) -> list[Flowable]:
    if not data.missing:
        return []
    lines = [
        _p("TIDAK LENGKAP / INCOMPLETE", WARN),
        Spacer(1, 1.5 * mm),
        _p(
            "Paket ini dicetak tanpa bagian wajib berikut / This packet was printed without these required parts:",
            WARN_TEXT,
        ),
    ]
    for part in data.missing:
        lines.append(_p(f"• {part.title_id} ({part.reason_id}) / {part.title_en} ({part.reason_en})", WARN_TEXT))
    box = Table([[lines]], colWidths=[frame])
    box.setStyle(
        TableStyle(
            [
                *_FONT,
                ("BOX", (0, 0), (-1, -1), 1.2, WARNING),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [box, Spacer(1, 4 * mm)]


def render_cover(data: PacketData, contents: Sequence[ContentsLine]) -> bytes:
    """The bilingual cover with the table of contents."""
    register_fonts()
    frame = _frame_width(data.paper)
    cover = data.cover
    story: list[Flowable] = []
    logo = _logo(data.logo_png, 22 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 3 * mm)]
    story += [
        _p(cover.region_id.upper(), BIG),
        _p(cover.region_en, BIG_EN),
        Spacer(1, 4 * mm),
        _p("PAKET NASKAH PERJANJIAN", TITLE),
        _p("AGREEMENT PACKET", TITLE_EN),
        Spacer(1, 4 * mm),
        _p(cover.instrument_id, BIG),
        _p(cover.instrument_en, BIG_EN),
        Spacer(1, 2 * mm),
        _p(
            cover.title_id.replace("\n", " "),
            _style("t-id", fontName=SANS_BOLD, fontSize=11, leading=14.5, alignment=TA_CENTER),
        ),
        _p(
            cover.title_en.replace("\n", " "),
            _style("t-en", fontSize=10, leading=13, alignment=TA_CENTER, textColor=MUTED),
        ),
        Spacer(1, 4 * mm),
    ]
    story += _incomplete(data, frame)
    story.append(_facts(data, frame))
    story += _contents(contents, frame)
    story += _stages(data, frame)
    return _build(story, data.paper, f"Paket naskah {cover.number or ''}".strip(), cover.region_id)


# --------------------------------------------------------------------------- the checksum page


@dataclass(frozen=True)
class ChecksumLine:
    title_id: str
    title_en: str
    file_name: str
    kind_id: str
    kind_en: str
    added_on: str
    added_by: str
    first_page: int
    last_page: int
    sha256: str


def _split_hash(value: str) -> str:
    return f"{value[:32]}\n{value[32:]}" if len(value) == 64 else value


class _QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type hints: Flowable is Any
    """reportlab's own QR code at a given size."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        widget = QrCodeWidget(self.payload, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(self.size, self.size, transform=[self.size / (x1 - x0), 0, 0, self.size / (y1 - y0), 0, 0])
        drawing.add(widget)
        drawing.drawOn(self.canv, 0, 0)


def render_checksum_page(data: PacketData, lines: Sequence[ChecksumLine]) -> bytes:
    """The list of parts with their SHA-256, the final text's hash, the packet hash and the QR code."""
    register_fonts()
    frame = _frame_width(data.paper)
    story: list[Flowable] = [
        _p("DAFTAR DOKUMEN DAN SIDIK SHA-256", _style("h", fontName=SANS_BOLD, fontSize=12, leading=15.5)),
        _p("List of documents and their SHA-256 checksums", _style("h-en", fontSize=10, leading=13, textColor=MUTED)),
        Spacer(1, 1.5 * mm),
        _p(
            " ".join((data.cover.instrument_id, data.cover.number or "", "—", data.cover.title_id.replace("\n", " "))),
            NOTE,
        ),
        Spacer(1, 3 * mm),
    ]
    widths = [7 * mm, 0.0, 23 * mm, 27 * mm, 11 * mm, 55 * mm]
    widths[1] = frame - sum(widths)
    rows: list[list[Any]] = [
        [
            _p("No.", HEAD),
            _two("Bagian dan nama berkas", "Part and file name", HEAD, HEAD_EN),
            _two("Ditambahkan", "Added (date, by)", HEAD, HEAD_EN),
            _two("Jenis", "Kind", HEAD, HEAD_EN),
            _two("Hal.", "Pages", HEAD, HEAD_EN),
            _p("SHA-256", HEAD),
        ]
    ]
    for number, line in enumerate(lines, 1):
        pages = str(line.first_page) if line.first_page == line.last_page else f"{line.first_page}–{line.last_page}"
        rows.append(
            [
                _p(f"{number}.", CELL),
                [_p(line.title_id, CELL_BOLD), _p(line.title_en, CELL_EN), _p(line.file_name, CELL)],
                [_p(line.added_on, CELL), _p(line.added_by, CELL_EN)],
                _two(line.kind_id, line.kind_en, CELL, CELL_EN),
                _p(pages, CELL),
                _p(_split_hash(line.sha256), HASH),
            ]
        )
    story.append(_grid(rows, widths))
    story.append(Spacer(1, 5 * mm))
    packet_hash = data.content_sha256
    facts: list[list[Any]] = []
    if data.final_text_sha256:
        facts.append(
            [
                _two("SHA-256 naskah final yang ditandatangani", "SHA-256 of the final text signed", LABEL, LABEL_EN),
                _p(_split_hash(data.final_text_sha256), _style("hv", fontName=SANS_BOLD, fontSize=8, leading=10)),
            ]
        )
    facts.append(
        [
            _two("Sidik isi paket", "Packet content hash (SHA-256)", LABEL, LABEL_EN),
            _p(_split_hash(packet_hash), _style("hv2", fontName=SANS_BOLD, fontSize=8, leading=10)),
        ]
    )
    facts.append(
        [_two("Id global perjanjian", "Agreement's global id", LABEL, LABEL_EN), _p(data.agreement_gid, VALUE)]
    )
    qr_size = 34 * mm
    left = Table(facts, colWidths=[58 * mm, frame - qr_size - 6 * mm - 58 * mm])
    left.setStyle(_tight([("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    explanation = _p(
        "Kode QR memuat id global perjanjian dan sidik isi paket. Sidik isi paket adalah SHA-256 dari id global dan "
        "SHA-256 setiap bagian menurut urutannya; salinan arsip diperiksa dengan menghitung ulang SHA-256 "
        "dokumen yang tersimpan. / The QR code carries the agreement's global id and the packet content hash: the "
        "SHA-256 of the global id and of each part's SHA-256 in order; an archive copy is checked by recomputing "
        "the stored documents' SHA-256.",
        NOTE,
    )
    block = Table(
        [[[left, Spacer(1, 2 * mm), explanation], _QrCode(qr_payload(data.agreement_gid, packet_hash), qr_size)]],
        colWidths=[frame - qr_size - 2 * mm, qr_size + 2 * mm],
    )
    block.setStyle(_tight([("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story.append(KeepTogether([block]))
    return _build(story, data.paper, "Daftar sidik SHA-256", data.cover.region_id)


# --------------------------------------------------------------------------- the covering letter


def letterhead(head: Letterhead, frame_width: float) -> list[Flowable]:
    """The letterhead of the covering letter: the one place that draws it (issue 12 brings the bureau's)."""
    return letterhead_flowables(head, frame_width)


def _letter_heading(letter: CoveringLetter, frame: float, pages_total: int) -> list[Flowable]:
    body = _style("l-body", fontSize=10.5, leading=14.5)
    bold = _style("l-bold", fontName=SANS_BOLD, fontSize=10.5, leading=14.5)
    place_date = ", ".join(part for part in (letter.place, format_date_id(letter.dated)) if part)
    left_rows = [
        ("Nomor", letter.number, body),
        ("Sifat", "Biasa", body),
        ("Lampiran", f"1 (satu) berkas, {pages_total} halaman", body),
        ("Hal", letter.subject, bold),
    ]
    label_width = 22 * mm
    left_width = frame * 0.56
    left = Table(
        [[_p(name, body), _p(":", body), _p(value, style)] for name, value, style in left_rows],
        colWidths=[label_width, 4 * mm, left_width - label_width - 4 * mm],
    )
    left.setStyle(_tight())
    addressee: list[Flowable] = [_p("Kepada", body)]
    addressee.append(_p(f"Yth. {letter.addressee[0]}" if letter.addressee else "Yth.", body))
    addressee += [_p(line, body) for line in letter.addressee[1:]]
    addressee += [_p("di", body), _p(letter.addressee_place, _style("l-place", parent=body, leftIndent=8 * mm))]
    layout = Table([["", _p(place_date, body)], [left, addressee]], colWidths=[left_width, frame - left_width])
    layout.setStyle(_tight([("BOTTOMPADDING", (0, 0), (-1, 0), 3 * mm)]))
    return [layout, Spacer(1, 6 * mm)]


def render_covering_letter(letter: CoveringLetter, paper: str, pages_total: int) -> bytes:
    """The surat pengantar: the packet, what it holds, how it can be checked; signed by the bureau."""
    register_fonts()
    frame = _frame_width(paper)
    text = _style("l-text", fontSize=10.5, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=2 * mm)
    plain = _style("l-plain", parent=text, firstLineIndent=0)
    item = _style("l-item", fontSize=10.5, leading=14.5, leftIndent=16 * mm, bulletIndent=10 * mm)
    story = letterhead(letter.letterhead, frame)
    story += _letter_heading(letter, frame, pages_total)
    story.append(_p("Dengan hormat,", plain))
    story.append(
        _p(
            f"Bersama ini kami sampaikan paket naskah {letter.agreement_line}, sebanyak {pages_total} halaman, "
            "yang terdiri atas:",
            text,
        )
    )
    story += [Paragraph(markup(title), item, bulletText=f"{n}.") for n, title in enumerate(letter.part_titles, 1)]
    story.append(Spacer(1, 2 * mm))
    story.append(
        _p(
            "Setiap halaman paket diberi nomor halaman paket dan nomor perjanjian. Halaman terakhir memuat daftar "
            "dokumen dengan sidik SHA-256 masing-masing serta kode QR untuk memeriksa keaslian salinan ini.",
            text,
        )
    )
    story.append(
        _p("Demikian kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.", text),
    )
    who = letter.signatory
    sign = _style("sign", fontSize=10.5, leading=14.5)
    sign_name = _style("sign-name", fontName=SANS_BOLD, fontSize=10.5, leading=14.5)
    block: list[Flowable] = []
    if who.on_behalf_of:
        block.append(_p(f"a.n. {who.on_behalf_of.upper()}", sign))
    block += [_p(f"{who.title.upper()},", sign), Spacer(1, 20 * mm)]
    block.append(Paragraph(f"<u>{markup(who.name)}</u>" if who.name else "(" + "." * 40 + ")", sign_name))
    if who.nip:
        block.append(_p(f"NIP. {who.nip}", sign))
    signature = Table([["", block]], colWidths=[frame * 0.5, frame * 0.5])
    signature.setStyle(_tight())
    story.append(KeepTogether([Spacer(1, 5 * mm), signature]))
    return _build(story, paper, letter.subject, letter.letterhead.government_id)


# --------------------------------------------------------------------------- the stamps


def stamp_text(page: int, total: int, number: str | None) -> str:
    """ "Paket / Packet 3 / 60 · 001/KS/2026"."""
    text = f"Paket / Packet {page} / {total}"
    return f"{text} · {number}" if number else text


def render_stamps(paper: str, total: int, number: str | None) -> bytes:
    """``total`` pages, each blank but for its stamp at the right of the bottom band."""
    register_fonts()
    width, height = page_size(paper)
    buffer = io.BytesIO()
    with invariant():
        canvas = Canvas(buffer, pagesize=(width, height), invariant=1, initialFontName=SANS)
        canvas.setTitle("stamps")
        for page in range(1, total + 1):
            canvas.setFont(SANS, 7.5)
            canvas.setFillColor(colors.Color(0.2, 0.2, 0.2))
            canvas.drawRightString(width - STAMP_RIGHT, STAMP_BASELINE, stamp_text(page, total, number))
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


__all__ = [
    "STAMP_BAND",
    "ChecksumLine",
    "ContentsLine",
    "letterhead",
    "render_checksum_page",
    "render_cover",
    "render_covering_letter",
    "render_stamps",
    "stamp_text",
]
