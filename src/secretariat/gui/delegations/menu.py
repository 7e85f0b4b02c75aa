"""The menu entry of the delegations' reference table: the travel-cost rates the travel budget (RAB) uses.

The main window adds it to one of its menus with one line::

    self.travel_costs_menu = TravelCostsMenu(self, self.edit_menu, lambda: self.ctx)

The entry translates itself when the interface language changes, and opens its dialog over the window's
current session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from secretariat.services.context import ServiceContext


class TravelCostsMenu(QObject):
    """ "Travel-cost rates…" at the end of ``menu``."""

    def __init__(self, window: QWidget, menu: QMenu, context: Callable[[], ServiceContext]) -> None:
        super().__init__(window)
        self.setObjectName("travelCostsMenu")
        self.window = window
        self.context = context
        self.costs_action = QAction(window)
        self.costs_action.setObjectName("travelCostRatesAction")
        self.costs_action.triggered.connect(lambda _checked=False: self.open_costs())
        menu.addAction(self.costs_action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.costs_action.setText(self.tr("&Travel-cost rates…"))
        self.costs_action.setToolTip(
            self.tr("Air fares, visa, insurance, representation and other costs of travel abroad, with their sources")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_costs(self) -> None:
        from secretariat.gui.delegations.travel_costs_dialog import TravelCostRatesDialog

        dialog = TravelCostRatesDialog(self.context(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
