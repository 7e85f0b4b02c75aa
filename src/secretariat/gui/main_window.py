"""The main window: navigation on the left, the chosen page on the right, menus, toolbar, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import UserRole
from secretariat.domain.labels import label
from secretariat.gui.budget.menu import BudgetMenu
from secretariat.gui.delegations.menu import TravelCostsMenu
from secretariat.gui.i18n import current_language
from secretariat.gui.reference.menu import ReferenceMenu
from secretariat.gui.users.menu import UsersMenu
from secretariat.gui.welcome import excel_import_available, import_from_excel

# The window's frame is painted before the database and the heavy modules are loaded (issue 17): the
# registers, the welcome page, the services and Babel are imported when a session is there.
if TYPE_CHECKING:
    from secretariat.gui.registers import RegisterPage
    from secretariat.gui.welcome import WelcomePage
    from secretariat.services.context import ServiceContext

log = logging.getLogger(__name__)

#: Navigation entries in order: the dashboard, then the registers.
PAGES: tuple[str, ...] = (
    "dashboard",
    "partners",
    "agreements",
    "delegations",
    "budget",
    "per_diem_rates",
    "officials",
    "documents",
    "impact",
)
REGISTER_PAGES = PAGES[1:-1]  # the impact page (issue 16) is no register
SETTINGS_GROUP = "main_window"

__all__ = ["PAGES", "MainWindow"]


class MainWindow(QMainWindow):
    """Secretariat's window over one open session (``ctx``).

    It never opens databases itself: "Open database…" emits :attr:`database_chosen` and the
    application swaps the session in with :meth:`set_session`.
    """

    #: The clerk chose another database file (the application opens it and calls set_session).
    database_chosen = Signal(str)
    #: The clerk asked for a new database at this path (the application creates and opens it).
    new_database_chosen = Signal(str)
    #: The clerk saved new settings (language and reminder thresholds are applied by the window).
    settings_saved = Signal()
    #: A session was set (the first one after the frame was shown, or another database).
    session_opened = Signal()
    #: A page's content is all there (the dashboard's reminders shown, a register's whole list read).
    page_filled = Signal(str)

    def __init__(
        self, ctx: ServiceContext | None, parent: QWidget | None = None, *, show_welcome: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # None only in the frame shown before the database is open: nothing that reads it is enabled then.
        self.ctx: ServiceContext = ctx  # type: ignore[assignment]  # None only in that frame (above)
        self.pages: dict[str, QWidget] = {}
        #: The page chosen in the navigation, even before the database is open (a plain attribute: the
        #: worker opening the database reads it to load that page's modules).
        self.chosen_page = "dashboard"
        self.welcome: WelcomePage | None = None
        self._stale: set[str] = set()

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setUniformItemSizes(True)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(150)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 6px; outline: 0; }"
            "QListWidget#navigation::item { padding: 7px 10px; border-radius: 3px; }"
            "QListWidget#navigation::item:selected {"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        for name in PAGES:
            item = QListWidgetItem(self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setIcon(self._page_icon(name))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self._placeholders: dict[str, QWidget] = {}
        for name in PAGES:
            placeholder = QWidget(self.stack)
            self._placeholders[name] = placeholder
            self.stack.addWidget(placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.navigation.currentRowChanged.connect(self._navigate)
        self._fit_to_screen(1280, 800)
        self._restore_window()
        self.retranslate()

        if ctx is None:  # the frame alone, until the application hands over the session (set_session)
            self._show_opening()
            return
        if show_welcome is None:
            from secretariat.gui.welcome import database_is_empty

            show_welcome = database_is_empty(ctx)
        if show_welcome:
            self.show_welcome()
        else:
            # The dashboard is made once the window has painted, so the window shows at once.
            blocked = self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(PAGES.index("dashboard"))
            self.navigation.blockSignals(blocked)
            self._update_actions()
            QTimer.singleShot(0, self, self._show_first_page)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Start at ``width`` x ``height``, or smaller where the screen is (1024 x 700, 1366 x 768 at 125 %)."""
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    def _show_opening(self) -> None:
        """The frame before the database is open: the dashboard's place holds a quiet line."""
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(PAGES.index("dashboard"))
        self.navigation.blockSignals(blocked)
        placeholder = self._placeholders["dashboard"]
        note = QLabel(self.tr("Opening the database…"), placeholder)
        note.setObjectName("openingLabel")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: #9e9e9e;")
        QVBoxLayout(placeholder).addWidget(note)
        self.stack.setCurrentWidget(placeholder)
        self._update_actions()

    def _show_first_page(self) -> None:
        if not self.pages and self.navigation.currentRow() >= 0 and self.welcome is None:
            self._navigate(self.navigation.currentRow())

    # --- construction ---------------------------------------------------------------------------

    def _page_icon(self, name: str) -> Any:
        pixmaps = {
            "dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
            "partners": QStyle.StandardPixmap.SP_DirHomeIcon,
            "agreements": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "delegations": QStyle.StandardPixmap.SP_DriveNetIcon,
            "budget": QStyle.StandardPixmap.SP_DriveHDIcon,
            "per_diem_rates": QStyle.StandardPixmap.SP_FileDialogListView,
            "officials": QStyle.StandardPixmap.SP_FileDialogInfoView,
            "documents": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "impact": QStyle.StandardPixmap.SP_FileDialogInfoView,
        }
        return self.style().standardIcon(pixmaps[name])

    def _action(
        self,
        name: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action("newAction", self.new_record, QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self.open_record_action = self._action("openRecordAction", self.open_record, None, sp.SP_DialogOpenButton)
        self.delete_action = self._action(
            "deleteAction", self.delete_record, QKeySequence(Qt.Key.Key_Delete), sp.SP_TrashIcon
        )
        self.search_action = self._action("searchAction", self.focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action(
            "refreshAction", self.refresh, QKeySequence(Qt.Key.Key_F5), sp.SP_BrowserReload
        )
        self.print_action = self._action("printAction", self.print_current, QKeySequence.StandardKey.Print)
        self.open_database_action = self._action(
            "openDatabaseAction", self.choose_database, QKeySequence.StandardKey.Open, sp.SP_DirOpenIcon
        )
        self.new_database_action = self._action("newDatabaseAction", self.choose_new_database)
        self.backups_action = self._action("backupsAction", self.open_backups)
        self.settings_action = self._action("settingsAction", self.open_settings, QKeySequence("Ctrl+,"))
        self.verify_documents_action = self._action("verifyDocumentsAction", self.verify_documents)
        self.import_action: QAction | None = None
        self.template_action: QAction | None = None
        self.export_action: QAction | None = None
        if excel_import_available():
            self.import_action = self._action("importAction", self.import_wizard)
            self.template_action = self._action("templateAction", self.write_template)
            self.export_action = self._action("exportAction", self.export_excel)
        self.export_list_action = self._action("exportListAction", self.export_current_list, QKeySequence("Ctrl+E"))
        self.copy_rows_action = self._action("copyRowsAction", self.copy_rows)
        self.help_action = self._action(
            "helpAction", self.show_help, QKeySequence(QKeySequence.StandardKey.HelpContents), sp.SP_DialogHelpButton
        )
        self.exit_action = self._action("exitAction", self.close, QKeySequence("Ctrl+Q"))
        self.exit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action("aboutAction", self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.go_actions: dict[str, QAction] = {}
        for number, name in enumerate(PAGES, start=1):
            self.go_actions[name] = self._action(
                f"go_{name}", partial(self.show_page, name), QKeySequence(f"Ctrl+{number}")
            )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addAction(self.new_database_action)
        self.file_menu.addAction(self.backups_action)
        excel_actions = [a for a in (self.import_action, self.template_action, self.export_action) if a is not None]
        if excel_actions:
            self.file_menu.addSeparator()
            for action in excel_actions:
                self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.export_list_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addAction(self.verify_documents_action)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        # Users… (administrators) and Change my password… (on a server), before Settings.
        self.users_menu = UsersMenu(self, self.file_menu, lambda: self.ctx, before=self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.exit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.new_action)
        self.edit_menu.addAction(self.open_record_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_rows_action)
        self.edit_menu.addAction(self.search_action)
        self.reference_menu = ReferenceMenu(self, self.edit_menu, lambda: self.ctx)  # stages, sectors, countries
        self.budget_menu = BudgetMenu(self, self.edit_menu, lambda: self.ctx)  # rate table, chart of accounts
        self.travel_costs_menu = TravelCostsMenu(self, self.edit_menu, lambda: self.ctx)  # air fares, visa, ...
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        for action in self.go_actions.values():
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_record_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.location_label = QLabel(self)
        self.location_label.setObjectName("locationLabel")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCountLabel")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        status.addWidget(self.location_label, 1)
        status.addPermanentWidget(self.read_only_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.user_label)

    # --- pages ------------------------------------------------------------------------------------

    def current_page_name(self) -> str | None:
        item = self.navigation.currentItem()
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_register(self) -> RegisterPage | None:
        widget = self.stack.currentWidget()
        return widget if self._is_register(widget) else None

    def _is_register(self, widget: QWidget | None) -> TypeGuard[RegisterPage]:
        """Whether ``widget`` is one of the register pages (known by name: no need to load their module)."""
        return widget is not None and any(self.pages.get(name) is widget for name in REGISTER_PAGES)

    def page(self, name: str) -> QWidget:
        """The page ``name``, created on first use (so the window starts fast); its place-holder while
        the database is still being opened."""
        if self.ctx is None:
            return self._placeholders[name]
        if name not in self.pages:
            widget = self._create_page(name)
            placeholder = self._placeholders.pop(name)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[name] = widget
        return self.pages[name]

    def _create_page(self, name: str) -> QWidget:
        if name == "dashboard":
            from secretariat.gui.dashboard import DashboardPage
            from secretariat.gui.settings_dialog import load_thresholds

            dashboard = DashboardPage(self.ctx, self.stack)
            dashboard.set_thresholds(load_thresholds())
            dashboard.open_record.connect(self.open_record_of_kind)
            dashboard.records_changed.connect(lambda: self._mark_others_stale("dashboard"))
            dashboard.refreshed.connect(lambda: self.page_filled.emit("dashboard"))
            return dashboard
        if name == "impact":
            from secretariat.gui.impact.page import ImpactPage

            impact = ImpactPage(self.ctx, self.stack)
            impact.open_record.connect(self.open_record_of_kind)
            return impact
        if name == "documents":
            from secretariat.gui.registers.archive import DocumentArchivePage

            page: RegisterPage = DocumentArchivePage(self.ctx, self.stack)
        else:
            from secretariat.gui.registers import RegisterPage

            page = RegisterPage(self.ctx, name, self.stack)
        if name == "budget":
            from secretariat.gui.budget.overview import attach_overview

            attach_overview(page, self.ctx, self.open_record_of_kind)  # the year's totals above the register
        page.count_changed.connect(lambda _count, p=page: self._update_count(p))
        page.data_changed.connect(lambda n=name: self._mark_others_stale(n))
        page.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        page.model.modelReset.connect(self._update_actions)
        page.model.loading_changed.connect(lambda loading, n=name: None if loading else self.page_filled.emit(n))
        return page

    def show_page(self, name: str) -> None:
        row = PAGES.index(name)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _navigate
        else:
            self._navigate(row)

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row]
        self.chosen_page = name
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        if name in self._stale:
            self._stale.discard(name)
            self._refresh_widget(widget)
        if self._is_register(widget):
            widget.start()
        self._update_count(widget)
        self._update_actions()

    def show_welcome(self) -> None:
        from secretariat.gui.welcome import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage(self.ctx, self.stack)
            self.welcome.demo_loaded.connect(self._after_demo)
            self.welcome.start_empty.connect(lambda: self.show_page("partners"))
            self.welcome.import_requested.connect(self.import_from_excel)
            self.welcome.recent_requested.connect(self.open_record_of_kind)
            self.stack.addWidget(self.welcome)
        blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(blocked)
        self.stack.setCurrentWidget(self.welcome)
        # Focus on the page's first choice: an empty navigation list taking focus would pick a page.
        self.welcome.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_count(self.welcome)
        self._update_actions()

    def _after_demo(self) -> None:
        self._stale.update(self.pages)
        self.show_page("dashboard")

    def _mark_others_stale(self, changed: str) -> None:
        self._stale.update(name for name in self.pages if name != changed)

    @staticmethod
    def _refresh_widget(widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    # --- actions ----------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        page = self.current_register()
        has_register = page is not None
        has_row = page is not None and page.current_id() is not None
        session = self.ctx is not None  # the frame before the database is open offers nothing to act on
        for action in (
            self.settings_action,
            self.backups_action,
            self.verify_documents_action,
            self.import_action,
            self.template_action,
            self.export_action,
            *self.edit_menu.actions()[self.edit_menu.actions().index(self.search_action) + 1 :],  # reference data
        ):
            if action is not None and not action.isSeparator():
                action.setEnabled(session)
        self.new_action.setEnabled(has_register)
        self.open_record_action.setEnabled(has_row)
        self.delete_action.setEnabled(has_row)
        self.search_action.setEnabled(has_register)
        self.print_action.setEnabled(has_register)
        self.export_list_action.setEnabled(has_register)
        self.copy_rows_action.setEnabled(has_row)
        self.refresh_action.setEnabled(self.current_page_name() is not None)

    def new_record(self) -> None:
        page = self.current_register()
        if page is not None:
            page.new_record()

    def open_record(self) -> None:
        page = self.current_register()
        if page is not None:
            page.open_current()

    def delete_record(self) -> None:
        page = self.current_register()
        if page is not None:
            page.delete_current()

    def focus_search(self) -> None:
        page = self.current_register()
        if page is not None:
            page.focus_search()

    def refresh(self) -> None:
        widget = self.stack.currentWidget()
        if widget is not None and widget is not self.welcome:
            self._refresh_widget(widget)

    def print_current(self) -> None:
        page = self.current_register()
        if page is None:
            return
        from secretariat.gui.registers.printing import preview_register  # Qt's printing only when printing

        columns = [page.model.columns[number] for number in page.visible_columns()]
        preview_register(self, self.ctx, page.register, page.register_title(), page.model.ids(), columns)

    def export_current_list(self) -> None:
        """The register as listed (search, filters, order, visible columns) to an Excel workbook."""
        page = self.current_register()
        if page is not None:
            from secretariat.gui.registers.list_actions import export_list

            export_list(page)

    def copy_rows(self) -> None:
        page = self.current_register()
        if page is not None:
            from secretariat.gui.registers.list_actions import copy_selected_rows

            copy_selected_rows(page)

    def show_help(self) -> None:
        """The user guide, at the page about the screen shown (F1)."""
        from secretariat.gui.widgets.help import show_help

        show_help(self, self.current_page_name() or "welcome")

    def _fill_recent_menu(self) -> None:
        from secretariat.gui.widgets.recent import recent_records
        from secretariat.services import session_start

        self.recent_menu.clear()
        if self.ctx is None:  # the frame before the database is open: nothing opened yet
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
            return
        records = recent_records(session_start.location(self.ctx))
        for record in records:
            action = self.recent_menu.addAction(record.title)
            action.triggered.connect(lambda _checked=False, r=record: self.open_record_of_kind(r.kind, r.record_id))
        if not records:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    def verify_documents(self) -> None:
        """Check every stored document against its SHA-256 and show the report."""
        from secretariat.gui.registers.archive import verify_documents_report

        verify_documents_report(self.ctx, self)

    def open_record_of_kind(self, kind: str, record_id: int) -> None:
        """Open a record shown elsewhere (the dashboard's reminders) in its editor."""
        from secretariat.gui.record_editors import open_editor

        if open_editor(kind, record_id, self.ctx, self):
            current = self.current_page_name()
            self._stale.update(name for name in self.pages if name != current)
            self.refresh()

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            "",
            self.tr("Secretariat databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.database_chosen.emit(path)

    def choose_new_database(self) -> None:
        """File > New database: a new, empty database file (never over an existing file)."""
        from secretariat.gui.backups.start_window import ask_new_database

        path = ask_new_database(self)
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr(
                    "%1 already exists; a new database is never made over a file. Use Open database for it."
                ).replace("%1", path),
            )
            return
        self.new_database_chosen.emit(path)

    def open_backups(self) -> None:
        """File > Backups: the list, back up now, restore (the restored database is opened again)."""
        from secretariat.gui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.restored.connect(self.database_chosen.emit)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def import_from_excel(self) -> None:
        """The welcome page's quick import (all or nothing); the pages show what it brought."""
        import_from_excel(self, self.ctx, self._after_import)

    def import_wizard(self) -> None:
        """The import wizard: preview of what is added, updated and rejected, then all or only valid rows."""
        from secretariat.gui.excel.import_wizard import run_import_wizard

        run_import_wizard(self.ctx, self)
        self._after_import()

    def write_template(self) -> None:
        from secretariat.gui.excel.import_wizard import run_template_action

        run_template_action(self.ctx, self)

    def export_excel(self) -> None:
        from secretariat.gui.excel.import_wizard import run_export_action

        run_export_action(self.ctx, self)

    def _after_import(self) -> None:
        self._stale.update(self.pages)
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            self.show_page("dashboard")
        else:
            self.refresh()

    def open_settings(self) -> None:
        from secretariat.gui.dashboard import DashboardPage
        from secretariat.gui.settings_dialog import SettingsDialog, load_thresholds

        dialog = SettingsDialog(self.ctx, self)
        try:
            if dialog.exec() == SettingsDialog.DialogCode.Accepted:
                dashboard = self.pages.get("dashboard")
                if isinstance(dashboard, DashboardPage):  # None until the page is first shown
                    dashboard.set_thresholds(load_thresholds())
                    self._refresh_widget(dashboard)
                self._update_title()
                self.settings_saved.emit()
        finally:
            dialog.deleteLater()

    def about(self) -> None:
        from secretariat import __version__

        QMessageBox.about(
            self,
            self.tr("About Secretariat"),
            self.tr(
                "<h3>Secretariat %1</h3><p>Partners, agreements, delegations and budgets of a regional "
                "government's foreign-cooperation bureau.</p>"
            ).replace("%1", __version__),
        )

    # --- session ----------------------------------------------------------------------------------

    def set_session(self, ctx: ServiceContext) -> None:
        """Show another database (or the first one, after the frame): every page is made again over it."""
        from secretariat.gui.welcome import database_is_empty

        self._save_pages()
        self.ctx = ctx
        for name, widget in list(self.pages.items()):
            placeholder = QWidget(self.stack)
            self._placeholders[name] = placeholder
            self.stack.insertWidget(self.stack.indexOf(widget), placeholder)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self._stale.clear()
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        self._update_status()
        self.users_menu.update_actions()
        if database_is_empty(ctx):
            self.show_welcome()
        else:
            self.show_page(self.current_page_name() or "dashboard")  # the page chosen while it was opening
        self.session_opened.emit()

    # --- status bar -------------------------------------------------------------------------------

    def _update_count(self, widget: QWidget | None) -> None:
        if widget is not self.stack.currentWidget():
            return
        if self._is_register(widget) and widget.model.loaded_once:
            from secretariat.gui.formatting import format_number

            count = format_number(widget.model.rowCount(), current_language())
            self.count_label.setText(self.tr("Rows: %1").replace("%1", count))
            self.count_label.setVisible(True)
        else:
            self.count_label.setVisible(False)

    def _update_status(self) -> None:
        if self.ctx is None:
            self.location_label.setText(self.tr("Opening the database…"))
            self.user_label.setText("")
            self.read_only_label.setVisible(False)
            self._update_title()
            return
        from secretariat.services import session_start

        self.location_label.setText(self.tr("Database: %1").replace("%1", session_start.location(self.ctx)))
        read_only = session_start.is_read_only(self.ctx)
        self.read_only_label.setVisible(read_only)
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setToolTip(
            self.tr("This file or its folder cannot be written here: you can read everything, and changes are refused.")
        )
        actor = self.ctx.actor
        self.user_label.setText(
            self.tr("%1 (%2)").replace("%1", actor.login).replace("%2", label(UserRole(actor.role), current_language()))
        )
        self._update_title()

    def _update_title(self) -> None:
        from secretariat.services import session_start

        if self.ctx is not None and session_start.is_read_only(self.ctx):
            self.setWindowTitle(self.tr("Secretariat (read-only)"))
        else:
            self.setWindowTitle(self.tr("Secretariat"))

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = self.page_titles()
        for row, name in enumerate(PAGES):
            self.navigation.item(row).setText(titles[name])
            self.go_actions[name].setText(titles[name])
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setToolTip(self.tr("Add a new record to this register (Ctrl+N)"))
        self.new_action.setIconText(self.tr("New"))
        self.open_record_action.setText(self.tr("&Open record"))
        self.open_record_action.setIconText(self.tr("Open"))
        self.open_record_action.setToolTip(self.tr("Open the selected record (Enter or double-click)"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.delete_action.setIconText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected record (Delete)"))
        self.search_action.setText(self.tr("&Search"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.refresh_action.setIconText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Read the page again from the database (F5)"))
        self.print_action.setText(self.tr("&Print this list…"))
        self.print_action.setToolTip(self.tr("Print the register as listed, with a preview first (Ctrl+P)"))
        self.export_list_action.setText(self.tr("Export this &list to Excel…"))
        self.export_list_action.setToolTip(
            self.tr("The register as listed (search, filters, order and columns) as an Excel workbook (Ctrl+E)")
        )
        self.recent_menu.setTitle(self.tr("Recent &records"))
        self.copy_rows_action.setText(self.tr("&Copy selected rows"))
        self.copy_rows_action.setToolTip(self.tr("The selected rows as tab-separated text (Ctrl+C in the list)"))
        self.help_action.setText(self.tr("&User guide"))
        self.help_action.setToolTip(self.tr("The user guide, at the page about this screen (F1)"))
        self.open_database_action.setText(self.tr("Open &database…"))
        self.new_database_action.setText(self.tr("Ne&w database…"))
        self.backups_action.setText(self.tr("&Backups…"))
        if self.import_action is not None:
            self.import_action.setText(self.tr("&Import from Excel…"))
        if self.template_action is not None:
            self.template_action.setText(self.tr("Excel import &template…"))
        if self.export_action is not None:
            self.export_action.setText(self.tr("&Export to Excel…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.verify_documents_action.setText(self.tr("&Check documents…"))
        self.exit_action.setText(self.tr("E&xit"))
        self.about_action.setText(self.tr("&About Secretariat"))
        self._update_status()
        self._update_count(self.stack.currentWidget())

    def page_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "partners": self.tr("Partners"),
            "agreements": self.tr("Agreements"),
            "delegations": self.tr("Delegations"),
            "budget": self.tr("Budget"),
            "per_diem_rates": self.tr("Per-diem rates"),
            "officials": self.tr("Officials"),
            "documents": self.tr("Documents"),
            "impact": self.tr("Impact"),
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- remembering the window -------------------------------------------------------------------

    def _restore_window(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_GROUP}/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value(f"{SETTINGS_GROUP}/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value(f"{SETTINGS_GROUP}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _save_pages(self) -> None:
        for widget in self.pages.values():
            if self._is_register(widget):
                widget.save_columns()

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())
        settings.setValue(f"{SETTINGS_GROUP}/state", self.saveState())
        settings.setValue(f"{SETTINGS_GROUP}/splitter", self.splitter.saveState())
        self._save_pages()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
