"""Moving an agreement to another stage: choose the stage, the date and (where needed) the reason.

While the clerk chooses, the dialog shows what the chosen stage needs and what
is still missing (documents to attach, fields to fill, a reason); when the
service refuses, each problem is listed by name.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QWidget

from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.workflow import (
    REQUIRABLE_FIELDS,
    StageRule,
    check_transition,
    document_label,
    field_label,
    next_stage,
)
from secretariat.gui.widgets.fields import combo_value, fill_choices, from_qdate, set_combo_value, setup_date
from secretariat.gui.widgets.form_dialog import FormDialog
from secretariat.services import attachments
from secretariat.services.agreements import assessment, stages
from secretariat.services.agreements.records import AgreementView
from secretariat.services.context import ServiceContext


def _rule(view: stages.StageView) -> StageRule:
    return StageRule(
        code=view.code,
        name_id=view.name_id,
        name_en=view.name_en,
        position=view.position,
        kinds=view.kinds,
        instruments=view.instruments,
        required_documents=view.required_documents,
        required_fields=view.required_fields,
        is_final=view.is_final,
        is_live=view.is_live,
    )


class StageDialog(FormDialog):
    FORM = "stage_dialog"
    SHOW_APPLY = False  # one move per dialog

    def __init__(
        self, ctx: ServiceContext, record_id: int | None, parent: QWidget | None = None, *, agreement: AgreementView
    ) -> None:
        self.agreement = agreement
        super().__init__(ctx, record_id, parent)

    def setup(self) -> None:
        b = self.bind
        self.current_value = b("currentValue", QLabel)
        self.target = b("targetCombo", QComboBox)
        self.on = b("onEdit", QDateEdit)
        self.note = b("noteEdit", QPlainTextEdit)
        self.check_value = b("checkValue", QLabel)
        self.save_button.setText(self.tr("Move"))
        self.save_button.setToolTip("")
        self.save_shortcut.setEnabled(False)
        setup_date(self.on)
        self.on.setMaximumDate(QDate.currentDate())
        a = self.agreement
        self.rules = [_rule(s) for s in stages.list_stages(self.ctx)]
        applicable = [s for s in self.rules if s.applies_to(a.kind, a.instrument) and s.code != a.stage.code]
        fill_choices(self.target, [(self._name(s), s.code) for s in applicable])
        self.documents = frozenset(x.kind for x in attachments.list_attachments(self.ctx, "agreement", a.id))
        values: dict[str, object] = {name: getattr(a, name, None) for name in REQUIRABLE_FIELDS}
        values["sectors"] = [s.code for s in a.sectors]
        self.filled = stages.filled_fields(values)
        self.target.currentIndexChanged.connect(self._update_check)
        self.note.textChanged.connect(self._update_check)
        self.track(self.target, self.on, self.note)

    def _name(self, rule: StageRule) -> str:
        return rule.name_id if self.language == "id" else rule.name_en

    def load(self) -> None:
        a = self.agreement
        self.current_value.setText(a.stage.name_id if self.language == "id" else a.stage.name_en)
        suggested = next_stage(self.rules, a.kind, a.instrument, a.stage.code)
        set_combo_value(self.target, suggested.code if suggested else None)
        if self.target.currentIndex() < 0 and self.target.count():
            self.target.setCurrentIndex(0)
        self.on.setDate(QDate.currentDate())
        self.note.clear()
        self._update_check()

    def _update_check(self) -> None:
        code = combo_value(self.target)
        if code is None:
            self.check_value.setText("")
            return
        a, lang = self.agreement, self.language
        check = check_transition(
            self.rules,
            a.kind,
            a.instrument,
            a.stage.code,
            str(code),
            self.documents,
            self.filled,
            self.note.toPlainText(),
        )
        lines: list[str] = []
        target = check.target
        if target is not None:
            needs = [document_label(d, lang) for d in target.required_documents] + [
                field_label(f, lang) for f in target.required_fields
            ]
            lines.append(
                self.tr("Needs: {items}").format(items=", ".join(needs))
                if needs
                else self.tr("This stage needs no documents or fields.")
            )
        if check.skipped:
            lines.append(self.tr("Skips: {stages}").format(stages=", ".join(self._name(s) for s in check.skipped)))
        if check.allowed:
            lines.append(self.tr("Everything needed is there."))
        else:
            lines.append(self.tr("Missing:"))
            lines += [f"• {p.message(lang)}" for p in check.problems]
        self.check_value.setText("\n".join(lines))
        self.check_value.setStyleSheet("" if check.allowed else "color: #b71c1c;")

    def show_error(self, error: UserError) -> None:
        """Mark the fields; list only what the live check above does not already say."""
        super().show_error(error)
        if not isinstance(error, ValidationError):
            return
        shown = self.check_value.text()
        extra = [p for p in error.problems if p.message(self.language) not in shown]
        if extra:
            names = self.field_names()
            lines = [f"• {names.get(p.field, p.field)}: {p.message(self.language)}" for p in extra]
            self.message_label.setText("\n".join([self.tr("Nothing was moved. Please correct:"), *lines]))
        else:
            self.message_label.setText(self.tr("Nothing was moved: first complete what is missing (see above)."))

    def collect(self) -> tuple[str, date, str | None]:
        return str(combo_value(self.target) or ""), from_qdate(self.on.date()), self.note.toPlainText().strip() or None

    def store(self, data: tuple[str, date, str | None]) -> int | None:
        code, on, note = data
        # Assessment warnings block nothing, but a forward move despite them is recorded in the history.
        assessment.change_stage_recording_warnings(self.ctx, self.agreement.id, code, on, note)
        return self.record_id

    def reload(self) -> None:
        if self.saved_anything:
            return  # moved: the dialog closes, nothing to show again
        super().reload()

    def fields(self) -> Mapping[str, QWidget]:
        mapping: dict[str, QWidget] = {"stage": self.target, "note": self.note, "on": self.on, "documents": self.target}
        for name in REQUIRABLE_FIELDS:
            mapping[name] = self.target
        return mapping

    def field_names(self) -> Mapping[str, str]:
        names = {name: field_label(name, self.language) for name in REQUIRABLE_FIELDS}
        names["documents"] = self.tr("Documents")
        names["stage"] = self.tr("Stage")
        return names

    def title(self) -> str:
        return self.tr("Move to stage – {name}").format(name=self.agreement.number or self.agreement.title_id)

    def describe(self) -> str:
        return self.tr("the stage change")
