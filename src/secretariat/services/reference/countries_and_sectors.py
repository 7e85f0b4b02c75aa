"""Reference data the office keeps: countries' flags and the fields of cooperation (sectors)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.concurrency import Bilingual
from secretariat.domain.errors import NotFoundError, Problem
from secretariat.domain.validation import Checker
from secretariat.services.common import count_where, fetch, refuse_if_dependants
from secretariat.services.conflicts import check_version, fetch_current
from secretariat.services.context import ServiceContext, reading, writing
from secretariat.services.permissions import require_reference_editor
from secretariat.storage.models import Country, Sector, agreement_sector

_SECTOR_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class CountryView:
    code: str
    alpha3: str
    name_id: str
    name_en: str
    diplomatic_relations: bool
    asean_member: bool
    mission_country_code: str | None
    row_version: int = 0  # the version loaded; hand the view back to update_country_flags(loaded=...)


@dataclass(frozen=True)
class SectorView:
    id: int
    code: str
    name_id: str
    name_en: str
    agreement_count: int
    row_version: int = 0  # the version loaded; hand the view back to update_sector(loaded=...)


def _country_view(country: Country) -> CountryView:
    return CountryView(
        code=country.code,
        alpha3=country.alpha3,
        name_id=country.name_id,
        name_en=country.name_en,
        diplomatic_relations=bool(country.diplomatic_relations),
        asean_member=bool(country.asean_member),
        mission_country_code=country.mission_country_code,
        row_version=country.row_version,
    )


def list_countries(ctx: ServiceContext) -> tuple[CountryView, ...]:
    """Every country (ISO 3166-1), by code, with the office's flags."""
    with reading(ctx) as session:
        return tuple(_country_view(c) for c in session.scalars(select(Country).order_by(Country.code)))


def get_country(ctx: ServiceContext, code: str) -> CountryView:
    with reading(ctx) as session:
        return _country_view(_fetch_country(session, code))


def _fetch_country(session: Session, code: str) -> Country:
    key = (code or "").strip().upper()
    country = session.get(Country, key) if key else None
    if country is None:
        raise NotFoundError(
            f"There is no country '{code}' in the list; choose one from the list (e.g. Japan).",
            f"Tidak ada negara '{code}' dalam daftar; pilih dari daftar (mis. Jepang).",
        )
    return country


def update_country_flags(
    ctx: ServiceContext,
    code: str,
    diplomatic_relations: bool,
    asean_member: bool,
    mission_country_code: str | None,
    *,
    loaded: CountryView | None = None,
) -> None:
    """Set whether Indonesia has diplomatic relations with a country, whether it is in ASEAN, and
    the country of the Indonesian mission accredited to it (for the per-diem fallback; None: its own).

    A mission country must have a mission of its own (no chains), so a country
    others point to cannot itself point elsewhere.
    """
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "change a country's flags", "mengubah keterangan negara")
        country = _fetch_country(session, code)
        mission = (mission_country_code or "").strip().upper() or None
        if loaded is not None:
            country = fetch_current(session, Country, country.code, "country", "negara")
            current = _country_view(country)
            mine = {"diplomatic_relations": diplomatic_relations, "asean_member": asean_member}
            check_version(
                session,
                country,
                loaded.row_version,
                record=Bilingual(f"the country {country.name_en}", f"negara {country.name_id}"),
                values=lambda: {
                    **{name: (getattr(loaded, name), getattr(current, name), bool(mine[name])) for name in mine},
                    "mission_country_code": (loaded.mission_country_code, current.mission_country_code, mission),
                },
                current=lambda: current,
            )
        problems: list[Problem] = []
        if mission is not None:
            target = session.get(Country, mission)
            if target is None:
                problems.append(
                    Problem(
                        "mission_country",
                        f"'{mission_country_code}' is not a known country code",
                        f"'{mission_country_code}' bukan kode negara yang dikenal",
                    )
                )
            elif target.code == country.code:
                problems.append(
                    Problem(
                        "mission_country",
                        "leave it empty when the mission is in the country itself",
                        "kosongkan bila perwakilan berada di negara itu sendiri",
                    )
                )
            elif target.mission_country_code is not None:
                problems.append(
                    Problem(
                        "mission_country",
                        f"{target.name_en} has no Indonesian mission of its own (it is covered from "
                        f"{target.mission_country_code}); choose the country where the mission is",
                        f"{target.name_id} tidak memiliki perwakilan RI sendiri (dirangkap dari "
                        f"{target.mission_country_code}); pilih negara tempat perwakilan berada",
                    )
                )
            covered = session.scalars(
                select(Country.code).where(Country.mission_country_code == country.code).order_by(Country.code)
            ).all()
            if covered:
                problems.append(
                    Problem(
                        "mission_country",
                        f"the mission in {country.name_en} also covers {', '.join(covered)}; it must stay its own",
                        f"perwakilan di {country.name_id} juga merangkap {', '.join(covered)}; harus tetap sendiri",
                    )
                )
        checker = Checker()
        checker.problems.extend(problems)
        checker.raise_if_any()
        values = {
            "diplomatic_relations": bool(diplomatic_relations),
            "asean_member": bool(asean_member),
            "mission_country_code": mission,
        }
        for name, value in values.items():
            if getattr(country, name) != value:
                setattr(country, name, value)


# --- sectors ---------------------------------------------------------------------------------------


def list_sectors(ctx: ServiceContext) -> tuple[SectorView, ...]:
    """The fields of cooperation, by code, with how many agreements use each."""
    with reading(ctx) as session:
        counts: dict[int, int] = dict(
            session.execute(
                select(agreement_sector.c.sector_id, func.count()).group_by(agreement_sector.c.sector_id)
            ).all()
        )
        return tuple(
            SectorView(
                id=s.id,
                code=s.code,
                name_id=s.name_id,
                name_en=s.name_en,
                agreement_count=counts.get(s.id, 0),
                row_version=s.row_version,
            )
            for s in session.scalars(select(Sector).order_by(Sector.code))
        )


def _sector_view(session: Session, sector: Sector) -> SectorView:
    used = session.scalar(
        select(func.count()).select_from(agreement_sector).where(agreement_sector.c.sector_id == sector.id)
    )
    return SectorView(
        id=sector.id,
        code=sector.code,
        name_id=sector.name_id,
        name_en=sector.name_en,
        agreement_count=int(used or 0),
        row_version=sector.row_version,
    )


def _check_sector(session: Session, code: str, name_id: str, name_en: str, exclude_id: int | None) -> None:
    c = Checker()
    if c.required("code", code):
        c.max_length("code", code.strip(), 40)
        if not _SECTOR_CODE.match(code.strip()):
            c.add(
                "code",
                f"'{code}' may hold only lower-case letters, digits and '_', starting with a letter",
                f"'{code}' hanya boleh berisi huruf kecil, angka dan '_', diawali huruf",
            )
        else:
            query = select(Sector.id).where(Sector.code == code.strip())
            if exclude_id is not None:
                query = query.where(Sector.id != exclude_id)
            if session.scalar(query.limit(1)) is not None:
                c.add(
                    "code",
                    f"'{code.strip()}' is already used by another field of cooperation",
                    f"'{code.strip()}' sudah dipakai oleh bidang kerja sama lain",
                )
    c.required("name_id", name_id)
    c.max_length("name_id", name_id, 200)
    c.required("name_en", name_en)
    c.max_length("name_en", name_en, 200)
    c.raise_if_any()


def create_sector(ctx: ServiceContext, code: str, name_id: str, name_en: str) -> int:
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "add a field of cooperation", "menambah bidang kerja sama")
        _check_sector(session, code, name_id, name_en, None)
        sector = Sector(code=code.strip(), name_id=name_id.strip(), name_en=name_en.strip())
        session.add(sector)
        session.flush()
        return sector.id


def update_sector(
    ctx: ServiceContext,
    sector_id: int,
    code: str,
    name_id: str,
    name_en: str,
    *,
    loaded: SectorView | None = None,
) -> None:
    """Change a field of cooperation; ``loaded``: the view the clerk edited (EditConflict when another
    person changed a field since and it differs from what is saved now)."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "change a field of cooperation", "mengubah bidang kerja sama")
        sector = fetch(session, Sector, sector_id, "field of cooperation", "bidang kerja sama")
        if loaded is not None:
            sector = fetch_current(session, Sector, sector_id, "field of cooperation", "bidang kerja sama")
            mine = {"code": code, "name_id": name_id, "name_en": name_en}
            check_version(
                session,
                sector,
                loaded.row_version,
                record=Bilingual(f"the field of cooperation {sector.code}", f"bidang kerja sama {sector.code}"),
                values=lambda: {name: (getattr(loaded, name), getattr(sector, name), mine[name]) for name in mine},
                current=lambda: _sector_view(session, sector),
            )
        _check_sector(session, code, name_id, name_en, sector_id)
        for name, value in (("code", code.strip()), ("name_id", name_id.strip()), ("name_en", name_en.strip())):
            if getattr(sector, name) != value:
                setattr(sector, name, value)


def delete_sector(ctx: ServiceContext, sector_id: int) -> None:
    """Delete a field of cooperation no agreement uses."""
    with writing(ctx) as session:
        require_reference_editor(session, ctx, "delete a field of cooperation", "menghapus bidang kerja sama")
        sector = fetch(session, Sector, sector_id, "field of cooperation", "bidang kerja sama")
        refuse_if_dependants(
            session,
            f"field of cooperation {sector.code}",
            f"bidang kerja sama {sector.code}",
            [("agreement(s)", "perjanjian", count_where(agreement_sector, agreement_sector.c.sector_id == sector_id))],
        )
        session.delete(sector)
