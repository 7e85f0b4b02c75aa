"""The nine conditions a KSDPL partner must meet (shared/domain.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Condition:
    number: int
    text_id: str
    text_en: str


CONDITIONS: tuple[Condition, ...] = (
    Condition(
        1,
        "Negara mitra mempunyai hubungan diplomatik dengan Indonesia",
        "The partner's country has diplomatic relations with Indonesia",
    ),
    Condition(2, "Merupakan urusan pemerintahan daerah", "The matter is a regional affair"),
    Condition(
        3,
        "Pemerintah daerah tidak membuka kantor perwakilan di luar negeri",
        "The region opens no representative office abroad",
    ),
    Condition(
        4,
        "Mitra tidak mengarah pada campur tangan urusan dalam negeri Indonesia",
        "The partner does not interfere in Indonesia's domestic affairs",
    ),
    Condition(
        5,
        "Sesuai dengan rencana pembangunan nasional dan daerah (RPJMD)",
        "Fits national and regional development plans (RPJMD)",
    ),
    Condition(
        6,
        "Alih ilmu pengetahuan dan teknologi kepada SDM Indonesia",
        "Science and technology transfer reaches Indonesian staff",
    ),
    Condition(7, "Kesetaraan status administrasi dan/atau wilayah", "Equal administrative status and/or territory"),
    Condition(8, "Saling melengkapi", "The partners complement each other"),
    Condition(9, "Peningkatan hubungan antarmasyarakat", "Strengthens people-to-people ties"),
)

CONDITION_NUMBERS = frozenset(c.number for c in CONDITIONS)
