"""The stage-transition rules, without a database, on the default stage list."""

from __future__ import annotations

import pytest

from secretariat.domain.errors import ValidationError
from secretariat.domain.stages import DEFAULT_STAGES
from secretariat.domain.validation import Checker
from secretariat.domain.workflow import (
    StageData,
    StageRule,
    applicable_stages,
    check_transition,
    join_codes,
    next_stage,
    split_codes,
    transition_problems,
)

STAGES = [
    StageRule(
        code=s.code,
        name_id=s.name_id,
        name_en=s.name_en,
        position=s.order,
        kinds=tuple(k.value for k in s.kinds),
        instruments=tuple(i.value for i in s.instruments),
        required_documents=tuple(d.value for d in s.required_documents),
        required_fields=s.required_fields,
        is_final=s.is_final,
        is_live=s.is_live,
    )
    for s in reversed(DEFAULT_STAGES)  # the rules sort by position themselves
]
SIGNING_FIELDS = {"signed_on", "signed_place", "number"}


def problems(current, target, *, kind="ksdll", instrument="mou", documents=(), fields=(), note=None):
    return transition_problems(STAGES, kind, instrument, current, target, documents, fields, note)


def test_applicable_stages_follow_kind_and_instrument() -> None:
    ksdpl_mou = [s.code for s in applicable_stages(STAGES, "ksdpl", "mou")]
    ksdll_mou = [s.code for s in applicable_stages(STAGES, "ksdll", "mou")]
    loi = [s.code for s in applicable_stages(STAGES, "ksdpl", "loi")]
    assert ksdpl_mou[:9] == [
        "initiative",
        "exploration",
        "letter_of_intent",
        "cooperation_plan",
        "consultation",
        "dprd_approval",
        "draft_initialled",
        "full_powers",
        "signed",
    ]
    assert "dprd_approval" not in ksdll_mou and "full_powers" not in ksdll_mou
    assert loi[:4] == ["initiative", "exploration", "letter_of_intent", "signed"]
    assert [s.code for s in applicable_stages(STAGES, None, None)] == [s.code for s in DEFAULT_STAGES]


def test_next_stage_skips_what_does_not_apply_and_ends_at_final() -> None:
    assert next_stage(STAGES, "ksdll", "mou", None).code == "initiative"
    assert next_stage(STAGES, "ksdll", "mou", "consultation").code == "draft_initialled"
    assert next_stage(STAGES, "ksdpl", "mou", "consultation").code == "dprd_approval"
    assert next_stage(STAGES, "ksdll", "mou", "evaluation") is None  # only endings remain
    assert next_stage(STAGES, "ksdll", "mou", "expired") is None


def test_next_stage_without_requirements_passes() -> None:
    assert problems("initiative", "exploration") == []
    check = check_transition(STAGES, "ksdll", "mou", "initiative", "exploration", (), (), None)
    assert check.allowed and check.forward and check.skipped == () and not check.reason_needed


def test_missing_document_blocks_and_names_it_in_both_languages() -> None:
    found = problems("exploration", "letter_of_intent")
    assert len(found) == 1
    assert found[0].field == "documents"
    assert '"Letter of Intent"' in found[0].message_en and "Letter of Intent and action plan" in found[0].message_en
    assert '"Surat Pernyataan Kehendak (LoI)"' in found[0].message_id
    assert problems("exploration", "letter_of_intent", documents={"loi"}) == []


def test_missing_fields_are_listed_exactly() -> None:
    found = problems(
        "full_powers", "signed", kind="ksdll", documents={"dprd_approval", "full_powers"}, fields={"signed_on"}
    )
    # ksdll MoU: full_powers does not apply, but the move from it is still forward to the next stage
    assert {p.field for p in found} == {"signed_place", "number"}
    by_field = {p.field: p for p in found}
    assert by_field["number"].message_en == 'Region\'s reference number is required to reach the stage "Signing"'
    assert by_field["signed_place"].message_id == (
        'Tempat penandatanganan wajib diisi untuk mencapai tahap "Penandatanganan"'
    )


def test_skipping_needs_a_reason_naming_the_skipped_stages() -> None:
    found = problems("initiative", "letter_of_intent", documents={"loi"})
    assert [p.field for p in found] == ["note"]
    assert '"Exploration and feasibility study"' in found[0].message_en
    assert "melewati" in found[0].message_id
    assert problems("initiative", "letter_of_intent", documents={"loi"}, note="   ") != []
    assert problems("initiative", "letter_of_intent", documents={"loi"}, note="LoI came with the request") == []


def test_a_reason_does_not_excuse_the_target_requirements() -> None:
    found = problems("initiative", "signed", note="registering an old MoU")
    assert {p.field for p in found} == SIGNING_FIELDS


def test_moving_back_needs_a_reason_and_checks_no_documents() -> None:
    found = problems("consultation", "exploration")
    assert [p.field for p in found] == ["note"]
    assert "move back" in found[0].message_en and "kembali" in found[0].message_id
    assert problems("consultation", "letter_of_intent", note="LoI to be redone") == []  # LoI file not needed


def test_ksdll_mou_passes_over_dprd_stages_without_a_reason() -> None:
    assert problems("consultation", "draft_initialled", documents={"draft"}) == []
    assert problems("draft_initialled", "signed", fields=SIGNING_FIELDS) == []


def test_ksdpl_mou_cannot_skip_dprd_stages_silently() -> None:
    found = problems("consultation", "draft_initialled", kind="ksdpl", documents={"draft"})
    assert [p.field for p in found] == ["note"]
    assert '"DPRD approval"' in found[0].message_en


def test_ksdpl_signing_needs_dprd_approval_and_full_powers_even_with_a_reason() -> None:
    found = problems("consultation", "signed", kind="ksdpl", fields=SIGNING_FIELDS, note="urgent")
    assert [p.field for p in found] == ["documents", "documents"]
    assert '"DPRD approval"' in found[0].message_en and "KSDPL" in found[0].message_en
    assert '"Full Powers letter"' in found[1].message_en
    assert '"Persetujuan DPRD"' in found[0].message_id
    only_dprd = problems(
        "consultation", "signed", kind="ksdpl", fields=SIGNING_FIELDS, note="urgent", documents={"dprd_approval"}
    )
    assert len(only_dprd) == 1 and "Full Powers" in only_dprd[0].message_en
    assert (
        problems(
            "full_powers", "signed", kind="ksdpl", fields=SIGNING_FIELDS, documents={"dprd_approval", "full_powers"}
        )
        == []
    )


def test_ksdpl_rule_holds_for_later_live_stages_and_moves_back_into_them() -> None:
    found = problems("initiative", "implementation", kind="ksdpl", note="old MoU", fields=SIGNING_FIELDS)
    assert {p.message_en.split('"')[3] for p in found if p.field == "documents"} == {
        "DPRD approval",
        "Full Powers letter",
    }
    back = problems("terminated", "implementation", kind="ksdpl", note="termination withdrawn")
    assert [p.field for p in back] == ["documents", "documents"]


def test_ksdpl_rule_spares_letters_of_intent_and_arrangements() -> None:
    assert problems("letter_of_intent", "signed", kind="ksdpl", instrument="loi", fields=SIGNING_FIELDS) == []
    assert (
        problems("full_powers", "signed", kind="ksdpl", instrument="arrangement", fields=SIGNING_FIELDS, note="x") == []
    )


def test_a_final_stage_ends_the_flow() -> None:
    assert problems("implementation", "expired") == []  # an agreement in force may end at any live stage
    assert problems("evaluation", "terminated") == []  # other endings are alternatives, not skipped stages
    out = problems("expired", "renewed")
    assert [p.field for p in out] == ["note"] and "final stage" in out[0].message_en
    assert problems("expired", "evaluation", note="expiry recorded by mistake") == []


def test_abandoning_before_signing_needs_a_reason() -> None:
    found = problems("exploration", "terminated")
    assert [p.field for p in found] == ["note"]


def test_new_agreement_starting_later_needs_a_reason() -> None:
    assert problems(None, "initiative") == []
    found = problems(None, "exploration")
    assert [p.field for p in found] == ["note"] and '"Initiative"' in found[0].message_en
    assert problems(None, "exploration", note="partner approached us directly") == []


@pytest.mark.parametrize(
    ("current", "target", "kind", "expected"),
    [
        ("initiative", "no_such_stage", "ksdll", 'there is no stage "no_such_stage"'),
        ("consultation", "dprd_approval", "ksdll", 'the stage "DPRD approval" does not apply'),
        ("exploration", "exploration", "ksdll", "already at the stage"),
    ],
)
def test_impossible_targets(current: str, target: str, kind: str, expected: str) -> None:
    found = problems(current, target, kind=kind, note="any")
    assert [p.field for p in found] == ["stage"]
    assert expected in found[0].message_en


def test_problems_come_together() -> None:
    found = problems("initiative", "signed", kind="ksdpl")
    assert sorted(p.field for p in found) == sorted(["note", "documents", "documents", *SIGNING_FIELDS])


def test_codes_round_trip() -> None:
    assert split_codes(" ksdpl, ,mou,") == ("ksdpl", "mou")
    assert split_codes(None) == ()
    assert join_codes(("a", "b")) == "a,b"


def test_stage_data_rules() -> None:
    good = StageData(
        code="ratification",
        name_id="Pengesahan",
        name_en="Ratification",
        kinds=["ksdpl", "ksdpl"],
        required_documents=["signed_scan"],
        required_fields=["signed_on"],
    )
    checker = Checker()
    good.check(checker)
    assert checker.problems == []
    assert good.codes("kinds") == ("ksdpl",)

    bad = StageData(
        code="Bad Code",
        name_id="",
        name_en="x",
        kinds=["state"],
        instruments=["treaty"],
        required_documents=["passport"],
        required_fields=["colour"],
        is_final=True,
        is_live=True,
    )
    checker = Checker()
    bad.check(checker)
    with pytest.raises(ValidationError) as caught:
        checker.raise_if_any()
    assert caught.value.fields == {
        "code",
        "name_id",
        "kinds",
        "instruments",
        "required_documents",
        "required_fields",
        "is_final",
    }
