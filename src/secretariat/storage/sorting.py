"""Sorting as people sort, in SQL, alike on SQLite and PostgreSQL (the rules: ``domain.sorting``).

Two means, each where it is fast:

- **Stored sort keys** for the big registers' own columns: ``partner.name_key``,
  ``official.name_key`` (names folded: no case, no accents) and ``agreement.number_key`` (year, then
  sequence). The program computes them whenever a row is written (:func:`sort_key_default` for bulk
  inserts, :func:`keep_sort_keys` for the ORM), migration 0013 filled them for the rows already there,
  and they are indexed, so 100,000 partners list in name order at once. They are plain values:
  any SQLite tool can still read, check and write the file.
- **Name order** for names read from other tables (country names): :func:`name_order` is the
  registered SQLite function ``secretariat_name_key`` (the same fold, called once per row) and, on
  PostgreSQL, the ICU collation ``secretariat`` of migration 0013 (root locale at the primary
  strength: case and accents ignored).

Why not a registered SQLite collation: measured on 100,000 partners, SQLite calls a Python collation
for every comparison, so sorting the register took 5.5 s and a 35,000-row search result 1.5 s; an
index on a collated (or computed) expression makes every write and even ``PRAGMA integrity_check``
fail in any tool that has not registered the function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from secretariat.domain.sorting import name_key, number_key

NAME_KEY_FUNCTION = "secretariat_name_key"
#: The PostgreSQL collation of names (migration 0013).
NAME_COLLATION = "secretariat"
#: Per table: (column, its sort-key column, the key function).
SORT_KEYS: dict[str, tuple[tuple[str, str, Callable[[str | None], str | None]], ...]] = {
    "partner": (("name", "name_key", name_key),),
    "official": (("name", "name_key", name_key),),
    "agreement": (("number", "number_key", number_key),),
}

__all__ = [
    "NAME_COLLATION",
    "SORT_KEYS",
    "keep_sort_keys",
    "key_order",
    "name_order",
    "register_sqlite_functions",
    "sort_key_default",
]


def register_sqlite_functions(dbapi_connection: Any) -> None:
    """Register ``secretariat_name_key`` on a raw ``sqlite3`` connection (``storage.engine`` does, on each)."""
    dbapi_connection.create_function(NAME_KEY_FUNCTION, 1, name_key, deterministic=True)


# --- stored keys -----------------------------------------------------------------------------------------


def sort_key_default(source: str, function: Callable[[str | None], str | None]) -> Callable[[Any], str | None]:
    """A column default computing the key from ``source`` in the same INSERT (bulk inserts included)."""

    def default(context: DefaultExecutionContext) -> str | None:
        return function(context.get_current_parameters().get(source))  # type: ignore[no-untyped-call]  # SQLAlchemy leaves this method unannotated

    return default


def keep_sort_keys(model: type) -> None:
    """Keep ``model``'s sort keys (:data:`SORT_KEYS`) equal to their columns on every ORM insert and update."""
    pairs = SORT_KEYS[model.__tablename__]  # type: ignore[attr-defined]  # a mapped class, typed as type to keep the models out of this module

    def refresh(_mapper: Any, _connection: Any, target: Any) -> None:
        for source, key, function in pairs:
            value = function(getattr(target, source))
            if getattr(target, key, None) != value:
                setattr(target, key, value)

    event.listen(model, "before_insert", refresh)
    event.listen(model, "before_update", refresh)


class key_order(FunctionElement[str]):
    """A stored sort key in an ORDER BY: compared byte by byte on both databases (COLLATE "C" on PostgreSQL)."""

    type = String()
    inherit_cache = True


@compiles(key_order)
def _key_order(element: key_order, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(key_order, "postgresql")
def _key_order_postgresql(element: key_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


# --- name order of other columns -------------------------------------------------------------------------


class name_order(FunctionElement[str]):
    """``name_order(Country.name_en)``: an ORDER BY term that ignores case and accents."""

    type = String()
    inherit_cache = True


@compiles(name_order, "sqlite")
def _name_order_sqlite(element: name_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{NAME_KEY_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(name_order, "postgresql")
def _name_order_postgresql(element: name_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "{NAME_COLLATION}"'


@compiles(name_order)
def _name_order_other(element: name_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"
