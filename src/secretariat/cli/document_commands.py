"""The document archive and packets on the command line.

    secretariat attach RECORD FILE --kind KIND [--note TEXT] [--replaces ID]
    secretariat documents [RECORD] [--all-versions] [--json]
    secretariat verify-documents [--json]
    secretariat packet AGREEMENT --out FILE.pdf [--paper a4|f4] [--for RECIPIENT] [--allow-incomplete]
                                 [--with-arrangements]

RECORD is an agreement number, a partner code, a delegation code, or any record's global id. ``attach``
checks the file (size limit, content, a readable and unencrypted PDF, an image of sane size) and stores it
in the database's own document store; a new file for a document the record already has becomes its newest
version. ``verify-documents`` recomputes every stored copy's SHA-256 and exits 1 naming the documents that
are missing or altered.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, say, target_of
from secretariat.domain.errors import UserError

KINDS = (
    "request_letter",
    "loi",
    "action_plan",
    "study",
    "draft",
    "dprd_approval",
    "full_powers",
    "signed_scan",
    "final_text",
    "report",
    "photo",
    "other",
)
RECIPIENTS_HELP = "kemendagri, kemlu, dprd, archive (resources/packets/packets.json)"


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    attach = sub.add_parser("attach", help="store a document for a record (a new version of one it has)")
    global_options(attach, in_subcommand=True)
    attach.add_argument(
        "record", metavar="RECORD", help="agreement number, partner code, delegation code, or a global id"
    )
    attach.add_argument("file", type=Path, metavar="FILE")
    attach.add_argument("--kind", required=True, choices=KINDS, help="what the document is")
    attach.add_argument("--note", help="a note kept with the document")
    attach.add_argument("--replaces", type=int, metavar="ID", help="store it as the next version of document ID")
    attach.set_defaults(handler="attach")

    documents = sub.add_parser("documents", help="list the documents of a record, or of every record")
    global_options(documents, in_subcommand=True)
    documents.add_argument("record", nargs="?", metavar="RECORD", help="only this record's documents")
    documents.add_argument("--all-versions", action="store_true", help="older versions too")
    documents.add_argument("--search", metavar="TEXT", help="words the file name, note or record must contain")
    documents.add_argument("--json", action="store_true", help="one JSON array of objects")
    documents.set_defaults(handler="documents")

    verify = sub.add_parser(
        "verify-documents", help="recompute every stored copy's SHA-256 (exit 1 naming missing or altered ones)"
    )
    global_options(verify, in_subcommand=True)
    verify.add_argument("--json", action="store_true", help="the result as JSON")
    verify.set_defaults(handler="verify-documents")

    packet = sub.add_parser("packet", help="assemble an agreement's signed-agreement packet as one PDF")
    global_options(packet, in_subcommand=True)
    packet.add_argument("agreement", metavar="AGREEMENT", help="the region's number of the agreement, or its global id")
    packet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    packet.add_argument("--force", action="store_true", help="replace FILE.pdf when it exists (a PDF only)")
    packet.add_argument("--paper", choices=("a4", "f4"), default=None, help="paper (default: the office's)")
    packet.add_argument(
        "--for", dest="recipient", metavar="RECIPIENT", help=f"add a covering letter to: {RECIPIENTS_HELP}"
    )
    packet.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="print without missing required parts, marked TIDAK LENGKAP / INCOMPLETE with what is missing",
    )
    packet.add_argument("--with-arrangements", action="store_true", help="add the implementing arrangements' parts")
    packet.set_defaults(handler="packet")


def attach_command(args: argparse.Namespace) -> int:
    from secretariat.services.attachments import add_document, find_record

    with command_context(args) as ctx:
        record = find_record(ctx, args.record)
        added = add_document(
            ctx, record.owner_type, record.owner_id, args.kind, args.file, note=args.note, replaces=args.replaces
        )
    say(
        args,
        f"Stored {args.file.name} for {record.label} as document {added.id}, version {added.version} "
        f"(SHA-256 {added.sha256}).",
        f"{args.file.name} disimpan untuk {record.label} sebagai dokumen {added.id}, versi {added.version} "
        f"(SHA-256 {added.sha256}).",
    )
    return 0


def documents_command(args: argparse.Namespace) -> int:
    from secretariat.cli.output import json_value, write_table
    from secretariat.services import registers
    from secretariat.services.attachments import find_record
    from secretariat.services.registers import RegisterQuery

    language = str(getattr(args, "lang", None) or "en")
    with command_context(args) as ctx:
        filters: dict[str, Any] = {}
        if args.record:
            record = find_record(ctx, args.record)
            filters = {"owner_type": record.owner_type, "owner_id": record.owner_id}
        if not args.all_versions:
            filters["current"] = True
        query = RegisterQuery(search=args.search or "", filters=filters, sort="id")
        ids = registers.find_ids(ctx, "documents", query)
        fetched = registers.fetch_rows(ctx, "documents", ids)
    rows = [fetched[i] for i in ids if i in fetched]
    if args.json:
        json.dump(
            [{k: json_value(v) for k, v in row.items()} for row in rows], sys.stdout, ensure_ascii=False, indent=1
        )
        sys.stdout.write("\n")
    else:
        write_table(sys.stdout, "documents", rows, language)
        say(args, f"{len(rows)} document(s).", f"{len(rows)} dokumen.")
    return 0


def verify_documents_command(args: argparse.Namespace) -> int:
    from secretariat.services.attachments import verify_all_attachments

    with command_context(args) as ctx:
        checks = verify_all_attachments(ctx)
    bad = [c for c in checks if not c.ok]
    if args.json:
        json.dump(
            {
                "checked": len(checks),
                "problems": [
                    {
                        "id": c.attachment_id,
                        "file_name": c.file_name,
                        "record": f"{c.owner_type} {c.owner_id}",
                        "expected_sha256": c.expected_sha256,
                        "actual_sha256": c.actual_sha256,
                        "problem": "missing" if c.missing else "altered",
                    }
                    for c in bad
                ],
            },
            sys.stdout,
            indent=1,
        )
        sys.stdout.write("\n")
    else:
        for check in bad:
            what = f"{check.attachment_id} '{check.file_name}' ({check.owner_type} {check.owner_id})"
            if check.missing:
                say(
                    args,
                    f"MISSING  document {what}: no stored copy in {check.where}",
                    f"HILANG   dokumen {what}: tidak ada salinan di {check.where}",
                )
            else:
                say(
                    args,
                    f"ALTERED  document {what}: SHA-256 {check.actual_sha256}, recorded {check.expected_sha256}",
                    f"BERUBAH  dokumen {what}: SHA-256 {check.actual_sha256}, tercatat {check.expected_sha256}",
                )
        if bad:
            say(
                args,
                f"{len(bad)} of {len(checks)} document(s) are missing or altered.",
                f"{len(bad)} dari {len(checks)} dokumen hilang atau berubah.",
            )
        else:
            say(
                args,
                f"All {len(checks)} document(s) match their SHA-256.",
                f"Semua {len(checks)} dokumen cocok dengan SHA-256-nya.",
            )
    return 1 if bad else 0


def packet_command(args: argparse.Namespace) -> int:
    from secretariat.documents.packet import render_packet
    from secretariat.services.agreements.packets import make_packet
    from secretariat.services.agreements.records import find_agreement_id
    from secretariat.services.output_files import PDF, check_output, write_output

    # Before anything is built: never the open database, another database or a file of another kind.
    check_output(args.out, PDF, database=target_of(args), force=args.force, label="--out")
    with command_context(args) as ctx:
        agreement_id = find_agreement_id(ctx, args.agreement)
        if agreement_id is None:
            raise UserError(
                f"There is no agreement with the number or global id '{args.agreement}'.",
                f"Tidak ada perjanjian dengan nomor atau id global '{args.agreement}'.",
            )
        made = make_packet(
            ctx,
            agreement_id,
            render=render_packet,
            paper=args.paper,
            recipient=args.recipient,
            allow_incomplete=args.allow_incomplete,
            arrangements=args.with_arrangements,
        )
    target, _written = write_output(args.out, PDF, made.pdf, database=target_of(args), force=args.force, label="--out")
    for missing in made.missing:
        say(
            args,
            f"Missing: {missing.title_en} ({missing.reason_en}).",
            f"Tidak ada: {missing.title_id} ({missing.reason_id}).",
            error=True,
        )
    letter_en = f"; covering letter {made.letter_number}" if made.letter_number else ""
    letter_id = f"; surat pengantar {made.letter_number}" if made.letter_number else ""
    say(
        args,
        f"Packet of {args.agreement}: {made.page_count} pages written to {target}{letter_en} "
        f"(SHA-256 {made.sha256}; content hash {made.content_sha256}).",
        f"Paket {args.agreement}: {made.page_count} halaman ditulis ke {target}{letter_id} "
        f"(SHA-256 {made.sha256}; sidik isi {made.content_sha256}).",
    )
    return 0


HANDLERS = {
    "attach": attach_command,
    "documents": documents_command,
    "verify-documents": verify_documents_command,
    "packet": packet_command,
}

__all__ = ["HANDLERS", "add_parsers"]
