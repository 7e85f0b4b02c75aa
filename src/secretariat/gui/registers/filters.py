"""The filter combo boxes above each register: which filters, their choices, in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from secretariat.domain import enums as e
from secretariat.domain.labels import Language, label
from secretariat.gui.i18n import QT_TRANSLATE_NOOP, current_language
from secretariat.gui.widgets.text_fit import fit_placeholder
from secretariat.services.context import ServiceContext

__all__ = ["FILTERS", "FilterCombo", "FilterSpec", "FilterText", "make_filter_widget"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Filters", text)


@dataclass(frozen=True)
class FilterSpec:
    """One filter of a register.

    ``kind``: "enum" (choices from ``enum``), "country", "stage", "year", "days" (``choices`` in days),
    "bool" (``yes``/``no`` texts), or "text" (a prefix typed by the user).
    ``any_text`` is the first entry ("All countries"); all texts are English Qt source texts.
    """

    key: str
    name: str
    any_text: str
    kind: str
    enum: type[StrEnum] | None = None
    choices: tuple[int, ...] = ()
    yes: str = ""
    no: str = ""


# Texts are English Qt source texts, marked for Qt Linguist and translated where they are shown.
_COUNTRY = FilterSpec(
    "country",
    QT_TRANSLATE_NOOP("Filters", "Country"),
    QT_TRANSLATE_NOOP("Filters", "All countries"),
    "country",
)
_YEAR = FilterSpec(
    "fiscal_year",
    QT_TRANSLATE_NOOP("Filters", "Year"),
    QT_TRANSLATE_NOOP("Filters", "All years"),
    "year",
)

FILTERS: dict[str, tuple[FilterSpec, ...]] = {
    "partners": (
        _COUNTRY,
        FilterSpec(
            "kind",
            QT_TRANSLATE_NOOP("Filters", "Kind of partner"),
            QT_TRANSLATE_NOOP("Filters", "All kinds"),
            "enum",
            e.PartnerKind,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            QT_TRANSLATE_NOOP("Filters", "All statuses"),
            "enum",
            e.PartnerStatus,
        ),
    ),
    "agreements": (
        _COUNTRY,
        FilterSpec(
            "kind",
            QT_TRANSLATE_NOOP("Filters", "Kind of cooperation"),
            QT_TRANSLATE_NOOP("Filters", "All kinds"),
            "enum",
            e.AgreementKind,
        ),
        FilterSpec(
            "instrument",
            QT_TRANSLATE_NOOP("Filters", "Instrument"),
            QT_TRANSLATE_NOOP("Filters", "All instruments"),
            "enum",
            e.Instrument,
        ),
        FilterSpec(
            "stage",
            QT_TRANSLATE_NOOP("Filters", "Stage"),
            QT_TRANSLATE_NOOP("Filters", "All stages"),
            "stage",
        ),
        _YEAR,
        FilterSpec(
            "expiring_within_days",
            QT_TRANSLATE_NOOP("Filters", "Expiring"),
            QT_TRANSLATE_NOOP("Filters", "Any expiry"),
            "days",
            choices=(30, 90, 180, 365),
        ),
        FilterSpec(
            "status_live",
            QT_TRANSLATE_NOOP("Filters", "In force"),
            QT_TRANSLATE_NOOP("Filters", "In force or not"),
            "bool",
            yes=QT_TRANSLATE_NOOP("Filters", "In force"),
            no=QT_TRANSLATE_NOOP("Filters", "Not in force"),
        ),
    ),
    "delegations": (
        FilterSpec(
            "direction",
            QT_TRANSLATE_NOOP("Filters", "Direction"),
            QT_TRANSLATE_NOOP("Filters", "Both directions"),
            "enum",
            e.Direction,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("Filters", "Status"),
            QT_TRANSLATE_NOOP("Filters", "All statuses"),
            "enum",
            e.DelegationStatus,
        ),
        _COUNTRY,
        _YEAR,
        FilterSpec(
            "departing_within_days",
            QT_TRANSLATE_NOOP("Filters", "Departing"),
            QT_TRANSLATE_NOOP("Filters", "Any departure"),
            "days",
            choices=(7, 14, 30, 90),
        ),
    ),
    "budget": (
        _YEAR,
        FilterSpec(
            "side",
            QT_TRANSLATE_NOOP("Filters", "Side"),
            QT_TRANSLATE_NOOP("Filters", "Revenue and spending"),
            "enum",
            e.BudgetSide,
        ),
        FilterSpec(
            "account_code",
            QT_TRANSLATE_NOOP("Filters", "Account code starts with"),
            QT_TRANSLATE_NOOP("Filters", "Account code…"),
            "text",
        ),
    ),
    "officials": (
        FilterSpec(
            "grade",
            QT_TRANSLATE_NOOP("Filters", "Per-diem grade"),
            QT_TRANSLATE_NOOP("Filters", "All grades"),
            "enum",
            e.Grade,
        ),
        FilterSpec(
            "active",
            QT_TRANSLATE_NOOP("Filters", "Active"),
            QT_TRANSLATE_NOOP("Filters", "Active or not"),
            "bool",
            yes=QT_TRANSLATE_NOOP("Filters", "Active"),
            no=QT_TRANSLATE_NOOP("Filters", "Inactive"),
        ),
    ),
    "per_diem_rates": (
        _COUNTRY,
        FilterSpec(
            "grade",
            QT_TRANSLATE_NOOP("Filters", "Grade"),
            QT_TRANSLATE_NOOP("Filters", "All grades"),
            "enum",
            e.Grade,
        ),
    ),
    "documents": (
        FilterSpec(
            "kind",
            QT_TRANSLATE_NOOP("Filters", "Kind of document"),
            QT_TRANSLATE_NOOP("Filters", "All kinds of document"),
            "enum",
            e.DocumentKind,
        ),
        FilterSpec(
            "year",
            QT_TRANSLATE_NOOP("Filters", "Year added"),
            QT_TRANSLATE_NOOP("Filters", "All years"),
            "year",
        ),
        FilterSpec(
            "current",
            QT_TRANSLATE_NOOP("Filters", "Versions"),
            QT_TRANSLATE_NOOP("Filters", "Every version"),
            "bool",
            yes=QT_TRANSLATE_NOOP("Filters", "Current versions"),
            no=QT_TRANSLATE_NOOP("Filters", "Older versions"),
        ),
        FilterSpec(
            "added_by",
            QT_TRANSLATE_NOOP("Filters", "Added by"),
            QT_TRANSLATE_NOOP("Filters", "Added by…"),
            "text",
        ),
    ),
}


def _year_choices(today: date | None = None) -> list[int]:
    year = (today or date.today()).year
    return list(range(year + 1, year - 11, -1))


class FilterCombo(QComboBox):
    """A combo box of one filter; its current data is the filter value (None: any)."""

    value_changed = Signal(str, object)

    def __init__(self, spec: FilterSpec, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._ctx = ctx
        self._reference: list[tuple[Any, str, str]] | None = None  # (value, Indonesian, English)
        self.setObjectName(f"filter_{spec.key}")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self._preferred_width = 0
        self.setMaxVisibleItems(20)
        if spec.kind in ("country", "stage"):
            # Many choices: let the clerk type the start of a name.
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer, line_edit = self.completer(), self.lineEdit()
            assert completer is not None and line_edit is not None  # an editable combo box has both
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line_edit.editingFinished.connect(self._accept_typed_text)
        self.currentIndexChanged.connect(self._emit)
        self.fill()

    def value(self) -> Any:
        return self.currentData()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), getattr(self, "_preferred_width", 0)), hint.height())

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def _choices(self, language: Language) -> list[tuple[Any, str]]:
        spec = self.spec
        if spec.kind == "enum" and spec.enum is not None:
            return [(member.value, label(member, language)) for member in spec.enum]
        if spec.kind == "year":
            return [(year, str(year)) for year in _year_choices()]
        if spec.kind == "days":
            within = QCoreApplication.translate("Filters", "Within %1 days")
            return [(days, within.replace("%1", str(days))) for days in spec.choices]
        if spec.kind == "bool":
            return [(True, _tr(spec.yes)), (False, _tr(spec.no))]
        if spec.kind in ("country", "stage"):
            if self._reference is None:
                self._reference = self._load_reference()
            choices = [(value, name_id if language == "id" else name_en) for value, name_id, name_en in self._reference]
            if spec.kind == "country":
                choices.sort(key=lambda item: item[1].casefold())
            return choices
        raise ValueError(f"unknown filter kind {spec.kind!r}")

    def _load_reference(self) -> list[tuple[Any, str, str]]:
        if self.spec.kind == "country":
            from secretariat.services.reference.countries_and_sectors import list_countries

            return [(c.code, c.name_id, c.name_en) for c in list_countries(self._ctx)]
        from secretariat.services.agreements.stages import list_stages

        return [(s.code, s.name_id, s.name_en) for s in list_stages(self._ctx)]

    def fill(self) -> None:
        """(Re)fill the choices in the interface language, keeping the chosen value."""
        kept = self.currentData() if self.count() else None
        blocked = self.blockSignals(True)
        try:
            self.clear()
            self.addItem(_tr(self.spec.any_text), None)
            for value, text in self._choices(current_language()):
                self.addItem(text, value)
            self.set_value(kept)
            self.setToolTip(_tr(self.spec.name))
            # As wide as "All instruments" and the like where there is room (narrower where there is
            # not); the list opens as wide as its longest entry.
            metrics = self.fontMetrics()
            self._preferred_width = metrics.horizontalAdvance(self.itemText(0)) + 44
            longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
            self.view().setMinimumWidth(longest + 36)
            self.updateGeometry()
        finally:
            self.blockSignals(blocked)

    def _accept_typed_text(self) -> None:
        """An editable combo: typed text that names no choice goes back to the chosen one."""
        index = self.findText(self.currentText())
        if index < 0:
            self.setEditText(self.itemText(self.currentIndex()))
        elif index != self.currentIndex():
            self.setCurrentIndex(index)

    def _emit(self, _index: int) -> None:
        self.value_changed.emit(self.spec.key, self.currentData())


class FilterText(QLineEdit):
    """A free-text filter (e.g. "account code starts with")."""

    value_changed = Signal(str, object)

    def __init__(self, spec: FilterSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"filter_{spec.key}")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(200)
        self.textChanged.connect(lambda text: self.value_changed.emit(self.spec.key, text.strip() or None))
        self.fill()

    def value(self) -> Any:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def fill(self) -> None:
        self.setPlaceholderText(_tr(self.spec.any_text))
        fit_placeholder(self)
        self.setToolTip(_tr(self.spec.name))


def make_filter_widget(
    spec: FilterSpec, ctx: ServiceContext, parent: QWidget | None = None
) -> FilterCombo | FilterText:
    return FilterText(spec, parent) if spec.kind == "text" else FilterCombo(spec, ctx, parent)


FilterWidget = FilterCombo | FilterText
OnChange = Callable[[str, Any], None]
