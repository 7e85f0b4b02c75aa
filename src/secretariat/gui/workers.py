"""Long work off the GUI thread, with progress and cancel.

A job is a plain function ``fn(progress) -> result`` run on a QThreadPool thread. It reaches the data
through the services (each service call opens its own session), and it hands back plain values —
never ORM objects. ``progress(done, total, text)`` reports to the GUI and raises :class:`Cancelled`
once the user pressed Cancel, so a job stops at its next report; ``progress.part(value)`` hands the
GUI a first part of the result to show while the rest is worked out (``on_part``, always before
``on_done``). The callbacks (``on_part``, ``on_done``, ``on_error``, ``on_cancel``) run on the GUI thread.

    job = run_in_background(self, lambda progress: services.demo.load_demo(ctx, scale=1),
                            on_done=self.refresh, title=self.tr("Loading demo data"))
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThreadPool, QTimer, Signal, Slot
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

    def __init__(
        self, report: Callable[[int, int, str], None], hand_over: Callable[[object], None] | None = None
    ) -> None:
        self._report = report
        self._hand_over = hand_over
        self._cancelled = threading.Event()

    def __call__(self, done: int = 0, total: int = 0, text: str = "") -> None:
        self.raise_if_cancelled()
        self._report(int(done), int(total), str(text))

    def part(self, value: object) -> None:
        """Hand the GUI a first part of the result (the job's ``on_part``), then go on."""
        self.raise_if_cancelled()
        if self._hand_over is not None:
            self._hand_over(value)

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
    part = Signal(object)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Work:
    """What a pool thread runs: the job's function, then one signal with the outcome.

    A plain callable handed to ``QThreadPool.start``: Qt owns the runnable it wraps it in, so no
    Python-made QRunnable is deleted by Qt behind Python's back.
    """

    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        self._fn = fn
        self._signals = signals
        self._progress = progress
        self.finished = threading.Event()

    def __call__(self) -> None:
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
    """One background run. Emits ``ended`` on the GUI thread after its callback, whatever the outcome.

    A job has no Qt parent: this module keeps it alive until its worker thread has returned and then
    lets Python free it. (A job freed by ``deleteLater`` while Python still held it, or freed by its
    parent while a closure connected to it held the last reference, was deleted twice.) The callbacks
    are not run when the object the job was started for (``owner``) was deleted meanwhile.
    """

    ended = Signal()

    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__()
        self.signals = _Signals(self)
        self.progress = Progress(self.signals.progress.emit, self.signals.part.emit)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.is_finished = False
        self.owner_gone = False
        self.dialog: QProgressDialog | None = None
        self.on_part: Callable[[Any], None] | None = None
        self.on_done: Callable[[T], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_cancel: Callable[[], None] | None = None
        self._error_parent: QWidget | None = owner if isinstance(owner, QWidget) else None
        self._work: _Work | None = None
        if owner is not None:
            # Not a slot of this job: a deleted owner emits ``destroyed`` from deep inside Qt (a
            # deferred delete of its window), when this job may already be gone from Python. A
            # connection to one of its methods then made PySide look up a freed object (a crash seen
            # in the welcome page's tests); a watcher holding only a weak reference cannot.
            owner.destroyed.connect(_OwnerWatch(self))
        self.signals.part.connect(self._part)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report; its result is dropped in any case."""
        self.progress.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread returns (tests, shutdown); callbacks still run via the event loop."""
        work = self._work
        if work is None:
            return True
        return work.finished.wait(timeout_ms / 1000)

    # --- on the GUI thread ------------------------------------------------------------------------

    def _owner_destroyed(self, *_args: object) -> None:
        self.owner_gone = True
        self._error_parent = None
        self.dialog = None  # a child of the owner: deleted with it
        self.cancel()

    def _close_dialog(self) -> None:
        """Take the progress dialog away before the outcome is shown (a message box shown under a
        progress dialog still at 100 % with its Cancel button would be hidden by it)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            if dialog.parent() is not None:
                dialog.deleteLater()

    # Slots declared to Qt: the four are called from a worker thread's queued signal, and PySide 6.8+
    # can crash delivering a cross-thread signal to an undeclared Python method (PYSIDE-3124).
    @Slot(object)
    def _part(self, value: object) -> None:
        if self.on_part is not None and not self.progress.cancelled and not self.owner_gone and not self.is_finished:
            self.on_part(value)

    @Slot(object)
    def _done(self, result: object) -> None:
        # The worker's Qt signal carries an object: it is the T that ``fn`` returned.
        self.result = result  # type: ignore[assignment]
        self._close_dialog()
        try:
            if self.on_done is not None and not self.progress.cancelled and not self.owner_gone:
                self.on_done(result)  # type: ignore[arg-type]  # the T ``fn`` returned (see above)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        self._close_dialog()
        try:
            if self.owner_gone:
                log.warning("a background job failed after its window was closed", exc_info=self.error)
            elif self.on_error is not None:
                self.on_error(self.error)
            else:
                from secretariat.gui.errors import report_exception

                report_exception(self._error_parent, self.error)
        finally:
            self._finish()

    @Slot()
    def _cancelled(self) -> None:
        self.was_cancelled = True
        self._close_dialog()
        try:
            if self.on_cancel is not None and not self.owner_gone:
                self.on_cancel()
        finally:
            self._finish()

    def _finish(self) -> None:
        self.is_finished = True
        self._close_dialog()
        self.ended.emit()
        self.on_part = self.on_done = self.on_error = self.on_cancel = None  # let go of what the callbacks hold
        _release_later(self)


class _OwnerWatch:
    """Tells a job, if it still exists, that the object it was started for was deleted."""

    def __init__(self, job: Job[Any]) -> None:
        self._job = weakref.ref(job)

    def __call__(self, *_args: object) -> None:
        job = self._job()
        if job is not None:
            job._owner_destroyed()


#: Jobs whose worker thread may still run: kept alive here, released once it has returned.
_LIVE: set[Job[Any]] = set()


def _release_later(job: Job[Any]) -> None:
    def release() -> None:
        work = job._work
        if work is not None and not work.finished.is_set():
            QTimer.singleShot(5, release)  # the worker is returning from its last emit
            return
        job._work = None
        _LIVE.discard(job)

    QTimer.singleShot(0, release)


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
    job.signals.progress.connect(_ProgressShower(dialog))
    dialog.setValue(0)
    return dialog


class _ProgressShower:
    """Shows a job's progress reports in its dialog (a callable, so no closure holds the job)."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self._dialog = dialog

    def __call__(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))
        if text:
            self._dialog.setLabelText(text)


def run_in_background(
    parent: QWidget | QObject | None,
    fn: Callable[[Progress], T],
    on_done: Callable[[T], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_part: Callable[[Any], None] | None = None,
    title: str | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
) -> Job[T]:
    """Run ``fn(progress)`` on a worker thread; with a ``title``, show a progress dialog that can cancel.

    ``parent`` is the object the work is for: the progress dialog's parent when it is a widget, and
    when it is deleted before the work ends, the callbacks are not run. Without ``on_error`` a
    failure is shown to the user (see :mod:`secretariat.gui.errors`). ``on_part`` receives what the job
    hands over with ``progress.part(value)`` before it ends.
    """
    job: Job[T] = Job(parent)
    job.on_part, job.on_done, job.on_error, job.on_cancel = on_part, on_done, on_error, on_cancel
    if title is not None:
        job.dialog = _busy_dialog(parent if isinstance(parent, QWidget) else None, title, cancellable, job)
    work = _Work(fn, job.signals, job.progress)
    job._work = work
    _LIVE.add(job)
    (pool or QThreadPool.globalInstance()).start(work)
    return job


def wait_for_all(pool: QThreadPool | None = None, timeout_ms: int = 30_000) -> bool:
    """Wait for every background job of ``pool`` (at shutdown, and in test teardown)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(QDeadlineTimer(timeout_ms))
