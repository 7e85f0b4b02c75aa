"""Settings: the office profile (shared by every workstation), the language and the reminder thresholds
(each person's own, kept in QSettings). The form is ``ui/settings_dialog.ui``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSettings, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.enums import PaperSize, RegionLevel
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.labels import label
from secretariat.domain.numbering import (
    DEFAULT_PATTERNS,
    READABLE_TOKENS,
    check_pattern,
    format_number,
    readable_pattern,
    stored_pattern,
    token,
)
from secretariat.domain.records import OfficeProfileData
from secretariat.domain.search_limits import SEARCH_CHARACTER_RANGE, SEARCH_WORD_RANGE
from secretariat.gui.errors import report_exception
from secretariat.gui.forms import bind, load_form
from secretariat.gui.i18n import (
    LANGUAGES,
    apply_language,
    chosen_language,
    current_language,
    language_name,
    save_language,
)
from secretariat.gui.widgets.conflict_dialog import ask_conflict
from secretariat.gui.widgets.layout_items import insert_layout
from secretariat.gui.widgets.screen_fit import resize_within_screen
from secretariat.gui.widgets.scroll_pages import scroll_tab_pages
from secretariat.services import numbering, office
from secretariat.services.context import ServiceContext
from secretariat.services.dashboard import ReminderThresholds

log = logging.getLogger(__name__)

LOGO_SIZE = 96
SERIES = ("agreement", "delegation", "letter")
THRESHOLD_KEYS = {
    "expiry_days": "reminders/expiry_days",
    "dormant_months": "reminders/dormant_months",
    "departing_days": "reminders/departing_days",
    "passport_months": "reminders/passport_months",
}
_ERROR_STYLE = "border: 1px solid #b00020;"

__all__ = ["SettingsDialog", "load_thresholds", "parse_days", "save_thresholds"]


# --- reminder thresholds (per user) -------------------------------------------------------------------


def parse_days(text: str) -> tuple[int, ...]:
    """ "180, 90, 30" -> (180, 90, 30); ValueError naming the bad part."""
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if not parts:
        raise ValueError("empty")
    days: list[int] = []
    for part in parts:
        if not part.isdigit():
            raise ValueError(part)
        days.append(int(part))
    return tuple(sorted(set(days), reverse=True))


def load_thresholds(settings: QSettings | None = None) -> ReminderThresholds:
    """This user's thresholds (the office defaults where none are saved or a saved one is unreadable)."""
    settings = settings or QSettings()
    defaults = ReminderThresholds()
    try:
        expiry = parse_days(str(settings.value(THRESHOLD_KEYS["expiry_days"], "") or ""))
    except ValueError:
        expiry = defaults.expiry_days

    def whole(key: str, default: int) -> int:
        raw = settings.value(THRESHOLD_KEYS[key], default)
        if not isinstance(raw, int | float | str | bytes):  # what int() refuses with TypeError
            return default
        try:
            value = int(raw)
        except ValueError:
            return default
        return value if value >= 0 else default

    return ReminderThresholds(
        expiry_days=expiry,
        dormant_months=whole("dormant_months", defaults.dormant_months),
        departing_days=whole("departing_days", defaults.departing_days),
        passport_months=whole("passport_months", defaults.passport_months),
    )


def save_thresholds(thresholds: ReminderThresholds, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(THRESHOLD_KEYS["expiry_days"], ", ".join(str(d) for d in thresholds.expiry_days))
    settings.setValue(THRESHOLD_KEYS["dormant_months"], thresholds.dormant_months)
    settings.setValue(THRESHOLD_KEYS["departing_days"], thresholds.departing_days)
    settings.setValue(THRESHOLD_KEYS["passport_months"], thresholds.passport_months)


def _png_bytes(path: Path) -> bytes:
    """The image at ``path`` as PNG bytes (JPEG, BMP... are converted); ValueError when unreadable."""
    image = QImage(str(path))
    if image.isNull():
        raise ValueError(str(path))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 stub bug: the format is typed bytes, yet only a str is accepted at run time (6.11).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


class SettingsDialog(QDialog):
    """Office profile, numbering, language and reminders. Saves nothing until every field is good."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.ctx = ctx
        self.form = load_form("settings_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        f = self.form
        self.tabs = bind(f, "tabs", QTabWidget)
        self.office_tab = bind(f, "officeTab", QWidget)
        self.letterhead_tab = bind(f, "letterheadTab", QWidget)
        self.numbering_tab = bind(f, "numberingTab", QWidget)
        self.interface_tab = bind(f, "interfaceTab", QWidget)
        self.region_name_id = bind(f, "regionNameIdEdit", QLineEdit)
        self.region_name_en = bind(f, "regionNameEnEdit", QLineEdit)
        self.region_level = bind(f, "regionLevelCombo", QComboBox)
        self.head_name = bind(f, "headNameEdit", QLineEdit)
        self.head_title_id = bind(f, "headTitleIdEdit", QLineEdit)
        self.head_title_en = bind(f, "headTitleEnEdit", QLineEdit)
        self.bureau_head_name = bind(f, "bureauHeadNameEdit", QLineEdit)
        self.bureau_head_title = bind(f, "bureauHeadTitleEdit", QLineEdit)
        # who signs budgets (the travel budget and the year's budget workbook)
        self.bureau_head_nip = bind(f, "bureauHeadNipEdit", QLineEdit)
        self.finance_officer_name = bind(f, "financeOfficerNameEdit", QLineEdit)
        self.finance_officer_title = bind(f, "financeOfficerTitleEdit", QLineEdit)
        self.finance_officer_nip = bind(f, "financeOfficerNipEdit", QLineEdit)
        self.address = bind(f, "addressEdit", QPlainTextEdit)
        self.contact = bind(f, "contactEdit", QPlainTextEdit)
        self.logo_preview = bind(f, "logoPreview", QLabel)
        self.choose_logo_button = bind(f, "chooseLogoButton", QPushButton)
        self.remove_logo_button = bind(f, "removeLogoButton", QPushButton)
        self.logo_error = bind(f, "logoError", QLabel)
        self.paper = bind(f, "paperCombo", QComboBox)
        self.letterhead_unit = bind(f, "letterheadUnitEdit", QLineEdit)
        self.head_letterhead_title = bind(f, "headLetterheadTitleEdit", QLineEdit)
        self.emblem_preview = bind(f, "headEmblemPreview", QLabel)
        self.choose_emblem_button = bind(f, "chooseEmblemButton", QPushButton)
        self.remove_emblem_button = bind(f, "removeEmblemButton", QPushButton)
        self.emblem_error = bind(f, "headEmblemError", QLabel)
        self.delegation_min = bind(f, "delegationMinSpin", QSpinBox)
        self.delegation_max = bind(f, "delegationMaxSpin", QSpinBox)
        self._add_search_limits(f)
        self.pattern_edits = {series: bind(f, f"{series}PatternEdit", QLineEdit) for series in SERIES}
        self.pattern_previews = {series: bind(f, f"{series}Preview", QLabel) for series in SERIES}
        self.pattern_captions = {series: bind(f, f"{series}PreviewCaption", QLabel) for series in SERIES}
        self.pattern_errors = {series: bind(f, f"{series}Error", QLabel) for series in SERIES}
        self.unit_code = bind(f, "unitCodeEdit", QLineEdit)
        self.numbering_help = bind(f, "numberingHelp", QLabel)
        self.token_buttons = self._token_buttons()
        self.language = bind(f, "languageCombo", QComboBox)
        self.expiry_days = bind(f, "expiryDaysEdit", QLineEdit)
        self.expiry_days_error = bind(f, "expiryDaysError", QLabel)
        self.dormant_months = bind(f, "dormantMonthsSpin", QSpinBox)
        self.departing_days = bind(f, "departingDaysSpin", QSpinBox)
        self.passport_months = bind(f, "passportMonthsSpin", QSpinBox)
        self.problems_label = bind(f, "problemsLabel", QLabel)
        self.button_box = bind(f, "buttonBox", QDialogButtonBox)
        for preview in (self.logo_preview, self.emblem_preview):
            preview.setWordWrap(True)  # "Belum ada lambang" in two lines rather than cut at both ends
        # Each page scrolls when the screen is lower than the page (the letterhead asks for 650 pixels).
        scroll_tab_pages(self.tabs)
        resize_within_screen(self, 720, 640)

        self._field_widgets: dict[str, tuple[QWidget, QWidget]] = {
            "region_name_id": (self.region_name_id, self.office_tab),
            "region_name_en": (self.region_name_en, self.office_tab),
            "region_level": (self.region_level, self.office_tab),
            "head_name": (self.head_name, self.office_tab),
            "head_title_id": (self.head_title_id, self.office_tab),
            "head_title_en": (self.head_title_en, self.office_tab),
            "bureau_head_name": (self.bureau_head_name, self.office_tab),
            "bureau_head_title": (self.bureau_head_title, self.office_tab),
            "bureau_head_nip": (self.bureau_head_nip, self.office_tab),
            "finance_officer_name": (self.finance_officer_name, self.office_tab),
            "finance_officer_title": (self.finance_officer_title, self.office_tab),
            "finance_officer_nip": (self.finance_officer_nip, self.office_tab),
            "address_lines": (self.address, self.letterhead_tab),
            "contact_lines": (self.contact, self.letterhead_tab),
            "logo": (self.logo_preview, self.letterhead_tab),
            "letterhead_unit": (self.letterhead_unit, self.letterhead_tab),
            "head_letterhead_title": (self.head_letterhead_title, self.letterhead_tab),
            "head_emblem": (self.emblem_preview, self.letterhead_tab),
            "paper": (self.paper, self.letterhead_tab),
            "delegation_min_size": (self.delegation_min, self.letterhead_tab),
            "delegation_max_size": (self.delegation_max, self.letterhead_tab),
            "search_max_characters": (self.search_characters, self.letterhead_tab),
            "search_max_words": (self.search_words, self.letterhead_tab),
            **{f"{series}_pattern": (self.pattern_edits[series], self.numbering_tab) for series in SERIES},
            "unit_code": (self.unit_code, self.numbering_tab),
            "expiry_days": (self.expiry_days, self.interface_tab),
        }
        self._logo: bytes | None = None
        self._emblem: bytes | None = None
        self._saved_patterns: dict[str, str] = {}

        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.choose_emblem_button.clicked.connect(self.choose_emblem)
        self.remove_emblem_button.clicked.connect(lambda: self.set_emblem(None))
        for series, edit in self.pattern_edits.items():
            edit.textChanged.connect(lambda _text, s=series: self._check_pattern_field(s))
        self.unit_code.textChanged.connect(lambda _text: [self._check_pattern_field(s) for s in SERIES])
        self.expiry_days.textChanged.connect(self._check_expiry_field)
        live_checked = {*self.pattern_edits.values(), self.expiry_days}
        for widget, _tab in self._field_widgets.values():
            signal = getattr(widget, "textChanged", None)
            if signal is not None and widget not in live_checked:
                signal.connect(lambda *_args, w=widget: self._clear_mark(w))

        self._fill_combos()
        self.load()
        self.retranslate()

    # --- loading ----------------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        language = current_language()
        for combo, members in ((self.region_level, list(RegionLevel)), (self.paper, list(PaperSize))):
            kept = combo.currentData()
            combo.clear()
            for member in members:
                combo.addItem(label(member, language), member.value)
            if kept is not None:
                combo.setCurrentIndex(max(combo.findData(kept), 0))
        kept_language = self.language.currentData()
        self.language.clear()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(kept_language or chosen_language()), 0))

    def load(self) -> None:
        profile = office.get_office_profile(self.ctx)
        self._loaded_profile = profile  # handed back on saving: a change made meanwhile elsewhere is not lost
        self.region_name_id.setText(profile.region_name_id)
        self.region_name_en.setText(profile.region_name_en)
        self.region_level.setCurrentIndex(max(self.region_level.findData(profile.region_level), 0))
        self.head_name.setText(profile.head_name or "")
        self.head_title_id.setText(profile.head_title_id or "")
        self.head_title_en.setText(profile.head_title_en or "")
        self.bureau_head_name.setText(profile.bureau_head_name or "")
        self.bureau_head_title.setText(profile.bureau_head_title or "")
        self.bureau_head_nip.setText(profile.bureau_head_nip or "")
        self.finance_officer_name.setText(profile.finance_officer_name or "")
        self.finance_officer_title.setText(profile.finance_officer_title or "")
        self.finance_officer_nip.setText(profile.finance_officer_nip or "")
        self.address.setPlainText(profile.address_lines or "")
        self.contact.setPlainText(profile.contact_lines or "")
        self.paper.setCurrentIndex(max(self.paper.findData(profile.paper), 0))
        self.delegation_min.setValue(profile.delegation_min_size)
        self.delegation_max.setValue(profile.delegation_max_size)
        self.search_characters.setValue(profile.search_max_characters)
        self.search_words.setValue(profile.search_max_words)
        self.set_logo(profile.logo_png)
        self.letterhead_unit.setText(profile.letterhead_unit or "")
        self.head_letterhead_title.setText(profile.head_letterhead_title or "")
        self.set_emblem(profile.head_emblem_png)
        self.unit_code.setText(profile.unit_code or "")
        for series in SERIES:
            pattern = getattr(profile, f"{series}_pattern")
            self._saved_patterns[series] = pattern
            # Shown in the clerk's words ({nomor:3}/KS/{tahun}); saved as before.
            self.pattern_edits[series].setText(readable_pattern(pattern, current_language()))
        thresholds = load_thresholds()
        self.expiry_days.setText(", ".join(str(d) for d in thresholds.expiry_days))
        self.dormant_months.setValue(thresholds.dormant_months)
        self.departing_days.setValue(thresholds.departing_days)
        self.passport_months.setValue(thresholds.passport_months)
        self.problems_label.clear()

    # --- the logo and the head of region's emblem ----------------------------------------------------

    def choose_logo(self) -> None:
        self._choose_image(self.tr("Choose the logo"), self.logo_preview, self.set_logo)

    def set_logo(self, png: bytes | None) -> None:
        self._logo = png
        self._show_image(self.logo_preview, png, self.remove_logo_button, self.tr("No logo"))

    @property
    def logo(self) -> bytes | None:
        return self._logo

    def choose_emblem(self) -> None:
        self._choose_image(self.tr("Choose the national emblem"), self.emblem_preview, self.set_emblem)

    def set_emblem(self, png: bytes | None) -> None:
        """The emblem over the head of region's letterhead (a letter the head signs)."""
        self._emblem = png
        self._show_image(self.emblem_preview, png, self.remove_emblem_button, self.tr("No emblem"))

    @property
    def emblem(self) -> bytes | None:
        return self._emblem

    def _choose_image(self, title: str, preview: QLabel, setter: Callable[[bytes | None], None]) -> None:
        """An image file chosen by the clerk, given to ``setter`` as PNG; marked at ``preview`` if unreadable."""
        path, _filter = QFileDialog.getOpenFileName(self, title, "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)"))
        if not path:
            return
        try:
            setter(_png_bytes(Path(path)))
        except ValueError:
            self._mark(preview, self.tr("%1 is not an image this program can read.").replace("%1", path))

    def _show_image(self, preview: QLabel, png: bytes | None, remove: QPushButton, empty: str) -> None:
        """``png`` scaled into ``preview``, or ``empty`` written there when there is none."""
        self._clear_mark(preview)
        pixmap = QPixmap()
        if png and pixmap.loadFromData(QByteArray(png)):
            preview.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE - 6,
                    LOGO_SIZE - 6,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(empty)
        remove.setEnabled(png is not None)

    # --- live checks at the fields ----------------------------------------------------------------

    def _mark(self, widget: QWidget, message: str) -> None:
        widget.setProperty("problem", True)
        if not isinstance(widget, QLabel):
            widget.setStyleSheet(_ERROR_STYLE)
        widget.setToolTip(message)
        error_label = self._error_label_for(widget)
        if error_label is not None:
            error_label.setText(message)

    def _clear_mark(self, widget: QWidget) -> None:
        if widget.property("problem"):
            widget.setProperty("problem", False)
            widget.setStyleSheet("")
            widget.setToolTip("")
        error_label = self._error_label_for(widget)
        if error_label is not None:
            error_label.clear()

    def _error_label_for(self, widget: QWidget) -> QLabel | None:
        for series, edit in self.pattern_edits.items():
            if widget is edit:
                return self.pattern_errors[series]
        if widget is self.expiry_days:
            return self.expiry_days_error
        if widget is self.logo_preview:
            return self.logo_error
        if widget is self.emblem_preview:
            return self.emblem_error
        return None

    def _pattern_problem(self, series: str) -> str | None:
        pattern = self.pattern_edits[series].text().strip()
        if not pattern:
            return self.tr("A pattern is required.")
        try:
            check_pattern(f"{series}_pattern", pattern)
        except ValidationError as exc:
            return exc.problems[0].message(current_language())
        except (ValueError, IndexError, KeyError) as exc:  # format specs check_pattern does not catch
            return self.tr("This pattern cannot be used: %1").replace("%1", str(exc))
        return None

    def _check_pattern_field(self, series: str) -> bool:
        edit = self.pattern_edits[series]
        problem = self._pattern_problem(series)
        if problem is not None:
            self._mark(edit, problem)
            self.pattern_previews[series].clear()
            return False
        self._clear_mark(edit)
        self.pattern_previews[series].setText(self._preview(series, edit.text().strip()))
        return True

    def _preview(self, series: str, pattern: str) -> str:
        """The next number with the typed pattern and unit code, from the series' counter in the database."""
        today = date.today()
        pattern = stored_pattern(pattern)
        unit = self.unit_code.text().strip() or token("unit", current_language())
        try:
            return numbering.peek_next_number(self.ctx, series, today, pattern=pattern, unit=unit)
        except UserError as exc:
            log.warning("cannot preview the next %s number: %s", series, exc)
        return format_number(pattern, 1, today, unit)

    def _check_expiry_field(self) -> bool:
        try:
            parse_days(self.expiry_days.text())
        except ValueError:
            self._mark(self.expiry_days, self.tr("Write whole numbers of days separated by commas, e.g. 180, 90, 30."))
            return False
        self._clear_mark(self.expiry_days)
        return True

    # --- saving -------------------------------------------------------------------------------------

    def _save_profile(self, data: OfficeProfileData) -> None:
        """Save the office profile; when another workstation changed it meanwhile, the clerk chooses per
        field (the conflict dialog) and the result is saved on the version stored now."""
        while True:
            try:
                office.update_office_profile(self.ctx, data, loaded=self._loaded_profile)
                return
            except EditConflict as conflict:
                chosen = ask_conflict(self, conflict, current_language()) if conflict.current is not None else None
                if chosen is None:
                    raise
                for change in conflict.changes:
                    if change.field in chosen and hasattr(data, change.field):
                        setattr(data, change.field, change.theirs)
                self._loaded_profile = conflict.current

    def profile_data(self) -> OfficeProfileData:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return OfficeProfileData(
            region_name_id=self.region_name_id.text().strip(),
            region_name_en=self.region_name_en.text().strip(),
            region_level=str(self.region_level.currentData()),
            head_name=text(self.head_name),
            head_title_id=text(self.head_title_id),
            head_title_en=text(self.head_title_en),
            bureau_head_name=text(self.bureau_head_name),
            bureau_head_title=text(self.bureau_head_title),
            bureau_head_nip=text(self.bureau_head_nip),
            finance_officer_name=text(self.finance_officer_name),
            finance_officer_title=text(self.finance_officer_title),
            finance_officer_nip=text(self.finance_officer_nip),
            address_lines=self.address.toPlainText().strip() or None,
            contact_lines=self.contact.toPlainText().strip() or None,
            logo_png=self._logo,
            paper=str(self.paper.currentData()),
            agreement_pattern=self._stored("agreement"),
            delegation_pattern=self._stored("delegation"),
            letter_pattern=self._stored("letter"),
            delegation_min_size=self.delegation_min.value(),
            delegation_max_size=self.delegation_max.value(),
            search_max_characters=self.search_characters.value(),
            search_max_words=self.search_words.value(),
            letterhead_unit=text(self.letterhead_unit),
            head_letterhead_title=text(self.head_letterhead_title),
            head_emblem_png=self._emblem,
            unit_code=text(self.unit_code),
        )

    def _stored(self, series: str) -> str:
        """The pattern typed for ``series`` as it is kept ({nomor:3} -> {seq:03d})."""
        text = self.pattern_edits[series].text().strip()
        try:
            return stored_pattern(text, f"{series}_pattern")
        except ValidationError:
            return text  # the check names what is wrong

    # --- the words of a pattern ---------------------------------------------------------------------

    def _token_buttons(self) -> dict[str, QToolButton]:
        """A row of the pattern's words under the explanation; a click puts the word at the cursor."""
        row = QHBoxLayout()
        row.setSpacing(4)
        buttons: dict[str, QToolButton] = {}
        for field in READABLE_TOKENS:
            button = QToolButton(self.numbering_tab)
            button.setObjectName(f"token_{field}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the pattern
            button.clicked.connect(lambda _checked=False, f=field: self.insert_token(f))
            row.addWidget(button)
            buttons[field] = button
        row.addStretch(1)
        layout = self.numbering_tab.layout()
        if isinstance(layout, QVBoxLayout):
            insert_layout(layout, 1, row)
        self._last_pattern_edit = self.pattern_edits["agreement"]
        for edit in self.pattern_edits.values():
            edit.cursorPositionChanged.connect(lambda *_args, e=edit: setattr(self, "_last_pattern_edit", e))
        return buttons

    def insert_token(self, field: str) -> None:
        """Put the word of ``field`` ({tahun}, {number:3}...) where the cursor is in the pattern last used."""
        edit = self._last_pattern_edit
        word = token(field, current_language())
        edit.insert(word[:-1] + ":3}" if field == "seq" else word)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problems(self, problems: list[Problem]) -> None:
        language = current_language()
        first: tuple[QWidget, QWidget] | None = None
        lines = []
        for problem in problems:
            target = self._field_widgets.get(problem.field)
            message = problem.message(language)
            if target is not None:
                self._mark(target[0], message)
                first = first or target
            lines.append(f"{self._field_title(problem.field)}: {message}")
        self.problems_label.setText("\n".join(lines))
        if first is not None:
            self.tabs.setCurrentWidget(first[1])
            first[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_title(self, field: str) -> str:
        titles = {
            "region_name_id": self.tr("Region name (Indonesian)"),
            "region_name_en": self.tr("Region name (English)"),
            "region_level": self.tr("Level of the region"),
            "logo": self.tr("Logo"),
            "head_emblem": self.tr("National emblem (Garuda)"),
            "letterhead_unit": self.tr("Unit under the government's name"),
            "head_letterhead_title": self.tr("Head of region's letterhead"),
            "paper": self.tr("Default paper"),
            "delegation_min_size": self.tr("Smallest delegation abroad"),
            "delegation_max_size": self.tr("Largest delegation abroad"),
            "search_max_characters": self.tr("Longest search (characters)"),
            "search_max_words": self.tr("Longest search (words)"),
            "agreement_pattern": self.tr("Agreement numbers"),
            "delegation_pattern": self.tr("Delegation numbers"),
            "letter_pattern": self.tr("Letter numbers"),
            "unit_code": self.tr("Unit code"),
            "expiry_days": self.tr("Expiry reminders"),
        }
        return titles.get(field, field)

    def save(self) -> bool:
        """Check every field, save the office profile, then this user's settings; False when refused."""
        problems: list[Problem] = []
        for series in SERIES:
            problem = self._pattern_problem(series)
            if problem is not None:
                problems.append(Problem(f"{series}_pattern", problem, problem))
        try:
            expiry = parse_days(self.expiry_days.text())
        except ValueError:
            message = self.tr("Write whole numbers of days separated by commas, e.g. 180, 90, 30.")
            problems.append(Problem("expiry_days", message, message))
            expiry = ()
        if problems:
            self._show_problems(problems)
            return False
        try:
            self._save_profile(self.profile_data())
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was saved
            report_exception(self, exc)
            return False
        save_thresholds(
            ReminderThresholds(
                expiry_days=expiry,
                dormant_months=self.dormant_months.value(),
                departing_days=self.departing_days.value(),
                passport_months=self.passport_months.value(),
            )
        )
        language = str(self.language.currentData())
        save_language(language)
        if language != current_language():
            apply_language(language)
        self.accept()
        return True

    # --- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("Save"))
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self._fill_combos()
        if self._logo is None:
            self.logo_preview.setText(self.tr("No logo"))
        language = current_language()
        words = {field: token(field, language) for field in READABLE_TOKENS}
        self.numbering_help.setText(
            self.tr(
                "Write a pattern with these words in braces: %1 the running number (required; %2 writes it "
                "with three digits, 001), %3, %4, %5 (III) and %6 (the unit code below). A pattern with %3 starts "
                "again at 1 every year. A word clicked below goes where the cursor is."
            )
            .replace("%1", words["seq"])
            .replace("%2", words["seq"][:-1] + ":3}")
            .replace("%3", words["year"])
            .replace("%4", words["month"])
            .replace("%5", words["roman_month"])
            .replace("%6", words["unit"])
        )
        for field, button in self.token_buttons.items():
            word = token(field, language)
            button.setText(word[:-1] + ":3}" if field == "seq" else word)
            button.setToolTip(self.tr("Put %1 where the cursor is").replace("%1", button.text()))
        if self._emblem is None:
            self.emblem_preview.setText(self.tr("No emblem"))
        for series in SERIES:
            self.pattern_edits[series].setPlaceholderText(readable_pattern(DEFAULT_PATTERNS[series], language))
            self._check_pattern_field(series)
        self.search_characters_label.setText(self.tr("Longest search (characters):"))
        self.search_words_label.setText(self.tr("Longest search (words):"))
        self.search_characters.setToolTip(
            self.tr("A longer search in the registers is refused with a message (protects the database).")
        )
        self.search_words.setToolTip(self.search_characters.toolTip())
        self.search_characters.setSuffix(self.tr(" characters"))
        self.search_words.setSuffix(self.tr(" words"))

    def _add_search_limits(self, form: QWidget) -> None:
        """Two rows under the delegation sizes: the longest search the registers accept (office-wide)."""
        self.search_characters = QSpinBox(form)
        self.search_characters.setObjectName("searchCharactersSpin")
        self.search_characters.setRange(*SEARCH_CHARACTER_RANGE)
        self.search_words = QSpinBox(form)
        self.search_words.setObjectName("searchWordsSpin")
        self.search_words.setRange(*SEARCH_WORD_RANGE)
        self.search_characters_label = QLabel(form)
        self.search_words_label = QLabel(form)
        layout = next(
            (lay for lay in form.findChildren(QFormLayout) if lay.indexOf(self.delegation_max) >= 0),
            None,
        )
        if layout is None:
            raise LookupError("the settings form has no row for the largest delegation")
        position = layout.getWidgetPosition(self.delegation_max)
        row = int(position[0]) if isinstance(position, tuple) else layout.rowCount() - 1
        layout.insertRow(row + 1, self.search_characters_label, self.search_characters)
        layout.insertRow(row + 2, self.search_words_label, self.search_words)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
