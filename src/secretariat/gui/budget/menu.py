"""Menu entries of the budget's reference tables: the exchange-rate table and the chart of accounts.

The main window adds them to one of its menus with one line::

    self.budget_menu = BudgetMenu(self, self.edit_menu, lambda: self.ctx)

The entries translate themselves when the interface language changes, and open their dialogs over
the window's current session (the window may change database while it is open).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:  # the window's frame loads this before the services
    from secretariat.services.context import ServiceContext


class BudgetMenu(QObject):
    """ "Exchange-rate table…" and "Chart of accounts…" at the end of ``menu``."""

    def __init__(self, window: QWidget, menu: QMenu, context: Callable[[], ServiceContext]) -> None:
        super().__init__(window)
        self.setObjectName("budgetMenu")
        self.window = window
        self.context = context
        menu.addSeparator()
        self.rates_action = QAction(window)
        self.rates_action.setObjectName("rateTableAction")
        self.rates_action.triggered.connect(lambda _checked=False: self.open_rate_table())
        self.accounts_action = QAction(window)
        self.accounts_action.setObjectName("chartOfAccountsAction")
        self.accounts_action.triggered.connect(lambda _checked=False: self.open_accounts())
        menu.addAction(self.rates_action)
        menu.addAction(self.accounts_action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.rates_action.setText(self.tr("E&xchange-rate table…"))
        self.rates_action.setToolTip(
            self.tr("Rupiah per unit of each foreign currency by date, used by transactions entered without a rate")
        )
        self.accounts_action.setText(self.tr("C&hart of accounts…"))
        self.accounts_action.setToolTip(self.tr("The APBD account codes budget lines may use; import from Excel"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_rate_table(self) -> None:
        from secretariat.gui.budget.rate_table import RateTableDialog

        dialog = RateTableDialog(self.context(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_accounts(self) -> None:
        from secretariat.gui.budget.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.context(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
