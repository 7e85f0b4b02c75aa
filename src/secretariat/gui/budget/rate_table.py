"""The exchange-rate table editor: rupiah per unit of a foreign currency, one rate per currency and date.

A transaction in a foreign currency entered without its rate takes the
table's rate of its date, or the latest of the week before; the editor shows
which rate a date takes. Editing the table never changes a transaction already
recorded (each keeps the rate it was entered with).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_date
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.amounts import AmountTextError, format_amount_text, parse_amount_text
from secretariat.gui.widgets.prompts import confirm
from secretariat.services.budget.exchange_rates import (
    RateData,
    RateView,
    create_rate,
    currencies,
    delete_rate,
    list_rates,
    rate_on,
    update_rate,
)
from secretariat.services.context import ServiceContext

RECORD_ROLE = Qt.ItemDataRole.UserRole
#: Offered in the currency box first (any ISO 4217 code may be typed).
COMMON_CURRENCIES = ("USD", "EUR", "JPY", "SGD", "AUD", "CNY", "KRW", "MYR", "GBP", "SAR", "THB", "CHF", "NZD")
RATE_DECIMALS_SHOWN = 4
COLUMNS = 4


def _rate_text(rate: Decimal, language: str) -> str:
    """The rate with its own decimals (at least two), in the interface's number format."""
    exponent = -rate.normalize().as_tuple().exponent if rate != rate.to_integral_value() else 0
    return format_amount_text(rate, language, decimals=max(2, int(exponent)))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RateTableDialog(QDialog):
    """The rate table: filter by currency, pick a row to edit it, or start a new rate."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateTableDialog")
        self.ctx = ctx
        self.language = current_language()
        self.editing_id: int | None = None
        self.rows: list[RateView] = []
        self.changed = False  # anything saved (the caller may refresh)

        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("currencyFilter")
        self.filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rateCount")
        self.count_label.setStyleSheet("color: #616161;")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("rateTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.form_box = QGroupBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("rateDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")  # day first in both languages, four-digit year
        self.date_edit.setDate(QDate.currentDate())
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("rateCurrency")
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setObjectName("rateValue")
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("rateSource")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("rateProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b71c1c;")
        self.problems_label.setVisible(False)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("rateHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #616161;")
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key, widget in (
            ("on", self.date_edit),
            ("currency", self.currency_combo),
            ("rate", self.rate_edit),
            ("source", self.source_edit),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels[key] = label
            self.form.addRow(label, widget)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRateButton")
        self.new_button.clicked.connect(self.new_rate)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRateButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteRateButton")
        self.delete_button.clicked.connect(self.delete_current)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.new_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.delete_button)
        buttons_row.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.problems_label)
        form_layout.addWidget(self.hint_label)
        form_layout.addLayout(buttons_row)
        for signal in (self.date_edit.dateChanged, self.currency_combo.currentTextChanged):
            signal.connect(lambda *_args: self._update_hint())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.form_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()
        self._fill_filter()
        self.new_rate()

    # --- data ------------------------------------------------------------------------------------------------

    def _fill_filter(self, keep: str | None = None) -> None:
        in_table = [code for code, _count in currencies(self.ctx)]
        blocked = self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All currencies"), None)
        for code in in_table:
            self.filter_combo.addItem(code, code)
        index = self.filter_combo.findData(keep) if keep else 0
        self.filter_combo.setCurrentIndex(max(index, 0))
        self.filter_combo.blockSignals(blocked)
        offered = list(dict.fromkeys([*in_table, *COMMON_CURRENCIES]))
        current = self.currency_combo.currentText()
        self.currency_combo.clear()
        self.currency_combo.addItems(offered)
        self.currency_combo.setEditText(current or (offered[0] if offered else "USD"))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.rows = list_rates(self.ctx, currency=self.filter_combo.currentData())
        lang = self.language
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        for row, rate in enumerate(self.rows):
            cells = [
                format_date(rate.on, lang, short=True),
                rate.currency,
                _rate_text(rate.rate, lang),
                rate.source or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(format_date(rate.on, lang) if column == 0 else text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(RECORD_ROLE, rate.id)
        self.table.blockSignals(blocked)
        self.count_label.setText(self.tr("{count} rates").format(count=len(self.rows)))
        if select_id is not None:
            for row, rate in enumerate(self.rows):
                if rate.id == select_id:
                    self.table.selectRow(row)
                    break

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        rate = self.rows[rows[0].row()]
        self.editing_id = rate.id
        self.date_edit.setDate(_qdate(rate.on))
        self.currency_combo.setEditText(rate.currency)
        self.rate_edit.setText(_rate_text(rate.rate, self.language))
        self.source_edit.setText(rate.source or "")
        self._show_problems([])
        self._update_mode()

    def new_rate(self) -> None:
        """Empty the form for a new rate (today, the currency shown or last used, the last source)."""
        self.editing_id = None
        self.table.clearSelection()
        filtered = self.filter_combo.currentData()
        if filtered:
            self.currency_combo.setEditText(filtered)
        self.date_edit.setDate(QDate.currentDate())
        self.rate_edit.clear()
        if self.rows:
            self.source_edit.setText(self.rows[0].source or "")
        self._show_problems([])
        self._update_mode()
        self.rate_edit.setFocus()

    def _data(self) -> RateData:
        try:
            rate = parse_amount_text(self.rate_edit.text(), self.language, "rate")
        except AmountTextError as error:
            raise ValidationError([error.problem]) from None
        return RateData(
            currency=self.currency_combo.currentText().strip().upper(),
            on=_pydate(self.date_edit.date()),
            rate=rate if rate is not None else "",
            source=self.source_edit.text(),
        )

    def save(self) -> bool:
        try:
            data = self._data()
            if self.editing_id is None:
                saved = create_rate(self.ctx, data)
            else:
                loaded = next((r for r in self.rows if r.id == self.editing_id), None)
                update_rate(self.ctx, self.editing_id, data, loaded=loaded)
                saved = self.editing_id
        except ValidationError as error:
            self._show_problems(error.problems)
            return False
        except EditConflict as conflict:
            # Changed at another workstation: say what, keep the typing; saving again overwrites knowingly.
            show_user_error(self, conflict)
            self.reload()
            return False
        except UserError as error:
            show_user_error(self, error)
            return False
        self.changed = True
        self._show_problems([])
        self._fill_filter(keep=self.filter_combo.currentData())
        self.reload(select_id=saved)
        return True

    def delete_current(self) -> None:
        if self.editing_id is None:
            return
        rate = next((r for r in self.rows if r.id == self.editing_id), None)
        if rate is None:
            return
        if not confirm(
            self,
            self.tr("Delete rate"),
            self.tr("Delete the {currency} rate of {date}?").format(
                currency=rate.currency, date=format_date(rate.on, self.language)
            ),
            self.tr("Delete"),
            self.tr("Transactions already recorded keep the rate they were entered with."),
        ):
            return
        try:
            delete_rate(self.ctx, rate.id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.changed = True
        self._fill_filter(keep=self.filter_combo.currentData())
        self.new_rate()

    # --- form ----------------------------------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "currency": self.tr("Currency"),
            "on": self.tr("Date"),
            "rate": self.tr("Rate"),
            "source": self.tr("Source"),
        }

    def _show_problems(self, problems: list[Problem]) -> None:
        labels = self._labels()
        lang = self.language
        lines = [f"• {labels.get(p.field, p.field)}: {p.message(lang)}" for p in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        fields = {p.field for p in problems}
        for name, widget in (
            ("on", self.date_edit),
            ("currency", self.currency_combo),
            ("rate", self.rate_edit),
            ("source", self.source_edit),
        ):
            widget.setStyleSheet("border: 1px solid #b71c1c;" if name in fields else "")

    def _update_mode(self) -> None:
        self.form_box.setTitle(self.tr("New rate") if self.editing_id is None else self.tr("Edit rate"))
        self.delete_button.setEnabled(self.editing_id is not None)
        self._update_hint()

    def _update_hint(self) -> None:
        currency = self.currency_combo.currentText().strip().upper()
        on = _pydate(self.date_edit.date())
        lang = self.language
        if len(currency) != 3 or currency == "IDR":
            self.hint_label.clear()
            return
        try:
            quote = rate_on(self.ctx, currency, on)
        except UserError:
            quote = None
        if quote is None:
            self.hint_label.setText(
                self.tr(
                    "A {currency} transaction dated {date} finds no rate in the table (none that day nor in the week "
                    "before): its rate must be typed."
                ).format(currency=currency, date=format_date(on, lang))
            )
        elif quote.days_old == 0:
            self.hint_label.setText(
                self.tr("A {currency} transaction dated {date} takes this day's rate, {rate}.").format(
                    currency=currency, date=format_date(on, lang), rate=_rate_text(quote.rate, lang)
                )
            )
        else:
            self.hint_label.setText(
                self.tr(
                    "A {currency} transaction dated {date} takes the rate of {quoted}, {rate} (the latest in the week "
                    "before)."
                ).format(
                    currency=currency,
                    date=format_date(on, lang),
                    quoted=format_date(quote.on, lang),
                    rate=_rate_text(quote.rate, lang),
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            self.reload(select_id=self.editing_id)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange-rate table"))
        self.filter_label.setText(self.tr("&Show:"))
        if self.filter_combo.count():
            self.filter_combo.setItemText(0, self.tr("All currencies"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Currency"), self.tr("Rupiah per unit"), self.tr("Source")]
        )
        labels = self._labels()
        for key, label in self.form_labels.items():
            label.setText(labels[key] + ":")
        self.rate_edit.setPlaceholderText(self.tr("rupiah per one unit, e.g. 16.325,50"))
        self.source_edit.setPlaceholderText(self.tr("e.g. Bank Indonesia JISDOR"))
        self.new_button.setText(self.tr("&New rate"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Delete…"))
        self._update_mode()
