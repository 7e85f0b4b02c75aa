"""The bundled TrueType fonts, registered with reportlab once per process.

Noto Serif (body) and Noto Sans (header, footer, watermark) cover every Latin
letter an Indonesian bureau meets in partner names (Kraków, Đà Nẵng,
Düsseldorf, São Paulo). They ship in ``resources/fonts`` with their licence
(SIL Open Font License 1.1, ``OFL.txt``) and are embedded, subset, in each PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from secretariat.domain.drafting import resources_path

SERIF = "SecretariatSerif"
SERIF_BOLD = "SecretariatSerif-Bold"
SERIF_ITALIC = "SecretariatSerif-Italic"
SERIF_BOLD_ITALIC = "SecretariatSerif-BoldItalic"
SANS = "SecretariatSans"
SANS_BOLD = "SecretariatSans-Bold"

FONT_FILES: dict[str, str] = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "NotoSerif-BoldItalic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
}

_lock = threading.Lock()
_registered = threading.Event()  # set once the fonts are registered in this process


def fonts_path() -> Path:
    return resources_path() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts and their bold/italic families (safe to call often)."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        folder = fonts_path()
        for name, file_name in FONT_FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(f"bundled font {path} is missing; reinstall the program")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family, regular, bold, italic, bold_italic in (
            (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
            (SANS, SANS, SANS_BOLD, SANS, SANS_BOLD),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered.set()
