"""Long work off the GUI thread, with progress and cancel.

A job is a plain function ``fn(progress) -> result`` run on a QThreadPool thread. It reaches the data
through the services (each service call opens its own session), and it hands back plain values —
never ORM objects. ``progress(done, total, text)`` reports to the GUI and raises :class:`Cancelled`
once the user pressed Cancel, so a job stops at its next report. The callbacks (``on_done``,
``on_error``, ``on_cancel``) run on the GUI thread.

    job = run_in_background(self, lambda progress: services.demo.load_demo(ctx, scale=1),
                            on_done=self.refresh, title=self.tr("Loading demo data"))
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The progress dialog appears only when a job takes longer than this (ms), so quick work never flashes.
PROGRESS_DELAY_MS = 400

__all__ = ["Cancelled", "Job", "Progress", "run_in_background", "wait_for_all"]


class Cancelled(Exception):
    """Raised inside a job by its progress callback once the user cancelled."""


class Progress:
    """What a job calls to report progress; thread-safe; raises Cancelled after a cancel."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def __call__(self, done: int = 0, total: int = 0, text: str = "") -> None:
        self.raise_if_cancelled()
        self._report(int(done), int(total), str(text))

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._progress = progress
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            try:
                result = self._fn(self._progress)
            except Cancelled:
                self._signals.cancelled.emit()
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
                self._signals.failed.emit(exc)
            else:
                if self._progress.cancelled:
                    self._signals.cancelled.emit()
                else:
                    self._signals.done.emit(result)
        except RuntimeError:
            # The window that started the job was closed meanwhile (its signals object is gone):
            # nobody is left to tell.
            log.debug("background job ended after its owner was deleted")
        finally:
            self.finished.set()


class Job(QObject, Generic[T]):
    """One background run. Emits ``ended`` on the GUI thread after its callback, whatever the outcome."""

    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals(self)
        self.progress = Progress(self.signals.progress.emit)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.is_finished = False
        self.dialog: QProgressDialog | None = None
        self._runnable: _Runnable | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report; its result is dropped in any case."""
        self.progress.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread returns (tests, shutdown); callbacks still run via the event loop."""
        runnable = self._runnable
        if runnable is None:
            return True
        return runnable.finished.wait(timeout_ms / 1000)


def _busy_dialog(parent: QWidget | None, title: str, cancellable: bool, job: Job[Any]) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setRange(0, 0)  # busy until the job reports a total
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Workers", "Cancel"))
        dialog.canceled.connect(job.cancel)
    else:
        dialog.setCancelButton(None)

    def show_progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    job.signals.progress.connect(show_progress)
    dialog.setValue(0)
    return dialog


def run_in_background(
    parent: QWidget | QObject | None,
    fn: Callable[[Progress], T],
    on_done: Callable[[T], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    title: str | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
) -> Job[T]:
    """Run ``fn(progress)`` on a worker thread; with a ``title``, show a progress dialog that can cancel.

    Without ``on_error`` a failure is shown to the user (see :mod:`secretariat.gui.errors`).
    """
    job: Job[T] = Job(parent)
    if title is not None:
        widget_parent = parent if isinstance(parent, QWidget) else None
        job.dialog = _busy_dialog(widget_parent, title, cancellable, job)

    def finish() -> None:
        job.is_finished = True
        if job.dialog is not None:
            job.dialog.reset()
            job.dialog.hide()
            job.dialog.deleteLater()
            job.dialog = None
        job.ended.emit()
        QTimer.singleShot(0, job.deleteLater)

    def done(result: object) -> None:
        job.result = result  # type: ignore[assignment]
        try:
            if on_done is not None and not job.progress.cancelled:
                on_done(result)  # type: ignore[arg-type]
        finally:
            finish()

    def failed(exc: object) -> None:
        job.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        try:
            if on_error is not None:
                on_error(job.error)
            else:
                from secretariat.gui.errors import report_exception

                report_exception(parent if isinstance(parent, QWidget) else None, job.error)
        finally:
            finish()

    def cancelled() -> None:
        job.was_cancelled = True
        try:
            if on_cancel is not None:
                on_cancel()
        finally:
            finish()

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    runnable = _Runnable(fn, job.signals, job.progress)
    job._runnable = runnable
    (pool or QThreadPool.globalInstance()).start(runnable)
    return job


def wait_for_all(pool: QThreadPool | None = None, timeout_ms: int = 30_000) -> bool:
    """Wait for every background job of ``pool`` (at shutdown, and in test teardown)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(QDeadlineTimer(timeout_ms))
