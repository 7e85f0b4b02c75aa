"""A signed-agreement packet as one PDF, assembled with pypdf from the stored documents.

Order: the covering letter (when there is a recipient), the cover with its table of contents, the parts in
the order of :class:`~secretariat.domain.packets.PacketData` (each stored document whole), and the
checksum page. Every page has the chosen paper (A4 or F4) and a stamp in its bottom band
("Paket / Packet X / Y · number", :mod:`secretariat.documents.packet_pages`).

Placing a part's pages (:func:`placement`): a page or scan is placed at its **true size** when it fits the
paper above the stamp band, and otherwise **fitted** (scaled down, never stretched: one factor for both
sides), centred. A page this program made on the same paper (its final text) keeps its place, its own
bottom margin holding the stamp. Images (JPEG, PNG, TIFF, multi-page TIFF) become pages of their own:
JPEG data goes into the PDF as it is (no decoding, no loss); other images are decoded once and
compressed losslessly; a scan's resolution (dpi) gives its true size, and its EXIF orientation is
honoured by the placement, not by re-encoding.

The same data give the same bytes: reportlab runs in invariant mode and pypdf writes no date or random
file identifier.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from secretariat.documents.agreement_draft import page_size
from secretariat.documents.packet_pages import (
    STAMP_BAND,
    ChecksumLine,
    ContentsLine,
    render_checksum_page,
    render_cover,
    render_covering_letter,
    render_stamps,
)
from secretariat.domain.packets import PacketData, PacketPart, PartPages, RenderedPacket

POINTS_PER_INCH = 72.0
_DPI_RANGE = (50.0, 2400.0)


class PacketError(ValueError):
    """A stored document could not be read as what it was checked to be (named in the message)."""


# --------------------------------------------------------------------------- placement


@dataclass(frozen=True)
class Placement:
    scale: float
    x: float
    y: float


def placement(width: float, height: float, paper: tuple[float, float], *, fit_always: bool = False) -> Placement:
    """Where content of ``width`` x ``height`` points goes on ``paper``: true size when it fits above the stamp
    band (unless ``fit_always``), else scaled down by one factor; centred in the space above the band."""
    paper_width, paper_height = paper
    room_width, room_height = paper_width, paper_height - STAMP_BAND
    if not fit_always and width <= room_width + 0.5 and height <= room_height + 0.5:
        scale = 1.0
    else:
        scale = min(room_width / width, room_height / height)
    x = (paper_width - width * scale) / 2
    y = STAMP_BAND + (room_height - height * scale) / 2
    return Placement(scale, x, y)


# --------------------------------------------------------------------------- images as pages


def _dpi(info: dict[Any, Any]) -> float | None:
    value = info.get("dpi")
    if not isinstance(value, tuple) or not value:
        return None
    try:
        dpi = float(value[0])  # TIFF gives a rational, JPEG and PNG a number
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return dpi if _DPI_RANGE[0] <= dpi <= _DPI_RANGE[1] else None


def _orientation_matrix(orientation: int, w: float, h: float, x: float, y: float) -> list[float]:
    """The ``cm`` that draws an image stored with EXIF ``orientation`` upright in the box (x, y, w, h)."""
    matrices = {
        2: [-w, 0, 0, h, x + w, y],
        3: [-w, 0, 0, -h, x + w, y + h],
        4: [w, 0, 0, -h, x, y + h],
        5: [0, -h, -w, 0, x + w, y + h],
        6: [0, -h, w, 0, x, y + h],
        7: [0, h, w, 0, x, y],
        8: [0, h, -w, 0, x + w, y],
    }
    return matrices.get(orientation, [w, 0, 0, h, x, y])


def _image_stream(frame: object, jpeg: bytes | None) -> StreamObject:
    """A PDF image XObject: the JPEG's own data, or the decoded frame compressed with Flate."""
    from PIL import Image

    assert isinstance(frame, Image.Image)
    stream = StreamObject()
    width, height = frame.size
    stream[NameObject("/Type")] = NameObject("/XObject")
    stream[NameObject("/Subtype")] = NameObject("/Image")
    stream[NameObject("/Width")] = NumberObject(width)
    stream[NameObject("/Height")] = NumberObject(height)
    if jpeg is not None and frame.mode in ("L", "RGB", "CMYK"):
        space = {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}[frame.mode]
        stream[NameObject("/ColorSpace")] = NameObject(space)
        stream[NameObject("/BitsPerComponent")] = NumberObject(8)
        stream[NameObject("/Filter")] = NameObject("/DCTDecode")
        if frame.mode == "CMYK" and "adobe" in frame.info:  # Adobe's CMYK JPEGs are stored inverted
            stream[NameObject("/Decode")] = ArrayObject([NumberObject(v) for v in (1, 0, 1, 0, 1, 0, 1, 0)])
        stream._data = jpeg
        return stream
    if frame.mode == "1":
        bits, space, data = 1, "/DeviceGray", frame.tobytes()
    else:
        image = frame
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            background = Image.new("RGB", rgba.size, (255, 255, 255))
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        elif image.mode == "P":
            image = image.convert("RGB")
        elif image.mode not in ("L", "RGB", "CMYK"):
            image = image.convert("L") if image.mode.startswith(("I", "F")) else image.convert("RGB")
        bits = 8
        space = {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}[image.mode]
        data = image.tobytes()
    stream[NameObject("/ColorSpace")] = NameObject(space)
    stream[NameObject("/BitsPerComponent")] = NumberObject(bits)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream._data = zlib.compress(data, 6)
    return stream


def _add_image_pages(writer: PdfWriter, part: PacketPart, paper: tuple[float, float]) -> int:
    from PIL import Image, ImageSequence

    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # sizes were checked when the file was attached
    try:
        with Image.open(io.BytesIO(part.content)) as image:
            is_jpeg = image.format == "JPEG"
            count = 0
            for frame in ImageSequence.Iterator(image):
                orientation = 1
                try:
                    orientation = int(frame.getexif().get(0x0112, 1) or 1)
                except (AttributeError, ValueError, TypeError):
                    orientation = 1
                pixel_width, pixel_height = frame.size
                if orientation in (5, 6, 7, 8):
                    pixel_width, pixel_height = pixel_height, pixel_width
                dpi = _dpi(frame.info) or _dpi(image.info)
                if dpi is not None:
                    width = pixel_width / dpi * POINTS_PER_INCH
                    height = pixel_height / dpi * POINTS_PER_INCH
                    where = placement(width, height, paper)
                else:  # no resolution known: fit the page
                    width, height = float(pixel_width), float(pixel_height)
                    where = placement(width, height, paper, fit_always=True)
                if not is_jpeg:
                    frame.load()
                stream = _image_stream(frame, part.content if is_jpeg else None)
                reference = writer._add_object(stream)
                page = writer.add_blank_page(*paper)
                box_w, box_h = width * where.scale, height * where.scale
                if orientation in (5, 6, 7, 8):
                    matrix = _orientation_matrix(orientation, box_w, box_h, where.x, where.y)
                else:
                    matrix = _orientation_matrix(orientation, box_w, box_h, where.x, where.y)
                numbers = " ".join(f"{value:.4f}".rstrip("0").rstrip(".") for value in matrix)
                content = StreamObject()
                content._data = f"q {numbers} cm /Scan Do Q".encode("ascii")
                page[NameObject("/Resources")] = DictionaryObject(
                    {NameObject("/XObject"): DictionaryObject({NameObject("/Scan"): reference})}
                )
                page[NameObject("/Contents")] = writer._add_object(content)
                count += 1
            return count
    except (OSError, ValueError, SyntaxError) as exc:
        raise PacketError(f"{part.file_name}: {exc}") from None
    finally:
        Image.MAX_IMAGE_PIXELS = limit


# --------------------------------------------------------------------------- PDF parts


def _pdf_pages(part: PacketPart) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(part.content), strict=False)
        if reader.is_encrypted:
            raise PacketError(f"{part.file_name}: encrypted")
        return reader
    except PacketError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of error on a damaged file
        raise PacketError(f"{part.file_name}: {exc}") from None


def _add_pdf_pages(writer: PdfWriter, part: PacketPart, reader: PdfReader, paper: tuple[float, float]) -> int:
    for source in reader.pages:
        if source.get("/Rotate"):
            source.transfer_rotation_to_content()
        box = source.cropbox
        width, height = float(box.width), float(box.height)
        same_paper = abs(width - paper[0]) < 1 and abs(height - paper[1]) < 1
        page = writer.add_blank_page(*paper)
        if part.own_layout and same_paper:
            where = Placement(1.0, 0.0, 0.0)  # our own page: its bottom margin is free for the stamp
        else:
            where = placement(width, height, paper)
        transform = (
            Transformation()
            .translate(-float(box.left), -float(box.bottom))
            .scale(where.scale)
            .translate(where.x, where.y)
        )
        page.merge_transformed_page(source, transform)
    return len(reader.pages)


def _page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _part_page_counts(parts: Sequence[PacketPart]) -> list[int]:
    from PIL import Image, ImageSequence

    counts = []
    for part in parts:
        if part.media == "pdf":
            counts.append(len(_pdf_pages(part).pages))
        else:
            limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # checked when attached
            try:
                with Image.open(io.BytesIO(part.content)) as image:
                    counts.append(sum(1 for _ in ImageSequence.Iterator(image)))
            finally:
                Image.MAX_IMAGE_PIXELS = limit
    return counts


# --------------------------------------------------------------------------- the packet


def _checksum_lines(data: PacketData, ranges: Sequence[tuple[int, int]]) -> list[ChecksumLine]:
    return [
        ChecksumLine(
            title_id=part.title_id,
            title_en=part.title_en,
            file_name=part.file_name,
            kind_id=part.kind_id,
            kind_en=part.kind_en,
            added_on=format_date(part.added_at.date(), "d MMM y", locale="id"),
            added_by=part.added_by,
            first_page=first,
            last_page=last,
            sha256=part.sha256,
        )
        for part, (first, last) in zip(data.parts, ranges, strict=True)
    ]


def _layout(
    data: PacketData, counts: Sequence[int], letter_pages: int, cover_pages: int, checksum_pages: int
) -> tuple[list[ContentsLine], list[tuple[int, int]], int]:
    contents: list[ContentsLine] = []
    page = 1
    if data.letter is not None:
        contents.append(ContentsLine("Surat pengantar", "Covering letter", page, page + letter_pages - 1))
        page += letter_pages
    contents.append(ContentsLine("Sampul dan daftar isi", "Cover and contents", page, page + cover_pages - 1))
    page += cover_pages
    ranges = []
    for part, count in zip(data.parts, counts, strict=True):
        ranges.append((page, page + count - 1))
        contents.append(ContentsLine(part.title_id, part.title_en, page, page + count - 1))
        page += count
    contents.append(
        ContentsLine(
            "Daftar dokumen dan sidik SHA-256", "Documents and SHA-256 checksums", page, page + checksum_pages - 1
        )
    )
    total = page + checksum_pages - 1
    return contents, ranges, total


def render_packet(data: PacketData) -> RenderedPacket:
    """The packet's PDF, its page count and where each part sits."""
    paper = page_size(data.paper)
    counts = _part_page_counts(data.parts)
    letter_pages, cover_pages, checksum_pages = (1 if data.letter else 0), 1, 1
    for _attempt in range(4):  # page counts settle at once unless a long list spills onto another page
        contents, ranges, total = _layout(data, counts, letter_pages, cover_pages, checksum_pages)
        letter_pdf = render_covering_letter(data.letter, data.paper, total) if data.letter else None
        cover_pdf = render_cover(data, contents)
        checksum_pdf = render_checksum_page(data, _checksum_lines(data, ranges))
        found = (
            _page_count(letter_pdf) if letter_pdf else 0,
            _page_count(cover_pdf),
            _page_count(checksum_pdf),
        )
        if found == (letter_pages, cover_pages, checksum_pages):
            break
        letter_pages, cover_pages, checksum_pages = found
    writer = PdfWriter()
    own = [pdf for pdf in (letter_pdf, cover_pdf) if pdf]
    for pdf in own:
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
    for part in data.parts:
        if part.media == "pdf":
            _add_pdf_pages(writer, part, _pdf_pages(part), paper)
        else:
            _add_image_pages(writer, part, paper)
    for page in PdfReader(io.BytesIO(checksum_pdf)).pages:
        writer.add_page(page)
    if len(writer.pages) != total:
        raise PacketError(f"the packet has {len(writer.pages)} pages where {total} were laid out")
    stamps = PdfReader(io.BytesIO(render_stamps(data.paper, total, data.agreement_number)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata(
        {
            "/Title": f"Paket naskah {data.agreement_number or data.agreement_gid}",
            "/Subject": data.cover.title_id.replace("\n", " "),
            "/Author": data.cover.region_id,
            "/Creator": "Secretariat",
            "/Producer": "Secretariat (reportlab, pypdf)",
            "/Keywords": f"gid={data.agreement_gid}; sha256={data.content_sha256}",
        }
    )
    writer.compress_identical_objects()  # one copy of the fonts every stamp and page brings
    buffer = io.BytesIO()
    writer.write(buffer)
    parts = tuple(PartPages(part.key, first, last) for part, (first, last) in zip(data.parts, ranges, strict=True))
    return RenderedPacket(pdf=buffer.getvalue(), page_count=total, parts=parts)


__all__ = ["PacketError", "Placement", "placement", "render_packet"]
