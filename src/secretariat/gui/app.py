"""Starting the desktop program: Qt application, language, log, error hook, session, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretariat.domain.errors import UserError
from secretariat.gui.errors import install_excepthook, report_exception, user_message
from secretariat.gui.i18n import apply_language, chosen_language
from secretariat.gui.main_window import MainWindow
from secretariat.gui.workers import run_in_background, wait_for_all
from secretariat.services import session_start
from secretariat.services.context import ServiceContext
from secretariat.services.logs import configure_logging

log = logging.getLogger(__name__)

ORGANISATION = "Secretariat"
APPLICATION = "Secretariat"
LAST_DATABASE_KEY = "session/last_database"

__all__ = ["Application", "create_application", "run", "run_gui"]


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, set up once: names for QSettings, style, and the interface language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(APPLICATION)
    if sys.platform != "win32":
        # On Windows the native style is the right one; elsewhere Fusion looks closest to it.
        app.setStyle("Fusion")
    apply_language(chosen_language())
    return app


class Application(QObject):
    """The running program: its session and main window; swaps the session when another file is opened."""

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = MainWindow(ctx)
        self.window.database_chosen.connect(self.open_database)

    def open_database(self, target: str) -> None:
        """Open ``target`` on a worker thread (it may be upgraded first), then show it in the window."""

        def opened(ctx: ServiceContext) -> None:
            old = self.ctx
            self.ctx = ctx
            self.window.set_session(ctx)
            QSettings().setValue(LAST_DATABASE_KEY, target)
            session_start.close_session(old)

        run_in_background(
            self.window,
            lambda _progress: session_start.open_session(target),
            opened,
            title=QCoreApplication.translate("Application", "Opening %1…").replace("%1", target),
            cancellable=False,
        )

    def close(self) -> None:
        wait_for_all(timeout_ms=10_000)
        session_start.close_session(self.ctx)


def _refuse(message: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("Application", "Secretariat cannot start"), message)
    return 1


def run_gui(target: str, login: str | None = None) -> int:
    """Run the desktop program on the database ``target`` (a file path or a postgresql:// URL)."""
    log_file = configure_logging()
    app = create_application()
    install_excepthook()
    log.info("starting the GUI on %s (log: %s)", target, log_file)
    try:
        ctx = session_start.open_session(target, login)
    except UserError as exc:  # SchemaTooNewError, NotOurDatabaseError, a bad URL...
        log.warning("cannot open %s: %s", target, exc)
        return _refuse(user_message(exc))
    except Exception as exc:
        log.exception("cannot open %s", target)
        parent: QWidget | None = None
        report_exception(parent, exc)
        return 1
    application = Application(ctx)
    application.window.show()
    try:
        return app.exec()
    finally:
        application.close()


def run(target: str | None = None) -> int:
    """Open the window on ``target`` (``--db``), else on the database chosen by the one rule.

    The rule is ``storage.location.database_target``: ``SECRETARIAT_DB``, else the database opened
    last in the window, else the default file. The command line parses the arguments
    (``secretariat gui``, ``secretariat-gui``) and calls this.
    """
    create_application()
    last = str(QSettings().value(LAST_DATABASE_KEY, "") or "")
    return run_gui(session_start.choose_target(target, last or None))


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
