"""The file a save dialog gave, made whole: its suffix, and whether replacing an existing file was agreed.

The window writes every document through ``services.output_files`` (never over the open database,
any database, or a file of another kind; through a temporary file renamed into place). Qt's save
dialog asks before it gives the name of an existing file; when the name lacked the suffix and the
completed name exists, the window asks here. The answer becomes ``force``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["ask_replace", "chosen_output"]


def _ask(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SaveFiles", "Replace the file?"),
        QCoreApplication.translate("SaveFiles", "%1 already exists. Replace it?").replace("%1", str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


#: Tests replace this to answer without a dialog.
ask_replace: Callable[[QWidget | None, Path], bool] = _ask


def chosen_output(parent: QWidget | None, path_text: str, suffix: str) -> tuple[Path, bool] | None:
    """(target, force) for the name a save dialog returned; None when the clerk declines to replace a file.

    A name with the suffix came through the dialog, which asked before giving an existing file, so it may
    replace one. A name completed here with the suffix is asked about now when that file exists.
    """
    target = Path(path_text)
    if target.suffix.lower() == suffix.lower():
        return target, True
    target = target.with_name(target.name + suffix)
    if not target.exists():
        return target, False
    if not ask_replace(parent, target):
        return None
    return target, True
