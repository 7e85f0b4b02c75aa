"""Small controllers around the widgets of a Designer form: dates, optional dates, amounts, pick lists.

They turn widget contents into the plain values the domain records want
(``date | None``, ``Decimal | None``, enum codes, ids) and back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypedDict

from PySide6.QtCore import QDate, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from secretariat.domain.labels import label
from secretariat.gui.widgets.amounts import (
    AmountTextError,
    format_amount_text,
    parse_amount_text,
    set_amount_placeholder,
)

if TYPE_CHECKING:
    from secretariat.services.reference.countries_and_sectors import CountryView

EMPTY_DATE = QDate(1900, 1, 1)


# --- plain values -------------------------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def text_of(widget: QLineEdit | QPlainTextEdit) -> str | None:
    """The stripped text of a line or text edit; None when blank."""
    raw = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return raw.strip() or None


def set_text(widget: QLineEdit | QPlainTextEdit, value: object) -> None:
    text = "" if value is None else str(value)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.setCursorPosition(0)  # a long title shows its beginning


def setup_date(edit: QDateEdit, value: date | None = None) -> None:
    """A date edit with a calendar popup, starting on ``value`` or today."""
    edit.setCalendarPopup(True)
    edit.setMinimumDate(EMPTY_DATE)
    edit.setDate(to_qdate(value or date.today()))


class OptionalDate(QObject):
    """A date that may stay empty: a check box says whether it is set (like Windows' date picker).

    Unticked, the date edit is disabled and shows a dash; ticking it offers the
    last date shown, or today.
    """

    changed = Signal()

    def __init__(self, check: QCheckBox, edit: QDateEdit, empty_text: str = "—") -> None:
        super().__init__(edit)
        self.check, self.edit = check, edit
        edit.setCalendarPopup(True)
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText(empty_text)
        self._last = date.today()
        check.toggled.connect(self._toggled)
        edit.dateChanged.connect(self._date_changed)
        self.set_value(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setDate(to_qdate(self._last) if on else EMPTY_DATE)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def _date_changed(self, value: QDate) -> None:
        if value != EMPTY_DATE:
            self._last = from_qdate(value)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == EMPTY_DATE:
            return None
        return from_qdate(self.edit.date())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self._last = value
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value) if value is not None else EMPTY_DATE)


class OptionalTimes(QObject):
    """A "from … to …" pair of times that may stay empty together."""

    def __init__(self, check: QCheckBox, start: QTimeEdit, end: QTimeEdit) -> None:
        super().__init__(check)
        self.check, self.start, self.end = check, start, end
        check.toggled.connect(self._toggled)
        self.set_value(None, None)

    def _toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def value(self) -> tuple[time | None, time | None]:
        if not self.check.isChecked():
            return None, None
        s, e = self.start.time(), self.end.time()
        return time(s.hour(), s.minute()), time(e.hour(), e.minute())

    def set_value(self, start: time | None, end: time | None) -> None:
        self.check.setChecked(start is not None or end is not None)
        self._toggled(self.check.isChecked())
        self.start.setTime(QTime(start.hour, start.minute) if start else QTime(9, 0))
        self.end.setTime(
            QTime(end.hour, end.minute) if end else (QTime(start.hour, start.minute) if start else QTime(10, 0))
        )


class AmountField(QObject):
    """A line edit holding an amount in either Indonesian or English form (see :mod:`amounts`).

    ``decimals``: the places the amount is shown with (a currency's precision);
    None keeps the places typed (exchange rates).
    """

    def __init__(self, edit: QLineEdit, language: str, field: str, decimals: int | None = 0) -> None:
        super().__init__(edit)
        self.edit, self.language, self.field, self.decimals = edit, language, field, decimals
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not edit.placeholderText():
            set_amount_placeholder(edit, format_amount_text(Decimal(0), language, decimals or 0))
        edit.editingFinished.connect(self._tidy)
        edit.textEdited.connect(self._unmark)

    def _mark(self, message: str) -> None:
        """Say at once, at the field, that the text is not an amount (saving would refuse it too)."""
        self.edit.setProperty("problem", True)
        self.edit.setToolTip(message)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _unmark(self) -> None:
        if self.edit.property("problem"):
            self.edit.setProperty("problem", False)
            self.edit.setToolTip("")
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def _places(self, value: Decimal) -> int:
        exponent = value.normalize().as_tuple().exponent
        own = max(0, -exponent) if isinstance(exponent, int) and value != value.to_integral_value() else 0
        return own if self.decimals is None else max(own, self.decimals)

    def _tidy(self) -> None:
        """Re-write a readable amount in the interface's form once the clerk leaves the field."""
        try:
            value = parse_amount_text(self.edit.text(), self.language, self.field)
        except AmountTextError as error:
            self._mark(error.problem.message(self.language))
            return  # left as typed, to be corrected
        if value is not None:
            self.edit.setText(format_amount_text(value, self.language, self._places(value)))

    def value(self) -> Decimal | None:
        """The amount, None when blank; raises AmountTextError naming the field when it is not an amount."""
        return parse_amount_text(self.edit.text(), self.language, self.field)

    def set_value(self, value: Decimal | int | None) -> None:
        if value is None:
            self.edit.clear()
            return
        amount = Decimal(value)
        self.edit.setText(format_amount_text(amount, self.language, self._places(amount)))


# --- pick lists ---------------------------------------------------------------------------------------


def fill_enum(
    combo: QComboBox,
    enum_type: type[StrEnum],
    language: str,
    *,
    blank: str | None = None,
    members: Iterable[StrEnum] | None = None,
) -> None:
    """Fill ``combo`` with the labels of ``enum_type`` (codes as item data); ``blank``: a first empty choice."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for member in members if members is not None else enum_type:
        combo.addItem(label(member, "id" if language == "id" else "en"), member.value)


def fill_choices(combo: QComboBox, choices: Sequence[tuple[str, object]], *, blank: str | None = None) -> None:
    """Fill ``combo`` with (text, data) pairs; ``blank``: a first choice meaning "none"."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for text, data in choices:
        combo.addItem(text, data)


def combo_value(combo: QComboBox) -> Any:
    """The data of the chosen item (None for the blank one).

    Any, as Qt's variant is: an enum code, a record id... as the combo was filled; the record the value
    goes into checks it (``check()``) and names the field when it is wrong.
    """
    return combo.currentData()


class PassportValues(TypedDict):
    """The passport fields of a person's record, as :meth:`PassportFields.values` reads them."""

    passport_type: str | None
    passport_number: str | None
    passport_expiry: date | None


def set_combo_value(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (a StrEnum counts by its code); the blank item for None."""
    if isinstance(value, StrEnum):
        value = value.value
    index = combo.findData(value)
    if index < 0 and value is None:
        index = 0 if combo.count() and combo.itemData(0) is None else -1
    combo.setCurrentIndex(index)


class SearchableCombo(QObject):
    """An editable combo box over (text, data) choices: type any part of a name to find it.

    ``value()`` is the data of the choice whose text is shown; typed text that
    matches no choice is returned as-is (stripped) so the service can name it
    in its message, or None when blank.
    """

    def __init__(self, combo: QComboBox, choices: Sequence[tuple[str, object]], *, blank: str | None = None) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_choices(combo, choices, blank=blank)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

    def value(self) -> object:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.combo.itemData(index)
        return text

    def set_value(self, value: object) -> None:
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("" if value is None else str(value))


def country_choices(countries: Iterable[CountryView], language: str) -> list[tuple[str, str]]:
    """("Jepang (JP)", "JP") pairs sorted by the name in the interface language."""
    pairs = [(f"{c.name_id if language == 'id' else c.name_en} ({c.code})", c.code) for c in countries]
    return sorted(pairs, key=lambda pair: pair[0].casefold())


def watch(widgets: Iterable[QWidget], slot: object) -> None:
    """Call ``slot`` whenever any of ``widgets`` changes (to track unsaved changes and live hints)."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
            if widget.isEditable():
                widget.editTextChanged.connect(slot)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(slot)
        elif isinstance(widget, QListWidget | QTableWidget):
            widget.itemChanged.connect(slot)
        elif isinstance(widget, (QDateEdit, QTimeEdit)):
            widget.dateTimeChanged.connect(slot)
        elif hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(slot)


class PassportFields(QObject):
    """The three passport rows shared by contacts, officials and delegation members."""

    def __init__(
        self, type_combo: QComboBox, number: QLineEdit, expiry_check: QCheckBox, expiry: QDateEdit, language: str
    ) -> None:
        super().__init__(type_combo)
        from secretariat.domain.enums import PassportType

        self.type_combo, self.number = type_combo, number
        fill_enum(type_combo, PassportType, language, blank="—")
        self.expiry = OptionalDate(expiry_check, expiry)
        self.widgets: tuple[QWidget, ...] = (type_combo, number, expiry_check, expiry)

    def values(self) -> PassportValues:
        return {
            "passport_type": combo_value(self.type_combo),
            "passport_number": text_of(self.number),
            "passport_expiry": self.expiry.value(),
        }

    def set_values(self, passport_type: str | None, number: str | None, expiry: date | None) -> None:
        set_combo_value(self.type_combo, passport_type)
        set_text(self.number, number)
        self.expiry.set_value(expiry)

    def field_map(self) -> dict[str, QWidget]:
        return {"passport_type": self.type_combo, "passport_number": self.number, "passport_expiry": self.expiry.edit}
