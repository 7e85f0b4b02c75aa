"""Signed-agreement packets from a known set of parts, checked with external readers (pdftotext, pdfinfo,
zbarimg) and pypdf; bad inputs refused; verify finds altered and missing copies; the PostgreSQL store read
through another connection; documents belong to their own SQLite database."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.document_files import (
    huge_png_header,
    write,
    write_damaged_pdf,
    write_encrypted_pdf,
    write_image,
    write_multipage_tiff,
    write_pdf,
)

from secretariat.cli.main import main
from secretariat.documents.agreement_draft import render_draft
from secretariat.documents.packet import render_packet
from secretariat.domain.errors import UserError
from secretariat.domain.packets import content_hash, parse_qr_payload
from secretariat.domain.records import AgreementData, OfficeProfileData, PartnerData
from secretariat.services.agreements.drafting import generate_draft
from secretariat.services.agreements.packets import list_packets, make_packet
from secretariat.services.agreements.records import create_agreement
from secretariat.services.attachments import add_attachment, get_attachment, verify_all_attachments
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner
from secretariat.storage.document_store import document_store_location

A4_PT = (595.28, 841.89)
F4_PT = (609.45, 935.43)
MM = 72 / 25.4


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _page_texts(pdf: Path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf))).group(1))
    return [_run("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-") for n in range(1, count + 1)]


@pytest.fixture
def ctx(database) -> ServiceContext:
    context = open_context(database, "arsiparis")
    update_office_profile(
        context,
        OfficeProfileData(
            region_name_id="Provinsi Jawa Timur",
            region_name_en="East Java Province",
            region_level="province",
            head_name="Dr. Arief",
            head_title_id="Gubernur Jawa Timur",
            head_title_en="Governor of East Java",
            bureau_head_name="Dra. Sri",
            bureau_head_title="Kepala Biro Kerja Sama",
            address_lines="Jl. Pahlawan No. 110\nSurabaya 60174",
            paper="a4",
        ),
    )
    return context


@pytest.fixture
def mou(ctx: ServiceContext) -> int:
    partner = create_partner(
        ctx,
        PartnerData(
            code="KRK",
            name="Kraków",
            kind="regional_government",
            country_code="PL",
            head_name="Jan Nowak",
            head_title="Mayor of Kraków",
        ),
    )
    return create_agreement(
        ctx,
        AgreementData(
            title_id="Nota Kesepahaman tentang Kerja Sama Kota Kembar",
            title_en="Memorandum of Understanding on Sister City Cooperation",
            kind="ksdpl",
            instrument="mou",
            partner_ids=[partner],
            sector_codes=["culture", "tourism"],  # a final text names its fields, term and notice: no blanks
            term_months=60,
            notice_months=6,
            subject_id="Kerja Sama Kota Kembar",
            subject_en="Sister City Cooperation",
            number="007/KS/2026",
            partner_number="KRK/2026/1",
            signed_on=date(2026, 3, 2),
            signed_place="Kraków",
        ),
    )


@pytest.fixture
def parts(ctx: ServiceContext, mou: int, tmp_path: Path) -> dict[str, str]:
    """The known parts: a 2-page final text made by the program, a 3-page TIFF signed copy at 300 dpi, a landscape
    JPEG DPRD approval at 150 dpi, a 2-page PDF Full Powers letter on Letter paper, a PNG LoI without dpi."""
    generate_draft(ctx, mou, final=True, render=render_draft)
    files = tmp_path / "incoming"
    add_attachment(ctx, "agreement", mou, "signed_scan", write_multipage_tiff(files / "signed.tif", 3, 1240, 1754, 150))
    add_attachment(ctx, "agreement", mou, "dprd_approval", write_image(files / "dprd.jpg", 1754, 1240, dpi=150))
    add_attachment(
        ctx, "agreement", mou, "full_powers", write_pdf(files / "full-powers.pdf", 2, "Full Powers", (612, 792))
    )
    add_attachment(ctx, "agreement", mou, "loi", write_image(files / "loi.png", 600, 800, dpi=None, mode="RGB"))
    return {}


def test_a_packet_from_known_parts(ctx: ServiceContext, mou: int, parts: dict, tmp_path: Path) -> None:
    made = make_packet(ctx, mou, render=render_packet, paper="a4", recipient="kemlu", dated=date(2026, 12, 5))
    pdf = tmp_path / "packet.pdf"
    pdf.write_bytes(made.pdf)
    reader = PdfReader(io.BytesIO(made.pdf))
    final_pages = 0
    from secretariat.services.agreements.drafting import list_draft_versions

    final = list_draft_versions(ctx, mou)[0]
    final_pages = len(PdfReader(io.BytesIO(render_draft_bytes(ctx, final.attachment_id))).pages)
    # letter 1, cover 1, final text, signed copy 3, DPRD 1, Full Powers 2, LoI 1, checksum page 1
    expected = 1 + 1 + final_pages + 3 + 1 + 2 + 1 + 1
    assert made.page_count == len(reader.pages) == expected
    texts = _page_texts(pdf)
    # The stamp on every page, in its bottom band.
    for number, text in enumerate(texts, 1):
        assert f"Paket / Packet {number} / {expected} · 007/KS/2026" in text, number
    # Every page has the chosen paper.
    assert {(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in reader.pages} == {
        (595.3, 841.9)
    }
    # Order: letter, cover, final text, the signed copy, DPRD approval, Full Powers, LoI, checksum page.
    assert "Penyampaian Paket Naskah" in texts[0] and "Yth. Menteri Luar Negeri" in texts[0]
    assert "PAKET NASKAH PERJANJIAN" in texts[1] and "AGREEMENT PACKET" in texts[1]
    assert "NOTA KESEPAHAMAN" in texts[2]
    start = 2 + final_pages
    assert "Full Powers page 1" in texts[start + 4] and "Full Powers page 2" in texts[start + 5]
    assert "DAFTAR DOKUMEN DAN SIDIK SHA-256" in texts[-1]
    # The contents on the cover name where each part starts.
    cover = " ".join(texts[1].split())
    signed_at = start + 1
    assert f"Naskah yang telah ditandatangani · Signed copy {signed_at}–{signed_at + 2}" in cover
    assert f"Surat Kuasa (Full Powers) · Full Powers letter {start + 5}–{start + 6}" in cover
    # The checksum page lists the stored files' hashes.
    stored = {a.file_name: a.sha256 for a in _documents(ctx, mou)}
    raw = _run("pdftotext", "-raw", "-f", str(expected), "-l", str(expected), str(pdf), "-")
    checksum = "".join(raw.split())
    for name in ("signed.tif", "dprd.jpg", "full-powers.pdf", "loi.png"):
        assert stored[name] in checksum, name
    assert final.sha256 in checksum
    assert len(re.findall(r"[0-9a-f]{64}", checksum)) == 5 + 1 + 1  # the parts, the final text, the packet hash
    # The QR code carries the global id and the content hash.
    decoded = _qr(pdf, expected, tmp_path)
    gid, packet_hash = parse_qr_payload(decoded)
    from secretariat.services.agreements.records import get_agreement

    assert gid == get_agreement(ctx, mou).gid
    order = [final.sha256, stored["signed.tif"], stored["dprd.jpg"], stored["full-powers.pdf"], stored["loi.png"]]
    keys = ["final_text", "signed_copy", "dprd_approval", "full_powers", "loi"]
    assert packet_hash == content_hash(gid, list(zip(keys, order, strict=True))) == made.content_sha256
    # The packet is kept in the archive with its SHA-256.
    kept = get_attachment(ctx, made.attachment_id)
    assert (kept.kind, kept.sha256) == ("packet", hashlib.sha256(made.pdf).hexdigest())
    assert made.letter_number == "001/BKS/XII/2026"


def render_draft_bytes(ctx: ServiceContext, attachment_id: int) -> bytes:
    from secretariat.services.attachments import read_attachment

    return read_attachment(ctx, attachment_id)


def _documents(ctx: ServiceContext, agreement_id: int):
    from secretariat.services.attachments import list_attachments

    return list_attachments(ctx, "agreement", agreement_id)


def _qr(pdf: Path, page: int, tmp_path: Path) -> str:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    _run("pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), str(pdf), str(tmp_path / "qr"))
    image = next(tmp_path.glob("qr*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True).stdout
    return out.strip()


def test_the_same_parts_give_the_same_bytes_and_the_letter_keeps_its_number(
    ctx: ServiceContext, mou: int, parts: dict
) -> None:
    first = make_packet(ctx, mou, render=render_packet, recipient="dprd", dated=date(2026, 12, 5))
    second = make_packet(ctx, mou, render=render_packet, recipient="dprd", dated=date(2027, 1, 9))
    assert first.pdf == second.pdf
    assert second.reused and second.attachment_id == first.attachment_id
    assert first.letter_number == second.letter_number
    other = make_packet(ctx, mou, render=render_packet, recipient="kemlu", dated=date(2026, 12, 5))
    assert other.letter_number != first.letter_number
    plain = make_packet(ctx, mou, render=render_packet)
    assert plain.letter_number is None
    assert len(list_packets(ctx, mou)) == 3


def test_scans_keep_their_aspect_ratio_and_true_size(
    ctx: ServiceContext, mou: int, parts: dict, tmp_path: Path
) -> None:
    made = make_packet(ctx, mou, render=render_packet, paper="f4")
    reader = PdfReader(io.BytesIO(made.pdf))
    placed = []
    for page in reader.pages:
        stream = page.get_contents()
        content = stream.get_data().decode("latin-1") if stream is not None else ""
        match = re.search(r"q ([-\d. ]+) cm /Scan Do Q", content)
        if match:
            placed.append([float(v) for v in match.group(1).split()])
    assert len(placed) == 3 + 1 + 1  # TIFF pages, the DPRD JPEG, the LoI PNG
    # The TIFF, 1240 x 1754 px at 150 dpi: 210 x 297 mm, placed at true size on F4.
    a, b, c, d, _e, _f = placed[0]
    assert (b, c) == (0, 0)
    assert a == pytest.approx(1240 / 150 * 72, abs=0.01) and d == pytest.approx(1754 / 150 * 72, abs=0.01)
    # The landscape JPEG keeps 1754:1240.
    a, _b, _c, d, _e, _f = placed[3]
    assert a / d == pytest.approx(1754 / 1240, rel=1e-3)
    # The PNG without a resolution is fitted, its ratio 600:800 kept, never stretched.
    a, _b, _c, d, _e, f = placed[4]
    assert a / d == pytest.approx(600 / 800, rel=1e-3)
    assert f >= 14 * MM - 0.01  # above the stamp band


def test_missing_parts_refuse_the_packet_or_mark_it_incomplete(ctx: ServiceContext, mou: int, tmp_path: Path) -> None:
    add_attachment(ctx, "agreement", mou, "signed_scan", write_pdf(tmp_path / "signed.pdf", 2, "Signed"))
    with pytest.raises(UserError) as refused:
        make_packet(ctx, mou, render=render_packet)
    message = refused.value.message("en")
    for part in ("Final text", "DPRD approval", "Full Powers letter"):
        assert part in message
    assert "Signed copy" not in message and "Letter of Intent" not in message  # present / optional
    made = make_packet(ctx, mou, render=render_packet, allow_incomplete=True)
    pdf = tmp_path / "incomplete.pdf"
    pdf.write_bytes(made.pdf)
    cover = " ".join(_page_texts(pdf)[0].split())
    assert "TIDAK LENGKAP / INCOMPLETE" in cover
    for part in ("Naskah final", "Surat persetujuan DPRD", "Surat Kuasa (Full Powers)"):
        assert part in cover
    assert made.page_count == 1 + 2 + 1


def test_an_altered_copy_is_reported_and_never_put_in_a_packet(
    ctx: ServiceContext, mou: int, parts: dict, tmp_path: Path
) -> None:
    signed = next(a for a in _documents(ctx, mou) if a.file_name == "signed.tif")
    dprd = next(a for a in _documents(ctx, mou) if a.file_name == "dprd.jpg")
    _tamper(ctx, signed.sha256, delete=False)
    _tamper(ctx, dprd.sha256, delete=True)
    problems = {c.file_name: c for c in verify_all_attachments(ctx) if not c.ok}
    assert set(problems) == {"signed.tif", "dprd.jpg"}
    assert problems["dprd.jpg"].missing and not problems["signed.tif"].missing
    with pytest.raises(UserError, match="altered") as refused:
        make_packet(ctx, mou, render=render_packet)
    assert "missing" in refused.value.message("en")
    made = make_packet(ctx, mou, render=render_packet, allow_incomplete=True)
    assert signed.sha256 not in made.pdf.decode("latin-1")


def _tamper(ctx: ServiceContext, sha256: str, delete: bool) -> None:
    folder = document_store_location(ctx.database)
    if folder is not None:
        path = folder / sha256[:2] / sha256
        if delete:
            path.unlink()
        else:
            data = bytearray(path.read_bytes())
            data[-10] ^= 0xFF
            path.write_bytes(bytes(data))
        return
    from sqlalchemy import text

    with ctx.database.engine.begin() as connection:
        if delete:
            connection.execute(text("DELETE FROM document_chunk WHERE sha256 = :s"), {"s": sha256})
            connection.execute(text("DELETE FROM document_content WHERE sha256 = :s"), {"s": sha256})
        else:
            connection.execute(
                text("UPDATE document_chunk SET data = :d WHERE sha256 = :s AND number = 0"),
                {"d": b"tampered", "s": sha256},
            )


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("secret.pdf", write_encrypted_pdf, "encrypted"),
        ("broken.pdf", write_damaged_pdf, "damaged"),
        ("empty.pdf", lambda p: write(p, b""), "empty"),
        ("photo.pdf", lambda p: write_image(p, 200, 100, fmt="JPEG"), "not a PDF file"),
        ("scan.jpg", write_pdf, "not a JPEG file"),
        ("huge.png", lambda p: write(p, huge_png_header(30_000, 30_000)), "30,000 x 30,000 pixels"),
        ("cut.jpg", lambda p: write(p, p.with_name("whole.jpg").read_bytes()[:3000]), "damaged"),
    ],
)
def test_bad_files_are_refused_naming_the_file_and_nothing_is_stored(
    ctx: ServiceContext, mou: int, tmp_path: Path, name: str, make, reason: str
) -> None:
    write_image(tmp_path / "whole.jpg", 1200, 1600)
    path = tmp_path / name
    make(path)
    with pytest.raises(UserError) as refused:
        add_attachment(ctx, "agreement", mou, "signed_scan", path)
    message = refused.value.message("en")
    assert name in message and reason in message
    assert _documents(ctx, mou) == []
    folder = document_store_location(ctx.database)
    if folder is not None:
        assert not folder.exists() or [p for p in folder.rglob("*") if p.is_file()] == []


def test_a_file_over_the_size_limit_is_refused(ctx: ServiceContext, mou: int, tmp_path: Path) -> None:
    from secretariat.services.attachments import set_size_limit_mb

    set_size_limit_mb(ctx, 1)
    path = write(tmp_path / "big.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1) + b"\n%%EOF\n")
    with pytest.raises(UserError, match="more than the limit of 1 MB set in the office profile") as refused:
        add_attachment(ctx, "agreement", mou, "other", path)
    assert "big.pdf" in refused.value.message("en")
    assert "batas 1 MB" in refused.value.message("id")


@pytest.mark.postgres
def test_on_postgresql_a_document_added_through_one_connection_is_read_whole_through_another(
    pg_migrated_url: str, tmp_path: Path
) -> None:
    from secretariat.services.attachments import read_attachment
    from secretariat.storage.document_store import CHUNK_SIZE
    from secretariat.storage.migrate import open_database

    first = open_database(pg_migrated_url)
    second = open_database(pg_migrated_url)
    try:
        desk_a = open_context(first, "desk-a")
        desk_b = open_context(second, "desk-b")
        partner = create_partner(
            desk_a, PartnerData(code="OSA", name="Osaka", kind="regional_government", country_code="JP")
        )
        import os

        data = os.urandom(2 * CHUNK_SIZE + 123)  # more than two chunks
        path = write(tmp_path / "archive.dat", data)
        attachment_id = add_attachment(desk_a, "partner", partner, "other", path)
        assert document_store_location(first) is None
        assert read_attachment(desk_b, attachment_id) == data
        assert hashlib.sha256(read_attachment(desk_b, attachment_id)).hexdigest() == hashlib.sha256(data).hexdigest()
    finally:
        first.dispose()
        second.dispose()


def test_two_sqlite_databases_in_one_folder_keep_their_own_documents(tmp_path: Path) -> None:
    from secretariat.services.attachments import delete_attachment, read_attachment
    from secretariat.services.integrity import check_database
    from secretariat.storage.migrate import open_database

    one, two = open_database(str(tmp_path / "one.sqlite3")), open_database(str(tmp_path / "two.sqlite3"))
    try:
        ctx_one, ctx_two = open_context(one, "a"), open_context(two, "b")
        path = write_pdf(tmp_path / "same.pdf", 1, "Same")
        ids = []
        for ctx in (ctx_one, ctx_two):
            partner = create_partner(
                ctx, PartnerData(code="P", name="P", kind="regional_government", country_code="JP")
            )
            ids.append(add_attachment(ctx, "partner", partner, "other", path))
        assert document_store_location(one) != document_store_location(two)
        delete_attachment(ctx_one, ids[0])
        assert read_attachment(ctx_two, ids[1]) == path.read_bytes()
        assert check_database(two).ok
        # A copy missing from the second database's store is a finding of 'check'.
        sha = get_attachment(ctx_two, ids[1]).sha256
        (document_store_location(two) / sha[:2] / sha).unlink()
        report = check_database(two)
        assert [f.check for f in report.findings] == ["documents"]
        assert "same.pdf" in report.findings[0].message_en
    finally:
        one.dispose()
        two.dispose()


def test_a_database_moved_with_its_folder_keeps_its_documents(tmp_path: Path) -> None:
    from secretariat.services.attachments import read_attachment
    from secretariat.storage.migrate import open_database

    database = open_database(str(tmp_path / "office.sqlite3"))
    ctx = open_context(database, "a")
    partner = create_partner(ctx, PartnerData(code="P", name="P", kind="regional_government", country_code="JP"))
    attachment_id = add_attachment(ctx, "partner", partner, "other", write_pdf(tmp_path / "x.pdf"))
    database.dispose()
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    for item in tmp_path.glob("office.sqlite3*"):
        shutil.move(str(item), moved / item.name)
    reopened = open_database(str(moved / "office.sqlite3"))
    try:
        assert read_attachment(open_context(reopened, "a"), attachment_id) == (tmp_path / "x.pdf").read_bytes()
    finally:
        reopened.dispose()


def test_the_old_shared_folder_is_adopted_by_each_database(tmp_path: Path) -> None:
    """Files of the attachments/ folder older versions shared are copied into each database's own store."""
    import sqlite3

    from secretariat.services.attachments import read_attachment
    from secretariat.storage.migrate import open_database

    database = open_database(str(tmp_path / "old.sqlite3"))
    ctx = open_context(database, "a")
    partner = create_partner(ctx, PartnerData(code="P", name="P", kind="regional_government", country_code="JP"))
    attachment_id = add_attachment(ctx, "partner", partner, "other", write_pdf(tmp_path / "x.pdf"))
    sha = get_attachment(ctx, attachment_id).sha256
    database.dispose()
    store = tmp_path / "old.sqlite3.documents"
    legacy = tmp_path / "attachments" / sha[:2]
    legacy.mkdir(parents=True)
    shutil.move(str(store / sha[:2] / sha), legacy / sha)
    shutil.rmtree(store)
    reopened = open_database(str(tmp_path / "old.sqlite3"))
    try:
        assert read_attachment(open_context(reopened, "a"), attachment_id) == (tmp_path / "x.pdf").read_bytes()
        assert (legacy / sha).exists()  # left for other databases of the folder
    finally:
        reopened.dispose()
    assert sqlite3.connect(tmp_path / "old.sqlite3").execute("select count(*) from attachment").fetchone() == (1,)


def test_the_command_line(ctx: ServiceContext, mou: int, parts: dict, tmp_path: Path, capsys) -> None:
    db = [
        "--db",
        ctx.database.url.render_as_string(hide_password=False)
        if not ctx.database.is_sqlite
        else ctx.database.url.database,
    ]
    out = tmp_path / "packet.pdf"
    assert main([*db, "packet", "007/KS/2026", "--out", str(out), "--paper", "f4", "--for", "archive"]) == 0
    assert out.read_bytes()[:5] == b"%PDF-"
    assert main([*db, "documents", "007/KS/2026", "--json"]) == 0
    listed = capsys.readouterr().out
    assert "signed.tif" in listed and "packet" in listed
    assert main([*db, "verify-documents"]) == 0
    signed = next(a for a in _documents(ctx, mou) if a.file_name == "signed.tif")
    _tamper(ctx, signed.sha256, delete=False)
    assert main([*db, "verify-documents"]) == 1
    assert f"ALTERED  document {signed.id} 'signed.tif'" in capsys.readouterr().out
    new = write_pdf(tmp_path / "report.pdf", 1, "Report")
    assert main([*db, "attach", "KRK", str(new), "--kind", "report"]) == 0
    assert "for partner KRK" in capsys.readouterr().out
    assert main([*db, "attach", "KRK", str(tmp_path / "nowhere.pdf"), "--kind", "report"]) == 1
