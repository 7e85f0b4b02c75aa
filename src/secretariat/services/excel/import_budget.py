"""Import of budget lines, their transactions, the per-diem rate table and the travel-cost table."""

from __future__ import annotations

import uuid
from functools import partial

from sqlalchemy import select

from secretariat.domain import enums as e
from secretariat.domain import excel_format as fmt
from secretariat.domain.errors import UserError, ValidationError
from secretariat.domain.money import Money
from secretariat.domain.parsing import fold
from secretariat.domain.records import BudgetLineData, PerDiemRateData, TransactionData
from secretariat.services.budget import lines as budget_rules
from secretariat.services.delegations import per_diem as per_diem_rules
from secretariat.services.delegations import travel_costs as travel_cost_rules
from secretariat.services.excel.import_core import ImporterCore, changed_fields, chunks, clean_value, kept
from secretariat.services.excel.report import RowAction
from secretariat.services.excel.rows import RowValues, SheetData
from secretariat.storage.models import (
    Agreement,
    BudgetLine,
    Delegation,
    Partner,
    PerDiemRate,
    Transaction,
    TravelCostRate,
)


class BudgetSheets(ImporterCore):
    """The sheets Anggaran, Transaksi and Uang Harian."""

    def budget_lines(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("agreements", Agreement, (Agreement.number, Agreement.gid), [r.get("agreement") for r in rows])
        self.prefetch("delegations", Delegation, (Delegation.code, Delegation.gid), [r.get("delegation") for r in rows])
        years = sorted({r.get("fiscal_year") for r in rows if isinstance(r.get("fiscal_year"), int)})
        lines: list[BudgetLine] = (
            list(self.session.scalars(select(BudgetLine).where(BudgetLine.fiscal_year.in_(years)))) if years else []
        )
        gids = [r.get("gid") for r in rows if r.get("gid")]
        for chunk in chunks(gids):
            lines += list(self.session.scalars(select(BudgetLine).where(BudgetLine.gid.in_(chunk))))
        by_gid = {line.gid: line for line in lines}
        for row in rows:
            gid = row.get("gid")
            year, account, description = row.get("fiscal_year"), row.get("account_code"), row.get("description")
            line = by_gid.get(gid) if gid else None
            if line is None and not gid and year and account and description:
                matches = [
                    x
                    for x in by_gid.values()
                    if self.old(x)
                    and x.fiscal_year == year
                    and x.account_code == account
                    and fold(x.description) == fold(description)
                ]
                if len(matches) > 1:
                    row.add(
                        "description",
                        "several budget lines have this year, account code and description; give the global id",
                        "beberapa baris anggaran bertahun, kode rekening dan uraian sama; isi ID global",
                    )
                line = matches[0] if len(matches) == 1 else None
            key_text = fmt.budget_line_key(year, account, description) if year and account and description else ""
            if line is not None and not self.claim(
                "budget_lines", line, row, f"budget line {key_text}", f"baris anggaran {key_text}"
            ):
                line = None
            current = line
            ids: dict[str, int | None] = {}
            for key, finder in (("agreement", self.agreement), ("delegation", self.delegation)):
                ids[key] = getattr(current, f"{key}_id") if current is not None and not row.has(key) else None
                if row.get(key):
                    target = finder(row, key, row.get(key))
                    ids[key] = target.id if target is not None else None
            activity = clean_value(row.value_or("activity", current.activity if current else None))
            planned = row.get("planned_idr")
            if row.problems:
                self.reject_keys("budget_lines", [gid, key_text], row)
                self.finish(row, RowAction.REJECTED, key_text)
                continue
            if (
                line is not None
                and planned == line.planned_idr
                and activity == line.activity
                and (year, account, description, ids["agreement"], ids["delegation"])
                == (line.fiscal_year, line.account_code, line.description, line.agreement_id, line.delegation_id)
            ):
                self.register("budget_lines", [line.gid, key_text], line)
                self.finish(row, RowAction.UNCHANGED, key_text)
                continue
            data = BudgetLineData(
                fiscal_year=year,
                account_code=account,
                description=description,
                planned_idr=planned,
                activity=activity,
                agreement_id=ids["agreement"],
                delegation_id=ids["delegation"],
            )
            try:
                planned_idr = budget_rules.prepare_line(
                    self.session,
                    data,
                    line.account_code if line is not None else None,
                    line.id if line is not None else None,
                )
                if line is not None:
                    budget_rules.refuse_if_closed(self.session, line.fiscal_year)
                    if year != line.fiscal_year:
                        problems = budget_rules.outside_year(self.session, line.id, year)
                        if problems:
                            raise ValidationError(problems)
                budget_rules.refuse_if_closed(self.session, year)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"planned": "planned_idr"})
            except UserError as exc:
                row.add("fiscal_year", exc.message_en, exc.message_id)
            if row.problems:
                self.reject_keys("budget_lines", [gid, key_text], row)
                self.finish(row, RowAction.REJECTED, key_text)
                continue
            values = {
                "fiscal_year": year,
                "account_code": data.account_code,
                "activity": activity,
                "description": clean_value(description),
                "planned_idr": planned_idr,
                "agreement_id": ids["agreement"],
                "delegation_id": ids["delegation"],
            }
            if line is None:
                line = BudgetLine(gid=gid or str(uuid.uuid4()), **values)
                self.session.add(line)
                by_gid[line.gid] = line
                self.adopt("budget_lines", line, row, f"budget line {key_text}", f"baris anggaran {key_text}")
                self.finish(row, RowAction.ADDED, key_text)
            else:
                changed = changed_fields(line, values)
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, key_text, changed)
            self.register("budget_lines", [line.gid, key_text], line)
        self.session.flush()

    def transactions(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        self.prefetch("partners", Partner, (Partner.code, Partner.gid), [r.get("donor") for r in rows])
        gids = [r.get("gid") for r in rows if r.get("gid")]
        by_gid: dict[str, Transaction] = {}
        for chunk in chunks(gids):
            by_gid.update(
                {t.gid: t for t in self.session.scalars(select(Transaction).where(Transaction.gid.in_(chunk)))}
            )
        for row in rows:
            gid, text = row.get("gid"), row.get("budget_line")
            line = self.budget_line(row, "budget_line", text) if text else None
            donor = self.partner(row, "donor", row.get("donor")) if row.get("donor") else None
            currency = row.get("currency") or "IDR"
            amount = row.get("amount")
            label = f"{text}: {row.get('occurred_on') or ''} {amount or ''} {currency}"
            transaction = by_gid.get(gid) if gid else None
            if transaction is None and not gid and line is not None and line.id is not None:
                transaction = self._same_transaction(row, line, currency, donor)
            if transaction is not None and not self.claim(
                "transactions", transaction, row, "this transaction", "transaksi ini"
            ):
                transaction = None
            if row.problems or line is None:
                self.finish(row, RowAction.REJECTED, label)
                continue
            current = transaction

            keep = partial(kept, row, current)

            data = TransactionData(
                budget_line_id=line.id,
                occurred_on=row.get("occurred_on"),
                kind=row.get("kind"),
                amount=amount,
                currency=currency,
                rate_to_idr=row.get("rate_to_idr") if currency != "IDR" else None,
                donor_partner_id=donor.id
                if donor is not None
                else (None if row.has("donor") or current is None else current.donor_partner_id),
                form=keep("form") or e.GrantForm.CASH,
                description=keep("description"),
                reference=keep("reference"),
            )
            if transaction is not None and self._transaction_unchanged(transaction, data):
                self.finish(row, RowAction.UNCHANGED, label)
                continue
            try:
                amounts = budget_rules.prepare_transaction(self.session, data)
                if transaction is not None:
                    budget_rules.refuse_if_closed(self.session, transaction.budget_line.fiscal_year)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"budget_line": "budget_line", "donor": "donor"})
            except UserError as exc:
                row.add("occurred_on", exc.message_en, exc.message_id)
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if transaction is None:
                transaction = Transaction(gid=gid or str(uuid.uuid4()))
                budget_rules.apply_transaction(transaction, data, amounts)
                self.session.add(transaction)
                self.adopt("transactions", transaction, row, "this transaction", "transaksi ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(transaction)
                budget_rules.apply_transaction(transaction, data, amounts)
                changed = [k for k, v in before.items() if getattr(transaction, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    def _same_transaction(
        self, row: RowValues, line: BudgetLine, currency: str, donor: Partner | None
    ) -> Transaction | None:
        amount = row.get("amount")
        if amount is None or not row.get("occurred_on"):
            return None
        try:
            minor = Money(amount, currency).minor
        except ValueError:
            return None
        candidates = self.session.scalars(
            select(Transaction).where(
                Transaction.budget_line_id == line.id,
                Transaction.occurred_on == row.get("occurred_on"),
                Transaction.kind == row.get("kind"),
                Transaction.amount_minor == minor,
                Transaction.currency == currency,
            )
        ).all()
        reference = clean_value(row.get("reference"))
        matches = [
            t
            for t in candidates
            if self.old(t) and t.reference == reference and (donor is None or t.donor_partner_id == donor.id)
        ]
        return matches[0] if len(matches) == 1 else None

    @staticmethod
    def _transaction_unchanged(row: Transaction, data: TransactionData) -> bool:
        try:
            minor = Money(data.amount, data.currency).minor if data.amount is not None else None
        except ValueError:
            return False
        rate_same = (data.currency == "IDR" and data.rate_to_idr is None) or data.rate_to_idr == row.rate_to_idr
        return (
            row.budget_line_id,
            row.occurred_on,
            row.kind,
            row.amount_minor,
            row.currency,
            row.donor_partner_id,
            row.form,
            row.description,
            row.reference,
        ) == (
            data.budget_line_id,
            data.occurred_on,
            data.kind,
            minor,
            data.currency,
            data.donor_partner_id,
            data.form,
            data.description,
            data.reference,
        ) and rate_same

    # activities -----------------------------------------------------------------------------------------

    def travel_cost_rates(self, sheet: SheetData) -> None:
        """Rates of the travel-cost table; two rows of the same item, country, grade and date are refused, the
        second naming the first."""
        for row in self.rows(sheet):
            gid, kind, country, grade = (row.get(k) for k in ("gid", "kind", "country", "grade"))
            valid_from = row.get("valid_from")
            rate: TravelCostRate | None = None
            if gid:
                rate = self.session.scalar(select(TravelCostRate).where(TravelCostRate.gid == gid))
            if rate is None and not gid and kind and valid_from:
                rate = self.session.scalar(
                    select(TravelCostRate).where(
                        TravelCostRate.kind == kind,
                        TravelCostRate.country_code.is_(None)
                        if not country
                        else TravelCostRate.country_code == country,
                        TravelCostRate.grade.is_(None) if not grade else TravelCostRate.grade == grade,
                        TravelCostRate.valid_from == valid_from,
                    )
                )
            label = " ".join(str(v) for v in (kind, country or "*", grade or "*", valid_from or "") if v)
            if rate is not None and not self.claim("travel_cost_rates", rate, row, "this rate", "tarif ini"):
                rate = None
            if country:
                self.country(row, "country", country)
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            data = travel_cost_rules.CostRateData(
                kind=kind or "",
                amount=row.get("amount"),
                currency=row.get("currency") or "USD",
                valid_from=valid_from,
                source=row.get("source"),
                country_code=country,
                grade=grade,
                travel_class=row.get("travel_class"),
            )
            try:
                minor = travel_cost_rules.prepare_cost_rate(self.session, data, rate.id if rate is not None else None)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"country": "country"})
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if rate is None:
                rate = TravelCostRate(gid=gid or str(uuid.uuid4()))
                travel_cost_rules.store_cost_rate(self.session, rate, data, minor)
                self.adopt("travel_cost_rates", rate, row, "this rate", "tarif ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(rate)
                travel_cost_rules.store_cost_rate(self.session, rate, data, minor)
                changed = [k for k, v in before.items() if getattr(rate, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)

    def per_diem_rates(self, sheet: SheetData) -> None:
        rows = self.rows(sheet)
        for row in rows:
            gid, country, grade, valid_from = (row.get(k) for k in ("gid", "country", "grade", "valid_from"))
            rate: PerDiemRate | None = None
            if gid:
                rate = self.session.scalar(select(PerDiemRate).where(PerDiemRate.gid == gid))
            if rate is None and not gid and country and grade and valid_from:
                rate = self.session.scalar(
                    select(PerDiemRate).where(
                        PerDiemRate.country_code == country,
                        PerDiemRate.grade == grade,
                        PerDiemRate.valid_from == valid_from,
                    )
                )
            label = f"{country or ''} {grade or ''} {valid_from.isoformat() if valid_from else ''}"
            if rate is not None and not self.claim("per_diem_rates", rate, row, "this rate", "tarif ini"):
                rate = None
            self.country(row, "country", country)
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            data = PerDiemRateData(
                country_code=country,
                grade=grade,
                amount=row.get("amount"),
                valid_from=valid_from,
                currency=row.get("currency") or "USD",
                source=row.get("source"),
            )
            try:
                minor = per_diem_rules.prepare_rate(self.session, data, rate.id if rate is not None else None)
            except ValidationError as exc:
                row.add_problems(exc.problems, {"country": "country"})
            if row.problems:
                self.finish(row, RowAction.REJECTED, label)
                continue
            if rate is None:
                rate = PerDiemRate(gid=gid or str(uuid.uuid4()))
                per_diem_rules.store_rate(self.session, rate, data, minor)
                self.adopt("per_diem_rates", rate, row, "this rate", "tarif ini")
                self.finish(row, RowAction.ADDED, label)
            else:
                before = self._snapshot(rate)
                per_diem_rules.store_rate(self.session, rate, data, minor)
                changed = [k for k, v in before.items() if getattr(rate, k) != v]
                self.finish(row, RowAction.UPDATED if changed else RowAction.UNCHANGED, label, changed)
