from datetime import date
from decimal import Decimal

import pytest

from secretariat.domain import records as r
from secretariat.domain.enums import Instrument, PartnerKind
from secretariat.domain.errors import ValidationError
from secretariat.domain.labels import bilingual, label
from secretariat.domain.stages import DEFAULT_STAGES
from secretariat.domain.validation import Checker


def problems(record: object) -> dict[str, str]:
    checker = Checker()
    record.check(checker)  # type: ignore[attr-defined]
    return {p.field: p.message_en for p in checker.problems}


def test_partner_requires_code_name_kind_country() -> None:
    found = problems(r.PartnerData(code=" ", name="", kind="spaceship", country_code=""))
    assert set(found) == {"code", "name", "kind", "country"}
    assert "spaceship" in found["kind"]


def test_admin_level_only_for_governments() -> None:
    found = problems(r.PartnerData(code="U1", name="Uni", kind="university", country_code="DE", admin_level="city"))
    assert set(found) == {"admin_level"}


def test_bad_email_is_named() -> None:
    assert set(problems(r.PartnerData(code="P", name="N", kind="ngo", country_code="DE", email="x@"))) == {"email"}


def test_agreement_dates_in_order_and_partner_required() -> None:
    found = problems(
        r.AgreementData(
            title_id="T",
            title_en="T",
            kind="ksdpl",
            instrument="mou",
            effective_on=date(2026, 5, 1),
            expires_on=date(2026, 4, 1),
            term_months=0,
        )
    )
    assert set(found) == {"partners", "expires_on", "term_months"}


def test_delegation_end_before_start() -> None:
    found = problems(
        r.DelegationData(
            direction="outgoing",
            purpose="Visit",
            country_code="JP",
            start_on=date(2026, 5, 10),
            end_on=date(2026, 5, 1),
        )
    )
    assert set(found) == {"end_on"}


def test_transaction_rules() -> None:
    assert set(
        problems(
            r.TransactionData(
                budget_line_id=1, occurred_on=date(2026, 1, 1), kind="realisation", amount=Decimal("-1"), currency="USD"
            )
        )
    ) == {"amount", "rate_to_idr"}
    assert set(
        problems(
            r.TransactionData(
                budget_line_id=1, occurred_on=date(2026, 1, 1), kind="grant", amount=Decimal("5"), currency="XXQ"
            )
        )
    ) == {"currency", "donor"}


def test_budget_line_rules() -> None:
    found = problems(
        r.BudgetLineData(fiscal_year=2026, account_code="5-1-02", description="", planned_idr=Decimal("-10.5"))
    )
    assert set(found) == {"account_code", "description", "planned"}


def test_passport_number_needs_expiry() -> None:
    found = problems(r.OfficialData(name="Budi", position="Kepala Biro", grade="B", passport_number="X1234567"))
    assert set(found) == {"passport_expiry"}


def test_condition_yes_needs_evidence() -> None:
    assert set(problems(r.ConditionData(number=1, answer="yes"))) == {"condition 1 evidence"}
    assert set(problems(r.ConditionData(number=10, answer="no"))) == {"condition"}


def test_office_profile_patterns_checked() -> None:
    found = problems(
        r.OfficeProfileData(
            region_name_id="Pemerintah Kota Surabaya",
            region_name_en="Surabaya City Government",
            region_level="city",
            agreement_pattern="KS/{year}",
        )
    )
    assert set(found) == {"agreement_pattern"}


def test_validation_error_message_in_both_languages() -> None:
    checker = Checker()
    checker.required("name", "")
    with pytest.raises(ValidationError) as caught:
        checker.raise_if_any()
    # The field is named by its label, not its column name.
    assert caught.value.message("en") == "Name: is required"
    assert caught.value.message("id") == "Nama: wajib diisi"


def test_every_enumeration_member_has_its_own_label() -> None:
    from enum import StrEnum

    from secretariat.domain import enums

    for enum_type in vars(enums).values():
        if isinstance(enum_type, type) and issubclass(enum_type, StrEnum) and enum_type is not StrEnum:
            for member in enum_type:
                assert label(member) and label(member, "en")
    # same value, different enumerations, different labels
    assert label(enums.MemberRole.HEAD, "en") == "Head of delegation"
    assert label(enums.UserRole.HEAD, "en") == "Head of bureau"
    assert label(enums.ActivityKind.GRANT, "en") == "Grant"
    assert label(enums.TransactionKind.GRANT, "en") == "Grant received"
    assert label(enums.Instrument.LOI, "en") == "Letter of Intent (LoI)"
    assert label(enums.DocumentKind.LOI, "en") == "Letter of Intent"


def test_labels_in_both_languages() -> None:
    assert label(PartnerKind.UNIVERSITY) == "Perguruan tinggi / sekolah"
    assert label(PartnerKind.UNIVERSITY, "en") == "University or school"
    assert bilingual(Instrument.MOU) == "Nota Kesepahaman (MoU) / Memorandum of Understanding (MoU)"


def test_default_stage_list_is_ordered_and_unique() -> None:
    orders = [s.order for s in DEFAULT_STAGES]
    assert orders == sorted(orders)
    assert len({s.code for s in DEFAULT_STAGES}) == len(DEFAULT_STAGES)
    assert {"initiative", "dprd_approval", "full_powers", "signed", "implementation", "expired"} <= {
        s.code for s in DEFAULT_STAGES
    }
