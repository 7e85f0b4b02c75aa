"""The users of a database, from the command line (administrators; ``user list`` for everyone).

    secretariat user add LOGIN --name "Budi Santoso" --role clerk|head|admin
    secretariat user list [--json]
    secretariat user set-role LOGIN clerk|head|admin
    secretariat user block LOGIN
    secretariat user unblock LOGIN
    secretariat user reset-password LOGIN

On a shared PostgreSQL server ``add`` creates the person's login with a first password and
``reset-password`` gives a new one; the person replaces it at their next sign-in in the window. The
password is asked twice at the terminal, or read from the first line of standard input when that is
not a terminal (for scripts): never from the command line, which other programs can see. On one
workstation (SQLite) LOGIN is the person's computer account and there is no password.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any, Literal

from secretariat.cli.common import command_context, language_of, say

ROLES = ("clerk", "head", "admin")


def add_parsers(sub: Any, global_options: Callable[..., None]) -> None:
    """Register ``user`` and its sub-commands on the main parser's sub-parsers."""
    user = sub.add_parser("user", help="the people who use the database and their roles")
    global_options(user, in_subcommand=True)
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a person (on PostgreSQL: their login, with a first password)")
    global_options(add, in_subcommand=True)
    add.add_argument("login", help="PostgreSQL login to create, or the person's computer account (SQLite)")
    add.add_argument("--name", required=True, help="the person's name as shown in the program")
    add.add_argument("--role", choices=ROLES, default="clerk", help="clerk (default), head or admin")
    add.set_defaults(handler="user-add")

    listing = actions.add_parser("list", help="list the users, their roles and whether they are blocked")
    global_options(listing, in_subcommand=True)
    listing.add_argument("--json", action="store_true", help="one JSON array of objects instead of a table")
    listing.set_defaults(handler="user-list")

    role = actions.add_parser("set-role", help="give a person another role")
    global_options(role, in_subcommand=True)
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler="user-set-role")

    block = actions.add_parser("block", help="block a person: no more sign-in, nothing to read or write")
    global_options(block, in_subcommand=True)
    block.add_argument("login")
    block.set_defaults(handler="user-block")

    unblock = actions.add_parser("unblock", help="let a blocked person sign in again")
    global_options(unblock, in_subcommand=True)
    unblock.add_argument("login")
    unblock.set_defaults(handler="user-unblock")

    reset = actions.add_parser("reset-password", help="give a person a new first password (PostgreSQL)")
    global_options(reset, in_subcommand=True)
    reset.add_argument("login")
    reset.set_defaults(handler="user-reset-password")


def _new_password(args: argparse.Namespace, login: str) -> str:
    """Twice at the terminal, or the first line of standard input when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    english = language_of(args) != "id"
    first = getpass.getpass(f"First password for {login}: " if english else f"Kata sandi pertama untuk {login}: ")
    second = getpass.getpass("The same again: " if english else "Ulangi kata sandi: ")
    if first != second:
        from secretariat.domain.errors import UserError

        raise UserError(
            "The two passwords differ; nothing was changed.", "Kedua kata sandi berbeda; tidak ada yang diubah."
        )
    return first


def _user_id(ctx: Any, login: str) -> int:
    from secretariat.services.users import user_by_login

    return user_by_login(ctx, login).id


def add_command(args: argparse.Namespace) -> int:
    from secretariat.services.users import add_user

    with command_context(args) as ctx:
        password = None if ctx.database.is_sqlite else _new_password(args, args.login)
        add_user(ctx, args.login, args.name, args.role, password)
        where = ctx.database.display_location
    say(
        args,
        f"{args.login} ({args.name}) added as {args.role} to {where}"
        + ("." if password is None else "; they choose their own password at their first sign-in."),
        f"{args.login} ({args.name}) ditambahkan sebagai {args.role} ke {where}"
        + ("." if password is None else "; ia memilih kata sandinya sendiri saat pertama kali masuk."),
    )
    return 0


def list_command(args: argparse.Namespace) -> int:
    from secretariat.domain.enums import UserRole
    from secretariat.domain.labels import label
    from secretariat.services.users import list_users

    with command_context(args, register=False) as ctx:
        users = list_users(ctx)
    if args.json:
        rows = [
            {
                "login": u.login,
                "name": u.name,
                "role": u.role,
                "active": u.active,
                "must_change_password": u.must_change_password,
            }
            for u in users
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    language: Literal["id", "en"] = "id" if language_of(args) == "id" else "en"
    blocked = "diblokir" if language == "id" else "blocked"
    width = max([len(u.login) for u in users] + [5])
    for u in users:
        state = "" if u.active else f"  [{blocked}]"
        print(f"{u.login:<{width}}  {label(UserRole(u.role), language):<16}  {u.name}{state}")
    return 0


def set_role_command(args: argparse.Namespace) -> int:
    from secretariat.services.users import set_user_role

    with command_context(args) as ctx:
        set_user_role(ctx, _user_id(ctx, args.login), args.role)
    say(args, f"{args.login} is now {args.role}.", f"{args.login} kini berperan {args.role}.")
    return 0


def block_command(args: argparse.Namespace) -> int:
    from secretariat.services.users import set_user_active

    with command_context(args) as ctx:
        set_user_active(ctx, _user_id(ctx, args.login), False)
    say(args, f"{args.login} is blocked.", f"{args.login} diblokir.")
    return 0


def unblock_command(args: argparse.Namespace) -> int:
    from secretariat.services.users import set_user_active

    with command_context(args) as ctx:
        set_user_active(ctx, _user_id(ctx, args.login), True)
    say(args, f"{args.login} may sign in again.", f"{args.login} dapat masuk kembali.")
    return 0


def reset_password_command(args: argparse.Namespace) -> int:
    from secretariat.services.users import reset_password

    with command_context(args) as ctx:
        user_id = _user_id(ctx, args.login)
        password = "" if ctx.database.is_sqlite else _new_password(args, args.login)
        reset_password(ctx, user_id, password)
    say(
        args,
        f"{args.login} has a new first password; they choose their own at their next sign-in.",
        f"{args.login} mendapat kata sandi pertama yang baru; ia memilih sendiri saat masuk berikutnya.",
    )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "user-add": add_command,
    "user-list": list_command,
    "user-set-role": set_role_command,
    "user-block": block_command,
    "user-unblock": unblock_command,
    "user-reset-password": reset_password_command,
}
