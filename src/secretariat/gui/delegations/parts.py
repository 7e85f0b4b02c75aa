"""The parts of a delegation: a member, an itinerary item, a permit step."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from secretariat.domain.enums import Grade, MemberRole, PermitStatus
from secretariat.domain.records import ItineraryData, MemberData, PermitData
from secretariat.gui.widgets.fields import (
    OptionalDate,
    OptionalTimes,
    PassportFields,
    combo_value,
    fill_choices,
    fill_enum,
    from_qdate,
    set_combo_value,
    set_text,
    setup_date,
    text_of,
    to_qdate,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.record_picker import RecordPicker
from secretariat.services.context import ServiceContext
from secretariat.services.delegations import records as delegations
from secretariat.services.delegations.records import DelegationView, ItineraryView, MemberView, PermitView
from secretariat.services.partners import records as partners
from secretariat.services.reference import officials
from secretariat.services.registers.pickers import PickFilter


class MemberDialog(FormDialog):
    """A member: one of our officials, a partner's contact, or a person typed in."""

    FORM = "member_dialog"
    RECORD_TYPE = MemberData
    SHOW_APPLY = False

    def __init__(
        self,
        ctx: ServiceContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        delegation: DelegationView,
        partner_ids: tuple[int, ...] = (),
    ) -> None:
        self.delegation = delegation
        self.partner_ids = partner_ids
        self.view: MemberView | None = next((m for m in delegation.members if m.id == record_id), None)
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.official = b("officialCombo", QComboBox)
        self.contact = b("contactCombo", QComboBox)
        self.name = b("nameEdit", QLineEdit)
        self.position = b("positionEdit", QLineEdit)
        self.role = b("roleCombo", QComboBox)
        self.grade = b("gradeCombo", QComboBox)
        self.passport = PassportFields(
            b("passportTypeCombo", QComboBox),
            b("passportNumberEdit", QLineEdit),
            b("passportExpiryCheck", QCheckBox),
            b("passportExpiryEdit", QDateEdit),
            self.language,
        )
        none = self.tr("(none)")
        self.official_picker = RecordPicker(
            self.official, self.ctx, "official", language=self.language, blank=none, limits=PickFilter(active_only=True)
        )
        self.contacts = {
            c.id: (c, p.name)
            for pid in self.partner_ids
            for p in [partners.get_partner(self.ctx, pid)]
            for c in p.contacts
        }
        fill_choices(
            self.contact, [(f"{c.name} ({partner})", c.id) for c, partner in self.contacts.values()], blank=none
        )
        self.contact.setEnabled(bool(self.contacts))
        if not self.contacts:
            self.contact.setToolTip(self.tr("Link the delegation to an agreement to choose its partners' contacts."))
        fill_enum(self.role, MemberRole, self.language)
        fill_enum(self.grade, Grade, self.language, blank="—")
        self.official_picker.changed.connect(self._official_chosen)
        self.contact.activated.connect(self._contact_chosen)
        self.track(self.official, self.contact, self.name, self.position, self.role, self.grade, *self.passport.widgets)

    def _official_chosen(self) -> None:
        official_id = self.official_picker.value()
        if official_id is None:
            return
        official = officials.get_official(self.ctx, official_id)
        set_combo_value(self.contact, None)
        set_text(self.name, official.name)
        set_text(self.position, official.position)
        set_combo_value(self.grade, official.grade)
        self.passport.set_values(official.passport_type, official.passport_number, official.passport_expiry)

    def _contact_chosen(self) -> None:
        found = self.contacts.get(combo_value(self.contact))
        if found is None:
            return
        contact = found[0]
        set_combo_value(self.official, None)
        set_text(self.name, contact.name)
        set_text(self.position, contact.position)
        self.passport.set_values(contact.passport_type, contact.passport_number, contact.passport_expiry)

    def load(self) -> None:
        v = self.view
        self.official_picker.set_value(v.official_id if v else None)
        set_combo_value(self.contact, v.contact_id if v else None)
        set_text(self.name, v.name if v else "")
        set_text(self.position, v.position if v else "")
        set_combo_value(self.role, v.role if v else MemberRole.MEMBER)
        set_combo_value(self.grade, v.grade if v else None)
        self.passport.set_values(
            v.passport_type if v else None, v.passport_number if v else None, v.passport_expiry if v else None
        )

    def collect(self) -> MemberData:
        return MemberData(
            delegation_id=self.delegation.id,
            name=self.name.text().strip(),
            role=combo_value(self.role),
            grade=combo_value(self.grade),
            official_id=combo_value(self.official),
            contact_id=combo_value(self.contact),
            position=text_of(self.position),
            **self.passport.values(),
        )

    def store(self, data: MemberData) -> int | None:
        if self.record_id is None:
            return delegations.add_member(self.ctx, data)
        delegations.update_member(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def reload(self) -> None:
        if self.record_id is not None:
            self.delegation = delegations.get_delegation(self.ctx, self.delegation.id)
            self.view = next((m for m in self.delegation.members if m.id == self.record_id), None)
        super().reload()

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "name": self.name,
            "role": self.role,
            "grade": self.grade,
            "official": self.official,
            "contact": self.contact,
            "member": self.official,
            **self.passport.field_map(),
        }

    def title(self) -> str:
        return (
            self.tr("New member of {code}").format(code=self.delegation.code)
            if self.view is None
            else self.tr("Member – {name}").format(name=self.view.name)
        )

    def describe(self) -> str:
        return (
            self.tr("the new member") if self.view is None else self.tr("the member {name}").format(name=self.view.name)
        )


class ItineraryDialog(FormDialog):
    FORM = "itinerary_dialog"
    RECORD_TYPE = ItineraryData
    SHOW_APPLY = False

    def __init__(
        self, ctx: ServiceContext, record_id: int | None, parent: QWidget | None = None, *, delegation: DelegationView
    ) -> None:
        self.delegation = delegation
        self.view: ItineraryView | None = next((i for i in delegation.itinerary if i.id == record_id), None)
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.day = b("dayEdit", QDateEdit)
        self.times = OptionalTimes(
            b("timeCheck", QCheckBox), b("startTimeEdit", QTimeEdit), b("endTimeEdit", QTimeEdit)
        )
        self.activity = b("activityEdit", QPlainTextEdit)
        self.activity_en = b("activityEnEdit", QPlainTextEdit)
        self.place = b("placeEdit", QLineEdit)
        self.counterpart = b("counterpartEdit", QLineEdit)
        setup_date(self.day, self.delegation.start_on)
        self.track(
            self.day,
            self.times.check,
            self.times.start,
            self.times.end,
            self.activity,
            self.activity_en,
            self.place,
            self.counterpart,
        )

    def load(self) -> None:
        v = self.view
        self.day.setDate(to_qdate(v.day if v else self.delegation.start_on))
        self.times.set_value(v.start_time if v else None, v.end_time if v else None)
        set_text(self.activity, v.activity if v else "")
        set_text(self.activity_en, v.activity_en or "" if v else "")
        set_text(self.place, v.place if v else "")
        set_text(self.counterpart, v.counterpart if v else "")

    def collect(self) -> ItineraryData:
        start, end = self.times.value()
        return ItineraryData(
            delegation_id=self.delegation.id,
            day=from_qdate(self.day.date()),
            activity=text_of(self.activity) or "",
            activity_en=text_of(self.activity_en),
            start_time=start,
            end_time=end,
            place=text_of(self.place),
            counterpart=text_of(self.counterpart),
        )

    def store(self, data: ItineraryData) -> int | None:
        if self.record_id is None:
            return delegations.add_itinerary_item(self.ctx, data)
        delegations.update_itinerary_item(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def reload(self) -> None:
        if self.record_id is not None:
            self.delegation = delegations.get_delegation(self.ctx, self.delegation.id)
            self.view = next((i for i in self.delegation.itinerary if i.id == self.record_id), None)
        super().reload()

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "day": self.day,
            "activity": self.activity,
            "activity_en": self.activity_en,
            "end_time": self.times.end,
            "start_time": self.times.start,
        }

    def title(self) -> str:
        return self.tr("New itinerary item") if self.view is None else self.tr("Itinerary item")

    def describe(self) -> str:
        return self.tr("the new itinerary item") if self.view is None else self.tr("this itinerary item")


class PermitDialog(FormDialog):
    FORM = "permit_dialog"
    RECORD_TYPE = PermitData
    SHOW_APPLY = False

    def __init__(
        self, ctx: ServiceContext, record_id: int | None, parent: QWidget | None = None, *, delegation: DelegationView
    ) -> None:
        self.delegation = delegation
        self.view: PermitView | None = next((p for p in delegation.permits if p.id == record_id), None)
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.name = b("nameEdit", QLineEdit)
        self.status = b("statusCombo", QComboBox)
        self.due = b("dueSpin", QSpinBox)
        self.requested = OptionalDate(b("requestedCheck", QCheckBox), b("requestedEdit", QDateEdit))
        self.granted = OptionalDate(b("grantedCheck", QCheckBox), b("grantedEdit", QDateEdit))
        self.reference = b("referenceEdit", QLineEdit)
        fill_enum(self.status, PermitStatus, self.language)
        self.track(
            self.name,
            self.status,
            self.due,
            self.requested.check,
            self.requested.edit,
            self.granted.check,
            self.granted.edit,
            self.reference,
        )

    def load(self) -> None:
        v = self.view
        set_text(self.name, v.name if v else "")
        set_combo_value(self.status, v.status if v else PermitStatus.NOT_REQUESTED)
        self.due.setValue(v.due_days_before if v else 10)
        self.requested.set_value(v.requested_on if v else None)
        self.granted.set_value(v.granted_on if v else None)
        set_text(self.reference, v.reference if v else "")

    def collect(self) -> PermitData:
        return PermitData(
            delegation_id=self.delegation.id,
            name=self.name.text().strip(),
            status=combo_value(self.status),
            requested_on=self.requested.value(),
            granted_on=self.granted.value(),
            reference=text_of(self.reference),
            due_days_before=self.due.value(),
        )

    def store(self, data: PermitData) -> int | None:
        if self.record_id is None:
            return delegations.add_permit_step(self.ctx, data)
        delegations.update_permit_step(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def reload(self) -> None:
        if self.record_id is not None:
            self.delegation = delegations.get_delegation(self.ctx, self.delegation.id)
            self.view = next((p for p in self.delegation.permits if p.id == self.record_id), None)
        super().reload()

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "name": self.name,
            "status": self.status,
            "requested_on": self.requested.edit,
            "granted_on": self.granted.edit,
            "due_days_before": self.due,
        }

    def title(self) -> str:
        return (
            self.tr("New permit step")
            if self.view is None
            else self.tr("Permit step – {name}").format(name=self.view.name)
        )

    def describe(self) -> str:
        return (
            self.tr("the new permit step")
            if self.view is None
            else self.tr("the permit step {name}").format(name=self.view.name)
        )
