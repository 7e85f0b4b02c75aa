"""Rules for moving an agreement from one stage of its life to another.

The stage list is data (table ``stage``, seeded from :mod:`stages`); these
rules need no database. A service hands in the stage definitions, where the
agreement is, where it should go, which document kinds are attached and which
fields are filled, and gets back every problem at once.

The rules
---------
* Only stages that apply to the agreement's kind and instrument can be reached.
* Moving forward checks what the target stage requires: its required document
  kinds must be attached and its required fields filled. This holds whether
  the move goes to the next stage or skips some: a reason excuses the stages
  skipped, never the target's own requirements.
* Moving back, skipping one or more applicable stages, or starting a new
  agreement later than the first applicable stage needs a reason (a note).
  Final stages are alternative endings, so they are never "skipped"; and an
  agreement in force (at a live stage) may end at any live stage, so ending it
  skips no live stage either.
* A final stage ends the flow: moving out of it needs a reason.
* A KSDPL agreement (other than a Letter of Intent, which comes before the
  DPRD's approval, or an implementing arrangement under an approved MoU)
  cannot reach the signing stage or any live stage without the DPRD approval
  (PP 28/2018 Art. 30) and the Full Powers letter (Law 24/2000) on file,
  whatever was skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from secretariat.domain.enums import AgreementKind, DocumentKind, Instrument
from secretariat.domain.errors import Problem
from secretariat.domain.labels import label
from secretariat.domain.stages import SIGNED
from secretariat.domain.validation import Checker

# Agreement attributes a stage may require, with their labels (Indonesian, English).
REQUIRABLE_FIELDS: dict[str, tuple[str, str]] = {
    "number": ("Nomor naskah daerah", "Region's reference number"),
    "partner_number": ("Nomor naskah mitra", "Partner's reference number"),
    "signed_on": ("Tanggal penandatanganan", "Date of signing"),
    "signed_place": ("Tempat penandatanganan", "Place of signing"),
    "effective_on": ("Tanggal mulai berlaku", "Date of entry into force"),
    "term_months": ("Jangka waktu (bulan)", "Term (months)"),
    "expires_on": ("Tanggal berakhir", "Expiry date"),
    "notice_months": ("Masa pemberitahuan (bulan)", "Notice period (months)"),
    "sectors": ("Bidang kerja sama", "Fields of cooperation"),
}

# The documents a KSDPL agreement needs before it is signed, whatever stages were skipped.
KSDPL_SIGNING_DOCUMENTS: tuple[DocumentKind, ...] = (DocumentKind.DPRD_APPROVAL, DocumentKind.FULL_POWERS)
# Instruments of a KSDPL agreement that do not need them: a Letter of Intent comes before the
# DPRD's approval; an implementing arrangement rests on the approved MoU above it.
KSDPL_EXEMPT_INSTRUMENTS = frozenset({Instrument.LOI.value, Instrument.ARRANGEMENT.value})

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class StageRule:
    """One stage as the rules see it (codes as plain strings; empty kinds/instruments: all)."""

    code: str
    name_id: str
    name_en: str
    position: int
    kinds: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    required_documents: tuple[str, ...] = ()
    required_fields: tuple[str, ...] = ()
    is_final: bool = False
    is_live: bool = False

    def applies_to(self, kind: str | None, instrument: str | None) -> bool:
        """Whether the stage applies; ``None`` for kind or instrument means "any"."""
        if kind is not None and self.kinds and kind not in self.kinds:
            return False
        return instrument is None or not self.instruments or instrument in self.instruments


def split_codes(text: str | None) -> tuple[str, ...]:
    """ "a, b,,c" -> ("a", "b", "c"): how the stage table keeps its lists."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def join_codes(codes: Iterable[str]) -> str:
    return ",".join(codes)


def _code(value: object) -> str:
    return value.value if isinstance(value, StrEnum) else str(value)


def ordered(stages: Iterable[StageRule]) -> list[StageRule]:
    return sorted(stages, key=lambda s: (s.position, s.code))


def applicable_stages(stages: Iterable[StageRule], kind: str | None, instrument: str | None) -> list[StageRule]:
    """The stages that apply to an agreement of ``kind`` and ``instrument``, in order."""
    return [s for s in ordered(stages) if s.applies_to(kind, instrument)]


def next_stage(stages: Iterable[StageRule], kind: str, instrument: str, current_code: str | None) -> StageRule | None:
    """The next applicable, non-final stage after ``current_code`` (the first one when ``None``)."""
    flow = applicable_stages(stages, kind, instrument)
    current = next((s for s in flow if s.code == current_code), None) if current_code else None
    if current is None and current_code is not None:
        current = next((s for s in ordered(stages) if s.code == current_code), None)
    if current is not None and current.is_final:
        return None
    for stage in flow:
        if stage.is_final:
            continue
        if current is None or stage.position > current.position:
            return stage
    return None


def document_label(code: str, language: str) -> str:
    try:
        return label(DocumentKind(code), "id" if language == "id" else "en")
    except ValueError:
        return code


def field_label(name: str, language: str) -> str:
    labels = REQUIRABLE_FIELDS.get(name)
    if labels is None:
        return name
    return labels[0] if language == "id" else labels[1]


def _names(stages: Sequence[StageRule], language: str) -> str:
    return ", ".join(f'"{s.name_id if language == "id" else s.name_en}"' for s in stages)


def requires_ksdpl_approval(kind: str, instrument: str, target: StageRule) -> bool:
    """Whether reaching ``target`` needs the DPRD approval and Full Powers letter on file."""
    if kind != AgreementKind.KSDPL.value or instrument in KSDPL_EXEMPT_INSTRUMENTS:
        return False
    return target.is_live or target.code == SIGNED


@dataclass(frozen=True)
class TransitionCheck:
    """What moving an agreement to a stage involves, and everything that stops it."""

    current: StageRule | None
    target: StageRule | None
    forward: bool = True
    skipped: tuple[StageRule, ...] = ()
    reason_needed: bool = False
    missing_documents: tuple[str, ...] = ()  # document kind codes, in the order they are required
    missing_fields: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        return not self.problems


def check_transition(
    stages: Iterable[StageRule],
    kind: str,
    instrument: str,
    current_code: str | None,
    target_code: str,
    documents: Iterable[str],
    filled_fields: Iterable[str],
    note: str | None,
) -> TransitionCheck:
    """Check moving an agreement from ``current_code`` (``None``: a new agreement) to ``target_code``.

    ``documents`` are the kinds of the documents attached to the agreement,
    ``filled_fields`` the names of its attributes that hold a value.
    """
    kind, instrument = _code(kind), _code(instrument)
    all_stages = ordered(stages)
    by_code = {s.code: s for s in all_stages}
    current = by_code.get(current_code) if current_code is not None else None
    target = by_code.get(target_code)
    if target is None:
        return TransitionCheck(
            current,
            None,
            problems=(Problem("stage", f'there is no stage "{target_code}"', f'tidak ada tahap "{target_code}"'),),
        )
    if not target.applies_to(kind, instrument):
        return TransitionCheck(
            current,
            target,
            problems=(
                Problem(
                    "stage",
                    f'the stage "{target.name_en}" does not apply to a {kind.upper()} agreement of type {instrument}',
                    f'tahap "{target.name_id}" tidak berlaku untuk perjanjian {kind.upper()} berjenis {instrument}',
                ),
            ),
        )
    if current is not None and current.code == target.code:
        return TransitionCheck(
            current,
            target,
            problems=(
                Problem(
                    "stage",
                    f'the agreement is already at the stage "{target.name_en}"',
                    f'perjanjian sudah berada pada tahap "{target.name_id}"',
                ),
            ),
        )

    has_documents = frozenset(documents)
    filled = frozenset(filled_fields)
    has_note = bool((note or "").strip())
    forward = current is None or target.position > current.position
    problems: list[Problem] = []

    skipped: tuple[StageRule, ...] = ()
    reasons_en: list[str] = []
    reasons_id: list[str] = []
    if forward:
        low = current.position if current is not None else None
        skipped = tuple(
            s
            for s in applicable_stages(all_stages, kind, instrument)
            if (low is None or s.position > low)
            and s.position < target.position
            and not s.is_final
            and not (target.is_final and s.is_live and (current is None or current.is_live))
        )
        if skipped:
            reasons_en.append(f"to skip {_names(skipped, 'en')}")
            reasons_id.append(f"untuk melewati tahap {_names(skipped, 'id')}")
    else:
        assert current is not None  # not forward: there is a current stage
        reasons_en.append(f'to move back from "{current.name_en}" to "{target.name_en}"')
        reasons_id.append(f'untuk kembali dari "{current.name_id}" ke "{target.name_id}"')
    if current is not None and current.is_final:
        reasons_en.append(f'to leave "{current.name_en}", a final stage')
        reasons_id.append(f'untuk keluar dari "{current.name_id}", tahap akhir')
    reason_needed = bool(reasons_en)
    if reason_needed and not has_note:
        problems.append(
            Problem(
                "note",
                f"a reason is required {' and '.join(reasons_en)}",
                f"alasan wajib diisi {' dan '.join(reasons_id)}",
            )
        )

    missing_documents: list[str] = []
    missing_fields: list[str] = []
    if forward:
        for document in target.required_documents:
            if document not in has_documents and document not in missing_documents:
                missing_documents.append(document)
                problems.append(
                    Problem(
                        "documents",
                        f'"{document_label(document, "en")}" must be attached to reach the stage "{target.name_en}"',
                        f'"{document_label(document, "id")}" harus dilampirkan untuk mencapai tahap "{target.name_id}"',
                    )
                )
        for name in target.required_fields:
            if name not in filled and name not in missing_fields:
                missing_fields.append(name)
                problems.append(
                    Problem(
                        name,
                        f'{field_label(name, "en")} is required to reach the stage "{target.name_en}"',
                        f'{field_label(name, "id")} wajib diisi untuk mencapai tahap "{target.name_id}"',
                    )
                )
    if requires_ksdpl_approval(kind, instrument, target):
        for document in (d.value for d in KSDPL_SIGNING_DOCUMENTS):
            if document not in has_documents and document not in missing_documents:
                missing_documents.append(document)
                problems.append(
                    Problem(
                        "documents",
                        f'a KSDPL agreement cannot reach the stage "{target.name_en}" without the '
                        f'"{document_label(document, "en")}" attached (PP 28/2018)',
                        f'perjanjian KSDPL tidak dapat mencapai tahap "{target.name_id}" tanpa '
                        f'"{document_label(document, "id")}" terlampir (PP 28/2018)',
                    )
                )
    return TransitionCheck(
        current=current,
        target=target,
        forward=forward,
        skipped=skipped,
        reason_needed=reason_needed,
        missing_documents=tuple(missing_documents),
        missing_fields=tuple(missing_fields),
        problems=tuple(problems),
    )


def transition_problems(
    stages: Iterable[StageRule],
    kind: str,
    instrument: str,
    current_code: str | None,
    target_code: str,
    documents: Iterable[str],
    filled_fields: Iterable[str],
    note: str | None,
) -> list[Problem]:
    """Every problem with the move; an empty list means it may go ahead."""
    return list(
        check_transition(stages, kind, instrument, current_code, target_code, documents, filled_fields, note).problems
    )


# --- the stage list as data ------------------------------------------------------------------------


@dataclass
class StageData:
    """A stage the office adds or edits."""

    code: str
    name_id: str
    name_en: str
    position: int | None = None  # None: after the last stage
    kinds: list[str] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    required_documents: list[str] = field(default_factory=list)
    required_fields: list[str] = field(default_factory=list)
    is_final: bool = False
    is_live: bool = False

    def check(self, c: Checker) -> None:
        if c.required("code", self.code):
            c.max_length("code", self.code, 40)
            if not _CODE.match(self.code.strip()):
                c.add(
                    "code",
                    f"'{self.code}' may hold only lower-case letters, digits and '_', starting with a letter",
                    f"'{self.code}' hanya boleh berisi huruf kecil, angka dan '_', diawali huruf",
                )
        c.required("name_id", self.name_id)
        c.max_length("name_id", self.name_id, 200)
        c.required("name_en", self.name_en)
        c.max_length("name_en", self.name_en, 200)
        c.range("position", self.position, 0, 1_000_000)
        for name, values, enum_type in (
            ("kinds", self.kinds, AgreementKind),
            ("instruments", self.instruments, Instrument),
            ("required_documents", self.required_documents, DocumentKind),
        ):
            for value in values:
                c.enum(name, value, enum_type)
        for name in self.required_fields:
            if name not in REQUIRABLE_FIELDS:
                allowed = ", ".join(REQUIRABLE_FIELDS)
                c.add(
                    "required_fields",
                    f"'{name}' is not one of: {allowed}",
                    f"'{name}' bukan salah satu dari: {allowed}",
                )
        if self.is_final and self.is_live:
            c.add(
                "is_final",
                "a final stage ends the agreement's life; it cannot also be a live stage",
                "tahap akhir mengakhiri masa perjanjian; tidak dapat sekaligus tahap berlaku",
            )

    def codes(self, name: str) -> tuple[str, ...]:
        """The list ``name`` as unique, stripped codes in the given order."""
        seen: list[str] = []
        for value in getattr(self, name):
            code = _code(value).strip()
            if code and code not in seen:
                seen.append(code)
        return tuple(seen)
