"""Small helpers shared by the program's reportlab documents.

* :func:`invariant`: reportlab's invariant mode for one render, so that the
  same document gives the same bytes (fixed dates and document id);
* :func:`numbered_canvas`: a canvas that holds its pages back until the end,
  so the furniture drawn on each page (a footer) can name the page count
  ("Halaman X dari Y / Page X of Y", :func:`page_of`);
* :func:`markup`: text escaped for reportlab's paragraph markup, line breaks
  kept.

Page sizes come from :func:`secretariat.documents.agreement_draft.page_size`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

#: Draws what every page carries once the page count is known: (canvas, page number, page count).
PageFurniture = Callable[[Canvas, int, int], None]


@contextmanager
def invariant() -> Iterator[None]:
    """reportlab's invariant mode (fixed dates and document id) for the duration of one render."""
    previous = rl_config.invariant
    rl_config.invariant = 1
    try:
        yield
    finally:
        rl_config.invariant = previous


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class whose pages get ``furniture(canvas, page, total)`` drawn when the total is known."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints: Canvas is Any
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def page_of(page: int, total: int, bilingual: bool = True) -> str:
    """ "Halaman 2 dari 5 / Page 2 of 5" (Indonesian only when ``bilingual`` is false)."""
    indonesian = f"Halaman {page} dari {total}"
    return f"{indonesian} / Page {page} of {total}" if bilingual else indonesian


def markup(text: str | None) -> str:
    """``text`` escaped for a reportlab Paragraph, its line breaks kept; None gives an empty text."""
    if not text:
        return ""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


__all__ = ["PageFurniture", "invariant", "markup", "numbered_canvas", "page_of"]
