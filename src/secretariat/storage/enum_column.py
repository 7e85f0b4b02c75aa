"""A column holding a member of one of the domain's ``StrEnum`` types, stored as the member's value.

The stored text is the enum's value, exactly as when the column was a plain ``String`` of the same length:
no schema change, and the audit trail, SQL text and exchange files see the same codes as before. Python code
reads the member (``agreement.kind is AgreementKind.KSDPL``) and may write a member or its value; any other
text is refused when it is bound, also as a query parameter (``Partner.kind == "nothing"``).

A stored text that is no longer one of the enum's values (written by hand, or by an older program) is read
back as that plain text rather than refused, so that an old file still opens and the record can be corrected.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """``String(length)`` in the database, a member of ``enum`` in Python."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        longest = max(len(member.value) for member in enum)
        if longest > length:
            raise ValueError(f"{enum.__name__} has a value of {longest} characters; the column holds {length}")
        super().__init__(length)
        # Named as the parameters: SQLAlchemy's statement cache key is made of them.
        self.enum = enum
        self.length = length

    @property
    def python_type(self) -> type[E]:
        return self.enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, self.enum):
            return value.value
        if isinstance(value, str):
            try:
                return self.enum(value).value
            except ValueError:
                allowed = ", ".join(member.value for member in self.enum)
                raise ValueError(f"{value!r} is not a {self.enum.__name__}; one of: {allowed}") from None
        raise TypeError(f"a {self.enum.__name__} or its text is needed, not {type(value).__name__}: {value!r}")

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            return cast(E, value)  # an unknown stored text, kept as read (see the module's note)

    def __repr__(self) -> str:
        return f"EnumText({self.enum.__name__}, {self.length})"
