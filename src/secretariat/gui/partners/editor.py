"""The partner editor: the partner, its contact people and its due-diligence checklist."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QWidget

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.due_diligence import CONDITIONS
from secretariat.domain.enums import AdminLevel, Answer, PartnerKind, PartnerStatus
from secretariat.domain.errors import UserError
from secretariat.domain.records import ConditionData, PartnerData
from secretariat.gui.formatting import format_date
from secretariat.gui.partners.contact_dialog import ContactDialog
from secretariat.gui.widgets.fields import (
    SearchableCombo,
    combo_value,
    country_choices,
    fill_enum,
    set_combo_value,
    set_text,
    text_of,
)
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.widgets.tables import ChildSection, RecordTable
from secretariat.services.partners import records as partners
from secretariat.services.partners.records import ContactView, PartnerView
from secretariat.services.reference import countries_and_sectors as reference


class PartnerEditor(FormDialog):
    FORM = "partner_editor"
    HISTORY_KIND = "partner"
    RECORD_TYPE = PartnerData

    def setup(self) -> None:
        b = self.bind
        self.code = b("codeEdit", QLineEdit)
        self.name = b("nameEdit", QLineEdit)
        self.name_original = b("nameOriginalEdit", QLineEdit)
        self.name_id = b("nameIdEdit", QLineEdit)
        self.kind = b("kindCombo", QComboBox)
        self.admin_level = b("adminLevelCombo", QComboBox)
        self.country_combo = b("countryCombo", QComboBox)
        self.city = b("cityEdit", QLineEdit)
        self.status = b("statusCombo", QComboBox)
        self.head_name = b("headNameEdit", QLineEdit)
        self.head_title = b("headTitleEdit", QLineEdit)
        self.head_title_id = b("headTitleIdEdit", QLineEdit)
        self.address = b("addressEdit", QPlainTextEdit)
        self.website = b("websiteEdit", QLineEdit)
        self.email = b("emailEdit", QLineEdit)
        self.phone = b("phoneEdit", QLineEdit)
        self.languages = b("languagesEdit", QLineEdit)
        self.notes = b("notesEdit", QPlainTextEdit)

        fill_enum(self.kind, PartnerKind, self.language)
        fill_enum(self.admin_level, AdminLevel, self.language, blank="—")
        fill_enum(self.status, PartnerStatus, self.language)
        self.country = SearchableCombo(
            self.country_combo, country_choices(reference.list_countries(self.ctx), self.language)
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.answers: dict[int, QComboBox] = {}
        self.evidence: dict[int, QLineEdit] = {}
        for condition in CONDITIONS:
            n = condition.number
            text = condition.text_id if self.language == "id" else condition.text_en
            b(f"condition{n}Label", QLabel).setText(f"{n}. {text}")
            self.answers[n] = b(f"answer{n}Combo", QComboBox)
            fill_enum(self.answers[n], Answer, self.language)
            self.evidence[n] = b(f"evidence{n}Edit", QLineEdit)

        self.contacts = RecordTable(b("contactsTable", QTableWidget), stretch=0)
        self.contact_section = ChildSection(
            self.contacts,
            b("addContactButton", QPushButton),
            b("editContactButton", QPushButton),
            b("removeContactButton", QPushButton),
            b("contactsHint", QLabel),
            self.add_contact,
            self.edit_contact,
            self.remove_contact,
        )
        self.track(self.name_id, self.head_title_id)
        self.track(
            self.code,
            self.name,
            self.name_original,
            self.kind,
            self.admin_level,
            self.country_combo,
            self.city,
            self.status,
            self.head_name,
            self.head_title,
            self.address,
            self.website,
            self.email,
            self.phone,
            self.languages,
            self.notes,
            *self.answers.values(),
            *self.evidence.values(),
        )
        self.view: PartnerView | None = None

    def _kind_changed(self) -> None:
        regional = combo_value(self.kind) == PartnerKind.REGIONAL_GOVERNMENT.value
        self.admin_level.setEnabled(regional)
        if not regional:
            set_combo_value(self.admin_level, None)

    # --- loading and saving ----------------------------------------------------------------------------

    def load(self) -> None:
        self.view = partners.get_partner(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        set_text(self.code, v.code if v else "")
        set_text(self.name, v.name if v else "")
        set_text(self.name_original, v.name_original if v else "")
        set_text(self.name_id, v.name_id if v else "")
        set_combo_value(self.kind, v.kind if v else PartnerKind.REGIONAL_GOVERNMENT)
        set_combo_value(self.admin_level, v.admin_level if v else None)
        self._kind_changed()
        self.country.set_value(v.country_code if v else None)
        set_text(self.city, v.city if v else "")
        set_combo_value(self.status, v.status if v else PartnerStatus.PROSPECT)
        set_text(self.head_name, v.head_name if v else "")
        set_text(self.head_title, v.head_title if v else "")
        set_text(self.head_title_id, v.head_title_id if v else "")
        set_text(self.address, v.address if v else "")
        set_text(self.website, v.website if v else "")
        set_text(self.email, v.email if v else "")
        set_text(self.phone, v.phone if v else "")
        set_text(self.languages, v.languages if v else "")
        set_text(self.notes, v.notes if v else "")
        answers = {c.number: c for c in v.conditions} if v else {}
        for n, combo in self.answers.items():
            set_combo_value(combo, answers[n].answer if n in answers else Answer.UNKNOWN)
            set_text(self.evidence[n], answers[n].evidence if n in answers else "")
        self._show_contacts()

    def _show_contacts(self) -> None:
        v = self.view
        self.contacts.set_rows(
            [
                (
                    c.id,
                    [
                        c.name,
                        c.position or "",
                        c.email or "",
                        c.phone or "",
                        format_date(c.passport_expiry, self.language, short=True),
                    ],
                )
                for c in (v.contacts if v else ())
            ]
        )
        if v is None:
            self.contact_section.set_enabled(False, self.tr("Save the partner first (Apply) to add its contacts."))
        else:
            self.contact_section.set_enabled(True)

    def refresh_contacts(self) -> None:
        """Show the contacts again without touching unsaved edits of the partner itself."""
        if self.record_id is not None:
            self.view = partners.get_partner(self.ctx, self.record_id)
        self._show_contacts()

    def collect(self) -> tuple[PartnerData, list[ConditionData]]:
        country = self.country.value()
        data = PartnerData(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            kind=combo_value(self.kind),
            country_code=str(country) if country else "",
            name_original=text_of(self.name_original),
            name_id=text_of(self.name_id),
            admin_level=combo_value(self.admin_level),
            city=text_of(self.city),
            address=text_of(self.address),
            website=text_of(self.website),
            email=text_of(self.email),
            phone=text_of(self.phone),
            languages=text_of(self.languages),
            status=combo_value(self.status),
            head_name=text_of(self.head_name),
            head_title=text_of(self.head_title),
            head_title_id=text_of(self.head_title_id),
            notes=text_of(self.notes),
        )
        conditions = [
            ConditionData(
                number=n,
                answer=combo_value(combo),
                evidence=text_of(self.evidence[n]),
            )
            for n, combo in self.answers.items()
        ]
        return data, conditions

    def store(self, data: tuple[PartnerData, list[ConditionData]]) -> int | None:
        partner, conditions = data
        if self.record_id is None:
            return partners.create_partner(self.ctx, partner, conditions)
        partners.update_partner(self.ctx, self.record_id, partner, conditions, loaded=self.loaded)
        return self.record_id

    def take_theirs(
        self, data: tuple[PartnerData, list[ConditionData]], conflict: EditConflict, fields: set[str]
    ) -> tuple[PartnerData, list[ConditionData]]:
        """The stored values chosen in the conflict dialog, due-diligence answers included."""
        partner, conditions = data
        by_number = {c.number: c for c in conditions}
        for change in conflict.changes:
            if change.field not in fields:
                continue
            words = change.field.split()
            if words[0] == "condition" and len(words) >= 2 and words[1].isdigit():
                item = by_number.get(int(words[1]))
                if item is not None and len(words) == 3:
                    item.evidence = change.theirs
                elif item is not None:
                    item.answer = change.theirs
            elif hasattr(partner, change.field):
                setattr(partner, change.field, change.theirs)
        return partner, conditions

    def fields(self) -> Mapping[str, QWidget]:
        mapping: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "country": self.country_combo,
            "admin_level": self.admin_level,
            "status": self.status,
            "email": self.email,
            "website": self.website,
            "phone": self.phone,
            "languages": self.languages,
        }
        for n in self.answers:
            mapping[f"condition {n}"] = self.answers[n]
            mapping[f"condition {n} evidence"] = self.evidence[n]
        return mapping

    def field_names(self) -> Mapping[str, str]:
        names: dict[str, str] = {}
        for n in self.answers:
            names[f"condition {n}"] = self.tr("Condition {n}").format(n=n)
            names[f"condition {n} evidence"] = self.tr("Evidence for condition {n}").format(n=n)
        return names

    def title(self) -> str:
        if self.view is None:
            return self.tr("New partner")
        return self.tr("Partner – {name}").format(name=self.view.name)

    def describe(self) -> str:
        if self.view is None:
            return self.tr("the new partner")
        return self.tr("the partner {name}").format(name=self.view.name)

    # --- contacts --------------------------------------------------------------------------------------

    def _contact_view(self, contact_id: int) -> ContactView | None:
        return next((c for c in (self.view.contacts if self.view else ()) if c.id == contact_id), None)

    def add_contact(self) -> None:
        if self.record_id is None:
            return
        dialog = ContactDialog(self.ctx, None, self, partner_id=self.record_id)
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self.refresh_contacts()
            if dialog.record_id is not None:
                self.contacts.select_id(dialog.record_id)

    def edit_contact(self, contact_id: int) -> None:
        if self.record_id is None:
            return
        dialog = ContactDialog(
            self.ctx, contact_id, self, partner_id=self.record_id, view=self._contact_view(contact_id)
        )
        dialog.exec()
        if dialog.saved_anything:
            self.saved_anything = True
            self.refresh_contacts()

    def remove_contact(self, contact_id: int) -> None:
        contact = self._contact_view(contact_id)
        if contact is None:
            return
        if not confirm(
            self,
            self.tr("Remove contact"),
            self.tr("Remove the contact {name} from this partner?").format(name=contact.name),
            self.tr("Remove"),
        ):
            return
        try:
            partners.delete_contact(self.ctx, contact_id)
        except UserError as error:
            warn(self, self.tr("Remove contact"), error.message(self.language))
            return
        self.saved_anything = True
        self.refresh_contacts()
