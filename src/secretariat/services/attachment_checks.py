"""What an incoming document must be before it is stored: not empty, not too large, what its name says,
readable, not encrypted, not an image too large to handle.

:func:`inspect_document` reads the file (a private copy, so it cannot change meanwhile) and returns what
kind of content it is; every refusal is a :class:`~secretariat.domain.errors.UserError` that names the
file and the reason, in English and Indonesian.

* a file of known extension must start with that format's signature (a JPEG named ``.pdf`` is refused);
* a PDF must open (pypdf), must not be encrypted, and every page's content must be readable;
* an image (JPEG, PNG, TIFF, also multi-page) must decode (Pillow, at a reduced scale) and stay within
  :data:`MAX_IMAGE_SIDE` pixels a side and :data:`MAX_IMAGE_PIXELS` a page, checked from its header before
  anything large is decoded.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from secretariat.domain.errors import UserError

log = logging.getLogger(__name__)

MAX_IMAGE_SIDE = 20_000
MAX_IMAGE_PIXELS = 120_000_000  # an A3 page scanned at 600 dpi in colour is about 70 million
MAX_IMAGE_FRAMES = 2_000
MAX_PDF_PAGES = 5_000
DEFAULT_SIZE_LIMIT_MB = 100

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
#: Extension -> the signatures a file of that kind starts with (a PDF's may stand within its first 1 KiB).
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".jpe": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".bmp": (b"BM",),
    ".docx": _ZIP,
    ".xlsx": _ZIP,
    ".pptx": _ZIP,
    ".odt": _ZIP,
    ".ods": _ZIP,
    ".odp": _ZIP,
    ".zip": _ZIP,
    ".doc": _OLE,
    ".xls": _OLE,
    ".ppt": _OLE,
    ".msg": _OLE,
    ".rtf": (b"{\\rtf",),
}
_FORMAT_NAMES = {
    ".pdf": "PDF",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".png": "PNG",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".gif": "GIF",
    ".bmp": "BMP",
    ".doc": "Word",
    ".docx": "Word",
    ".xls": "Excel",
    ".xlsx": "Excel",
    ".ppt": "PowerPoint",
    ".pptx": "PowerPoint",
}
IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff"})


@dataclass(frozen=True)
class DocumentInfo:
    media: str  # "pdf", "image" or "other"
    pages: int | None  # pages of a PDF, frames of an image; None for other files


def _refuse(name: str, reason_en: str, reason_id: str) -> UserError:
    return UserError(
        f"The file '{name}' cannot be stored: {reason_en}.", f"Berkas '{name}' tidak dapat disimpan: {reason_id}."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def check_size(name: str, size: int, limit_mb: int) -> None:
    """Refuse an empty file, or one larger than the office's limit."""
    if size == 0:
        raise _refuse(name, "it is empty (0 bytes)", "berkas kosong (0 bita)")
    if size > limit_mb * 1024 * 1024:
        raise _refuse(
            name,
            f"it is {_megabytes(size)} MB, more than the limit of {limit_mb} MB set in the office profile",
            f"ukurannya {_megabytes(size).replace('.', ',')} MB, melebihi batas {limit_mb} MB di profil kantor",
        )


def _check_signature(path: Path, name: str, extension: str) -> None:
    expected = SIGNATURES.get(extension)
    if expected is None:
        return
    with path.open("rb") as stream:
        head = stream.read(1024)
    found = any(head.startswith(signature) for signature in expected)
    if extension == ".pdf" and not found:
        found = b"%PDF-" in head
    if not found:
        what = _FORMAT_NAMES.get(extension, extension.lstrip(".").upper())
        raise _refuse(
            name,
            f"its content is not a {what} file, as its name ({extension}) says",
            f"isinya bukan berkas {what} seperti yang dinyatakan namanya ({extension})",
        )


def _inspect_pdf(path: Path, name: str) -> DocumentInfo:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    damaged = _refuse(
        name,
        "the PDF is damaged and cannot be read (save or scan it again)",
        "PDF rusak dan tidak dapat dibaca (simpan atau pindai ulang)",
    )
    with path.open("rb") as stream:
        stream.seek(0, 2)
        end = stream.tell()
        stream.seek(max(0, end - 2048))
        if b"%%EOF" not in stream.read():  # a file cut short (an interrupted copy or download)
            raise damaged
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(str(path), strict=False)
            if reader.is_encrypted:
                raise _refuse(
                    name,
                    "the PDF is encrypted (protected by a password); store a copy saved without protection",
                    "PDF terenkripsi (dilindungi kata sandi); simpan salinan tanpa perlindungan",
                )
            count = len(reader.pages)
            if count == 0:
                raise damaged
            if count > MAX_PDF_PAGES:
                raise _refuse(
                    name,
                    f"it has {count} pages, more than {MAX_PDF_PAGES}",
                    f"berkas memiliki {count} halaman, lebih dari {MAX_PDF_PAGES}",
                )
            for page in reader.pages:
                box = page.mediabox
                if float(box.width) <= 0 or float(box.height) <= 0:
                    raise damaged
                contents = page.get_contents()
                if contents is not None:
                    contents.get_data()
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        log.info("refused %s as a damaged PDF: %s", name, exc)
        raise damaged from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of error on a damaged file
        log.info("refused %s as a damaged PDF: %r", name, exc)
        raise damaged from None
    return DocumentInfo("pdf", count)


def _inspect_image(path: Path, name: str) -> DocumentInfo:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    damaged = _refuse(
        name,
        "the image is damaged and cannot be read (scan it again)",
        "gambar rusak dan tidak dapat dibaca (pindai ulang)",
    )

    def too_large(width: int, height: int) -> UserError:
        return _refuse(
            name,
            f"the image is {width:,} x {height:,} pixels, more than this program handles "
            f"({MAX_IMAGE_SIDE:,} pixels a side, {MAX_IMAGE_PIXELS // 1_000_000} million pixels a page)",
            f"gambar berukuran {width:,} x {height:,} piksel, melebihi batas program ini "
            f"({MAX_IMAGE_SIDE:,} piksel per sisi, {MAX_IMAGE_PIXELS // 1_000_000} juta piksel per halaman)".replace(
                ",", "."
            ),
        )

    frames = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                for frame in ImageSequence.Iterator(image):
                    frames += 1
                    width, height = frame.size
                    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
                        raise too_large(width, height)
                    if frames > MAX_IMAGE_FRAMES:
                        raise _refuse(
                            name, f"it has more than {MAX_IMAGE_FRAMES} pages", f"lebih dari {MAX_IMAGE_FRAMES} halaman"
                        )
                    if frame.format == "JPEG" or image.format == "JPEG":
                        frame.draft("L", (max(1, width // 8), max(1, height // 8)))  # decode at 1/8: quick
                    frame.load()
    except UserError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        limit = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None  # only the header is read: the size to name, nothing decoded
        try:
            with Image.open(path) as image:
                size = image.size
        finally:
            Image.MAX_IMAGE_PIXELS = limit
        raise too_large(*size) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        log.info("refused %s as a damaged image: %s", name, exc)
        raise damaged from None
    if frames == 0:
        raise damaged
    return DocumentInfo("image", frames)


def inspect_document(path: Path, name: str, size: int, limit_mb: int = DEFAULT_SIZE_LIMIT_MB) -> DocumentInfo:
    """Check an incoming file (``path``, shown as ``name``); return what it is, or raise a :class:`UserError`."""
    check_size(name, size, limit_mb)
    extension = Path(name).suffix.lower()
    _check_signature(path, name, extension)
    if extension == ".pdf":
        return _inspect_pdf(path, name)
    if extension in IMAGE_EXTENSIONS:
        return _inspect_image(path, name)
    return DocumentInfo("other", None)


def media_of(file_name: str) -> str:
    """ "pdf", "image" or "other", from a stored document's name (it was checked when it came in)."""
    extension = Path(file_name).suffix.lower()
    if extension == ".pdf":
        return "pdf"
    return "image" if extension in IMAGE_EXTENSIONS else "other"


__all__ = [
    "DEFAULT_SIZE_LIMIT_MB",
    "IMAGE_EXTENSIONS",
    "MAX_IMAGE_PIXELS",
    "MAX_IMAGE_SIDE",
    "DocumentInfo",
    "check_size",
    "inspect_document",
    "media_of",
]
