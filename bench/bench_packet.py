"""Packets and the document store: time and peak memory.

1. A packet with a 20-page final text and 40 scanned pages at 300 dpi (A4 JPEG scans, as a scanner
   writes them), assembled from a SQLite database's store: time and the process's peak memory
   (targets: under 5 s and under 400 MB).
2. Attaching a 100 MB file to a PostgreSQL database (the store inside the database, in 1 MiB chunks):
   the process's peak memory (target: under 150 MB). Skipped when no PostgreSQL server binaries are found.

Each measurement runs in a fresh child process, so that its peak memory (ru_maxrss) is its own.

    python bench/bench_packet.py
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.document_files (a benchmark script, not part of the program)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scans(folder: Path, count: int) -> list[Path]:
    from PIL import Image, ImageDraw

    paths = []
    for number in range(1, count + 1):
        image = Image.new("L", (2480, 3508), 255)  # A4 at 300 dpi
        draw = ImageDraw.Draw(image)
        for y in range(250, 3300, 48):
            draw.text((220, y), f"Halaman {number} baris {y} - naskah yang telah ditandatangani " * 3, fill=0)
        path = folder / f"scan-{number:02d}.jpg"
        image.save(path, "JPEG", quality=80, dpi=(300, 300))
        paths.append(path)
    return paths


def _final_text_articles(count: int) -> list:
    from secretariat.domain.drafting import Article

    paragraph_id = "Para Pihak sepakat untuk melaksanakan kerja sama di bidang yang disebut dalam Pasal ini. " * 6
    paragraph_en = "The Parties agree to carry out cooperation in the fields named in this Article. " * 6
    return [
        Article(
            "custom",
            f"Ketentuan {n}",
            f"Provision {n}",
            f"(1) {paragraph_id}\n(2) {paragraph_id}",
            f"(1) {paragraph_en}\n(2) {paragraph_en}",
        )
        for n in range(1, count + 1)
    ]


def packet_case() -> None:
    """Child process: prepare the parts (not timed), then time the packet."""
    from tests.document_files import pdf_bytes

    from secretariat.documents.agreement_draft import render_draft
    from secretariat.documents.packet import render_packet
    from secretariat.domain.records import AgreementData, OfficeProfileData, PartnerData
    from secretariat.services.agreements.drafting import generate_draft, save_articles
    from secretariat.services.agreements.packets import make_packet
    from secretariat.services.agreements.records import create_agreement
    from secretariat.services.attachments import add_attachment
    from secretariat.services.context import open_context
    from secretariat.services.office import update_office_profile
    from secretariat.services.partners.records import create_partner
    from secretariat.storage.migrate import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-packet-"))
    try:
        database = open_database(str(folder / "bench.sqlite3"))
        ctx = open_context(database, "bench")
        update_office_profile(
            ctx,
            OfficeProfileData(
                region_name_id="Provinsi Jawa Timur", region_name_en="East Java", region_level="province"
            ),
        )
        partner = create_partner(
            ctx, PartnerData(code="KRK", name="Kraków", kind="regional_government", country_code="PL")
        )
        agreement = create_agreement(
            ctx,
            AgreementData(
                title_id="Nota Kesepahaman",
                title_en="Memorandum of Understanding",
                kind="ksdpl",
                instrument="mou",
                partner_ids=[partner],
                number="001/KS/2026",
                signed_on=date(2026, 3, 2),
                signed_place="Kraków",
            ),
        )
        save_articles(ctx, agreement, _final_text_articles(28))
        draft = generate_draft(ctx, agreement, final=True, render=render_draft)
        scans = _scans(folder, 40)
        # The signed copy: the 40 scans as the scanner's PDF (each page one JPEG, kept as it is).
        from PIL import Image  # noqa: F401 - the scans above

        signed = folder / "signed.pdf"
        _scans_to_pdf(scans, signed)
        add_attachment(ctx, "agreement", agreement, "signed_scan", signed)
        for kind, label in (("dprd_approval", "DPRD"), ("full_powers", "Full Powers")):
            path = folder / f"{kind}.pdf"
            path.write_bytes(pdf_bytes(1, label))
            add_attachment(ctx, "agreement", agreement, kind, path)
        from pypdf import PdfReader

        final_pages = len(PdfReader(_store_path(ctx, draft.sha256)).pages)
        start, peak_before = time.perf_counter(), _peak_mb()
        made = make_packet(ctx, agreement, render=render_packet, recipient="kemlu", paper="a4")
        elapsed = time.perf_counter() - start
        print(
            f"packet: final text {final_pages} pages + 40 scanned pages at 300 dpi "
            f"({signed.stat().st_size / 1e6:.1f} MB) "
            f"-> {made.page_count} pages, {len(made.pdf) / 1e6:.1f} MB in {elapsed:.2f} s; "
            f"peak memory {_peak_mb():.0f} MB (before the packet: {peak_before:.0f} MB)"
        )
        database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _store_path(ctx, sha256: str) -> Path:
    from secretariat.storage.document_store import document_store_location

    folder = document_store_location(ctx.database)
    assert folder is not None
    return folder / sha256[:2] / sha256


def _scans_to_pdf(scans: list[Path], target: Path) -> None:
    """A scanner's PDF: one JPEG per A4 page, embedded as it is (DCTDecode)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter()
    for path in scans:
        image = StreamObject()
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(2480),
                NameObject("/Height"): NumberObject(3508),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
                NameObject("/Filter"): NameObject("/DCTDecode"),
            }
        )
        image._data = path.read_bytes()
        page = writer.add_blank_page(595.28, 841.89)
        content = StreamObject()
        content._data = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
        )
        page[NameObject("/Contents")] = writer._add_object(content)
    with target.open("wb") as stream:
        writer.write(stream)


def attach_case(url: str) -> None:
    """Child process: attach a 100 MB file to the PostgreSQL database at ``url``; report peak memory."""
    from secretariat.domain.records import PartnerData
    from secretariat.services.attachments import add_attachment, read_attachment
    from secretariat.services.context import open_context
    from secretariat.services.partners.records import create_partner
    from secretariat.storage.migrate import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-attach-"))
    try:
        big = folder / "scan-archive.dat"
        with big.open("wb") as stream:
            for _ in range(100):
                stream.write(os.urandom(1024 * 1024))
        database = open_database(url)
        ctx = open_context(database, "bench")
        partner = create_partner(
            ctx, PartnerData(code="BIG", name="Big", kind="regional_government", country_code="JP")
        )
        before = _peak_mb()
        start = time.perf_counter()
        attachment_id = add_attachment(ctx, "partner", partner, "other", big)
        elapsed = time.perf_counter() - start
        after_add = _peak_mb()
        print(
            f"attach 100 MB on PostgreSQL: {elapsed:.1f} s; peak memory {after_add:.0f} MB "
            f"(before the attach: {before:.0f} MB)"
        )
        del read_attachment, attachment_id
        database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _postgres() -> tuple[str, object] | None:
    """A throw-away PostgreSQL server (as the tests start one), or None."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from tests import conftest
    except ImportError:
        return None
    bindir = conftest.find_postgres_bindir()
    if bindir is None:
        return None
    generator = conftest.postgres_server.__wrapped__()  # type: ignore[attr-defined]
    server = next(generator)
    url = server.url("postgres").replace("postgresql://", "postgresql+psycopg://")
    return url, generator


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--packet":
        packet_case()
        return
    if len(sys.argv) > 2 and sys.argv[1] == "--attach":
        attach_case(sys.argv[2])
        return
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    subprocess.run([sys.executable, __file__, "--packet"], check=True, env=env)
    found = _postgres()
    if found is None:
        print("attach 100 MB on PostgreSQL: skipped (no PostgreSQL server binaries)")
        return
    url, generator = found
    try:
        subprocess.run([sys.executable, __file__, "--attach", url], check=True, env=env)
    finally:
        next(generator, None)  # type: ignore[call-overload]


if __name__ == "__main__":
    main()
