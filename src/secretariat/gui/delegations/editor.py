"""A delegation visit with its members, itinerary and permit steps.

The general tab also holds the per-diem choices the travel budget (RAB) uses: each member at their own
grade, or one grade for the whole delegation with its reason (printed on the budget), and the country
whose per-diem rate applies when the destination has none of its own."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from secretariat.domain.enums import DelegationStatus, Direction, Grade, MemberRole, PassportType, PermitStatus
from secretariat.domain.errors import UserError
from secretariat.domain.labels import Language, label
from secretariat.domain.records import DelegationData
from secretariat.gui.delegations.parts import ItineraryDialog, MemberDialog, PermitDialog
from secretariat.gui.delegations.warnings import DelegationWarningsPanel
from secretariat.gui.formatting import format_date
from secretariat.gui.widgets.fields import (
    SearchableCombo,
    combo_value,
    country_choices,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.record_picker import RecordPicker
from secretariat.gui.widgets.tables import ChildSection, RecordTable
from secretariat.services.agreements import records as agreements
from secretariat.services.delegations import records as delegations
from secretariat.services.delegations.records import DelegationView
from secretariat.services.reference import countries_and_sectors as reference


class DelegationEditor(FormDialog):
    FORM = "delegation_editor"
    HISTORY_KIND = "delegation"
    RECORD_TYPE = DelegationData

    def setup(self) -> None:
        b = self.bind
        self.code = b("codeEdit", QLineEdit)
        self.direction = b("directionCombo", QComboBox)
        self.purpose = b("purposeEdit", QPlainTextEdit)
        self.country_combo = b("countryCombo", QComboBox)
        self.cities = b("citiesEdit", QLineEdit)
        self.start = b("startEdit", QDateEdit)
        self.end = b("endEdit", QDateEdit)
        self.status = b("statusCombo", QComboBox)
        self.agreement = b("agreementCombo", QComboBox)
        self.notes = b("notesEdit", QPlainTextEdit)
        self.grade_combo = b("perDiemGradeCombo", QComboBox)
        self.grade_reason = b("gradeReasonEdit", QLineEdit)
        self.per_diem_country_combo = b("perDiemCountryCombo", QComboBox)
        self.grade_combo.addItem(self.tr("Each member's own grade"), None)
        for grade in Grade:
            self.grade_combo.addItem(self.tr("One grade for all: {grade}").format(grade=grade.value), grade.value)
        self.grade_combo.currentIndexChanged.connect(self._grade_changed)
        fill_enum(self.direction, Direction, self.language)
        fill_enum(self.status, DelegationStatus, self.language)
        self.country = SearchableCombo(
            self.country_combo, country_choices(reference.list_countries(self.ctx), self.language)
        )
        self.agreement_picker = RecordPicker(
            self.agreement, self.ctx, "agreement", language=self.language, blank=self.tr("(none)")
        )
        self.per_diem_country = SearchableCombo(
            self.per_diem_country_combo,
            country_choices(reference.list_countries(self.ctx), self.language),
            blank=self.tr("(the destination's)"),
        )
        setup_date(self.start)
        setup_date(self.end)
        self.start.dateChanged.connect(self._start_changed)

        self.members = RecordTable(b("membersTable", QTableWidget), stretch=2)
        self.itinerary = RecordTable(b("itineraryTable", QTableWidget), stretch=3)
        self.permits = RecordTable(b("permitsTable", QTableWidget), stretch=0)
        self.member_section = ChildSection(
            self.members,
            b("addMemberButton", QPushButton),
            b("editMemberButton", QPushButton),
            b("removeMemberButton", QPushButton),
            b("membersHint", QLabel),
            lambda: self._part(MemberDialog, None),
            lambda i: self._part(MemberDialog, i),
            self.remove_member,
        )
        self.itinerary_section = ChildSection(
            self.itinerary,
            b("addItineraryButton", QPushButton),
            b("editItineraryButton", QPushButton),
            b("removeItineraryButton", QPushButton),
            b("itineraryHint", QLabel),
            lambda: self._part(ItineraryDialog, None),
            lambda i: self._part(ItineraryDialog, i),
            self.remove_itinerary_item,
        )
        self.permit_section = ChildSection(
            self.permits,
            b("addPermitButton", QPushButton),
            b("editPermitButton", QPushButton),
            b("removePermitButton", QPushButton),
            b("permitsHint", QLabel),
            lambda: self._part(PermitDialog, None),
            lambda i: self._part(PermitDialog, i),
            self.remove_permit,
        )
        self.default_permits_button = b("defaultPermitsButton", QPushButton)
        self.default_permits_button.clicked.connect(self.add_default_permits)
        self.checks = DelegationWarningsPanel(self.ctx, self)  # checks and documents (gui.delegation_warnings)
        self.checks.attach_to(b("tabs", QTabWidget), members=self.members, permits=self.permits)
        self.track(
            self.code,
            self.direction,
            self.purpose,
            self.country_combo,
            self.cities,
            self.start,
            self.end,
            self.status,
            self.agreement,
            self.notes,
            self.grade_combo,
            self.grade_reason,
            self.per_diem_country_combo,
        )
        self.view: DelegationView | None = None

    def _grade_changed(self, _index: int = 0) -> None:
        one_grade = self.grade_combo.currentData() is not None
        self.grade_reason.setEnabled(one_grade)
        if not one_grade:
            self.grade_reason.clear()

    def _start_changed(self, value: object) -> None:
        """Keep the return on or after the departure while the clerk moves the departure."""
        if self.end.date() < self.start.date():
            self.end.setDate(self.start.date())

    def load(self) -> None:
        self.view = delegations.get_delegation(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        set_text(self.code, v.code if v else "")
        set_combo_value(self.direction, v.direction if v else Direction.OUTGOING)
        set_text(self.purpose, v.purpose if v else "")
        self.country.set_value(v.country_code if v else None)
        set_text(self.cities, v.cities if v else "")
        start = v.start_on if v else date.today() + timedelta(days=30)
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(v.end_on if v else start + timedelta(days=4)))
        set_combo_value(self.status, v.status if v else DelegationStatus.PLANNED)
        self.agreement_picker.set_value(v.agreement_id if v else None)
        set_text(self.notes, v.notes if v else "")
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(v.per_diem_grade if v else None)))
        set_text(self.grade_reason, v.per_diem_grade_reason if v else "")
        self._grade_changed()
        self.per_diem_country.set_value(v.per_diem_country_code if v else None)
        self._show_parts()

    def _show_parts(self) -> None:
        v, lang = self.view, self.language
        en: Language = "id" if lang == "id" else "en"
        self.members.set_rows(
            [
                (
                    m.id,
                    [
                        m.name,
                        label(MemberRole(m.role), en),
                        m.position or "",
                        m.grade or "",
                        label(PassportType(m.passport_type), en) if m.passport_type else "",
                        format_date(m.passport_expiry, lang, short=True),
                    ],
                )
                for m in (v.members if v else ())
            ]
        )
        self.itinerary.set_rows(
            [
                (
                    i.id,
                    [
                        format_date(i.day, lang, short=True),
                        i.start_time.strftime("%H:%M") if i.start_time else "",
                        i.end_time.strftime("%H:%M") if i.end_time else "",
                        i.activity.splitlines()[0] if i.activity else "",
                        i.place or "",
                        i.counterpart or "",
                    ],
                )
                for i in (v.itinerary if v else ())
            ]
        )
        self.permits.set_rows(
            [
                (
                    p.id,
                    [
                        p.name,
                        label(PermitStatus(p.status), en),
                        format_date(p.due_on, lang, short=True),
                        format_date(p.requested_on, lang, short=True),
                        format_date(p.granted_on, lang, short=True),
                        p.reference or "",
                    ],
                )
                for p in (v.permits if v else ())
            ]
        )
        hint = (
            "" if v is not None else self.tr("Save the delegation first (Apply) to add members, itinerary and permits.")
        )
        for section in (self.member_section, self.itinerary_section, self.permit_section):
            section.set_enabled(v is not None, hint)
        self.default_permits_button.setEnabled(v is not None)
        self.checks.set_delegation(v.id if v is not None else None)

    def refresh_parts(self) -> None:
        if self.record_id is not None:
            self.view = delegations.get_delegation(self.ctx, self.record_id)
        self._show_parts()

    def collect(self) -> DelegationData:
        country = self.country.value()
        return DelegationData(
            direction=combo_value(self.direction),
            purpose=text_of(self.purpose) or "",
            country_code=str(country) if country else "",
            start_on=from_qdate(self.start.date()),
            end_on=from_qdate(self.end.date()),
            code=text_of(self.code),
            agreement_id=combo_value(self.agreement),
            cities=text_of(self.cities),
            status=combo_value(self.status),
            notes=text_of(self.notes),
        )

    def store(self, data: DelegationData) -> int | None:
        grade = self.grade_combo.currentData()
        reason = text_of(self.grade_reason)
        country = self.per_diem_country.value()
        if self.record_id is None:
            record_id = delegations.create_delegation(self.ctx, data)
            self.record_id = record_id  # saved: a refused per-diem choice below is corrected, not saved twice
            self.saved_anything = True
        else:
            delegations.update_delegation(self.ctx, self.record_id, data, loaded=self.loaded)
            record_id = self.record_id
            self.saved_anything = True
        try:
            delegations.set_delegation_per_diem(self.ctx, record_id, str(country) if country else None, grade, reason)
        except UserError:
            # The delegation itself is saved (its version raised): the next save starts from it.
            self.loaded = delegations.get_delegation(self.ctx, record_id)
            raise
        return record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "code": self.code,
            "direction": self.direction,
            "purpose": self.purpose,
            "country": self.country_combo,
            "start_on": self.start,
            "end_on": self.end,
            "status": self.status,
            "agreement": self.agreement,
            "per_diem_grade": self.grade_combo,
            "per_diem_grade_reason": self.grade_reason,
            "per_diem_country": self.per_diem_country_combo,
        }

    def title(self) -> str:
        if self.view is None:
            return self.tr("New delegation")
        return self.tr("Delegation – {code}").format(code=self.view.code)

    def describe(self) -> str:
        return (
            self.tr("the new delegation")
            if self.view is None
            else self.tr("the delegation {code}").format(code=self.view.code)
        )

    # --- members, itinerary, permits --------------------------------------------------------------------

    def _partner_ids(self) -> tuple[int, ...]:
        if self.view is None or self.view.agreement_id is None:
            return ()
        return tuple(p.id for p in agreements.get_agreement(self.ctx, self.view.agreement_id).partners)

    def _part(self, dialog_class: Callable[..., FormDialog], record_id: int | None) -> None:
        if self.view is None:
            return
        extra = {"partner_ids": self._partner_ids()} if dialog_class is MemberDialog else {}
        dialog = dialog_class(self.ctx, record_id, self, delegation=self.view, **extra)
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self.refresh_parts()

    def _remove(self, title: str, question: str, action: Callable[[], None]) -> None:
        if not confirm(self, title, question, self.tr("Remove")):
            return
        try:
            action()
        except UserError as error:
            warn(self, title, error.message(self.language))
            return
        self.saved_anything = True
        self.refresh_parts()

    def remove_member(self, member_id: int) -> None:
        member = next((m for m in (self.view.members if self.view else ()) if m.id == member_id), None)
        if member is not None:
            self._remove(
                self.tr("Remove member"),
                self.tr("Remove {name} from the delegation?").format(name=member.name),
                lambda: delegations.remove_member(self.ctx, member_id),
            )

    def remove_itinerary_item(self, item_id: int) -> None:
        self._remove(
            self.tr("Remove itinerary item"),
            self.tr("Remove this item from the itinerary?"),
            lambda: delegations.remove_itinerary_item(self.ctx, item_id),
        )

    def remove_permit(self, step_id: int) -> None:
        step = next((p for p in (self.view.permits if self.view else ()) if p.id == step_id), None)
        if step is not None:
            self._remove(
                self.tr("Remove permit step"),
                self.tr("Remove the permit step {name}?").format(name=step.name),
                lambda: delegations.remove_permit_step(self.ctx, step_id),
            )

    def add_default_permits(self) -> None:
        if self.record_id is None:
            return
        try:
            added = delegations.add_default_permits(self.ctx, self.record_id)
        except UserError as error:
            warn(self, self.tr("Add the usual steps"), error.message(self.language))
            return
        if added:
            self.saved_anything = True
        self.refresh_parts()


__all__ = ["DelegationEditor"]
