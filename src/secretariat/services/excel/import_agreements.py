"""Import of agreements (their tree, parties, fields and stage), assessments and activities."""

from __future__ import annotations

import uuid
from enum import StrEnum
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from secretariat.domain import enums as e
from secretariat.domain.parsing import fold
from secretariat.domain.records import ActivityData, AgreementData, AssessmentData, IndicatorData
from secretariat.domain.validation import Checker
from secretariat.services.agreements import activities as activity_rules
from secretariat.services.agreements import records as agreement_rules
from secretariat.services.agreements.stages import filled_fields, stage_rule
from secretariat.services.excel.import_core import ImporterCore, changed_fields, chunks, clean_value, kept
from secretariat.services.excel.report import RowAction
from secretariat.services.excel.rows import RowValues, SheetData
from secretariat.storage.models import (
    Activity,
    Agreement,
    Assessment,
    BudgetLine,
    Delegation,
    Partner,
    Sector,
    Stage,
    StageChange,
)

#: The note of the stage step an import records.
IMPORT_NOTE = "Diimpor dari Excel / Imported from Excel"


class AgreementSheets(ImporterCore):
    """The sheets Perjanjian, Penilaian and Kegiatan."""

    def stage(self, text: str) -> Stage | None:
        wanted = fold(text)
        for stage in self.stages:
            if stage.code == text.strip() or wanted in (fold(stage.code), fold(stage.name_id), fold(stage.name_en)):
                return stage
        return None

    def sector_codes(self, row: RowValues, names: list[str]) -> list[str]:
        codes = []
        for name in names:
            wanted = fold(name)
            match = next(
                (
                    s
                    for s in self.sectors
                    if s.code == name or wanted in (fold(s.code), fold(s.name_id), fold(s.name_en))
                ),
                None,
            )
            if match is None:
                row.add(
                    "sectors",
                    f"'{name}' is not a field of cooperation the office keeps",
                    f"'{name}' bukan bidang kerja sama yang dikenal",
                )
            else:
                codes.append(match.code)
        return codes

    def agreements(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        texts = [r.get(k) for r in rows for k in ("gid", "number", "parent", "previous")]
        self.prefetch(
            "agreements",
            Agreement,
            (Agreement.number, Agreement.gid),
            texts,
            options=(selectinload(Agreement.parties), selectinload(Agreement.sectors)),
        )
        self.prefetch(
            "partners", Partner, (Partner.code, Partner.gid), [code for r in rows for code in (r.get("partners") or [])]
        )
        untitled = [r.get("title_id") for r in rows if not r.get("number") and not r.get("gid") and r.get("title_id")]
        by_title: dict[str, list[Agreement]] = {}
        for chunk in chunks(sorted(set(untitled))):
            for agreement in self.session.scalars(select(Agreement).where(Agreement.title_id.in_(chunk))):
                by_title.setdefault(fold(agreement.title_id), []).append(agreement)
        for row in self._agreement_order(rows):
            self.agreement_row(row, by_title)

    def _agreement_order(self, rows: list[RowValues]) -> list[RowValues]:
        """Rows ordered so that a parent or renewed agreement given in the file comes before its children."""
        by_text: dict[str, RowValues] = {}
        for row in rows:
            for key in ("number", "gid"):
                if row.get(key):
                    by_text.setdefault(row.get(key), row)
        ordered: list[RowValues] = []
        state: dict[int, int] = {}  # 1 visiting, 2 done

        def visit(row: RowValues, path: list[RowValues]) -> None:
            mark = state.get(id(row))
            if mark == 2:
                return
            if mark == 1:
                loop = path[path.index(row) :]
                numbers = ", ".join(str(r.number) for r in loop)
                for member in loop:
                    if not any("loop" in p.message_en for p in member.problems):
                        member.add(
                            "parent",
                            f"the parent / renewal links of rows {numbers} go round in a loop",
                            f"tautan induk / perpanjangan baris {numbers} berputar",
                        )
                return
            state[id(row)] = 1
            for key in ("parent", "previous"):
                target = by_text.get(row.get(key)) if row.get(key) else None
                if target is not None and target is not row:
                    visit(target, [*path, row])
            state[id(row)] = 2
            ordered.append(row)

        for row in rows:
            visit(row, [])
        return ordered

    def agreement_row(self, row: RowValues, by_title: dict[str, list[Agreement]]) -> None:
        known = self.known["agreements"]
        gid, number, title = row.get("gid"), row.get("number"), row.get("title_id")
        agreement = known.by_key.get(gid) if gid else None
        if agreement is None and number:
            agreement = known.by_key.get(number)
        if agreement is None and not gid and not number and title:
            matches = [a for a in by_title.get(fold(title), []) if not a.number and self.old(a)]
            if len(matches) > 1:
                row.add(
                    "title_id",
                    "several agreements without a number have this title; give the global id",
                    "beberapa perjanjian tanpa nomor berjudul sama; isi ID global",
                )
            agreement = matches[0] if len(matches) == 1 else None
        label = number or title or ""
        if agreement is not None and not self.claim(
            "agreements", agreement, row, f"agreement {label}", f"perjanjian {label}"
        ):
            agreement = None
        current = agreement
        partner_ids: list[int] = []
        for code in row.get("partners") or []:
            partner = self.partner(row, "partners", code)
            if partner is not None:
                partner_ids.append(partner.id)
        if not row.has("partners") and current is not None:
            partner_ids = [p.partner_id for p in current.parties]
        if row.has("sectors"):
            sector_codes = self.sector_codes(row, row.get("sectors") or [])
        else:
            sector_codes = [s.code for s in current.sectors] if current is not None else []
        links: dict[str, int | None] = {}
        for key in ("parent", "previous"):
            text = row.get(key)
            if text:
                target = self.agreement(row, key, text)
                links[key] = target.id if target is not None else None
            elif row.has(key) or current is None:
                links[key] = None
            else:
                links[key] = getattr(current, f"{key}_id")
        stage = current.stage if current is not None else self.stage(agreement_rules.INITIAL_STAGE)
        if row.get("stage"):
            stage = self.stage(row.get("stage"))
            if stage is None:
                names = ", ".join(s.name_id for s in self.stages)
                names_en = ", ".join(s.name_en for s in self.stages)
                row.add(
                    "stage",
                    f"'{row.get('stage')}' is not a stage (stages: {names_en})",
                    f"'{row.get('stage')}' bukan tahap (tahap: {names})",
                )

        keep = partial(kept, row, current)

        data = AgreementData(
            title_id=keep("title_id") or "",
            title_en=keep("title_en") or "",
            kind=keep("kind") or "",
            instrument=keep("instrument") or "",
            partner_ids=partner_ids,
            sector_codes=sector_codes,
            number=keep("number"),
            partner_number=keep("partner_number"),
            parent_id=links["parent"],
            previous_id=links["previous"],
            signed_on=keep("signed_on"),
            signed_place=keep("signed_place"),
            effective_on=keep("effective_on"),
            term_months=keep("term_months"),
            expires_on=keep("expires_on"),
            notice_months=(
                row.get("notice_months")
                if row.has("notice_months")
                else current.notice_months
                if current is not None
                else 6
            ),
            notes=keep("notes"),
            subject_id=keep("subject_id"),
            subject_en=keep("subject_en"),
        )
        values = {name: getattr(data, name) for name in agreement_rules.AGREEMENT_FIELDS}
        values = {k: (v.value if isinstance(v, StrEnum) else clean_value(v)) for k, v in values.items()}
        if (
            current is not None
            and stage is not None
            and not row.problems
            and current.stage_id == stage.id
            and all(getattr(current, k) == v for k, v in values.items())
            and [p.partner_id for p in current.parties] == partner_ids
            and sorted(s.code for s in current.sectors) == sorted(sector_codes)
        ):
            # Nothing would change: the stored agreement passed these rules when it was saved.
            self.finish(row, RowAction.UNCHANGED, label)
            self.register("agreements", [current.gid, current.number], current)
            return
        _sectors: list[Sector] = []
        if not row.problems:
            agreement_id = current.id if current is not None else None
            problems, _sectors = agreement_rules.reference_problems(  # the service's own rule
                self.session, data, agreement_id, partner_ids, sector_codes
            )
            problems += agreement_rules.length_problems(data)
            instrument = data.instrument if data.instrument in {i.value for i in e.Instrument} else None
            problems += agreement_rules.link_problems(self.session, data, agreement_id, instrument)
            checker = Checker()
            data.check(checker)
            row.add_problems(checker.problems + problems, {"parent": "parent", "previous": "previous"})
            if stage is not None and not row.problems:
                self._stage_problems(row, stage, data, sector_codes)
        if row.problems or stage is None:
            self.reject_keys("agreements", [gid, number], row)
            self.finish(row, RowAction.REJECTED, label)
            return
        if agreement is None:
            agreement = Agreement(gid=gid or str(uuid.uuid4()), stage_id=stage.id, **values)
            self.session.add(agreement)
            agreement_rules.set_partners(self.session, agreement, partner_ids)
            agreement.sectors = sorted(_sectors, key=lambda s: s.code)
            self.session.flush()
            self.session.add(
                StageChange(
                    agreement_id=agreement.id,
                    from_stage_id=None,
                    to_stage_id=stage.id,
                    on=self.today,
                    user_login=self.ctx.actor.login,
                    note=IMPORT_NOTE,
                )
            )
            self.adopt("agreements", agreement, row, f"agreement {label}", f"perjanjian {label}")
            self.finish(row, RowAction.ADDED, label)
        else:
            changed = changed_fields(agreement, values)
            if [p.partner_id for p in agreement.parties] != partner_ids:
                agreement_rules.set_partners(self.session, agreement, partner_ids)
                changed.append("partners")
            if sorted(s.code for s in agreement.sectors) != sorted(sector_codes):
                agreement.sectors = sorted(_sectors, key=lambda s: s.code)  # audited with the agreement
                changed.append("sectors")
            if agreement.stage_id != stage.id:
                self.session.add(
                    StageChange(
                        agreement_id=agreement.id,
                        from_stage_id=agreement.stage_id,
                        to_stage_id=stage.id,
                        on=self.today,
                        user_login=self.ctx.actor.login,
                        note=IMPORT_NOTE,
                    )
                )
                agreement.stage_id = stage.id
                changed.append("stage")
            self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        self.session.flush()
        self.register("agreements", [agreement.gid, agreement.number], agreement)

    def _stage_problems(self, row: RowValues, stage: Stage, data: AgreementData, sector_codes: list[str]) -> None:
        rule = stage_rule(stage)
        if not rule.applies_to(str(data.kind), str(data.instrument)):
            row.add(
                "stage",
                f'the stage "{stage.name_en}" does not apply to a {str(data.kind).upper()} {data.instrument}',
                f'tahap "{stage.name_id}" tidak berlaku untuk {str(data.kind).upper()} {data.instrument}',
            )
            return
        filled = filled_fields(agreement_rules.data_values(data, sector_codes))
        for name in rule.required_fields:
            if name not in filled:
                key = name if name in row.sheet.spec.keys else "stage"
                row.add(key, f'is required at the stage "{stage.name_en}"', f'wajib diisi pada tahap "{stage.name_id}"')

    def assessments(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        agreement_ids = [
            a.id for r in rows for a in [self.known["agreements"].by_key.get(r.get("agreement"))] if a is not None
        ]
        stored = {
            (a.agreement_id, a.criterion): a for a in self.load_by(Assessment, Assessment.agreement_id, agreement_ids)
        }
        seen: dict[tuple[int, str], int] = {}
        for row in rows:
            text, criterion = row.get("agreement"), row.get("criterion")
            agreement = self.agreement(row, "agreement", text) if text else None
            data = AssessmentData(
                criterion=criterion or "", score=row.get("score"), reason=clean_value(row.get("reason"))
            )
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if agreement is not None and criterion and not row.problems:
                earlier = seen.get((id(agreement), criterion))
                if earlier is not None:
                    row.add(
                        "criterion",
                        f"this criterion of the agreement is already on row {earlier}",
                        f"kriteria perjanjian ini sudah ada di baris {earlier}",
                    )
                seen[(id(agreement), criterion)] = row.number
            label = f"{text}: {criterion}" if text else ""
            if row.problems or agreement is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            existing = stored.get((agreement.id, criterion))
            if data.score is None and data.reason is None:
                if existing is not None:
                    self.session.delete(existing)
                    del stored[(agreement.id, criterion)]
                    self.finish(row, RowAction.UPDATED, label, ["score", "reason"])
                else:
                    self.finish(row, RowAction.UNCHANGED, label)
            elif existing is None:
                assessment = Assessment(
                    agreement_id=agreement.id, criterion=criterion, score=data.score, reason=data.reason
                )
                self.session.add(assessment)
                stored[(agreement.id, criterion)] = assessment
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = changed_fields(existing, {"score": data.score, "reason": data.reason})
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # delegations ----------------------------------------------------------------------------------------

    def activities(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid), [r.get("delegation") for r in rows])
        with_indicators = (selectinload(Activity.indicators),)
        by_gid = {a.gid: a for a in self.load_by(Activity, Activity.gid, [r.get("gid") for r in rows], with_indicators)}
        agreement_ids = [
            a.id
            for r in rows
            if not r.get("gid")
            for a in [self.known["agreements"].by_key.get(r.get("agreement"))]
            if a is not None
        ]
        by_day: dict[tuple[int, object], list[Activity]] = {}
        for stored in self.load_by(Activity, Activity.agreement_id, agreement_ids, with_indicators):
            by_day.setdefault((stored.agreement_id, stored.occurred_on), []).append(stored)
        # The rules look these up by id, row after row: keep them loaded while the sheet is read.
        loaded = [
            *self.load_by(Agreement, Agreement.id, agreement_ids + [a.agreement_id for a in by_gid.values()]),
            *self.load_by(Delegation, Delegation.id, [a.delegation_id for a in by_gid.values()]),
            *self.load_by(BudgetLine, BudgetLine.id, [a.budget_line_id for a in by_gid.values()]),
        ]
        for row in rows:
            gid, text = row.get("gid"), row.get("agreement")
            agreement = self.agreement(row, "agreement", text) if text else None
            occurred_on, title = row.get("occurred_on"), row.get("title")
            activity: Activity | None = by_gid.get(gid) if gid else None
            if activity is None and not gid and agreement is not None and agreement.id is not None and title:
                matches = [
                    a
                    for a in by_day.get((agreement.id, occurred_on), [])
                    if fold(a.title) == fold(title) and self.old(a)
                ]
                activity = matches[0] if len(matches) == 1 else None
            label = f"{text}: {title or ''}"
            if activity is not None and not self.claim("activities", activity, row, "this activity", "kegiatan ini"):
                activity = None
            current = activity
            ids: dict[str, int | None] = {}
            for key, finder in (("delegation", self.delegation), ("budget_line", self.budget_line)):
                ids[key] = getattr(current, f"{key}_id") if current is not None and not row.has(key) else None
                if row.get(key):
                    target = finder(row, key, row.get(key))
                    ids[key] = target.id if target is not None else None
            if row.has("indicators"):
                indicators = row.get("indicators") or []
            else:
                indicators = [
                    IndicatorData(name=i.name, value=i.value, unit=i.unit)
                    for i in (current.indicators if current is not None else [])
                ]
            data = ActivityData(
                agreement_id=agreement.id if agreement is not None else 0,
                occurred_on=occurred_on,
                kind=row.get("kind") or "",
                title=title or "",
                description=clean_value(row.value_or("description", current.description if current else None)),
                delegation_id=ids["delegation"],
                budget_line_id=ids["budget_line"],
                indicators=indicators,
            )
            values = {name: clean_value(getattr(data, name)) for name in activity_rules.ACTIVITY_FIELDS}
            if (
                current is not None
                and not row.problems
                and all(getattr(current, k) == v for k, v in values.items())
                and [(i.name, i.value, i.unit) for i in current.indicators]
                == [(i.name.strip(), i.value, (i.unit or "").strip() or None) for i in indicators]
            ):
                self.finish(row, RowAction.UNCHANGED, label)  # it passed the rules when it was saved
                continue
            if not row.problems and agreement is not None:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems + activity_rules.activity_problems(self.session, data))
            if row.problems or agreement is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values["kind"] = e.ActivityKind(data.kind)
            if activity is None:
                activity = Activity(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(activity)
                activity_rules.set_indicators(self.session, activity, indicators)
                self.adopt("activities", activity, row, "this activity", "kegiatan ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = changed_fields(activity, values)
                before = [(i.name, i.value, i.unit) for i in activity.indicators]
                after = [(i.name.strip(), i.value, (i.unit or "").strip() or None) for i in indicators]
                if before != after:
                    activity_rules.set_indicators(self.session, activity, indicators)
                    changed.append("indicators")
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        del loaded

    # per-diem rates -------------------------------------------------------------------------------------
