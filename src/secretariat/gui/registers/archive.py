"""The document archive page: every document of every record, searched and filtered in SQL like the other
registers; open (PDFs in the print preview), save a copy, print, add a new version, and check every stored
copy against its SHA-256 with a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from secretariat.domain.errors import UserError
from secretariat.gui.registers.page import RegisterPage
from secretariat.gui.widgets.layout_items import insert_layout
from secretariat.gui.widgets.notices import announce_file
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.services import attachments
from secretariat.services.context import ServiceContext

__all__ = ["DocumentArchivePage", "open_document", "verify_documents_report"]


def open_document(ctx: ServiceContext, attachment_id: int, parent: QWidget | None) -> None:
    """A PDF in the print preview; any other file with the program the system opens it with."""
    view = attachments.get_attachment(ctx, attachment_id)
    if view.file_name.lower().endswith(".pdf"):
        from secretariat.gui.widgets.pdf_preview import show_pdf_preview

        show_pdf_preview(attachments.read_attachment(ctx, attachment_id), view.file_name, view.file_name, parent)
        return
    import tempfile

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    folder = Path(tempfile.mkdtemp(prefix="secretariat-open-"))
    path = attachments.export_attachment(ctx, attachment_id, folder)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def verify_documents_report(ctx: ServiceContext, parent: QWidget | None) -> None:
    """Recompute every stored copy's SHA-256 (on a worker thread) and show what is missing or altered."""
    from PySide6.QtWidgets import QMessageBox

    from secretariat.gui.workers import run_in_background

    def done(checks: list[attachments.AttachmentCheck]) -> None:
        bad = [c for c in checks if not c.ok]
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("DocumentArchive", "Check documents"))
        if not bad:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                QCoreApplication.translate("DocumentArchive", "All %1 stored documents match their SHA-256.").replace(
                    "%1", str(len(checks))
                )
            )
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                QCoreApplication.translate("DocumentArchive", "%1 of %2 documents are missing or altered.")
                .replace("%1", str(len(bad)))
                .replace("%2", str(len(checks)))
            )
            lines = []
            for check in bad:
                state = (
                    QCoreApplication.translate("DocumentArchive", "missing")
                    if check.missing
                    else QCoreApplication.translate("DocumentArchive", "altered")
                )
                lines.append(
                    f"{check.attachment_id}  {check.file_name}  ({check.owner_type} {check.owner_id}): {state}"
                )
            box.setInformativeText(
                QCoreApplication.translate("DocumentArchive", "Restore them from a backup or attach the files again.")
            )
            box.setDetailedText("\n".join(lines))
        box.exec()

    run_in_background(
        parent,
        lambda _progress: attachments.verify_all_attachments(ctx),
        done,
        title=QCoreApplication.translate("DocumentArchive", "Checking documents…"),
    )


class DocumentArchivePage(RegisterPage):
    """The "documents" register with the archive's own actions."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "documents", parent)
        self.new_button.setVisible(False)  # documents are attached to their record
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openDocumentButton")
        self.open_button.clicked.connect(self.open_current)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveDocumentButton")
        self.save_button.clicked.connect(self.save_copy)
        self.version_button = QPushButton(self)
        self.version_button.setObjectName("newVersionButton")
        self.version_button.clicked.connect(self.new_version)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyDocumentsButton")
        self.verify_button.clicked.connect(lambda: verify_documents_report(self.ctx, self))
        row = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.version_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            insert_layout(layout, layout.count() - 1, row)  # above the count line
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()
        self.set_filter("current", True)  # the current version of each document; older ones on request

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.open_button, self.save_button, self.version_button):
            button.setEnabled(chosen)

    def open_record(self, record_id: int) -> None:
        try:
            open_document(self.ctx, record_id, self)
        except UserError as error:
            warn(self, QCoreApplication.translate("DocumentArchive", "Open document"), error.message(_language()))

    def new_record(self) -> None:
        """Documents are attached from their record's editor, or here as a new version of one listed."""

    def save_copy(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        view = attachments.get_attachment(self.ctx, record_id)
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("DocumentArchive", "Save a copy"), str(Path.home() / view.file_name)
        )
        if not path:
            return
        try:
            saved = attachments.save_attachment_as(self.ctx, record_id, path)
        except (UserError, OSError) as error:
            message = error.message(_language()) if isinstance(error, UserError) else str(error)
            warn(self, QCoreApplication.translate("DocumentArchive", "Save a copy"), message)
            return
        # The one way finished work is reported: the window's line with Open and Show in folder.
        announce_file(
            self, saved, QCoreApplication.translate("DocumentArchive", "A copy was saved: %1").replace("%1", str(saved))
        )

    def new_version(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        view = attachments.get_attachment(self.ctx, record_id)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("DocumentArchive", "New version of %1").replace("%1", view.file_name),
            str(Path.home()),
        )
        if not path:
            return
        try:
            attachments.add_attachment(self.ctx, view.owner_type, view.owner_id, view.kind, path, replaces=record_id)
        except UserError as error:
            warn(self, QCoreApplication.translate("DocumentArchive", "New version"), error.message(_language()))
            return
        self.refresh()
        self.data_changed.emit()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        if not confirm(
            self,
            QCoreApplication.translate("DocumentArchive", "Remove document"),
            QCoreApplication.translate(
                "DocumentArchive",
                "Remove this version of the document? The stored copy is deleted when nothing else uses it.",
            ),
            QCoreApplication.translate("DocumentArchive", "Remove"),
        ):
            return
        try:
            attachments.delete_attachment(self.ctx, record_id)
        except UserError as error:
            warn(self, QCoreApplication.translate("DocumentArchive", "Remove document"), error.message(_language()))
            return
        self.refresh()
        self.data_changed.emit()

    def register_title(self) -> str:
        return QCoreApplication.translate("DocumentArchive", "Documents")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "open_button"):
            return
        self.open_button.setText(QCoreApplication.translate("DocumentArchive", "Open"))
        self.save_button.setText(QCoreApplication.translate("DocumentArchive", "Save a copy…"))
        self.version_button.setText(QCoreApplication.translate("DocumentArchive", "New version…"))
        self.verify_button.setText(QCoreApplication.translate("DocumentArchive", "Check documents…"))
        self.verify_button.setToolTip(
            QCoreApplication.translate(
                "DocumentArchive", "Recompute every stored copy's SHA-256 and report missing or altered ones"
            )
        )


def _language() -> str:
    from secretariat.gui.i18n import current_language

    return current_language()
