"""Date rules of the domain: expiry, notice, passport validity, dormancy."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def expiry_from_term(effective_on: date, term_months: int) -> date:
    """Last day in force of an agreement that takes effect on ``effective_on`` for ``term_months``."""
    return date.fromordinal(add_months(effective_on, term_months).toordinal() - 1)


def last_notice_date(expires_on: date, notice_months: int) -> date:
    """The last day on which notice of termination (or non-renewal) can still be given."""
    return add_months(expires_on, -notice_months)


def passport_too_short(expiry: date | None, return_on: date, months: int = 6) -> bool:
    """True when a passport expires less than ``months`` after the return date (or is unknown)."""
    if expiry is None:
        return True
    return expiry < add_months(return_on, months)


def is_dormant(last_movement: date | None, since: date, today: date, months: int = 12) -> bool:
    """An agreement in force is dormant when nothing moved for ``months``.

    ``since`` is the agreement's effective (or signing) date, so a freshly
    signed agreement is not dormant before it had the time to produce anything.
    """
    threshold = add_months(today, -months)
    reference = last_movement if last_movement is not None else since
    return reference < threshold
