"""Screenshots of the window, every editor and the reference-data dialogs, for the README and for looking
at the layout.

    python tools/gui_screenshots.py OUT_DIR [--language id|en] [--size 1024x700] [--scale 1.5] [--small]
    python tools/gui_screenshots.py OUT_DIR --matrix

Makes a demonstration database (scale 1) in a temporary folder and saves PNGs of the dashboard, every
register, the settings dialog, the welcome page of an empty database, every record editor (each of its
tabs, History included: a partner is edited first so that its history lists a change), the transaction,
contact and stage editors, and the reference-data dialogs (stages, fields of cooperation, countries,
chart of accounts, rate table, travel costs), in one language, on one screen.

``--size`` is the screen in device pixels and ``--scale`` its scaling (QT_SCALE_FACTOR): the window fills
the screen (1600x1000 at 1.5 is a screen of 1067 x 667 logical pixels) and the dialogs open at their own
size, as on that screen. Qt runs offscreen on a screen of that size (the offscreen platform's configfile),
so what a dialog does to fit its screen is done here too. Qt reads both before it starts: each screen
needs its own process, which ``--matrix`` runs: Indonesian and English, at 1024x700 and at 1600x1000
with 150 % scaling (issue 17), each in OUT_DIR/<language>_<size>[_x<scale>]/.

A dialog that does not fit its screen is named on the standard output ("does not fit").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The screens of issue 17: (size in device pixels, scale factor).
MATRIX = (("1024x700", "1"), ("1600x1000", "1.5"))


def _run_matrix(out: Path, small: bool) -> None:
    for language in ("id", "en"):
        for size, scale in MATRIX:
            folder = out / (f"{language}_{size}" + ("" if scale == "1" else f"_x{scale}"))
            command = [sys.executable, __file__, str(folder), "--language", language, "--size", size, "--scale", scale]
            if small:
                command.append("--small")
            print("running", " ".join(command[2:]), flush=True)
            subprocess.run(command, check=True)


def _offscreen_screen(folder: Path, width: int, height: int) -> None:
    """Qt's offscreen platform on one screen of ``width`` x ``height`` device pixels."""
    config = folder / "screen.json"
    screen = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="id", choices=("id", "en"))
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x800", help="the screen, in device pixels")
    parser.add_argument("--matrix", action="store_true", help="both languages on the two screens of issue 17")
    parser.add_argument(
        "--small",
        action="store_true",
        help="256-colour PNGs, a third of the size (for docs/screenshots, each under 200 KB)",
    )
    args = parser.parse_args()
    if args.matrix:
        _run_matrix(args.out, args.small)
        return
    folder = Path(tempfile.mkdtemp(prefix="secretariat-shots-"))
    screen_width, screen_height = (int(n) for n in args.size.split("x"))
    os.environ["QT_SCALE_FACTOR"] = args.scale
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        _offscreen_screen(folder, screen_width, screen_height)

    from PySide6.QtCore import QEventLoop, QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

    from secretariat.gui.app import create_application
    from secretariat.gui.i18n import apply_language
    from secretariat.gui.main_window import PAGES, MainWindow
    from secretariat.gui.settings_dialog import SettingsDialog
    from secretariat.services.demo import load_demo
    from secretariat.services.session_start import close_session, open_session

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = create_application([sys.argv[0]])
    apply_language(args.language)
    screen = app.primaryScreen().availableGeometry()
    suffix = f"_{args.language}" + ("" if args.scale in ("1", "1.0") else f"_x{args.scale}")
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        if widget.width() > screen.width() or widget.height() > screen.height():
            print(
                f"{name}: {widget.width()} x {widget.height()} does not fit the screen ({screen.width()} x "
                f"{screen.height()} logical pixels)"
            )
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

    def save_dialog(dialog: QDialog, name: str) -> None:
        """The dialog as it opens, then each of its tabs (the outermost tab widget's)."""
        dialog.show()
        settle(0.4)
        tabs = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()]
        outer = min(tabs, key=lambda t: _depth(t, dialog)) if tabs else None
        if outer is None or outer.count() < 2:
            save(dialog, name)
        else:
            for index in range(outer.count()):
                outer.setCurrentIndex(index)
                settle(0.3)
                save(dialog, f"{name}_tab{index}")
        dialog.reject()
        dialog.deleteLater()
        settle(0.1)

    ctx = open_session(str(folder / "demo.sqlite3"), "clerk", create=True)
    load_demo(ctx, scale=1)
    _edit_a_partner(ctx)
    window = MainWindow(ctx)
    window.resize(screen.width(), screen.height())
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
    for name, make in _dialogs(ctx, window):
        save_dialog(make(), name)
    window.close()
    close_session(ctx)

    empty = open_session(str(folder / "empty.sqlite3"), "clerk", create=True)
    welcome = MainWindow(empty)
    welcome.resize(screen.width(), screen.height())
    welcome.show()
    settle()
    save(welcome, "welcome")
    welcome.close()
    close_session(empty)
    QApplication.processEvents()
    print(f"saved to {args.out}")


def _depth(widget: object, top: object) -> int:
    depth = 0
    while widget is not None and widget is not top:
        widget = widget.parentWidget()  # type: ignore[attr-defined]
        depth += 1
    return depth


def _edit_a_partner(ctx: object) -> None:
    """Change the first partner's city and phone, so that its History tab lists changes."""
    import dataclasses

    from secretariat.services import registers
    from secretariat.services.partners import records as partners
    from secretariat.services.registers import RegisterQuery

    partner_id = registers.find_ids(ctx, "partners", RegisterQuery())[0]  # type: ignore[arg-type]
    view = partners.get_partner(ctx, partner_id)  # type: ignore[arg-type]
    data = dataclasses.replace(view.to_data(), city="Surabaya", phone="+62 31 352 4001")
    partners.update_partner(ctx, partner_id, data, loaded=view)  # type: ignore[arg-type]


def _dialogs(ctx: object, window: object) -> list[tuple[str, object]]:
    """(name, a function making the dialog) for every editor and reference-data dialog, on demo records."""
    from secretariat.gui.budget.accounts_dialog import AccountsDialog
    from secretariat.gui.budget.rate_table import RateTableDialog
    from secretariat.gui.budget.transaction_dialog import TransactionDialog
    from secretariat.gui.delegations.travel_costs_dialog import TravelCostRatesDialog
    from secretariat.gui.partners.contact_dialog import ContactDialog
    from secretariat.gui.record_editors import KINDS, editor_class
    from secretariat.gui.reference.country_flags_dialog import CountryFlagsDialog
    from secretariat.gui.reference.sector_dialog import SectorDialog
    from secretariat.gui.reference.stage_list_dialog import StageEditor, StageListDialog
    from secretariat.gui.registers.page import EDITOR_KINDS
    from secretariat.services import registers
    from secretariat.services.agreements.stages import list_stages
    from secretariat.services.budget.lines import get_budget_line
    from secretariat.services.partners.records import get_partner
    from secretariat.services.registers import RegisterQuery

    register_of = {kind: register for register, kind in EDITOR_KINDS.items()}
    made: list[tuple[str, object]] = []
    for kind in KINDS:
        record_id = registers.find_ids(ctx, register_of[kind], RegisterQuery())[0]  # type: ignore[arg-type]
        made.append((f"editor_{kind}", lambda k=kind, r=record_id: editor_class(k)(ctx, r, window)))
        made.append((f"editor_{kind}_new", lambda k=kind: editor_class(k)(ctx, None, window)))
    line = next(
        get_budget_line(ctx, i)  # type: ignore[arg-type]
        for i in registers.find_ids(ctx, "budget", RegisterQuery())  # type: ignore[arg-type]
        if get_budget_line(ctx, i).transactions  # type: ignore[arg-type]
    )
    made.append(
        (
            "editor_transaction",
            lambda: TransactionDialog(
                ctx, line.transactions[0].id, window, budget_line_id=line.id, fiscal_year=line.fiscal_year
            ),
        )
    )
    partner = next(
        p
        for p in (get_partner(ctx, i) for i in registers.find_ids(ctx, "partners", RegisterQuery()))  # type: ignore[arg-type]
        if p.contacts
    )
    made.append(
        (
            "editor_contact",
            lambda: ContactDialog(ctx, partner.contacts[0].id, window, partner_id=partner.id, view=partner.contacts[0]),
        )
    )
    stage = list_stages(ctx)[1]  # type: ignore[arg-type]
    made.append(("editor_stage", lambda: StageEditor(ctx, None, window, code=stage.code)))
    for name, cls in (
        ("reference_stages", StageListDialog),
        ("reference_sectors", SectorDialog),
        ("reference_countries", CountryFlagsDialog),
        ("reference_accounts", AccountsDialog),
        ("reference_exchange_rates", RateTableDialog),
        ("reference_travel_costs", TravelCostRatesDialog),
    ):
        made.append((name, lambda c=cls: c(ctx, window)))
    return made


if __name__ == "__main__":
    main()
