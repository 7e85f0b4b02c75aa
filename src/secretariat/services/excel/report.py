"""What an Excel import reports: the plan of every row, problems with sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from secretariat.domain.errors import ImportProblem, UserError
from secretariat.domain.excel_format import RejectedSheet


class ImportMode(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    VALID_ONLY = "valid_only"


class RowAction(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class WorkbookError(UserError):
    """The file cannot be read as an exchange workbook at all (not xlsx, password-protected, damaged)."""


# --- what the import reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowResult:
    sheet_key: str
    sheet: str
    row: int
    action: RowAction
    label: str
    problems: tuple[ImportProblem, ...] = ()
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateHint:
    """A partner row that looks like a partner already known (same country, similar name)."""

    sheet: str
    row: int
    code: str
    name: str
    country_code: str
    other_code: str
    other_name: str
    other_id: int | None  # the existing partner, or None when the other one is another row of the file
    other_row: int | None
    similarity: float
    partner_id: int | None = None  # the imported partner's id once written

    def message(self, language: str = "en") -> str:
        """What is alike, without saying where (see :meth:`describe`)."""
        percent = round(self.similarity * 100)
        where = (
            (f"baris {self.other_row}" if language == "id" else f"row {self.other_row}")
            if self.other_row is not None
            else ""
        )
        other = f"'{self.other_name}' ({self.other_code}{', ' + where if where else ''})"
        if language == "id":
            return (
                f"mitra '{self.name}' ({self.code}) mirip {percent}% dengan {other} di negara yang sama; "
                "periksa apakah sama, lalu gabungkan bila perlu"
            )
        return (
            f"partner '{self.name}' ({self.code}) is {percent}% similar to {other} in the same country; "
            "check whether they are the same and merge them if so"
        )

    def describe(self, language: str = "en") -> str:
        where = f"Lembar {self.sheet}, baris {self.row}" if language == "id" else f"Sheet {self.sheet}, row {self.row}"
        return f"{where}: {self.message(language)}"


@dataclass(frozen=True)
class SheetSummary:
    key: str
    name: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class ImportReport:
    path: str
    mode: ImportMode
    dry_run: bool
    written: bool
    sheets: tuple[SheetSummary, ...]
    rows: tuple[RowResult, ...]  # the rows added, updated or rejected (unchanged rows are only counted)
    problems: tuple[ImportProblem, ...]
    notices: tuple[ImportProblem, ...]
    duplicates: tuple[DuplicateHint, ...]
    rejected_sheets: tuple[RejectedSheet, ...]

    def _total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.sheets)

    @property
    def added(self) -> int:
        return self._total("added")

    @property
    def updated(self) -> int:
        return self._total("updated")

    @property
    def unchanged(self) -> int:
        return self._total("unchanged")

    @property
    def rejected(self) -> int:
        return self._total("rejected")

    @property
    def has_rejections(self) -> bool:
        """Any rejected row or any problem with a whole sheet (unknown sheet, missing required column)."""
        return self.rejected > 0 or bool(self.problems)

    def summary(self, language: str = "en") -> str:
        if language == "id":
            state = (
                "uji coba, tidak ada yang disimpan"
                if self.dry_run
                else "disimpan"
                if self.written
                else "tidak ada yang disimpan"
            )
            return (
                f"{self.added} ditambah, {self.updated} diubah, {self.unchanged} tetap, "
                f"{self.rejected} ditolak ({state})"
            )
        state = "dry run, nothing saved" if self.dry_run else "saved" if self.written else "nothing saved"
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected ({state})"
        )
