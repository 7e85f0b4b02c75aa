"""The default stage list of an agreement's life (shared/domain.md, "Stages of an agreement").

This is only the seed: the stages are stored as data in the database and the
office may rename, reorder or add stages. Codes are stable identifiers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secretariat.domain.enums import AgreementKind, DocumentKind, Instrument


@dataclass(frozen=True)
class StageDefinition:
    code: str
    name_id: str
    name_en: str
    order: int
    kinds: tuple[AgreementKind, ...] = ()  # empty: every kind
    instruments: tuple[Instrument, ...] = ()  # empty: every instrument
    required_documents: tuple[DocumentKind, ...] = ()
    required_fields: tuple[str, ...] = ()
    is_final: bool = False
    is_live: bool = False  # the agreement is in force at this stage
    notes: str = field(default="")


SIGNED = "signed"
IMPLEMENTATION = "implementation"
DPRD_APPROVAL = "dprd_approval"
FULL_POWERS = "full_powers"

DEFAULT_STAGES: tuple[StageDefinition, ...] = (
    StageDefinition("initiative", "Prakarsa", "Initiative", 10),
    StageDefinition("exploration", "Penjajakan dan studi kelayakan", "Exploration and feasibility study", 20),
    StageDefinition(
        "letter_of_intent",
        "Pernyataan Kehendak (LoI) dan rencana aksi",
        "Letter of Intent and action plan",
        30,
        required_documents=(DocumentKind.LOI,),
    ),
    StageDefinition(
        "cooperation_plan",
        "Rencana Kerja Sama dan kajian TKKSD",
        "Cooperation plan and TKKSD review",
        40,
        instruments=(Instrument.MOU, Instrument.ARRANGEMENT, Instrument.OTHER),
    ),
    StageDefinition(
        "consultation",
        "Konsultasi / fasilitasi Kemendagri",
        "Consultation with the Ministry of Home Affairs",
        50,
        instruments=(Instrument.MOU, Instrument.ARRANGEMENT, Instrument.OTHER),
    ),
    StageDefinition(
        DPRD_APPROVAL,
        "Persetujuan DPRD",
        "DPRD approval",
        60,
        kinds=(AgreementKind.KSDPL,),
        instruments=(Instrument.MOU,),
        required_documents=(DocumentKind.DPRD_APPROVAL,),
    ),
    StageDefinition(
        "draft_initialled",
        "Rapat interkementerian dan paraf naskah",
        "Inter-ministerial meeting, draft initialled",
        70,
        instruments=(Instrument.MOU, Instrument.ARRANGEMENT, Instrument.OTHER),
        required_documents=(DocumentKind.DRAFT,),
    ),
    StageDefinition(
        FULL_POWERS,
        "Persetujuan Pemerintah dan Surat Kuasa",
        "Government approval and Full Powers",
        80,
        kinds=(AgreementKind.KSDPL,),
        instruments=(Instrument.MOU,),
        required_documents=(DocumentKind.FULL_POWERS,),
    ),
    StageDefinition(
        SIGNED,
        "Penandatanganan",
        "Signing",
        90,
        required_fields=("signed_on", "signed_place", "number"),
        is_live=True,
    ),
    StageDefinition(IMPLEMENTATION, "Pelaksanaan", "Implementation", 100, is_live=True),
    StageDefinition("evaluation", "Pemantauan dan evaluasi", "Monitoring and evaluation", 110, is_live=True),
    StageDefinition("renewed", "Diperpanjang", "Renewed", 120, is_final=True),
    StageDefinition("expired", "Berakhir", "Expired", 130, is_final=True),
    StageDefinition("terminated", "Diakhiri", "Terminated", 140, is_final=True),
)
