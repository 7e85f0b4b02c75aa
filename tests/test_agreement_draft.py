"""The bilingual agreement PDF, read back with pdftotext (its word boxes too), pdffonts, qpdf, pypdf and
pdfplumber."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import shutil
import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab import rl_config

from pdf_words import Page, Word, pdf_pages, reading_order
from secretariat.documents.agreement_draft import (
    INITIALS_LABEL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    NO_NUMBER_ID,
    render_draft,
    write_draft,
)
from secretariat.domain.drafting import Article, DraftContext, DraftDocument, Party, PartyKind, build_draft

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "qpdf")),
    reason="needs poppler-utils and qpdf",
)

EAST_JAVA = Party(
    name_id="Pemerintah Provinsi Jawa Timur",
    name_en="the Provincial Government of East Java",
    head_name="Khofifah Indar Parawansa",
    head_title_id="Gubernur Jawa Timur",
    head_title_en="Governor of East Java",
    country_id="Republik Indonesia",
    country_en="the Republic of Indonesia",
    sign_place="Surabaya",
)
DA_NANG = Party(
    name_id="Pemerintah Kota Đà Nẵng",
    name_en="the People's Committee of Đà Nẵng City",
    head_name="Lê Trung Chinh",
    head_title_id="Ketua Komite Rakyat Kota Đà Nẵng",
    head_title_en="Chairman of the People's Committee of Đà Nẵng City",
    country_id="Republik Sosialis Viet Nam",
    country_en="the Socialist Republic of Viet Nam",
    sign_place="Düsseldorf",
    number="VN/2026/41",
)
BUSAN = Party(
    name_id="Pemerintah Kota Metropolitan Busan",
    name_en="Busan Metropolitan City",
    head_name="Park Heong-joon",
    head_title_id="Wali Kota Busan",
    head_title_en="Mayor of Busan",
    country_id="Republik Korea",
    country_en="the Republic of Korea",
)
KYUSHU_UNIVERSITY = Party(
    name_id="Universitas Kyushu",
    name_en="Kyushu University",
    head_name="Ishibashi Tatsuro",
    head_title_id="Rektor Universitas Kyushu",
    head_title_en="President of Kyushu University",
    country_id="Jepang",
    country_en="Japan",
    kind=PartyKind.INSTITUTION,
    type_id="suatu perguruan tinggi",
    type_en="a university",
)


def context(**changes: object) -> DraftContext:
    number = changes.pop("number", "001/KS/2026")
    parties = changes.pop("parties", [EAST_JAVA, DA_NANG])
    values: dict[str, object] = {
        "instrument": "mou",
        "parties": [dataclasses.replace(parties[0], number=number), *parties[1:]],  # type: ignore[index]
        "subject_id": "Kerja Sama Provinsi Bersaudara",
        "subject_en": "Sister Province Cooperation",
        "sectors": [
            ("Ekonomi dan perdagangan", "Economy and trade"),
            ("Pariwisata", "Tourism"),
            ("Kelautan dan perikanan", "Marine affairs and fisheries"),
        ],
        "term_months": 60,
        "notice_months": 6,
        "sign_place": "Surabaya",
        "sign_date": date(2026, 12, 31),
        "loi_place": "São Paulo",
        "loi_date": date(2025, 3, 1),
    }
    values.update(changes)
    return DraftContext(**values)  # type: ignore[arg-type]


def tiny_png() -> bytes:
    """A 40 x 48 RGBA emblem, made without any imaging library."""
    width, height = 40, 48

    def pixel(x: int, y: int) -> bytes:
        return bytes((24, 80, 150, 255) if 4 < x < 36 and 4 < y < 44 else (255, 255, 255, 0))

    raw = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def long_draft(articles: int = 50, **changes: object) -> DraftDocument:
    """A draft with many articles of very different lengths, some longer than a page."""
    base = build_draft(context(), **changes)  # type: ignore[arg-type]
    made = []
    for n in range(1, articles + 1):
        size = (n * 7) % 11 + 1
        if n % 17 == 0:
            size = 60  # one paragraph pair far longer than a page
        left = "\n".join(
            f"({p}) Ketentuan nomor {n}.{p} mengatur pelaksanaan kegiatan bersama PARA PIHAK "
            + "sesuai dengan peraturan perundang-undangan yang berlaku di negara masing-masing "
            * (size if p == 1 else 1)
            for p in range(1, n % 4 + 2)
        )
        right = "\n".join(
            f"({p}) Provision {n}.{p} governs the joint activities of the Parties "
            + "in accordance with the laws and regulations in force in their respective countries "
            * (size if p == 1 else 1)
            for p in range(1, n % 4 + 2)
        )
        made.append(Article(f"a{n}", f"KETENTUAN NOMOR {n}", f"PROVISION NUMBER {n}", left, right))
    return dataclasses.replace(base, articles=made)


def pdftotext_pages(pdf: bytes, tmp_path: Path, layout: bool = False) -> list[str]:
    """Text per page: in reading order (column by column), or as laid out (columns side by side)."""
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def squash(text: str) -> str:
    """Text with hyphens and line-end hyphenation removed, so "ditanda- tangani" matches "ditandatangani"."""
    return re.sub(r"-\s*", "", text)


def has(text: str, phrase: str) -> bool:
    return squash(phrase) in squash(text)


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return render_draft(build_draft(context(), version=3, logo_png=tiny_png()))


@pytest.fixture(scope="module")
def final_pdf() -> bytes:
    return render_draft(build_draft(context(), version=3, final=True))


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_draft(long_draft())


# --------------------------------------------------------------------------- content


def column_texts(pdf: bytes) -> tuple[str, str]:
    """The body text of the Indonesian (left) and English (right) columns over all pages, in order."""
    left, right = [], []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            body = page.filter(lambda o: o.get("object_type") != "char" or (o["upright"] and o["size"] < 20))
            top, bottom, middle = MARGIN_TOP - 2, page.height - MARGIN_BOTTOM + 2, page.width / 2
            left.append(body.crop((0, top, middle, bottom)).extract_text() or "")
            right.append(body.crop((middle, top, page.width, bottom)).extract_text() or "")
    return flat("\n".join(left)), flat("\n".join(right))


def test_both_languages_parties_and_articles_in_order(draft_pdf: bytes, tmp_path: Path) -> None:
    text_id, text_en = column_texts(draft_pdf)
    for words in (
        "NOTA KESEPAHAMAN",
        "PEMERINTAH PROVINSI JAWA TIMUR",
        "PEMERINTAH KOTA ĐÀ NẴNG",
        "TUJUAN",
        "PEMBIAYAAN",
        "SEBAGAI BUKTI",
        "Ketua Komite Rakyat Kota Đà Nẵng",
        "ditandatangani di São Paulo pada tanggal 1 Maret 2025",
    ):
        assert has(text_id, words), words
    for words in (
        "MEMORANDUM OF UNDERSTANDING",
        "THE PROVINCIAL GOVERNMENT OF EAST JAVA",
        "THE PEOPLE'S COMMITTEE OF ĐÀ NẴNG CITY",
        "OBJECTIVE",
        "FINANCIAL ARRANGEMENTS",
        "IN WITNESS WHEREOF",
        "signed at São Paulo on 1 March 2025",
        "Signed at Düsseldorf",
    ):
        assert has(text_en, words), words
    # Names with diacritics print as themselves (the fonts carry the glyphs and a ToUnicode map).
    for name in ("Lê Trung Chinh", "Khofifah Indar Parawansa"):
        assert name in text_id and name in text_en, name
    # The signature blocks stand side by side too: the first party's on the left, the second's on the right.
    assert "UNTUK PEMERINTAH PROVINSI JAWA TIMUR" in text_id and "Ditandatangani di Surabaya" in text_id
    assert "UNTUK PEMERINTAH KOTA ĐÀ NẴNG" in text_en and "Ditandatangani di Düsseldorf" in text_en
    assert [int(n) for n in re.findall(r"\bPASAL (\d+)\b", text_id)] == list(range(1, 11))
    assert [int(n) for n in re.findall(r"\bARTICLE (\d+)\b", text_en)] == list(range(1, 11))
    assert "ARTICLE" not in text_id and "PASAL" not in text_en


def test_each_heading_pair_shares_a_line(draft_pdf: bytes) -> None:
    tops: dict[tuple[str, int], tuple[int, float]] = {}
    for index, page in enumerate(pdf_pages(draft_pdf)):
        words = _body_lines(page)
        for first, second in itertools.pairwise(words):
            if first.text in ("PASAL", "ARTICLE") and second.text.isdigit():
                tops[(first.text, int(second.text))] = (index, first.top)
    for n in range(1, 11):
        page_id, top_id = tops[("PASAL", n)]
        page_en, top_en = tops[("ARTICLE", n)]
        assert page_id == page_en and top_id == pytest.approx(top_en, abs=1.0), n


def test_footer_names_the_right_total_on_every_page(draft_pdf: bytes, long_pdf: bytes, tmp_path: Path) -> None:
    for pdf in (draft_pdf, long_pdf):
        pages = pdftotext_pages(pdf, tmp_path)
        total = len(PdfReader(io.BytesIO(pdf)).pages)
        assert len(pages) == total and total > 1
        for number, page in enumerate(pages, 1):
            assert f"Halaman {number} dari {total} / Page {number} of {total}" in page


def test_header_shows_number_and_version(draft_pdf: bytes, final_pdf: bytes, tmp_path: Path) -> None:
    for page in pdftotext_pages(draft_pdf, tmp_path):
        assert "Nomor / Number: 001/KS/2026" in page
        assert "Rancangan versi 3 / Draft version 3" in page
    # The signing copy carries no running header: its version is in the metadata only.
    for page in pdftotext_pages(final_pdf, tmp_path):
        assert not re.search(r"\bversi(on)? \d", page, re.IGNORECASE) and "Nomor / Number" not in page
    keywords = PdfReader(io.BytesIO(final_pdf)).metadata["/Keywords"]
    digest = build_draft(context()).text_sha256
    assert keywords == f"final text; version 3; number 001/KS/2026; text sha256 {digest}"
    unnumbered = render_draft(build_draft(context(number=None)))
    for page in pdftotext_pages(unnumbered, tmp_path):
        assert NO_NUMBER_ID in page


def test_the_title_block_carries_both_numbers(draft_pdf: bytes) -> None:
    text_id, text_en = column_texts(draft_pdf)
    assert "NOMOR: 001/KS/2026 NOMOR: VN/2026/41" in text_id
    assert "NUMBER: 001/KS/2026 NUMBER: VN/2026/41" in text_en
    assert "NUMBER" not in text_id and "NOMOR" not in text_en


def test_signature_blocks_of_both_parties_share_one_page(draft_pdf: bytes, long_pdf: bytes, tmp_path: Path) -> None:
    for pdf in (draft_pdf, long_pdf):
        pages = [flat(p) for p in pdftotext_pages(pdf, tmp_path)]
        last = pages[-1]
        for words in (
            "Khofifah Indar Parawansa",
            "Lê Trung Chinh",
            "Gubernur Jawa Timur",
            "Governor of East Java",
            "UNTUK PEMERINTAH PROVINSI JAWA TIMUR",
            "UNTUK PEMERINTAH KOTA ĐÀ NẴNG",
            "Ditandatangani di Surabaya",
            "Ditandatangani di Düsseldorf",
            "pada tanggal 31 Desember 2026",
            "on 31 December 2026",
            "SEBAGAI BUKTI",
            "IN WITNESS WHEREOF",
        ):
            assert words in last, words
        assert all("Ditandatangani di" not in page for page in pages[:-1])


def test_edited_article_text_replaces_the_library_text(tmp_path: Path) -> None:
    draft = build_draft(context())
    edited = [
        dataclasses.replace(
            a,
            text_id="(1) Pembiayaan ditanggung bersama di Kraków.\n(2) Rincian diatur kemudian.",
            text_en="(1) Costs are shared in Kraków.\n(2) Details follow later.",
        )
        if a.key == "financing"
        else a
        for a in draft.articles
    ]
    text_id, text_en = column_texts(render_draft(dataclasses.replace(draft, articles=edited)))
    assert has(text_id, "PEMBIAYAAN (1) Pembiayaan ditanggung bersama di Kraków. (2) Rincian diatur kemudian. PASAL 7")
    assert has(text_en, "FINANCIAL ARRANGEMENTS (1) Costs are shared in Kraków. (2) Details follow later. ARTICLE 7")
    assert "anggaran" not in text_id
    assert "availability of funds" not in text_en


# --------------------------------------------------------------------------- draft marks


def _watermark_and_labels(pdf: bytes) -> list[tuple[str, str]]:
    """Per page: the large rotated characters in drawing order, and all small upright text."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            big = "".join(c["text"] for c in page.chars if c["size"] > 40)
            small = page.extract_text() or ""
            found.append((big, small))
    return found


def test_three_and_four_parties_each_get_a_signature_block_and_an_initials_cell(tmp_path: Path) -> None:
    for parties in ([EAST_JAVA, DA_NANG, KYUSHU_UNIVERSITY], [EAST_JAVA, DA_NANG, KYUSHU_UNIVERSITY, BUSAN]):
        pdf = render_draft(build_draft(context(parties=parties, kind="ksdll")))
        pages = [flat(p) for p in pdftotext_pages(pdf, tmp_path)]
        for party in parties:
            assert f"UNTUK {party.name_id.upper()}" in pages[-1], party.name_id
            assert f"FOR {party.name_en.upper()}" in pages[-1], party.name_en
            assert party.head_name in pages[-1] and party.head_title_id in pages[-1]
        assert pages[-1].count("Ditandatangani di") == len(parties)
        assert all("Ditandatangani di" not in page for page in pages[:-1])
        labels = [f"Pihak {n} / Party {n}" for n in ("I", "II", "III", "IV")[: len(parties)]]
        for _big, small in _watermark_and_labels(pdf):
            assert all(label in small for label in labels)
            assert f"Pihak {('II', 'III', 'IV', 'V')[len(parties) - 1]} /" not in small


def _line_ends(pdf: bytes) -> list[tuple[str, str]]:
    """(last word, first word of the next line) of every line of the Indonesian column that ends in a hyphen."""
    found = []
    for page in pdf_pages(pdf):
        words = [w for w in _body_lines(page) if w.x1 < page.width / 2]
        lines: dict[int, list[Word]] = {}
        for word in words:
            lines.setdefault(round(word.top), []).append(word)
        ordered = [sorted(lines[top], key=lambda w: w.x0) for top in sorted(lines)]
        for line, following in itertools.pairwise(ordered):
            last = line[-1].text
            if last.endswith("-") and len(last) > 1:
                found.append((last, following[0].text))
    return found


def test_no_indonesian_word_is_hyphenated_at_a_line_end(long_pdf: bytes) -> None:
    """A line of the Indonesian column ends in a hyphen only where the word has one ("masing-" / "masing"):
    the two pieces joined are a word of the source text as it stands."""
    draft = build_draft(context(sectors=[("Perundang-undangan dan pemerintahan", "Legislation and governance")]))
    source = " ".join(
        [draft.preamble_id, draft.closing_id, *(a.text_id for a in draft.articles)]
        + [a.text_id for a in long_draft().articles]
    )
    ends = _line_ends(render_draft(draft)) + _line_ends(long_pdf)
    assert len(ends) >= 3, "hardly a line broke at a hyphen: the test would prove little"
    for head, tail in ends:
        assert head + tail in source, (head, tail)


def test_a_draft_has_watermark_and_initials_box_on_every_page(draft_pdf: bytes) -> None:
    pages = _watermark_and_labels(draft_pdf)
    assert len(pages) > 1
    for big, small in pages:
        assert big == "RANCANGANDRAFT"
        assert INITIALS_LABEL in small
        assert "Pihak I / Party I" in small and "Pihak II / Party II" in small


def test_a_final_text_has_neither(final_pdf: bytes) -> None:
    for big, small in _watermark_and_labels(final_pdf):
        assert big == ""
        assert "Paraf" not in small and "Initials" not in small and "RANCANGAN" not in small


# --------------------------------------------------------------------------- the file itself


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("f4", (609.45, 935.43))])
def test_page_size(paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(render_draft(build_draft(context(), paper=paper))))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.01)


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper: 'letter'"):
        render_draft(build_draft(context(), paper="letter"))  # type: ignore[arg-type]


def test_all_fonts_are_embedded(draft_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(draft_pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = lines[2:]
    assert len(rows) >= 4
    for row in rows:
        columns = row.split()
        # name type [type...] encoding emb sub uni object ID: emb is the fifth column from the end
        assert columns[-5] == "yes", row
        assert "Helvetica" not in row and "Times" not in row


def test_qpdf_finds_no_errors(draft_pdf: bytes, long_pdf: bytes, tmp_path: Path) -> None:
    for pdf in (draft_pdf, long_pdf):
        path = tmp_path / "check.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(["qpdf", "--check", str(path)], check=False, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors" in result.stdout


def test_same_input_gives_the_same_bytes(draft_pdf: bytes) -> None:
    previous = rl_config.invariant
    draft = build_draft(context(), version=3, logo_png=tiny_png())
    render_draft(build_draft(context(), final=True, paper="f4"))  # another document in between
    assert render_draft(draft) == draft_pdf
    assert rl_config.invariant == previous
    assert b"CreationDate" not in draft_pdf or b"D:20000101000000" in draft_pdf


def test_the_logo_is_placed_only_when_given(draft_pdf: bytes, final_pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(draft_pdf)) as document:
        images = document.pages[0].images
        assert len(images) == 1
        assert images[0]["top"] < 150  # in the title block at the top of the first page
        assert all(not page.images for page in document.pages[1:])
    with pdfplumber.open(io.BytesIO(final_pdf)) as document:
        assert not document.pages[0].images


def test_write_draft_writes_the_same_bytes(tmp_path: Path, final_pdf: bytes) -> None:
    path = write_draft(build_draft(context(), version=3, final=True), tmp_path / "mou.pdf")
    assert path.read_bytes() == final_pdf


# --------------------------------------------------------------------------- columns in step


def _body_lines(page: Page) -> list[Word]:
    """Body text between header and footer in reading order (no watermark: its letters are taller than 20
    points; no page furniture), as poppler's pdftotext reads the page."""
    top_limit = MARGIN_TOP - 2
    bottom_limit = page.height - MARGIN_BOTTOM + 2
    return reading_order([w for w in page.words if w.height < 20 and top_limit <= w.top and w.bottom <= bottom_limit])


_ROW_START = re.compile(r"^\(\d+\)$")


def test_fifty_articles_keep_the_columns_aligned_across_pages(long_pdf: bytes) -> None:
    seen_id: dict[int, tuple[int, float]] = {}
    seen_en: dict[int, tuple[int, float]] = {}
    continued_both = 0
    pages = pdf_pages(long_pdf)
    assert len(pages) >= 10
    middle = pages[0].width / 2
    for index, page in enumerate(pages):
        words = _body_lines(page)
        for first, second in itertools.pairwise(words):
            if first.text == "PASAL" and second.text.isdigit():
                seen_id[int(second.text)] = (index, first.top)
            if first.text == "ARTICLE" and second.text.isdigit():
                seen_en[int(second.text)] = (index, first.top)
        left = [w for w in words if w.x1 < middle]
        right = [w for w in words if w.x0 > middle]
        # Every paragraph row starts at one height in both columns: "(1)" beside "(1)".
        starts_left = sorted(w.top for w in left if _ROW_START.match(w.text))
        starts_right = sorted(w.top for w in right if _ROW_START.match(w.text))
        assert len(starts_left) == len(starts_right), f"page {index + 1}"
        for top_left, top_right in zip(starts_left, starts_right, strict=True):
            assert top_left == pytest.approx(top_right, abs=1.0), f"page {index + 1}"
        # A row split by the page break goes on at the top of the next page in both columns.
        if index > 0 and left and right:
            first_left = min(left, key=lambda w: (w.top, w.x0))
            first_right = min(right, key=lambda w: (w.top, w.x0))
            heads = {"PASAL", "ARTICLE"}
            if (
                first_left.text not in heads
                and not _ROW_START.match(first_left.text)
                and first_right.text not in heads
                and not _ROW_START.match(first_right.text)
            ):
                assert first_left.top == pytest.approx(first_right.top, abs=1.0)
                continued_both += 1
        # A heading is never the last thing on its page: body text of its article follows it.
        headings = [w for w in left if w.text == "PASAL"]
        if headings:
            lowest = max(h.top for h in headings)
            assert [w for w in left if w.top > lowest + 30], f"orphaned heading on page {index + 1}"
    assert sorted(seen_id) == list(range(1, 51)) and sorted(seen_en) == list(range(1, 51))
    for number in range(1, 51):
        page_id, top_id = seen_id[number]
        page_en, top_en = seen_en[number]
        assert page_id == page_en, number
        assert top_id == pytest.approx(top_en, abs=1.0), number
    assert continued_both >= 3  # rows really were split across pages and went on in step


def test_fifty_article_draft_has_every_row_in_both_columns(long_pdf: bytes) -> None:
    text_id, text_en = column_texts(long_pdf)
    for n in range(1, 51):
        assert has(text_id, f"PASAL {n} KETENTUAN NOMOR {n} (1) Ketentuan nomor {n}.1 mengatur")
        assert has(text_en, f"ARTICLE {n} PROVISION NUMBER {n} (1) Provision {n}.1 governs")


@pytest.mark.parametrize(
    ("instrument", "title_id", "title_en", "closing_en"),
    [
        ("loi", "PERNYATAAN KEHENDAK", "LETTER OF INTENT", "have signed this Letter of Intent"),
        ("mou", "NOTA KESEPAHAMAN", "MEMORANDUM OF UNDERSTANDING", "have signed this Memorandum of Understanding"),
        ("arrangement", "PERJANJIAN KERJA SAMA", "IMPLEMENTING ARRANGEMENT", "have signed this Arrangement"),
    ],
)
def test_every_instrument_renders_from_its_library(
    instrument: str, title_id: str, title_en: str, closing_en: str
) -> None:
    text_id, text_en = column_texts(render_draft(build_draft(context(instrument=instrument), paper="f4")))
    assert text_id.startswith(title_id) and text_en.startswith(title_en)
    assert has(text_en, closing_en)
    assert [int(n) for n in re.findall(r"\bPASAL (\d+)\b", text_id)] == list(range(1, 11))
