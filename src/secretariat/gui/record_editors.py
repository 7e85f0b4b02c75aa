"""The record editors of the main window, opened by kind of record.

    open_editor("partner", None, ctx, parent)      # a new partner
    open_editor("agreement", 12, ctx, parent)      # agreement 12
    delete_record("partner", 3, ctx, parent)       # asks first; offers "set inactive" when needed

Both return True when something was stored (so the caller refreshes its lists).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secretariat.domain.enums import PartnerStatus
from secretariat.domain.errors import DependencyError, UserError
from secretariat.domain.records import OfficialData
from secretariat.gui.formatting import format_date
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.form_dialog import FormDialog, open_form_dialog
from secretariat.gui.widgets.prompts import choose, confirm, warn
from secretariat.services.agreements import records as agreements
from secretariat.services.budget import lines as budget
from secretariat.services.context import ServiceContext
from secretariat.services.delegations import per_diem
from secretariat.services.delegations import records as delegations
from secretariat.services.partners import records as partners
from secretariat.services.reference import officials

__all__ = ["KINDS", "delete_record", "editor_class", "open_editor"]

KINDS: tuple[str, ...] = ("partner", "agreement", "delegation", "budget_line", "official", "per_diem_rate")


def editor_class(kind: str) -> type[FormDialog]:
    """The editor dialog of a kind of record; ValueError for an unknown kind.

    Each kind's module is imported when first asked for, one kind at a time: the first partner opened
    does not wait for the agreement editor's modules on the GUI thread.
    """
    if kind == "partner":
        from secretariat.gui.partners.editor import PartnerEditor

        return PartnerEditor
    if kind == "agreement":
        from secretariat.gui.agreements.editor import AgreementEditor

        return AgreementEditor
    if kind == "delegation":
        from secretariat.gui.delegations.editor import DelegationEditor

        return DelegationEditor
    if kind == "budget_line":
        from secretariat.gui.budget.line_editor import BudgetLineEditor

        return BudgetLineEditor
    if kind == "official":
        from secretariat.gui.reference.official_editor import OfficialEditor

        return OfficialEditor
    if kind == "per_diem_rate":
        from secretariat.gui.delegations.per_diem_rate_editor import PerDiemRateEditor

        return PerDiemRateEditor
    raise ValueError(f"unknown kind of record {kind!r}; known: {', '.join(KINDS)}")


def open_editor(kind: str, record_id: int | None, ctx: ServiceContext, parent: QWidget | None) -> bool:
    """Edit record ``record_id`` of ``kind`` (None: a new one) in a modal dialog; True when anything was saved."""
    return open_form_dialog(editor_class(kind), record_id, ctx, parent)


# --- deleting ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Deletion:
    what: str  # "the partner Osaka (JP-OSK)"
    delete: Callable[[], None]
    # When other records depend on it: the milder action offered instead, and its button text.
    fallback: Callable[[], None] | None = None
    fallback_text: str = ""


def _deletion(kind: str, record_id: int, ctx: ServiceContext, language: str) -> _Deletion:
    if kind == "partner":
        partner = partners.get_partner(ctx, record_id)
        return _Deletion(
            QCoreApplication.translate("RecordEditors", "the partner {name} ({code})").format(
                name=partner.name, code=partner.code
            ),
            lambda: partners.delete_partner(ctx, record_id),
            (lambda: partners.set_partner_status(ctx, record_id, PartnerStatus.INACTIVE))
            if partner.status != PartnerStatus.INACTIVE.value
            else None,
            QCoreApplication.translate("RecordEditors", "Set inactive"),
        )
    if kind == "agreement":
        agreement = agreements.get_agreement(ctx, record_id)
        title = agreement.title_id if language == "id" else agreement.title_en
        name = f"{agreement.number} – {title}" if agreement.number else title
        return _Deletion(
            QCoreApplication.translate("RecordEditors", "the agreement {name}").format(name=name),
            lambda: agreements.delete_agreement(ctx, record_id),
        )
    if kind == "delegation":
        delegation = delegations.get_delegation(ctx, record_id)
        return _Deletion(
            QCoreApplication.translate("RecordEditors", "the delegation {code}").format(code=delegation.code),
            lambda: delegations.delete_delegation(ctx, record_id),
        )
    if kind == "budget_line":
        line = budget.get_budget_line(ctx, record_id)
        return _Deletion(
            QCoreApplication.translate("RecordEditors", "the budget line {code} ({year})").format(
                code=line.account_code, year=line.fiscal_year
            ),
            lambda: budget.delete_budget_line(ctx, record_id),
        )
    if kind == "official":
        official = officials.get_official(ctx, record_id)

        def set_inactive() -> None:
            officials.update_official(
                ctx,
                record_id,
                OfficialData(
                    name=official.name,
                    position=official.position,
                    grade=official.grade,
                    nip=official.nip,
                    unit=official.unit,
                    passport_type=official.passport_type,
                    passport_number=official.passport_number,
                    passport_expiry=official.passport_expiry,
                    email=official.email,
                    phone=official.phone,
                    active=False,
                ),
            )

        return _Deletion(
            QCoreApplication.translate("RecordEditors", "the official {name}").format(name=official.name),
            lambda: officials.delete_official(ctx, record_id),
            set_inactive if official.active else None,
            QCoreApplication.translate("RecordEditors", "Set inactive"),
        )
    if kind == "per_diem_rate":
        rate = per_diem.get_rate(ctx, record_id)
        country = rate.country_name_id if language == "id" else rate.country_name_en
        what = QCoreApplication.translate(
            "RecordEditors", "the per-diem rate for {country}, grade {grade}, from {date}"
        )
        return _Deletion(
            what.format(country=country, grade=rate.grade, date=format_date(rate.valid_from, language)),
            lambda: per_diem.delete_rate(ctx, record_id),
        )
    raise ValueError(f"unknown kind of record {kind!r}; known: {', '.join(KINDS)}")


def delete_record(kind: str, record_id: int, ctx: ServiceContext, parent: QWidget | None) -> bool:
    """Delete a record after asking; when others depend on it, say which (and offer to set a partner
    or an official inactive instead). True when anything changed."""
    language = current_language()
    title = QCoreApplication.translate("RecordEditors", "Delete")
    try:
        deletion = _deletion(kind, record_id, ctx, language)
    except UserError as error:
        warn(parent, title, error.message(language))
        return False
    question = QCoreApplication.translate("RecordEditors", "Delete {what}?").format(what=deletion.what)
    if not confirm(
        parent,
        title,
        question,
        QCoreApplication.translate("RecordEditors", "Delete"),
        QCoreApplication.translate("RecordEditors", "This cannot be undone."),
    ):
        return False
    try:
        deletion.delete()
        return True
    except DependencyError as error:
        message = error.message(language)
        refused = QCoreApplication.translate("RecordEditors", "{what} cannot be deleted.").format(
            what=_capital(deletion.what)
        )
        if deletion.fallback is None:
            warn(parent, title, refused, message)
            return False
        instead = QCoreApplication.translate(
            "RecordEditors",
            "You can set it inactive instead: it stays in the records but is no longer offered for new work.",
        )
        if choose(parent, title, refused, [deletion.fallback_text], f"{message}\n\n{instead}") is None:
            return False
        try:
            deletion.fallback()
        except UserError as fallback_error:
            warn(parent, title, fallback_error.message(language))
            return False
        return True
    except UserError as error:
        warn(parent, title, error.message(language))
        return False


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
