"""Time of the editor's "Generate draft" and of comparing versions, on a throw-away SQLite database.

For a 20-article and a 50-article agreement text: reading the text and building
the draft from the record and office profile (``prepare_draft``), the whole
``generate_draft`` (render, store the PDF as an attachment with its SHA-256,
record the version and its article snapshot), and ``compare_versions`` of two
stored versions. Each step runs several times; median and worst are printed.
Run: ``python bench/bench_generate_draft.py [runs]`` (default 5 runs).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from secretariat.documents.agreement_draft import render_draft
from secretariat.domain.drafting import Article
from secretariat.domain.records import AgreementData, OfficeProfileData, PartnerData
from secretariat.services.agreements import drafting
from secretariat.services.agreements.records import create_agreement
from secretariat.services.context import open_context
from secretariat.services.office import update_office_profile
from secretariat.services.partners.records import create_partner
from secretariat.storage.migrate import open_database


def timed(step: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(Path(folder) / "bench.sqlite3"), create=True)
        ctx = open_context(database, "bench")
        update_office_profile(
            ctx,
            OfficeProfileData(
                region_name_id="Pemerintah Provinsi Jawa Timur",
                region_name_en="East Java Provincial Government",
                region_level="province",
                head_name="Dr. H. Arief Wicaksono, M.Si.",
                head_title_id="Gubernur Jawa Timur",
                head_title_en="Governor of East Java",
            ),
        )
        partner = create_partner(
            ctx,
            PartnerData(
                code="PL-KRK",
                name="City of Kraków",
                kind="regional_government",
                country_code="PL",
                admin_level="city",
                head_name="A. Miszalski",
                head_title="Mayor of Kraków",
            ),
        )
        render_draft(
            drafting.draft_document(
                ctx,
                create_agreement(
                    ctx,
                    AgreementData(
                        "Nota Kesepahaman tentang Pemanasan",
                        "MoU on Warming Up",
                        "ksdpl",
                        "mou",
                        [partner],
                        ["culture"],
                    ),
                    on=date(2026, 1, 1),
                ),
            )
        )  # fonts and hyphenation loaded once, outside the figures
        print(f"{'articles':>8} {'step':<28} {'median s':>9} {'worst s':>8}")
        for size in (20, 50):
            agreement_id = create_agreement(
                ctx,
                AgreementData(
                    f"Nota Kesepahaman tentang Kerja Sama {size}",
                    f"MoU on Cooperation {size}",
                    "ksdpl",
                    "mou",
                    [partner],
                    ["culture", "tourism", "education"],
                    number=f"{size:03d}/KS/2026",
                    term_months=60,
                ),
                on=date(2026, 1, 1),
            )
            library = list(drafting.agreement_articles(ctx, agreement_id))
            articles = [
                replace(library[i % len(library)], key="custom") if i >= len(library) else library[i]
                for i in range(size)
            ]
            drafting.save_articles(ctx, agreement_id, articles)
            median, worst = timed(partial(drafting.prepare_draft, ctx, agreement_id), runs)
            print(f"{size:>8} {'prepare_draft':<28} {median:>9.3f} {worst:>8.3f}")
            median, worst = timed(partial(drafting.generate_draft, ctx, agreement_id, render=render_draft), runs)
            print(f"{size:>8} {'generate_draft (store too)':<28} {median:>9.3f} {worst:>8.3f}")
            changed = list(articles)
            changed[size // 2] = Article("custom", "Perubahan", "Change", "Teks baru.", "New text.")
            drafting.save_articles(ctx, agreement_id, changed)
            drafting.generate_draft(ctx, agreement_id, render=render_draft)
            last = runs + 1
            median, worst = timed(partial(drafting.compare_versions, ctx, agreement_id, 1, last), runs)
            print(f"{size:>8} {'compare_versions':<28} {median:>9.3f} {worst:>8.3f}")
        database.dispose()


if __name__ == "__main__":
    main()
