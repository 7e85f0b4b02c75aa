"""The one way finished work is reported: a quiet line with "Open" and "Show in folder".

When a document or a workbook has been written, :func:`announce_file` shows what was written in the
status bar of the main window — or, inside a dialog (a record editor is modal, so the main window's
status bar cannot be clicked), on a line at the bottom of that dialog — with a button that opens
the file and one that shows it in its folder. Nothing has to be clicked away: the line stays until
the next report or until the clerk closes it. A dialog is used only where the clerk must choose.

    announce_file(self, path, self.tr("Travel budget written: %1").replace("%1", path.name))
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

__all__ = ["FileNotice", "announce_file", "open_file", "show_in_folder"]

NOTICE_NAME = "fileNotice"

#: Tests replace these so nothing is opened on the machine.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def open_file(path: Path) -> bool:
    return bool(open_url(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the file's folder (on Windows with the file selected in Explorer)."""
    if sys.platform == "win32" and open_url is QDesktopServices.openUrl:
        subprocess.Popen(["explorer", "/select,", str(path)])
        return True
    return bool(open_url(QUrl.fromLocalFile(str(path.parent))))


class FileNotice(QFrame):
    """ "<message>  [Open] [Show in folder] ×" for one written file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(NOTICE_NAME)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.path: Path | None = None
        self.opener: Callable[[Path], object] | None = None
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(16, 16))
        self.label = QLabel(self)
        self.label.setObjectName("fileNoticeText")
        self.label.setWordWrap(True)  # notes about the written file may follow the first line
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("fileNoticeOpen")
        self.open_button.clicked.connect(self.open)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("fileNoticeFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("fileNoticeClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the file with its program"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setToolTip(self.tr("Open the folder that holds the file"))
        self.close_button.setToolTip(self.tr("Close this message"))

    def show_file(self, path: Path, text: str, opener: Callable[[Path], object] | None = None) -> None:
        self.path = path
        self.opener = opener
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()

    def open(self) -> None:
        if self.path is not None:
            if self.opener is not None:
                self.opener(self.path)
            else:
                open_file(self.path)

    def show_folder(self) -> None:
        if self.path is not None:
            show_in_folder(self.path)


def _notice_of(window: QWidget) -> FileNotice | None:
    existing = window.findChild(FileNotice, NOTICE_NAME)
    if existing is not None:
        return existing
    if isinstance(window, QMainWindow):
        notice = FileNotice(window)
        window.statusBar().addWidget(notice, 1)
        return notice
    layout = window.layout()
    if isinstance(layout, QBoxLayout):
        notice = FileNotice(window)
        layout.addWidget(notice)
        return notice
    return None


def announce_file(
    parent: QWidget | None, path: str | Path, text: str, opener: Callable[[Path], object] | None = None
) -> FileNotice | None:
    """Say that ``path`` was written (``text``), with Open and Show in folder, in the window of ``parent``.

    ``opener`` opens the file when Open is clicked (e.g. a PDF in the print preview); by default the
    system's program for it."""
    window = parent.window() if parent is not None else _main_window()
    notice = _notice_of(window) if window is not None else None
    if notice is None:
        # No window to hold the line (a command run without the main window): say it in a box.
        QMessageBox.information(parent, QCoreApplication.translate("FileNotice", "Written"), text)
        return None
    notice.show_file(Path(path), text, opener)
    return notice


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None
