"""Signing in to a server, choosing one's password, and the Users dialog (pytest-qt, offscreen).

The sign-in tests run against the suite's PostgreSQL server, where every login but the superuser must
give its password (SCRAM). No real credential store is touched: the suite's keyring backend is the
"fail" one, and the test that remembers a password sets an in-memory store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy.engine import make_url

from secretariat.gui.i18n import apply_language
from secretariat.gui.main_window import MainWindow
from secretariat.gui.signin import ChangePasswordDialog, SignInDialog, sign_in
from secretariat.gui.users import AddUserDialog, UsersDialog
from secretariat.services import credentials, session_start, users
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.session_start import close_session, open_session
from secretariat.storage.migrate import open_database

FIRST_PASSWORD = "Pertama-budi-2026"


def _settings_text(folder: Path) -> str:
    QSettings().sync()
    return "\n".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def server_office(postgres_server: Any, pg_migrated_url: str) -> Iterator[dict[str, Any]]:
    """A migrated database on the suite's server with one clerk added by the owner (a first password)."""
    owner_db = open_database(pg_migrated_url)
    owner = open_context(owner_db)
    login = f"budi_{uuid.uuid4().hex[:8]}"
    users.add_user(owner, login, "Budi Santoso", "clerk", FIRST_PASSWORD)
    url = make_url(pg_migrated_url)
    target = session_start.ServerTarget(url.host or "", url.port or 5432, url.database or "", login)
    opened: list[ServiceContext] = []
    try:
        yield {"owner": owner, "login": login, "target": target, "opened": opened, "url": pg_migrated_url}
    finally:
        for ctx in opened:
            close_session(ctx)
        owner_db.dispose()
        with postgres_server.connect() as connection:
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')


def _when_modal(kind: type[QWidget], act: Callable[[Any], None], *, timeout_ms: int = 30_000) -> None:
    """Act on the next modal dialog of ``kind`` once it is shown (``exec`` blocks the test until then)."""
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
            return
        waited[0] += 50
        if waited[0] < timeout_ms:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)


# --- the sign-in dialog ------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_the_sign_in_dialog_says_what_is_wrong_and_signs_in(
    qtbot, server_office: dict[str, Any], private_settings: Path, tmp_path: Path
) -> None:
    target = server_office["target"]
    dialog = SignInDialog(session_start.ServerTarget(target.host, target.port, target.database, ""))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember_password_check.isEnabled()  # no credential store here
    dialog.sign_in()
    assert "Nama pengguna: wajib diisi" in dialog.message_label.text()
    dialog.user_edit.setText(server_office["login"])
    dialog.password_edit.setText("salah-sekali-123")
    dialog.sign_in()
    qtbot.waitUntil(
        lambda: "salah" in dialog.message_label.text() and dialog.sign_in_button.isEnabled(), timeout=30_000
    )
    assert dialog.message_label.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.result() == 0
    dialog.grab().save(str(tmp_path / "signin-refused-id.png"))
    dialog.password_edit.setText(FIRST_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.sign_in()
    server_office["opened"].append(dialog.ctx)
    assert dialog.ctx is not None and dialog.ctx.actor.login == server_office["login"]
    assert session_start.must_change_password(dialog.ctx)
    settings = _settings_text(private_settings)
    assert server_office["login"] in settings  # "remember my user name" is ticked by default
    assert FIRST_PASSWORD not in settings


@pytest.mark.postgres
def test_a_first_password_must_be_replaced_before_the_window_opens(
    qtbot, server_office: dict[str, Any], private_settings: Path
) -> None:
    new_password = "Pilihan-sendiri-77"

    def fill_sign_in(dialog: SignInDialog) -> None:
        dialog.password_edit.setText(FIRST_PASSWORD)
        dialog.sign_in()

    def fill_change(dialog: ChangePasswordDialog) -> None:
        assert dialog.current_edit.text() == FIRST_PASSWORD  # the one just typed
        assert dialog.cancel_button.text() == "Keluar"
        dialog.new_edit.setText(new_password)
        dialog.repeat_edit.setText("something else 1")
        dialog.change()
        assert "kedua kata sandi berbeda" in dialog.message_label.text()
        dialog.repeat_edit.setText(new_password)
        dialog.change()

    _when_modal(SignInDialog, fill_sign_in)
    _when_modal(ChangePasswordDialog, fill_change)
    signed_in = sign_in(server_office["target"].text())
    assert signed_in is not None
    server_office["opened"].append(signed_in.ctx)
    assert signed_in.ctx.actor.login == server_office["login"]
    assert not session_start.must_change_password(signed_in.ctx)
    assert "@" in signed_in.remembered_target and ":" not in make_url(signed_in.remembered_target).username
    assert make_url(signed_in.remembered_target).password is None
    # The first password no longer works; the new one does.
    with pytest.raises(Exception, match="password authentication failed"):
        open_session(server_office["target"], password=FIRST_PASSWORD)
    again = open_session(server_office["target"], password=new_password)
    server_office["opened"].append(again)
    assert new_password not in _settings_text(private_settings)


@pytest.mark.postgres
def test_a_remembered_password_lives_only_in_the_credential_store(
    qtbot, server_office: dict[str, Any], private_settings: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    target = server_office["target"]
    dialog = SignInDialog(target)
    qtbot.addWidget(dialog)
    assert dialog.remember_password_check.isEnabled()
    dialog.password_edit.setText(FIRST_PASSWORD)
    dialog.remember_password_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.sign_in()
    server_office["opened"].append(dialog.ctx)
    assert memory_keyring == {(credentials.SERVICE, target.credential_name()): FIRST_PASSWORD}
    assert FIRST_PASSWORD not in _settings_text(private_settings)
    # Next time the dialog fills it in from the store.
    again = SignInDialog(target)
    qtbot.addWidget(again)
    assert again.password_edit.text() == FIRST_PASSWORD and again.remember_password_check.isChecked()
    # Unticked, it is forgotten.
    again.remember_password_check.setChecked(False)
    with qtbot.waitSignal(again.accepted, timeout=30_000):
        again.sign_in()
    server_office["opened"].append(again.ctx)
    assert memory_keyring == {}


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    items: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if items.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        yield items
    finally:
        keyring.set_keyring(before)


def test_what_the_window_remembers_has_no_password() -> None:
    with_password = "postgresql+psycopg://budi:Rahasia-1@db.kantor:5433/secretariat?sslmode=require"
    assert session_start.target_without_password(with_password) == (
        "postgresql://budi@db.kantor:5433/secretariat?sslmode=require"
    )
    assert session_start.password_in(with_password) == "Rahasia-1"
    assert session_start.target_without_password("/home/budi/kantor.sqlite3") == "/home/budi/kantor.sqlite3"


# --- the Users dialog --------------------------------------------------------------------------------------------


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[dict[str, ServiceContext]]:
    admin = open_session(str(tmp_path / "office.sqlite3"), "admin1")
    clerk = open_context(admin.database, "clerk1")
    users.rename_user(admin, users.user_by_login(admin, "admin1").id, "Andi Wijaya")
    users.rename_user(admin, users.user_by_login(admin, "clerk1").id, "Budi Santoso")
    yield {"admin": admin, "clerk": clerk}
    close_session(admin)


def _row_of(dialog: UsersDialog, login: str) -> int:
    return next(row for row in range(dialog.table.rowCount()) if dialog.table.item(row, 0).text() == login)


def test_an_administrator_adds_changes_and_blocks_people(qtbot, workstation: dict[str, ServiceContext]) -> None:
    admin = workstation["admin"]
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_button.isEnabled() and not dialog.password_button.isVisible()  # no passwords on SQLite

    def fill(add: AddUserDialog) -> None:
        add.login_edit.setText("two words")
        add.name_edit.setText("Siti Rahma")
        add.add()
        assert "Nama pengguna: harus nama akun komputer" in add.message_label.text()
        add.login_edit.setText("siti")
        add.role_combo.setCurrentIndex(add.role_combo.findData("head"))
        add.add()

    _when_modal(AddUserDialog, fill)
    dialog.add_person()
    assert users.user_by_login(admin, "siti").role == "head"
    row = _row_of(dialog, "clerk1")
    dialog.table.selectRow(row)
    assert dialog.name_edit.text() == "Budi Santoso"
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("head"))
    dialog.save()
    assert users.user_by_login(admin, "clerk1").role == "head"
    dialog.table.selectRow(_row_of(dialog, "clerk1"))
    dialog.active_check.setChecked(False)
    dialog.save()
    assert not users.user_by_login(admin, "clerk1").active
    assert dialog.table.item(_row_of(dialog, "clerk1"), 3).text() == "Diblokir"
    # An administrator cannot block themselves, nor demote the last administrator.
    dialog.table.selectRow(_row_of(dialog, "admin1"))
    assert not dialog.active_check.isEnabled()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("clerk"))
    dialog.save()
    assert "administrator terakhir" in dialog.message_label.text()


def test_a_clerk_is_not_offered_the_users_dialog(qtbot, workstation: dict[str, ServiceContext]) -> None:
    window = MainWindow(workstation["clerk"], show_welcome=False)
    qtbot.addWidget(window)
    window.users_menu.update_actions()
    assert not window.users_menu.users_action.isEnabled()
    assert not window.users_menu.password_action.isVisible()  # a workstation has no passwords
    dialog = UsersDialog(workstation["clerk"])
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert "Hanya administrator yang dapat mengubah daftar ini." in dialog.intro_label.text()
    admin_window = MainWindow(workstation["admin"], show_welcome=False)
    qtbot.addWidget(admin_window)
    admin_window.users_menu.update_actions()
    assert admin_window.users_menu.users_action.isEnabled()


# --- pictures of both dialogs in both languages --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["id", "en"])
def test_screenshots_of_the_sign_in_and_users_dialogs(
    qtbot, workstation: dict[str, ServiceContext], tmp_path: Path, language: str
) -> None:
    apply_language(language)
    sign = SignInDialog(session_start.ServerTarget("db.kerjasama.local", 5432, "secretariat", "budi"))
    qtbot.addWidget(sign)
    sign.show()
    sign.password_edit.setText("xxxxxxxxxx")
    qtbot.waitExposed(sign)
    assert sign.sign_in_button.text() == ("&Masuk" if language == "id" else "Sign &in")
    sign.grab().save(str(tmp_path / f"signin-{language}.png"))
    open_context(workstation["admin"].database, "siti")
    dialog = UsersDialog(workstation["admin"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(_row_of(dialog, "clerk1"))
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == ("Pengguna" if language == "id" else "Users")
    dialog.grab().save(str(tmp_path / f"users-{language}.png"))
    assert (tmp_path / f"users-{language}.png").stat().st_size > 5_000
    assert isinstance(dialog, QDialog)
