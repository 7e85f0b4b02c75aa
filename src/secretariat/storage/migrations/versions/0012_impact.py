"""Impact of agreements: named indicators with yearly targets, yearly evaluations (monev), status rules.

* ``impact_indicator``: the named indicators of an agreement's action plan (name, unit);
* ``indicator_target``: an indicator's target value per year;
* ``indicator.impact_indicator_id``: the named indicator an activity's value counts for. Existing free-text
  indicators are mapped here: per agreement, each distinct name (trimmed, compared without case) becomes a named
  indicator with the unit most of its values carry (ties: the first in text order; no unit: empty); the values
  in that unit are linked to it, values in another unit stay unlinked (the scorecard lists them as such) and can
  be linked once corrected. No target is invented: existing agreements get none.
* ``evaluation``: the yearly evaluation per agreement and year (none for existing databases);
* ``impact_rules``: one row with the default rules (alive: a sign of life within 180 days and 2 activities or
  delegations in the period with 50 % of the targets; dormant: nothing for more than 365 days).

Plain ADD COLUMN without a foreign key (SQLite cannot add one without rebuilding the table); the services keep
the reference right.

Revision ID: 0012
Revises: 0011
Create Date: 2027-02-01
"""

from __future__ import annotations

from collections import Counter, defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "impact_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_impact_indicator_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_indicator")),
        sa.UniqueConstraint("agreement_id", "name", name=op.f("uq_impact_indicator_agreement_id")),
    )
    op.create_index(op.f("ix_impact_indicator_agreement_id"), "impact_indicator", ["agreement_id"], unique=False)
    op.create_table(
        "indicator_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("impact_indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=48), nullable=False),
        sa.ForeignKeyConstraint(
            ["impact_indicator_id"],
            ["impact_indicator.id"],
            name=op.f("fk_indicator_target_impact_indicator_id_impact_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
        sa.UniqueConstraint("impact_indicator_id", "year", name=op.f("uq_indicator_target_impact_indicator_id")),
    )
    op.create_index(
        op.f("ix_indicator_target_impact_indicator_id"), "indicator_target", ["impact_indicator_id"], unique=False
    )
    op.create_index(op.f("ix_indicator_target_year"), "indicator_target", ["year"], unique=False)
    op.create_table(
        "evaluation",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("efficiency_score", sa.Integer(), nullable=False),
        sa.Column("efficiency_reason", sa.Text(), nullable=False),
        sa.Column("effectiveness_score", sa.Integer(), nullable=False),
        sa.Column("effectiveness_reason", sa.Text(), nullable=False),
        sa.Column("synergy_score", sa.Integer(), nullable=False),
        sa.Column("synergy_reason", sa.Text(), nullable=False),
        sa.Column("mutual_benefit_score", sa.Integer(), nullable=False),
        sa.Column("mutual_benefit_reason", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.String(length=20), nullable=False),
        sa.Column("evaluator", sa.String(length=200), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_evaluation_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("agreement_id", "year", name=op.f("uq_evaluation_agreement_id")),
        sa.UniqueConstraint("gid", name=op.f("uq_evaluation_gid")),
    )
    op.create_index(op.f("ix_evaluation_agreement_id"), "evaluation", ["agreement_id"], unique=False)
    op.create_index(op.f("ix_evaluation_year"), "evaluation", ["year"], unique=False)
    rules = op.create_table(
        "impact_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alive_quiet_days", sa.Integer(), nullable=False),
        sa.Column("dormant_quiet_days", sa.Integer(), nullable=False),
        sa.Column("alive_min_movements", sa.Integer(), nullable=False),
        sa.Column("alive_min_achievement_percent", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_rules")),
    )
    op.bulk_insert(
        rules,
        [
            {
                "id": 1,
                "alive_quiet_days": 180,
                "dormant_quiet_days": 365,
                "alive_min_movements": 2,
                "alive_min_achievement_percent": 50,
            }
        ],
    )
    op.add_column("indicator", sa.Column("impact_indicator_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_indicator_impact_indicator_id"), "indicator", ["impact_indicator_id"], unique=False)
    _map_free_text_indicators()


def _map_free_text_indicators() -> None:
    bind = op.get_bind()
    indicator = sa.table(
        "indicator",
        sa.column("id", sa.Integer),
        sa.column("activity_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("unit", sa.String),
        sa.column("impact_indicator_id", sa.Integer),
    )
    activity = sa.table("activity", sa.column("id", sa.Integer), sa.column("agreement_id", sa.Integer))
    named = sa.table(
        "impact_indicator",
        sa.column("id", sa.Integer),
        sa.column("agreement_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("unit", sa.String),
        sa.column("position", sa.Integer),
    )
    rows = bind.execute(
        sa.select(activity.c.agreement_id, indicator.c.id, indicator.c.name, indicator.c.unit)
        .join(activity, activity.c.id == indicator.c.activity_id)
        .order_by(activity.c.agreement_id, indicator.c.id)
    ).all()
    groups: dict[tuple[int, str], list[tuple[int, str, str]]] = defaultdict(list)
    for agreement_id, indicator_id, name, unit in rows:
        clean = (name or "").strip()
        if clean:
            groups[(agreement_id, clean.casefold())].append((indicator_id, clean, (unit or "").strip()))
    positions: Counter[int] = Counter()
    for (agreement_id, _key), values in groups.items():
        counts = Counter(unit for _i, _n, unit in values)
        best = max(counts.values())
        unit = next(u for _i, _n, u in values if counts[u] == best)
        name = values[0][1]
        new_id = bind.execute(
            named.insert()
            .values(agreement_id=agreement_id, name=name[:200], unit=unit[:40], position=positions[agreement_id])
            .returning(named.c.id)
        ).scalar_one()
        positions[agreement_id] += 1
        linked = [i for i, _n, u in values if u == unit]
        for start in range(0, len(linked), 500):
            bind.execute(
                indicator.update()
                .where(indicator.c.id.in_(linked[start : start + 500]))
                .values(impact_indicator_id=new_id)
            )


def downgrade() -> None:
    op.drop_index(op.f("ix_indicator_impact_indicator_id"), table_name="indicator")
    op.drop_column("indicator", "impact_indicator_id")
    op.drop_table("impact_rules")
    op.drop_index(op.f("ix_evaluation_year"), table_name="evaluation")
    op.drop_index(op.f("ix_evaluation_agreement_id"), table_name="evaluation")
    op.drop_table("evaluation")
    op.drop_index(op.f("ix_indicator_target_year"), table_name="indicator_target")
    op.drop_index(op.f("ix_indicator_target_impact_indicator_id"), table_name="indicator_target")
    op.drop_table("indicator_target")
    op.drop_index(op.f("ix_impact_indicator_agreement_id"), table_name="impact_indicator")
    op.drop_table("impact_indicator")
