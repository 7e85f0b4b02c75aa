"""``secretariat draft AGREEMENT --out FILE.pdf [--paper a4|f4] [--final] [--preview]``.

Writes the bilingual text of an agreement (named by the region's number or
its global id) as PDF. Like "Generate draft" in the editor, the PDF is stored
among the agreement's documents with its version number and SHA-256. The
version follows the text: a changed text is the next version (its articles
are kept for comparing versions); the same text printed again, on other paper
or as the final copy, keeps its version. ``--final`` is refused, naming each
blank, while the text cannot be signed (no number, a signatory, the term or
notice period missing, a dotted blank left). ``--preview`` writes the PDF
without storing anything.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secretariat.cli.common import command_context, resolve_record, say, target_of

# The database, services and PDF modules are imported by draft_command() only, so that "--help" and
# "--version" answer without loading them (see secretariat.cli.main).


def add_parser(sub: Any, global_options: Callable[..., None]) -> None:
    """Register the ``draft`` sub-command on the main parser's sub-parsers."""
    draft = sub.add_parser(
        "draft", help="write an agreement's bilingual text as PDF (stored as its next draft version)"
    )
    global_options(draft, in_subcommand=True)
    draft.add_argument(
        "agreement", metavar="AGREEMENT", help="the region's number of the agreement, or its global id (gid)"
    )
    draft.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    draft.add_argument(
        "--paper", choices=("a4", "f4"), default=None, help="paper size (default: the office's paper in the settings)"
    )
    draft.add_argument(
        "--final",
        action="store_true",
        help="the final text to sign: no watermark, initials box or version header; refused while blanks remain",
    )
    draft.add_argument(
        "--preview",
        action="store_true",
        help="write the next version without storing it among the agreement's documents",
    )
    draft.add_argument("--force", action="store_true", help="replace FILE.pdf when it exists (a PDF only)")
    draft.set_defaults(handler="draft")


def draft_command(args: argparse.Namespace) -> int:
    from secretariat.documents.agreement_draft import render_draft
    from secretariat.services.agreements.drafting import generate_draft, prepare_draft
    from secretariat.services.output_files import PDF, check_output, write_output

    target = check_output(args.out, PDF, database=target_of(args), force=args.force, label="--out")
    new_version = True
    with command_context(args) as ctx:
        agreement_id = resolve_record(ctx, "agreement", args.agreement)
        if args.preview:
            prepared = prepare_draft(ctx, agreement_id, paper=args.paper, final=args.final)
            document = prepared.document
            pdf, version, paper, warnings = (
                render_draft(document),
                document.version,
                str(document.paper),
                prepared.warnings,
            )
        else:
            generated = generate_draft(ctx, agreement_id, paper=args.paper, final=args.final, render=render_draft)
            pdf, version, paper, warnings = generated.pdf, generated.version, generated.paper, generated.warnings
            new_version = generated.new_version
    for warning in warnings:
        say(args, f"Note: {warning.message_en}.", f"Catatan: {warning.message_id}.", error=True)
    write_output(target, PDF, pdf, database=target_of(args), force=args.force, label="--out")
    what_en = "Final text" if args.final else "Draft"
    what_id = "Naskah final" if args.final else "Rancangan"
    if args.preview:
        stored_en, stored_id = " (not stored: preview)", " (tidak disimpan: pratinjau)"
    elif new_version:
        stored_en, stored_id = " (stored among the agreement's documents)", " (disimpan di dokumen perjanjian)"
    else:
        stored_en = f" (the same text as version {version}: no new version; kept among the agreement's documents)"
        stored_id = f" (naskah sama dengan versi {version}: bukan versi baru; disimpan di dokumen perjanjian)"
    say(
        args,
        f"{what_en} version {version} of {args.agreement} on {paper.upper()} written to {target}{stored_en}.",
        f"{what_id} versi {version} dari {args.agreement} pada kertas {paper.upper()} ditulis ke {target}{stored_id}.",
    )
    return 0


HANDLERS = {"draft": draft_command}

__all__ = ["HANDLERS", "add_parser", "draft_command"]
