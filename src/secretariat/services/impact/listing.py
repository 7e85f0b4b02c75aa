"""The Impact page's list: the live agreements in SQL order (number, then id), their scorecards computed a page
at a time, each with where it moved over the last five years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from secretariat.domain.impact import ImpactStatus
from secretariat.services.context import ServiceContext, reading
from secretariat.services.impact.scorecard import Scorecard, in_force_ids, scorecards
from secretariat.storage.models import Agreement, Stage

TREND_YEARS = 5


@dataclass(frozen=True)
class ImpactRow:
    card: Scorecard
    path: tuple[ImpactStatus | None, ...]  # the status in each of the five years ending with the row's year


def live_ids(ctx: ServiceContext, search: str | None = None) -> list[int]:
    """The ids of the live agreements, by number (agreements without one last), filtered by ``search`` (a part
    of the number or of either title, without case)."""
    query = (
        select(Agreement.id)
        .join(Stage, Stage.id == Agreement.stage_id)
        .where(Stage.is_live.is_(True))
        .order_by(Agreement.number.is_(None), Agreement.number, Agreement.id)
    )
    words = (search or "").strip()
    if words:
        pattern = f"%{words.lower()}%"
        query = query.where(
            or_(
                Agreement.number.ilike(pattern),
                Agreement.title_id.ilike(pattern),
                Agreement.title_en.ilike(pattern),
            )
        )
    with reading(ctx) as session:
        return list(session.scalars(query).all())


def impact_rows(ctx: ServiceContext, ids: list[int], year: int, *, today: date | None = None) -> list[ImpactRow]:
    """The rows of ``ids`` (in that order) for ``year``: the year's scorecard (up to today when it runs) and
    the statuses of the four years before."""
    today = today or date.today()
    cards = {
        c.agreement.agreement_id: c
        for c in scorecards(ctx, date(year, 1, 1), date(year, 12, 31), today=today, agreement_ids=ids)
    }
    paths: dict[int, list[ImpactStatus | None]] = {i: [None] * TREND_YEARS for i in ids}
    for index, past in enumerate(range(year - TREND_YEARS + 1, year)):
        start, end = date(past, 1, 1), date(past, 12, 31)
        with reading(ctx) as session:
            in_force = in_force_ids(session, start, end, among=ids)
        for card in (
            scorecards(ctx, start, end, today=today, agreement_ids=in_force, detailed=False) if in_force else ()
        ):
            paths[card.agreement.agreement_id][index] = card.status
    for agreement_id, card in cards.items():
        paths[agreement_id][-1] = card.status
    return [ImpactRow(cards[i], tuple(paths[i])) for i in ids if i in cards]
