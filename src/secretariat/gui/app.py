"""Starting the desktop program: Qt application, language, log, error hook, main window, session.

The window's frame (navigation, menus, status bar) is shown and painted first; the database is opened
(and upgraded when needed) on a worker thread meanwhile, which also loads the heavy modules (SQLAlchemy
and the models, the services, the pages); the window then shows the first page over the session.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretariat import desktop_check
from secretariat.domain.errors import UserError
from secretariat.gui.errors import install_excepthook, report_exception, user_message
from secretariat.gui.i18n import apply_language, chosen_language
from secretariat.gui.main_window import MainWindow
from secretariat.gui.workers import run_in_background, wait_for_all
from secretariat.services.logs import configure_logging

if TYPE_CHECKING:
    from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

ORGANISATION = "Secretariat"
APPLICATION = "Secretariat"
LAST_DATABASE_KEY = "session/last_database"
#: Set (to anything but "" or "0") to close the program as soon as its window has been painted once:
#: how the smoke test of the frozen build, CI under Xvfb and the start-up benchmark start the window.
QUIT_AFTER_START_ENV = "SECRETARIAT_QUIT_AFTER_START"
#: How long after the first page shows the editors' modules start loading in the background.
EDITORS_AFTER_MS = 1500

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


def _open_and_load(target: str, login: str | None) -> ServiceContext:
    """On the worker thread: open the session, and load the modules of the first page meanwhile."""
    from secretariat.services import session_start

    ctx = session_start.open_session(target, login)
    try:
        import secretariat.gui.dashboard
        import secretariat.gui.registers.page  # noqa: F401 - loaded here, not on the GUI thread
        from secretariat.gui.formatting import format_date, format_money, format_number
        from secretariat.gui.i18n import current_language

        # Babel reads its locale data on first use: here, not while the first page is being filled.
        language = current_language()
        format_date(date.today(), language, short=True), format_number(1000, language), format_money(1, "IDR", language)
    except Exception:
        session_start.close_session(ctx)
        raise
    return ctx


def _load_database_modules() -> None:
    """On a plain thread started with the window: import SQLAlchemy, the models and the services while the
    GUI thread builds and paints the frame (the second core works meanwhile; the session's worker then
    finds them loaded)."""
    try:
        import secretariat.services.context
        import secretariat.storage.migrate  # noqa: F401
    except Exception:  # the worker that opens the session imports them again and reports what failed
        log.debug("loading the database modules ahead failed", exc_info=True)


def _load_editors() -> None:
    """On a worker thread: import the record editors and the pages not shown yet (modules only, no widget)."""
    from secretariat.gui.record_editors import KINDS, editor_class

    for kind in KINDS:
        editor_class(kind)
    import secretariat.gui.budget.overview  # noqa: F401 - the budget page (openpyxl, for its workbook)


class Application(QObject):
    """The running program: its session and main window; swaps the session when another file is opened.

    Made without a session (``ctx`` None), it shows the window's frame; :meth:`start` then opens the
    database in the background and hands the session to the window.
    """

    #: The first database could not be opened (the message was shown); the program should end (exit 1).
    start_failed = Signal()

    def __init__(self, ctx: ServiceContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        if ctx is None:
            threading.Thread(target=_load_database_modules, name="secretariat-load-modules", daemon=True).start()
        self.window = MainWindow(ctx)
        self.window.database_chosen.connect(self.open_database)

    def start(self, target: str, login: str | None = None) -> None:
        """Open the first database ``target`` on a worker thread, then show it in the window."""

        def opened(ctx: ServiceContext) -> None:
            self.ctx = ctx
            self.window.set_session(ctx)
            # Then, once the first page has been filled, the editors' modules load in the background, so
            # that the first record opened does not wait for them on the GUI thread.
            QTimer.singleShot(
                EDITORS_AFTER_MS,
                lambda: run_in_background(None, lambda _progress: _load_editors(), on_error=lambda _error: None),
            )

        def refused(error: BaseException) -> None:
            if isinstance(error, UserError):  # SchemaTooNewError, NotOurDatabaseError, a bad URL...
                log.warning("cannot open %s: %s", target, error)
                _refuse(user_message(error), self.window)
            else:
                log.error("cannot open %s", target, exc_info=(type(error), error, error.__traceback__))
                report_exception(self.window, error)
            self.start_failed.emit()

        run_in_background(self.window, lambda _progress: _open_and_load(target, login), opened, on_error=refused)

    def open_database(self, target: str) -> None:
        """Open ``target`` on a worker thread (it may be upgraded first), then show it in the window."""
        from secretariat.services import session_start

        def opened(ctx: ServiceContext) -> None:
            old = self.ctx
            self.ctx = ctx
            self.window.set_session(ctx)
            QSettings().setValue(LAST_DATABASE_KEY, target)
            if old is not None:
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
        if self.ctx is not None:
            from secretariat.services import session_start

            session_start.close_session(self.ctx)


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the program's log; a fatal one (a platform plugin that cannot load) too,
    before Qt aborts the program."""
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    logging.getLogger(f"qt.{context.category or 'default'}").log(level, "%s", message)
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)  # as Qt would; a fatal one is all a terminal sees before the abort


def _platform_refused() -> int | None:
    """Exit code 1 when Qt could not open a window here (named in the log and on stderr), else None."""
    problem = desktop_check.platform_problem()
    if problem is None:
        return None
    log.error("the window cannot be started: %s", problem.message_en)
    print(problem.message("id" if os.environ.get("LANG", "").startswith("id") else "en"), file=sys.stderr)
    return 1


class _QuitAfterFirstPaint(QObject):
    """Closes the program once the window has painted itself with its database open (see
    QUIT_AFTER_START_ENV): the frame's first paint is logged, then the first paint after the session."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self._started = started
        self._window = window
        self._framed = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            elapsed = time.perf_counter() - self._started
            if not self._framed:
                self._framed = True
                log.info("window frame painted %.3f s after the start of the GUI", elapsed)
            if self._window.ctx is not None:
                watched.removeEventFilter(self)
                log.info(
                    "window painted %.3f s after the start of the GUI; quitting (%s)", elapsed, QUIT_AFTER_START_ENV
                )
                QTimer.singleShot(0, QCoreApplication.quit)  # after this paint and what is queued behind it
        return False


def _quit_after_start() -> bool:
    return os.environ.get(QUIT_AFTER_START_ENV, "").strip() not in ("", "0")


def _refuse(message: str, parent: QWidget | None = None) -> int:
    QMessageBox.critical(parent, QCoreApplication.translate("Application", "Secretariat cannot start"), message)
    return 1


def run_gui(target: str, login: str | None = None) -> int:
    """Run the desktop program on the database ``target`` (a file path or a postgresql:// URL)."""
    started = time.perf_counter()
    log_file = configure_logging()
    refused = _platform_refused()
    if refused is not None:
        return refused
    qInstallMessageHandler(_log_qt_message)
    app = create_application()
    install_excepthook()
    log.info("starting the GUI on %s (log: %s)", target, log_file)
    try:
        application = Application()
        application.window.show()
    except Exception:
        log.exception("the main window could not be started")
        raise
    failed: list[bool] = []

    def start_failed() -> None:
        failed.append(True)
        application.window.hide()
        QCoreApplication.exit(1)

    application.start_failed.connect(start_failed)
    if _quit_after_start():
        _QuitAfterFirstPaint(application.window, started)
    # The database is opened once the frame is on screen (its first paint comes first in the queue).
    QTimer.singleShot(0, application, lambda: application.start(target, login))
    try:
        code = app.exec()
        return 1 if failed else code
    finally:
        application.close()


def run(target: str | None = None) -> int:
    """Open the window on ``target`` (``--db``), else on the database chosen by the one rule.

    The rule is ``storage.location.database_target``: the deployed database (``SECRETARIAT_DB`` or
    the machine-wide settings file), else the database opened last in the window, else the default
    file. The command line parses the arguments (``secretariat gui``, ``secretariat-gui``) and calls this.
    """
    configure_logging()
    refused = _platform_refused()  # before Qt starts to read the settings
    if refused is not None:
        return refused
    qInstallMessageHandler(_log_qt_message)
    create_application()
    last = str(QSettings().value(LAST_DATABASE_KEY, "") or "")
    from secretariat.services.session_start import choose_target

    try:
        chosen = choose_target(target, last or None)
    except UserError as exc:  # a deployed settings file that cannot be read
        log.warning("no database to open: %s", exc)
        return _refuse(user_message(exc))
    return run_gui(chosen)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
