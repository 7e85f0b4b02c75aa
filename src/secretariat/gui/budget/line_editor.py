"""A budget line (APBD account, plan in rupiah) with its transactions.

A spending line (account group 5) shows its ceiling, realised and remaining; a revenue line (a grant, group 4)
its target and what was received, in cash and in kind: the side comes from the chart of accounts. A new
transaction takes the kind the line's side records (realisation or grant received)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from secretariat.domain.enums import BudgetSide, TransactionKind
from secretariat.domain.errors import Problem, UserError
from secretariat.domain.labels import label
from secretariat.domain.records import BudgetLineData
from secretariat.gui.budget.transaction_dialog import TransactionDialog
from secretariat.gui.formatting import format_date, format_money
from secretariat.gui.widgets.amounts import format_amount_text
from secretariat.gui.widgets.fields import (
    AmountField,
    combo_value,
    set_text,
    text_of,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.record_picker import RecordPicker
from secretariat.gui.widgets.tables import ChildSection, RecordTable
from secretariat.services.budget import lines as budget
from secretariat.services.budget.lines import BudgetLineView


class BudgetLineEditor(FormDialog):
    FORM = "budget_line_editor"
    HISTORY_KIND = "budget_line"
    RECORD_TYPE = BudgetLineData

    def setup(self) -> None:
        b = self.bind
        self.fiscal_year = b("fiscalYearSpin", QSpinBox)
        self.account = b("accountCombo", QComboBox)
        self.activity = b("activityEdit", QLineEdit)
        self.description = b("descriptionEdit", QPlainTextEdit)
        self.planned_edit = b("plannedEdit", QLineEdit)
        self.agreement = b("agreementCombo", QComboBox)
        self.delegation = b("delegationCombo", QComboBox)
        self.realised_value = b("realisedValue", QLabel)
        self.remaining_value = b("remainingValue", QLabel)
        self.grants_value = b("grantsValue", QLabel)
        self.realised_label = b("realisedLabel", QLabel)
        self.remaining_label = b("remainingLabel", QLabel)
        self.grants_label = b("grantsLabel", QLabel)
        self.planned = AmountField(self.planned_edit, self.language, "planned")
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.lineEdit().setPlaceholderText("5.1.02.04.02.0001")
        none = self.tr("(none)")
        self.agreement_picker = RecordPicker(self.agreement, self.ctx, "agreement", language=self.language, blank=none)
        self.delegation_picker = RecordPicker(
            self.delegation, self.ctx, "delegation", language=self.language, blank=none
        )
        self.transactions = RecordTable(b("transactionsTable", QTableWidget), right_aligned=(2, 3, 4), stretch=6)
        self.transaction_section = ChildSection(
            self.transactions,
            b("addTransactionButton", QPushButton),
            b("editTransactionButton", QPushButton),
            b("removeTransactionButton", QPushButton),
            b("transactionsHint", QLabel),
            self.add_transaction,
            self.edit_transaction,
            self.remove_transaction,
        )
        self.track(
            self.fiscal_year,
            self.account,
            self.activity,
            self.description,
            self.planned_edit,
            self.agreement,
            self.delegation,
        )
        self.view: BudgetLineView | None = None

    def load(self) -> None:
        self.view = budget.get_budget_line(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        self.fiscal_year.setValue(v.fiscal_year if v else date.today().year)
        self.account.setEditText(v.account_code if v else "")
        set_text(self.activity, v.activity if v else "")
        set_text(self.description, v.description if v else "")
        self.planned.set_value(v.planned_idr if v else None)
        self.agreement_picker.set_value(v.agreement_id if v else None)
        self.delegation_picker.set_value(v.delegation_id if v else None)
        self._show_transactions()

    def _show_transactions(self) -> None:
        v, lang = self.view, self.language
        if v is not None and v.side is BudgetSide.REVENUE:
            received = v.totals.revenue
            self.realised_label.setText(self.tr("Received in cash:"))
            self.remaining_label.setText(self.tr("Received in kind:"))
            self.grants_label.setText(self.tr("% of target received:"))
            self.realised_value.setText(format_money(received.cash_idr, "IDR", lang))
            self.remaining_value.setText(format_money(received.in_kind_idr, "IDR", lang))
            self.remaining_value.setStyleSheet("")
            percent = received.percent_received
            self.grants_value.setText(
                "–" if percent is None else f"{percent}".replace(".", "," if lang == "id" else ".") + " %"
            )
        elif v is not None:
            spent = v.totals.financing if v.side is BudgetSide.FINANCING else v.totals.spending
            self.realised_label.setText(self.tr("Realised:"))
            self.remaining_label.setText(self.tr("Remaining:"))
            self.grants_label.setText(self.tr("% realised:"))
            self.realised_value.setText(format_money(spent.realised_idr, "IDR", lang))
            self.remaining_value.setText(format_money(spent.remaining_idr, "IDR", lang))
            self.remaining_value.setStyleSheet("color: #b71c1c; font-weight: bold;" if spent.remaining_idr < 0 else "")
            percent = spent.percent_realised
            self.grants_value.setText(
                "–" if percent is None else f"{percent}".replace(".", "," if lang == "id" else ".") + " %"
            )
        else:
            for value in (self.realised_value, self.remaining_value, self.grants_value):
                value.setText("—")
        rows = []
        for t in v.transactions if v else ():
            rate = "" if t.currency == "IDR" else format_amount_text(t.rate_to_idr, lang, _places(t.rate_to_idr))
            rows.append(
                (
                    t.id,
                    [
                        format_date(t.occurred_on, lang, short=True),
                        label(TransactionKind(t.kind), "id" if lang == "id" else "en"),
                        format_money(t.amount, t.currency, lang),
                        rate,
                        format_money(t.idr_amount, "IDR", lang),
                        t.donor_name or "",
                        t.description or "",
                    ],
                )
            )
        self.transactions.set_rows(rows)
        if v is None:
            self.transaction_section.set_enabled(
                False, self.tr("Save the budget line first (Apply) to record its transactions.")
            )
        else:
            self.transaction_section.set_enabled(True)

    def refresh_transactions(self) -> None:
        if self.record_id is not None:
            self.view = budget.get_budget_line(self.ctx, self.record_id)
        self._show_transactions()

    def collect(self) -> BudgetLineData:
        early: list[Problem] = []
        planned = self.read_amount(self.planned, early)
        data = BudgetLineData(
            fiscal_year=self.fiscal_year.value(),
            account_code=self.account.currentText().strip(),
            description=text_of(self.description) or "",
            planned_idr=planned if planned is not None else Decimal(0),
            activity=text_of(self.activity),
            agreement_id=combo_value(self.agreement),
            delegation_id=combo_value(self.delegation),
        )
        self.refuse(data, early)
        return data

    def store(self, data: BudgetLineData) -> int | None:
        if self.record_id is None:
            return budget.create_budget_line(self.ctx, data)
        budget.update_budget_line(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "fiscal_year": self.fiscal_year,
            "account_code": self.account,
            "description": self.description,
            "planned": self.planned_edit,
            "activity": self.activity,
            "agreement": self.agreement,
            "delegation": self.delegation,
        }

    def title(self) -> str:
        if self.view is None:
            return self.tr("New budget line")
        return self.tr("Budget line – {code} ({year})").format(code=self.view.account_code, year=self.view.fiscal_year)

    def describe(self) -> str:
        return (
            self.tr("the new budget line")
            if self.view is None
            else self.tr("the budget line {code}").format(code=self.view.account_code)
        )

    # --- transactions ----------------------------------------------------------------------------------

    def add_transaction(self) -> None:
        if self.record_id is None:
            return
        dialog = TransactionDialog(
            self.ctx,
            None,
            self,
            budget_line_id=self.record_id,
            fiscal_year=self.view.fiscal_year if self.view else None,
            kind=self.view.transaction_kind if self.view else None,
        )
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self.refresh_transactions()

    def edit_transaction(self, transaction_id: int) -> None:
        if self.record_id is None:
            return
        dialog = TransactionDialog(
            self.ctx,
            transaction_id,
            self,
            budget_line_id=self.record_id,
            kind=self.view.transaction_kind if self.view else None,
        )
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self.refresh_transactions()

    def remove_transaction(self, transaction_id: int) -> None:
        found = next((t for t in (self.view.transactions if self.view else ()) if t.id == transaction_id), None)
        if found is None:
            return
        amount = format_money(found.amount, found.currency, self.language)
        when = format_date(found.occurred_on, self.language)
        if not confirm(
            self,
            self.tr("Remove transaction"),
            self.tr("Remove the transaction of {amount} on {date}?").format(amount=amount, date=when),
            self.tr("Remove"),
        ):
            return
        try:
            budget.delete_transaction(self.ctx, transaction_id)
        except UserError as error:
            warn(self, self.tr("Remove transaction"), error.message(self.language))
            return
        self.saved_anything = True
        self.refresh_transactions()


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0
