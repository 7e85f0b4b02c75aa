"""The default permit checklist of an outgoing delegation (shared/domain.md, "Delegation visits").

Only a starting point: permit steps differ by office, so each delegation keeps
its own list of steps, which the clerk may rename, remove or add to. The
number of days is how long before departure the request must be filed.

Sources:
- Kemendagri: Permendagri 59/2019 and the 2019 circular, at least 10 days
  before departure (harianjogja.com, 2019-07-02).
- Setneg PDLN: since December 2024 regional heads need the President's
  permission through Setneg's Sistem Informasi PDLN, at least 7 days ahead
  (posmetropadang.co.id 342730; radarlambar 17213).
- Kemlu political clearance, exit permit (service passport) and visa: the
  sources name the steps but no lead time; the days below are working
  assumptions for the office to adjust, marked ``confirmed=False``.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.domain.enums import Direction


@dataclass(frozen=True)
class PermitDefinition:
    code: str
    name_id: str
    name_en: str
    due_days_before: int
    source: str
    confirmed: bool = True  # False: the lead time is an assumption, not a published rule
    directions: tuple[Direction, ...] = (Direction.OUTGOING,)

    @property
    def name(self) -> str:
        """The bilingual name stored on a delegation's permit step."""
        return f"{self.name_id} / {self.name_en}"


DEFAULT_PERMIT_STEPS: tuple[PermitDefinition, ...] = (
    PermitDefinition(
        "kemendagri_permit",
        "Izin perjalanan dinas luar negeri Kemendagri",
        "Ministry of Home Affairs foreign-travel permit",
        10,
        "Permendagri 59/2019; circular of 2019 (at least 10 days before departure)",
    ),
    PermitDefinition(
        "setneg_pdln",
        "Persetujuan Presiden melalui SIMPDLN Setneg",
        "President's permission via Setneg PDLN system",
        7,
        "Setneg Sistem Informasi PDLN, since December 2024 (at least 7 days ahead; for regional heads)",
    ),
    PermitDefinition(
        "kemlu_political_clearance",
        "Political clearance Kemlu",
        "Foreign Ministry political clearance",
        7,
        "Kemlu follows the Kemendagri permit (lead time not published)",
        confirmed=False,
    ),
    PermitDefinition(
        "exit_permit",
        "Exit permit dan paspor dinas",
        "Exit permit and service passport",
        7,
        "Kemlu (paspor dinas / diplomatik); lead time not published",
        confirmed=False,
    ),
    PermitDefinition(
        "visa",
        "Visa negara tujuan",
        "Visa of the destination country",
        14,
        "Embassy of the destination; lead time varies by country",
        confirmed=False,
    ),
)


def default_steps_for(direction: Direction | str) -> tuple[PermitDefinition, ...]:
    """The default steps that apply to a delegation travelling in ``direction``."""
    wanted = Direction(direction)
    return tuple(step for step in DEFAULT_PERMIT_STEPS if wanted in step.directions)
