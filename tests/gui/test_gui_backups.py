"""The window's side of issue 11, part B: File > Backups, a damaged file, no database at the path, read-only.

The tests start in Indonesian (tests/gui/conftest.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from secretariat.domain.records import PartnerData
from secretariat.gui import app as app_module
from secretariat.gui.backups import dialog as dialog_module
from secretariat.gui.backups.dialog import BackupsDialog
from secretariat.gui.backups.start_window import StartWindow
from secretariat.gui.main_window import MainWindow
from secretariat.services.backups import DamagedDatabaseError, NoDatabaseError, back_up, list_backups
from secretariat.services.context import ServiceContext
from secretariat.services.partners.records import create_partner
from secretariat.services.session_start import close_session, open_session


def _partner(ctx: ServiceContext, code: str) -> None:
    create_partner(ctx, PartnerData(code=code, name=f"Partner {code}", kind="regional_government", country_code="JP"))


def _codes(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT code FROM partner ORDER BY id")]
    finally:
        connection.close()


def _damage_partners(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'partner'").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


@pytest.fixture
def office(tmp_path: Path):
    ctx = open_session(str(tmp_path / "office.sqlite3"), "clerk1", create=True)  # the first user: administrator
    _partner(ctx, "P-1")
    yield ctx
    close_session(ctx)


def test_the_backups_window_lists_backs_up_and_restores(qtbot, office: ServiceContext, monkeypatch) -> None:
    back_up(office)
    _partner(office, "P-2")
    dialog = BackupsDialog(office)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.item(0, 1).text() == "atas permintaan" and dialog.table.item(0, 4).text() == "baik"
    assert dialog.windowTitle() == "Cadangan"
    with qtbot.waitSignal(dialog.listed, timeout=30_000):
        dialog.back_up_now()
    assert dialog.table.rowCount() == 2 and len(list_backups(office.database)) == 2
    # The older backup holds only P-1: restore it.
    dialog.table.selectRow(1)
    monkeypatch.setattr(dialog_module, "confirm_restore", lambda _parent, _text: True)
    with qtbot.waitSignal(dialog.restored, timeout=30_000) as restored:
        dialog.restore_selected()
    assert restored.args == [office.database.display_location]
    assert _codes(Path(office.database.display_location)) == ["P-1"]


def test_a_clerk_sees_the_backups_but_may_not_restore(qtbot, office: ServiceContext) -> None:
    back_up(office)
    clerk = open_session(office.database.display_location, "clerk2")
    try:
        dialog = BackupsDialog(clerk)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
        assert not dialog.restore_button.isEnabled() and not dialog.restore_file_button.isEnabled()
        assert "administrator" in dialog.restore_button.toolTip()
        assert not dialog.keep_daily.isEnabled() and not dialog.save_settings_button.isEnabled()
    finally:
        close_session(clerk)


def test_a_damaged_file_shows_one_message_and_restores_the_newest_good_backup(
    qtbot, office: ServiceContext, monkeypatch
) -> None:
    # The start window acts as the person at the workstation (the operating-system login): the administrator.
    from secretariat.services.backups import restore as restore_module

    monkeypatch.setattr(restore_module, "current_os_login", lambda: "clerk1")
    good = back_up(office)
    path = Path(office.database.display_location)
    close_session(office)
    _damage_partners(path)
    # Opening works (the damaged page is the partners'); the quick check after the first paint finds it.
    ctx = open_session(str(path), "clerk1")
    application = app_module.Application(ctx, target=str(path))  # closed below: it replaces its windows itself
    application.window.show()
    application.check_after_paint()
    qtbot.waitUntil(lambda: isinstance(application.window, StartWindow), timeout=30_000)
    window = application.window
    assert isinstance(window, StartWindow) and window.damaged
    assert window.heading.text() == "Berkas basis data rusak"
    message = window.message.text()
    assert message.startswith(f"Berkas basis data {path} rusak") and str(good.path) in message
    assert isinstance(window.problem, DamagedDatabaseError)
    assert message == window.problem.message("id")  # the same sentence the command line prints
    assert window.restore_button.isVisibleTo(window) and not window.create_button.isVisibleTo(window)
    window.restore_newest()
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=60_000)
    assert _codes(path) == ["P-1"]
    kept = [v for v in list_backups(application.ctx.database) if v.reason == "before-restore"]
    assert len(kept) == 1 and not kept[0].ok  # the damaged file, kept as found
    application.close()


@pytest.mark.no_silent_databases
def test_no_database_at_the_path_offers_to_create_one_and_creates_nothing_until_asked(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "typo.sqlite3"
    with pytest.raises(NoDatabaseError) as refused:
        open_session(str(target))
    application = app_module.Application(None, target=str(target), problem=refused.value)
    window = application.window  # closed below: the application replaces its windows itself
    window.show()
    assert isinstance(window, StartWindow) and not window.damaged
    assert window.heading.text() == "Belum ada basis data di sini"
    assert str(target) in window.message.text()
    assert not target.exists()
    window.create_here()
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=60_000)
    assert target.exists() and QSettings().value(app_module.LAST_DATABASE_KEY) == str(target)
    application.close()


def test_a_read_only_database_says_so_in_the_window(qtbot, office: ServiceContext) -> None:
    from sqlalchemy.orm import sessionmaker

    from secretariat.services.session_start import context_for
    from secretariat.storage import sqlite_files
    from secretariat.storage.engine import Database

    path = Path(office.database.display_location)
    engine = sqlite_files.read_only_engine(path, str(path))
    database = Database(url=office.database.url, engine=engine, sessions=sessionmaker(engine), read_only=True)
    ctx = context_for(database, "clerk1")
    window = MainWindow(ctx, show_welcome=False)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_label.isVisibleTo(window) and window.read_only_label.text() == "Hanya-baca"
    assert window.windowTitle() == "Secretariat (hanya-baca)"
    window.close()
    database.dispose()
