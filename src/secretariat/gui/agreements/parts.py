"""The agreement editor's drafting parts, wired in one place so the editor needs only a few hook lines.

- a "Text" tab (:class:`~secretariat.gui.agreements.text.AgreementTextTab`) after the assessment;
- an "Assessment summary" tab (:class:`~secretariat.gui.agreements.assessment_summary.AssessmentSummaryPanel`)
  beside the assessment scores;
- an "Impact" tab (:class:`~secretariat.gui.agreements.scorecard_tab.ScorecardTab`) after the activities;
- the agreement tree and renewals (:class:`~secretariat.gui.agreements.family.AgreementFamilyPanel`) at the
  foot of the "Links" tab.

The editor calls :meth:`show` when it loads a record, :meth:`check` before and :meth:`store` after it
stores one, :meth:`is_dirty` when it asks about unsaved changes, and :meth:`refresh` when parts stored
elsewhere changed. "Generate draft" saves the whole agreement first through the editor's own save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLayout, QTabWidget, QWidget

from secretariat.gui.agreements.assessment_summary import AssessmentSummaryPanel
from secretariat.gui.agreements.family import AgreementFamilyPanel
from secretariat.gui.agreements.scorecard_tab import ScorecardTab
from secretariat.gui.agreements.text import AgreementTextTab
from secretariat.gui.forms import bind
from secretariat.gui.widgets.layout_items import entries


class AgreementParts(QObject):
    """The text tab, the assessment summary and the tree/renewals panel of one agreement editor."""

    def __init__(self, editor: Any) -> None:  # a secretariat.gui.agreements.editor.AgreementEditor
        super().__init__(editor)
        self.editor = editor
        tabs = bind(editor.form, "tabs", QTabWidget)
        self.text = AgreementTextTab(editor.ctx, tabs, save_record=editor.save)
        self.text.setObjectName("textTab")
        self.summary = AssessmentSummaryPanel(editor.ctx, tabs)
        self.summary.setObjectName("assessmentSummaryTab")
        assessment = bind(editor.form, "assessmentTab", QWidget)
        after = tabs.indexOf(assessment) + 1 if tabs.indexOf(assessment) >= 0 else tabs.count()
        tabs.insertTab(after, self.summary, self.tr("Assessment summary"))
        tabs.insertTab(after + 1, self.text, self.tr("Text"))
        self.family = AgreementFamilyPanel(editor.ctx, editor.form, open_agreement=editor._open_agreement)
        links = editor.form.findChild(QLayout, "linksLayout")
        if links is None:  # the form changed: show the panel in a tab of its own rather than lose it
            tabs.addTab(self.family, self.tr("Tree and renewals"))
        else:
            links.addWidget(self.family)
        # the impact scorecard after the activities (issue 16)
        self.impact = ScorecardTab(editor.ctx, tabs)
        activities = editor.form.findChild(QWidget, "activitiesTab")
        at = tabs.indexOf(activities) + 1 if activities is not None and tabs.indexOf(activities) >= 0 else tabs.count()
        tabs.insertTab(at, self.impact, self.tr("Impact"))
        self.impact.changed.connect(self._stored_elsewhere)
        self.impact.plan_activity.connect(lambda: editor._activity(None))
        self.impact.terminate.connect(editor.change_stage)
        self.text.draft_generated.connect(lambda _version: self._stored_elsewhere())
        self.family.changed.connect(self._stored_elsewhere)
        self.impact.renew.connect(self.family.ask_renewal)
        self._add_packet_button()
        # Each part reads its agreement when its tab is first shown, not when the editor opens (the editor
        # of a big register's agreement opened in 0.33 s reading all four): part -> how to show what it owes.
        self._owed: dict[QWidget, Callable[[], None]] = {}
        tabs.currentChanged.connect(lambda _index: self._show_owed())

    def _add_packet_button(self) -> None:
        """ "Cetak paket naskah" beside the documents' Open button."""
        from PySide6.QtWidgets import QPushButton

        self.packet_button = QPushButton(self.tr("Print agreement packet…"), self.editor)
        self.packet_button.setObjectName("packetButton")
        self.packet_button.setToolTip(
            self.tr("One PDF of the signed agreement's documents, with cover, page stamps and SHA-256 list")
        )
        self.packet_button.clicked.connect(self.print_packet)
        open_button = self.editor.open_attachment_button
        row = _layout_holding(open_button.parentWidget().layout(), open_button) if open_button.parentWidget() else None
        if row is not None and hasattr(row, "insertWidget"):
            row.insertWidget(row.indexOf(open_button) + 1, self.packet_button)
        else:  # the form changed: a tab of its own rather than no button
            bind(self.editor.form, "tabs", QTabWidget).addTab(self.packet_button, self.tr("Packet"))
        self.packet_button.setEnabled(False)

    def print_packet(self) -> None:
        from secretariat.gui.agreements.packet_dialog import print_packet

        if self.editor.record_id is None:
            return
        print_packet(self.editor.ctx, self.editor.record_id, self.editor, lambda _made: self._stored_elsewhere())

    def _stored_elsewhere(self) -> None:
        self.editor.saved_anything = True
        self.editor._refresh_children_parts()

    def show(self, agreement_id: int | None) -> None:
        """Show agreement ``agreement_id`` (None: a new one): the parts on screen now, the others when shown."""
        self.packet_button.setEnabled(agreement_id is not None)
        self._owed = {
            self.text: lambda: self.text.show_agreement(agreement_id),
            self.summary: lambda: self.summary.show_agreement(agreement_id),
            self.family: lambda: self.family.show_agreement(agreement_id),
            self.impact: lambda: self.impact.show_agreement(agreement_id),
        }
        self._show_owed()

    def _show_owed(self) -> None:
        for part, show in list(self._owed.items()):
            if part.isVisibleTo(self.editor):  # on the current tab (hidden tabs' pages are hidden widgets)
                del self._owed[part]
                show()

    def refresh(self) -> None:
        """Parts stored elsewhere changed (stage, documents, links): show them again; typed text is kept.
        A part not shown since the editor opened reads the agreement when it is shown, as before."""
        for part in (self.summary, self.family, self.impact):
            if part not in self._owed:
                part.refresh()

    def is_dirty(self) -> bool:
        return self.text.is_dirty()

    def check(self) -> None:
        """Raise what saving the typed text would refuse, before the editor stores anything."""
        self.text.check()

    def store(self) -> None:
        self.text.store()


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (``layout`` or one nested in it) that holds ``widget``."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for _widget, child in entries(layout):
        found = _layout_holding(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


__all__ = ["AgreementParts"]
