"""Probable duplicate partners (same country, similar name) and merging two partners, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from secretariat.domain.errors import ValidationError
from secretariat.domain.records import (
    AgreementData,
    BudgetLineData,
    ConditionData,
    ContactData,
    PartnerData,
    TransactionData,
)
from secretariat.services.agreements import records as agreements
from secretariat.services.budget import lines as budget
from secretariat.services.context import ServiceContext, open_context, reading
from secretariat.services.partners import records as partner_service
from secretariat.services.partners.duplicates import (
    find_duplicate_partners,
    merge_partners,
    normalise_name,
    similarity,
)
from secretariat.storage.models import AgreementPartner, AuditEntry, Contact, Partner, PartnerCondition, Transaction


@pytest.fixture
def ctx(database) -> ServiceContext:  # type: ignore[no-untyped-def]
    return open_context(database, login="tester")


def partner(ctx: ServiceContext, code: str, name: str, country: str = "JP", **fields: object) -> int:
    return partner_service.create_partner(
        ctx,
        PartnerData(
            code=code, name=name, kind=str(fields.pop("kind", "regional_government")), country_code=country, **fields
        ),
    )  # type: ignore[arg-type]


def test_names_are_normalised_across_languages() -> None:
    assert normalise_name("Osaka Prefectural Government") == normalise_name("Pemerintah Prefektur Osaka")
    assert normalise_name("Kota Surabaya") == normalise_name("Surabaya City")
    assert normalise_name("Osaka City") != normalise_name("Osaka Prefecture")
    assert normalise_name("Ville de Lyon") == normalise_name("ville lyon")
    assert normalise_name("The Government") == "government the"  # only generic words: all kept


def test_similarity_scores() -> None:
    assert similarity("Osaka Prefectural Government", "Pemerintah Prefektur Osaka") == 1.0
    assert similarity("Technische Universität München", "Technische Universitaet Muenchen") > 0.88
    assert similarity("Tokyo University", "Tokyo Metropolitan Government") < 0.6
    assert similarity("Osaka City", "Osaka Prefecture") < 0.88


def test_find_duplicate_partners_pairs_same_country_similar_names(ctx: ServiceContext) -> None:
    a = partner(ctx, "JP-OSAKA", "Osaka Prefectural Government")
    b = partner(ctx, "JP-OSAKA-2", "Pemerintah Prefektur Osaka")
    partner(ctx, "JP-OSAKA-CITY", "Osaka City")
    partner(ctx, "KR-OSAKA", "Osaka Prefectural Government", country="KR")
    partner(ctx, "JP-KOBE", "Kobe City")
    pairs = find_duplicate_partners(ctx)
    assert [(p.first_id, p.second_id, p.country_code, p.similarity) for p in pairs] == [(a, b, "JP", 1.0)]
    assert find_duplicate_partners(ctx, country_code="kr") == []


def test_merge_moves_agreements_contacts_grants_and_answers(ctx: ServiceContext) -> None:
    keep = partner(ctx, "JP-OSAKA", "Osaka Prefectural Government")
    drop = partner(
        ctx,
        "JP-OSAKA-2",
        "Pemerintah Prefektur Osaka",
        website="https://www.pref.osaka.lg.jp",
        head_name="Yoshimura Hirofumi",
    )
    partner_service.update_partner(
        ctx,
        drop,
        partner_service.get_partner(ctx, drop).to_data(),
        [ConditionData(1, "yes", "Hubungan diplomatik sejak 1958")],
    )
    partner_service.add_contact(ctx, ContactData(partner_id=drop, name="Tanaka Hiroshi"))
    only_drop = agreements.create_agreement(
        ctx, AgreementData(title_id="MoU A", title_en="MoU A", kind="ksdpl", instrument="mou", partner_ids=[drop])
    )
    both = agreements.create_agreement(
        ctx, AgreementData(title_id="MoU B", title_en="MoU B", kind="ksdpl", instrument="mou", partner_ids=[keep, drop])
    )
    line = budget.create_budget_line(
        ctx,
        BudgetLineData(fiscal_year=2026, account_code="4.3.01.01.01.0001", description="Hibah", planned_idr=Decimal(0)),
    )
    budget.add_transaction(
        ctx,
        TransactionData(
            budget_line_id=line,
            occurred_on=date(2026, 3, 1),
            kind="grant",
            amount=Decimal(1000),
            currency="IDR",
            donor_partner_id=drop,
            form="in_kind",
        ),
    )

    result = merge_partners(ctx, keep, drop)
    assert (result.agreements, result.contacts, result.grants, result.conditions) == (2, 1, 1, 1)
    assert set(result.fields) == {"website", "head_name"}
    with reading(ctx) as session:
        assert session.get(Partner, drop) is None
        kept = session.get(Partner, keep)
        assert kept.website == "https://www.pref.osaka.lg.jp"
        assert [c.name for c in session.scalars(select(Contact).where(Contact.partner_id == keep))] == [
            "Tanaka Hiroshi"
        ]
        assert session.scalar(select(Transaction.donor_partner_id)) == keep
        parties = session.execute(select(AgreementPartner.agreement_id, AgreementPartner.partner_id)).all()
        assert sorted(parties) == sorted([(only_drop, keep), (both, keep)])
        answer = session.scalar(select(PartnerCondition).where(PartnerCondition.partner_id == keep))
        assert (answer.number, answer.answer) == (1, "yes")
        merge_entry = session.scalar(select(AuditEntry).where(AuditEntry.summary == "JP-OSAKA <- JP-OSAKA-2"))
        assert json.loads(merge_entry.changes)["contacts"] == [None, 1]
        deleted = session.scalar(
            select(AuditEntry).where(AuditEntry.entity == "partner", AuditEntry.action == "delete")
        )
        assert deleted.entity_id == str(drop)


def test_merge_refuses_itself_and_other_countries(ctx: ServiceContext) -> None:
    keep = partner(ctx, "JP-OSAKA", "Osaka Prefectural Government")
    other = partner(ctx, "KR-OSAKA", "Osaka Prefectural Government", country="KR")
    with pytest.raises(ValidationError) as caught:
        merge_partners(ctx, keep, keep)
    assert "itself" in caught.value.message("en")
    with pytest.raises(ValidationError) as caught:
        merge_partners(ctx, keep, other)
    assert "negara berbeda" in caught.value.message("id")
