"""Who may do what: the one table of permissions, checked against the role stored at the moment of the action.

:data:`PERMISSIONS` is the only place that says which role may do an action beyond a clerk's daily
work; every write service that needs more than a clerk calls :func:`require` with its action, and the
window asks :func:`may` to show or grey out what a person cannot do. Every other write needs an
active user of the database (services.context.writing refuses anyone else).

The role is read again from the database for each check, so a person demoted or blocked at another
workstation loses the right at once, whatever their open session believes.

On PostgreSQL the database enforces the same table with privileges (storage.pg_security): the
tables an action writes (:attr:`Rule.tables`) are writable only by the groups of the roles allowed;
tests/test_security_postgres.py holds the two equal. A merge of partners or a restore cannot be told
apart from ordinary writes by the database, so those are refused by the services alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.services.context import PermissionDeniedError, ServiceContext, reading
from secretariat.storage.models import User

_MANAGERS = frozenset({UserRole.ADMIN, UserRole.HEAD})
_EVERYONE = frozenset(UserRole)


class Action(StrEnum):
    """Actions that need more than a clerk (and :attr:`RECORDS`, the clerk's own work, for completeness)."""

    RECORDS = "records"  # partners, agreements, delegations, budget lines, officials, per-diem rates...
    OFFICE_PROFILE = "office_profile"  # the office profile, numbering patterns included
    REFERENCE_DATA = "reference_data"  # stages, fields of cooperation, countries' flags
    CHART_OF_ACCOUNTS = "chart_of_accounts"
    EXCHANGE_RATES = "exchange_rates"
    MERGE_PARTNERS = "merge_partners"
    CLOSE_YEAR = "close_year"
    REOPEN_YEAR = "reopen_year"
    RESTORE = "restore"  # a backup over the current database
    LOAD_DEMO = "load_demo"  # demo data writes reference tables too
    MANAGE_USERS = "manage_users"  # add, re-role, block, re-admit, reset passwords


@dataclass(frozen=True)
class Rule:
    roles: frozenset[UserRole]
    who_en: str  # "Only <who> may ..."
    who_id: str
    tables: tuple[str, ...] = ()  # the tables the action writes that others may not (PostgreSQL privileges)


PERMISSIONS: Mapping[Action, Rule] = {
    Action.RECORDS: Rule(_EVERYONE, "an active user", "pengguna aktif"),
    Action.OFFICE_PROFILE: Rule(
        _MANAGERS, "an administrator or the head", "administrator atau kepala", ("office_profile",)
    ),
    Action.REFERENCE_DATA: Rule(
        _MANAGERS, "an administrator or the head", "administrator atau kepala", ("stage", "sector", "country")
    ),
    Action.CHART_OF_ACCOUNTS: Rule(
        _MANAGERS, "an administrator or the head", "administrator atau kepala", ("account",)
    ),
    Action.EXCHANGE_RATES: Rule(
        _MANAGERS, "an administrator or the head", "administrator atau kepala", ("exchange_rate",)
    ),
    Action.MERGE_PARTNERS: Rule(_MANAGERS, "an administrator or the head", "administrator atau kepala"),
    Action.CLOSE_YEAR: Rule(_MANAGERS, "the head or an administrator", "kepala atau administrator", ("fiscal_year",)),
    Action.REOPEN_YEAR: Rule(
        frozenset({UserRole.HEAD}), "a user with the head's role", "pengguna dengan peran kepala", ("fiscal_year",)
    ),
    Action.RESTORE: Rule(_MANAGERS, "an administrator or the head", "administrator atau kepala"),
    Action.LOAD_DEMO: Rule(_MANAGERS, "an administrator or the head", "administrator atau kepala"),
    Action.MANAGE_USERS: Rule(frozenset({UserRole.ADMIN}), "an administrator", "administrator", ("app_user",)),
}

#: May change the office's reference data (kept for the callers written before the table).
REFERENCE_EDITORS = PERMISSIONS[Action.REFERENCE_DATA].roles


def stored_role(session: Session, ctx: ServiceContext) -> UserRole | None:
    """The acting user's role as the database holds it now; None when unknown or blocked."""
    user = session.scalar(select(User).where(User.login == ctx.actor.login))
    if user is None or not user.active:
        return None
    try:
        return UserRole(user.role)
    except ValueError:
        return None


def _role_words(role: UserRole | None) -> tuple[str, str]:
    return {
        UserRole.CLERK: ("a clerk", "staf"),
        UserRole.HEAD: ("the head", "kepala"),
        UserRole.ADMIN: ("an administrator", "administrator"),
        None: ("not an active user of this database", "bukan pengguna aktif basis data ini"),
    }[role]


def require_role(
    session: Session,
    ctx: ServiceContext,
    allowed: frozenset[UserRole],
    what_en: str,
    what_id: str,
    who_en: str,
    who_id: str,
) -> None:
    role = stored_role(session, ctx)
    if role in allowed:
        return
    is_en, is_id = _role_words(role)
    raise PermissionDeniedError(
        f"Only {who_en} may {what_en}; {ctx.actor.login} is {is_en}.",
        f"Hanya {who_id} yang boleh {what_id}; {ctx.actor.login} adalah {is_id}.",
    )


def require(session: Session, ctx: ServiceContext, action: Action, what_en: str, what_id: str) -> None:
    """Refuse (PermissionDeniedError naming who may) unless the acting user's stored role may do ``action``."""
    rule = PERMISSIONS[action]
    require_role(session, ctx, rule.roles, what_en, what_id, rule.who_en, rule.who_id)


def allowed(role: UserRole | str | None, action: Action) -> bool:
    """Whether ``role`` may do ``action`` (no database: for lists and documentation)."""
    if role is None:
        return False
    try:
        return UserRole(role) in PERMISSIONS[action].roles
    except ValueError:
        return False


def may(ctx: ServiceContext, action: Action) -> bool:
    """Whether the acting user may do ``action`` now (their role as stored), for the window to offer it."""
    with reading(ctx) as session:
        return stored_role(session, ctx) in PERMISSIONS[action].roles


def require_reference_editor(session: Session, ctx: ServiceContext, what_en: str, what_id: str) -> None:
    require(session, ctx, Action.REFERENCE_DATA, what_en, what_id)


__all__ = [
    "PERMISSIONS",
    "REFERENCE_EDITORS",
    "Action",
    "PermissionDeniedError",
    "Rule",
    "allowed",
    "may",
    "require",
    "require_reference_editor",
    "require_role",
    "stored_role",
]
