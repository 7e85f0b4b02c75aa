"""Agreements: LoIs, MoUs and implementing arrangements, their parties, fields, tree, renewals and assessment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date
from enum import StrEnum
from typing import Any, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import AgreementKind, Criterion, Instrument
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.field_labels import FieldLabel, clerk_date
from secretariat.domain.labels import label
from secretariat.domain.records import AgreementData, AssessmentData
from secretariat.domain.rules import expiry_from_term, last_notice_date
from secretariat.domain.workflow import check_transition
from secretariat.services.agreements.stages import filled_fields, stage_by_code, stage_rules
from secretariat.services.common import copy_fields, count_where, fetch, refuse_if_dependants, validate
from secretariat.services.conflicts import check_version, fetch_current, field_values, show_value, touch
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.storage.models import (
    Activity,
    Agreement,
    AgreementPartner,
    Assessment,
    Attachment,
    BudgetLine,
    Delegation,
    Partner,
    Sector,
    Stage,
    StageChange,
)

AGREEMENT_FIELDS = (
    "number",
    "partner_number",
    "title_id",
    "title_en",
    "kind",
    "instrument",
    "parent_id",
    "previous_id",
    "signed_on",
    "signed_place",
    "effective_on",
    "term_months",
    "expires_on",
    "notice_months",
    "notes",
    "subject_id",
    "subject_en",
)
_LENGTHS = {"number": 80, "partner_number": 80, "title_id": 500, "title_en": 500, "signed_place": 200}

# How high an instrument stands in the tree: a parent stands higher than its children.
_RANK = {Instrument.LOI.value: 0, Instrument.MOU.value: 1, Instrument.ARRANGEMENT.value: 2, Instrument.OTHER.value: 2}
_CAN_BE_PARENT = frozenset({Instrument.LOI.value, Instrument.MOU.value})
INITIAL_STAGE = "initiative"
_ASSESSMENT_LABELS = {
    **{
        f"assessment {c.value}": FieldLabel(f"Nilai {label(c, 'id')}", f"Score for {label(c, 'en')}") for c in Criterion
    },
    **{
        f"assessment {c.value} reason": FieldLabel(f"Alasan {label(c, 'id')}", f"Reason for {label(c, 'en')}")
        for c in Criterion
    },
}


# --- views -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyView:
    id: int
    code: str
    name: str
    country_code: str
    country_name_en: str
    country_name_id: str
    kind: str
    admin_level: str | None


@dataclass(frozen=True)
class SectorRef:
    code: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class AgreementRef:
    id: int
    number: str | None
    title_id: str
    title_en: str
    instrument: str


@dataclass(frozen=True)
class StageRef:
    code: str
    name_id: str
    name_en: str
    is_final: bool
    is_live: bool


@dataclass(frozen=True)
class HistoryEntry:
    on: date
    user_login: str
    from_code: str | None
    from_name_id: str | None
    from_name_en: str | None
    to_code: str
    to_name_id: str
    to_name_en: str
    note: str | None


@dataclass(frozen=True)
class AssessmentView:
    criterion: Criterion
    score: int | None
    reason: str | None


@dataclass(frozen=True)
class AgreementView:
    id: int
    gid: str
    number: str | None
    partner_number: str | None
    title_id: str
    title_en: str
    kind: str
    instrument: str
    signed_on: date | None
    signed_place: str | None
    effective_on: date | None
    term_months: int | None
    expires_on: date | None  # as entered, else computed from effective_on + term_months
    expires_on_entered: date | None
    notice_months: int | None
    last_notice_on: date | None
    draft_version: int
    notes: str | None
    partners: tuple[PartyView, ...]
    sectors: tuple[SectorRef, ...]
    parent: AgreementRef | None
    children: tuple[AgreementRef, ...]
    previous: AgreementRef | None
    renewal: AgreementRef | None
    stage: StageRef
    history: tuple[HistoryEntry, ...]
    assessments: tuple[AssessmentView, ...]  # one per criterion, in the order of Criterion
    activity_count: int
    last_activity_on: date | None
    row_version: int = 0  # the version loaded; hand the view back to update_agreement(loaded=...)
    subject_id: str | None = None
    subject_en: str | None = None

    @property
    def expiry_is_computed(self) -> bool:
        return self.expires_on_entered is None and self.expires_on is not None

    def to_data(self) -> AgreementData:
        return AgreementData(
            title_id=self.title_id,
            title_en=self.title_en,
            kind=self.kind,
            instrument=self.instrument,
            partner_ids=[p.id for p in self.partners],
            sector_codes=[s.code for s in self.sectors],
            number=self.number,
            partner_number=self.partner_number,
            parent_id=self.parent.id if self.parent else None,
            previous_id=self.previous.id if self.previous else None,
            signed_on=self.signed_on,
            signed_place=self.signed_place,
            effective_on=self.effective_on,
            term_months=self.term_months,
            expires_on=self.expires_on_entered,
            notice_months=self.notice_months,
            notes=self.notes,
            subject_id=self.subject_id,
            subject_en=self.subject_en,
        )


@dataclass(frozen=True)
class TreeNode:
    id: int
    number: str | None
    title_id: str
    title_en: str
    kind: str
    instrument: str
    stage_code: str
    stage_name_id: str
    stage_name_en: str
    expires_on: date | None
    children: tuple[TreeNode, ...]


def computed_expiry(expires_on: date | None, effective_on: date | None, term_months: int | None) -> date | None:
    """The expiry as entered, else the one its term gives."""
    if expires_on is not None:
        return expires_on
    if effective_on is not None and term_months:
        return expiry_from_term(effective_on, term_months)
    return None


@overload
def _ref(agreement: Agreement) -> AgreementRef: ...
@overload
def _ref(agreement: None) -> None: ...
@overload
def _ref(agreement: Agreement | None) -> AgreementRef | None: ...
def _ref(agreement: Agreement | None) -> AgreementRef | None:
    if agreement is None:
        return None
    return AgreementRef(
        id=agreement.id,
        number=agreement.number,
        title_id=agreement.title_id,
        title_en=agreement.title_en,
        instrument=agreement.instrument,
    )


def _stage_ref(stage: Stage) -> StageRef:
    return StageRef(
        code=stage.code,
        name_id=stage.name_id,
        name_en=stage.name_en,
        is_final=bool(stage.is_final),
        is_live=bool(stage.is_live),
    )


def _agreement_view(session: Session, agreement: Agreement) -> AgreementView:
    expires_on = computed_expiry(agreement.expires_on, agreement.effective_on, agreement.term_months)
    last_notice_on = (
        last_notice_date(expires_on, agreement.notice_months)
        if expires_on is not None and agreement.notice_months is not None
        else None
    )
    scored = {a.criterion: a for a in agreement.assessments}
    renewal = session.scalar(select(Agreement).where(Agreement.previous_id == agreement.id).order_by(Agreement.id))
    count, last_on = session.execute(
        select(func.count(Activity.id), func.max(Activity.occurred_on)).where(Activity.agreement_id == agreement.id)
    ).one()
    return AgreementView(
        id=agreement.id,
        gid=agreement.gid,
        number=agreement.number,
        partner_number=agreement.partner_number,
        title_id=agreement.title_id,
        title_en=agreement.title_en,
        kind=agreement.kind,
        instrument=agreement.instrument,
        signed_on=agreement.signed_on,
        signed_place=agreement.signed_place,
        effective_on=agreement.effective_on,
        term_months=agreement.term_months,
        expires_on=expires_on,
        expires_on_entered=agreement.expires_on,
        notice_months=agreement.notice_months,
        last_notice_on=last_notice_on,
        draft_version=agreement.draft_version or 0,
        notes=agreement.notes,
        subject_id=agreement.subject_id,
        subject_en=agreement.subject_en,
        partners=tuple(
            PartyView(
                id=p.id,
                code=p.code,
                name=p.name,
                country_code=p.country_code,
                country_name_en=p.country.name_en,
                country_name_id=p.country.name_id,
                kind=p.kind,
                admin_level=p.admin_level,
            )
            for p in agreement.partners
        ),
        sectors=tuple(SectorRef(code=s.code, name_id=s.name_id, name_en=s.name_en) for s in agreement.sectors),
        parent=_ref(agreement.parent),
        children=tuple(_ref(c) for c in sorted(agreement.children, key=lambda c: c.id)),
        previous=_ref(agreement.previous),
        renewal=_ref(renewal),
        stage=_stage_ref(agreement.stage),
        history=tuple(
            HistoryEntry(
                on=h.on,
                user_login=h.user_login,
                from_code=h.from_stage.code if h.from_stage else None,
                from_name_id=h.from_stage.name_id if h.from_stage else None,
                from_name_en=h.from_stage.name_en if h.from_stage else None,
                to_code=h.to_stage.code,
                to_name_id=h.to_stage.name_id,
                to_name_en=h.to_stage.name_en,
                note=h.note,
            )
            for h in agreement.history
        ),
        assessments=tuple(
            AssessmentView(
                criterion=c,
                score=scored[c].score if c in scored else None,
                reason=scored[c].reason if c in scored else None,
            )
            for c in Criterion
        ),
        activity_count=count or 0,
        last_activity_on=last_on,
        row_version=agreement.row_version,
    )


# --- validation that needs the database ------------------------------------------------------------


def _normalise(data: AgreementData) -> tuple[list[int], list[str]]:
    partner_ids = list(dict.fromkeys(data.partner_ids or []))
    sector_codes = list(dict.fromkeys(c.strip() for c in (data.sector_codes or []) if c and c.strip()))
    return partner_ids, sector_codes


def length_problems(data: AgreementData) -> list[Problem]:
    problems = []
    for name, limit in _LENGTHS.items():
        value = getattr(data, name)
        if isinstance(value, str) and len(value.strip()) > limit:
            problems.append(
                Problem(
                    name,
                    f"is too long ({len(value.strip())} characters, at most {limit})",
                    f"terlalu panjang ({len(value.strip())} karakter, paling banyak {limit})",
                )
            )
    return problems


def _chain_reaches(session: Session, start_id: int | None, column: str, target_id: int) -> bool:
    """Whether following ``column`` (parent_id / previous_id) from ``start_id`` reaches ``target_id``."""
    seen: set[int] = set()
    current = start_id
    while current is not None and current not in seen:
        if current == target_id:
            return True
        seen.add(current)
        current = session.scalar(select(getattr(Agreement, column)).where(Agreement.id == current))
    return False


def link_problems(
    session: Session, data: AgreementData, agreement_id: int | None, instrument: str | None
) -> list[Problem]:
    problems: list[Problem] = []
    if data.parent_id is not None:
        parent = session.get(Agreement, data.parent_id)
        if parent is None:
            problems.append(
                Problem("parent", f"there is no agreement {data.parent_id}", f"tidak ada perjanjian {data.parent_id}")
            )
        elif agreement_id is not None and parent.id == agreement_id:
            problems.append(
                Problem(
                    "parent",
                    "an agreement cannot be its own parent",
                    "perjanjian tidak dapat menjadi induk dirinya sendiri",
                )
            )
        elif agreement_id is not None and _chain_reaches(session, parent.id, "parent_id", agreement_id):
            problems.append(
                Problem(
                    "parent",
                    f"agreement {parent.number or parent.id} lies under this one; the tree would loop",
                    f"perjanjian {parent.number or parent.id} berada di bawah perjanjian ini; pohon akan berputar",
                )
            )
        elif instrument is not None and not _may_hang_under(instrument, parent.instrument):
            problems.append(
                Problem(
                    "parent",
                    f"a {instrument} cannot come under a {parent.instrument}: LoI, then MoU, then implementing "
                    "arrangements",
                    f"{instrument} tidak dapat berada di bawah {parent.instrument}: LoI, lalu MoU, lalu perjanjian "
                    "pelaksana (PKS)",
                )
            )
    if data.previous_id is not None:
        previous = session.get(Agreement, data.previous_id)
        if previous is None:
            problems.append(
                Problem(
                    "previous", f"there is no agreement {data.previous_id}", f"tidak ada perjanjian {data.previous_id}"
                )
            )
        elif agreement_id is not None and previous.id == agreement_id:
            problems.append(
                Problem(
                    "previous",
                    "an agreement cannot renew itself",
                    "perjanjian tidak dapat memperpanjang dirinya sendiri",
                )
            )
        elif agreement_id is not None and _chain_reaches(session, previous.id, "previous_id", agreement_id):
            problems.append(
                Problem(
                    "previous",
                    f"agreement {previous.number or previous.id} is a renewal of this one; the renewals would loop",
                    f"perjanjian {previous.number or previous.id} adalah perpanjangan dari "
                    "perjanjian ini; rantai perpanjangan akan berputar",
                )
            )
        else:
            query = select(Agreement).where(Agreement.previous_id == previous.id)
            if agreement_id is not None:
                query = query.where(Agreement.id != agreement_id)
            other = session.scalar(query.limit(1))
            if other is not None:
                problems.append(
                    Problem(
                        "previous",
                        f"agreement {previous.number or previous.id} is already renewed by {other.number or other.id}",
                        f"perjanjian {previous.number or previous.id} sudah diperpanjang oleh "
                        f"{other.number or other.id}",
                    )
                )
    if agreement_id is not None and instrument is not None:
        children = session.scalars(select(Agreement).where(Agreement.parent_id == agreement_id)).all()
        bad = [c for c in children if not _may_hang_under(c.instrument, instrument)]
        if bad:
            listed = ", ".join(f"{c.number or c.id} ({c.instrument})" for c in bad)
            problems.append(
                Problem(
                    "instrument",
                    f"a {instrument} cannot stand above {listed}",
                    f"{instrument} tidak dapat berada di atas {listed}",
                )
            )
    return problems


def _may_hang_under(child_instrument: str, parent_instrument: str) -> bool:
    if parent_instrument not in _CAN_BE_PARENT:
        return False
    return _RANK.get(child_instrument, 99) > _RANK[parent_instrument]


def reference_problems(
    session: Session, data: AgreementData, agreement_id: int | None, partner_ids: list[int], sector_codes: list[str]
) -> tuple[list[Problem], list[Sector]]:
    problems: list[Problem] = []
    known_partners = (
        set(session.scalars(select(Partner.id).where(Partner.id.in_(partner_ids)))) if partner_ids else set()
    )
    unknown_partners = [str(p) for p in partner_ids if p not in known_partners]
    if unknown_partners:
        problems.append(
            Problem(
                "partners",
                f"there is no partner {', '.join(unknown_partners)}",
                f"tidak ada mitra {', '.join(unknown_partners)}",
            )
        )
    sectors = list(session.scalars(select(Sector).where(Sector.code.in_(sector_codes)))) if sector_codes else []
    unknown_sectors = [c for c in sector_codes if c not in {s.code for s in sectors}]
    if unknown_sectors:
        problems.append(
            Problem(
                "sectors",
                f"unknown field(s) of cooperation: {', '.join(unknown_sectors)}",
                f"bidang kerja sama tidak dikenal: {', '.join(unknown_sectors)}",
            )
        )
    number = (data.number or "").strip()
    if number:
        query = select(Agreement.id).where(Agreement.number == number)
        if agreement_id is not None:
            query = query.where(Agreement.id != agreement_id)
        if session.scalar(query.limit(1)) is not None:
            problems.append(
                Problem(
                    "number",
                    f"'{number}' is already the number of another agreement",
                    f"'{number}' sudah menjadi nomor perjanjian lain",
                )
            )
    return problems, sorted(sectors, key=lambda s: sector_codes.index(s.code))


def _enum_code(value: StrEnum | str | None) -> str | None:
    return value.value if isinstance(value, StrEnum) else value


def data_values(data: AgreementData, sector_codes: list[str]) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in AGREEMENT_FIELDS}
    values["sectors"] = sector_codes
    if values.get("expires_on") is None and computed_expiry(None, data.effective_on, data.term_months):
        values["expires_on"] = "computed"
    return values


def _set_sectors(agreement: Agreement, sectors: list[Sector]) -> None:
    """Replace the sectors; the auditor records the change on the agreement's own entry."""
    if sorted(s.code for s in agreement.sectors) != sorted(s.code for s in sectors):
        agreement.sectors = sorted(sectors, key=lambda s: s.code)


def set_partners(session: Session, agreement: Agreement, partner_ids: list[int]) -> None:
    current = {p.partner_id: p for p in agreement.parties}
    for position, partner_id in enumerate(partner_ids):
        party = current.pop(partner_id, None)
        if party is None:
            agreement.parties.append(AgreementPartner(partner_id=partner_id, position=position))
        elif party.position != position:
            party.position = position
    for party in current.values():
        agreement.parties.remove(party)
        session.delete(party)  # explicitly, so the auditor sees it (orphans are found only during the flush)


# --- actions ---------------------------------------------------------------------------------------


def create_agreement(
    ctx: ServiceContext,
    data: AgreementData,
    stage_code: str = INITIAL_STAGE,
    on: date | None = None,
    note: str | None = None,
) -> int:
    """Register an agreement at ``stage_code`` (by default the first stage), recording that first step.

    Starting later than the first applicable stage skips stages and needs a
    ``note``; the starting stage's required fields must be filled, and its
    required documents can only be attached to a saved agreement, so such a
    stage is reached by saving at an earlier stage first.
    """
    on = on or date.today()
    note = (note or "").strip() or None
    partner_ids, sector_codes = _normalise(data)
    with writing(ctx) as session:
        problems, sectors = reference_problems(session, data, None, partner_ids, sector_codes)
        problems += length_problems(data)
        instrument = _enum_code(data.instrument)
        problems += link_problems(session, data, None, instrument if instrument in _RANK else None)
        kind = _enum_code(data.kind)
        if kind in {k.value for k in AgreementKind} and instrument in _RANK:
            check = check_transition(
                stage_rules(session),
                str(kind),
                str(instrument),
                None,
                (stage_code or "").strip(),
                (),
                filled_fields(data_values(data, sector_codes)),
                note,
            )
            problems += check.problems
        if on > date.today():
            problems.append(
                Problem("on", f"{clerk_date(on, 'en')} is in the future", f"{clerk_date(on, 'id')} belum terjadi")
            )
        validate(data, extra=problems)
        stage = stage_by_code(session, stage_code.strip())
        assert stage is not None  # the transition check refuses unknown stages
        agreement = Agreement(stage_id=stage.id)
        copy_fields(agreement, data, AGREEMENT_FIELDS)
        session.add(agreement)
        set_partners(session, agreement, partner_ids)
        session.flush()
        _set_sectors(agreement, sectors)
        session.add(
            StageChange(
                agreement_id=agreement.id,
                from_stage_id=None,
                to_stage_id=stage.id,
                on=on,
                user_login=ctx.actor.login,
                note=note,
            )
        )
        session.flush()
        return agreement.id


def _agreement_record(agreement: Agreement) -> Bilingual:
    name = agreement.number or agreement.title_en
    return Bilingual(f"the agreement {name}", f"perjanjian {agreement.number or agreement.title_id}")


def _partners_shown(session: Session, partner_ids: object) -> Bilingual:
    ids = [i for i in partner_ids if isinstance(i, int)] if isinstance(partner_ids, Iterable) else []
    codes = {row[0]: row[1] for row in session.execute(select(Partner.id, Partner.code).where(Partner.id.in_(ids)))}
    return show_value([codes.get(i, str(i)) for i in ids])


def _agreement_shown(session: Session, agreement_id: object) -> Bilingual:
    other = session.get(Agreement, agreement_id) if isinstance(agreement_id, int) else None
    if other is None:
        return show_value(None)
    return Bilingual(other.number or other.title_en, other.number or other.title_id)


def _check_agreement_version(
    session: Session, agreement: Agreement, loaded: AgreementView, values: Callable[[AgreementView], dict[str, Any]]
) -> None:
    current = _agreement_view(session, agreement)
    check_version(
        session,
        agreement,
        loaded.row_version,
        record=_agreement_record(agreement),
        values=lambda: values(current),
        current=lambda: current,
        shows={
            "partner_ids": lambda value: _partners_shown(session, value),
            "parent_id": lambda value: _agreement_shown(session, value),
            "previous_id": lambda value: _agreement_shown(session, value),
        },
        labels=_ASSESSMENT_LABELS,
    )


def _unordered_sectors(values: dict[str, Any]) -> dict[str, Any]:
    """Sectors are a set: the order they are listed in is no change."""
    values["sector_codes"] = tuple(
        sorted(str(code).strip() for code in codes or ()) for codes in values["sector_codes"]
    )
    return values


def update_agreement(
    ctx: ServiceContext, agreement_id: int, data: AgreementData, *, loaded: AgreementView | None = None
) -> None:
    """Change an agreement's fields, parties, sectors and links (its stage moves by :func:`change_stage`).

    ``loaded``: the view the editor showed; the fields another person changed since are refused when
    they differ from ``data`` (EditConflict)."""
    partner_ids, sector_codes = _normalise(data)
    with writing(ctx) as session:
        if loaded is None:
            agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        else:
            agreement = fetch_current(session, Agreement, agreement_id, "agreement", "perjanjian")
            names = [f.name for f in dataclass_fields(AgreementData)]
            _check_agreement_version(
                session,
                agreement,
                loaded,
                lambda current: _unordered_sectors(field_values(names, loaded.to_data(), current.to_data(), data)),
            )
        problems, sectors = reference_problems(session, data, agreement_id, partner_ids, sector_codes)
        problems += length_problems(data)
        kind, instrument = _enum_code(data.kind), _enum_code(data.instrument)
        problems += link_problems(session, data, agreement_id, instrument if instrument in _RANK else None)
        stage = agreement.stage
        rule = next(r for r in stage_rules(session) if r.code == stage.code)
        if (
            kind in {k.value for k in AgreementKind}
            and instrument in _RANK
            and not rule.applies_to(str(kind), str(instrument))
        ):
            problems.append(
                Problem(
                    "kind",
                    f'the agreement is at the stage "{stage.name_en}", which does not apply to a '
                    f"{str(kind).upper()} {instrument}; move it to another stage first",
                    f'perjanjian berada pada tahap "{stage.name_id}", yang tidak berlaku untuk '
                    f"{str(kind).upper()} {instrument}; pindahkan dulu ke tahap lain",
                )
            )
        filled = filled_fields(data_values(data, sector_codes))
        for name in rule.required_fields:
            if name not in filled:
                problems.append(
                    Problem(
                        name,
                        f'cannot be emptied: the stage "{stage.name_en}" requires it',
                        f'tidak boleh dikosongkan: tahap "{stage.name_id}" memerlukannya',
                    )
                )
        validate(data, extra=problems)
        copy_fields(agreement, data, AGREEMENT_FIELDS)
        parties_before = [(p.partner_id, p.position) for p in agreement.parties]
        set_partners(session, agreement, partner_ids)
        _set_sectors(agreement, sectors)
        if [(p.partner_id, p.position) for p in agreement.parties] != parties_before:
            touch(agreement)  # the parties belong to the agreement: its version goes up


def delete_agreement(ctx: ServiceContext, agreement_id: int) -> None:
    """Delete an agreement nothing else depends on (its parties, sectors, history and assessment go with it)."""
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        name = agreement.number or agreement.title_en
        refuse_if_dependants(
            session,
            f"agreement {name}",
            f"perjanjian {agreement.number or agreement.title_id}",
            [
                (
                    "implementing arrangement(s)",
                    "perjanjian turunan",
                    count_where(Agreement, Agreement.parent_id == agreement_id),
                ),
                ("renewal(s)", "perpanjangan", count_where(Agreement, Agreement.previous_id == agreement_id)),
                ("activity(ies)", "kegiatan", count_where(Activity, Activity.agreement_id == agreement_id)),
                ("delegation(s)", "delegasi", count_where(Delegation, Delegation.agreement_id == agreement_id)),
                ("budget line(s)", "baris anggaran", count_where(BudgetLine, BudgetLine.agreement_id == agreement_id)),
                (
                    "attachment(s)",
                    "lampiran",
                    count_where(Attachment, Attachment.owner_type == "agreement", Attachment.owner_id == agreement_id),
                ),
            ],
        )
        _set_sectors(agreement, [])
        session.delete(agreement)


def get_agreement(ctx: ServiceContext, agreement_id: int) -> AgreementView:
    with reading(ctx) as session:
        return _agreement_view(session, fetch(session, Agreement, agreement_id, "agreement", "perjanjian"))


def find_agreement_id(ctx: ServiceContext, number_or_gid: str) -> int | None:
    """The agreement with this region's number or global id, if any."""
    key = (number_or_gid or "").strip()
    if not key:
        return None
    with reading(ctx) as session:
        return session.scalar(select(Agreement.id).where((Agreement.number == key) | (Agreement.gid == key)))


def _assessment_values(loaded: AgreementView, current: AgreementView, items: list[AssessmentData]) -> dict[str, Any]:
    base = {a.criterion.value: a for a in loaded.assessments}
    now = {a.criterion.value: a for a in current.assessments}
    values: dict[str, Any] = {}
    for item in items:
        code = _enum_code(item.criterion)
        if code not in base or code not in now:
            continue
        values[f"assessment {code}"] = (base[code].score, now[code].score, item.score)
        values[f"assessment {code} reason"] = (base[code].reason, now[code].reason, item.reason)
    return values


def set_assessment(
    ctx: ServiceContext, agreement_id: int, items: list[AssessmentData], *, loaded: AgreementView | None = None
) -> None:
    """Record scores and reasons for the criteria given; a criterion with neither score nor reason is cleared.

    ``loaded`` as for :func:`update_agreement`: a score or reason another person changed since is refused
    when it differs from the one given."""
    with writing(ctx) as session:
        if loaded is None:
            agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        else:
            agreement = fetch_current(session, Agreement, agreement_id, "agreement", "perjanjian")
            _check_agreement_version(
                session, agreement, loaded, lambda current: _assessment_values(loaded, current, items)
            )
        problems = []
        given = [Criterion(i.criterion).value for i in items if i.criterion in {c.value for c in Criterion}]
        repeated = sorted({c for c in given if given.count(c) > 1})
        if repeated:
            problems.append(
                Problem(
                    "assessment",
                    f"criterion given more than once: {', '.join(repeated)}",
                    f"kriteria disebut lebih dari sekali: {', '.join(repeated)}",
                )
            )
        validate(*items, extra=problems)
        existing = {a.criterion: a for a in agreement.assessments}
        before = {(a.criterion, a.score, a.reason) for a in agreement.assessments}
        for item in items:
            criterion = Criterion(item.criterion)
            reason = (item.reason or "").strip() or None
            row = existing.get(criterion)
            if item.score is None and reason is None:
                if row is not None:
                    agreement.assessments.remove(row)
                    session.delete(row)  # explicitly, so the auditor sees it
            elif row is None:
                agreement.assessments.append(Assessment(criterion=criterion, score=item.score, reason=reason))
            else:
                if row.score != item.score:
                    row.score = item.score
                if row.reason != reason:
                    row.reason = reason
        if {(a.criterion, a.score, a.reason) for a in agreement.assessments} != before:
            touch(agreement)  # the assessment belongs to the agreement: its version goes up


def agreement_tree(ctx: ServiceContext, agreement_id: int) -> TreeNode:
    """The whole tree the agreement belongs to, from its root (LoI or MoU) down through the children."""
    with reading(ctx) as session:
        fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        root_id = agreement_id
        seen = {root_id}
        while (parent_id := session.scalar(select(Agreement.parent_id).where(Agreement.id == root_id))) is not None:
            if parent_id in seen:
                break
            seen.add(parent_id)
            root_id = parent_id
        root = session.get(Agreement, root_id)
        assert root is not None  # root_id was read from the table in this transaction
        rows: dict[int, Agreement] = {root_id: root}
        children: dict[int, list[int]] = {}
        level = [root_id]
        while level:
            found = session.scalars(select(Agreement).where(Agreement.parent_id.in_(level))).all()
            level = []
            for row in found:
                if row.id in rows:  # a loop in the data: show each agreement once
                    continue
                rows[row.id] = row
                assert row.parent_id is not None  # found by its parent_id
                children.setdefault(row.parent_id, []).append(row.id)
                level.append(row.id)

        def node(identifier: int) -> TreeNode:
            row = rows[identifier]
            return TreeNode(
                id=row.id,
                number=row.number,
                title_id=row.title_id,
                title_en=row.title_en,
                kind=row.kind,
                instrument=row.instrument,
                stage_code=row.stage.code,
                stage_name_id=row.stage.name_id,
                stage_name_en=row.stage.name_en,
                expires_on=computed_expiry(row.expires_on, row.effective_on, row.term_months),
                children=tuple(node(c) for c in sorted(children.get(identifier, []))),
            )

        return node(root_id)


__all__ = [
    "AgreementRef",
    "AgreementView",
    "AssessmentView",
    "HistoryEntry",
    "PartyView",
    "SectorRef",
    "StageRef",
    "TreeNode",
    "ValidationError",
    "agreement_tree",
    "computed_expiry",
    "create_agreement",
    "delete_agreement",
    "find_agreement_id",
    "get_agreement",
    "set_assessment",
    "update_agreement",
]
