"""The office's reference data in the Edit menu: the agreement stages, the fields of cooperation, the countries.

The main window adds the submenu with one line::

    self.reference_menu = ReferenceMenu(self, self.edit_menu, lambda: self.ctx)

Each entry opens its dialog over the window's current session. Everyone may look at the lists; only an
administrator or the head of the bureau may change them (:func:`may_edit_reference_data`), and a clerk is
told so in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from secretariat.domain.enums import UserRole
from secretariat.domain.labels import label
from secretariat.gui.i18n import current_language

if TYPE_CHECKING:  # the window's frame loads this before the services
    from secretariat.services.context import ServiceContext

#: How the note to a clerk who may only look stands out above the list.
NOTE_STYLE = "color: #5d4037; background: #fff8e1; border: 1px solid #ffe082; padding: 4px;"
#: A field that cannot be typed in looks like it (a code that may no longer change).
READ_ONLY_STYLE = ' QLineEdit[readOnly="true"] { background: palette(window); }'

#: The roles that may change the stage list, the fields of cooperation and the countries' flags.
EDITING_ROLES = frozenset({UserRole.ADMIN, UserRole.HEAD})


def may_edit_reference_data(ctx: ServiceContext) -> bool:
    """Whether the person acting may change the office's reference data."""
    return UserRole(ctx.actor.role) in EDITING_ROLES


def read_only_note(ctx: ServiceContext) -> str:
    """Why the lists are shown read-only to this person (in the interface language)."""
    role = label(UserRole(ctx.actor.role), "id" if current_language() == "id" else "en")
    return QCoreApplication.translate(
        "ReferenceData",
        "Read only: only an administrator or the head of the bureau can change this list "
        "(you are signed in as {login}, {role}).",
    ).format(login=ctx.actor.login, role=role)


class ReferenceMenu(QObject):
    """ "Reference data" ▸ "Agreement stages…", "Fields of cooperation…", "Countries…" at the end of ``menu``."""

    def __init__(self, window: QWidget, menu: QMenu, context: Callable[[], ServiceContext]) -> None:
        super().__init__(window)
        self.setObjectName("referenceMenu")
        self.window = window
        self.context = context
        self.submenu = QMenu(window)
        self.submenu.setObjectName("referenceDataMenu")
        self.stages_action = QAction(window)
        self.stages_action.setObjectName("stageListAction")
        self.stages_action.triggered.connect(lambda _checked=False: self.open_stages())
        self.sectors_action = QAction(window)
        self.sectors_action.setObjectName("sectorsAction")
        self.sectors_action.triggered.connect(lambda _checked=False: self.open_sectors())
        self.countries_action = QAction(window)
        self.countries_action.setObjectName("countriesAction")
        self.countries_action.triggered.connect(lambda _checked=False: self.open_countries())
        for action in (self.stages_action, self.sectors_action, self.countries_action):
            self.submenu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.submenu)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.submenu.setTitle(self.tr("&Reference data"))
        self.stages_action.setText(self.tr("Agreement &stages…"))
        self.stages_action.setToolTip(self.tr("The stages of an agreement's life: names, order, what each needs"))
        self.sectors_action.setText(self.tr("&Fields of cooperation…"))
        self.sectors_action.setToolTip(self.tr("The fields of cooperation agreements may name"))
        self.countries_action.setText(self.tr("&Countries…"))
        self.countries_action.setToolTip(
            self.tr("Diplomatic relations, ASEAN membership and the Indonesian mission of each country")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_stages(self) -> None:
        from secretariat.gui.reference.stage_list_dialog import StageListDialog

        self._run(StageListDialog(self.context(), self.window))

    def open_sectors(self) -> None:
        from secretariat.gui.reference.sector_dialog import SectorDialog

        self._run(SectorDialog(self.context(), self.window))

    def open_countries(self) -> None:
        from secretariat.gui.reference.country_flags_dialog import CountryFlagsDialog

        self._run(CountryFlagsDialog(self.context(), self.window))

    def _run(self, dialog: QDialog) -> None:
        try:
            dialog.exec()
            changed = bool(getattr(dialog, "changed", False))
        finally:
            dialog.deleteLater()
        if changed:  # stage and sector names show in the registers: read the page shown again
            refresh = getattr(self.window, "refresh", None)
            if callable(refresh):
                refresh()
