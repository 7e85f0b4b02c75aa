"""One of the region's own officials (who may travel or sign)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from secretariat.domain.enums import Grade
from secretariat.domain.records import OfficialData
from secretariat.gui.widgets.fields import PassportFields, combo_value, fill_enum, set_combo_value, set_text, text_of
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.services.reference import officials
from secretariat.services.reference.officials import OfficialView


class OfficialEditor(FormDialog):
    FORM = "official_editor"
    HISTORY_KIND = "official"
    RECORD_TYPE = OfficialData

    def setup(self) -> None:
        b = self.bind
        self.name = b("nameEdit", QLineEdit)
        self.nip = b("nipEdit", QLineEdit)
        self.position = b("positionEdit", QLineEdit)
        self.unit = b("unitEdit", QLineEdit)
        self.grade = b("gradeCombo", QComboBox)
        self.email = b("emailEdit", QLineEdit)
        self.phone = b("phoneEdit", QLineEdit)
        self.active = b("activeCheck", QCheckBox)
        fill_enum(self.grade, Grade, self.language)
        self.passport = PassportFields(
            b("passportTypeCombo", QComboBox),
            b("passportNumberEdit", QLineEdit),
            b("passportExpiryCheck", QCheckBox),
            b("passportExpiryEdit", QDateEdit),
            self.language,
        )
        self.track(
            self.name,
            self.nip,
            self.position,
            self.unit,
            self.grade,
            self.email,
            self.phone,
            self.active,
            *self.passport.widgets,
        )
        self.view: OfficialView | None = None

    def load(self) -> None:
        self.view = officials.get_official(self.ctx, self.record_id) if self.record_id is not None else None
        v = self.view
        set_text(self.name, v.name if v else "")
        set_text(self.nip, v.nip if v else "")
        set_text(self.position, v.position if v else "")
        set_text(self.unit, v.unit if v else "")
        set_combo_value(self.grade, v.grade if v else Grade.C)
        set_text(self.email, v.email if v else "")
        set_text(self.phone, v.phone if v else "")
        self.active.setChecked(v.active if v else True)
        self.passport.set_values(
            v.passport_type if v else None, v.passport_number if v else None, v.passport_expiry if v else None
        )

    def collect(self) -> OfficialData:
        return OfficialData(
            name=self.name.text().strip(),
            position=self.position.text().strip(),
            grade=combo_value(self.grade),
            nip=text_of(self.nip),
            unit=text_of(self.unit),
            email=text_of(self.email),
            phone=text_of(self.phone),
            active=self.active.isChecked(),
            **self.passport.values(),
        )

    def store(self, data: OfficialData) -> int | None:
        if self.record_id is None:
            return officials.create_official(self.ctx, data)
        officials.update_official(self.ctx, self.record_id, data, loaded=self.loaded)
        return self.record_id

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "name": self.name,
            "nip": self.nip,
            "position": self.position,
            "grade": self.grade,
            "email": self.email,
            "phone": self.phone,
            **self.passport.field_map(),
        }

    def title(self) -> str:
        return (
            self.tr("New official") if self.view is None else self.tr("Official – {name}").format(name=self.view.name)
        )

    def describe(self) -> str:
        return (
            self.tr("the new official")
            if self.view is None
            else self.tr("the official {name}").format(name=self.view.name)
        )
