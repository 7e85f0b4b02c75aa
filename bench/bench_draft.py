"""Time of rendering the bilingual agreement PDF (documents.agreement_draft.render_draft).

Targets: a 20-article draft under 0.5 s, a 50-article draft under 2 s. The
first render of a process also registers the bundled fonts and loads the
hyphenation dictionaries; it is reported apart ("first"). Then each size is
rendered several times (median and worst), as a draft (watermark, initials
box) and as a final text, on A4.
Run: ``python bench/bench_draft.py [runs]`` (default 7 runs).
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from datetime import date

from secretariat.documents.agreement_draft import render_draft
from secretariat.domain.drafting import Article, DraftContext, DraftDocument, Party, build_draft

TARGETS = {20: 0.5, 50: 2.0}

FIRST = Party(
    "Pemerintah Provinsi Jawa Timur",
    "Provincial Government of East Java",
    "Khofifah Indar Parawansa",
    "Gubernur Jawa Timur",
    "Governor of East Java",
    "Republik Indonesia",
    "the Republic of Indonesia",
    "Surabaya",
)
SECOND = Party(
    "Pemerintah Kota Kraków",
    "Government of the City of Kraków",
    "Aleksander Miszalski",
    "Wali Kota Kraków",
    "Mayor of Kraków",
    "Republik Polandia",
    "the Republic of Poland",
    "Kraków",
)


def draft_with(articles: int, final: bool) -> DraftDocument:
    """The MoU's ten library articles, then further articles made from them until the count is reached."""
    context = DraftContext(
        "mou",
        FIRST,
        SECOND,
        "Kerja Sama Provinsi Bersaudara",
        "Sister Province Cooperation",
        [
            ("Ekonomi dan perdagangan", "Economy and trade"),
            ("Pariwisata", "Tourism"),
            ("Pendidikan", "Education"),
            ("Kesehatan", "Health"),
            ("Lingkungan hidup", "Environment"),
        ],
        term_months=60,
        notice_months=6,
        sign_place="Surabaya",
        sign_date=date(2026, 12, 31),
        number="001/KS/2026",
        loi_place="Kraków",
        loi_date=date(2025, 3, 1),
    )
    base = build_draft(context, final=final, version=2)
    library = base.articles
    made: list[Article] = []
    while len(made) < articles:
        source = library[len(made) % len(library)]
        made.append(dataclasses.replace(source, key=f"{source.key}-{len(made)}"))
    return dataclasses.replace(base, articles=made)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    started = time.perf_counter()
    first_pdf = render_draft(draft_with(10, final=False))
    print(f"first render (fonts, hyphenation): {time.perf_counter() - started:.3f} s, {len(first_pdf):,} bytes")
    failed = False
    for articles, target in TARGETS.items():
        for final in (False, True):
            document = draft_with(articles, final)
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                pdf = render_draft(document)
                times.append(time.perf_counter() - started)
            median, worst = statistics.median(times), max(times)
            pages = pdf.count(b"/Type /Page\n")
            verdict = "ok" if median < target else "SLOW"
            failed |= median >= target
            print(
                f"{articles} articles, {'final' if final else 'draft'}: median {median:.3f} s, worst {worst:.3f} s, "
                f"{pages} pages, {len(pdf):,} bytes (target < {target} s: {verdict})"
            )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
