"""Probable duplicate partners (same country, similar name), and merging two partners into one.

Users of partner registries name duplicated partner records as one of their
main problems (shared/domain.md). Two partners are *probably* the same when
they are in the same country and their names, normalised, are similar:

* normalising folds accents and case, drops punctuation, drops the words
  "government" / "pemerintah" and articles, and writes the level of a
  government one way in both languages ("Prefektur", "Prefectural",
  "Provinsi" -> ``province``; "Kota" -> ``city``; "Kabupaten", "County" ->
  ``regency``), then sorts the words; "Osaka Prefectural Government" and
  "Pemerintah Prefektur Osaka" become the same text, while "Osaka City" stays
  apart from "Osaka Prefecture";
* the similarity is rapidfuzz's normalised Indel similarity of those texts
  (0 to 1); :data:`THRESHOLD` decides what is flagged.

Nothing is merged automatically: the clerk confirms with :func:`merge_partners`,
which moves the agreements, contacts, grants and attachments of one partner to
the other, fills the kept partner's empty fields, deletes the other, and is
audited like every write.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.domain.errors import LockedError, Problem, ValidationError
from secretariat.domain.parsing import fold
from secretariat.domain.records import PARTNER_OPTIONAL_FIELDS
from secretariat.services.backups import backup_before
from secretariat.services.common import fetch
from secretariat.services.context import ServiceContext, reading, write_action, writing
from secretariat.services.permissions import Action, require
from secretariat.storage.models import (
    AgreementPartner,
    Attachment,
    AuditEntry,
    BudgetLine,
    Contact,
    FiscalYear,
    Partner,
    PartnerCondition,
    Transaction,
)
from secretariat.storage.types import utcnow

__all__ = [
    "THRESHOLD",
    "DuplicateCandidate",
    "DuplicatePair",
    "MergeResult",
    "find_duplicate_partners",
    "merge_partners",
    "normalise_name",
    "similar_partners",
    "similarity",
]

#: Similarity (0 to 1) from which two partners of one country are flagged as probably the same.
THRESHOLD = 0.88
_COMMON_TOKEN_LIMIT = 400  # a word shared by more names of one country than this does not pair names by itself

_CANONICAL = {
    "government": "",
    "govt": "",
    "gov": "",
    "pemerintah": "",
    "pemerintahan": "",
    "pemda": "",
    "pemkot": "city",
    "pemkab": "regency",
    "pemprov": "province",
    "prefectural": "province",
    "prefecture": "province",
    "prefektur": "province",
    "provincial": "province",
    "province": "province",
    "provinsi": "province",
    "prov": "province",
    "kota": "city",
    "city": "city",
    "municipal": "city",
    "municipality": "city",
    "metropolitan": "city",
    "kabupaten": "regency",
    "kab": "regency",
    "regency": "regency",
    "county": "regency",
    "of": "",
    "the": "",
    "and": "",
    "dan": "",
    "de": "",
    "du": "",
    "des": "",
    "la": "",
    "le": "",
    "der": "",
    "die": "",
    "das": "",
    "von": "",
    "di": "",
    "del": "",
    "da": "",
    "van": "",
}


def normalise_name(name: str) -> str:
    """The comparable form of a partner's name (see the module text)."""
    words = []
    for word in fold(name).split():
        canonical = _CANONICAL.get(word, word)
        if canonical:
            words.append(canonical)
    if not words:
        words = fold(name).split()
    return " ".join(sorted(words))


def similarity(name_a: str, name_b: str) -> float:
    """How alike two partner names are, 0 (nothing alike) to 1 (the same once normalised)."""
    return fuzz.ratio(normalise_name(name_a), normalise_name(name_b)) / 100


@dataclass(frozen=True)
class DuplicateCandidate:
    """A partner to compare: stored (``id``) and/or a row of an import file (``row``)."""

    id: int | None
    code: str
    name: str
    country_code: str
    row: int | None = None


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    first_code: str
    first_name: str
    second_id: int
    second_code: str
    second_name: str
    country_code: str
    similarity: float


class _NameIndex:
    """The names of one country, found again by their words (see :func:`similar_partners`)."""

    def __init__(self) -> None:
        self.candidates: list[DuplicateCandidate] = []
        self.texts: list[str] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.exact: dict[str, int] = {}

    def add(self, candidate: DuplicateCandidate, text: str) -> None:
        position = len(self.candidates)
        self.candidates.append(candidate)
        self.texts.append(text)
        self.exact.setdefault(text, position)
        for word in set(text.split()):
            self.postings[word].append(position)

    def most_similar(self, query: str, cutoff: float) -> tuple[DuplicateCandidate, float] | None:
        same = self.exact.get(query)
        if same is not None:
            return self.candidates[same], 1.0
        near: set[int] = set()
        for word in set(query.split()):
            members = self.postings.get(word)
            if members and len(members) <= _COMMON_TOKEN_LIMIT:
                near.update(members)
        if not near:
            return None
        order = sorted(near)
        best = process.extractOne(query, [self.texts[i] for i in order], scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        _text, score, position = best
        return self.candidates[order[position]], score / 100


def similar_partners(
    session: Session,
    new: Sequence[DuplicateCandidate],
    threshold: float = THRESHOLD,
) -> list[tuple[DuplicateCandidate, DuplicateCandidate, float]]:
    """For each of ``new`` (e.g. rows just imported), its most similar partner of the same country.

    The others are the stored partners of that country (``new`` themselves excluded) and the ``new``
    ones before it, so two similar rows of one file are paired once.

    A name is compared only with the names that share one of its words (a word common to more than
    :data:`_COMMON_TOKEN_LIMIT` names of the country does not pair names by itself), and a name that
    normalises to the same text as another is always paired: the time grows with the number of names,
    not with its square (100,000 imported partners in seconds, as :func:`find_duplicate_partners`).
    """
    cutoff = threshold * 100
    new_ids = {c.id for c in new if c.id is not None}
    by_country: dict[str, list[DuplicateCandidate]] = defaultdict(list)
    for candidate in new:
        by_country[candidate.country_code].append(candidate)
    found: list[tuple[DuplicateCandidate, DuplicateCandidate, float]] = []
    for country, candidates in by_country.items():
        index = _NameIndex()
        for pid, code, name in session.execute(
            select(Partner.id, Partner.code, Partner.name).where(Partner.country_code == country)
        ):
            if pid not in new_ids:
                index.add(DuplicateCandidate(id=pid, code=code, name=name, country_code=country), normalise_name(name))
        for candidate in candidates:
            query = normalise_name(candidate.name)
            match = index.most_similar(query, cutoff)
            if match is not None:
                found.append((candidate, *match))
            index.add(candidate, query)
    return found


def _pairs_in(names: list[tuple[int, str, str]], cutoff: float) -> Iterable[tuple[int, int, float]]:
    """Index pairs (i < j) of similar names among ``names`` (id, code, normalised name) of one country.

    Names are compared only when they share a word that is not common to hundreds of names, so a
    country with many partners is not compared all against all.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, (_id, _code, text) in enumerate(names):
        for word in set(text.split()):
            postings[word].append(index)
    seen: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) < 2 or len(members) > _COMMON_TOKEN_LIMIT:
            continue
        texts = [names[i][2] for i in members]
        for position, i in enumerate(members):
            for match in process.extract(
                texts[position], texts[position + 1 :], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                j = members[position + 1 + match[2]]
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    yield pair[0], pair[1], match[1] / 100


def find_duplicate_partners(
    ctx: ServiceContext, threshold: float = THRESHOLD, limit: int = 1000, country_code: str | None = None
) -> list[DuplicatePair]:
    """Pairs of stored partners that are probably the same, most similar first (at most ``limit``)."""
    query = select(Partner.id, Partner.code, Partner.name, Partner.country_code).order_by(Partner.code)
    if country_code:
        query = query.where(Partner.country_code == country_code.strip().upper())
    by_country: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    with reading(ctx) as session:
        for pid, code, name, country in session.execute(query):
            by_country[country].append((pid, code, name, normalise_name(name)))
    pairs: list[DuplicatePair] = []
    for country, rows in by_country.items():
        names = [(pid, code, text) for pid, code, _name, text in rows]
        for i, j, score in _pairs_in(names, threshold * 100):
            first, second = rows[i], rows[j]
            pairs.append(DuplicatePair(first[0], first[1], first[2], second[0], second[1], second[2], country, score))
    pairs.sort(key=lambda p: (-p.similarity, p.country_code, p.first_code, p.second_code))
    return pairs[:limit]


# --- merging -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_code: str
    agreements: int  # agreements moved to the kept partner (or already shared)
    contacts: int
    grants: int
    attachments: int
    conditions: int
    fields: tuple[str, ...]  # empty fields of the kept partner filled from the removed one


def _refuse_closed_grants(session: Session, remove: Partner) -> None:
    """A grant of a closed fiscal year keeps its donor: the partner giving it cannot be merged away."""
    rows = session.execute(
        select(BudgetLine.fiscal_year, func.count(Transaction.id))
        .join(Transaction, Transaction.budget_line_id == BudgetLine.id)
        .join(FiscalYear, FiscalYear.year == BudgetLine.fiscal_year)
        .where(Transaction.donor_partner_id == remove.id, FiscalYear.closed_at.is_not(None))
        .group_by(BudgetLine.fiscal_year)
        .order_by(BudgetLine.fiscal_year)
    ).all()
    if not rows:
        return
    count = sum(int(n) for _year, n in rows)
    years = ", ".join(str(year) for year, _n in rows)
    raise LockedError(
        f"{remove.code} cannot be merged away: it is the donor of {count} grant(s) of the closed fiscal year(s) "
        f"{years}, and a closed year's transactions cannot change. Reopen the year first (the head), or keep "
        "both partners. Nothing was changed.",
        f"{remove.code} tidak dapat digabungkan: mitra ini pemberi {count} hibah pada tahun anggaran yang sudah "
        f"ditutup ({years}), dan transaksi tahun yang ditutup tidak dapat diubah. Buka kembali tahunnya dahulu "
        "(kepala biro), atau pertahankan kedua mitra. Tidak ada yang diubah.",
    )


def merge_partners(ctx: ServiceContext, keep_id: int, remove_id: int) -> MergeResult:
    """Make ``remove_id`` part of ``keep_id``: move what refers to it, fill empty fields, delete it.

    Both must be in the same country. Where both are parties to one agreement, the kept partner stays
    and the removed one's place goes. A due-diligence answer the kept partner has not given is taken
    from the removed partner. Every change is audited, and one entry records the merge itself.
    """
    if keep_id == remove_id:
        raise ValidationError(
            [
                Problem(
                    "partner",
                    "a partner cannot be merged with itself",
                    "mitra tidak dapat digabung dengan dirinya sendiri",
                )
            ]
        )
    backup_before(ctx, "before-merge")
    with write_action("merge"), writing(ctx) as session:
        require(session, ctx, Action.MERGE_PARTNERS, "merge partners", "menggabungkan mitra")
        keep = fetch(session, Partner, keep_id, "partner", "mitra")
        remove = fetch(session, Partner, remove_id, "partner", "mitra")
        _refuse_closed_grants(session, remove)
        if keep.country_code != remove.country_code:
            raise ValidationError(
                [
                    Problem(
                        "country",
                        f"{keep.code} and {remove.code} are in different countries; they are not the same partner",
                        f"{keep.code} dan {remove.code} berada di negara berbeda; keduanya bukan mitra yang sama",
                    )
                ]
            )
        agreements = 0
        for party in list(session.scalars(select(AgreementPartner).where(AgreementPartner.partner_id == remove_id))):
            agreements += 1
            shared = session.get(AgreementPartner, (party.agreement_id, keep_id))
            if shared is not None:
                session.delete(party)
            else:
                party.partner_id = keep_id
        contacts = 0
        for contact in list(session.scalars(select(Contact).where(Contact.partner_id == remove_id))):
            contact.partner_id = keep_id
            contacts += 1
        grants = 0
        for transaction in session.scalars(select(Transaction).where(Transaction.donor_partner_id == remove_id)):
            transaction.donor_partner_id = keep_id
            grants += 1
        attachments = 0
        for attachment in session.scalars(
            select(Attachment).where(Attachment.owner_type == "partner", Attachment.owner_id == remove_id)
        ):
            attachment.owner_id = keep_id
            attachments += 1
        kept_answers = {c.number: c for c in keep.conditions}
        conditions = 0
        for condition in list(remove.conditions):
            mine = kept_answers.get(condition.number)
            if mine is None or (mine.answer == "unknown" and condition.answer != "unknown"):
                if mine is None:
                    keep.conditions.append(
                        PartnerCondition(number=condition.number, answer=condition.answer, evidence=condition.evidence)
                    )
                else:
                    mine.answer, mine.evidence = condition.answer, condition.evidence
                conditions += 1
        filled = []
        for name in PARTNER_OPTIONAL_FIELDS:
            if getattr(keep, name) in (None, "") and getattr(remove, name) not in (None, ""):
                setattr(keep, name, getattr(remove, name))
                filled.append(name)
        session.flush()
        session.expire(remove, ["contacts", "conditions"])
        removed_code, removed_gid = remove.code, remove.gid
        session.delete(remove)
        session.flush()
        session.add(
            AuditEntry(
                at=utcnow(),
                user_login=ctx.actor.login,
                action="update",
                entity="partner",
                entity_id=str(keep.id),
                entity_gid=keep.gid,
                summary=f"{keep.code} <- {removed_code}",
                changes=json.dumps(
                    {
                        "merged_from": [removed_gid, keep.gid],
                        "agreements": [None, agreements],
                        "contacts": [None, contacts],
                        "grants": [None, grants],
                        "attachments": [None, attachments],
                    },
                    ensure_ascii=False,
                ),
            )
        )
        return MergeResult(
            kept_id=keep.id,
            removed_code=removed_code,
            agreements=agreements,
            contacts=contacts,
            grants=grants,
            attachments=attachments,
            conditions=conditions,
            fields=tuple(filled),
        )
