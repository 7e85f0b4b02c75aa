"""Indonesian and English labels of the enumerations, for documents and reports.

The GUI translates its own texts with Qt Linguist; documents are bilingual and
take both labels from here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from secretariat.domain import enums as e

Language = Literal["id", "en"]

# Keyed by (enumeration, value): members of different enumerations may share a value
# (MemberRole.HEAD and UserRole.HEAD are both "head") and must keep their own labels.
_ENTRIES: tuple[tuple[StrEnum, tuple[str, str]], ...] = (
    (e.PartnerKind.REGIONAL_GOVERNMENT, ("Pemerintah daerah asing", "Foreign regional government")),
    (e.PartnerKind.STATE_INSTITUTION, ("Lembaga negara", "State institution")),
    (e.PartnerKind.UNIVERSITY, ("Perguruan tinggi / sekolah", "University or school")),
    (e.PartnerKind.BUSINESS, ("Badan usaha", "Business entity")),
    (e.PartnerKind.NGO, ("Organisasi kemasyarakatan / LSM", "NGO or community organisation")),
    (e.PartnerKind.INTERNATIONAL_ORGANISATION, ("Organisasi internasional", "International organisation")),
    (e.PartnerKind.OTHER, ("Lainnya", "Other")),
    (e.AdminLevel.STATE_PROVINCE, ("Negara bagian / provinsi", "State / province")),
    (e.AdminLevel.CITY, ("Kota", "City")),
    (e.AdminLevel.REGENCY_COUNTY, ("Kabupaten / county", "Regency / county")),
    (e.AdminLevel.OTHER, ("Lainnya", "Other")),
    (e.PartnerStatus.PROSPECT, ("Calon mitra", "Prospect")),
    (e.PartnerStatus.ACTIVE, ("Aktif", "Active")),
    (e.PartnerStatus.INACTIVE, ("Tidak aktif", "Inactive")),
    (e.Answer.YES, ("Ya", "Yes")),
    (e.Answer.NO, ("Tidak", "No")),
    (e.Answer.UNKNOWN, ("Belum diketahui", "Unknown")),
    (e.AgreementKind.KSDPL, ("KSDPL (pemerintah daerah di luar negeri)", "KSDPL (foreign regional government)")),
    (e.AgreementKind.KSDLL, ("KSDLL (lembaga di luar negeri)", "KSDLL (foreign institution)")),
    (e.AgreementKind.OTHER, ("Lainnya", "Other")),
    (e.Instrument.LOI, ("Surat Pernyataan Kehendak (LoI)", "Letter of Intent (LoI)")),
    (e.Instrument.MOU, ("Nota Kesepahaman (MoU)", "Memorandum of Understanding (MoU)")),
    (e.Instrument.ARRANGEMENT, ("Perjanjian Kerja Sama (PKS)", "Implementing arrangement")),
    (e.Instrument.OTHER, ("Lainnya", "Other")),
    (e.Criterion.EFFICIENCY, ("Efisiensi", "Efficiency")),
    (e.Criterion.EFFECTIVENESS, ("Efektivitas pelayanan publik", "Effectiveness of public services")),
    (e.Criterion.SYNERGY, ("Sinergi", "Synergy")),
    (e.Criterion.MUTUAL_BENEFIT, ("Saling menguntungkan", "Mutual benefit")),
    (e.ActivityKind.VISIT, ("Kunjungan", "Visit")),
    (e.ActivityKind.MEETING, ("Pertemuan", "Meeting")),
    (e.ActivityKind.EXCHANGE, ("Pertukaran", "Exchange")),
    (e.ActivityKind.TRAINING, ("Pelatihan", "Training")),
    (e.ActivityKind.TRADE_MISSION, ("Misi dagang", "Trade mission")),
    (e.ActivityKind.CULTURAL_EVENT, ("Acara budaya", "Cultural event")),
    (e.ActivityKind.JOINT_PROJECT, ("Proyek bersama", "Joint project")),
    (e.ActivityKind.GRANT, ("Hibah", "Grant")),
    (e.ActivityKind.OTHER, ("Lainnya", "Other")),
    (e.Direction.OUTGOING, ("Ke luar negeri", "Outgoing")),
    (e.Direction.INCOMING, ("Kunjungan masuk", "Incoming")),
    (e.DelegationStatus.PLANNED, ("Direncanakan", "Planned")),
    (e.DelegationStatus.PREPARING, ("Persiapan", "Preparing")),
    (e.DelegationStatus.APPROVED, ("Disetujui", "Approved")),
    (e.DelegationStatus.UNDER_WAY, ("Berlangsung", "Under way")),
    (e.DelegationStatus.COMPLETED, ("Selesai", "Completed")),
    (e.DelegationStatus.CANCELLED, ("Dibatalkan", "Cancelled")),
    (e.MemberRole.HEAD, ("Ketua delegasi", "Head of delegation")),
    (e.MemberRole.DEPUTY, ("Wakil ketua", "Deputy head")),
    (e.MemberRole.MEMBER, ("Anggota", "Member")),
    (e.MemberRole.INTERPRETER, ("Penerjemah", "Interpreter")),
    (e.MemberRole.LIAISON_OFFICER, ("Liaison officer", "Liaison officer")),
    (e.MemberRole.SECRETARY, ("Sekretaris", "Secretary")),
    (e.MemberRole.OTHER, ("Lainnya", "Other")),
    (e.Grade.A, ("Golongan A", "Grade A")),
    (e.Grade.B, ("Golongan B", "Grade B")),
    (e.Grade.C, ("Golongan C", "Grade C")),
    (e.Grade.D, ("Golongan D", "Grade D")),
    (e.PassportType.DIPLOMATIC, ("Paspor diplomatik", "Diplomatic passport")),
    (e.PassportType.SERVICE, ("Paspor dinas", "Service passport")),
    (e.PassportType.ORDINARY, ("Paspor biasa", "Ordinary passport")),
    (e.PermitStatus.NOT_REQUESTED, ("Belum diajukan", "Not requested")),
    (e.PermitStatus.REQUESTED, ("Diajukan", "Requested")),
    (e.PermitStatus.GRANTED, ("Terbit", "Granted")),
    (e.PermitStatus.REFUSED, ("Ditolak", "Refused")),
    (e.PermitStatus.NOT_NEEDED, ("Tidak diperlukan", "Not needed")),
    (e.TransactionKind.REALISATION, ("Realisasi", "Realisation")),
    (e.TransactionKind.GRANT, ("Hibah diterima", "Grant received")),
    (e.GrantForm.CASH, ("Uang", "Cash")),
    (e.GrantForm.IN_KIND, ("Barang / jasa", "In kind")),
    (e.BudgetSide.REVENUE, ("Pendapatan", "Revenue")),
    (e.BudgetSide.SPENDING, ("Belanja", "Spending")),
    (e.BudgetSide.FINANCING, ("Pembiayaan", "Financing")),
    (e.CostKind.PER_DIEM, ("Uang harian", "Per diem")),
    (e.CostKind.AIR_FARE, ("Tiket pesawat PP", "Return air fare")),
    (e.CostKind.VISA, ("Visa", "Visa")),
    (e.CostKind.INSURANCE, ("Asuransi perjalanan", "Travel insurance")),
    (e.CostKind.LOCAL_TRANSPORT, ("Transportasi lokal", "Local transport")),
    (e.CostKind.REPRESENTATION, ("Uang representasi", "Representation allowance")),
    (e.CostKind.SOUVENIRS, ("Cendera mata", "Souvenirs and gifts")),
    (e.CostKind.INTERPRETER, ("Penerjemah / juru bahasa", "Interpreter")),
    (e.CostKind.VENUE, ("Sewa tempat pertemuan", "Venue")),
    (e.CostKind.OTHER, ("Lain-lain", "Other")),
    (e.TravelClass.ECONOMY, ("Ekonomi", "Economy")),
    (e.TravelClass.BUSINESS, ("Bisnis", "Business")),
    (e.TravelClass.FIRST, ("Utama", "First")),
    (e.DocumentKind.REQUEST_LETTER, ("Surat permohonan mitra", "Partner's request letter")),
    (e.DocumentKind.LOI, ("Surat Pernyataan Kehendak (LoI)", "Letter of Intent")),
    (e.DocumentKind.ACTION_PLAN, ("Rencana aksi", "Action plan")),
    (e.DocumentKind.STUDY, ("Kajian", "Study")),
    (e.DocumentKind.DRAFT, ("Rancangan naskah", "Draft")),
    (e.DocumentKind.DPRD_APPROVAL, ("Persetujuan DPRD", "DPRD approval")),
    (e.DocumentKind.FULL_POWERS, ("Surat Kuasa (Full Powers)", "Full Powers letter")),
    (e.DocumentKind.SIGNED_SCAN, ("Pindaian naskah ditandatangani", "Signed scan")),
    (e.DocumentKind.REPORT, ("Laporan", "Report")),
    (e.DocumentKind.PHOTO, ("Foto", "Photo")),
    (e.DocumentKind.RECEIPT, ("Bukti pembayaran / kuitansi", "Receipt")),
    (e.DocumentKind.OTHER, ("Lainnya", "Other")),
    (e.DocumentKind.FINAL_TEXT, ("Naskah final", "Final text")),
    (e.DocumentKind.PACKET, ("Paket naskah", "Agreement packet")),
    (e.RegionLevel.PROVINCE, ("Provinsi", "Province")),
    (e.RegionLevel.CITY, ("Kota", "City")),
    (e.RegionLevel.REGENCY, ("Kabupaten", "Regency")),
    (e.PaperSize.A4, ("A4", "A4")),
    (e.PaperSize.F4, ("F4 (215 x 330 mm)", "F4 (215 x 330 mm)")),
    (e.UserRole.CLERK, ("Staf", "Clerk")),
    (e.UserRole.HEAD, ("Kepala biro", "Head of bureau")),
    (e.UserRole.ADMIN, ("Administrator", "Administrator")),
    (e.AuditAction.CREATE, ("Dibuat", "Created")),
    (e.AuditAction.UPDATE, ("Diubah", "Updated")),
    (e.AuditAction.DELETE, ("Dihapus", "Deleted")),
)
_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str]] = {
    (type(member), member.value): texts for member, texts in _ENTRIES
}


def as_language(code: str) -> Language:
    """A language code as :func:`label` reads it: "id" is Indonesian, any other English."""
    return "id" if code == "id" else "en"


def label(member: StrEnum, language: Language = "id") -> str:
    """The label of an enumeration member in Indonesian (default) or English."""
    indonesian, english = _LABELS[(type(member), member.value)]
    return indonesian if language == "id" else english


def bilingual(member: StrEnum) -> str:
    """ "Indonesian / English", as printed on bilingual documents."""
    indonesian, english = _LABELS[(type(member), member.value)]
    return indonesian if indonesian == english else f"{indonesian} / {english}"
