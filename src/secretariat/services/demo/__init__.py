"""Realistic demo data for an empty database: ``secretariat demo``.

The data describe the foreign-cooperation bureau of the East Java Provincial
Government: officials with passports, foreign partners in many countries and
scripts, agreements in every stage (with LoI -> MoU -> arrangement trees,
renewals, dormant and expiring ones), activities with indicators, delegations
both ways, budgets in several currencies and the per-diem rate table.

Everything is drawn from ``random.Random(seed)`` with dates relative to
``today``, so the same seed and day give the same data. ``scale`` sets the
number of partners (at least the hand-written core); agreements (about 0.3
per partner), delegations and budget lines grow with it. Rows go in with bulk
inserts in one transaction; the full-text indexes follow through their
triggers. The load is audited as one entry that gives the counts.

Modules: :mod:`.loader` (the entry point), :mod:`.people`, :mod:`.agreements`,
:mod:`.delegations` and :mod:`.budget` (what each part generates),
:mod:`.state` (the generator's state), :mod:`.writer` (bulk inserts),
:mod:`.words` and :mod:`.scenario` (the word lists and the hand-written cases).
"""

from secretariat.services.demo.loader import DEFAULT_SEED, DemoSummary, load_demo

__all__ = ["DEFAULT_SEED", "DemoSummary", "load_demo"]
