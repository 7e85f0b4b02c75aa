"""Letterheads (kop surat) for the program's letters, drawn from the office profile's letterhead data.

Two kinds (:class:`secretariat.domain.visit_documents.Letterhead`):

* the **bureau's** (kop dinas): the region's logo at the left; centred over
  the page the government's name in capitals, the unit ("SEKRETARIAT
  DAERAH"), the address on one line and the contacts on the next; a thick
  and a thin rule under it;
* the **head of region's** own (kop jabatan): the national emblem (Garuda
  Pancasila) centred, the title line under it ("GUBERNUR JAWA TIMUR"), no
  address and no rule, as a governor's or regent's letters have it.

:func:`letterhead_flowables` returns the reportlab flowables of either, to be
placed first in a letter's story; any letter of the program (the permit
request, a covering letter) uses it. A letterhead without its picture is
still drawn (the text alone); :func:`secretariat.domain.visit_documents.letter_warnings`
tells the clerk.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from secretariat.documents.fonts import SANS, SANS_BOLD
from secretariat.documents.pdf_common import markup
from secretariat.domain.visit_documents import Letterhead, LetterheadKind

INK = colors.black
_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), SANS)]


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 9, "leading": 11.5, "textColor": INK, "alignment": TA_CENTER}
    base.update(values)
    return ParagraphStyle(name, **base)


def picture(png: bytes | None, height: float) -> Flowable | None:
    """A PNG scaled to ``height`` (its width follows), or None without one."""
    if not png:
        return None
    reader = ImageReader(io.BytesIO(png))
    width, own_height = reader.getSize()
    return Image(io.BytesIO(png), width=width * height / own_height, height=height)


class DoubleRule(Flowable):  # type: ignore[misc]  # reportlab has no type hints: Flowable is Any
    """The thick-and-thin rule under a letterhead."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(2)
        canvas.line(0, 3, self.width, 3)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0, self.width, 0)


def _bureau(letterhead: Letterhead, frame_width: float) -> list[Flowable]:
    name = _style("kop-name", fontName=SANS_BOLD, fontSize=15, leading=19)
    unit = _style("kop-unit", fontName=SANS_BOLD, fontSize=13, leading=16.5)
    line = _style("kop-line")
    text: list[Flowable] = [Paragraph(markup(letterhead.government_id.upper()), name)]
    if letterhead.unit and letterhead.unit.strip():
        text.append(Paragraph(markup(letterhead.unit.strip().upper()), unit))
    # the address on one line and the contacts on the next, as a letterhead prints them
    text += [
        Paragraph(markup(joined), line)
        for joined in (", ".join(letterhead.address_lines), "  ·  ".join(letterhead.contact_lines))
        if joined
    ]
    side = 26 * mm
    logo = picture(letterhead.logo_png, 21 * mm)
    table = Table([[logo or "", text, ""]], colWidths=[side, frame_width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                *_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table, Spacer(1, 2), DoubleRule(frame_width), Spacer(1, 4 * mm)]


def _head(letterhead: Letterhead, frame_width: float) -> list[Flowable]:
    story: list[Flowable] = []
    emblem = picture(letterhead.emblem_png, 24 * mm)
    if emblem is not None:
        emblem.hAlign = "CENTER"
        story += [emblem, Spacer(1, 2 * mm)]
    title = (letterhead.title_line or "").strip() or letterhead.government_id
    story.append(Paragraph(markup(title.upper()), _style("kop-title", fontName=SANS_BOLD, fontSize=14, leading=18)))
    return [*story, Spacer(1, 7 * mm)]


def letterhead_flowables(letterhead: Letterhead, frame_width: float) -> list[Flowable]:
    """The letterhead's flowables for a frame ``frame_width`` points wide: the bureau's or the head's own."""
    if letterhead.kind == LetterheadKind.HEAD:
        return _head(letterhead, frame_width)
    return _bureau(letterhead, frame_width)


__all__ = ["DoubleRule", "letterhead_flowables", "picture"]
