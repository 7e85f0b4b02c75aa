"""The user guide: HTML pages shipped with the program (resources/help/<language>/), read offline.

F1 opens the guide at the page about the screen the clerk is on: a register or the dashboard from
the main window, the page of a record editor from inside it. The pages are in Indonesian and in
English; the guide follows the interface language. Links between pages and to sections work; a
link to the web (none is needed) would open in the browser.

    show_help(parent, "agreements")          # the page about agreements
    install_help(dialog, "partner_editor")   # F1 in that dialog opens the page of its form
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secretariat.gui import resource_path
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout

__all__ = ["PAGES", "TOPICS", "HelpWindow", "help_page", "install_help", "show_help"]

#: The guide's pages in reading order (file names without .html).
PAGES: tuple[str, ...] = (
    "index",
    "dashboard",
    "registers",
    "partners",
    "agreements",
    "delegations",
    "budget",
    "excel",
    "history",
)

#: A screen (a main-window page, a record kind, a form) -> the page and section about it.
TOPICS: dict[str, str] = {
    "welcome": "index",
    "dashboard": "dashboard",
    "partners": "partners",
    "partner": "partners",
    "partner_editor": "partners",
    "contact_dialog": "partners#contacts",
    "agreements": "agreements",
    "agreement": "agreements",
    "agreement_editor": "agreements",
    "stage_dialog": "agreements#stages",
    "activity_dialog": "agreements#activities",
    "delegations": "delegations",
    "delegation": "delegations",
    "delegation_editor": "delegations",
    "member_dialog": "delegations#members",
    "itinerary_dialog": "delegations#itinerary",
    "permit_dialog": "delegations#permits",
    "officials": "delegations#officials",
    "official": "delegations#officials",
    "official_editor": "delegations#officials",
    "per_diem_rates": "delegations#per-diem",
    "per_diem_rate": "delegations#per-diem",
    "per_diem_rate_editor": "delegations#per-diem",
    "budget": "budget",
    "budget_line": "budget",
    "budget_line_editor": "budget",
    "transaction_dialog": "budget#transactions",
    "import": "excel",
    "excel": "excel",
    "history": "history",
}

_OPEN: list[HelpWindow] = []


def help_folder(language: str | None = None) -> Path:
    language = language or current_language()
    return resource_path("resources", "help", "id" if language == "id" else "en")


def help_page(topic: str, language: str | None = None) -> QUrl:
    """The URL of the page (and section) about ``topic``; the contents page for an unknown topic."""
    page, _, section = TOPICS.get(topic, topic if topic in PAGES else "index").partition("#")
    url = QUrl.fromLocalFile(str(help_folder(language) / f"{page}.html"))
    if section:
        url.setFragment(section)
    return url


def _title(page: str) -> str:
    titles = {
        "index": QCoreApplication.translate("Help", "Contents"),
        "dashboard": QCoreApplication.translate("Help", "The day's work: the dashboard"),
        "registers": QCoreApplication.translate("Help", "Lists: search, sort, export, print"),
        "partners": QCoreApplication.translate("Help", "Registering a partner"),
        "agreements": QCoreApplication.translate("Help", "An agreement through its stages"),
        "delegations": QCoreApplication.translate("Help", "Preparing a delegation"),
        "budget": QCoreApplication.translate("Help", "Keeping the budget"),
        "excel": QCoreApplication.translate("Help", "Importing from Excel"),
        "history": QCoreApplication.translate("Help", "History, revert and undo"),
    }
    return titles[page]


class HelpWindow(QDialog):
    """The guide: its pages on the left, the page on the right, Back / Forward / Contents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.language = current_language()
        self.pages = QListWidget(self)
        self.pages.setObjectName("helpPages")
        self.pages.setSpacing(3)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # links are followed here, web addresses in the browser
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.home_button = QPushButton(self)
        self.home_button.clicked.connect(lambda: self.open_topic("index"))
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        for page in PAGES:
            item = QListWidgetItem(self.pages)
            item.setData(Qt.ItemDataRole.UserRole, page)
        self.pages.currentItemChanged.connect(self._page_chosen)
        splitter = QSplitter(self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 650])
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        add_layout(layout, buttons)
        layout.addWidget(splitter, 1)
        self.resize(940, 660)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "Secretariat – User guide"))
        self.back_button.setText(QCoreApplication.translate("Help", "&Back"))
        self.forward_button.setText(QCoreApplication.translate("Help", "&Forward"))
        self.home_button.setText(QCoreApplication.translate("Help", "C&ontents"))
        self.close_button.setText(QCoreApplication.translate("Help", "&Close"))
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            item.setText(_title(str(item.data(Qt.ItemDataRole.UserRole))))

    def open_topic(self, topic: str) -> None:
        self.browser.setSource(help_page(topic, self.language))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url)

    def _source_changed(self, url: QUrl) -> None:
        page = Path(url.toLocalFile()).stem
        for row in range(self.pages.count()):
            if self.pages.item(row).data(Qt.ItemDataRole.UserRole) == page:
                blocked = self.pages.blockSignals(True)
                self.pages.setCurrentRow(row)
                self.pages.blockSignals(blocked)
                break

    def _page_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_topic(str(item.data(Qt.ItemDataRole.UserRole)))

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            fragment = self.browser.source().fragment()
            self.open_topic(self.current_page() + (f"#{fragment}" if fragment else ""))
        super().changeEvent(event)


def show_help(parent: QWidget | None, topic: str) -> HelpWindow:
    """Open the guide at ``topic`` (non-modal; a window opened from a dialog stays usable beside it)."""
    window = parent.window() if parent is not None else None
    existing = next((w for w in _OPEN if w.parentWidget() is window), None)
    if existing is None:
        existing = HelpWindow(window)
        _OPEN.append(existing)
        existing.destroyed.connect(lambda *_args, w=existing: _OPEN.remove(w) if w in _OPEN else None)
    existing.open_topic(topic)
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing


def install_help(dialog: QWidget, topic: str) -> QShortcut:
    """F1 in ``dialog`` opens the guide at ``topic``."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(dialog, topic))
    return shortcut
