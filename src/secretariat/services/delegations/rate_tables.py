"""What the office's two rate tables share: the per-diem rates and the travel-cost rates.

Both keep an amount in a currency with a source, refuse a second rate for the same key and date,
and are saved from an editor that hands back the view it showed (an edit conflict is refused field
by field). The checks and the save are written once here; each table keeps its own key, words and
view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.money import Money, currency_exponent
from secretariat.services.common import fetch
from secretariat.services.conflicts import check_version, fetch_current, record_values
from secretariat.storage.models.base import Base

__all__ = ["SOURCE_LENGTH", "amount_in_minor", "rate_to_save", "source_problem", "store_changed"]

#: The longest source a rate may name ("PMK 32/2025 lampiran III ...").
SOURCE_LENGTH = 300

RateT = TypeVar("RateT", bound=Base)
ViewT = TypeVar("ViewT", bound="LoadedView")


class LoadedView(Protocol):
    """A rate's view as an editor showed it: its version and the input record it stands for."""

    @property
    def row_version(self) -> int: ...

    def to_data(self) -> Any: ...


def source_problem(source: str | None) -> Problem | None:
    """A source longer than the column holds."""
    if source is None or len(source) <= SOURCE_LENGTH:
        return None
    return Problem(
        "source",
        f"is too long (at most {SOURCE_LENGTH} characters)",
        f"terlalu panjang (paling banyak {SOURCE_LENGTH} karakter)",
    )


def amount_in_minor(amount: Decimal, currency: str) -> tuple[int | None, Problem | None]:
    """The amount in minor units of its (known) currency, or the problem of too many decimals."""
    try:
        return Money(amount, currency).minor, None
    except ValueError:
        exponent = currency_exponent(currency)
        allowed_en = "no decimals" if exponent == 0 else f"at most {exponent} decimal(s)"
        allowed_id = "tanpa desimal" if exponent == 0 else f"paling banyak {exponent} angka desimal"
        return None, Problem(
            "amount",
            f"{currency} amounts have {allowed_en}; {amount} has more",
            f"jumlah {currency} {allowed_id}; {amount} melebihi itu",
        )


def store_changed(session: Session, rate: Base, values: Mapping[str, Any], duplicate: Callable[[], Problem]) -> None:
    """Write the fields that changed and add the rate; ``duplicate`` names the rate another
    workstation saved for the same key and date a moment ago (the unique index refused this one)."""
    for name, value in values.items():
        if getattr(rate, name) != value:
            setattr(rate, name, value)
    try:
        with session.begin_nested():
            session.add(rate)
    except IntegrityError:
        raise ValidationError([duplicate()]) from None


def rate_to_save(
    session: Session,
    model: type[RateT],
    rate_id: int,
    what: tuple[str, str],
    *,
    loaded: ViewT | None,
    data: Any,
    view: Callable[[Session, RateT], ViewT],
    record: Callable[[RateT, ViewT], Bilingual],
) -> RateT:
    """The stored rate about to be saved from ``data``. With ``loaded`` (the view the editor showed),
    the rate is locked and a field another person changed since, saved differently now, is refused
    (EditConflict naming the record as ``record`` words it)."""
    what_en, what_id = what
    if loaded is None:
        return fetch(session, model, rate_id, what_en, what_id)
    rate = fetch_current(session, model, rate_id, what_en, what_id)
    current = view(session, rate)
    check_version(
        session,
        rate,
        loaded.row_version,
        record=record(rate, current),
        values=lambda: record_values(loaded.to_data(), current.to_data(), data),
        current=lambda: current,
    )
    return rate
