"""Screenshots of the main window for the README and for looking at the layout.

    QT_QPA_PLATFORM=offscreen python tools/gui_screenshots.py OUT_DIR [--language id|en] [--scale 1.5]

Makes a demonstration database (scale 1) in a temporary folder and saves PNGs of the dashboard, every
register, the settings dialog and the welcome page of an empty database, in one language and at one
scale factor (QT_SCALE_FACTOR is set before Qt starts, so each scale needs its own run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="id", choices=("id", "en"))
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument(
        "--small",
        action="store_true",
        help="256-colour PNGs, a third of the size (for docs/screenshots, each under 200 KB)",
    )
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from secretariat.gui.app import create_application
    from secretariat.gui.i18n import apply_language
    from secretariat.gui.main_window import PAGES, MainWindow
    from secretariat.gui.settings_dialog import SettingsDialog
    from secretariat.services.demo import load_demo
    from secretariat.services.session_start import close_session, open_session

    folder = Path(tempfile.mkdtemp(prefix="secretariat-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = create_application([sys.argv[0]])
    apply_language(args.language)
    width, height = (int(n) for n in args.size.split("x"))
    suffix = f"_{args.language}" + ("" if args.scale in ("1", "1.0") else f"_x{args.scale}")
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        image = widget.grab().toImage()
        if args.small:
            image = image.convertToFormat(
                QImage.Format.Format_Indexed8,
                Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
            )
        image.save(str(args.out / f"{name}{suffix}.png"), "PNG", 0 if args.small else -1)

    def settle(seconds: float = 0.6) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    ctx = open_session(str(folder / "demo.sqlite3"), "clerk", create=True)
    load_demo(ctx, scale=1)
    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()
    for name in PAGES:
        window.show_page(name)
        settle()
        save(window, name)
    dialog = SettingsDialog(ctx, window)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle(0.2)
        save(dialog, f"settings_{index}")
    dialog.close()
    window.close()
    close_session(ctx)

    empty = open_session(str(folder / "empty.sqlite3"), "clerk", create=True)
    welcome = MainWindow(empty)
    welcome.resize(width, height)
    welcome.show()
    settle()
    save(welcome, "welcome")
    welcome.close()
    close_session(empty)
    QApplication.processEvents()
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
