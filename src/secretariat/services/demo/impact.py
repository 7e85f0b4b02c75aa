"""The demo's action plans and yearly evaluations (issue 16), made after the rest of the demo is written.

* every indicator name an agreement's activities used becomes a named indicator of its plan (in the unit
  most of its values carry), and those values are linked to it;
* each named indicator gets a target for every year it has values (between 50 % and 150 % more or less than
  what was achieved, so some agreements reach their targets and some do not) and for the current year;
* about three in four agreements that are live today and were in force last year have last year's
  evaluation; the others are left for the dashboard to remind of.

Its own random generator (seeded from the demo's seed), so the rest of the demo stays what it was.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from secretariat.domain.impact import Recommendation
from secretariat.services.impact.scorecard import in_force_ids, live_agreement_ids
from secretariat.storage.models import Activity, Evaluation, ImpactIndicator, Indicator, IndicatorTarget
from secretariat.storage.types import new_gid, utcnow

TARGET_FACTORS = (Decimal("0.6"), Decimal("0.8"), Decimal("1"), Decimal("1.25"), Decimal("1.5"), Decimal("2"))
REASONS = {
    "efficiency": (
        "Biaya sesuai rencana anggaran",
        "Sebagian kegiatan dibiayai mitra",
        "Biaya perjalanan melebihi rencana",
    ),
    "effectiveness": ("Layanan publik terkait meningkat", "Manfaat bagi masyarakat masih terbatas"),
    "synergy": ("Perangkat daerah terkait ikut melaksanakan", "Koordinasi antarperangkat daerah perlu ditingkatkan"),
    "mutual_benefit": ("Kedua pihak mengirim peserta", "Manfaat lebih banyak diterima satu pihak"),
}


def impact_plans(session: Session, today: date, seed: int) -> dict[str, int]:
    """Write the plans and evaluations; returns the rows written per table."""
    rng = random.Random(seed * 31 + 16)
    values = session.execute(
        select(
            Activity.agreement_id, Indicator.id, Indicator.name, Indicator.unit, Indicator.value, Activity.occurred_on
        )
        .join(Activity, Activity.id == Indicator.activity_id)
        .order_by(Activity.agreement_id, Indicator.id)
    ).all()
    groups: dict[tuple[int, str], list[tuple[int, str, Decimal, int]]] = defaultdict(list)
    for agreement_id, indicator_id, name, unit, value, occurred_on in values:
        groups[(agreement_id, name.strip())].append((indicator_id, (unit or "").strip(), value, occurred_on.year))
    plan_rows = []
    positions: Counter[int] = Counter()
    for (agreement_id, name), found in groups.items():
        units = Counter(unit for _i, unit, _v, _y in found)
        plan_rows.append(
            {
                "agreement_id": agreement_id,
                "name": name[:200],
                "unit": units.most_common(1)[0][0][:40],
                "position": positions[agreement_id],
            }
        )
        positions[agreement_id] += 1
    counts: dict[str, int] = {}
    if plan_rows:
        made = session.execute(
            insert(ImpactIndicator).returning(
                ImpactIndicator.id, ImpactIndicator.agreement_id, ImpactIndicator.name, sort_by_parameter_order=True
            ),
            plan_rows,
        ).all()
        links = []
        targets = []
        for (plan_id, agreement_id, name), row in zip(made, plan_rows, strict=True):
            found = groups[(agreement_id, name)]
            achieved: dict[int, Decimal] = defaultdict(Decimal)
            for indicator_id, unit, value, year in found:
                if unit == row["unit"]:
                    links.append({"id": indicator_id, "impact_indicator_id": plan_id})
                    achieved[year] += value
            for year in sorted(set(achieved) | {today.year}):
                base = achieved.get(year) or max(achieved.values(), default=Decimal(1))
                target = max(Decimal(1), (base * rng.choice(TARGET_FACTORS)).to_integral_value())
                targets.append({"impact_indicator_id": plan_id, "year": year, "target": target})
        if links:
            session.execute(update(Indicator), links)
        if targets:
            session.execute(insert(IndicatorTarget), targets)
        counts = {"impact_indicator": len(plan_rows), "indicator_target": len(targets)}
    counts["evaluation"] = _evaluations(session, today, rng)
    return counts


def _evaluations(session: Session, today: date, rng: random.Random) -> int:
    year = today.year - 1
    live = set(live_agreement_ids(session))
    due = [i for i in in_force_ids(session, date(year, 1, 1), date(year, 12, 31)) if i in live]
    start = date(today.year, 1, 1)
    window = min(80, (today - start).days)  # evaluated early in the year, never after today
    rows = []
    for agreement_id in due:
        if rng.random() >= 0.75:
            continue
        scores = {name: rng.randint(2, 5) for name in REASONS}
        mean = sum(scores.values()) / len(scores)
        recommendation = (
            Recommendation.CONTINUE
            if mean >= 3.5
            else rng.choice((Recommendation.REVISE, Recommendation.RENEW, Recommendation.END))
        )
        row: dict[str, object] = {
            "gid": new_gid(),
            "created_at": utcnow(),
            "updated_at": utcnow(),
            "agreement_id": agreement_id,
            "year": year,
            "recommendation": recommendation,
            "evaluator": "Tim Monev Biro Kerja Sama",
            "evaluated_on": date.fromordinal(start.toordinal() + rng.randint(0, window)),
            "note": None,
        }
        for name, score in scores.items():
            row[f"{name}_score"] = score
            row[f"{name}_reason"] = rng.choice(REASONS[name])
        rows.append(row)
    if rows:
        session.execute(insert(Evaluation), rows)
    return len(rows)
