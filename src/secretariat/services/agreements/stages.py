"""The stages of an agreement's life: moving an agreement along them, and editing the list itself.

The decisions are made by :mod:`secretariat.domain.workflow`; this module
gathers what they need from the database (stage list, attached document kinds,
filled fields) and records the move in the agreement's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import AgreementKind, Instrument
from secretariat.domain.errors import NotFoundError, Problem, ValidationError
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.validation import Checker
from secretariat.domain.workflow import (
    REQUIRABLE_FIELDS,
    StageData,
    StageRule,
    check_transition,
    join_codes,
    split_codes,
)
from secretariat.services.common import count_where, fetch, refuse_if_dependants, validate
from secretariat.services.conflicts import check_version, fetch_current, record_values
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import require_reference_editor
from secretariat.storage.models import Agreement, Attachment, Stage, StageChange

POSITION_STEP = 10


@dataclass(frozen=True)
class StageView:
    id: int
    code: str
    name_id: str
    name_en: str
    position: int
    kinds: tuple[str, ...]
    instruments: tuple[str, ...]
    required_documents: tuple[str, ...]
    required_fields: tuple[str, ...]
    is_final: bool
    is_live: bool
    row_version: int = 0  # the version loaded; hand the view back to update_stage(loaded=...)

    def to_data(self) -> StageData:
        return StageData(
            code=self.code,
            name_id=self.name_id,
            name_en=self.name_en,
            position=self.position,
            kinds=list(self.kinds),
            instruments=list(self.instruments),
            required_documents=list(self.required_documents),
            required_fields=list(self.required_fields),
            is_final=self.is_final,
            is_live=self.is_live,
        )


def stage_rule(stage: Stage) -> StageRule:
    return StageRule(
        code=stage.code,
        name_id=stage.name_id,
        name_en=stage.name_en,
        position=stage.position,
        kinds=split_codes(stage.kinds),
        instruments=split_codes(stage.instruments),
        required_documents=split_codes(stage.required_documents),
        required_fields=split_codes(stage.required_fields),
        is_final=bool(stage.is_final),
        is_live=bool(stage.is_live),
    )


def _stage_view(stage: Stage) -> StageView:
    rule = stage_rule(stage)
    return StageView(
        id=stage.id,
        code=rule.code,
        name_id=rule.name_id,
        name_en=rule.name_en,
        position=rule.position,
        kinds=rule.kinds,
        instruments=rule.instruments,
        required_documents=rule.required_documents,
        required_fields=rule.required_fields,
        is_final=rule.is_final,
        is_live=rule.is_live,
        row_version=stage.row_version,
    )


def all_stages(session: Session) -> list[Stage]:
    return list(session.scalars(select(Stage).order_by(Stage.position, Stage.code)))


def stage_rules(session: Session) -> list[StageRule]:
    return [stage_rule(s) for s in all_stages(session)]


def stage_by_code(session: Session, code: str) -> Stage | None:
    return session.scalar(select(Stage).where(Stage.code == code))


def attached_document_kinds(session: Session, agreement_id: int) -> frozenset[str]:
    """The kinds of the documents attached to an agreement."""
    return frozenset(
        session.scalars(
            select(Attachment.kind).where(Attachment.owner_type == "agreement", Attachment.owner_id == agreement_id)
        )
    )


def filled_fields(values: dict[str, object]) -> frozenset[str]:
    """Names among the requirable fields whose value is present (blank text counts as empty)."""
    filled = set()
    for name in REQUIRABLE_FIELDS:
        value = values.get(name)
        if isinstance(value, str):
            value = value.strip()
        if value is not None and value not in ("", [], ()):
            filled.add(name)
    return frozenset(filled)


def agreement_values(agreement: Agreement) -> dict[str, object]:
    """The requirable fields of a stored agreement (a computed expiry counts as filled)."""
    values: dict[str, object] = {name: getattr(agreement, name, None) for name in REQUIRABLE_FIELDS}
    values["sectors"] = [s.code for s in agreement.sectors]
    if values.get("expires_on") is None and agreement.effective_on and agreement.term_months:
        values["expires_on"] = "computed"
    return values


# --- reading ---------------------------------------------------------------------------------------


def list_stages(
    ctx: ServiceContext, kind: AgreementKind | str | None = None, instrument: Instrument | str | None = None
) -> tuple[StageView, ...]:
    """The stages in order; with ``kind`` and/or ``instrument``, only those that apply."""
    checker = Checker()
    kind_code = checker.enum("kind", kind, AgreementKind, required=False)
    instrument_code = checker.enum("instrument", instrument, Instrument, required=False)
    checker.raise_if_any()
    with reading(ctx) as session:
        return tuple(
            _stage_view(s)
            for s in all_stages(session)
            if stage_rule(s).applies_to(kind_code and kind_code.value, instrument_code and instrument_code.value)
        )


def get_stage(ctx: ServiceContext, code: str) -> StageView:
    with reading(ctx) as session:
        stage = stage_by_code(session, code)
        if stage is None:
            raise NotFoundError(f'There is no stage "{code}".', f'Tidak ada tahap "{code}".')
        return _stage_view(stage)


# --- moving an agreement -----------------------------------------------------------------------------


def _date_problems(session: Session, agreement_id: int, on: date | None) -> list[Problem]:
    if on is None:
        return [Problem("on", "is required", "wajib diisi")]
    problems = []
    if on > date.today():
        problems.append(
            Problem(
                "on",
                f"{clerk_date(on, 'en')} is in the future; record a change once it happened",
                f"{clerk_date(on, 'id')} belum terjadi; catat perubahan setelah terjadi",
            )
        )
    last = session.scalar(select(func.max(StageChange.on)).where(StageChange.agreement_id == agreement_id))
    if last is not None and on < last:
        problems.append(
            Problem(
                "on",
                f"{clerk_date(on, 'en')} is before the last stage change ({clerk_date(last, 'en')})",
                f"{clerk_date(on, 'id')} lebih awal dari perubahan tahap terakhir ({clerk_date(last, 'id')})",
            )
        )
    return problems


def change_stage(ctx: ServiceContext, agreement_id: int, to_stage_code: str, on: date, note: str | None = None) -> int:
    """Move an agreement to another stage following the workflow rules; returns the history entry's id."""
    note = (note or "").strip() or None
    with writing(ctx) as session:
        agreement = fetch(session, Agreement, agreement_id, "agreement", "perjanjian")
        check = check_transition(
            stage_rules(session),
            agreement.kind,
            agreement.instrument,
            agreement.stage.code,
            (to_stage_code or "").strip(),
            attached_document_kinds(session, agreement_id),
            filled_fields(agreement_values(agreement)),
            note,
        )
        problems = list(check.problems) + _date_problems(session, agreement_id, on)
        if problems:
            raise ValidationError(problems)
        target = stage_by_code(session, to_stage_code.strip())
        assert target is not None  # the check refuses unknown stages
        change = StageChange(
            agreement_id=agreement.id,
            from_stage_id=agreement.stage_id,
            to_stage_id=target.id,
            on=on,
            user_login=ctx.actor.login,
            note=note,
        )
        agreement.stage_id = target.id
        session.add(change)
        session.flush()
        return change.id


# --- editing the stage list ------------------------------------------------------------------------


def _stage_problems(session: Session, data: StageData, exclude_id: int | None) -> list[Problem]:
    problems: list[Problem] = []
    code = (data.code or "").strip()
    query = select(Stage.id).where(Stage.code == code)
    if exclude_id is not None:
        query = query.where(Stage.id != exclude_id)
    if code and session.scalar(query.limit(1)) is not None:
        problems.append(
            Problem("code", f"'{code}' is already used by another stage", f"'{code}' sudah dipakai oleh tahap lain")
        )
    if data.position is not None:
        by_position = select(Stage.code).where(Stage.position == data.position)
        if exclude_id is not None:
            by_position = by_position.where(Stage.id != exclude_id)
        other = session.scalar(by_position.limit(1))
        if other is not None:
            problems.append(
                Problem(
                    "position",
                    f"{data.position} is already the position of the stage '{other}'",
                    f"{data.position} sudah menjadi urutan tahap '{other}'",
                )
            )
    return problems


def _apply(stage: Stage, data: StageData) -> None:
    values = {
        "name_id": data.name_id.strip(),
        "name_en": data.name_en.strip(),
        "kinds": join_codes(data.codes("kinds")),
        "instruments": join_codes(data.codes("instruments")),
        "required_documents": join_codes(data.codes("required_documents")),
        "required_fields": join_codes(data.codes("required_fields")),
        "is_final": bool(data.is_final),
        "is_live": bool(data.is_live),
    }
    if data.position is not None:
        values["position"] = data.position
    for name, value in values.items():
        if getattr(stage, name, None) != value:
            setattr(stage, name, value)


def create_stage(ctx: ServiceContext, data: StageData) -> int:
    """Add a stage; without a position it goes after the last one."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "add a stage", "menambah tahap")
        validate(data, extra=_stage_problems(session, data, None))
        stage = Stage(code=data.code.strip())
        if data.position is None:
            last = session.scalar(select(func.max(Stage.position))) or 0
            stage.position = last + POSITION_STEP
        _apply(stage, data)
        session.add(stage)
        session.flush()
        return stage.id


def update_stage(ctx: ServiceContext, code: str, data: StageData, *, loaded: StageView | None = None) -> None:
    """Edit a stage's names, conditions and flags. Its code is its stable identity and cannot change.
    ``loaded``: the view the editor showed; the fields another person changed since are refused when
    they differ from ``data`` (EditConflict)."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "change a stage", "mengubah tahap")
        stage = stage_by_code(session, code)
        if stage is None:
            raise NotFoundError(f'There is no stage "{code}".', f'Tidak ada tahap "{code}".')
        if loaded is not None:
            stage = fetch_current(session, Stage, stage.id, "stage", "tahap")
            current = _stage_view(stage)
            check_version(
                session,
                stage,
                loaded.row_version,
                record=Bilingual(f'the stage "{stage.name_en}"', f'tahap "{stage.name_id}"'),
                values=lambda: record_values(loaded.to_data(), current.to_data(), data, skip=("position",)),
                current=lambda: current,
            )
        extra = _stage_problems(session, data, stage.id)
        if (data.code or "").strip() != stage.code:
            extra.append(
                Problem(
                    "code",
                    f"a stage's code cannot change (it is '{stage.code}'); add a new stage",
                    f"kode tahap tidak dapat diubah (yaitu '{stage.code}'); tambahkan tahap baru",
                )
            )
        validate(data, extra=extra)
        _apply(stage, data)


def reorder_stages(ctx: ServiceContext, codes: list[str]) -> None:
    """Put the stages in the order given; every stage must be named exactly once."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "reorder the stages", "mengubah urutan tahap")
        stages = {s.code: s for s in all_stages(session)}
        given = [c.strip() for c in codes]
        problems = []
        unknown = [c for c in given if c not in stages]
        if unknown:
            problems.append(
                Problem(
                    "stages", f"unknown stage(s): {', '.join(unknown)}", f"tahap tidak dikenal: {', '.join(unknown)}"
                )
            )
        repeated = sorted({c for c in given if given.count(c) > 1})
        if repeated:
            problems.append(
                Problem(
                    "stages",
                    f"named more than once: {', '.join(repeated)}",
                    f"disebut lebih dari sekali: {', '.join(repeated)}",
                )
            )
        missing = [c for c in stages if c not in given]
        if missing:
            problems.append(
                Problem(
                    "stages",
                    f"missing from the new order: {', '.join(missing)}",
                    f"tidak ada dalam urutan baru: {', '.join(missing)}",
                )
            )
        if problems:
            raise ValidationError(problems)
        for index, code in enumerate(given, start=1):
            if stages[code].position != index * POSITION_STEP:
                stages[code].position = index * POSITION_STEP


def delete_stage(ctx: ServiceContext, code: str) -> None:
    """Delete a stage that no agreement is at and no history entry names."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "delete a stage", "menghapus tahap")
        stage = stage_by_code(session, code)
        if stage is None:
            raise NotFoundError(f'There is no stage "{code}".', f'Tidak ada tahap "{code}".')
        refuse_if_dependants(
            session,
            f'stage "{stage.name_en}"',
            f'tahap "{stage.name_id}"',
            [
                (
                    "agreement(s) at this stage",
                    "perjanjian pada tahap ini",
                    count_where(Agreement, Agreement.stage_id == stage.id),
                ),
                (
                    "stage history entry(ies)",
                    "riwayat tahap",
                    count_where(
                        StageChange, or_(StageChange.from_stage_id == stage.id, StageChange.to_stage_id == stage.id)
                    ),
                ),
            ],
        )
        session.delete(stage)
