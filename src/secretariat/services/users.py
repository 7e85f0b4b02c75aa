"""The people who use the program: their names, roles, passwords and whether they may sign in.

On one workstation (SQLite) a person is their operating-system account: registered on first use
(services.context.open_context; the first person administers the database) or added beforehand by
an administrator. On a shared PostgreSQL server each person has a PostgreSQL login of their own:
:func:`add_user` creates it with a first password, which the person replaces at their first sign-in
(:func:`change_own_password`), and makes it a member of the database group of its role
(storage.pg_security); :func:`set_user_role` and :func:`set_user_active` keep the group and the
login's right to sign in equal to the program's record.

Only an administrator manages users (services.permissions, ``MANAGE_USERS``), and the last active
administrator cannot be demoted or blocked, so a database never ends up without one. Every change is
audited through ``app_user`` (a password is never written anywhere: only the moment it changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.enums import UserRole
from secretariat.domain.errors import ConflictError, Problem, UserError, ValidationError
from secretariat.services.common import fetch
from secretariat.services.context import PermissionDeniedError, ServiceContext, reading, writing
from secretariat.services.permissions import Action, require
from secretariat.storage import pg_security
from secretariat.storage.models import User
from secretariat.storage.types import utcnow

NAME_LENGTH = 200
LOGIN_LENGTH = 80
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "PermissionDeniedError",
    "UserView",
    "add_user",
    "change_own_password",
    "current_user",
    "get_user",
    "list_users",
    "password_problems",
    "rename_user",
    "reset_password",
    "set_user_active",
    "set_user_role",
    "user_by_login",
]


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    name: str
    role: str
    active: bool
    created_at: datetime
    must_change_password: bool = False
    password_changed_at: datetime | None = None


def _view(user: User) -> UserView:
    return UserView(
        id=user.id,
        login=user.login,
        name=user.name,
        role=user.role,
        active=user.active,
        created_at=user.created_at,
        must_change_password=bool(user.must_change_password),
        password_changed_at=user.password_changed_at,
    )


def _require_admin(session: Session, ctx: ServiceContext, what_en: str, what_id: str) -> None:
    require(session, ctx, Action.MANAGE_USERS, what_en, what_id)


def list_users(ctx: ServiceContext, *, include_inactive: bool = True) -> list[UserView]:
    query = select(User).order_by(func.lower(User.name), User.login)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    with reading(ctx) as session:
        return [_view(user) for user in session.scalars(query)]


def get_user(ctx: ServiceContext, user_id: int) -> UserView:
    with reading(ctx) as session:
        return _view(fetch(session, User, user_id, "user", "pengguna"))


def user_by_login(ctx: ServiceContext, login: str) -> UserView:
    with reading(ctx) as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            raise UserError(f"There is no user '{login}'.", f"Tidak ada pengguna '{login}'.")
        return _view(user)


def current_user(ctx: ServiceContext) -> UserView:
    """The acting person as stored now (role, blocked, whether they must choose a new password)."""
    return user_by_login(ctx, ctx.actor.login)


def _other_active_admins(session: Session, user_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == UserRole.ADMIN, User.active.is_(True), User.id != user_id)
        )
        or 0
    )


def _role(role: UserRole | str) -> UserRole:
    try:
        return UserRole(role)
    except ValueError:
        allowed = ", ".join(r.value for r in UserRole)
        raise ValidationError(
            [Problem("role", f"'{role}' is not one of: {allowed}", f"'{role}' bukan salah satu dari: {allowed}")]
        ) from None


def _name_problems(name: str) -> list[Problem]:
    if not name:
        return [Problem("name", "is required", "wajib diisi")]
    if len(name) > NAME_LENGTH:
        return [
            Problem(
                "name",
                f"is too long (at most {NAME_LENGTH} characters)",
                f"terlalu panjang (paling banyak {NAME_LENGTH} karakter)",
            )
        ]
    return []


def password_problems(password: str | None, login: str = "", field: str = "password") -> list[Problem]:
    """What is wrong with a new password (length, the login itself); empty when acceptable."""
    if not password:
        return [Problem(field, "is required", "wajib diisi")]
    if len(password) < MIN_PASSWORD_LENGTH:
        return [
            Problem(
                field,
                f"is too short (at least {MIN_PASSWORD_LENGTH} characters)",
                f"terlalu pendek (paling sedikit {MIN_PASSWORD_LENGTH} karakter)",
            )
        ]
    if len(password) > MAX_PASSWORD_LENGTH:
        return [
            Problem(
                field,
                f"is too long (at most {MAX_PASSWORD_LENGTH} characters)",
                f"terlalu panjang (paling banyak {MAX_PASSWORD_LENGTH} karakter)",
            )
        ]
    if login and login.lower() in password.lower():
        return [Problem(field, "may not contain the login name", "tidak boleh memuat nama login")]
    return []


def _login_problems(login: str, sqlite: bool) -> list[Problem]:
    if not login:
        return [Problem("login", "is required", "wajib diisi")]
    if sqlite:
        if len(login) > LOGIN_LENGTH or any(ch.isspace() for ch in login):
            return [
                Problem(
                    "login",
                    f"must be the computer account's name, without spaces, at most {LOGIN_LENGTH} characters",
                    f"harus nama akun komputer, tanpa spasi, paling banyak {LOGIN_LENGTH} karakter",
                )
            ]
        return []
    if not pg_security.check_login_name(login):
        return [
            Problem(
                "login",
                "may hold only small letters, digits, '.', '-' and '_', must start with a letter and have at most "
                "63 characters",
                "hanya boleh berisi huruf kecil, angka, '.', '-' dan '_', diawali huruf, paling banyak 63 karakter",
            )
        ]
    return []


def _no_passwords_here() -> UserError:
    return UserError(
        "On a single workstation people sign in to the computer itself; Secretariat keeps no password there.",
        "Pada satu komputer pengguna masuk ke komputer itu sendiri; Secretariat tidak menyimpan kata sandi di sana.",
    )


def add_user(ctx: ServiceContext, login: str, name: str, role: UserRole | str, password: str | None = None) -> int:
    """Add a person (administrators only). On PostgreSQL this creates their login with ``password``,
    which they must replace at their first sign-in; on SQLite ``login`` is their computer account."""
    login = (login or "").strip()
    clean_name = (name or "").strip()
    sqlite = ctx.database.is_sqlite
    with writing(ctx) as session:
        _require_admin(session, ctx, "add users", "menambah pengguna")  # before saying what is wrong with it
        problems = _login_problems(login, sqlite) + _name_problems(clean_name)
        new_role = _role(role)
        if sqlite and password:
            raise _no_passwords_here()
        if not sqlite:
            problems += password_problems(password, login)
        if problems:
            raise ValidationError(problems)
        if session.scalar(select(User.id).where(User.login == login)) is not None:
            raise ConflictError(f"There is already a user '{login}'.", f"Sudah ada pengguna '{login}'.")
        user = User(login=login, name=clean_name, role=new_role, active=True)
        if not sqlite:
            assert password is not None
            if pg_security.login_exists(session.connection(), login):
                raise ConflictError(
                    f"The server already has a login '{login}'; choose another name or ask the IT staff.",
                    f"Server sudah mempunyai login '{login}'; pilih nama lain atau hubungi staf TI.",
                )
            user.must_change_password = True
            user.password_changed_at = utcnow()
        session.add(user)
        session.flush()
        if not sqlite:
            assert password is not None
            pg_security.create_login(session.connection(), login, password, new_role.value)
        return user.id


def _has_database_login(session: Session, ctx: ServiceContext, login: str) -> bool:
    """Whether ``login`` is a PostgreSQL login to keep in step (users the owner registered for set-up are not)."""
    return not ctx.database.is_sqlite and pg_security.login_exists(session.connection(), login)


def set_user_role(ctx: ServiceContext, user_id: int, role: UserRole | str) -> None:
    """Give a person another role (administrators only; the last administrator stays one)."""
    new_role = _role(role)
    with writing(ctx) as session:
        _require_admin(session, ctx, "change roles", "mengubah peran")
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.role == new_role:
            return
        if user.role == UserRole.ADMIN and _other_active_admins(session, user_id) == 0:
            raise ValidationError(
                [
                    Problem(
                        "role",
                        f"{user.login} is the last administrator; make someone else administrator first",
                        f"{user.login} adalah administrator terakhir; jadikan orang lain administrator dahulu",
                    )
                ]
            )
        user.role = new_role
        session.flush()
        if user.active and _has_database_login(session, ctx, user.login):
            pg_security.set_login_role(session.connection(), user.login, new_role.value)


def set_user_active(ctx: ServiceContext, user_id: int, active: bool) -> None:
    """Block or re-admit a person (administrators only; the last administrator cannot be blocked).

    On PostgreSQL a blocked person's login may no longer sign in and loses its group, so a connection
    still open reads nothing either.
    """
    with writing(ctx) as session:
        _require_admin(session, ctx, "block or re-admit users", "memblokir atau mengaktifkan pengguna")
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.active == active:
            return
        if not active and user.role == UserRole.ADMIN and _other_active_admins(session, user_id) == 0:
            raise ValidationError(
                [
                    Problem(
                        "active",
                        f"{user.login} is the last administrator and cannot be blocked",
                        f"{user.login} adalah administrator terakhir dan tidak dapat diblokir",
                    )
                ]
            )
        if not active and user.login == ctx.actor.login:
            raise ValidationError(
                [Problem("active", "you cannot block yourself", "Anda tidak dapat memblokir diri sendiri")]
            )
        user.active = active
        session.flush()
        if _has_database_login(session, ctx, user.login):
            if active:
                pg_security.unblock_login(session.connection(), user.login, user.role)
            else:
                pg_security.block_login(session.connection(), user.login)


def reset_password(ctx: ServiceContext, user_id: int, password: str) -> None:
    """Give a person a new first password (administrators only, PostgreSQL); they choose their own at sign-in."""
    if ctx.database.is_sqlite:
        raise _no_passwords_here()
    with writing(ctx) as session:
        _require_admin(session, ctx, "reset passwords", "mengatur ulang kata sandi")
        user = fetch(session, User, user_id, "user", "pengguna")
        problems = password_problems(password, user.login)
        if problems:
            raise ValidationError(problems)
        if not pg_security.login_exists(session.connection(), user.login):
            raise UserError(
                f"'{user.login}' has no login on the server; add the person again or ask the IT staff.",
                f"'{user.login}' tidak mempunyai login di server; tambahkan lagi atau hubungi staf TI.",
            )
        user.must_change_password = True
        user.password_changed_at = utcnow()
        session.flush()
        pg_security.reset_password(session.connection(), user.login, password)


def change_own_password(ctx: ServiceContext, current: str, new: str) -> None:
    """The signed-in person replaces their password (PostgreSQL). The session's connections stay open; the
    window signs in again with the new one."""
    if ctx.database.is_sqlite:
        raise _no_passwords_here()
    problems = password_problems(new, ctx.actor.login, "new_password")
    if current and new == current:
        problems.append(
            Problem("new_password", "must differ from the current one", "harus berbeda dari kata sandi sekarang")
        )
    if problems:
        raise ValidationError(problems)
    known = ctx.database.url.password
    if known is not None and str(known) != current:
        raise ValidationError(
            [Problem("current_password", "is not your current password", "bukan kata sandi Anda sekarang")]
        )
    with writing(ctx) as session:
        user = session.scalar(select(User).where(User.login == ctx.actor.login))
        if user is None:
            raise UserError(f"There is no user '{ctx.actor.login}'.", f"Tidak ada pengguna '{ctx.actor.login}'.")
        user.must_change_password = False
        user.password_changed_at = utcnow()
        session.flush()
        pg_security.change_own_password(session.connection(), new)


def rename_user(ctx: ServiceContext, user_id: int, name: str) -> None:
    """Change the name shown for a person: their own, or anyone's for an administrator."""
    clean_name = (name or "").strip()
    problems = _name_problems(clean_name)
    if problems:
        raise ValidationError(problems)
    with writing(ctx) as session:
        user = fetch(session, User, user_id, "user", "pengguna")
        if user.login != ctx.actor.login:
            _require_admin(session, ctx, "rename other users", "mengganti nama pengguna lain")
        if user.name != clean_name:
            user.name = clean_name
