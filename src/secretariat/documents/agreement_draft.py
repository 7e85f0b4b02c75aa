"""The bilingual agreement text as PDF: Indonesian on the left, English on the right.

Layout, top to bottom: the region's logo, the composed title in both
languages with every party's number ("NOMOR: ..." / "NUMBER: ..."), the
preamble, the articles ("PASAL 1" beside "ARTICLE 1"), the closing formula and
the signature blocks of every party (two side by side; a third or fifth
centred below), kept together on one page.

Each article is one table whose rows are the paragraph pairs: a row's two
halves start at the same height, and a row that does not fit is split at one
height in both columns, so the columns run on in step across page breaks. A
conditional page break before each article keeps its heading with at least
the start of its first paragraph.

A draft carries a light "RANCANGAN / DRAFT" watermark behind the text, an
initials (paraf) box with a cell per party and a running header with the
region's number and the version on every page; a final text has none of
these (its version and text digest are kept in the PDF's metadata). Every page
has "Halaman X dari Y / Page X of Y" in its footer.

Indonesian is never hyphenated inside a word: the Indonesian column breaks
only at spaces and at the hyphens a word already has ("masing-" / "masing").
English hyphenates with the en_GB dictionary (pyphen's LibreOffice patterns).
The output is deterministic: the same document gives the same bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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

from secretariat.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from secretariat.documents.pdf_common import invariant, numbered_canvas, page_of
from secretariat.documents.pdf_hyphenation import hyphenator
from secretariat.domain.drafting import (
    BLANK,
    Article,
    DraftDocument,
    Party,
    format_date_en,
    format_date_id,
    pair_paragraphs,
    roman,
)
from secretariat.domain.enums import PaperSize

#: Page sizes in points. F4 ("folio") is 215 x 330 mm, common in Indonesian offices.
PAGE_SIZES: dict[PaperSize, tuple[float, float]] = {
    PaperSize.A4: A4,
    PaperSize.F4: (215 * mm, 330 * mm),
}

MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 30 * mm
GUTTER = 8 * mm

BODY_SIZE = 10
BODY_LEADING = 13.6
INK = colors.black
MUTED = colors.Color(0.35, 0.35, 0.35)
WATERMARK_GREY = colors.Color(0.91, 0.91, 0.91)

#: pyphen dictionary of the English column (the Indonesian column is not hyphenated).
HYPHENATION_EN = "en_GB"

NO_NUMBER_ID = "(nomor belum ditetapkan)"
NO_NUMBER_EN = "(number not yet assigned)"
WATERMARK_ID = "RANCANGAN"
WATERMARK_EN = "DRAFT"
INITIALS_LABEL = "Paraf / Initials"

# "(1)" an ayat, "a." a letter item, "1." a numbered item under a letter.
_LABEL = re.compile(r"^(\(\d+\)|[a-z]{1,2}\.|\d+\.)\s+(.*)$", re.DOTALL)


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    body_en: ParagraphStyle
    centred: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    title_number: ParagraphStyle
    sign: ParagraphStyle
    sign_bold: ParagraphStyle
    sign_name: ParagraphStyle
    sign_small: ParagraphStyle


def _protected_words(doc: DraftDocument) -> frozenset[str]:
    """Words of names and places, which are never hyphenated."""
    texts = [doc.sign_place]
    for party in doc.parties:
        texts += [party.name_id, party.name_en, party.head_name, party.country_id, party.country_en, party.sign_place]
    return frozenset(re.sub(r"\W", "", word) for text in texts if text for word in text.split())


def _styles(doc: DraftDocument) -> _Styles:
    protected = _protected_words(doc)
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        textColor=INK,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=SERIF,
        bulletFontSize=BODY_SIZE,
        # Indonesian: no dictionary, so a line breaks only at a space or after a word's own hyphen.
        hyphenationLang="",
        embeddedHyphenation=1,
        hyphenationMinWordLength=4,
    )
    body_en = ParagraphStyle(
        "body_en", parent=body, hyphenationLang=hyphenator(HYPHENATION_EN, protected), hyphenationMinWordLength=6
    )
    centred = ParagraphStyle("centred", parent=body, alignment=TA_CENTER)
    heading = ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER)
    title = ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=11, leading=15.5, alignment=TA_CENTER)
    title_number = ParagraphStyle("title_number", parent=body, alignment=TA_CENTER, spaceBefore=6)
    sign = ParagraphStyle("sign", parent=body, alignment=TA_CENTER, fontSize=9.5, leading=12.5)
    sign_bold = ParagraphStyle("sign_bold", parent=sign, fontName=SERIF_BOLD)
    sign_name = ParagraphStyle("sign_name", parent=sign, fontName=SERIF_BOLD, fontSize=10)
    sign_small = ParagraphStyle("sign_small", parent=sign, fontName=SERIF_ITALIC)
    return _Styles(body, body_en, centred, heading, title, title_number, sign, sign_bold, sign_name, sign_small)


def page_size(paper: str | PaperSize) -> tuple[float, float]:
    try:
        return PAGE_SIZES[PaperSize(paper)]
    except ValueError:
        allowed = ", ".join(p.value for p in PaperSize)
        raise ValueError(f"paper: '{paper}' is not one of {allowed}") from None


def _text(value: str | None) -> str:
    """Escape for reportlab's paragraph markup; an empty value prints as a dotted blank."""
    return escape(value.strip()) if value and value.strip() else BLANK


# --------------------------------------------------------------------------- paragraphs and rows


def _paragraph(text: str, base: ParagraphStyle, has_ayat: bool) -> Paragraph:
    """A body paragraph; "(1)", "a." and "1." labels hang in the margin like a tab stop."""
    match = _LABEL.match(text)
    if not match:
        if text.isupper():  # "HAVE REACHED THE FOLLOWING UNDERSTANDING:" is set ragged, not stretched
            return Paragraph(_text(text), ParagraphStyle(f"{base.name}-caps", parent=base, alignment=TA_LEFT))
        return Paragraph(_text(text) if text else "", base)
    label, rest = match.groups()
    if label.startswith("("):
        indent, hang = 0.0, 21.0
    elif label[0].isalpha():
        indent, hang = (21.0 if has_ayat else 0.0), 15.0
    else:
        indent, hang = (36.0 if has_ayat else 15.0), 15.0
    style = ParagraphStyle(
        f"{base.name}-{indent}-{hang}", parent=base, leftIndent=indent + hang, bulletIndent=indent, firstLineIndent=0
    )
    return Paragraph(_text(rest), style, bulletText=label)


def _has_ayat(text: str) -> bool:
    return any(line.strip().startswith("(") and _LABEL.match(line.strip()) for line in text.split("\n"))


_ROW_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), SERIF),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _pair_table(rows: list[list[Any]], column: float, extra: list[tuple[Any, ...]] | None = None) -> Table:
    """Rows of (Indonesian, English) cells; split inside a row at one height for both columns."""
    table = Table(rows, colWidths=[column, GUTTER, column], splitByRow=0, splitInRow=1, repeatRows=0)
    table.setStyle(TableStyle(_ROW_STYLE + (extra or [])))
    return table


def _pair_rows(text_id: str, text_en: str, styles: _Styles) -> list[list[Any]]:
    ayat_id, ayat_en = _has_ayat(text_id), _has_ayat(text_en)
    return [
        [_paragraph(left, styles.body, ayat_id), "", _paragraph(right, styles.body_en, ayat_en)]
        for left, right in pair_paragraphs(text_id, text_en)
    ]


def _article_flowables(number: int, article: Article, styles: _Styles, column: float) -> list[Flowable]:
    heading = [
        Paragraph(f"PASAL {number}<br/>{_text(article.heading_id)}", styles.heading),
        "",
        Paragraph(f"ARTICLE {number}<br/>{_text(article.heading_en)}", styles.heading),
    ]
    rows = [heading, *_pair_rows(article.text_id, article.text_en, styles)]
    table = _pair_table(rows, column, [("BOTTOMPADDING", (0, 0), (-1, 0), 7)])
    # Keep the heading with its first paragraph: whole if it is short, at least three lines if long.
    width = 2 * column + GUTTER
    heading_height = Table([heading], colWidths=[column, GUTTER, column]).wrap(width, 10_000)[1] + 7
    first_height = 0.0
    if len(rows) > 1:
        first_height = _pair_table([rows[1]], column).wrap(width, 10_000)[1]
    keep = heading_height + (first_height if first_height <= 6 * BODY_LEADING else 3 * BODY_LEADING + 4)
    return [CondPageBreak(keep), table, Spacer(1, 6)]


def _title_flowables(doc: DraftDocument, styles: _Styles, column: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    if doc.logo_png:
        reader = ImageReader(io.BytesIO(doc.logo_png))
        width, height = reader.getSize()
        target_height = 24 * mm
        scale = target_height / height
        flowables += [Image(io.BytesIO(doc.logo_png), width=width * scale, height=target_height), Spacer(1, 6 * mm)]

    def lines(text: str) -> str:
        return "<br/>".join(_text(line) for line in text.split("\n") if line.strip())

    cells: list[list[Any]] = [
        [Paragraph(lines(doc.title_id), styles.title), "", Paragraph(lines(doc.title_en), styles.title)]
    ]
    numbers = _number_lines(doc)
    if numbers:
        cells.append(
            [
                Paragraph("<br/>".join(f"NOMOR: {_text(n)}" for n in numbers), styles.title_number),
                "",
                Paragraph("<br/>".join(f"NUMBER: {_text(n)}" for n in numbers), styles.title_number),
            ]
        )
    flowables += [_pair_table(cells, column), Spacer(1, 8 * mm)]
    return flowables


def _number_lines(doc: DraftDocument) -> list[str | None]:
    """Each party's number in the parties' order: ours always (a dotted blank until assigned), a partner's
    when it has one."""
    numbers: list[str | None] = []
    for index, party in enumerate(doc.parties):
        number = party.number.strip() if party.number and party.number.strip() else None
        if index == 0 or number:
            numbers.append(number)
    return numbers


def _signature_cells(party: Party, doc: DraftDocument, styles: _Styles) -> list[list[Flowable]]:
    """Place and date; the party; the space to sign, name and titles: one table row each, so that both
    parties' names stand on one line however long their names and countries are."""
    place = party.sign_place or doc.sign_place
    date_id = format_date_id(doc.sign_date) if doc.sign_date else None
    date_en = format_date_en(doc.sign_date) if doc.sign_date else None
    return [
        [
            Paragraph(f"Ditandatangani di {_text(place)}<br/>pada tanggal {_text(date_id)}", styles.sign),
            Paragraph(f"Signed at {_text(place)}<br/>on {_text(date_en)}", styles.sign_small),
            Spacer(1, 8),
        ],
        [
            Paragraph(
                f"UNTUK {_text(party.name_id).upper()}{_country_line(party.country_id, party)}", styles.sign_bold
            ),
            Paragraph(f"FOR {_text(party.name_en).upper()}{_country_line(party.country_en, party)}", styles.sign_bold),
        ],
        [
            Spacer(1, 26 * mm),
            Paragraph(f"<u>{_text(party.head_name)}</u>", styles.sign_name),
            Paragraph(_text(party.head_title_id), styles.sign),
            Paragraph(_text(party.head_title_en), styles.sign_small),
        ],
    ]


def _country_line(country: str, party: Party) -> str:
    return f",<br/>{_text(country).upper()}" if party.show_country and country.strip() else ","


def _signature_rows(doc: DraftDocument, styles: _Styles, column: float) -> list[Flowable]:
    """The signature blocks two by two; an odd last one is centred under the pair above it."""
    blocks = [_signature_cells(party, doc, styles) for party in doc.parties]
    rows: list[Flowable] = []
    for start in range(0, len(blocks), 2):
        pair = blocks[start : start + 2]
        if len(pair) == 2:
            data = [[left, "", right] for left, right in zip(pair[0], pair[1], strict=True)]
            widths = [column, GUTTER, column]
        else:
            side = (column + GUTTER) / 2
            data = [["", cell, ""] for cell in pair[0]]
            widths = [side, column, side]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle(_ROW_STYLE))
        if rows:
            rows.append(Spacer(1, 10 * mm))
        rows.append(table)
    return rows


def _closing_flowables(doc: DraftDocument, styles: _Styles, column: float) -> list[Flowable]:
    parts: list[Flowable] = []
    if doc.closing_id.strip() or doc.closing_en.strip():
        parts += [_pair_table(_pair_rows(doc.closing_id, doc.closing_en, styles), column), Spacer(1, 8 * mm)]
    parts += _signature_rows(doc, styles, column)
    return [Spacer(1, 4 * mm), KeepTogether(parts)]


def _story(doc: DraftDocument, styles: _Styles, column: float) -> list[Flowable]:
    story = _title_flowables(doc, styles, column)
    if doc.preamble_id.strip() or doc.preamble_en.strip():
        story += [_pair_table(_pair_rows(doc.preamble_id, doc.preamble_en, styles), column), Spacer(1, 6 * mm)]
    for number, article in enumerate(doc.articles, 1):
        story += _article_flowables(number, article, styles, column)
    story += _closing_flowables(doc, styles, column)
    return story


# --------------------------------------------------------------------------- page furniture


def _draw_watermark(canvas: Canvas, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.setFont(SANS_BOLD, 84)
    canvas.drawCentredString(0, 18, WATERMARK_ID)
    canvas.setFont(SANS_BOLD, 72)
    canvas.drawCentredString(0, -62, WATERMARK_EN)
    canvas.restoreState()


def _draw_header(canvas: Canvas, doc: DraftDocument, width: float, height: float) -> None:
    """A draft's running header: the region's number and the version (a final text has none)."""
    canvas.saveState()
    y = height - 14 * mm
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    number = doc.number.strip() if doc.number and doc.number.strip() else None
    canvas.drawString(MARGIN_LEFT, y, f"Nomor / Number: {number or f'{NO_NUMBER_ID} / {NO_NUMBER_EN}'}")
    version = f"Rancangan versi {doc.version} / Draft version {doc.version}"
    canvas.drawRightString(width - MARGIN_RIGHT, y, version)
    canvas.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, y - 3, width - MARGIN_RIGHT, y - 3)
    canvas.restoreState()


def _draw_initials_box(canvas: Canvas, width: float, parties: int) -> None:
    """One initials cell per party, at the bottom right ("Pihak I / Party I", ...)."""
    cell_h = 12 * mm
    cell_w = min(28 * mm, 112 * mm / max(parties, 1))
    right = width - MARGIN_RIGHT
    left = right - parties * cell_w
    bottom = 9 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
    canvas.setLineWidth(0.6)
    canvas.rect(left, bottom, parties * cell_w, cell_h)
    for index in range(1, parties):
        canvas.line(left + index * cell_w, bottom, left + index * cell_w, bottom + cell_h)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS_BOLD, 7)
    canvas.drawString(left, bottom + cell_h + 2.5, INITIALS_LABEL)
    canvas.setFont(SANS, 6)
    for index in range(parties):
        label = f"Pihak {roman(index)} / Party {roman(index)}"
        canvas.drawCentredString(left + (index + 0.5) * cell_w, bottom + cell_h - 7.5, label)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page: int, total: int, width: float, left: bool = False) -> None:
    """ "Halaman X dari Y / Page X of Y", centred; at the left margin when the initials box is wide."""
    canvas.saveState()
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    if left:
        canvas.drawString(MARGIN_LEFT, 12 * mm, page_of(page, total))
    else:
        canvas.drawCentredString(MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2, 12 * mm, page_of(page, total))
    canvas.restoreState()


def _canvas_maker(doc: DraftDocument, width: float) -> type[Canvas]:
    """A canvas whose pages get the footer with the page count (and, on a draft, the initials box)."""

    def furniture(canvas: Canvas, page: int, total: int) -> None:
        _draw_footer(canvas, page, total, width, left=not doc.final and len(doc.parties) > 2)
        if not doc.final:
            _draw_initials_box(canvas, width, len(doc.parties))

    return numbered_canvas(furniture)


# --------------------------------------------------------------------------- the document


def _keywords(doc: DraftDocument) -> str:
    """The PDF's keywords: what it is, its version and the SHA-256 of its text (a final text prints neither)."""
    what = "final text" if doc.final else "draft"
    parts = [what, f"version {doc.version}"]
    if doc.number:
        parts.append(f"number {doc.number}")
    if doc.text_sha256:
        parts.append(f"text sha256 {doc.text_sha256}")
    return "; ".join(parts)


def render_draft(doc: DraftDocument) -> bytes:
    """The PDF of a draft (or final) agreement text."""
    register_fonts()
    width, height = page_size(doc.paper)
    column = (width - MARGIN_LEFT - MARGIN_RIGHT - GUTTER) / 2
    styles = _styles(doc)
    buffer = io.BytesIO()

    def on_page(canvas: Canvas, _template: Any) -> None:
        if not doc.final:
            _draw_watermark(canvas, width, height)
            _draw_header(canvas, doc, width, height)

    with invariant():
        template = BaseDocTemplate(
            buffer,
            pagesize=(width, height),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=doc.title_en.split("\n")[0].title() if doc.title_en else "Agreement",
            subject=" / ".join(line for line in (doc.title_id.replace("\n", " "),) if line),
            author="Secretariat",
            creator="Secretariat",
            keywords=_keywords(doc),
            invariant=1,
            initialFontName=SERIF,
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
        template.addPageTemplates([PageTemplate(id="text", frames=[frame], onPage=on_page)])
        template.build(_story(doc, styles, column), canvasmaker=_canvas_maker(doc, width))
    return buffer.getvalue()


def write_draft(doc: DraftDocument, path: str | Path) -> Path:
    """Render and write the PDF; returns the path written."""
    target = Path(path)
    target.write_bytes(render_draft(doc))
    return target


__all__ = ["PAGE_SIZES", "page_size", "render_draft", "write_draft"]
