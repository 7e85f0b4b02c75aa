"""Writing a document to a file the user named, so that no typo can destroy anything.

The one implementation for the command line and the window (drafts, visit documents, travel budgets,
budget workbooks, exports, templates, errors workbooks, backups' ``--to``):

- the name must end as the kind written does (``.pdf``, ``.xlsx``);
- the open database, any SQLite database, and any existing file that is not of the kind being
  written are never written over, whatever the name says;
- an existing file of the same kind is replaced only when the user said so (``--force`` on the
  command line; in the window the save dialog asks);
- the document is written to a temporary file in the target's folder and renamed into place in one
  step, so a failure (a full disk, a killed process, the file open in Excel) never leaves a partial
  file, and the old file stays whole until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from secretariat.domain.errors import UserError
from secretariat.storage.engine import Database, sqlite_path, to_url
from secretariat.storage.sqlite_files import SQLITE_HEADER

__all__ = [
    "PDF",
    "XLSX",
    "OutputExistsError",
    "OutputKind",
    "OutputRefusedError",
    "check_new_file",
    "check_output",
    "write_output",
]

T = TypeVar("T")


class OutputRefusedError(UserError):
    """The file named cannot be written (and nothing was)."""


class OutputExistsError(OutputRefusedError):
    """A file of the same kind is there; it is replaced only when the user says so (``--force``)."""

    def __init__(self, path: Path, message_en: str, message_id: str) -> None:
        super().__init__(message_en, message_id)
        self.path = path


@dataclass(frozen=True)
class OutputKind:
    name_en: str
    name_id: str
    suffix: str
    is_kind: Callable[[Path], bool]


def _starts_with(prefix: bytes) -> Callable[[Path], bool]:
    def check(path: Path) -> bool:
        with path.open("rb") as handle:
            return handle.read(len(prefix)) == prefix

    return check


def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "[Content_Types].xml" in names and any(name.startswith("xl/") for name in names)


PDF = OutputKind("PDF document", "dokumen PDF", ".pdf", _starts_with(b"%PDF-"))
XLSX = OutputKind("Excel workbook", "buku kerja Excel", ".xlsx", _is_xlsx)


def _database_files(database: Database | str | None) -> set[Path]:
    if database is None:
        return set()
    path = sqlite_path(database.url if isinstance(database, Database) else to_url(database))
    if path is None:
        return set()
    path = path.resolve()
    return {path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))}


def _same_file(path: Path, others: set[Path]) -> bool:
    if path in others:
        return True
    for other in others:
        try:
            if path.exists() and other.exists() and os.path.samefile(path, other):
                return True
        except OSError:
            continue
    return False


def _where(label: str) -> str:
    return f"{label}: " if label else ""


def _refuse_folder_problems(target: Path, label: str) -> None:
    prefix = _where(label)
    if target.is_dir():
        raise OutputRefusedError(
            f"{prefix}{target} is a folder; give a file name in it.",
            f"{prefix}{target} adalah folder; berikan nama berkas di dalamnya.",
        )
    if not target.parent.is_dir():
        raise OutputRefusedError(
            f"{prefix}the folder {target.parent} does not exist.", f"{prefix}folder {target.parent} tidak ada."
        )
    if not os.access(target.parent, os.W_OK):
        raise OutputRefusedError(
            f"{prefix}cannot write into {target.parent}.", f"{prefix}tidak dapat menulis ke {target.parent}."
        )


def _refuse_databases(target: Path, database: Database | str | None, label: str) -> None:
    prefix = _where(label)
    if _same_file(target, _database_files(database)):
        raise OutputRefusedError(
            f"{prefix}{target} is the open database; nothing was written. Give another file name.",
            f"{prefix}{target} adalah basis data yang sedang dibuka; tidak ada yang ditulis. Berikan nama berkas lain.",
        )
    if target.is_file():
        try:
            with target.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError:
            head = b""
        if head == SQLITE_HEADER:
            raise OutputRefusedError(
                f"{prefix}{target} is a database; nothing is ever written over one. Give another file name.",
                f"{prefix}{target} adalah basis data; tidak ada yang pernah ditulis menimpanya. Berikan nama berkas "
                "lain.",
            )


def check_output(
    path: str | Path,
    kind: OutputKind,
    *,
    database: Database | str | None = None,
    force: bool = False,
    label: str = "",
) -> Path:
    """The resolved target for a document of ``kind``, or an :class:`OutputRefusedError` saying why not.

    ``database`` is the open database (never written over); ``label`` names the option in messages
    (``--out``). An existing file of the same kind is accepted only with ``force``
    (:class:`OutputExistsError` otherwise).
    """
    target = Path(path).expanduser().resolve()
    prefix = _where(label)
    _refuse_folder_problems(target, label)
    _refuse_databases(target, database, label)
    if target.suffix.lower() != kind.suffix:
        raise OutputRefusedError(
            f"{prefix}{target.name}: a {kind.name_en} is written; give a name ending in {kind.suffix}.",
            f"{prefix}{target.name}: yang ditulis {kind.name_id}; berikan nama berakhiran {kind.suffix}.",
        )
    if target.exists():
        empty = target.stat().st_size == 0
        if not empty and not kind.is_kind(target):
            raise OutputRefusedError(
                f"{prefix}{target} is not a {kind.name_en} although its name says so; it is never written over. "
                "Give another file name.",
                f"{prefix}{target} bukan {kind.name_id} walaupun namanya demikian; berkas itu tidak pernah ditimpa. "
                "Berikan nama berkas lain.",
            )
        if not force:
            raise OutputExistsError(
                target,
                f"{prefix}{target} already exists; give --force to replace it, or another file name.",
                f"{prefix}{target} sudah ada; berikan --force untuk menggantinya, atau nama berkas lain.",
            )
    return target


def check_new_file(path: str | Path, database: Database | str | None = None, *, label: str = "--to") -> Path:
    """A target that must not exist yet (a backup's ``--to``): never the database, never over any file."""
    target = Path(path).expanduser().resolve()
    _refuse_folder_problems(target, label)
    if target.exists():
        _refuse_databases(target, database, label)  # the open database named as the target: said as such
        prefix = _where(label)
        raise OutputRefusedError(
            f"{prefix}{target} already exists; give the name of a new file.",
            f"{prefix}{target} sudah ada; berikan nama berkas baru.",
        )
    return target


def write_output(
    path: str | Path,
    kind: OutputKind,
    write: Callable[[Path], T] | bytes,
    *,
    database: Database | str | None = None,
    force: bool = False,
    label: str = "",
) -> tuple[Path, T | None]:
    """Check ``path`` (:func:`check_output`), write the document to a temporary file beside it, and
    rename that into place. ``write`` is the bytes, or a function writing the document to the path it
    is given (the temporary file); returns the target and what ``write`` returned. A failure leaves no
    partial file and any old file whole."""
    target = check_output(path, kind, database=database, force=force, label=label)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    result: T | None = None
    try:
        if isinstance(write, bytes):
            temporary.write_bytes(write)
        else:
            result = write(temporary)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        # The world may have changed while the document was made (a long export): look again.
        check_output(target, kind, database=database, force=force or not target.exists(), label=label)
        os.replace(temporary, target)
    except PermissionError:
        temporary.unlink(missing_ok=True)
        raise OutputRefusedError(
            f"Cannot write {target}: it is open in another program or the folder is read-only.",
            f"Tidak dapat menulis {target}: berkas sedang dibuka program lain atau foldernya hanya-baca.",
        ) from None
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputRefusedError(
            f"Cannot write {target}: {exc.strerror or exc}.", f"Tidak dapat menulis {target}: {exc.strerror or exc}."
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target, result
