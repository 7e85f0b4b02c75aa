"""Reference numbers (agreements, delegations, letters) issued without gaps or repeats.

The last number of each series is kept in ``number_sequence``, one row per
series and year (year 0 for a pattern without ``{year}``, which never resets).
:func:`next_number` advances that row inside the caller's transaction, so a
number is consumed only when the record that carries it is committed: a
rolled-back action gives its number back.

Two workstations cannot take the same number: on PostgreSQL the row is locked
with ``SELECT ... FOR UPDATE`` until the transaction ends; on SQLite every
writing transaction already holds the database's write lock
(``BEGIN IMMEDIATE``). The first number of a new year inserts the row; when
two transactions insert it at once, the unique constraint on (series, year)
refuses the second, which then locks and advances the winner's row.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from secretariat.domain.errors import UserError
from secretariat.domain.numbering import DEFAULT_PATTERNS, format_number, resets_yearly, stored_pattern, uses_unit
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import NumberSequence, OfficeProfile

Series = Literal["agreement", "delegation", "letter"]
SERIES: tuple[str, ...] = get_args(Series)
NO_YEAR = 0
_INSERT_ATTEMPTS = 3


def _check_series(series: str) -> None:
    if series not in SERIES:
        raise UserError(
            f"There is no numbering series '{series}' (use {', '.join(SERIES)}).",
            f"Tidak ada seri penomoran '{series}' (gunakan {', '.join(SERIES)}).",
        )


def series_pattern(session: Session, series: str) -> str:
    """The office's pattern for ``series`` (the built-in default when the office has none)."""
    _check_series(series)
    profile = session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))
    pattern = getattr(profile, f"{series}_pattern", None) if profile is not None else None
    return pattern or DEFAULT_PATTERNS[series]


def office_unit(session: Session) -> str | None:
    """The office's unit code, written by ``{unit}`` (``{kode-unit}``) in a pattern."""
    return session.scalar(select(OfficeProfile.unit_code).order_by(OfficeProfile.id).limit(1))


def sequence_year(pattern: str, on: date) -> int:
    """The year whose counter a number issued ``on`` advances (0 when the pattern never resets)."""
    return on.year if resets_yearly(pattern) else NO_YEAR


def _locked_row(session: Session, series: str, year: int) -> NumberSequence | None:
    # FOR UPDATE holds the row until the transaction ends (SQLite ignores it and
    # relies on the write lock); populate_existing reads the committed value
    # rather than a stale copy from the session.
    query = (
        select(NumberSequence)
        .where(NumberSequence.series == series, NumberSequence.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return session.scalar(query)


def _sequence_row(session: Session, series: str, year: int) -> NumberSequence:
    for _attempt in range(_INSERT_ATTEMPTS):
        row = _locked_row(session, series, year)
        if row is not None:
            return row
        try:
            with session.begin_nested():
                row = NumberSequence(series=series, year=year, last_value=0)
                session.add(row)
            return row
        except IntegrityError:
            # Another transaction created the row first: lock and use theirs.
            continue
    raise UserError(
        f"Could not reserve a number of series '{series}' for {year}; please try again.",
        f"Tidak dapat memesan nomor seri '{series}' untuk {year}; silakan coba lagi.",
    )


def next_number(session: Session, series: Series | str, on: date) -> str:
    """Issue the next number of ``series`` for the date ``on`` inside the caller's transaction."""
    pattern = series_pattern(session, series)
    row = _sequence_row(session, series, sequence_year(pattern, on))
    unit = office_unit(session) if uses_unit(pattern) else None
    if uses_unit(pattern) and not unit:
        raise UserError(
            "The numbering pattern uses {unit-code}, but the office has no unit code (Settings, Numbering).",
            "Pola penomoran memakai {kode-unit}, tetapi kode unit kantor belum diisi (Pengaturan, Penomoran).",
        )
    row.last_value = row.last_value + 1
    session.flush()
    return format_number(pattern, row.last_value, on, unit)


def issue_number(ctx: ServiceContext, series: Series | str, on: date | None = None) -> str:
    """Issue and keep one number (e.g. for an outgoing letter); ``on`` defaults to today."""
    with writing(ctx) as session:
        return next_number(session, series, on or date.today())


def peek_next_number(
    ctx: ServiceContext,
    series: Series | str,
    on: date | None = None,
    *,
    pattern: str | None = None,
    unit: str | None = None,
) -> str:
    """The number :func:`issue_number` would give now, without taking it (for display only).

    ``pattern`` and ``unit``: what the clerk is typing in the settings (the office's own otherwise),
    so the preview shows the next number of the series as it would be written.
    """
    on = on or date.today()
    with reading(ctx) as session:
        pattern = stored_pattern(pattern) if pattern else series_pattern(session, series)
        _check_series(series)
        if unit is None:
            unit = office_unit(session)
        last = session.scalar(
            select(NumberSequence.last_value).where(
                NumberSequence.series == series, NumberSequence.year == sequence_year(pattern, on)
            )
        )
        return format_number(pattern, (last or 0) + 1, on, unit)
