"""Import of delegations with their members, itinerary and permit steps."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, time
from functools import partial
from typing import Any

from sqlalchemy import func, select

from secretariat.domain import enums as e
from secretariat.domain.errors import Problem
from secretariat.domain.field_labels import clerk_date
from secretariat.domain.parsing import fold
from secretariat.domain.records import DelegationData, ItineraryData, MemberData, PermitData
from secretariat.domain.validation import Checker
from secretariat.services.delegations import records as delegation_rules
from secretariat.services.excel.import_core import ImporterCore, changed_fields, clean_value, kept
from secretariat.services.excel.report import RowAction
from secretariat.services.excel.rows import RowValues, SheetData
from secretariat.storage.models import Agreement, Contact, Delegation, ItineraryItem, Member, Official, PermitStep


class DelegationSheets(ImporterCore):
    """The sheets Delegasi, Anggota Delegasi, Jadwal and Izin."""

    _PROTOCOL = ("precedence", "forms_of_address", "dietary_needs", "interpreter", "liaison_officer", "hotel")

    def delegations(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch(
            "delegations",
            Delegation,
            (Delegation.code, Delegation.gid),
            [r.get(k) for r in rows for k in ("gid", "code")],
        )
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        known = self.known["delegations"]
        for row in rows:
            gid, code = row.get("gid"), row.get("code")
            delegation = known.by_key.get(gid) if gid else None
            by_code = known.by_key.get(code) if code else None
            if delegation is None:
                delegation = by_code
            elif by_code is not None and by_code is not delegation:
                row.add("code", f"'{code}' is the code of another delegation", f"'{code}' adalah kode delegasi lain")
            if delegation is not None and not self.claim(
                "delegations", delegation, row, f"delegation {code}", f"delegasi {code}"
            ):
                delegation = None
            current = delegation
            agreement_id = current.agreement_id if current is not None else None
            if row.has("agreement"):
                agreement_id = None
                if row.get("agreement"):
                    target = self.agreement(row, "agreement", row.get("agreement"))
                    agreement_id = target.id if target is not None else None

            keep = partial(kept, row, current)

            data = DelegationData(
                direction=keep("direction") or "",
                purpose=keep("purpose") or "",
                country_code=keep("country", "country_code") or "",
                start_on=keep("start_on"),
                end_on=keep("end_on"),
                code=code,
                agreement_id=agreement_id,
                cities=keep("cities"),
                status=keep("status") or e.DelegationStatus.PLANNED,
                notes=keep("notes"),
            )
            extra = {name: keep(name) for name in self._PROTOCOL}
            extra["per_diem_country_code"] = keep("per_diem_country", "per_diem_country_code")
            extra["per_diem_grade"] = keep("per_diem_grade")
            # the reason only goes with a grade chosen for all
            extra["per_diem_grade_reason"] = keep("per_diem_grade_reason") if extra["per_diem_grade"] else None
            if not row.problems:
                problems = delegation_rules.delegation_problems(self.session, data)
                if (
                    current is not None
                    and data.start_on
                    and data.end_on
                    and data.start_on <= data.end_on
                    and (data.start_on, data.end_on) != (current.start_on, current.end_on)
                ):
                    outside = delegation_rules.days_outside(current, data.start_on, data.end_on)
                    if outside:
                        days_en = ", ".join(clerk_date(d, "en") for d in outside)
                        days_id = ", ".join(clerk_date(d, "id") for d in outside)
                        problems.append(
                            Problem(
                                "start_on",
                                f"the itinerary has entries on {days_en}, outside the new dates",
                                f"jadwal memuat kegiatan pada {days_id}, di luar tanggal yang baru",
                            )
                        )
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems + problems, {"country": "country", "agreement": "agreement"})
                self.country(row, "per_diem_country", extra["per_diem_country_code"])
            if row.problems:
                self.reject_keys("delegations", [gid, code], row)
                self.finish(row, RowAction.REJECTED, code or "")
                continue
            values: dict[str, object] = {
                "code": code,
                "agreement_id": agreement_id,
                **{name: clean_value(getattr(data, name)) for name in delegation_rules.DELEGATION_FIELDS},
                **extra,
            }
            if delegation is None:
                delegation = Delegation(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(delegation)
                self.adopt("delegations", delegation, row, f"delegation {code}", f"delegasi {code}")
                self.finish(row, RowAction.ADDED, code)
            else:
                old_code = delegation.code
                changed = changed_fields(delegation, values)
                if old_code != delegation.code:
                    known.by_key.pop(old_code, None)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, code, changed)
            self.register("delegations", [delegation.code, delegation.gid], delegation)

    def _delegation_rows(self, sheet: SheetData, model: Any) -> list[RowValues]:
        """The rows of a sheet of delegation details, with the stored details they may update looked up at once."""
        rows = self.rows(sheet)
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid), [r.get("delegation") for r in rows])
        delegation_ids = [
            d.id
            for r in rows
            for d in [self.known["delegations"].by_key.get(r.get("delegation"))]
            if d is not None and d.id is not None
        ]
        self._by_gid: dict[str, Any] = {c.gid: c for c in self.load_by(model, model.gid, [r.get("gid") for r in rows])}
        self._by_delegation: dict[int, list[Any]] = {}
        for child in self.load_by(model, model.delegation_id, delegation_ids):
            self._by_gid.setdefault(child.gid, child)
            self._by_delegation.setdefault(child.delegation_id, []).append(child)
        return rows

    def _child(self, gid: str | None, delegation: Delegation | None, match: Callable[[Any], bool]) -> Any:
        """The stored member / itinerary entry / permit step a row updates: by global id, else by ``match``."""
        if gid and gid in self._by_gid:
            return self._by_gid[gid]
        if delegation is None or delegation.id is None:
            return None
        matches = [c for c in self._by_delegation.get(delegation.id, []) if match(c) and self.old(c)]
        return matches[0] if len(matches) == 1 else None

    def members(self, sheet: SheetData) -> None:
        rows = self._delegation_rows(sheet, Member)
        # The rules look the linked people up by id, row after row: keep them loaded while the sheet is read.
        loaded = [
            *self.load_by(Official, Official.id, [m.official_id for m in self._by_gid.values()]),
            *self.load_by(Contact, Contact.id, [m.contact_id for m in self._by_gid.values()]),
        ]
        for row in rows:
            gid, text = row.get("gid"), row.get("delegation")
            delegation = self.delegation(row, "delegation", text) if text else None
            official = self.official(row, "official", row.get("official")) if row.get("official") else None
            contact = self.contact(row, "contact", row.get("contact")) if row.get("contact") else None
            name = row.get("name")

            def same(
                member: Member,
                official: Official | None = official,
                contact: Contact | None = contact,
                name: str | None = name,
            ) -> bool:
                if official is not None:
                    return member.official_id == official.id
                if contact is not None:
                    return member.contact_id == contact.id
                return bool(name) and fold(member.name) == fold(name)

            member = self._child(gid, delegation, same)
            label = f"{text}: {name or (official.name if official else contact.name if contact else '')}"
            if member is not None and delegation is not None and member.delegation_id != delegation.id:
                row.add(
                    "delegation",
                    "a member cannot move to another delegation",
                    "anggota tidak dapat dipindah ke delegasi lain",
                )
            if member is not None and not self.claim("members", member, row, "this member", "anggota ini"):
                member = None
            current = member

            keep = partial(kept, row, current)

            data = MemberData(
                delegation_id=delegation.id if delegation is not None else 0,
                name=keep("name") or "",
                role=keep("role") or e.MemberRole.MEMBER,
                grade=keep("grade"),
                official_id=official.id
                if official is not None
                else (None if row.has("official") or current is None else current.official_id),
                contact_id=contact.id
                if contact is not None
                else (None if row.has("contact") or current is None else current.contact_id),
                position=keep("position", "member_position"),
                passport_type=keep("passport_type"),
                passport_number=keep("passport_number"),
                passport_expiry=keep("passport_expiry"),
            )
            if not row.problems and delegation is not None:
                problems = delegation_rules.fill_from_person(self.session, data)
                if current is not None and not problems and self._member_unchanged(current, data, row.get("order")):
                    self.finish(row, RowAction.UNCHANGED, label)
                    continue
                duplicate = delegation_rules.duplicate_problem(
                    self.session, data, current.id if current is not None else None
                )
                checker = Checker()
                data.check(checker)
                row.add_problems(
                    checker.problems + problems + ([duplicate] if duplicate else []), {"member": "official"}
                )
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            order = row.get("order")
            if member is None:
                if order is None:
                    last = self.session.scalar(
                        select(func.max(Member.position)).where(Member.delegation_id == delegation.id)
                    )
                    order = (last or 0) + 1
                member = Member(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, position=order)
                delegation_rules.apply_member(member, data)
                self.session.add(member)
                self.adopt("members", member, row, "this member", "anggota ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(member)
                delegation_rules.apply_member(member, data)
                if order is not None and member.position != order:
                    member.position = order
                changed = [k for k, v in before.items() if getattr(member, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        del loaded

    @staticmethod
    def _member_unchanged(current: Member, data: MemberData, order: int | None) -> bool:
        """Whether the row would leave the stored member as it is (then its rules need not run again)."""
        probe = Member()
        delegation_rules.apply_member(probe, data)
        names = (
            "official_id",
            "contact_id",
            "name",
            "role",
            "grade",
            "passport_type",
            "passport_number",
            "passport_expiry",
            "member_position",
        )
        return all(getattr(probe, n) == getattr(current, n) for n in names) and order in (None, current.position)

    @staticmethod
    def _step_unchanged(step: PermitStep, data: PermitData, order: int | None) -> bool:
        try:
            status = e.PermitStatus(data.status)
        except ValueError:
            return False
        values = {k: clean_value(getattr(data, k)) for k in delegation_rules.PERMIT_FIELDS} | {"status": status}
        return all(getattr(step, k) == v for k, v in values.items()) and order in (None, step.position)

    def itinerary(self, sheet: SheetData) -> None:
        for row in self._delegation_rows(sheet, ItineraryItem):
            gid, text = row.get("gid"), row.get("delegation")
            delegation = self.delegation(row, "delegation", text) if text else None
            day, start, activity = row.get("day"), row.get("start_time"), row.get("activity")
            item = self._child(
                gid,
                delegation,
                partial(_same_item, day, start, activity),
            )
            label = f"{text}: {day.isoformat() if day else ''} {activity or ''}"
            if item is not None and not self.claim("itinerary", item, row, "this itinerary entry", "jadwal ini"):
                item = None
            current = item

            keep = partial(kept, row, current)

            data = ItineraryData(
                delegation_id=delegation.id if delegation is not None else 0,
                day=day,
                activity=activity or "",
                start_time=keep("start_time"),
                end_time=keep("end_time"),
                place=keep("place"),
                counterpart=keep("counterpart"),
                country_code=row.value_or("country", current.country_code if current else None),
                activity_en=keep("activity_en"),
            )
            if row.get("country"):
                self.country(row, "country", row.get("country"))
            if not row.problems and delegation is not None:
                checker = Checker()
                data.check(checker)
                problems = delegation_rules.day_problem(delegation, data.day)
                if item is not None and item.delegation_id != delegation.id:
                    problems.append(
                        Problem(
                            "delegation",
                            "an itinerary item cannot move to another delegation",
                            "jadwal tidak dapat dipindah ke delegasi lain",
                        )
                    )
                row.add_problems(checker.problems + problems)
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values = {name: clean_value(getattr(data, name)) for name in delegation_rules.ITINERARY_FIELDS}
            if item is None:
                item = ItineraryItem(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, **values)
                self.session.add(item)
                self.adopt("itinerary", item, row, "this itinerary entry", "jadwal ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = changed_fields(item, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    def permits(self, sheet: SheetData) -> None:
        for row in self._delegation_rows(sheet, PermitStep):
            gid, text, name = row.get("gid"), row.get("delegation"), row.get("name")
            delegation = self.delegation(row, "delegation", text) if text else None
            step = self._child(gid, delegation, partial(_same_step, name))
            label = f"{text}: {name or ''}"
            if step is not None and not self.claim("permits", step, row, "this permit step", "langkah izin ini"):
                step = None
            current = step

            keep = partial(kept, row, current)

            due = row.value_or("due_days_before", current.due_days_before if current else None)
            data = PermitData(
                delegation_id=delegation.id if delegation is not None else 0,
                name=name or "",
                status=keep("status") or e.PermitStatus.NOT_REQUESTED,
                requested_on=keep("requested_on"),
                granted_on=keep("granted_on"),
                reference=keep("reference"),
                due_days_before=10 if due is None else due,
            )
            if (
                step is not None
                and not row.problems
                and delegation is not None
                and step.delegation_id == delegation.id
                and self._step_unchanged(step, data, row.get("order"))
            ):
                self.finish(row, RowAction.UNCHANGED, label)
                continue
            if not row.problems and delegation is not None:
                checker = Checker()
                data.check(checker)
                problems = delegation_rules.permit_name_problem(
                    self.session, data, current.id if current is not None else None
                )
                if step is not None and step.delegation_id != delegation.id:
                    problems.append(
                        Problem(
                            "delegation",
                            "a permit step cannot move to another delegation",
                            "langkah izin tidak dapat dipindah ke delegasi lain",
                        )
                    )
                row.add_problems(checker.problems + problems)
            if row.problems or delegation is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            values: dict[str, object] = {k: clean_value(getattr(data, k)) for k in delegation_rules.PERMIT_FIELDS}
            values["status"] = e.PermitStatus(data.status)
            order = row.get("order")
            if step is None:
                if order is None:
                    last = self.session.scalar(
                        select(func.max(PermitStep.position)).where(PermitStep.delegation_id == delegation.id)
                    )
                    order = (last or 0) + 1
                step = PermitStep(gid=gid or str(uuid.uuid4()), delegation_id=delegation.id, position=order, **values)
                self.session.add(step)
                self.adopt("permits", step, row, "this permit step", "langkah izin ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                if order is not None:
                    values["position"] = order
                changed = changed_fields(step, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # budget ---------------------------------------------------------------------------------------------


def _same_item(day: date | None, start: time | None, activity: str | None, item: ItineraryItem) -> bool:
    """Whether a stored itinerary entry is the one a row without a global id means."""
    return item.day == day and item.start_time == start and fold(item.activity) == fold(activity or "")


def _same_step(name: str | None, step: PermitStep) -> bool:
    """Whether a stored permit step is the one a row without a global id means."""
    return fold(step.name) == fold(name or "")
