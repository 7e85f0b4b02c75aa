"""Real files for document tests: PDFs of known pages and text, scans as JPEG/PNG/TIFF at a known size and
resolution, and the bad inputs (encrypted, damaged, empty, disguised, huge)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def pdf_bytes(pages: int = 1, label: str = "Document", size: tuple[float, float] = A4) -> bytes:
    """A PDF whose page n says "<label> page n" (searchable with pdftotext)."""
    previous = rl_config.invariant
    rl_config.invariant = 1
    try:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=size)
        for number in range(1, pages + 1):
            canvas.setFont("Helvetica", 14)
            canvas.drawString(72, size[1] - 100, f"{label} page {number}")
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    finally:
        rl_config.invariant = previous


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_pdf(path: Path, pages: int = 1, label: str = "Document", size: tuple[float, float] = A4) -> Path:
    return write(path, pdf_bytes(pages, label, size))


def scan_image(width_px: int, height_px: int, text: str = "Signed page", mode: str = "L") -> Image.Image:
    image = Image.new(mode, (width_px, height_px), 255 if mode in ("L", "1") else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    fill = 0 if mode in ("L", "1") else (0, 0, 0)
    draw.rectangle([10, 10, width_px - 11, height_px - 11], outline=fill, width=4)
    draw.text((width_px // 10, height_px // 10), text, fill=fill)
    return image


def write_image(
    path: Path, width_px: int, height_px: int, dpi: int | None = 300, fmt: str | None = None, mode: str = "L"
) -> Path:
    """A scan of ``width_px`` x ``height_px`` saved as JPEG, PNG or TIFF (from the extension)."""
    image = scan_image(width_px, height_px, path.stem, mode)
    options: dict = {}
    if dpi:
        options["dpi"] = (dpi, dpi)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, fmt, **options)
    return path


def write_multipage_tiff(path: Path, pages: int, width_px: int, height_px: int, dpi: int = 300) -> Path:
    frames = [scan_image(width_px, height_px, f"TIFF page {n}", "1") for n in range(1, pages + 1)]
    path.parent.mkdir(parents=True, exist_ok=True)
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], dpi=(dpi, dpi), compression="group4")
    return path


def write_encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(1, "Secret"))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="rahasia", owner_password="rahasia", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return write(path, buffer.getvalue())


def write_damaged_pdf(path: Path) -> Path:
    """A PDF cut off in the middle, as an interrupted copy leaves it."""
    data = pdf_bytes(3, "Damaged")
    return write(path, data[: len(data) // 2])


def huge_png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels (a few bytes: only its header and one tiny chunk)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )
