""" "Cetak paket naskah": the signed-agreement packet of an agreement, from its editor.

The dialog shows which stored document fills each part (and which are missing), lets the clerk choose the
paper, a recipient for the covering letter, the implementing arrangements, and whether to print an
incomplete packet; the packet is assembled on a worker thread and opened in the print preview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.documents.packet import render_packet
from secretariat.domain.errors import UserError
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.prompts import warn
from secretariat.gui.workers import Job
from secretariat.services.agreements import packets
from secretariat.services.context import ServiceContext
from secretariat.services.office import get_office_profile

__all__ = ["PacketDialog", "print_packet"]


class PacketOptions(TypedDict):
    """The choices of a :class:`PacketDialog`, as ``make_packet`` takes them."""

    paper: str | None
    recipient: str | None
    allow_incomplete: bool
    arrangements: bool


class PacketDialog(QDialog):
    """Choose the packet's paper, recipient and options; see what goes in."""

    def __init__(self, ctx: ServiceContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packetDialog")
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.language = current_language()
        self.setWindowTitle(self.tr("Print agreement packet"))
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperCombo")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("F4 (215 × 330 mm)", "f4")
        office_paper = get_office_profile(ctx).paper
        self.paper.setCurrentIndex(max(0, self.paper.findData(office_paper)))
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipientCombo")
        self.recipient.addItem(self.tr("No covering letter (archive copy)"), None)
        for recipient in packets.list_recipients():
            self.recipient.addItem(recipient.name_id if self.language == "id" else recipient.name_en, recipient.code)
        self.arrangements = QCheckBox(self.tr("Add the implementing arrangements"), self)
        self.arrangements.setObjectName("arrangementsCheck")
        self.arrangements.toggled.connect(self._show_plan)
        self.incomplete = QCheckBox(self.tr("Print even if required parts are missing (marked INCOMPLETE)"), self)
        self.incomplete.setObjectName("incompleteCheck")
        self.parts = QListWidget(self)
        self.parts.setObjectName("partsList")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Covering letter to"), self.recipient)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = buttons.addButton(self.tr("Make packet"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("makePacketButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        add_layout(layout, form)
        layout.addWidget(self.arrangements)
        layout.addWidget(QLabel(self.tr("Parts, in the packet's order:"), self))
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.incomplete)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = packets.plan_packet(self.ctx, self.agreement_id, arrangements=self.arrangements.isChecked())
        self.parts.clear()
        for part in plan.parts:
            title = part.title_id if self.language == "id" else part.title_en
            if part.problem_en is not None:
                state = self.tr("cannot go in: %1").replace(
                    "%1", (part.problem_id if self.language == "id" else part.problem_en) or ""
                )
            elif part.attachment_id is None:
                state = self.tr("missing") if part.required else self.tr("none (optional)")
            else:
                state = self.tr("ready")
            QListWidgetItem(f"{title} — {state}", self.parts)
        missing = len(plan.missing)
        self.hint.setText(
            self.tr("%1 required part(s) missing.").replace("%1", str(missing))
            if missing
            else self.tr("Every part is ready.")
        )
        self.incomplete.setEnabled(bool(missing))

    def options(self) -> PacketOptions:
        return {
            "paper": self.paper.currentData(),
            "recipient": self.recipient.currentData(),
            "allow_incomplete": self.incomplete.isChecked(),
            "arrangements": self.arrangements.isChecked(),
        }


def print_packet(
    ctx: ServiceContext,
    agreement_id: int,
    parent: QWidget | None = None,
    on_made: Callable[[packets.MadePacket], None] | None = None,
) -> Job[packets.MadePacket] | None:
    """Ask for the options, make the packet on a worker thread (kept in the archive) and open it in the print
    preview; ``on_made`` hears of it first. Returns the job, or None when the clerk cancelled."""
    from secretariat.gui.widgets.pdf_preview import show_pdf_preview
    from secretariat.gui.workers import run_in_background

    dialog = PacketDialog(ctx, agreement_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()

    def done(result: packets.MadePacket) -> None:
        if on_made is not None:
            on_made(result)
        show_pdf_preview(result.pdf, result.file_name, result.file_name, parent)

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            warn(
                parent,
                QCoreApplication.translate("PacketDialog", "Print agreement packet"),
                error.message(current_language()),
            )
        else:
            from secretariat.gui.errors import report_exception

            report_exception(parent, error)

    return run_in_background(
        parent,
        lambda _progress: packets.make_packet(ctx, agreement_id, render=render_packet, **options),
        done,
        on_error=failed,
        title=QCoreApplication.translate("PacketDialog", "Assembling the packet…"),
        cancellable=False,
    )
