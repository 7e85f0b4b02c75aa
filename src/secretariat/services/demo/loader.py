"""Loading the demo: refuse a database that holds records, generate everything in one transaction, audit once."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from time import perf_counter

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from secretariat.domain.enums import AuditAction
from secretariat.domain.errors import UserError
from secretariat.domain.sorting import number_key
from secretariat.services.context import ServiceContext, write_action, writing
from secretariat.services.demo import words
from secretariat.services.demo.agreements import (
    activities,
    curated_agreements,
    generated_agreements,
    number_agreements,
)
from secretariat.services.demo.budget import (
    curated_budget,
    generated_budget,
    per_diem,
    rate_walk,
    reference_tables,
    travel_costs,
)
from secretariat.services.demo.delegations import code_delegations, curated_delegations, generated_delegations
from secretariat.services.demo.impact import impact_plans
from secretariat.services.demo.people import (
    curated_partners,
    due_diligence_for_generated,
    generated_partners,
    office,
    officials,
)
from secretariat.services.demo.state import DemoState
from secretariat.services.demo.writer import BY_NAME, TABLES, bulk_update, reset_postgres_sequences
from secretariat.services.permissions import Action, require
from secretariat.storage.models import (
    Agreement,
    AuditEntry,
    BudgetLine,
    Delegation,
    NumberSequence,
    Official,
    Partner,
    PerDiemRate,
)
from secretariat.storage.types import utcnow

DEFAULT_SEED = 20261129
#: The largest demo: a million partners (with their agreements, delegations and budget lines).
MAX_SCALE = 1_000_000
SEED_RANGE = (0, 2**63 - 1)
DELEGATIONS_PER_PARTNER = 0.05
BUDGET_LINES_PER_PARTNER = 0.1
# User data that must be absent before a demo is loaded.
_MUST_BE_EMPTY = (Partner, Agreement, Delegation, BudgetLine, Official, PerDiemRate)


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    scale: int
    today: date
    counts: dict[str, int]  # table name -> rows inserted
    seconds: float

    @property
    def partners(self) -> int:
        return self.counts.get("partner", 0)

    @property
    def agreements(self) -> int:
        return self.counts.get("agreement", 0)

    @property
    def delegations(self) -> int:
        return self.counts.get("delegation", 0)

    @property
    def budget_lines(self) -> int:
        return self.counts.get("budget_line", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def run(state: DemoState) -> dict[str, int]:
    """Everything, in an order that keeps the random draws (and so the data) the same for a seed."""
    generated = max(0, state.scale - len(words.PARTNERS))
    office(state)
    curated_partners(state)
    generated_partners(state, generated)
    officials(state)
    state.out.flush()
    curated_agreements(state)
    generated_agreements(state, state.partners[len(words.PARTNERS) :])
    due_diligence_for_generated(state)
    state.out.flush()
    curated_delegations(state)
    generated_delegations(state, int(generated * DELEGATIONS_PER_PARTNER))
    state.out.flush()
    rate_walk(state)
    curated_budget(state)
    generated_budget(state, int(generated * BUDGET_LINES_PER_PARTNER))
    state.out.flush()
    activities(state)
    per_diem(state)
    travel_costs(state)
    reference_tables(state)
    state.out.flush()
    apply_numbers(state)
    return dict(state.out.counts)


def apply_numbers(state: DemoState) -> None:
    """Agreement numbers in signing order, delegation codes in date order, and the counters after them."""
    number_agreements(state)
    codes = code_delegations(state)
    bulk_update(state.session, BY_NAME["agreement"], "number", list(state.agreement_numbers.items()))
    keys = [(row_id, number_key(number) or "") for row_id, number in state.agreement_numbers.items()]
    bulk_update(state.session, BY_NAME["agreement"], "number_key", keys)  # what the ORM keeps (storage.sorting)
    bulk_update(state.session, BY_NAME["delegation"], "code", list(codes.items()))
    for (series, year), last in state.sequence_last.items():
        existing = state.session.scalar(
            select(NumberSequence).where(NumberSequence.series == series, NumberSequence.year == year)
        )
        if existing is None:
            state.session.execute(insert(NumberSequence).values(series=series, year=year, last_value=last))
        elif existing.last_value < last:
            state.session.execute(
                update(NumberSequence).where(NumberSequence.id == existing.id).values(last_value=last)
            )


def _refuse_unless_empty(session: Session) -> None:
    found = []
    for model in _MUST_BE_EMPTY:
        if session.scalar(select(model.id).limit(1)) is not None:
            found.append(model.__tablename__)
    if found:
        raise UserError(
            "The demo data can only be loaded into an empty database, and this one already holds records "
            f"({', '.join(found)}). Choose a new database file with --db.",
            "Data demo hanya dapat dimuat ke basis data yang kosong, sedangkan basis data ini sudah berisi data "
            f"({', '.join(found)}). Pilih berkas basis data baru dengan --db.",
        )


def check_demo_options(scale: int, seed: int) -> None:
    """Refuse a scale below 1 or above MAX_SCALE, and a seed outside 0..2**63-1, before anything is opened."""
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        shown = str(scale) if len(str(scale)) <= 30 else str(scale)[:29] + "…"
        raise UserError(
            f"The scale must be between 1 and {MAX_SCALE:,} (got {shown}); nothing was written.",
            f"Skala harus antara 1 dan {MAX_SCALE:,} (diberikan {shown}); tidak ada yang ditulis.".replace(",", "."),
        )
    if isinstance(seed, bool) or not isinstance(seed, int) or not SEED_RANGE[0] <= seed <= SEED_RANGE[1]:
        shown = str(seed) if len(str(seed)) <= 30 else str(seed)[:29] + "…"
        raise UserError(
            f"The seed must be a whole number from 0 to {SEED_RANGE[1]} (got {shown}); nothing was written.",
            f"Seed harus bilangan bulat dari 0 sampai {SEED_RANGE[1]} (diberikan {shown}); tidak ada yang ditulis.",
        )


def load_demo(ctx: ServiceContext, scale: int = 1, seed: int = DEFAULT_SEED, today: date | None = None) -> DemoSummary:
    """Fill an empty database with demo data; refuse (UserError) when it already holds records."""
    check_demo_options(scale, seed)
    today = today or date.today()
    started = perf_counter()
    with write_action("demo"), writing(ctx) as session:
        require(session, ctx, Action.LOAD_DEMO, "load demo data", "memuat data demo")
        _refuse_unless_empty(session)
        counts = run(DemoState(session, random.Random(seed), today, scale, ctx.actor.login))
        counts.update(impact_plans(session, today, seed))  # action plans and evaluations (issue 16)
        if session.get_bind().dialect.name == "postgresql":
            reset_postgres_sequences(session)
        summary_counts = {name: counts.get(name, 0) for name in (t.name for t in TABLES)}
        session.execute(
            insert(AuditEntry).values(
                at=utcnow(),
                user_login=ctx.actor.login,
                action=AuditAction.CREATE,
                entity="demo",
                entity_id=str(seed),
                summary=(
                    f"Demo data loaded (seed {seed}, scale {scale}): {summary_counts['partner']} partners, "
                    f"{summary_counts['agreement']} agreements, {summary_counts['delegation']} delegations, "
                    f"{summary_counts['budget_line']} budget lines"
                )[:300],
                changes=json.dumps(
                    {"seed": seed, "scale": scale, "today": today.isoformat(), "rows": summary_counts}, sort_keys=True
                ),
            )
        )
    return DemoSummary(
        seed=seed, scale=scale, today=today, counts=summary_counts, seconds=round(perf_counter() - started, 3)
    )
