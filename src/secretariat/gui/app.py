"""Starting the desktop program: Qt application, language, log, error hook, main window, session.

The window's frame (navigation, menus, status bar) is shown and painted first; the database is opened
(and upgraded when needed) on a worker thread meanwhile, which also loads the heavy modules (SQLAlchemy
and the models, the services, the pages); the window then shows the first page over the session. A
database on a shared server is signed in to first (the sign-in dialog, over the frame). Without a sound
database to work on (none at the path, or a damaged file) the
:class:`~secretariat.gui.backups.start_window.StartWindow` takes the frame's place, and nothing else; the
main window comes back once a database opens from there. Once the main window has painted over its
session, the file is quick-checked and backed up for the day in the background.

Python's cyclic garbage collector rests from the frame until the first page is filled (:class:`_CollectionPause`);
then what the first record opened would wait for is loaded ahead (:mod:`secretariat.gui.load_ahead`).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

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
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from secretariat import desktop_check
from secretariat.domain.errors import UserError
from secretariat.gui import errors
from secretariat.gui.errors import install_excepthook, report_exception, user_message
from secretariat.gui.i18n import apply_language, chosen_language, current_language
from secretariat.gui.main_window import MainWindow
from secretariat.gui.workers import Job, run_in_background, wait_for_all
from secretariat.services import session_start
from secretariat.services.logs import configure_logging

# The frame is painted before SQLAlchemy, the models and the services load: the start window, the
# sign-in dialog and the backups' checks (which import them) are imported when needed.
if TYPE_CHECKING:
    from secretariat.gui.backups.start_window import StartWindow
    from secretariat.gui.load_ahead import LoadAhead
    from secretariat.services.backups import StartCheck
    from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

ORGANISATION = "Secretariat"
APPLICATION = "Secretariat"
LAST_DATABASE_KEY = "session/last_database"
#: Set (to anything but "" or "0") to close the program as soon as its window has been painted once:
#: how the smoke test of the frozen build, CI under Xvfb and the start-up benchmark start the window.
QUIT_AFTER_START_ENV = "SECRETARIAT_QUIT_AFTER_START"
#: What the first record opened would wait for is loaded ahead once the first page is filled (the clerk
#: reads it), and this long after the database opened at the latest.
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


def _load_first_page(page: str) -> None:
    """On a worker thread: the modules of the first page the clerk will see (``page``, the one chosen in
    the navigation while the database was opening), and Babel's locale data (read on first use)."""
    if page == "dashboard":
        import secretariat.gui.dashboard
        import secretariat.gui.settings_dialog
    elif page == "impact":
        import secretariat.gui.impact.page
    else:  # a register; its stage and country filters read the two services modules
        import secretariat.gui.registers.page
        import secretariat.services.agreements.stages
        import secretariat.services.reference.countries_and_sectors

        if page == "documents":
            import secretariat.gui.registers.archive
        elif page == "budget":
            import secretariat.gui.budget.overview  # noqa: F401 - the year's totals above the register
    from secretariat.gui.formatting import format_date, format_money, format_number

    # Babel reads its locale data on first use: here, not while the first page is being filled.
    language = current_language()
    format_date(date.today(), language, short=True), format_number(1000, language), format_money(1, "IDR", language)


def _open_and_load(target: str, login: str | None, chosen_page: Callable[[], str]) -> ServiceContext:
    """On the worker thread: open the session, then load the modules of the page chosen by then."""
    ctx = session_start.open_session(target, login)
    try:
        _load_first_page(chosen_page())
    except Exception:
        session_start.close_session(ctx)
        raise
    return ctx


def _load_database_modules() -> None:
    """On a plain thread started with the window: import SQLAlchemy, the models and the services while the
    GUI thread builds and paints the frame (the second core works meanwhile; the session's worker then
    finds them loaded)."""
    try:
        import secretariat.services.backups  # the migrations' module and the start checks with it
        import secretariat.services.context  # noqa: F401
    except Exception:  # the worker that opens the session imports them again and reports what failed
        log.debug("loading the database modules ahead failed", exc_info=True)


def _spare_from_collection() -> None:
    """Leave the objects alive now (modules, classes, mappers: the program's own, for its whole run) out
    of Python's full garbage collections (:func:`gc.freeze`).

    A full collection walks every object and holds the GIL while it does: with the program's modules
    loaded it took 40-125 ms (four times in the benchmark's script on the 100,000-partner demo), on
    whichever thread happened to trigger it, and the window stood still as long; with the long-lived
    objects frozen, 7-64 ms. Frozen objects are still freed when no longer referenced (only a reference
    cycle among them would stay, and the modules' are meant to). No collection first: that would be
    the very stop on the GUI thread this avoids.
    """
    gc.freeze()


class _CollectionPause:
    """Python's cyclic garbage collector held off while the window starts and the database modules load.

    Loading SQLAlchemy, the models and the services makes some 160,000 objects and hardly any garbage
    (about 1,000 objects in reference cycles, measured): the collections that this many new objects set
    off walked them again and again, 60-80 ms of the 0.6 s the loading takes, every one on the way to
    the first page; reading the dashboard's reminders (40-330 objects of garbage) spent 60-90 ms of its
    0.45 s in them. The pause :meth:`ends <end>` once the first page is filled (the modules loaded and
    the page's data spared from later collections first, :func:`_spare_from_collection`), when the first
    database cannot be opened, before the sign-in dialog waits for a person, when the program closes, and
    at the latest after :data:`LONGEST_MS` whatever happens. A collector already off (a caller's choice)
    stays off.
    """

    LONGEST_MS = 20_000

    def __init__(self) -> None:
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()
            # No receiver: the pause ends on time even if the program object is gone (a test's).
            QTimer.singleShot(self.LONGEST_MS, self.end)

    @property
    def paused(self) -> bool:
        return self._paused

    def end(self) -> None:
        """Let the collector run again (once; later calls do nothing)."""
        if self._paused:
            self._paused = False
            gc.enable()


class Application(QObject):
    """The running program: its session and main window; swaps the session when another file is opened.

    Made without a session (``ctx`` None) nor problem, it shows the window's frame; :meth:`start` then
    opens the database in the background (a server: after the sign-in dialog) and hands the session to
    the window. With a ``problem`` (no database at ``target``, or a damaged file) it shows the
    :class:`~secretariat.gui.backups.start_window.StartWindow` instead, and nothing else.
    """

    #: The first database could not be opened (the message was shown); the program should end (exit 1).
    start_failed = Signal()
    #: The person gave up signing in to the server; the program should end (exit 0).
    start_cancelled = Signal()
    #: Another window took the place of the previous one (the start window, or the main window back).
    window_replaced = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext | None = None,
        parent: QObject | None = None,
        *,
        target: str = "",
        problem: UserError | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window: QMainWindow
        self.start_job: Job[Any] | None = None
        self._collection_pause: _CollectionPause | None = None
        self._first_page_done_for: ServiceContext | None = None  # the session whose first page was filled
        self._load_ahead: LoadAhead | None = None
        errors.damaged_database_handler = self.show_problem
        if problem is not None:
            self.window = self._start_window(target, problem)
        else:
            if ctx is None:
                self._collection_pause = _CollectionPause()  # ended by _end_collection_pause
                threading.Thread(target=_load_database_modules, name="secretariat-load-modules", daemon=True).start()
            self.window = self._main_window(ctx)

    def _end_collection_pause(self) -> None:
        if self._collection_pause is not None:
            self._collection_pause.end()

    # --- the first database -----------------------------------------------------------------------

    def start(self, target: str, login: str | None = None) -> None:
        """Open the first database ``target`` on a worker thread (a server: after signing in), then show
        it in the window; no database there or a damaged file: the start window."""
        if session_start.server_target(target) is not None:
            self._sign_in(target)
            return
        run_in_background(
            self.window,
            lambda _progress: _open_and_load(target, login, self._chosen_page),
            self._first_opened,
            on_error=lambda error: self._first_refused(target, error),
        )

    def _sign_in(self, target: str) -> None:
        """A shared server: each person signs in with their own login (docs/security.md)."""
        from secretariat.gui.signin import sign_in

        self._end_collection_pause()  # the dialog waits for a person

        try:
            signed_in = sign_in(target, self.window)
        except Exception as error:  # noqa: BLE001 - said as any first opening that fails
            self._first_refused(target, error)
            return
        if signed_in is None:
            log.info("sign-in cancelled")
            self.start_cancelled.emit()
            return
        QSettings().setValue(LAST_DATABASE_KEY, signed_in.remembered_target)
        ctx = signed_in.ctx

        def refused(error: BaseException) -> None:
            session_start.close_session(ctx)
            self._first_refused(target, error)

        run_in_background(
            self.window,
            lambda _progress: _load_first_page(self._chosen_page()),
            lambda _none: self._first_opened(ctx),
            on_error=refused,
        )

    def _chosen_page(self) -> str:
        """The page the clerk has chosen (read by the worker that opens the database: a plain attribute)."""
        return self.window.chosen_page if isinstance(self.window, MainWindow) else "dashboard"

    def _first_opened(self, ctx: ServiceContext) -> None:
        _spare_from_collection()  # the database modules, loaded now
        self.ctx = ctx
        if isinstance(self.window, MainWindow):
            self.window.set_session(ctx)
        else:
            self._replace_window(self._main_window(ctx))
        self.check_after_paint()
        # Then, once the first page has been filled (the clerk reads it), the collector runs again and what
        # the first record opened would wait for is done ahead.
        if isinstance(self.window, MainWindow):
            self.window.page_filled.connect(lambda _page: self._after_first_page(ctx))
        QTimer.singleShot(EDITORS_AFTER_MS, self, lambda: self._after_first_page(ctx))  # at the latest

    def _after_first_page(self, ctx: ServiceContext) -> None:
        """Once per session, when its first page is filled: the collector's pause ends, and what the first
        record opened would wait for is loaded ahead (:mod:`secretariat.gui.load_ahead`), the modules
        loaded then spared from collections."""
        from secretariat.gui.load_ahead import LoadAhead

        if self._first_page_done_for is ctx or self.ctx is not ctx:
            return
        self._first_page_done_for = ctx
        _spare_from_collection()  # what the first page read, kept while it shows
        self._end_collection_pause()
        ahead = LoadAhead(ctx, self)
        ahead.finished.connect(_spare_from_collection)
        ahead.finished.connect(ahead.deleteLater)
        ahead.start()
        self._load_ahead = ahead

    def _stop_loading_ahead(self) -> None:
        """Before the session read ahead is closed (another database opened, the program closing)."""
        ahead, self._load_ahead = self._load_ahead, None
        if ahead is not None and isValid(ahead):
            ahead.stop()

    def _first_refused(self, target: str, error: BaseException) -> None:
        from secretariat.services.backups import DamagedDatabaseError, NoDatabaseError

        self._end_collection_pause()

        shown = session_start.target_without_password(target)
        if isinstance(error, (NoDatabaseError, DamagedDatabaseError)):  # the start window offers what can be done
            log.warning("cannot open %s: %s", shown, error)
            self.show_problem(error, target)
            return
        if isinstance(error, UserError):  # SchemaTooNewError, NotOurDatabaseError, a bad URL...
            log.warning("cannot open %s: %s", shown, error)
            _refuse(user_message(error), self.window)
        else:
            log.error("cannot open %s", shown, exc_info=(type(error), error, error.__traceback__))
            report_exception(self.window, error)
        self.start_failed.emit()

    # --- windows ----------------------------------------------------------------------------------

    def replace_session(self, ctx: ServiceContext) -> None:
        """Show the window over ``ctx`` (signed in again, after a new password) and close the old session."""
        old = self.ctx
        self.ctx = ctx
        self._stop_loading_ahead()
        if isinstance(self.window, MainWindow):
            self.window.set_session(ctx)
        if old is not None:
            session_start.close_session(old)

    def _main_window(self, ctx: ServiceContext | None) -> MainWindow:
        window = MainWindow(ctx)
        window.database_chosen.connect(self.open_database)
        window.new_database_chosen.connect(lambda target: self.open_database(target, create=True))
        window.users_menu.session_replaced.connect(self.replace_session)
        return window

    def _start_window(self, target: str, problem: UserError) -> StartWindow:
        from secretariat.gui.backups.start_window import StartWindow

        window = StartWindow(target, problem)
        window.session_opened.connect(self._opened_from_start)
        return window

    def _replace_window(self, window: QMainWindow) -> None:
        old, self.window = self.window, window
        window.show()
        if old is not window:
            if isinstance(old, MainWindow):
                old.save_state()
            old.hide()
            old.deleteLater()
            self.window_replaced.emit(window)

    def _opened_from_start(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        QSettings().setValue(LAST_DATABASE_KEY, session_start.location(ctx))
        self._replace_window(self._main_window(ctx))
        self.check_after_paint()

    def show_problem(self, problem: UserError, target: str | None = None) -> bool:
        """Show one message about the database (damaged, or none at the path) and nothing else."""
        from secretariat.gui.backups.start_window import StartWindow

        if target is None:
            target = str(getattr(problem, "path", "")) or (session_start.location(self.ctx) if self.ctx else "")
        if isinstance(self.window, StartWindow):
            self.window.set_problem(target, problem)
            return True
        old, self.ctx = self.ctx, None
        self._stop_loading_ahead()
        self._replace_window(self._start_window(target, problem))
        if old is not None:
            session_start.close_session(old)
        return True

    # --- other databases --------------------------------------------------------------------------

    def open_database(self, target: str, create: bool = False) -> None:
        """Open ``target`` on a worker thread (it may be upgraded first), then show it in the window."""

        def opened(ctx: ServiceContext) -> None:
            old = self.ctx
            self.ctx = ctx
            self._stop_loading_ahead()
            if isinstance(self.window, MainWindow):
                self.window.set_session(ctx)
            else:
                self._replace_window(self._main_window(ctx))
            QSettings().setValue(LAST_DATABASE_KEY, session_start.target_without_password(target))
            if old is not None:
                session_start.close_session(old)
            self.check_after_paint()

        def failed(error: BaseException) -> None:
            from secretariat.services.backups import NoDatabaseError

            if isinstance(error, NoDatabaseError) or errors.is_damaged_database(error):
                self.show_problem(error, target)
            else:
                errors.report_exception(self.window, error)

        run_in_background(
            self.window,
            lambda _progress: session_start.open_session(target, create=create),
            opened,
            on_error=failed,
            title=QCoreApplication.translate("Application", "Opening %1…").replace("%1", target),
            cancellable=False,
        )

    # --- after the first paint --------------------------------------------------------------------

    def check_after_paint(self) -> None:
        """Quick-check the file and make the day's backup in the background, after the window painted."""
        QTimer.singleShot(0, self, self._start_check)

    def _start_check(self) -> None:
        from secretariat.services.backups import check_at_start

        ctx = self.ctx
        if ctx is None or not isinstance(self.window, MainWindow):
            return
        window = self.window

        def done(result: StartCheck) -> None:
            if self.ctx is not ctx:
                return  # another database was opened meanwhile
            if result.damaged is not None:
                self.show_problem(result.damaged)
            elif result.backup is not None:
                window.statusBar().showMessage(
                    QCoreApplication.translate("Application", "Backup of the day made: %1").replace(
                        "%1", str(result.backup.path)
                    ),
                    15_000,
                )
            elif result.backup_failed is not None:
                english, indonesian = result.backup_failed
                text = indonesian if current_language() == "id" else english
                QMessageBox.warning(
                    window, QCoreApplication.translate("Application", "The backup of the day failed"), text
                )

        def failed(error: BaseException) -> None:
            if errors.is_damaged_database(error):
                self.show_problem(error)
            else:
                log.warning("the check after the start failed", exc_info=error)

        self.start_job = run_in_background(None, lambda _progress: check_at_start(ctx.database), done, on_error=failed)

    def close(self) -> None:
        self._end_collection_pause()
        self._stop_loading_ahead()
        wait_for_all(timeout_ms=10_000)
        errors.damaged_database_handler = None
        if self.ctx is not None:
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
    """Closes the program once a window has painted itself with something to work on (see
    QUIT_AFTER_START_ENV): the frame's first paint is logged, then the first paint of the main window over
    its session, or of the start window (no database there, or a damaged file)."""

    def __init__(self, application: Application, started: float) -> None:
        super().__init__(application)
        self._started = started
        self._application = application
        self._framed = False
        self._watched: QMainWindow | None = None
        self._watch(application.window)
        application.window_replaced.connect(self._watch)

    def _watch(self, window: QMainWindow) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._watched:
            elapsed = time.perf_counter() - self._started
            if not self._framed:
                self._framed = True
                log.info("window frame painted %.3f s after the start of the GUI", elapsed)
            if not isinstance(watched, MainWindow) or watched.ctx is not None:
                watched.removeEventFilter(self)
                self._watched = None
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
    log.info("starting the GUI on %s (log: %s)", session_start.target_without_password(target), log_file)
    try:
        application = Application()
        application.window.show()
    except Exception:
        log.exception("the main window could not be started")
        raise
    ended: list[int] = []

    def end(code: int) -> None:
        ended.append(code)
        application.window.hide()
        QCoreApplication.exit(code)

    application.start_failed.connect(lambda: end(1))
    application.start_cancelled.connect(lambda: end(0))
    if _quit_after_start():
        _QuitAfterFirstPaint(application, started)
    # The database is opened once the frame is on screen (its first paint comes first in the queue).
    QTimer.singleShot(0, application, lambda: application.start(target, login))
    try:
        code = app.exec()
        return ended[0] if ended else code
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
    settings = QSettings()
    last = str(settings.value(LAST_DATABASE_KEY, "") or "")
    try:
        if last and session_start.target_without_password(last) != last:
            last = session_start.target_without_password(last)  # an older version kept the password there
            settings.setValue(LAST_DATABASE_KEY, last)
    except UserError:  # not a URL the program can read: forget it
        last = ""
    try:
        chosen = session_start.choose_target(target, last or None)
    except UserError as exc:  # a deployed settings file that cannot be read
        log.warning("no database to open: %s", exc)
        return _refuse(user_message(exc))
    return run_gui(chosen)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
