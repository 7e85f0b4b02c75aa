"""The words of a PDF with their boxes, as poppler's ``pdftotext -bbox`` reads them: fast enough to read every
page of every demo agreement (pdfplumber took about 30 s for the 156 pages, pdftotext 1.5 s)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    """One word; coordinates in points from the page's top left corner."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]


def pdf_pages(pdf: Path | bytes) -> list[Page]:
    """Every page of ``pdf`` (a file, or the PDF itself) with its words, in poppler's order."""
    source, given = (str(pdf), None) if isinstance(pdf, Path) else ("-", pdf)
    found = subprocess.run(
        ["pdftotext", "-bbox", source, "-"], input=given, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [
        Page(
            float(width),
            float(height),
            tuple(
                Word(html.unescape(text), float(x0), float(top), float(x1), float(bottom))
                for x0, top, x1, bottom, text in _WORD.findall(body)
            ),
        )
        for width, height, body in _PAGE.findall(found)
    ]


def reading_order(words: list[Word] | tuple[Word, ...], tolerance: float = 3.0) -> list[Word]:
    """Lines top to bottom (a word within ``tolerance`` points of a line's first top is on that line), each
    line left to right, as pdfplumber's ``extract_words`` orders them."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        if lines and word.top - lines[-1][0].top <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [word for line in lines for word in sorted(line, key=lambda w: w.x0)]
