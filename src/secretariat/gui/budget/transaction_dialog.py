"""One transaction of a budget line: a realisation, or a grant received, in any currency with its rate, and its
receipts (proof of payment) as attachments.

The kind follows the line's side (from the chart of accounts): a spending line records realisations, a revenue
line grants received; the dialog shows the kind and does not offer the other. Receipts are stored with the
attachments service (copied into the attachments folder under their SHA-256); they can be attached once the
transaction is saved."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from secretariat.domain.enums import DocumentKind, GrantForm, TransactionKind
from secretariat.domain.errors import Problem, UserError
from secretariat.domain.records import TransactionData
from secretariat.gui.errors import show_user_error
from secretariat.gui.formatting import format_money
from secretariat.gui.widgets.amounts import AmountTextError
from secretariat.gui.widgets.currencies import currency_of, decimals_for, fill_currencies
from secretariat.gui.widgets.fields import (
    AmountField,
    combo_value,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.prompts import confirm
from secretariat.gui.widgets.record_picker import RecordPicker
from secretariat.services import attachments
from secretariat.services.budget import lines as budget
from secretariat.services.budget.lines import TransactionView
from secretariat.services.context import ServiceContext

RECEIPT_OWNER = "budget_transaction"
RECEIPT_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


def ask_receipt_path(parent: QWidget, title: str, filter_text: str) -> str:
    """The receipt file to attach; "" when cancelled (tests replace this)."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", filter_text)
    return path


def open_receipt(ctx: ServiceContext, attachment_id: int) -> Path:
    """A named copy of a receipt in a temporary folder, opened with the system's viewer."""
    folder = Path(tempfile.gettempdir()) / "secretariat-receipts"
    path = attachments.export_attachment(ctx, attachment_id, folder)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class TransactionDialog(FormDialog):
    FORM = "transaction_dialog"
    RECORD_TYPE = TransactionData
    SHOW_APPLY = False

    def __init__(
        self,
        ctx: ServiceContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        budget_line_id: int,
        fiscal_year: int | None = None,
        kind: TransactionKind | None = None,
    ) -> None:
        self.budget_line_id = budget_line_id
        self.fiscal_year = fiscal_year
        self.line_kind = kind  # the kind the line's side records (None: the clerk chooses)
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.date = b("dateEdit", QDateEdit)
        self.kind = b("kindCombo", QComboBox)
        self.amount_edit = b("amountEdit", QLineEdit)
        self.currency = b("currencyCombo", QComboBox)
        self.rate_edit = b("rateEdit", QLineEdit)
        self.idr_value = b("idrValue", QLabel)
        self.donor = b("donorCombo", QComboBox)
        self.grant_form = b("formCombo", QComboBox)
        self.description = b("descriptionEdit", QPlainTextEdit)
        self.reference = b("referenceEdit", QLineEdit)
        self.receipts_box = b("receiptsBox", QGroupBox)
        self.receipts = b("receiptsList", QListWidget)
        self.attach_button = b("attachReceiptButton", QPushButton)
        self.open_button = b("openReceiptButton", QPushButton)
        self.remove_receipt_button = b("removeReceiptButton", QPushButton)
        self.attach_button.clicked.connect(self.attach_receipt)
        self.open_button.clicked.connect(self.open_selected_receipt)
        self.remove_receipt_button.clicked.connect(self.remove_selected_receipt)
        self.receipts.itemActivated.connect(lambda _item: self.open_selected_receipt())
        self.receipts.itemSelectionChanged.connect(self._receipt_buttons)
        setup_date(self.date)
        fill_enum(self.kind, TransactionKind, self.language)
        fill_currencies(self.currency)
        fill_enum(self.grant_form, GrantForm, self.language)
        self.donor_picker = RecordPicker(
            self.donor, self.ctx, "partner", language=self.language, blank=self.tr("(none)")
        )
        self.amount = AmountField(self.amount_edit, self.language, "amount", decimals=0)
        self.rate_edit.setPlaceholderText(self.tr("from the rate table"))
        self.rate = AmountField(self.rate_edit, self.language, "rate_to_idr", decimals=None)
        for signal in (self.amount_edit.textChanged, self.rate_edit.textChanged, self.currency.currentTextChanged):
            signal.connect(self._update_idr)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.track(
            self.date,
            self.kind,
            self.amount_edit,
            self.currency,
            self.rate_edit,
            self.donor,
            self.grant_form,
            self.description,
            self.reference,
        )
        self.view: TransactionView | None = None

    def _currency_changed(self) -> None:
        currency = currency_of(self.currency)
        self.amount.decimals = decimals_for(currency)
        foreign = currency != "IDR"
        self.rate_edit.setEnabled(foreign)
        if not foreign:
            self.rate_edit.clear()

    def _kind_changed(self) -> None:
        grant = combo_value(self.kind) == TransactionKind.GRANT.value
        self.donor.setEnabled(grant)
        self.grant_form.setEnabled(grant)
        if not grant:
            set_combo_value(self.donor, None)
            set_combo_value(self.grant_form, GrantForm.CASH)

    def _update_idr(self) -> None:
        """Show the rupiah equivalent as it will be stored (rounded half up to whole rupiah)."""
        currency = currency_of(self.currency)
        try:
            amount = self.amount.value()
            rate = self.rate.value() if currency != "IDR" else Decimal(1)
        except AmountTextError:
            self.idr_value.setText("—")
            return
        if amount is None:
            self.idr_value.setText("—")
        elif rate is None:
            self.idr_value.setText(self.tr("at the rate in the office's rate table for that date"))
        else:
            idr = (amount * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            self.idr_value.setText(format_money(idr, "IDR", self.language))

    def load(self) -> None:
        self.view = budget.get_transaction(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        if v is not None:
            self.date.setDate(to_qdate(v.occurred_on))
        else:
            today = date.today()
            year = self.fiscal_year or today.year
            self.date.setDate(to_qdate(today if today.year == year else date(year, 1, 1)))
        set_combo_value(self.kind, v.kind if v else (self.line_kind or TransactionKind.REALISATION))
        # the line's side decides the kind: realisations on spending, grants received on revenue
        self.kind.setEnabled(self.line_kind is None)
        if self.line_kind is not None:
            self.kind.setToolTip(
                self.tr(
                    "The kind follows the budget line's account group: realisations on spending, grants on revenue."
                )
            )
        self.currency.setCurrentText(v.currency if v else "IDR")
        self._currency_changed()
        self.amount.set_value(v.amount if v else None)
        self.rate.set_value(v.rate_to_idr if v and v.currency != "IDR" else None)
        self._kind_changed()
        self.donor_picker.set_value(v.donor_partner_id if v else None)
        set_combo_value(self.grant_form, v.form if v else GrantForm.CASH)
        set_text(self.description, v.description if v else "")
        set_text(self.reference, v.reference if v else "")
        self._update_idr()
        self._show_receipts()

    def collect(self) -> TransactionData:
        early: list[Problem] = []
        amount = self.read_amount(self.amount, early)
        currency = currency_of(self.currency)
        rate = self.read_amount(self.rate, early) if currency != "IDR" else None
        data = TransactionData(
            budget_line_id=self.budget_line_id,
            occurred_on=from_qdate(self.date.date()),
            kind=combo_value(self.kind),
            amount=amount,
            currency=currency,
            rate_to_idr=rate,
            donor_partner_id=combo_value(self.donor),
            form=combo_value(self.grant_form),
            description=text_of(self.description),
            reference=text_of(self.reference),
        )
        # Without a rate typed, the service takes the office's rate table: it alone knows whether one is missing.
        self.refuse(data, early, ignore={"rate_to_idr"} if rate is None else set())
        return data

    def store(self, data: TransactionData) -> int | None:
        if self.record_id is None:
            return budget.add_transaction(self.ctx, data)
        budget.update_transaction(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "occurred_on": self.date,
            "kind": self.kind,
            "amount": self.amount_edit,
            "currency": self.currency,
            "rate_to_idr": self.rate_edit,
            "donor": self.donor,
            "form": self.grant_form,
            "budget_line": self.kind,
        }

    def field_names(self) -> Mapping[str, str]:
        return {"budget_line": self.tr("Budget line")}

    def title(self) -> str:
        return self.tr("New transaction") if self.view is None else self.tr("Transaction")

    def describe(self) -> str:
        return self.tr("the new transaction") if self.view is None else self.tr("this transaction")

    # --- receipts --------------------------------------------------------------------------------------------

    def _show_receipts(self) -> None:
        self.receipts.clear()
        saved = self.record_id is not None
        if self.record_id is not None:
            for receipt in attachments.list_attachments(self.ctx, RECEIPT_OWNER, self.record_id):
                item = QListWidgetItem(receipt.file_name)
                item.setData(RECEIPT_ROLE, receipt.id)
                item.setToolTip(
                    self.tr("{name}, added by {user}").format(name=receipt.file_name, user=receipt.added_by)
                )
                self.receipts.addItem(item)
        self.attach_button.setEnabled(saved)
        self.attach_button.setToolTip("" if saved else self.tr("Save the transaction first, then attach its receipt."))
        self._receipt_buttons()

    def _receipt_buttons(self) -> None:
        chosen = self.receipts.currentItem() is not None and bool(self.receipts.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_receipt_button.setEnabled(chosen)

    def _selected_receipt(self) -> int | None:
        item = self.receipts.currentItem()
        return int(item.data(RECEIPT_ROLE)) if item is not None else None

    def attach_receipt(self) -> None:
        if self.record_id is None:
            return
        path = ask_receipt_path(
            self, self.tr("Attach a receipt"), self.tr("Receipts (*.pdf *.jpg *.jpeg *.png);;All files (*)")
        )
        if not path:
            return
        try:
            attachments.add_attachment(self.ctx, RECEIPT_OWNER, self.record_id, DocumentKind.RECEIPT, path)
        except UserError as error:
            show_user_error(self, error)
            return
        self.saved_anything = True
        self._show_receipts()

    def open_selected_receipt(self) -> None:
        receipt = self._selected_receipt()
        if receipt is None:
            return
        try:
            open_receipt(self.ctx, receipt)
        except UserError as error:
            show_user_error(self, error)

    def remove_selected_receipt(self) -> None:
        receipt = self._selected_receipt()
        item = self.receipts.currentItem()
        if receipt is None or item is None:
            return
        if not confirm(
            self,
            self.tr("Remove receipt"),
            self.tr("Remove the receipt {name} from this transaction?").format(name=item.text()),
            self.tr("Remove"),
        ):
            return
        try:
            attachments.delete_attachment(self.ctx, receipt)
        except UserError as error:
            show_user_error(self, error)
            return
        self.saved_anything = True
        self._show_receipts()
