"""The people who use the program: their names and roles.

A person is registered on first use (services.context.open_context); the
first person of a new database is its administrator. Only an administrator
changes roles, and the last active administrator cannot be demoted, so a
database never ends up without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import User

NAME_LENGTH = 200


class PermissionDeniedError(UserError):
    """The acting person's role does not allow the action."""


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    name: str
    role: str
    active: bool
    created_at: datetime


def _view(user: User) -> UserView:
    return UserView(
        id=user.id, login=user.login, name=user.name, role=user.role, active=user.active, created_at=user.created_at
    )


def _acting_user(session: Session, ctx: ServiceContext) -> User | None:
    """The acting person as stored now (a role may have changed since the context was opened)."""
    return session.scalar(select(User).where(User.login == ctx.actor.login))


def _require_admin(session: Session, ctx: ServiceContext, what_en: str, what_id: str) -> None:
    actor = _acting_user(session, ctx)
    if actor is None or not actor.active or actor.role != UserRole.ADMIN.value:
        raise PermissionDeniedError(
            f"Only an administrator may {what_en}.", f"Hanya administrator yang boleh {what_id}."
        )


def list_users(ctx: ServiceContext, *, include_inactive: bool = True) -> list[UserView]:
    query = select(User).order_by(func.lower(User.name), User.login)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    with reading(ctx) as session:
        return [_view(user) for user in session.scalars(query)]


def get_user(ctx: ServiceContext, user_id: int) -> UserView:
    with reading(ctx) as session:
        return _view(fetch(session, User, user_id, "user", "pengguna"))


def _other_active_admins(session: Session, user_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == UserRole.ADMIN.value, User.active.is_(True), User.id != user_id)
        )
        or 0
    )


def set_user_role(ctx: ServiceContext, user_id: int, role: UserRole | str) -> None:
    """Give a person another role (administrators only; the last administrator stays one)."""
    try:
        new_role = UserRole(role)
    except ValueError:
        allowed = ", ".join(r.value for r in UserRole)
        raise ValidationError(
            [Problem("role", f"'{role}' is not one of: {allowed}", f"'{role}' bukan salah satu dari: {allowed}")]
        ) from None
    with writing(ctx) as session:
        _require_admin(session, ctx, "change roles", "mengubah peran")
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.role == new_role.value:
            return
        if user.role == UserRole.ADMIN.value and _other_active_admins(session, user_id) == 0:
            raise ValidationError(
                [
                    Problem(
                        "role",
                        f"{user.login} is the last administrator; make someone else administrator first",
                        f"{user.login} adalah administrator terakhir; jadikan orang lain administrator dahulu",
                    )
                ]
            )
        user.role = new_role.value


def set_user_active(ctx: ServiceContext, user_id: int, active: bool) -> None:
    """Block or re-admit a person (administrators only; the last administrator cannot be blocked)."""
    with writing(ctx) as session:
        _require_admin(session, ctx, "block or re-admit users", "memblokir atau mengaktifkan pengguna")
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.active == active:
            return
        if not active and user.role == UserRole.ADMIN.value and _other_active_admins(session, user_id) == 0:
            raise ValidationError(
                [
                    Problem(
                        "active",
                        f"{user.login} is the last administrator and cannot be blocked",
                        f"{user.login} adalah administrator terakhir dan tidak dapat diblokir",
                    )
                ]
            )
        user.active = active


def rename_user(ctx: ServiceContext, user_id: int, name: str) -> None:
    """Change the name shown for a person: their own, or anyone's for an administrator."""
    clean_name = (name or "").strip()
    problems = []
    if not clean_name:
        problems.append(Problem("name", "is required", "wajib diisi"))
    elif len(clean_name) > NAME_LENGTH:
        problems.append(
            Problem(
                "name",
                f"is too long (at most {NAME_LENGTH} characters)",
                f"terlalu panjang (paling banyak {NAME_LENGTH} karakter)",
            )
        )
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.login != ctx.actor.login:
            _require_admin(session, ctx, "rename other users", "mengganti nama pengguna lain")
        if user.name != clean_name:
            user.name = clean_name
