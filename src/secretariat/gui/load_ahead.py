"""What the first record (or register) opened would otherwise wait for, done ahead while the clerk reads
the first page.

The registers' and editors' modules (and the budget page's), Qt's form loader's first form, and the
statements an editor's first reading compiles (SQLAlchemy compiles a statement the first time it runs, then
keeps it for the whole run: the agreement editor's reading took 23 ms the first time, 3 ms after, on the
100,000-partner demo). Together some 200 ms.

The modules and the form are loaded on the GUI thread, one step per turn of the event loop (0-25 ms each
there), rather than on a worker: a worker importing modules made the window wait as long whenever the
clerk opened something that needed one of them meanwhile (Python's import lock), and held the GIL against
it (gaps of 100-250 ms measured in bench/bench_gui.py); between two steps the window answers the clerk as
usual. The readings, last, run on a worker (:func:`read_as_editors_do`): they wait on the database.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Signal

from secretariat.gui.widgets.next_turn import at_next_turn
from secretariat.gui.workers import run_in_background
from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

#: Leaves first (each module's own imports mostly loaded by the ones before it), so that no step is long:
#: the heavy parts of each editor (5-25 ms each on the 100,000-partner demo), then the editor itself.
MODULES = (
    "secretariat.services.registers",  # the registers' pages, when the first page was the dashboard
    "secretariat.gui.registers.page",
    "secretariat.services.agreements.records",
    "secretariat.services.history",
    "secretariat.gui.widgets.form_dialog",
    "secretariat.gui.partners.editor",
    "secretariat.gui.widgets.record_picker",
    "secretariat.domain.travel_budget",
    "secretariat.domain.visit_documents",
    "secretariat.services.delegations.travel_budget",
    "secretariat.gui.delegations.editor",
    "secretariat.services.agreements.drafting",
    "secretariat.services.agreements.renewals",
    "secretariat.gui.widgets.pdf_preview",
    "secretariat.gui.agreements.editor",
    "secretariat.gui.budget.line_editor",
    "secretariat.gui.reference.official_editor",
    "secretariat.gui.delegations.per_diem_rate_editor",
    "secretariat.gui.budget.overview",
)

__all__ = ["MODULES", "LoadAhead", "read_as_editors_do", "steps"]


def steps(ctx: ServiceContext) -> Iterator[Callable[[], object]]:
    """The steps, each short: importing a module, loading a form, then the readings started on a worker."""
    for name in MODULES:
        yield functools.partial(importlib.import_module, name)

    from secretariat.gui import forms

    yield forms.warm_up

    yield lambda: run_in_background(
        None,
        lambda _progress: read_as_editors_do(ctx),
        on_error=lambda error: log.debug("reading ahead failed: %s", error),
    )


def read_as_editors_do(ctx: ServiceContext) -> None:
    """On a worker: the first partner, agreement and delegation, and the lists their editors offer, read the
    way their editors read them, the answers let go (the statements stay compiled). Not on the GUI thread:
    a database on a server answers each statement over the network."""
    from secretariat.services import attachments, registers
    from secretariat.services.agreements import activities
    from secretariat.services.agreements.records import get_agreement
    from secretariat.services.delegations.records import get_delegation
    from secretariat.services.partners.records import get_partner
    from secretariat.services.reference.countries_and_sectors import list_countries, list_sectors

    def first(register: str) -> int | None:
        found = registers.find_ids(ctx, register, registers.RegisterQuery(), limit=1)
        return found[0] if found else None

    list_countries(ctx)
    list_sectors(ctx)
    if (partner := first("partners")) is not None:
        get_partner(ctx, partner)
    if (agreement := first("agreements")) is not None:
        get_agreement(ctx, agreement)
        activities.list_activities(ctx, agreement)
        attachments.list_attachments(ctx, "agreement", agreement)
    if (delegation := first("delegations")) is not None:
        get_delegation(ctx, delegation)


class LoadAhead(QObject):
    """Runs :func:`steps` (or the ``steps`` given) one per turn of the event loop; ``finished`` after the
    last one, or once :meth:`stop` was called (another database opened, the program closing). A step that
    fails is logged and the rest go on: the editor concerned will do it when opened, and say what is wrong
    then."""

    finished = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QObject | None = None, *, ahead: Iterator[Callable[[], object]] | None = None
    ) -> None:
        super().__init__(parent)
        self._steps = ahead if ahead is not None else steps(ctx)
        self.done = 0

    def start(self) -> None:
        self._later()

    def stop(self) -> None:
        """No further step: the session is no longer the one shown."""
        self._steps = iter(())

    def _later(self) -> None:
        at_next_turn(self, self._next)

    def _next(self) -> None:
        try:
            step = next(self._steps, None)
        except Exception:  # the first readings' look-up: the editors will say what is wrong when opened
            log.warning("loading ahead stopped", exc_info=True)
            step = None
        if step is None:
            self.finished.emit()
            return
        try:
            step()
        except Exception:  # ahead of time only: the editor concerned will report it when opened
            log.warning("loading ahead: a step failed", exc_info=True)
        self.done += 1
        self._later()
