"""The chart of accounts: the dotted APBD account codes budget lines may use.

The chart is data the office keeps (domain.md: exact sub-activity codes differ
between provinces and regencies). Until the first account is entered any
dotted code is accepted on a budget line; from then on a line's code must be
an active account (:func:`secretariat.services.budget.lines._account_problem`).

A budget line keeps its account code as text, so an account in use is never
renamed nor deleted: it is closed (``active`` false) instead, and lines that
already use it keep their code.

Every account says which side of the budget it holds (``side``): revenue
(pendapatan), spending (belanja) or financing (pembiayaan). A budget line's
money goes to the side of its account (:mod:`secretariat.services.budget.sides`).
A new account without a side given takes the side of its nearest parent in the
chart, else the group its first segment names (4, 5, 6). A change that would
put lines holding transactions on the other side is refused.

Import from Excel (:func:`import_accounts`): the first sheet (or the sheet
named) with a header row holding a code column ("Kode", "Kode rekening",
"Code", ...) and a name column ("Nama", "Uraian", "Name", ...), and
optionally an "Aktif"/"Active" column (Ya/Tidak) and a "Kelompok"/"Group"
column (Pendapatan / Belanja / Pembiayaan, or revenue / spending / financing). Every row is checked first;
when any row is wrong nothing is written and every problem is reported with
its sheet, row and column. Codes already in the chart get the file's name
(and active flag); codes not in the file stay as they are.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.budget_figures import DEFAULT_GROUPS, resolve_side
from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import BudgetSide
from secretariat.domain.errors import (
    DependencyError,
    ImportProblem,
    Problem,
    UserError,
    ValidationError,
)
from secretariat.domain.labels import label
from secretariat.domain.parsing import ParseError, fold, parse_bool, parse_text
from secretariat.domain.validation import Checker, clean
from secretariat.services.budget.sides import chart_sides, refuse_side_conflicts
from secretariat.services.common import fetch
from secretariat.services.conflicts import check_version, fetch_current, record_values
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import Action, require
from secretariat.storage.models import Account, BudgetLine

CODE_LENGTH = 60
NAME_LENGTH = 300
HEADER_SEARCH_ROWS = 10  # the header row may sit below a title or two

#: Header texts (folded: no case, accents or punctuation) that name each column of an import sheet.
CODE_HEADERS = frozenset(
    {
        "kode",
        "kode rekening",
        "kode akun",
        "kode rek",
        "no rekening",
        "nomor rekening",
        "code",
        "account code",
        "account",
    }
)
NAME_HEADERS = frozenset(
    {
        "nama",
        "nama rekening",
        "nama akun",
        "uraian",
        "uraian rekening",
        "keterangan",
        "name",
        "account name",
        "description",
    }
)
ACTIVE_HEADERS = frozenset({"aktif", "status", "active"})
SIDE_HEADERS = frozenset({"kelompok", "kelompok akun", "jenis", "jenis akun", "group", "side", "account group"})

__all__ = [
    "AccountData",
    "AccountImportError",
    "AccountImportResult",
    "AccountView",
    "account_sort_key",
    "create_account",
    "delete_account",
    "get_account",
    "import_accounts",
    "list_accounts",
    "set_account_active",
    "suggested_side",
    "update_account",
]


def account_sort_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """Order of dotted codes by their numbers: 5.1.2 before 5.1.10 (text order would not)."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in code.split("."))


@dataclass
class AccountData:
    code: str
    name: str
    active: bool = True
    side: BudgetSide | str | None = None  # None: that of the nearest parent in the chart, else of the first segment

    def check(self, c: Checker) -> None:
        if c.required("code", self.code):
            c.account_code("code", self.code.strip())
            c.max_length("code", self.code.strip(), CODE_LENGTH)
        c.required("name", self.name)
        c.max_length("name", (self.name or "").strip(), NAME_LENGTH)
        c.enum("side", self.side, BudgetSide, required=False)


@dataclass(frozen=True)
class AccountView:
    id: int
    gid: str
    code: str
    name: str
    active: bool
    lines: int  # budget lines (of any year) that use the code
    side: BudgetSide = BudgetSide.SPENDING
    row_version: int = 0  # the version loaded; hand the view back to update_account(loaded=...)

    def to_data(self) -> AccountData:
        return AccountData(code=self.code, name=self.name, active=self.active, side=self.side)


def _lines_using(session: Session, codes: list[str] | None = None) -> dict[str, int]:
    query = select(BudgetLine.account_code, func.count()).group_by(BudgetLine.account_code)
    if codes is not None:
        query = query.where(BudgetLine.account_code.in_(codes))
    return {code: int(count) for code, count in session.execute(query)}


def _view(account: Account, lines: int) -> AccountView:
    return AccountView(
        id=account.id,
        gid=account.gid,
        code=account.code,
        name=account.name,
        active=bool(account.active),
        lines=lines,
        side=account.side,
        row_version=account.row_version,
    )


def suggested_side(ctx: ServiceContext, code: str) -> BudgetSide:
    """The side a new account ``code`` takes when none is chosen (its nearest parent's, else its group's)."""
    with reading(ctx) as session:
        return _suggested_side(session, code)


def _suggested_side(session: Session, code: str) -> BudgetSide:
    chart = chart_sides(session)
    chart.pop((code or "").strip(), None)
    return resolve_side(code, chart)


def list_accounts(
    ctx: ServiceContext, *, include_inactive: bool = True, search: str | None = None
) -> list[AccountView]:
    """The chart by code (numeric order of the segments); ``search`` matches the start of a code or a word of a name."""
    query = select(Account)
    if not include_inactive:
        query = query.where(Account.active.is_(True))
    with reading(ctx) as session:
        accounts = list(session.scalars(query))
        used = _lines_using(session)
    if search and search.strip():
        wanted = fold(search)
        accounts = [a for a in accounts if a.code.startswith(search.strip()) or wanted in fold(a.name)]
    accounts.sort(key=lambda a: account_sort_key(a.code))
    return [_view(a, used.get(a.code, 0)) for a in accounts]


def get_account(ctx: ServiceContext, account_id: int) -> AccountView:
    with reading(ctx) as session:
        account = fetch(session, Account, account_id, "account", "akun")
        return _view(account, _lines_using(session, [account.code]).get(account.code, 0))


def _validated(data: AccountData) -> AccountData:
    checker = Checker()
    data.check(checker)
    checker.raise_if_any()
    side = BudgetSide(data.side) if data.side not in (None, "") else None
    return AccountData(code=data.code.strip(), name=clean(data.name) or "", active=bool(data.active), side=side)


def _refuse_taken(session: Session, code: str, exclude_id: int | None) -> None:
    query = select(Account.id).where(Account.code == code)
    if exclude_id is not None:
        query = query.where(Account.id != exclude_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            [Problem("code", f"'{code}' is already in the chart of accounts", f"'{code}' sudah ada dalam bagan akun")]
        )


def create_account(ctx: ServiceContext, data: AccountData) -> int:
    clean_data = _validated(data)
    with writing(ctx) as session:
        require(
            session,
            ctx,
            Action.CHART_OF_ACCOUNTS,
            "add an account to the chart of accounts",
            "menambah akun ke bagan akun",
        )
        _refuse_taken(session, clean_data.code, None)
        side = BudgetSide(clean_data.side) if clean_data.side else _suggested_side(session, clean_data.code)
        account = Account(code=clean_data.code, name=clean_data.name, active=clean_data.active, side=side)
        session.add(account)
        refuse_side_conflicts(session)
        return account.id


def update_account(
    ctx: ServiceContext, account_id: int, data: AccountData, *, loaded: AccountView | None = None
) -> None:
    """Change an account's name or active flag; its code only while no budget line uses it.
    ``loaded``: the view the clerk edited (EditConflict when another person changed a field since)."""
    clean_data = _validated(data)
    with writing(ctx) as session:
        require(session, ctx, Action.CHART_OF_ACCOUNTS, "change the chart of accounts", "mengubah bagan akun")
        account = fetch(session, Account, account_id, "account", "akun")
        if loaded is not None:
            account = fetch_current(session, Account, account_id, "account", "akun")
            current = _view(account, 0)
            check_version(
                session,
                account,
                loaded.row_version,
                record=Bilingual(f"the account {account.code}", f"akun {account.code}"),
                values=lambda: record_values(loaded.to_data(), current.to_data(), clean_data),
                current=lambda: _view(account, _lines_using(session, [account.code]).get(account.code, 0)),
            )
        if clean_data.code != account.code:
            used = _lines_using(session, [account.code]).get(account.code, 0)
            if used:
                raise ValidationError(
                    [
                        Problem(
                            "code",
                            f"{used} budget line(s) use '{account.code}'; the code cannot change. Add the new code "
                            "and close this account instead",
                            f"{used} baris anggaran memakai '{account.code}'; kodenya tidak dapat diubah. "
                            "Tambahkan kode baru dan nonaktifkan akun ini",
                        )
                    ]
                )
            _refuse_taken(session, clean_data.code, account.id)
            account.code = clean_data.code
        if account.name != clean_data.name:
            account.name = clean_data.name
        if bool(account.active) != clean_data.active:
            account.active = clean_data.active
        if clean_data.side is not None and account.side != BudgetSide(clean_data.side):
            account.side = BudgetSide(clean_data.side)
        refuse_side_conflicts(session)


def set_account_active(ctx: ServiceContext, account_id: int, active: bool) -> None:
    """Close an account (no new line may use it; lines using it keep it) or open it again."""
    with writing(ctx) as session:
        require(
            session, ctx, Action.CHART_OF_ACCOUNTS, "close or open accounts", "menonaktifkan atau mengaktifkan akun"
        )
        account = fetch(session, Account, account_id, "account", "akun")
        if bool(account.active) != bool(active):
            account.active = bool(active)


def delete_account(ctx: ServiceContext, account_id: int) -> None:
    """Delete an account no budget line uses; one in use is closed instead (DependencyError says so)."""
    with writing(ctx) as session:
        require(session, ctx, Action.CHART_OF_ACCOUNTS, "delete an account", "menghapus akun")
        account = fetch(session, Account, account_id, "account", "akun")
        used = _lines_using(session, [account.code]).get(account.code, 0)
        if used:
            raise DependencyError(
                f"Cannot delete account {account.code}: {used} budget line(s) use it. Close it instead.",
                f"Tidak dapat menghapus akun {account.code}: {used} baris anggaran memakainya. Nonaktifkan saja.",
                {"budget line(s)": used},
            )
        session.delete(account)
        refuse_side_conflicts(session)


# --- import from Excel -------------------------------------------------------------------------------------


class AccountImportError(UserError):
    """The chart of accounts could not be imported; nothing was written. ``problems`` says where and why."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = list(problems)
        shown = self.problems[:10]
        more_en = f" (and {len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        more_id = f" (dan {len(self.problems) - 10} lainnya)" if len(self.problems) > 10 else ""
        super().__init__(
            "Nothing was imported: " + "; ".join(p.describe("en") for p in shown) + more_en,
            "Tidak ada yang diimpor: " + "; ".join(p.describe("id") for p in shown) + more_id,
        )


@dataclass(frozen=True)
class AccountImportResult:
    sheet: str
    added: tuple[str, ...]  # codes
    updated: tuple[str, ...]
    unchanged: int


@dataclass(frozen=True)
class _ImportRow:
    row: int
    code: str
    name: str
    active: bool | None
    side: BudgetSide | None = None


def _header_columns(cells: tuple[object, ...]) -> dict[str, int] | None:
    """Column index of code, name (and active) when ``cells`` is a header row."""
    found: dict[str, int] = {}
    for index, value in enumerate(cells):
        if not isinstance(value, str):
            continue
        text = fold(value.split("\n")[0]) if "\n" in value else fold(value)
        for key, names in (
            ("code", CODE_HEADERS),
            ("name", NAME_HEADERS),
            ("active", ACTIVE_HEADERS),
            ("side", SIDE_HEADERS),
        ):
            if key not in found and (text in names or fold(value) in names):
                found[key] = index
                break
    return found if "code" in found and "name" in found else None


def _read_rows(path: Path, sheet_name: str | None) -> tuple[str, list[_ImportRow], list[ImportProblem]]:
    # openpyxl (under the reader) only when a workbook is read: some 150 ms to load, and the budget page
    # imports this module
    from secretariat.services.xlsx_reader import XlsxReader

    try:
        reader = XlsxReader(str(path))
    except FileNotFoundError:
        raise UserError(f"There is no file {path}.", f"Berkas {path} tidak ada.") from None
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UserError(
            f"{path.name} cannot be read as an Excel workbook (.xlsx): {exc}",
            f"{path.name} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): {exc}",
        ) from None
    with reader:
        sheets = [s for s in reader.sheets if s.state == "visible"] or list(reader.sheets)
        if sheet_name is not None:
            sheets = [s for s in reader.sheets if s.title == sheet_name]
            if not sheets:
                names = ", ".join(s.title for s in reader.sheets)
                raise UserError(
                    f"{path.name} has no sheet '{sheet_name}' (it has: {names}).",
                    f"{path.name} tidak memiliki lembar '{sheet_name}' (yang ada: {names}).",
                )
        for sheet in sheets:
            rows = reader.rows(sheet)
            columns: dict[str, int] | None = None
            for number, cells in rows:
                columns = _header_columns(cells)
                if columns is not None or number >= HEADER_SEARCH_ROWS:
                    break
            if columns is None:
                continue
            parsed, problems = _parse_rows(sheet.title, columns, rows)
            return sheet.title, parsed, problems
    raise UserError(
        f"{path.name}: no sheet has a header row with a code column (Kode / Code) and a name column "
        "(Nama / Uraian / Name) in its first rows.",
        f"{path.name}: tidak ada lembar dengan baris judul berisi kolom kode (Kode / Code) dan kolom nama "
        "(Nama / Uraian / Name) pada baris-baris pertamanya.",
    )


def _cell(cells: tuple[object, ...], index: int | None) -> object:
    """The value of the column at ``index`` (None when the sheet has no such column or the row is short)."""
    return cells[index] if index is not None and index < len(cells) else None


def _parse_rows(
    sheet: str, columns: dict[str, int], rows: Iterator[tuple[int, tuple[object, ...]]]
) -> tuple[list[_ImportRow], list[ImportProblem]]:
    from openpyxl.utils import get_column_letter  # when a workbook is read (see _read_rows)

    parsed: list[_ImportRow] = []
    problems: list[ImportProblem] = []
    first_row: dict[str, int] = {}

    def problem(row: int, key: str, en: str, id_: str) -> None:
        problems.append(ImportProblem(sheet, row, get_column_letter(columns[key] + 1), en, id_))

    for number, cells in rows:
        raw_code, raw_name, raw_active, raw_side = (
            _cell(cells, columns.get(key)) for key in ("code", "name", "active", "side")
        )
        if all(
            value is None or (isinstance(value, str) and not value.strip())
            for value in (raw_code, raw_name, raw_active, raw_side)
        ):
            continue  # an empty row
        ok = True
        code = ""
        if isinstance(raw_code, float | int) and not isinstance(raw_code, bool):
            problem(
                number,
                "code",
                f"the code {raw_code} is stored as a number, which loses zeros (5.10 becomes 5.1); "
                "format the column as Text and type the code again",
                f"kode {raw_code} tersimpan sebagai angka sehingga nol hilang (5.10 menjadi 5.1); "
                "format kolom sebagai Teks lalu ketik ulang kodenya",
            )
            ok = False
        else:
            try:
                code = parse_text(raw_code) or ""
            except ParseError as exc:
                problem(number, "code", exc.message_en, exc.message_id)
                ok = False
        name = ""
        try:
            name = parse_text(raw_name) or ""
        except ParseError as exc:
            problem(number, "name", exc.message_en, exc.message_id)
            ok = False
        active: bool | None = None
        try:
            active = parse_bool(raw_active) if "active" in columns else None
        except ParseError as exc:
            problem(number, "active", exc.message_en, exc.message_id)
            ok = False
        side: BudgetSide | None = None
        if "side" in columns and raw_side is not None and str(raw_side).strip():
            side = _parse_side(raw_side)
            if side is None:
                problem(
                    number,
                    "side",
                    f"'{raw_side}' is not an account group: write Pendapatan, Belanja or Pembiayaan",
                    f"'{raw_side}' bukan kelompok akun: tulis Pendapatan, Belanja atau Pembiayaan",
                )
                ok = False
        reported = {p.column for p in problems if p.row == number}
        checker = Checker()
        AccountData(code=code or "", name=name).check(checker)
        for found in checker.problems:
            if get_column_letter(columns[found.field] + 1) in reported:
                continue  # that cell's problem is already told
            problem(number, found.field, found.message_en, found.message_id)
            ok = False
        if code and code in first_row:
            problem(
                number,
                "code",
                f"'{code}' is given twice (first in row {first_row[code]})",
                f"'{code}' tercantum dua kali (pertama pada baris {first_row[code]})",
            )
            ok = False
        elif code:
            first_row[code] = number
        if ok:
            parsed.append(_ImportRow(number, code, name.strip(), active, side))
    return parsed, problems


def _parse_side(value: object) -> BudgetSide | None:
    """An account group as a clerk writes it: Pendapatan / Belanja / Pembiayaan, English, or 4 / 5 / 6."""
    text = fold(str(value))
    for side in BudgetSide:
        if text in {fold(side.value), fold(label(side, "id")), fold(label(side, "en"))}:
            return side
    return DEFAULT_GROUPS.get(text.split(".")[0]) if text.replace(".", "").isdigit() else None


def import_accounts(
    ctx: ServiceContext,
    path: str | Path,
    *,
    sheet: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> AccountImportResult:
    """Add and update accounts from an Excel sheet; all or nothing (AccountImportError lists every problem)."""
    path = Path(path)
    sheet_title, rows, problems = _read_rows(path, sheet)
    if problems:
        raise AccountImportError(problems)
    if not rows:
        raise UserError(
            f"{path.name}, sheet {sheet_title}: there are no accounts below the header row.",
            f"{path.name}, lembar {sheet_title}: tidak ada akun di bawah baris judul.",
        )
    added: list[str] = []
    updated: list[str] = []
    unchanged = 0
    with writing(ctx) as session:
        require(session, ctx, Action.CHART_OF_ACCOUNTS, "import the chart of accounts", "mengimpor bagan akun")
        existing = {a.code: a for a in session.scalars(select(Account))}
        chart = {code: a.side for code, a in existing.items()}
        chart.update({row.code: row.side for row in rows if row.side is not None})
        for done, row in enumerate(rows, start=1):
            account = existing.get(row.code)
            if account is None:
                others = {code: side for code, side in chart.items() if code != row.code}
                side = row.side or resolve_side(row.code, others)
                session.add(
                    Account(
                        code=row.code,
                        name=row.name,
                        active=True if row.active is None else row.active,
                        side=side,
                    )
                )
                chart[row.code] = side
                added.append(row.code)
            else:
                changed = False
                if row.side is not None and account.side != row.side:
                    account.side = row.side
                    changed = True
                if account.name != row.name:
                    account.name = row.name
                    changed = True
                if row.active is not None and bool(account.active) != row.active:
                    account.active = row.active
                    changed = True
                if changed:
                    updated.append(row.code)
                else:
                    unchanged += 1
            if progress is not None and done % 200 == 0:
                progress(done, len(rows), "")
        refuse_side_conflicts(session)
    return AccountImportResult(sheet=sheet_title, added=tuple(added), updated=tuple(updated), unchanged=unchanged)
