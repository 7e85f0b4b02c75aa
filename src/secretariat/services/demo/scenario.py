"""The hand-written agreements and delegations of the demo, with dates relative to "today".

Together they show every stage of the default stage list, LoI -> MoU ->
implementing-arrangement trees, a renewal chain, dormant agreements,
agreements expiring within 30, 90 and 180 days, and texts of two, three and
four parties of every kind (a KSDPL network of three cities, a KSDLL
arrangement with a university and its state government, a KSDLL MoU with
three agencies).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgreementSpec:
    key: str
    partners: tuple[str, ...]
    kind: str  # ksdpl | ksdll
    instrument: str  # loi | mou | arrangement
    stage: str
    sectors: tuple[str, ...]
    term_months: int = 60
    signed_months_ago: int | None = None  # None: not signed yet
    expires_in_days: int | None = None  # overrides signed_months_ago: expiry relative to today
    ended_days_ago: int | None = None  # terminated agreements: when the notice took effect
    parent: str | None = None
    previous: str | None = None
    life: str = "active"  # active | dormant (activity only more than 12 months ago) | quiet (no activity)
    title: tuple[str, str] | None = None
    notes: str | None = None
    place: str | None = None
    subject: tuple[str, str] | None = None  # what the text's title says after TENTANG / ON (default: the sector's)


AGREEMENTS: tuple[AgreementSpec, ...] = (
    # Western Australia: LoI, first MoU (renewed), current MoU expiring within 180 days, implementing arrangement.
    AgreementSpec(
        "wa_loi",
        ("AU-WA",),
        "ksdpl",
        "loi",
        "expired",
        ("economy_trade", "education"),
        term_months=12,
        signed_months_ago=124,
        life="quiet",
        place="Perth",
        subject=("Kerja Sama Provinsi Kembar", "Sister-State Cooperation"),
        title=(
            "Surat Pernyataan Kehendak Kerja Sama Provinsi Kembar Jawa Timur - Australia Barat",
            "Letter of Intent on the Sister-State Relationship of East Java and Western Australia",
        ),
    ),
    AgreementSpec(
        "wa_mou1",
        ("AU-WA",),
        "ksdpl",
        "mou",
        "renewed",
        ("economy_trade", "education", "agriculture"),
        term_months=60,
        signed_months_ago=117,
        parent="wa_loi",
        place="Surabaya",
        subject=("Kerja Sama Provinsi Kembar", "Sister-State Cooperation"),
        title=(
            "Nota Kesepahaman Kerja Sama Provinsi Kembar Jawa Timur - Australia Barat",
            "Memorandum of Understanding on the Sister-State Relationship",
        ),
    ),
    AgreementSpec(
        "wa_mou2",
        ("AU-WA",),
        "ksdpl",
        "mou",
        "implementation",
        ("economy_trade", "education", "agriculture", "tourism"),
        term_months=60,
        expires_in_days=160,
        parent="wa_loi",
        previous="wa_mou1",
        place="Perth",
        subject=("Kerja Sama Provinsi Kembar", "Sister-State Cooperation"),
        title=(
            "Perpanjangan Nota Kesepahaman Kerja Sama Provinsi Kembar Jawa Timur - Australia Barat",
            "Renewed Memorandum of Understanding on the Sister-State Relationship",
        ),
        notes="Renewal talks must start before the notice date.",
    ),
    AgreementSpec(
        "wa_pks_uwa",
        ("AU-UWA", "AU-WA"),
        "ksdll",
        "arrangement",
        "evaluation",
        ("education",),
        term_months=36,
        signed_months_ago=20,
        parent="wa_mou2",
        place="Perth",
        subject=("Beasiswa Magister bagi Aparatur Jawa Timur", "Master's Scholarships for East Java Civil Servants"),
        title=(
            "Perjanjian Kerja Sama Beasiswa Magister bagi Aparatur Jawa Timur",
            "Implementing Arrangement on Master's Scholarships for East Java Civil Servants",
        ),
    ),
    # Kitakyushu: LoI -> MoU -> arrangement on waste management; a trilateral network.
    AgreementSpec(
        "kkj_loi",
        ("JP-KKJ",),
        "ksdpl",
        "loi",
        "expired",
        ("environment",),
        term_months=12,
        signed_months_ago=44,
        life="quiet",
        place="Kitakyushu",
    ),
    AgreementSpec(
        "kkj_mou",
        ("JP-KKJ",),
        "ksdpl",
        "mou",
        "implementation",
        ("environment", "urban_management"),
        term_months=60,
        signed_months_ago=30,
        parent="kkj_loi",
        place="Surabaya",
        subject=("Kerja Sama Kota Hijau dan Pengelolaan Lingkungan", "Green City and Environmental Cooperation"),
        title=(
            "Nota Kesepahaman tentang Kerja Sama Kota Hijau dan Pengelolaan Lingkungan",
            "Memorandum of Understanding on Green City and Environmental Cooperation",
        ),
    ),
    AgreementSpec(
        "kkj_pks_waste",
        ("JP-KKJ",),
        "ksdpl",
        "arrangement",
        "implementation",
        ("environment",),
        term_months=36,
        signed_months_ago=18,
        parent="kkj_mou",
        place="Kitakyushu",
        subject=("Pengolahan Sampah Menjadi Kompos dan Energi", "Composting and Waste-to-Energy"),
        title=(
            "Perjanjian Kerja Sama tentang Pengolahan Sampah Menjadi Kompos dan Energi",
            "Implementing Arrangement on Composting and Waste-to-Energy",
        ),
    ),
    AgreementSpec(
        "env_network",
        ("JP-KKJ", "KR-BUSAN"),
        "ksdpl",
        "mou",
        "implementation",
        ("environment", "fisheries"),
        term_months=36,
        signed_months_ago=12,
        place="Busan",
        subject=("Jejaring Kota Pesisir Rendah Karbon", "the Low-Carbon Coastal Cities Network"),
        title=(
            "Nota Kesepahaman Jejaring Kota Pesisir Rendah Karbon",
            "Memorandum of Understanding on the Low-Carbon Coastal Cities Network",
        ),
    ),
    # One agreement in every stage before signing.
    AgreementSpec(
        "qld_initiative",
        ("AU-QLD",),
        "ksdpl",
        "loi",
        "initiative",
        ("agriculture", "tourism"),
        term_months=24,
        notes="Request letter from Queensland's trade office received.",
    ),
    AgreementSpec(
        "khh_initiative",
        ("TW-KHH",),
        "ksdpl",
        "mou",
        "initiative",
        ("fisheries",),
        notes="On hold: no diplomatic relations (condition 1 not met); ask Kemlu for guidance.",
    ),
    AgreementSpec(
        "sp_exploration",
        ("BR-SP",),
        "ksdpl",
        "mou",
        "exploration",
        ("agriculture", "investment"),
        notes="Feasibility study by Universitas Airlangga under way.",
    ),
    AgreementSpec(
        "rwl_exploration", ("DE-RWL",), "ksdll", "loi", "exploration", ("investment", "economy_trade"), term_months=36
    ),
    AgreementSpec(
        "krk_loi",
        ("PL-KRK",),
        "ksdpl",
        "loi",
        "letter_of_intent",
        ("culture", "tourism"),
        term_months=24,
        subject=("Kerja Sama Kebudayaan dan Pariwisata", "Cultural and Tourism Cooperation"),
        title=(
            "Surat Pernyataan Kehendak Kerja Sama Kebudayaan dan Pariwisata",
            "Letter of Intent on Cultural and Tourism Cooperation",
        ),
    ),
    AgreementSpec(
        "dad_plan",
        ("VN-DAD",),
        "ksdpl",
        "mou",
        "cooperation_plan",
        ("tourism", "fisheries"),
        notes="Draft cooperation plan before the TKKSD review.",
    ),
    AgreementSpec(
        "aichi_consult", ("JP-AICHI",), "ksdpl", "mou", "consultation", ("capacity_building", "science_technology")
    ),
    AgreementSpec("uj_consult", ("PL-UJ",), "ksdll", "mou", "consultation", ("education", "culture")),
    AgreementSpec(
        "busan_dprd",
        ("KR-BUSAN",),
        "ksdpl",
        "mou",
        "dprd_approval",
        ("fisheries", "economy_trade"),
        notes="Letter to the DPRD sent; plenary session scheduled.",
    ),
    AgreementSpec(
        "dus_draft", ("DE-DUS",), "ksdpl", "mou", "draft_initialled", ("economy_trade", "science_technology")
    ),
    AgreementSpec(
        "kmf_draft", ("JP-KMF",), "ksdll", "mou", "draft_initialled", ("fisheries", "investment"), term_months=36
    ),
    AgreementSpec(
        "gz_full_powers",
        ("CN-GZ",),
        "ksdpl",
        "mou",
        "full_powers",
        ("economy_trade", "investment"),
        notes="Full Powers requested from Kemlu for the Governor.",
    ),
    AgreementSpec(
        "zh_signed",
        ("CH-ZH",),
        "ksdpl",
        "mou",
        "signed",
        ("science_technology", "capacity_building"),
        signed_months_ago=1,
        place="Zürich",
    ),
    # In force: dormant, expiring soon, grants from agencies.
    AgreementSpec(
        "cnx_dormant",
        ("TH-CNX",),
        "ksdpl",
        "mou",
        "implementation",
        ("tourism", "culture"),
        signed_months_ago=40,
        life="dormant",
        place="Chiang Mai",
    ),
    AgreementSpec(
        "hi_dormant",
        ("US-HI",),
        "ksdpl",
        "mou",
        "implementation",
        ("tourism", "education"),
        signed_months_ago=26,
        life="quiet",
        place="Honolulu",
    ),
    AgreementSpec(
        "dvo_expiring30",
        ("PH-DVO",),
        "ksdpl",
        "mou",
        "implementation",
        ("fisheries", "agriculture"),
        term_months=36,
        expires_in_days=21,
        place="Davao City",
    ),
    AgreementSpec(
        "rtm_expiring90",
        ("NL-RTM",),
        "ksdpl",
        "mou",
        "evaluation",
        ("urban_management", "environment"),
        term_months=60,
        expires_in_days=75,
        place="Rotterdam",
    ),
    AgreementSpec(
        "jica_pks",
        ("JP-JICA",),
        "ksdll",
        "arrangement",
        "implementation",
        ("capacity_building", "environment"),
        term_months=48,
        signed_months_ago=22,
        place="Surabaya",
        subject=("Kerja Sama Teknis Pengurangan Risiko Bencana", "Technical Cooperation on Disaster Risk Reduction"),
        title=(
            "Perjanjian Kerja Sama Teknis Pengurangan Risiko Bencana",
            "Technical Cooperation Arrangement on Disaster Risk Reduction",
        ),
    ),
    AgreementSpec(
        "giz_pks",
        ("DE-GIZ",),
        "ksdll",
        "arrangement",
        "evaluation",
        ("education", "capacity_building"),
        term_months=36,
        signed_months_ago=28,
        place="Surabaya",
        subject=("Pendidikan Vokasi Sistem Ganda", "Dual Vocational Education"),
        title=("Perjanjian Kerja Sama Pendidikan Vokasi Sistem Ganda", "Arrangement on Dual Vocational Education"),
    ),
    AgreementSpec(
        "undp_mou",
        ("US-UNDP", "KR-KOICA", "JP-JICA"),
        "ksdll",
        "mou",
        "implementation",
        ("environment", "health"),
        term_months=48,
        signed_months_ago=15,
        place="Jakarta",
    ),
    AgreementSpec(
        "kyudai_mou",
        ("JP-KYUDAI",),
        "ksdll",
        "mou",
        "implementation",
        ("education", "science_technology"),
        term_months=60,
        signed_months_ago=9,
        place="Fukuoka",
    ),
    AgreementSpec(
        "alx_loi",
        ("EG-ALX",),
        "ksdpl",
        "loi",
        "signed",
        ("culture", "tourism"),
        term_months=24,
        signed_months_ago=2,
        place="Alexandria",
    ),
    # Ended: expired without renewal, terminated early, a completed programme.
    AgreementSpec(
        "png_expired",
        ("MY-PNG",),
        "ksdpl",
        "mou",
        "expired",
        ("tourism", "health"),
        term_months=60,
        signed_months_ago=64,
        place="George Town",
    ),
    AgreementSpec(
        "izm_terminated",
        ("TR-IZM",),
        "ksdpl",
        "mou",
        "terminated",
        ("economy_trade", "culture"),
        term_months=60,
        signed_months_ago=40,
        ended_days_ago=240,
        place="İzmir",
        notes="Terminated by mutual consent after six months' written notice; no programme was under way.",
    ),
    AgreementSpec(
        "koica_pks",
        ("KR-KOICA",),
        "ksdll",
        "arrangement",
        "expired",
        ("health",),
        term_months=36,
        signed_months_ago=50,
        place="Surabaya",
        title=(
            "Perjanjian Kerja Sama Peningkatan Layanan Kesehatan Ibu dan Anak",
            "Arrangement on Improving Maternal and Child Health Services",
        ),
    ),
)


@dataclass(frozen=True)
class DelegationSpec:
    direction: str
    partner: str  # the partner visited or visiting
    agreement: str | None
    status: str
    start_in_days: int  # negative: in the past
    days: int
    cities: str
    purpose: str
    members: tuple[int, ...] = ()  # indexes into OFFICIALS (outgoing: travellers; incoming: liaison officer)
    guests: int = 0  # incoming: how many guests
    notes: str | None = None


DELEGATIONS: tuple[DelegationSpec, ...] = (
    DelegationSpec(
        "outgoing",
        "AU-WA",
        "wa_mou2",
        "completed",
        -300,
        5,
        "Perth, Fremantle",
        "Pertemuan tahunan Provinsi Kembar dan promosi produk pertanian Jawa Timur",
        members=(1, 5, 7, 9),
    ),
    DelegationSpec(
        "outgoing",
        "JP-KKJ",
        "kkj_pks_waste",
        "preparing",
        12,
        6,
        "Kitakyushu, Fukuoka",
        "Rapat Kelompok Kerja Bersama dan peninjauan fasilitas waste-to-energy",
        members=(0, 4, 7, 10),
        notes="Setneg permission (PDLN) still pending; interpreter's passport expires within six months of return.",
    ),
    DelegationSpec(
        "outgoing",
        "KR-BUSAN",
        "busan_dprd",
        "planned",
        25,
        4,
        "Busan",
        "Pembahasan rancangan Nota Kesepahaman kelautan dan perikanan",
        members=(3, 12, 8),
    ),
    DelegationSpec(
        "outgoing",
        "DE-DUS",
        "dus_draft",
        "planned",
        60,
        7,
        "Düsseldorf, Köln",
        "Penjajakan kerja sama industri dan paraf rancangan naskah",
        members=(2, 14, 7, 9),
    ),
    DelegationSpec(
        "outgoing",
        "TR-IZM",
        "izm_terminated",
        "cancelled",
        -200,
        5,
        "İzmir",
        "Misi dagang yang dibatalkan setelah pengakhiran kerja sama",
        members=(6, 9),
    ),
    DelegationSpec(
        "outgoing",
        "VN-DAD",
        "dad_plan",
        "completed",
        -420,
        4,
        "Đà Nẵng, Hội An",
        "Penjajakan kerja sama pariwisata dan perikanan",
        members=(6, 12, 8),
    ),
    DelegationSpec(
        "outgoing",
        "US-HI",
        "hi_dormant",
        "completed",
        -760,
        5,
        "Honolulu",
        "Penandatanganan Nota Kesepahaman dan promosi pariwisata",
        members=(0, 6, 7, 9),
    ),
    DelegationSpec(
        "incoming",
        "JP-JICA",
        "jica_pks",
        "completed",
        -120,
        3,
        "Surabaya, Malang",
        "Misi evaluasi tengah program pengurangan risiko bencana",
        members=(8,),
        guests=4,
    ),
    DelegationSpec(
        "incoming",
        "CN-GZ",
        "gz_full_powers",
        "under_way",
        -1,
        4,
        "Surabaya, Gresik",
        "Kunjungan kehormatan dan forum bisnis pelabuhan",
        members=(9,),
        guests=6,
    ),
    DelegationSpec(
        "incoming",
        "DE-DIG",
        None,
        "planned",
        40,
        3,
        "Surabaya, Banyuwangi",
        "Festival budaya Jerman-Indonesia dan kunjungan sekolah",
        members=(10,),
        guests=5,
    ),
    DelegationSpec(
        "incoming",
        "AU-UWA",
        "wa_pks_uwa",
        "approved",
        8,
        3,
        "Surabaya",
        "Seleksi penerima beasiswa magister",
        members=(8,),
        guests=3,
        notes="Notification to Kemlu sent; answer not yet received.",
    ),
    DelegationSpec(
        "incoming",
        "KR-BUSAN",
        "env_network",
        "completed",
        -200,
        3,
        "Surabaya, Sidoarjo",
        "Rapat jejaring kota pesisir rendah karbon",
        members=(9,),
        guests=5,
    ),
)

OUTGOING_PERMITS: tuple[tuple[str, int], ...] = (
    ("Permohonan izin perjalanan dinas luar negeri kepada Kemendagri", 10),
    ("Persetujuan Presiden melalui Kemensetneg (Sistem Informasi PDLN)", 7),
    ("Rekomendasi visa dan exit permit dari Kemlu", 7),
    ("Paspor dinas / diplomatik", 14),
    ("Visa negara tujuan", 5),
)
INCOMING_PERMITS: tuple[tuple[str, int], ...] = (
    ("Pemberitahuan kunjungan kepada Kemlu dan Kemendagri", 14),
    ("Koordinasi protokol dan pengamanan (Biro Umum)", 7),
    ("Penunjukan liaison officer", 5),
)

OUTGOING_ITINERARY = (
    ("Courtesy call kepada pimpinan {partner}", "Balai kota / kantor pemerintahan, {city}"),
    ("Rapat Kelompok Kerja Bersama", "Ruang rapat {partner}, {city}"),
    ("Peninjauan lapangan", "{city}"),
    ("Forum bisnis dan promosi produk Jawa Timur", "Pusat konvensi, {city}"),
    ("Pertemuan dengan diaspora Indonesia", "KJRI / KBRI, {city}"),
    ("Penerbangan kembali ke Surabaya", "Bandar udara, {city}"),
)
#: The itinerary's activities in English, for the bilingual programme.
ITINERARY_EN = {
    "Courtesy call kepada pimpinan {partner}": "Courtesy call on the leadership of {partner}",
    "Rapat Kelompok Kerja Bersama": "Joint Working Group meeting",
    "Peninjauan lapangan": "Site visit",
    "Forum bisnis dan promosi produk Jawa Timur": "Business forum and promotion of East Java products",
    "Pertemuan dengan diaspora Indonesia": "Meeting with the Indonesian diaspora",
    "Penerbangan kembali ke Surabaya": "Return flight to Surabaya",
    "Penjemputan di Bandara Internasional Juanda": "Welcome at Juanda International Airport",
    "Kunjungan kehormatan kepada Gubernur Jawa Timur": "Courtesy call on the Governor of East Java",
    "Rapat kerja dengan perangkat daerah": "Working meeting with the regional agencies",
    "Jamuan makan malam": "Welcome dinner",
    "Pengantaran ke bandara": "Transfer to the airport",
}
INCOMING_ITINERARY = (
    ("Penjemputan di Bandara Internasional Juanda", "Bandara Juanda, Sidoarjo"),
    ("Kunjungan kehormatan kepada Gubernur Jawa Timur", "Gedung Negara Grahadi, Surabaya"),
    ("Rapat kerja dengan perangkat daerah", "Kantor Gubernur, Jl. Pahlawan 110, Surabaya"),
    ("Peninjauan lapangan", "{city}"),
    ("Jamuan makan malam", "Hotel Majapahit, Surabaya"),
    ("Pengantaran ke bandara", "Bandara Juanda, Sidoarjo"),
)
