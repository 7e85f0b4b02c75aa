"""Who may do what: roles read from the database at the moment of the action.

The actor object of a session says who logged in; the role is read again from
the database, so a person demoted or blocked at another workstation loses the
right at once.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.services.context import ServiceContext
from secretariat.services.users import PermissionDeniedError
from secretariat.storage.models import User

#: May change the office's reference data (stage list, fields of cooperation, country flags).
REFERENCE_EDITORS = frozenset({UserRole.ADMIN, UserRole.HEAD})


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


def require_reference_editor(session: Session, ctx: ServiceContext, what_en: str, what_id: str) -> None:
    require_role(
        session, ctx, REFERENCE_EDITORS, what_en, what_id, "an administrator or the head", "administrator atau kepala"
    )


__all__ = ["REFERENCE_EDITORS", "PermissionDeniedError", "require_reference_editor", "require_role", "stored_role"]
