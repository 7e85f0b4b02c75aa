"""A partner's contact person."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from secretariat.domain.records import ContactData
from secretariat.gui.widgets.fields import PassportFields, set_text, text_of
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.services.context import ServiceContext
from secretariat.services.partners import records as partners
from secretariat.services.partners.records import ContactView


class ContactDialog(FormDialog):
    FORM = "contact_dialog"
    RECORD_TYPE = ContactData
    SHOW_APPLY = False

    def __init__(
        self,
        ctx: ServiceContext,
        record_id: int | None,
        parent: QWidget | None = None,
        *,
        partner_id: int,
        view: ContactView | None = None,
    ) -> None:
        self.partner_id = partner_id
        self.view = view
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.name = b("nameEdit", QLineEdit)
        self.position = b("positionEdit", QLineEdit)
        self.email = b("emailEdit", QLineEdit)
        self.phone = b("phoneEdit", QLineEdit)
        self.languages = b("languagesEdit", QLineEdit)
        self.notes = b("notesEdit", QPlainTextEdit)
        self.passport = PassportFields(
            b("passportTypeCombo", QComboBox),
            b("passportNumberEdit", QLineEdit),
            b("passportExpiryCheck", QCheckBox),
            b("passportExpiryEdit", QDateEdit),
            self.language,
        )
        self.track(self.name, self.position, self.email, self.phone, self.languages, self.notes, *self.passport.widgets)

    def load(self) -> None:
        if self.record_id is not None and (self.view is None or self.view.id != self.record_id):
            found = partners.get_partner(self.ctx, self.partner_id).contacts
            self.view = next((c for c in found if c.id == self.record_id), None)
        v = self.view
        set_text(self.name, v.name if v else "")
        set_text(self.position, v.position if v else "")
        set_text(self.email, v.email if v else "")
        set_text(self.phone, v.phone if v else "")
        set_text(self.languages, v.languages if v else "")
        set_text(self.notes, v.notes if v else "")
        self.passport.set_values(
            v.passport_type if v else None, v.passport_number if v else None, v.passport_expiry if v else None
        )

    def collect(self) -> ContactData:
        return ContactData(
            partner_id=self.partner_id,
            name=self.name.text().strip(),
            position=text_of(self.position),
            email=text_of(self.email),
            phone=text_of(self.phone),
            languages=text_of(self.languages),
            notes=text_of(self.notes),
            **self.passport.values(),
        )

    def store(self, data: ContactData) -> int | None:
        if self.record_id is None:
            return partners.add_contact(self.ctx, data)
        partners.update_contact(self.ctx, self.record_id, data, loaded=self.loaded)
        self.view = None  # read again
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "languages": self.languages,
            **self.passport.field_map(),
        }

    def title(self) -> str:
        return (
            self.tr("New contact person")
            if self.view is None
            else self.tr("Contact person – {name}").format(name=self.view.name)
        )

    def describe(self) -> str:
        return (
            self.tr("the new contact person")
            if self.view is None
            else self.tr("the contact person {name}").format(name=self.view.name)
        )
