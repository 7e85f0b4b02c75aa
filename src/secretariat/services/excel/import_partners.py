"""Import of partners, their KSDPL conditions and contacts, and the region's officials."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from secretariat.domain import enums as e
from secretariat.domain.parsing import fold
from secretariat.domain.records import (
    PARTNER_OPTIONAL_FIELDS,
    ConditionData,
    ContactData,
    OfficialData,
    PartnerData,
)
from secretariat.domain.validation import Checker
from secretariat.services.excel.import_core import (
    ImporterCore,
    StagedRecord,
    changed_fields,
    chunks,
    clean_value,
)
from secretariat.services.excel.report import DuplicateHint, RowAction
from secretariat.services.excel.rows import SheetData
from secretariat.services.partners.duplicates import DuplicateCandidate, similar_partners
from secretariat.storage.models import Contact, Official, Partner, PartnerCondition


class PartnerSheets(ImporterCore):
    """The sheets Mitra, Syarat KSDPL, Kontak and Pejabat."""

    def partners(self, sheet: SheetData) -> None:
        known = self.known["partners"]
        added: list[tuple[int, StagedRecord]] = []  # row numbers and staged partners, inserted in bulk below
        # The rows are read, parsed and checked a chunk at a time: only the staged records stay.
        for rows in self.row_chunks(sheet):
            self.prefetch(
                "partners",
                Partner,
                (Partner.code, Partner.gid),
                [r.get("code") for r in rows] + [r.get("gid") for r in rows],
            )
            for row in rows:
                code, gid = row.get("code"), row.get("gid")
                partner = known.by_key.get(gid) if gid else None
                by_code = known.by_key.get(code) if code else None
                if partner is None:
                    partner = by_code
                elif by_code is not None and by_code is not partner:
                    row.add(
                        "code",
                        f"'{code}' is the code of another partner ({by_code.name})",
                        f"'{code}' adalah kode mitra lain ({by_code.name})",
                    )
                if partner is not None and not self.claim("partners", partner, row, f"partner {code}", f"mitra {code}"):
                    partner = None
                current = partner
                data = PartnerData(
                    code=code or "",
                    name=row.value_or("name", current.name if current else None) or "",
                    kind=row.value_or("kind", current.kind if current else None) or "",
                    country_code=row.value_or("country", current.country_code if current else None) or "",
                    **{
                        name: clean_value(row.value_or(name, getattr(current, name) if current else None))
                        for name in PARTNER_OPTIONAL_FIELDS
                    },
                    status=row.value_or("status", current.status if current else None) or e.PartnerStatus.PROSPECT,
                )
                if not row.problems:
                    checker = Checker()
                    data.check(checker)
                    row.add_problems(checker.problems, {"country": "country"})
                    self.country(row, "country", data.country_code or None)
                if row.problems:
                    self.reject_keys("partners", [code, gid], row)
                    self.finish(row, RowAction.REJECTED, code or "")
                    continue
                values = {
                    name: clean_value(getattr(data, name))
                    for name in ("code", "name", "kind", "country_code", "status", *PARTNER_OPTIONAL_FIELDS)
                }
                if partner is None:
                    partner = self.stage_insert(Partner, {"gid": gid or str(uuid.uuid4()), **values})
                    self.register("partners", [code, partner.gid], partner)
                    self.adopt("partners", partner, row, f"partner {code}", f"mitra {code}")
                    added.append((row.number, partner))
                    self.finish(row, RowAction.ADDED, code)
                else:
                    old_code = partner.code
                    changed = changed_fields(partner, values)
                    if old_code != partner.code:
                        known.by_key.pop(old_code, None)
                    self.register("partners", [partner.code, partner.gid], partner)
                    self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, code, changed)
        self.insert_staged()
        self.find_duplicates(sheet, added)

    def find_duplicates(self, sheet: SheetData, added: list[tuple[int, StagedRecord]]) -> None:
        if not added:
            return
        new = [
            DuplicateCandidate(id=p.id, code=p.code, name=p.name, country_code=p.country_code, row=number)
            for number, p in added
        ]
        for hint in similar_partners(self.session, new):
            mine, other, score = hint
            self.duplicates.append(
                DuplicateHint(
                    sheet=sheet.name,
                    row=mine.row or 0,
                    code=mine.code,
                    name=mine.name,
                    country_code=mine.country_code,
                    other_code=other.code,
                    other_name=other.name,
                    other_id=None if other.row is not None else other.id,
                    other_row=other.row,
                    similarity=score,
                    partner_id=mine.id,
                )
            )

    def partner_conditions(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("partner") for r in rows])
        partner_ids = [
            p.id
            for r in rows
            for p in [self.known["partners"].by_key.get(r.get("partner"))]
            if p is not None and p.id is not None
        ]
        stored = {
            (c.partner_id, c.number): c
            for c in self.load_by(PartnerCondition, PartnerCondition.partner_id, partner_ids)
        }
        seen: dict[tuple[int, int], int] = {}
        for row in rows:
            text = row.get("partner")
            partner = self.partner(row, "partner", text) if text else None
            number = row.get("number")
            data = ConditionData(
                number=number or 0, answer=row.get("answer") or "", evidence=clean_value(row.get("evidence"))
            )
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems, {"condition": "number"})
            if partner is not None and number is not None and not row.problems:
                earlier = seen.get((id(partner), number))
                if earlier is not None:
                    row.add(
                        "number",
                        f"condition {number} of this partner is already on row {earlier}",
                        f"syarat {number} mitra ini sudah ada di baris {earlier}",
                    )
                seen[(id(partner), number)] = row.number
            label = f"{text} #{number}" if text else ""
            if row.problems or partner is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            existing = stored.get((partner.id, number))
            values = {"answer": e.Answer(data.answer), "evidence": data.evidence}
            if existing is None:
                condition = PartnerCondition(partner_id=partner.id, number=number, **values)
                self.session.add(condition)
                stored[(partner.id, number)] = condition
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = changed_fields(existing, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    # contacts ------------------------------------------------------------------------------------------

    def contacts(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("partner") for r in rows])
        gids = [r.get("gid") for r in rows if r.get("gid")]
        # Staged contacts (StagedRecord stand-ins, inserted in bulk at the end) join the stored ones.
        by_gid: dict[str, Contact | StagedRecord] = {}
        for chunk in chunks(gids):
            by_gid.update({c.gid: c for c in self.session.scalars(select(Contact).where(Contact.gid.in_(chunk)))})
        partner_ids = sorted(
            {
                p.id
                for r in rows
                if r.get("partner")
                for p in [self.known["partners"].by_key.get(r.get("partner"))]
                if p is not None and p.id is not None
            }
        )
        by_name: dict[tuple[int, str], list[Contact | StagedRecord]] = {}
        for chunk in chunks(partner_ids):
            for stored in self.session.scalars(select(Contact).where(Contact.partner_id.in_(chunk))):
                by_name.setdefault((stored.partner_id, fold(stored.name)), []).append(stored)
                by_gid.setdefault(stored.gid, stored)
        for row in rows:
            text, gid, name = row.get("partner"), row.get("gid"), row.get("name")
            partner = self.partner(row, "partner", text) if text else None
            contact = by_gid.get(gid) if gid else None
            if contact is None and partner is not None and name:
                matches = [c for c in by_name.get((partner.id, fold(name)), []) if self.old(c)]
                if len(matches) > 1:
                    row.add(
                        "name",
                        f"partner {partner.code} has several contacts named '{name}'; give the global id",
                        f"mitra {partner.code} memiliki beberapa kontak bernama '{name}'; isi ID global",
                    )
                contact = matches[0] if len(matches) == 1 else None
            label = f"{text}: {name}" if text else name or ""
            if contact is not None and not self.claim("contacts", contact, row, f"contact {name}", f"kontak {name}"):
                contact = None
            current = contact
            data = ContactData(
                partner_id=partner.id if partner is not None else 0,
                name=name or "",
                **{
                    key: clean_value(row.value_or(key, getattr(current, key) if current else None))
                    for key in (
                        "position",
                        "email",
                        "phone",
                        "languages",
                        "passport_type",
                        "passport_number",
                        "passport_expiry",
                        "notes",
                    )
                },
            )
            if isinstance(data.passport_number, str):
                data.passport_number = data.passport_number.upper()
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if row.problems or partner is None:
                self.reject_keys("contacts", [gid, label], row)
                self.finish(row, RowAction.REJECTED, label)
                continue
            values = {
                "partner_id": partner.id,
                "name": name,
                "position": data.position,
                "email": data.email,
                "phone": data.phone,
                "languages": data.languages,
                "passport_type": data.passport_type,
                "passport_number": data.passport_number,
                "passport_expiry": data.passport_expiry,
                "notes": data.notes,
            }
            if contact is None:
                contact = self.stage_insert(Contact, {"gid": gid or str(uuid.uuid4()), **values})
                by_gid[contact.gid] = contact
                by_name.setdefault((partner.id, fold(name)), []).append(contact)
                self.adopt("contacts", contact, row, f"contact {name}", f"kontak {name}")
                self.register("contacts", [contact.gid, f"{partner.code}: {name}"], contact)
                self.finish(row, RowAction.ADDED, label)
            else:
                changed = changed_fields(contact, values)
                self.register("contacts", [contact.gid, f"{partner.code}: {name}"], contact)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
        self.insert_staged()

    # officials ------------------------------------------------------------------------------------------

    def officials(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        everyone = list(self.session.scalars(select(Official)))
        by_gid = {o.gid: o for o in everyone}
        by_nip = {o.nip: o for o in everyone if o.nip}
        by_name: dict[str, list[Official]] = {}
        for person in everyone:
            by_name.setdefault(fold(person.name), []).append(person)
        for row in rows:
            gid, name = row.get("gid"), row.get("name")
            nip = (row.get("nip") or "").replace(" ", "") or None
            official = by_gid.get(gid) if gid else None
            if official is None and nip:
                official = by_nip.get(nip)
            if official is None and name and not nip:
                matches = [o for o in by_name.get(fold(name), []) if not o.nip and self.old(o)]
                if len(matches) > 1:
                    row.add(
                        "name",
                        f"several officials are named '{name}'; give the NIP or the global id",
                        f"ada beberapa pejabat bernama '{name}'; isi NIP atau ID global",
                    )
                official = matches[0] if len(matches) == 1 else None
            if official is not None and not self.claim(
                "officials", official, row, f"official {name}", f"pejabat {name}"
            ):
                official = None
            if nip and nip in by_nip and by_nip[nip] is not official:
                row.add(
                    "nip",
                    f"NIP {nip} belongs to another official ({by_nip[nip].name})",
                    f"NIP {nip} milik pejabat lain ({by_nip[nip].name})",
                )
            current = official
            data = OfficialData(
                name=name or "",
                position=row.value_or("position", current.position if current else None) or "",
                grade=row.value_or("grade", current.grade if current else None) or "",
                nip=nip if row.has("nip") else (current.nip if current else None),
                **{
                    key: clean_value(row.value_or(key, getattr(current, key) if current else None))
                    for key in ("unit", "passport_type", "passport_number", "passport_expiry", "email", "phone")
                },
            )
            active = row.value_or("active", current.active if current else None)
            data.active = True if active is None else bool(active)
            if isinstance(data.passport_number, str):
                data.passport_number = data.passport_number.upper()
            if not row.problems:
                checker = Checker()
                data.check(checker)
                row.add_problems(checker.problems)
            if row.problems:
                self.reject_keys("officials", [gid, nip], row)
                self.finish(row, RowAction.REJECTED, name or "")
                continue
            values = {
                key: getattr(data, key)
                for key in (
                    "name",
                    "nip",
                    "position",
                    "unit",
                    "grade",
                    "passport_type",
                    "passport_number",
                    "passport_expiry",
                    "email",
                    "phone",
                    "active",
                )
            }
            values["grade"] = e.Grade(data.grade)
            if official is None:
                official = Official(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(official)
                self.adopt("officials", official, row, f"official {name}", f"pejabat {name}")
                self.finish(row, RowAction.ADDED, name)
            else:
                old_nip = official.nip
                changed = changed_fields(official, values)
                if old_nip and old_nip != official.nip:
                    by_nip.pop(old_nip, None)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, name, changed)
            by_gid[official.gid] = official
            if official.nip:
                by_nip[official.nip] = official
            self.register("officials", [official.gid, official.nip], official)

    # agreements -----------------------------------------------------------------------------------------
