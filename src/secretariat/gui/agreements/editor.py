"""The agreement editor: texts and numbers, partners and fields, validity, links in the tree, stage,
assessment, activities and documents."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.enums import ActivityKind, AgreementKind, Criterion, DocumentKind, Instrument
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.labels import label
from secretariat.domain.records import AgreementData, AssessmentData
from secretariat.domain.rules import expiry_from_term, last_notice_date
from secretariat.domain.validation import Checker
from secretariat.gui.agreements.activity_dialog import ActivityDialog
from secretariat.gui.agreements.parts import AgreementParts
from secretariat.gui.agreements.stage_dialog import StageDialog
from secretariat.gui.agreements.text import open_attachment_copy
from secretariat.gui.formatting import format_date, format_datetime, format_number
from secretariat.gui.widgets.fields import (
    OptionalDate,
    combo_value,
    fill_choices,
    fill_enum,
    set_combo_value,
    set_text,
    text_of,
)
from secretariat.gui.widgets.form_comforts import assign_access_keys
from secretariat.gui.widgets.form_dialog import FormDialog, open_form_dialog
from secretariat.gui.widgets.next_turn import at_next_turn
from secretariat.gui.widgets.picklists import agreement_label
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.record_picker import RecordListPicker, RecordPicker
from secretariat.gui.widgets.tables import ChildSection, RecordTable
from secretariat.services import attachments
from secretariat.services.agreements import activities
from secretariat.services.agreements import records as agreements
from secretariat.services.agreements.records import AgreementRef, AgreementView
from secretariat.services.reference import countries_and_sectors as reference
from secretariat.services.registers.pickers import PickFilter

ID_ROLE = Qt.ItemDataRole.UserRole
CRITERIA = {
    Criterion.EFFICIENCY: "efficiency",
    Criterion.EFFECTIVENESS: "effectiveness",
    Criterion.SYNERGY: "synergy",
    Criterion.MUTUAL_BENEFIT: "mutualBenefit",
}
OWNER_TYPE = "agreement"


def _size(size: int, language: str) -> str:
    units = ("B", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            text = f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
            return text.replace(".", ",") if language == "id" else text
        value /= 1024
    return str(size)


class AgreementEditor(FormDialog):
    FORM = "agreement_editor"
    HISTORY_KIND = "agreement"
    RECORD_TYPE = AgreementData

    def setup(self) -> None:
        b = self.bind
        lang = self.language
        self.title_id = b("titleIdEdit", QLineEdit)
        self.title_en = b("titleEnEdit", QLineEdit)
        self.subject_id = b("subjectIdEdit", QLineEdit)
        self.subject_en = b("subjectEnEdit", QLineEdit)
        self.kind = b("kindCombo", QComboBox)
        self.instrument = b("instrumentCombo", QComboBox)
        self.number = b("numberEdit", QLineEdit)
        self.partner_number = b("partnerNumberEdit", QLineEdit)
        self.partner_filter = b("partnerFilterEdit", QLineEdit)
        self.partners_list = b("partnersList", QListWidget)
        self.sectors_list = b("sectorsList", QListWidget)
        fill_enum(self.kind, AgreementKind, lang)
        fill_enum(self.instrument, Instrument, lang)
        # Only the chosen partners are listed; the field above finds others in the register (SQL).
        self.partner_picker = RecordListPicker(
            self.partner_filter, self.partners_list, self.ctx, "partner", language=lang
        )
        sectors = sorted(((s.name_id if lang == "id" else s.name_en), s.code) for s in reference.list_sectors(self.ctx))
        for name, code in sectors:
            self._check_item(self.sectors_list, name, code)

        self.signed_on = OptionalDate(b("signedOnCheck", QCheckBox), b("signedOnEdit", QDateEdit))
        self.signed_place = b("signedPlaceEdit", QLineEdit)
        self.effective_on = OptionalDate(b("effectiveOnCheck", QCheckBox), b("effectiveOnEdit", QDateEdit))
        self.term = b("termSpin", QSpinBox)
        self.expires_on = OptionalDate(b("expiresOnCheck", QCheckBox), b("expiresOnEdit", QDateEdit))
        self.expiry_hint = b("expiryHint", QLabel)
        self.notice = b("noticeSpin", QSpinBox)
        self.last_notice_value = b("lastNoticeValue", QLabel)
        for signal in (
            self.effective_on.changed,
            self.expires_on.changed,
            self.term.valueChanged,
            self.notice.valueChanged,
        ):
            signal.connect(self._update_dates)

        none = self.tr("(none)")
        self.parent_combo = b("parentCombo", QComboBox)
        self.previous_combo = b("previousCombo", QComboBox)
        self.parent_picker = RecordPicker(self.parent_combo, self.ctx, "agreement", language=lang, blank=none)
        self.previous_picker = RecordPicker(self.previous_combo, self.ctx, "agreement", language=lang, blank=none)
        self.open_parent = b("openParentButton", QPushButton)
        self.open_previous = b("openPreviousButton", QPushButton)
        self.open_renewal = b("openRenewalButton", QPushButton)
        self.renewal_value = b("renewalValue", QLabel)
        self.children_list = b("childrenList", QListWidget)
        self.open_parent.clicked.connect(lambda: self._open_agreement(combo_value(self.parent_combo)))
        self.open_previous.clicked.connect(lambda: self._open_agreement(combo_value(self.previous_combo)))
        self.open_renewal.clicked.connect(
            lambda: self._open_agreement(self.view.renewal.id if self.view and self.view.renewal else None)
        )
        self.children_list.itemActivated.connect(lambda item: self._open_agreement(item.data(ID_ROLE)))
        self.parent_combo.currentIndexChanged.connect(self._update_links)
        self.previous_combo.currentIndexChanged.connect(self._update_links)

        self.stage_value = b("stageValue", QLabel)
        self.stage_hint = b("stageHint", QLabel)
        self.change_stage_button = b("changeStageButton", QPushButton)
        self.change_stage_button.clicked.connect(self.change_stage)
        self.history = RecordTable(b("historyTable", QTableWidget), stretch=4)

        self.scores: dict[Criterion, QComboBox] = {}
        self.reasons: dict[Criterion, QLineEdit] = {}
        for criterion, name in CRITERIA.items():
            b(f"{name}Label", QLabel).setText(label(criterion, "id" if lang == "id" else "en"))
            combo = b(f"{name}ScoreCombo", QComboBox)
            fill_choices(combo, [(str(n), n) for n in range(1, 6)], blank="—")
            self.scores[criterion] = combo
            self.reasons[criterion] = b(f"{name}ReasonEdit", QLineEdit)

        self.activities = RecordTable(b("activitiesTable", QTableWidget), stretch=2)
        self.activity_section = ChildSection(
            self.activities,
            b("addActivityButton", QPushButton),
            b("editActivityButton", QPushButton),
            b("removeActivityButton", QPushButton),
            b("activitiesHint", QLabel),
            lambda: self._activity(None),
            self._activity,
            self.remove_activity,
        )
        self.attachments = RecordTable(b("attachmentsTable", QTableWidget), right_aligned=(2,), stretch=1)
        self.attachment_kind = b("attachmentKindCombo", QComboBox)
        fill_enum(self.attachment_kind, DocumentKind, lang)
        self.attachment_section = ChildSection(
            self.attachments,
            b("addAttachmentButton", QPushButton),
            None,
            b("removeAttachmentButton", QPushButton),
            b("attachmentsHint", QLabel),
            self.add_attachment,
            None,
            self.remove_attachment,
        )
        self.open_attachment_button = b("openAttachmentButton", QPushButton)
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.attachments.table.doubleClicked.connect(lambda _i: self.open_attachment())
        self.attachments.table.itemSelectionChanged.connect(self._attachment_selected)
        self.notes = b("notesEdit", QPlainTextEdit)

        self.track(
            self.title_id,
            self.title_en,
            self.subject_id,
            self.subject_en,
            self.kind,
            self.instrument,
            self.number,
            self.partner_number,
            self.partners_list,
            self.sectors_list,
            self.signed_on.check,
            self.signed_on.edit,
            self.signed_place,
            self.effective_on.check,
            self.effective_on.edit,
            self.term,
            self.expires_on.check,
            self.expires_on.edit,
            self.notice,
            self.parent_combo,
            self.previous_combo,
            *self.scores.values(),
            *self.reasons.values(),
            self.notes,
        )
        self.view: AgreementView | None = None
        self._partner_order: list[int] = []
        self._parts: AgreementParts | None = None  # made right after the first paint (see parts)

    # --- the parts (text, assessment summary, tree and renewals, impact) ------------------------------------

    @property
    def parts(self) -> AgreementParts:
        """The editor's other tabs and panels (gui.agreements.parts), made when first asked for: right after
        the editor's first paint, so that the editor opens with its General tab without waiting for them
        (they took 37-55 ms of an opening of 90-200 ms on the 100,000-partner demo), or earlier by a caller;
        not at all for an editor closed before that turn came."""
        return self._parts if self._parts is not None else self._make_parts()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._parts is None:
            at_next_turn(self, self._make_parts_if_shown)

    def _make_parts_if_shown(self) -> None:
        if self.isVisible():
            self._make_parts()

    def _make_parts(self) -> AgreementParts:
        if self._parts is None:  # once: several paints may come before the first turn
            self._parts = AgreementParts(self)
            assign_access_keys(self.form)  # the parts' buttons too, keeping the keys already given
            self._parts.show(self.record_id)
        return self._parts

    @staticmethod
    def _check_item(widget: QListWidget, text: str, data: object) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(ID_ROLE, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(widget: QListWidget) -> list[object]:
        return [
            widget.item(i).data(ID_ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _set_checked(widget: QListWidget, values: set[object]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in values else Qt.CheckState.Unchecked)

    # --- live hints ------------------------------------------------------------------------------------

    def _update_dates(self) -> None:
        effective, term, entered = self.effective_on.value(), self.term.value() or None, self.expires_on.value()
        expiry = entered
        if entered is None and effective is not None and term:
            expiry = expiry_from_term(effective, term)
            self.expiry_hint.setText(
                self.tr("Computed from the term: in force until {date}.").format(
                    date=format_date(expiry, self.language)
                )
            )
        elif entered is None:
            self.expiry_hint.setText(self.tr("Enter the expiry date, or the date in force and the term."))
        else:
            self.expiry_hint.setText("")
        self.expiry_hint.setVisible(bool(self.expiry_hint.text()))
        notice = self.notice.value() or None
        if expiry is not None and notice:
            self.last_notice_value.setText(format_date(last_notice_date(expiry, notice), self.language))
        else:
            self.last_notice_value.setText("—")

    def _update_links(self) -> None:
        self.open_parent.setEnabled(combo_value(self.parent_combo) is not None)
        self.open_previous.setEnabled(combo_value(self.previous_combo) is not None)

    def _ref_text(self, ref: AgreementRef) -> str:
        return agreement_label(ref.number, ref.title_id if self.language == "id" else ref.title_en)

    # --- loading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        self.view = agreements.get_agreement(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        set_text(self.title_id, v.title_id if v else "")
        set_text(self.title_en, v.title_en if v else "")
        set_text(self.subject_id, v.subject_id or "" if v else "")
        set_text(self.subject_en, v.subject_en or "" if v else "")
        set_combo_value(self.kind, v.kind if v else AgreementKind.KSDPL)
        set_combo_value(self.instrument, v.instrument if v else Instrument.MOU)
        set_text(self.number, v.number if v else "")
        set_text(self.partner_number, v.partner_number if v else "")
        self._partner_order = [p.id for p in v.partners] if v else []
        self.partner_picker.set_ids(self._partner_order)
        self._set_checked(self.sectors_list, {s.code for s in v.sectors} if v else set())
        self.signed_on.set_value(v.signed_on if v else None)
        set_text(self.signed_place, v.signed_place if v else "")
        self.effective_on.set_value(v.effective_on if v else None)
        self.term.setValue(v.term_months or 0 if v else 0)
        self.expires_on.set_value(v.expires_on_entered if v else None)
        self.notice.setValue(v.notice_months or 0 if v else 6)
        itself = PickFilter(exclude=(self.record_id,)) if self.record_id is not None else PickFilter()
        links = ((self.parent_picker, v.parent if v else None), (self.previous_picker, v.previous if v else None))
        for picker, ref in links:
            picker.set_limits(itself)  # an agreement is not its own parent or predecessor
            picker.set_value(ref.id if ref else None)
        scored = {a.criterion: a for a in v.assessments} if v else {}
        for criterion in CRITERIA:
            found = scored.get(criterion)
            set_combo_value(self.scores[criterion], found.score if found else None)
            set_text(self.reasons[criterion], found.reason if found else "")
        set_text(self.notes, v.notes if v else "")
        self._update_dates()
        self._update_links()
        self._show_links()
        self._show_stage()
        self._show_activities()
        self._show_attachments()
        if self._parts is not None:  # else shown when made
            self._parts.show(self.record_id)

    def _show_links(self) -> None:
        v = self.view
        self.renewal_value.setText(self._ref_text(v.renewal) if v and v.renewal else "—")
        self.open_renewal.setEnabled(bool(v and v.renewal))
        self.children_list.clear()
        for child in v.children if v else ():
            item = QListWidgetItem(self._ref_text(child), self.children_list)
            item.setData(ID_ROLE, child.id)

    def _show_stage(self) -> None:
        v, lang = self.view, self.language
        if v is None:
            self.stage_value.setText(self.tr("(new – starts at the first stage)"))
            self.stage_hint.setText(self.tr("Save the agreement first (Apply) to move it through its stages."))
            self.change_stage_button.setEnabled(False)
        else:
            self.stage_value.setText(v.stage.name_id if lang == "id" else v.stage.name_en)
            self.stage_hint.setText(self.tr("In force.") if v.stage.is_live else "")
            self.change_stage_button.setEnabled(True)
        self.stage_value.setStyleSheet("font-weight: bold;")
        self.stage_hint.setVisible(bool(self.stage_hint.text()))
        rows = []
        for n, h in enumerate(reversed(v.history) if v else ()):
            from_name = (h.from_name_id if lang == "id" else h.from_name_en) or "—"
            to_name = h.to_name_id if lang == "id" else h.to_name_en
            rows.append((n, [format_date(h.on, lang, short=True), from_name, to_name, h.user_login, h.note or ""]))
        self.history.set_rows(rows)

    def _show_activities(self) -> None:
        found = activities.list_activities(self.ctx, self.record_id) if self.record_id is not None else ()
        lang = self.language
        rows = []
        for a in reversed(found):
            indicators = "; ".join(
                # "Nilai hibah: 84.327 USD" in the clerk's number format (it read "84327 USD")
                f"{i.name}: {format_number(i.value.normalize(), lang)}{' ' + i.unit if i.unit else ''}"
                for i in a.indicators
            )
            rows.append(
                (
                    a.id,
                    [
                        format_date(a.occurred_on, lang, short=True),
                        label(ActivityKind(a.kind), "id" if lang == "id" else "en"),
                        a.title,
                        indicators,
                    ],
                )
            )
        self.activities.set_rows(rows)
        hint = "" if self.view else self.tr("Save the agreement first (Apply) to record its activities.")
        self.activity_section.set_enabled(self.view is not None, hint)

    def _show_attachments(self) -> None:
        found = attachments.list_attachments(self.ctx, OWNER_TYPE, self.record_id) if self.record_id else []
        lang = self.language
        self.attachments.set_rows(
            [
                (
                    a.id,
                    [
                        label(DocumentKind(a.kind), "id" if lang == "id" else "en"),
                        a.file_name,
                        _size(a.size, lang),
                        a.added_by,
                        format_datetime(a.added_at, lang),
                    ],
                )
                for a in found
            ]
        )
        hint = "" if self.view else self.tr("Save the agreement first (Apply) to attach documents.")
        self.attachment_section.set_enabled(self.view is not None, hint)
        self.attachment_kind.setEnabled(self.view is not None)
        self._attachment_selected()

    def _attachment_selected(self) -> None:
        self.open_attachment_button.setEnabled(self.attachments.current_id() is not None)

    # --- saving ----------------------------------------------------------------------------------------

    def _partner_ids(self) -> list[int]:
        checked = self.partner_picker.ids()
        kept = [i for i in self._partner_order if i in checked]
        return kept + [i for i in checked if i not in kept]

    def _assessment(self) -> list[AssessmentData]:
        return [
            AssessmentData(
                criterion=c,
                score=combo_value(self.scores[c]),
                reason=text_of(self.reasons[c]),
            )
            for c in CRITERIA
        ]

    def collect(self) -> tuple[AgreementData, list[AssessmentData]]:
        data = AgreementData(
            title_id=self.title_id.text().strip(),
            title_en=self.title_en.text().strip(),
            kind=combo_value(self.kind),
            instrument=combo_value(self.instrument),
            partner_ids=self._partner_ids(),
            sector_codes=[str(c) for c in self._checked(self.sectors_list)],
            number=text_of(self.number),
            partner_number=text_of(self.partner_number),
            parent_id=combo_value(self.parent_combo),
            previous_id=combo_value(self.previous_combo),
            signed_on=self.signed_on.value(),
            signed_place=text_of(self.signed_place),
            effective_on=self.effective_on.value(),
            term_months=self.term.value() or None,
            expires_on=self.expires_on.value(),
            notice_months=self.notice.value() or None,
            notes=text_of(self.notes),
            subject_id=text_of(self.subject_id),
            subject_en=text_of(self.subject_en),
        )
        assessment = self._assessment()
        if self.record_id is not None:
            # The assessment is stored after the agreement: check it first so that nothing is stored
            # when either has a problem.
            checker = Checker()
            data.check(checker)
            for item in assessment:
                item.check(checker)
            if checker.problems:
                raise ValidationError(checker.problems)
        return data, assessment

    def store(self, data: tuple[AgreementData, list[AssessmentData]]) -> int | None:
        agreement, assessment = data
        if self.record_id is None:
            new_id = agreements.create_agreement(self.ctx, agreement)
            if any(a.score is not None or a.reason for a in assessment):
                agreements.set_assessment(self.ctx, new_id, assessment)
            return new_id
        if self._parts is not None:  # parts not made yet hold nothing typed
            self._parts.check()
        agreements.update_agreement(self.ctx, self.record_id, agreement, loaded=self.loaded)
        if self._assessment_changed(assessment):
            agreements.set_assessment(self.ctx, self.record_id, assessment, loaded=self.loaded)
        if self._parts is not None:
            self._parts.store()
        return self.record_id

    def is_dirty(self) -> bool:
        return super().is_dirty() or (self._parts is not None and self._parts.is_dirty())

    def take_theirs(
        self, data: tuple[AgreementData, list[AssessmentData]], conflict: EditConflict, fields: set[str]
    ) -> tuple[AgreementData, list[AssessmentData]]:
        """The stored values chosen in the conflict dialog, scores and reasons of the assessment included."""
        agreement, assessment = data
        by_criterion = {Criterion(a.criterion).value: a for a in assessment}
        for change in conflict.changes:
            if change.field not in fields:
                continue
            words = change.field.split()
            if words[0] == "assessment" and len(words) >= 2:
                item = by_criterion.get(words[1])
                if item is not None and len(words) == 3:
                    item.reason = change.theirs
                elif item is not None:
                    item.score = change.theirs
            elif hasattr(agreement, change.field):
                setattr(agreement, change.field, change.theirs)
        return agreement, assessment

    def _assessment_changed(self, assessment: list[AssessmentData]) -> bool:
        before = {a.criterion: (a.score, a.reason) for a in self.view.assessments} if self.view else {}
        return any(before.get(Criterion(a.criterion), (None, None)) != (a.score, a.reason) for a in assessment)

    def fields(self) -> Mapping[str, QWidget]:
        mapping: dict[str, QWidget] = {
            "title_id": self.title_id,
            "title_en": self.title_en,
            "subject": self.subject_id,
            "subject_id": self.subject_id,
            "subject_en": self.subject_en,
            "kind": self.kind,
            "instrument": self.instrument,
            "number": self.number,
            "partner_number": self.partner_number,
            "partners": self.partners_list,
            "sectors": self.sectors_list,
            "parent": self.parent_combo,
            "parent_id": self.parent_combo,
            "previous": self.previous_combo,
            "previous_id": self.previous_combo,
            "signed_on": self.signed_on.edit,
            "signed_place": self.signed_place,
            "effective_on": self.effective_on.edit,
            "term_months": self.term,
            "expires_on": self.expires_on.edit,
            "notice_months": self.notice,
            "notes": self.notes,
        }
        for criterion in CRITERIA:
            mapping[f"assessment {criterion.value}"] = self.scores[criterion]
            mapping[f"assessment {criterion.value} reason"] = self.reasons[criterion]
        return mapping

    def field_names(self) -> Mapping[str, str]:
        names: dict[str, str] = {}
        for criterion in CRITERIA:
            name = label(criterion, "id" if self.language == "id" else "en")
            names[f"assessment {criterion.value}"] = self.tr("Score for {criterion}").format(criterion=name)
            names[f"assessment {criterion.value} reason"] = self.tr("Reason for {criterion}").format(criterion=name)
        return names

    def title(self) -> str:
        if self.view is None:
            return self.tr("New agreement")
        text = self.view.title_id if self.language == "id" else self.view.title_en
        return self.tr("Agreement – {name}").format(name=agreement_label(self.view.number, text))

    def describe(self) -> str:
        if self.view is None:
            return self.tr("the new agreement")
        return self.tr("the agreement {name}").format(name=self.view.number or self.view.title_id)

    # --- links, stage, activities, documents -----------------------------------------------------------

    def _open_agreement(self, agreement_id: int | None) -> None:
        if agreement_id is None:
            return
        if open_form_dialog(AgreementEditor, int(agreement_id), self.ctx, self):
            self.saved_anything = True
            self._refresh_children_parts()

    def _refresh_children_parts(self) -> None:
        """Read the stored agreement again for the parts edited elsewhere, keeping unsaved field edits."""
        if self.record_id is None:
            return
        self.view = agreements.get_agreement(self.ctx, self.record_id)
        self._show_links()
        self._show_stage()
        self._show_activities()
        self._show_attachments()
        if self._parts is not None:
            self._parts.refresh()
        self.setWindowTitle(f"{self.title()}[*]")

    def change_stage(self) -> None:
        if self.view is None:
            return
        if self.is_dirty():
            warn(
                self,
                self.tr("Move to stage"),
                self.tr("Save the changes first: the stage rules look at the agreement as it is stored."),
            )
            return
        dialog = StageDialog(self.ctx, self.view.id, self, agreement=self.view)
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self._refresh_children_parts()

    def _activity(self, activity_id: int | None) -> None:
        if self.view is None:
            return
        dialog = ActivityDialog(self.ctx, activity_id, self, agreement_id=self.view.id)
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self._refresh_children_parts()

    def remove_activity(self, activity_id: int) -> None:
        if not confirm(
            self, self.tr("Remove activity"), self.tr("Remove this activity and its indicators?"), self.tr("Remove")
        ):
            return
        try:
            activities.delete_activity(self.ctx, activity_id)
        except UserError as error:
            warn(self, self.tr("Remove activity"), error.message(self.language))
            return
        self.saved_anything = True
        self._refresh_children_parts()

    def add_attachment(self) -> None:
        if self.record_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), str(Path.home()))
        if not path:
            return
        try:
            kind = str(combo_value(self.attachment_kind))
            attachments.add_attachment(self.ctx, OWNER_TYPE, self.record_id, kind, path)
        except UserError as error:
            warn(self, self.tr("Attach a document"), error.message(self.language))
            return
        self.saved_anything = True
        self._show_attachments()

    def open_attachment(self) -> None:
        attachment_id = self.attachments.current_id()
        if attachment_id is None:
            return
        try:
            # A copy under the document's own name: the store names files by their hash, without extension.
            open_attachment_copy(self.ctx, attachment_id)
        except UserError as error:
            warn(self, self.tr("Open document"), error.message(self.language))

    def remove_attachment(self, attachment_id: int) -> None:
        if not confirm(
            self,
            self.tr("Remove document"),
            self.tr("Remove this document from the agreement? The stored copy is deleted when nothing else uses it."),
            self.tr("Remove"),
        ):
            return
        try:
            attachments.delete_attachment(self.ctx, attachment_id)
        except UserError as error:
            warn(self, self.tr("Remove document"), error.message(self.language))
            return
        self.saved_anything = True
        self._show_attachments()
