"""Errors a user can cause and understand.

Every message names the field it is about. Messages are in English in the code
and carry an Indonesian twin, so the command line and the GUI can show the one
the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem with one field of one record."""

    field: str
    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en

    def __str__(self) -> str:
        return f"{self.field}: {self.message_en}"


class UserError(Exception):
    """Base of every error caused by what the user asked for; shown without a traceback."""

    def __init__(self, message_en: str, message_id: str | None = None) -> None:
        super().__init__(message_en)
        self.message_en = message_en
        self.message_id = message_id or message_en

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en


class ValidationError(UserError):
    """One or more fields are not acceptable; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        from secretariat.domain.field_labels import form_label

        self.problems = list(problems)
        # Fields are named by their labels ("Berlaku mulai: ..."), not by their column names.
        UserError.__init__(
            self,
            "; ".join(f"{form_label(p.field, 'en')}: {p.message_en}" for p in self.problems),
            "; ".join(f"{form_label(p.field, 'id')}: {p.message_id}" for p in self.problems),
        )

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


class NotFoundError(UserError):
    """The record asked for does not exist."""


class DependencyError(UserError):
    """A record cannot be deleted because others depend on it."""

    def __init__(self, message_en: str, message_id: str, dependents: dict[str, int]) -> None:
        super().__init__(message_en, message_id)
        self.dependents = dependents


class ConflictError(UserError):
    """A unique value (code, number) is already used by another record."""


class LockedError(UserError):
    """The record belongs to a closed period and cannot change."""


@dataclass(frozen=True)
class ImportProblem:
    """Why a row (or a whole sheet) was not accepted, and where: sheet, row and column as in the file."""

    sheet: str
    row: int | None
    column: str | None
    message_en: str
    message_id: str

    def message(self, language: str = "en") -> str:
        return self.message_id if language == "id" else self.message_en

    def where(self, language: str = "en") -> str:
        parts = [f"{'Lembar' if language == 'id' else 'Sheet'} {self.sheet}"]
        if self.row is not None:
            parts.append(f"{'baris' if language == 'id' else 'row'} {self.row}")
        if self.column:
            parts.append(f"{'kolom' if language == 'id' else 'column'} {self.column}")
        return ", ".join(parts)

    def describe(self, language: str = "en") -> str:
        return f"{self.where(language)}: {self.message(language)}"

    def __str__(self) -> str:
        return self.describe("en")
