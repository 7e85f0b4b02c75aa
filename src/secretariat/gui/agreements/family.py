"""Where an agreement stands among others: its tree (LoI -> MoU -> implementing arrangements), its renewals,
and the renewal actions.

Shown in the agreement editor's "Links" tab. A double-click on an agreement
of the tree, or a click on one of the renewal chain, opens it (through the
``open_agreement`` callback the editor hands in). "Renew…" creates the
linked renewal (``services.renewals``); once a renewal is signed, "Close the
previous agreement as renewed" moves the agreement it replaces to the stage
"renewed".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.enums import Instrument
from secretariat.domain.errors import UserError
from secretariat.domain.labels import label
from secretariat.gui.formatting import format_date
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.services.agreements import records as agreements
from secretariat.services.agreements import renewals
from secretariat.services.agreements.records import AgreementView, TreeNode
from secretariat.services.context import ServiceContext

ID_ROLE = Qt.ItemDataRole.UserRole


def _instrument(code: str, language: str) -> str:
    try:
        return label(Instrument(code), "id" if language == "id" else "en")
    except ValueError:
        return code


class RenewDialog(QDialog):
    """When the renewal takes effect, for how long, and why."""

    def __init__(self, view: AgreementView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renew {name}").format(name=view.number or view.title_en))
        self.effective_on = QDateEdit(self)
        self.effective_on.setCalendarPopup(True)
        self.effective_on.setDisplayFormat("dd/MM/yyyy")
        start = view.expires_on + timedelta(days=1) if view.expires_on else date.today()
        self.effective_on.setDate(QDate(start.year, start.month, start.day))
        self.term = QSpinBox(self)
        self.term.setRange(1, 1200)
        self.term.setValue(view.term_months or 60)
        self.term.setSuffix(self.tr(" months"))
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. both parties agreed to renew at the joint meeting"))
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("In force from:"), self.effective_on)
        form.addRow(self.tr("Term:"), self.term)
        form.addRow(self.tr("Note:"), self.note)
        intro = QLabel(
            self.tr(
                "The renewal is a new agreement linked to this one. It starts at the first stage with "
                "this agreement's partners, fields and text; this agreement stays in force until the "
                "renewal is signed."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Renew"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        add_layout(layout, form)
        layout.addWidget(buttons)

    def values(self) -> tuple[date, int, str]:
        chosen = self.effective_on.date()
        return date(chosen.year(), chosen.month(), chosen.day()), self.term.value(), self.note.toPlainText()


class AgreementFamilyPanel(QWidget):
    """The agreement's tree and renewal chain, navigable, with the renewal actions."""

    #: The panel changed stored data (a renewal made, a predecessor closed): the editor reloads its parts.
    changed = Signal()

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, open_agreement: Callable[[int], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = current_language()
        self.open_agreement = open_agreement
        self.view: AgreementView | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agreementTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Agreement"), self.tr("Type"), self.tr("Stage"), self.tr("Expires")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        self.chain = QLabel(self)
        self.chain.setObjectName("renewalChain")
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.RichText)
        self.chain.linkActivated.connect(lambda link: self._open(int(link.split(":", 1)[1])))
        self.renew_button = QPushButton(self.tr("Renew…"), self)
        self.settle_button = QPushButton(self.tr("Close the previous agreement as renewed"), self)
        self.renew_button.setAutoDefault(False)
        self.settle_button.setAutoDefault(False)
        self.renew_button.clicked.connect(self.ask_renewal)
        self.settle_button.clicked.connect(self.settle)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")

        box = QGroupBox(self.tr("Agreement tree (double-click to open)"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.tree)
        renewals_box = QGroupBox(self.tr("Renewals"), self)
        renewal_layout = QVBoxLayout(renewals_box)
        renewal_layout.addWidget(self.chain)
        buttons = QHBoxLayout()
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.settle_button)
        buttons.addStretch(1)
        add_layout(renewal_layout, buttons)
        renewal_layout.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addWidget(renewals_box)
        self.show_agreement(None)

    # --- showing -----------------------------------------------------------------------------------------

    def show_agreement(self, agreement_id: int | None) -> None:
        self.view = agreements.get_agreement(self.ctx, agreement_id) if agreement_id is not None else None
        self._show_tree()
        self._show_renewals()

    def refresh(self) -> None:
        self.show_agreement(self.view.id if self.view else None)

    def _name(self, number: str | None, title_id: str, title_en: str) -> str:
        title = title_id if self.language == "id" else title_en
        return f"{number} – {title}" if number else title

    def _show_tree(self) -> None:
        self.tree.clear()
        if self.view is None:
            return
        root = agreements.agreement_tree(self.ctx, self.view.id)
        shown_id = self.view.id

        def add(node: TreeNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            item = QTreeWidgetItem(
                parent,
                [
                    self._name(node.number, node.title_id, node.title_en),
                    _instrument(node.instrument, self.language),
                    node.stage_name_id if self.language == "id" else node.stage_name_en,
                    format_date(node.expires_on, self.language, short=True),
                ],
            )
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, node.title_id if self.language == "id" else node.title_en)
            if node.id == shown_id:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
                self.tree.setCurrentItem(item)
            for child in node.children:
                add(child, item)

        add(root, self.tree)
        self.tree.expandAll()

    def _show_renewals(self) -> None:
        view = self.view
        if view is None:
            self.chain.setText(escape(self.tr("Save the agreement first (Apply).")))
            self.renew_button.setEnabled(False)
            self.settle_button.setEnabled(False)
            self.hint.setText("")
            return
        chain = renewals.renewal_chain(self.ctx, view.id)
        parts = []
        for link in chain:
            stage = link.stage_name_id if self.language == "id" else link.stage_name_en
            name = escape(link.number or self.tr("(no number yet)"))
            if link.id == view.id:
                parts.append(f"<b>{name}</b> ({escape(stage)})")
            else:
                parts.append(f'<a href="agreement:{link.id}">{name}</a> ({escape(stage)})')
        if len(chain) > 1:
            self.chain.setText(escape(self.tr("Renewal chain, oldest first:")) + " " + " → ".join(parts))
        else:
            self.chain.setText(escape(self.tr("This agreement renews no other and has not been renewed.")))
        signed = view.stage.is_live or view.stage.is_final
        self.renew_button.setEnabled(view.renewal is None and signed)
        settle = renewals.can_settle(self.ctx, view.id)
        self.settle_button.setVisible(settle)
        self.settle_button.setEnabled(settle)
        if view.renewal is not None:
            self.hint.setText(self.tr("Renewed by {name}.").format(name=view.renewal.number or view.renewal.title_en))
        elif not signed:
            self.hint.setText(self.tr("An agreement can be renewed once it is signed."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    # --- acting ---------------------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        agreement_id = item.data(0, ID_ROLE)
        if agreement_id is not None and (self.view is None or agreement_id != self.view.id):
            self._open(int(agreement_id))

    def _open(self, agreement_id: int) -> None:
        if self.open_agreement is not None:
            self.open_agreement(agreement_id)

    def ask_renewal(self) -> None:
        if self.view is None:
            return
        dialog = RenewDialog(self.view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.renew(*dialog.values())

    def renew(self, effective_on: date, term_months: int, note: str | None = None) -> int | None:
        """Create the renewal; offer to open it. Its id, or None when refused (the reason is shown)."""
        if self.view is None:
            return None
        try:
            new_id = renewals.renew_agreement(self.ctx, self.view.id, effective_on, term_months, note)
        except UserError as error:
            warn(self, self.tr("Renew"), error.message(self.language))
            return None
        self.refresh()
        self.changed.emit()
        if confirm(
            self,
            self.tr("Renew"),
            self.tr("The renewal is registered at the first stage. Open it now?"),
            self.tr("Open"),
        ):
            self._open(new_id)
        return new_id

    def settle(self) -> None:
        if self.view is None:
            return
        try:
            renewals.settle_renewal(self.ctx, self.view.id, date.today())
        except UserError as error:
            warn(self, self.tr("Close the previous agreement"), error.message(self.language))
            return
        self.refresh()
        self.changed.emit()


__all__ = ["AgreementFamilyPanel", "RenewDialog"]
