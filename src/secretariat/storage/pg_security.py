"""Who may do what on a shared PostgreSQL database: group roles, privileges, and the logins of people.

Every person signs in with a PostgreSQL login of their own (SCRAM password). The login is a member of
exactly one of three group roles, which hold the privileges:

``secretariat_clerk``
    connects; reads every table; writes the records (partners, agreements, delegations, budget
    lines, officials, per-diem rates...); adds audit entries; changes only its own name in
    ``app_user`` (row-level security).
``secretariat_head`` and ``secretariat_admin``
    are members of ``secretariat_clerk`` and may also write the office's reference tables
    (:data:`MANAGER_TABLES`: office profile and numbering, countries, stages, fields of cooperation,
    chart of accounts, exchange rates, fiscal years). Only ``secretariat_admin`` writes ``app_user``
    and may call :data:`MANAGE_FUNCTION`, which creates, re-roles, blocks and re-admits logins.

No group may UPDATE, DELETE or TRUNCATE ``audit_entry``: only the schema owner (the login that
creates and upgrades the schema, run by the IT staff) could, and triggers refuse even that until
the owner disables them (storage.audit_chain). ``PUBLIC`` may not connect to the database, so a
login outside the groups (a blocked person: the program takes the membership away) reads nothing.

:func:`install` puts all of this in place; it is idempotent and runs after every upgrade
(storage/migrations/env.py), so a table added by a later migration gets its privileges too: a new
table is a clerk's table unless it is named in one of the sets below.

The group names are fixed, so one PostgreSQL cluster serves one office's Secretariat database (a
second database on the same cluster shares the three groups). See docs/security.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from secretariat.domain.errors import UserError

CLERK_GROUP = "secretariat_clerk"
HEAD_GROUP = "secretariat_head"
ADMIN_GROUP = "secretariat_admin"
#: The program's role (domain.enums.UserRole value) -> the database group that carries it.
GROUP_OF_ROLE = {"clerk": CLERK_GROUP, "head": HEAD_GROUP, "admin": ADMIN_GROUP}
GROUPS = tuple(GROUP_OF_ROLE.values())

#: Written only by the head and administrators.
MANAGER_TABLES = frozenset({"office_profile", "country", "stage", "sector", "account", "exchange_rate", "fiscal_year"})
#: Written only by administrators (a person changes their own name and password flag: row-level security).
ADMIN_TABLES = frozenset({"app_user"})
#: Read and appended to, never changed.
APPEND_ONLY_TABLES = frozenset({"audit_entry"})
#: Only read.
READ_ONLY_TABLES = frozenset({"alembic_version"})
#: The columns of ``app_user`` a person may change in their own row.
OWN_USER_COLUMNS = ("name", "must_change_password", "password_changed_at", "updated_at", "row_version")

MANAGE_FUNCTION = "secretariat_manage_login"
#: PostgreSQL login names the program creates: lower-case letters, digits, dot, dash and underscore.
LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{0,62}$")
_VERIFIER = re.compile(r"^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")


def table_writers(table: str) -> frozenset[str]:
    """The program roles whose group may change rows of ``table`` (for tests and the documentation)."""
    if table in READ_ONLY_TABLES or table in APPEND_ONLY_TABLES:
        return frozenset()
    if table in ADMIN_TABLES:
        return frozenset({"admin"})
    if table in MANAGER_TABLES:
        return frozenset({"head", "admin"})
    return frozenset({"clerk", "head", "admin"})


# --- identity -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionIdentity:
    """Who the connection is: the login it authenticated as, and whether that login owns the schema."""

    login: str
    owns_schema: bool


def session_identity(connection: Connection) -> SessionIdentity:
    """``session_user`` (not ``current_user``, which ``SET ROLE`` changes) and whether it owns the schema.

    The owner is the owner of ``audit_entry``; a superuser, or a member of the owner role with its
    privileges, counts as the owner too.
    """
    row = connection.execute(
        text(
            "SELECT session_user::text, "
            "COALESCE((SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.oid = to_regclass('audit_entry')), false)"
        )
    ).one()
    return SessionIdentity(login=str(row[0]), owns_schema=bool(row[1]))


# --- set-up -----------------------------------------------------------------------------------------------


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _is_member(connection: Connection, member: str, group: str) -> bool:
    query = text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
        "WHERE g.rolname = :group AND r.rolname = :member"
    )
    return connection.execute(query, {"group": group, "member": member}).first() is not None


def _try(connection: Connection, statement: str) -> DBAPIError | None:
    """Run ``statement`` in a savepoint; the error, if any, instead of an aborted transaction."""
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        savepoint.rollback()
        return exc
    savepoint.commit()
    return None


def _missing_roles_error(missing: list[str]) -> UserError:
    statements = "; ".join(f"CREATE ROLE {name} NOLOGIN" for name in missing)
    return UserError(
        f"The database roles {', '.join(missing)} do not exist and this login may not create them. "
        f"Run the upgrade as a login with CREATEROLE, or have a superuser run: {statements}; "
        f"GRANT {CLERK_GROUP} TO {HEAD_GROUP}, {ADMIN_GROUP} (see docs/security.md).",
        f"Peran basis data {', '.join(missing)} belum ada dan login ini tidak boleh membuatnya. "
        f"Jalankan pemutakhiran dengan login yang mempunyai CREATEROLE, atau minta superuser menjalankan: "
        f"{statements}; GRANT {CLERK_GROUP} TO {HEAD_GROUP}, {ADMIN_GROUP} (lihat docs/security.md).",
    )


def _ensure_groups(connection: Connection) -> None:
    missing = []
    for group in GROUPS:
        if _role_exists(connection, group):
            continue
        error = _try(connection, f"CREATE ROLE {group} NOLOGIN")
        # Another process may have created it at the same moment (several workstations upgrading).
        if error is not None and not _role_exists(connection, group):
            missing.append(group)
    if missing:
        raise _missing_roles_error(missing)
    for group in (HEAD_GROUP, ADMIN_GROUP):
        if not _is_member(connection, group, CLERK_GROUP):
            error = _try(connection, f"GRANT {CLERK_GROUP} TO {group}")
            if error is not None and not _is_member(connection, group, CLERK_GROUP):
                raise _missing_roles_error([f"{CLERK_GROUP} -> {group}"])


def _tables(connection: Connection) -> list[str]:
    rows = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
    return sorted(str(row[0]) for row in rows)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _grant_tables(connection: Connection) -> None:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    groups = ", ".join(GROUPS)
    run = connection.exec_driver_sql
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_quoted(database)} FROM PUBLIC")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {_quoted(database)} TO {CLERK_GROUP}")
    run(f"GRANT USAGE ON SCHEMA {_quoted(schema)} TO {CLERK_GROUP}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_quoted(schema)} FROM PUBLIC, {groups}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {_quoted(schema)} TO {CLERK_GROUP}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_quoted(schema)} TO {CLERK_GROUP}")
    for table in _tables(connection):
        name = _quoted(table)
        writers = table_writers(table)
        if table in APPEND_ONLY_TABLES:
            run(f"GRANT INSERT ON {name} TO {CLERK_GROUP}")
        elif writers == {"clerk", "head", "admin"}:
            run(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {CLERK_GROUP}")
        elif writers:
            run(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {', '.join(GROUP_OF_ROLE[r] for r in sorted(writers))}")
    run(f"GRANT UPDATE ({', '.join(OWN_USER_COLUMNS)}) ON app_user TO {CLERK_GROUP}")
    run("ALTER TABLE app_user ENABLE ROW LEVEL SECURITY")
    policies = {
        "app_user_read": "FOR SELECT USING (true)",
        "app_user_own_row": (
            f"FOR UPDATE TO {CLERK_GROUP} USING (login = session_user) WITH CHECK (login = session_user)"
        ),
        "app_user_admin": f"FOR ALL TO {ADMIN_GROUP} USING (true) WITH CHECK (true)",
    }
    for policy, body in policies.items():
        run(f"DROP POLICY IF EXISTS {policy} ON app_user")
        run(f"CREATE POLICY {policy} ON app_user {body}")


_MANAGE_BODY = f"""
CREATE OR REPLACE FUNCTION {MANAGE_FUNCTION}(p_action text, p_login text, p_role text, p_verifier text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
DECLARE
    owner_name name;
    target_group text;
    target_super boolean;
    target_exists boolean;
    g text;
BEGIN
    SELECT pg_get_userbyid(c.relowner) INTO owner_name FROM pg_class c WHERE c.oid = 'audit_entry'::regclass;
    IF NOT (pg_has_role(session_user, '{ADMIN_GROUP}', 'MEMBER') OR pg_has_role(session_user, owner_name, 'USAGE')) THEN
        RAISE EXCEPTION 'only an administrator manages the logins of Secretariat'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9._-]{{0,62}}$' THEN
        RAISE EXCEPTION 'not a login name the program manages: %', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role IS NOT NULL THEN
        target_group := CASE p_role WHEN 'clerk' THEN '{CLERK_GROUP}' WHEN 'head' THEN '{HEAD_GROUP}'
                                    WHEN 'admin' THEN '{ADMIN_GROUP}' END;
        IF target_group IS NULL THEN
            RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'give a SCRAM-SHA-256 verifier, never a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT true, r.rolsuper INTO target_exists, target_super FROM pg_roles r WHERE r.rolname = p_login;
    target_exists := coalesce(target_exists, false);
    IF target_super OR p_login = owner_name THEN
        RAISE EXCEPTION 'the login % is not a login of a person using Secretariat', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action = 'create' THEN
        IF target_exists THEN
            RAISE EXCEPTION 'a database login named % exists already', p_login USING ERRCODE = 'duplicate_object';
        END IF;
        IF p_verifier IS NULL OR target_group IS NULL THEN
            RAISE EXCEPTION 'a new login needs its first password and its role'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
        EXECUTE format('GRANT %I TO %I', target_group, p_login);
        RETURN;
    END IF;
    IF NOT target_exists OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.login = p_login) THEN
        RAISE EXCEPTION 'the login % is not a user of this database', p_login USING ERRCODE = 'undefined_object';
    END IF;
    IF p_action IN ('role', 'block', 'unblock') THEN
        FOREACH g IN ARRAY ARRAY['{CLERK_GROUP}', '{HEAD_GROUP}', '{ADMIN_GROUP}'] LOOP
            IF (target_group IS NULL OR g <> target_group) AND EXISTS (
                SELECT 1 FROM pg_auth_members m
                WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)
                  AND m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)) THEN
                EXECUTE format('REVOKE %I FROM %I', g, p_login);
            END IF;
        END LOOP;
    END IF;
    IF p_action = 'role' OR p_action = 'unblock' THEN
        IF target_group IS NULL THEN
            RAISE EXCEPTION 'the role to give is missing' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (
                SELECT 1 FROM pg_auth_members m
                WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = target_group)
                  AND m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login)) THEN
            EXECUTE format('GRANT %I TO %I', target_group, p_login);
        END IF;
    END IF;
    IF p_action = 'block' THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        BEGIN
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = p_login;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;  -- its open connections keep running, but without any privilege (membership revoked)
        END;
    ELSIF p_action = 'unblock' THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    ELSIF p_action = 'password' THEN
        IF p_verifier IS NULL THEN
            RAISE EXCEPTION 'the new password is missing' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    ELSIF p_action <> 'role' THEN
        RAISE EXCEPTION 'unknown action %', p_action USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$"""


def _install_functions(connection: Connection) -> None:
    connection.exec_driver_sql(_MANAGE_BODY.replace("%", "%%"))  # psycopg reads % as a placeholder
    signature = f"{MANAGE_FUNCTION}(text, text, text, text)"
    connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {ADMIN_GROUP}")


def install(connection: Connection) -> None:
    """Groups, privileges, row security and the login-managing function; idempotent (see the module text)."""
    _ensure_groups(connection)
    _grant_tables(connection)
    _install_functions(connection)


def uninstall(connection: Connection) -> None:
    """Undo :func:`install` in this database (the cluster-wide groups stay): the downgrade of the schema."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {MANAGE_FUNCTION}(text, text, text, text)")
    for policy in ("app_user_read", "app_user_own_row", "app_user_admin"):
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON app_user")
    connection.exec_driver_sql("ALTER TABLE app_user DISABLE ROW LEVEL SECURITY")
    groups = [g for g in GROUPS if _role_exists(connection, g)]
    if groups:
        connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {', '.join(groups)}")
        connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {', '.join(groups)}")
        connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {_quoted(database)} FROM {', '.join(groups)}")
    connection.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {_quoted(database)} TO PUBLIC")


# --- the logins of people -----------------------------------------------------------------------------------


def check_login_name(login: str) -> bool:
    return bool(LOGIN_PATTERN.match(login))


def scram_verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq: the server never sees the password."""
    raw: Any = connection.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")
    return bytes(verifier).decode("ascii")


def _manage(connection: Connection, action: str, login: str, role: str | None, verifier: str | None) -> None:
    connection.execute(
        text(f"SELECT {MANAGE_FUNCTION}(:action, :login, :role, :verifier)"),
        {"action": action, "login": login, "role": role, "verifier": verifier},
    )


def create_login(connection: Connection, login: str, password: str, role: str) -> None:
    """A new login with its first password, member of the group of ``role``."""
    _manage(connection, "create", login, role, scram_verifier(connection, login, password))


def set_login_role(connection: Connection, login: str, role: str) -> None:
    _manage(connection, "role", login, role, None)


def block_login(connection: Connection, login: str) -> None:
    """No more sign-in, and no privilege for connections still open."""
    _manage(connection, "block", login, None, None)


def unblock_login(connection: Connection, login: str, role: str) -> None:
    _manage(connection, "unblock", login, role, None)


def reset_password(connection: Connection, login: str, password: str) -> None:
    _manage(connection, "password", login, None, scram_verifier(connection, login, password))


def change_own_password(connection: Connection, password: str) -> None:
    """The signed-in login's new password (every PostgreSQL login may change its own)."""
    login = session_identity(connection).login
    verifier = scram_verifier(connection, login, password)
    if not _VERIFIER.match(verifier):  # it is inlined below: a utility statement takes no parameters
        raise ValueError("libpq returned something that is not a SCRAM verifier")
    connection.exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")


def owns_schema(connection: Connection, login: str) -> bool:
    """Whether ``login`` is the schema's owner (or a superuser, or holds the owner's privileges)."""
    value = connection.execute(
        text(
            "SELECT pg_has_role(:login, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass('audit_entry')"
        ),
        {"login": login},
    ).scalar()
    return bool(value)


def login_exists(connection: Connection, login: str) -> bool:
    return _role_exists(connection, login)


def group_of(connection: Connection, login: str) -> str | None:
    """The program role whose group ``login`` belongs to (the highest when several), else None."""
    for role in ("admin", "head", "clerk"):
        if _is_member(connection, login, GROUP_OF_ROLE[role]):
            return role
    return None


def can_log_in(connection: Connection, login: str) -> bool | None:
    value = connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar()
    return None if value is None else bool(value)
