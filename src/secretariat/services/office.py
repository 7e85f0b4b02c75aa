"""The office profile: the region, its head, letterhead lines, paper and numbering patterns.

One row shared by every workstation. Changing a numbering pattern does not
restart its counter: the next number continues the series of that year (or
of the never-resetting series when the new pattern has no ``{year}``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.enums import PaperSize, RegionLevel
from secretariat.domain.errors import Problem, ValidationError
from secretariat.domain.numbering import stored_pattern
from secretariat.domain.records import OfficeProfileData
from secretariat.services.common import validate
from secretariat.services.conflicts import check_version, fetch_current
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import Action, require
from secretariat.storage.models import OfficeProfile

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_MAX_BYTES = 2 * 1024 * 1024
PROFILE_FIELDS = tuple(f.name for f in fields(OfficeProfileData))
_LENGTHS = {
    "region_name_id": 200,
    "region_name_en": 200,
    "head_name": 200,
    "head_title_id": 200,
    "head_title_en": 200,
    "bureau_head_name": 200,
    "bureau_head_title": 200,
    "agreement_pattern": 80,
    "delegation_pattern": 80,
    "letter_pattern": 80,
    "bureau_head_nip": 30,
    "finance_officer_name": 200,
    "finance_officer_title": 200,
    "finance_officer_nip": 30,
    "letterhead_unit": 200,
    "head_letterhead_title": 200,
    "unit_code": 40,
}
_OPTIONAL_TEXT = (
    "letterhead_unit",
    "head_letterhead_title",
    "head_name",
    "head_title_id",
    "head_title_en",
    "bureau_head_name",
    "bureau_head_title",
    "address_lines",
    "contact_lines",
    "bureau_head_nip",
    "finance_officer_name",
    "finance_officer_title",
    "finance_officer_nip",
    "unit_code",
)


@dataclass(frozen=True)
class OfficeProfileView:
    region_name_id: str
    region_name_en: str
    region_level: RegionLevel
    head_name: str | None
    head_title_id: str | None
    head_title_en: str | None
    bureau_head_name: str | None
    bureau_head_title: str | None
    address_lines: str | None
    contact_lines: str | None
    logo_png: bytes | None
    paper: PaperSize
    agreement_pattern: str
    delegation_pattern: str
    letter_pattern: str
    delegation_min_size: int
    delegation_max_size: int
    unit_code: str | None
    updated_at: datetime | None
    bureau_head_nip: str | None = None
    finance_officer_name: str | None = None
    finance_officer_title: str | None = None
    finance_officer_nip: str | None = None
    search_max_characters: int = 200  # the longest search the registers accept (schema 0008)
    search_max_words: int = 20
    row_version: int = 0  # the version loaded; hand the view back to update_office_profile(loaded=...)
    letterhead_unit: str | None = None
    head_emblem_png: bytes | None = None
    head_letterhead_title: str | None = None

    @property
    def is_complete(self) -> bool:
        """Whether the region is named in both languages (documents need it)."""
        return bool(self.region_name_id.strip() and self.region_name_en.strip())

    def to_data(self) -> OfficeProfileData:
        return OfficeProfileData(**{name: getattr(self, name) for name in PROFILE_FIELDS})


def _profile(session: Session) -> OfficeProfile | None:
    return session.scalar(select(OfficeProfile).order_by(OfficeProfile.id).limit(1))


def _view(profile: OfficeProfile | None) -> OfficeProfileView:
    if profile is None:  # a database made before the profile was seeded: show the defaults
        defaults = OfficeProfileData(region_name_id="", region_name_en="", region_level=RegionLevel.PROVINCE)
        values = {name: getattr(defaults, name) for name in PROFILE_FIELDS}
        values["region_level"] = RegionLevel(values["region_level"])
        values["paper"] = PaperSize(values["paper"])
        return OfficeProfileView(updated_at=None, **values)
    return OfficeProfileView(
        updated_at=profile.updated_at,
        row_version=profile.row_version,
        **{name: getattr(profile, name) for name in PROFILE_FIELDS},
    )


def get_office_profile(ctx: ServiceContext) -> OfficeProfileView:
    with reading(ctx) as session:
        return _view(_profile(session))


def _problems(data: OfficeProfileData) -> list[Problem]:
    problems: list[Problem] = []
    for name, limit in _LENGTHS.items():
        value = getattr(data, name)
        if value is not None and len(value) > limit:
            problems.append(
                Problem(
                    name,
                    f"is too long ({len(value)} characters, at most {limit})",
                    f"terlalu panjang ({len(value)} karakter, paling banyak {limit})",
                )
            )
    for name, image in (("logo", data.logo_png), ("head_emblem", data.head_emblem_png)):
        if image is None:
            continue
        if not image.startswith(PNG_SIGNATURE):
            problems.append(Problem(name, "is not a PNG image", "bukan gambar PNG"))
        elif len(image) > LOGO_MAX_BYTES:
            problems.append(
                Problem(
                    name,
                    f"is too large (at most {LOGO_MAX_BYTES // 1024} KiB)",
                    f"terlalu besar (paling banyak {LOGO_MAX_BYTES // 1024} KiB)",
                )
            )
    return problems


def _normalised(data: OfficeProfileData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in PROFILE_FIELDS}
    values["region_name_id"] = data.region_name_id.strip()
    values["region_name_en"] = data.region_name_en.strip()
    values["region_level"] = RegionLevel(data.region_level)
    values["paper"] = PaperSize(data.paper)
    for name in ("agreement_pattern", "delegation_pattern", "letter_pattern"):
        values[name] = getattr(data, name).strip()
    for name in _OPTIONAL_TEXT:
        value = getattr(data, name)
        values[name] = value.strip() or None if isinstance(value, str) else value
    return values


def update_office_profile(
    ctx: ServiceContext, data: OfficeProfileData, *, loaded: OfficeProfileView | None = None
) -> None:
    """Save the office profile; numbering patterns are checked (known fields, ``{seq}`` present), and the
    delegation size limits (1 to 100, minimum not above maximum). ``loaded``: the view the settings
    window showed (EditConflict when another person changed a field since)."""
    for name in ("agreement_pattern", "delegation_pattern", "letter_pattern"):
        value = getattr(data, name)
        if isinstance(value, str):
            # Kept as stored fields whatever words the clerk typed ("{nomor:3}" -> "{seq:03d}").
            try:
                setattr(data, name, stored_pattern(value.strip(), name))
            except ValidationError:
                setattr(data, name, value.strip())  # the check below names what is wrong
    validate(data, extra=_problems(data))
    values = _normalised(data)
    with writing(ctx) as session:
        require(
            session,
            ctx,
            Action.OFFICE_PROFILE,
            "change the office profile and the numbering patterns",
            "mengubah profil kantor dan pola penomoran",
        )
        profile = _profile(session)
        if loaded is not None and profile is not None:
            profile = fetch_current(session, OfficeProfile, profile.id, "office profile", "profil kantor")
            current = _view(profile)
            check_version(
                session,
                profile,
                loaded.row_version,
                record=Bilingual("the office profile", "profil kantor"),
                values=lambda: {name: (getattr(loaded, name), getattr(current, name), values[name]) for name in values},
                current=lambda: current,
            )
        if profile is None:
            profile = OfficeProfile(id=1)
            session.add(profile)
        for name, value in values.items():
            if getattr(profile, name) != value:
                setattr(profile, name, value)
