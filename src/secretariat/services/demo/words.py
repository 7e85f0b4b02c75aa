"""The word lists behind the demo data: an East Java office, its foreign partners, names and places.

Everything here is invented for demonstration, except the facts marked with
their source (the per-diem examples of PMK 49/2023). Place names are real, so
that searching, sorting and printing meet real diacritics and scripts.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- our office -----------------------------------------------------------------------------------

OFFICE = {
    "region_name_id": "Pemerintah Provinsi Jawa Timur",
    "region_name_en": "East Java Provincial Government",
    "region_level": "province",
    "head_name": "Dr. H. Arief Wicaksono, M.Si.",
    "head_title_id": "Gubernur Jawa Timur",
    "head_title_en": "Governor of East Java",
    "bureau_head_name": "Dra. Sri Wahyuningsih, M.AP.",
    "bureau_head_title": "Kepala Biro Administrasi Pemerintahan dan Otonomi Daerah",
    "address_lines": "Jl. Pahlawan No. 110\nSurabaya 60174\nJawa Timur, Indonesia",
    "contact_lines": "Telp. (031) 3520881\nbiro.kerjasama@demo.jatimprov.example",
    "paper": "f4",
}

# (name, position, unit, grade, passport type or None)
OFFICIALS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("Dr. H. Arief Wicaksono, M.Si.", "Gubernur Jawa Timur", "Pemerintah Provinsi Jawa Timur", "A", "diplomatic"),
    ("Ir. Hj. Ratna Kusumawardani, M.T.", "Wakil Gubernur Jawa Timur", "Pemerintah Provinsi Jawa Timur", "A",
     "diplomatic"),
    ("Drs. Bambang Sutrisno, M.M.", "Sekretaris Daerah Provinsi Jawa Timur", "Sekretariat Daerah", "A", "service"),
    ("Dra. Sri Wahyuningsih, M.AP.", "Kepala Biro Administrasi Pemerintahan dan Otonomi Daerah",
     "Sekretariat Daerah", "B", "service"),
    ("Dr. Ir. Hendro Prasetyo, M.Sc.", "Kepala Dinas Lingkungan Hidup", "Dinas Lingkungan Hidup", "B", "service"),
    ("Dra. Endang Purwaningsih, M.Pd.", "Kepala Dinas Pendidikan", "Dinas Pendidikan", "B", "service"),
    ("H. Moch. Yusuf Effendi, S.E., M.M.", "Kepala Dinas Kebudayaan dan Pariwisata",
     "Dinas Kebudayaan dan Pariwisata", "B", "service"),
    ("Agus Setiawan, S.IP., M.Si.", "Kepala Bagian Kerja Sama", "Biro Administrasi Pemerintahan dan Otonomi Daerah",
     "C", "service"),
    ("Dewi Anggraini, S.H., M.H.", "Analis Kebijakan Ahli Muda (Kerja Sama Luar Negeri)",
     "Biro Administrasi Pemerintahan dan Otonomi Daerah", "C", "service"),
    ("Rizky Ramadhan, S.Hub.Int.", "Penata Kerja Sama", "Biro Administrasi Pemerintahan dan Otonomi Daerah", "D",
     "service"),
    ("Nur Aini Fitriyah, S.S.", "Penerjemah Ahli Pertama (Bahasa Jepang)",
     "Biro Administrasi Pemerintahan dan Otonomi Daerah", "D", "service"),
    ("Yoga Pratama, S.Kom.", "Pranata Komputer", "Biro Administrasi Pemerintahan dan Otonomi Daerah", "D", None),
    ("Ir. Sugeng Hariyadi, M.P.", "Kepala Dinas Kelautan dan Perikanan", "Dinas Kelautan dan Perikanan", "B",
     "service"),
    ("dr. Lestari Handayani, M.Kes.", "Kepala Dinas Kesehatan", "Dinas Kesehatan", "B", "service"),
    ("Fajar Nugroho, S.T., M.T.", "Kepala Bidang Penanaman Modal", "Dinas Penanaman Modal dan PTSP", "C",
     "service"),
    ("Siti Masruroh, S.Sos.", "Pengadministrasi Umum", "Biro Administrasi Pemerintahan dan Otonomi Daerah", "D",
     None),
)

INDONESIAN_GIVEN = (
    "Agus", "Budi", "Dewi", "Endang", "Fajar", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur",
    "Putri", "Rahmat", "Sri", "Teguh", "Wahyu", "Yuni", "Bayu", "Citra", "Dimas", "Eko", "Galih", "Hana",
)
INDONESIAN_FAMILY = (
    "Santoso", "Wibowo", "Prasetyo", "Hidayat", "Kurniawan", "Setiawan", "Lestari", "Purnomo", "Susanto",
    "Handayani", "Wijaya", "Nugroho", "Saputra", "Rahayu", "Hartono", "Utomo", "Wulandari", "Firmansyah",
)
OFFICIAL_POSITIONS = (
    ("Analis Kerja Sama", "Biro Administrasi Pemerintahan dan Otonomi Daerah", "D"),
    ("Kepala Subbagian Kerja Sama Luar Negeri", "Biro Administrasi Pemerintahan dan Otonomi Daerah", "C"),
    ("Kepala Bidang Promosi Pariwisata", "Dinas Kebudayaan dan Pariwisata", "C"),
    ("Kepala Dinas Perindustrian dan Perdagangan", "Dinas Perindustrian dan Perdagangan", "B"),
    ("Staf Protokol", "Biro Umum", "D"),
)


# --- foreign partners written by hand --------------------------------------------------------------


@dataclass(frozen=True)
class PartnerSpec:
    code: str
    name: str
    name_original: str | None
    kind: str
    admin_level: str | None
    country: str
    city: str
    languages: str
    status: str = "active"
    head_title: str | None = None
    website: str | None = None
    notes: str | None = None


RG, UNI, BIZ, NGO, IO, STATE = (
    "regional_government", "university", "business", "ngo", "international_organisation", "state_institution",
)

PARTNERS: tuple[PartnerSpec, ...] = (
    PartnerSpec("AU-WA", "Government of Western Australia", None, RG, "state_province", "AU", "Perth", "en",
                head_title="Premier of Western Australia", website="https://www.wa.gov.au",
                notes="Sister-state relationship since 1990."),
    PartnerSpec("AU-QLD", "Queensland Government", None, RG, "state_province", "AU", "Brisbane", "en",
                status="prospect", head_title="Premier of Queensland"),
    PartnerSpec("JP-KKJ", "City of Kitakyushu", "北九州市", RG, "city", "JP", "Kitakyushu", "ja, en",
                head_title="Mayor of Kitakyushu", notes="Green-city and waste-management partner."),
    PartnerSpec("JP-AICHI", "Aichi Prefecture", "愛知県", RG, "state_province", "JP", "Nagoya", "ja, en",
                head_title="Governor of Aichi Prefecture"),
    PartnerSpec("KR-BUSAN", "Busan Metropolitan City", "부산광역시", RG, "city", "KR", "Busan", "ko, en",
                head_title="Mayor of Busan"),
    PartnerSpec("CN-GZ", "Guangzhou Municipal People's Government", "广州市人民政府", RG, "city", "CN", "Guangzhou",
                "zh, en", head_title="Mayor of Guangzhou"),
    PartnerSpec("DE-DUS", "State Capital Düsseldorf", "Landeshauptstadt Düsseldorf", RG, "city", "DE",
                "Düsseldorf", "de, en", head_title="Oberbürgermeister"),
    PartnerSpec("PL-KRK", "City of Kraków", "Miasto Kraków", RG, "city", "PL", "Kraków", "pl, en",
                status="prospect", head_title="Prezydent Miasta Krakowa"),
    PartnerSpec("BR-SP", "State Government of São Paulo", "Governo do Estado de São Paulo", RG, "state_province",
                "BR", "São Paulo", "pt, en", status="prospect", head_title="Governador do Estado de São Paulo"),
    PartnerSpec("VN-DAD", "People's Committee of Đà Nẵng City", "Ủy ban nhân dân thành phố Đà Nẵng", RG, "city",
                "VN", "Đà Nẵng", "vi, en", head_title="Chủ tịch Ủy ban nhân dân"),
    PartnerSpec("CH-ZH", "Canton of Zürich", "Kanton Zürich", RG, "state_province", "CH", "Zürich", "de, en",
                head_title="Regierungspräsident"),
    PartnerSpec("TR-IZM", "İzmir Metropolitan Municipality", "İzmir Büyükşehir Belediyesi", RG, "city", "TR",
                "İzmir", "tr, en", status="inactive", head_title="Büyükşehir Belediye Başkanı"),
    PartnerSpec("MY-PNG", "Penang State Government", "Kerajaan Negeri Pulau Pinang", RG, "state_province", "MY",
                "George Town", "ms, en", status="inactive", head_title="Ketua Menteri Pulau Pinang"),
    PartnerSpec("TH-CNX", "Chiang Mai Provincial Administrative Organization", "องค์การบริหารส่วนจังหวัดเชียงใหม่", RG,
                "state_province", "TH", "Chiang Mai", "th, en", head_title="Chief Executive"),
    PartnerSpec("PH-DVO", "City Government of Davao", None, RG, "city", "PH", "Davao City", "en, fil",
                head_title="City Mayor"),
    PartnerSpec("NL-RTM", "Municipality of Rotterdam", "Gemeente Rotterdam", RG, "city", "NL", "Rotterdam", "nl, en",
                head_title="Burgemeester"),
    PartnerSpec("US-HI", "State of Hawaiʻi", "Mokuʻāina o Hawaiʻi", RG, "state_province", "US", "Honolulu", "en",
                head_title="Governor of Hawaiʻi"),
    PartnerSpec("TW-KHH", "Kaohsiung City Government", "高雄市政府", RG, "city", "TW", "Kaohsiung", "zh, en",
                status="prospect", notes="No diplomatic relations: any cooperation needs the centre's approval."),
    PartnerSpec("HU-DEB", "Municipality of Debrecen", "Debrecen Megyei Jogú Város Önkormányzata", RG, "city", "HU",
                "Debrecen", "hu, en", status="prospect", head_title="Polgármester"),
    PartnerSpec("EG-ALX", "Alexandria Governorate", "محافظة الإسكندرية", RG, "state_province", "EG", "Alexandria",
                "ar, en", head_title="Governor of Alexandria"),
    PartnerSpec("NO-TOS", "Tromsø Municipality", "Tromsø kommune", RG, "city", "NO", "Tromsø", "no, en",
                status="prospect", head_title="Ordfører"),
    PartnerSpec("ES-AGP", "Málaga City Council", "Ayuntamiento de Málaga", RG, "city", "ES", "Málaga", "es, en",
                status="prospect", head_title="Alcalde de Málaga"),
    PartnerSpec("AU-UWA", "The University of Western Australia", None, UNI, None, "AU", "Perth", "en",
                website="https://www.uwa.edu.au"),
    PartnerSpec("JP-KYUDAI", "Kyushu University", "九州大学", UNI, None, "JP", "Fukuoka", "ja, en"),
    PartnerSpec("PL-UJ", "Jagiellonian University", "Uniwersytet Jagielloński", UNI, None, "PL", "Kraków",
                "pl, en", status="prospect"),
    PartnerSpec("KR-PNU", "Pusan National University", "부산대학교", UNI, None, "KR", "Busan", "ko, en"),
    PartnerSpec("BR-USP", "University of São Paulo", "Universidade de São Paulo", UNI, None, "BR", "São Paulo",
                "pt, en", status="prospect"),
    PartnerSpec("CH-ETH", "ETH Zürich", "Eidgenössische Technische Hochschule Zürich", UNI, None, "CH", "Zürich",
                "de, en", status="prospect"),
    PartnerSpec("VN-UD", "The University of Da Nang", "Đại học Đà Nẵng", UNI, None, "VN", "Đà Nẵng", "vi, en"),
    PartnerSpec("DE-RWL", "Rheinwerk Logistik GmbH", None, BIZ, None, "DE", "Düsseldorf", "de, en",
                status="prospect"),
    PartnerSpec("JP-KMF", "Kansai Marine Foods Co., Ltd.", "関西マリンフーズ株式会社", BIZ, None, "JP", "Ōsaka",
                "ja, en"),
    PartnerSpec("KR-HSC", "Hanbit Smart City Co., Ltd.", "한빛스마트시티 주식회사", BIZ, None, "KR", "Seoul", "ko, en",
                status="prospect"),
    PartnerSpec("CN-ZPM", "Zhujiang Port Machinery Co., Ltd.", "珠江港口机械有限公司", BIZ, None, "CN", "Guangzhou",
                "zh, en", status="prospect"),
    PartnerSpec("VN-SGE", "Saigon Green Energy JSC", "Công ty Cổ phần Năng lượng Xanh Sài Gòn", BIZ, None, "VN",
                "Thành phố Hồ Chí Minh", "vi, en", status="prospect"),
    PartnerSpec("BR-CAF", "Café Brasil Exportação Ltda.", None, BIZ, None, "BR", "Santos", "pt, en",
                status="prospect"),
    PartnerSpec("DE-DIG", "Deutsch-Indonesische Gesellschaft Düsseldorf e.V.", None, NGO, None, "DE", "Düsseldorf",
                "de, id, en"),
    PartnerSpec("JP-AIFA", "Aichi–Indonesia Friendship Association", "愛知インドネシア友好協会", NGO, None, "JP",
                "Nagoya", "ja, id"),
    PartnerSpec("AU-PCRT", "Pacific Coral Reef Trust", None, NGO, None, "AU", "Cairns", "en", status="prospect"),
    PartnerSpec("JP-JICA", "Japan International Cooperation Agency (JICA)", "独立行政法人国際協力機構", STATE, None,
                "JP", "Tōkyō", "ja, en", website="https://www.jica.go.jp"),
    PartnerSpec("DE-GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", None, STATE, None,
                "DE", "Bonn", "de, en", website="https://www.giz.de"),
    PartnerSpec("KR-KOICA", "Korea International Cooperation Agency (KOICA)", "한국국제협력단", STATE, None, "KR",
                "Seongnam", "ko, en", status="inactive"),
    PartnerSpec("US-UNDP", "United Nations Development Programme (UNDP)", None, IO, None, "US", "New York", "en",
                website="https://www.undp.org"),
    PartnerSpec("FR-UNESCO", "UNESCO", "Organisation des Nations unies pour l'éducation, la science et la culture",
                IO, None, "FR", "Paris", "fr, en", status="prospect"),
    PartnerSpec("PH-ADB", "Asian Development Bank", None, IO, None, "PH", "Mandaluyong", "en", status="prospect"),
)

# How an Indonesian text names the hand-written partners and their heads: (name, head's title).
PARTNER_NAMES_ID: dict[str, tuple[str, str | None]] = {
    "AU-WA": ("Pemerintah Negara Bagian Australia Barat", "Perdana Menteri Australia Barat"),
    "AU-QLD": ("Pemerintah Negara Bagian Queensland", "Perdana Menteri Queensland"),
    "JP-KKJ": ("Pemerintah Kota Kitakyushu", "Wali Kota Kitakyushu"),
    "JP-AICHI": ("Pemerintah Prefektur Aichi", "Gubernur Prefektur Aichi"),
    "KR-BUSAN": ("Pemerintah Kota Metropolitan Busan", "Wali Kota Busan"),
    "CN-GZ": ("Pemerintah Rakyat Kota Guangzhou", "Wali Kota Guangzhou"),
    "DE-DUS": ("Pemerintah Kota Düsseldorf", "Wali Kota Düsseldorf"),
    "PL-KRK": ("Pemerintah Kota Kraków", "Presiden Kota Kraków"),
    "BR-SP": ("Pemerintah Negara Bagian São Paulo", "Gubernur Negara Bagian São Paulo"),
    "VN-DAD": ("Komite Rakyat Kota Đà Nẵng", "Ketua Komite Rakyat Kota Đà Nẵng"),
    "CH-ZH": ("Pemerintah Kanton Zürich", "Presiden Dewan Pemerintahan Kanton Zürich"),
    "TR-IZM": ("Pemerintah Kota Metropolitan İzmir", "Wali Kota Metropolitan İzmir"),
    "MY-PNG": ("Kerajaan Negeri Pulau Pinang", "Ketua Menteri Pulau Pinang"),
    "TH-CNX": ("Organisasi Administrasi Provinsi Chiang Mai", "Ketua Eksekutif"),
    "PH-DVO": ("Pemerintah Kota Davao", "Wali Kota Davao"),
    "NL-RTM": ("Pemerintah Kota Rotterdam", "Wali Kota Rotterdam"),
    "US-HI": ("Pemerintah Negara Bagian Hawaiʻi", "Gubernur Hawaiʻi"),
    "TW-KHH": ("Pemerintah Kota Kaohsiung", None),
    "HU-DEB": ("Pemerintah Kota Debrecen", "Wali Kota Debrecen"),
    "EG-ALX": ("Pemerintah Kegubernuran Aleksandria", "Gubernur Aleksandria"),
    "NO-TOS": ("Pemerintah Kota Tromsø", "Wali Kota Tromsø"),
    "ES-AGP": ("Pemerintah Kota Málaga", "Wali Kota Málaga"),
    "AU-UWA": ("Universitas Australia Barat", None),
    "JP-KYUDAI": ("Universitas Kyushu", None),
    "PL-UJ": ("Universitas Jagiellonian", None),
    "KR-PNU": ("Universitas Nasional Pusan", None),
    "BR-USP": ("Universitas São Paulo", None),
    "VN-UD": ("Universitas Đà Nẵng", None),
    "JP-JICA": ("Badan Kerja Sama Internasional Jepang (JICA)", None),
    "KR-KOICA": ("Badan Kerja Sama Internasional Korea (KOICA)", None),
    "US-UNDP": ("Program Pembangunan Perserikatan Bangsa-Bangsa (UNDP)", None),
    "PH-ADB": ("Bank Pembangunan Asia", None),
}

# People of the partners' countries, for contacts: (given names, family names, family name first?)
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "AU": (("Olivia", "James", "Charlotte", "Liam", "Grace", "Noah"), ("Smith", "Nguyen", "O'Brien", "Taylor",
                                                                     "Walker", "Kelly"), False),
    "JP": (("Haruto", "Yui", "Sōta", "Aoi", "Ren", "Yūko", "Kenji", "Mayumi"), ("Satō", "Suzuki", "Takahashi",
                                                                                "Tanaka", "Itō", "Watanabe",
                                                                                "Yamamoto", "Nakamura"), True),
    "KR": (("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin"), ("Kim", "Lee", "Park", "Choi", "Jung",
                                                                           "Kang"), True),
    "CN": (("Wei", "Fang", "Jing", "Lei", "Xiuying", "Yang"), ("Wang", "Li", "Zhang", "Liu", "Chen", "Huang"), True),
    "DE": (("Lukas", "Anna", "Jürgen", "Sophie", "Jörg", "Lena"), ("Müller", "Schmidt", "Schäfer", "Weiß",
                                                                   "Köhler", "Becker"), False),
    "PL": (("Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Michał", "Zofia"), ("Nowak", "Kowalski", "Wiśniewska",
                                                                              "Wójcik", "Kamiński", "Zając"), False),
    "BR": (("João", "Ana", "José", "Letícia", "Antônio", "Mariana"), ("Silva", "Santos", "Conceição", "Gonçalves",
                                                                     "Araújo", "Oliveira"), False),
    "VN": (("Anh", "Minh", "Thảo", "Hùng", "Lan", "Phương"), ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"), True),
    "CH": (("Luca", "Mia", "Noah", "Léa", "Elias", "Chiara"), ("Müller", "Meier", "Schneider", "Brunner",
                                                              "Gerber", "Baumann"), False),
    "TR": (("Ayşe", "Mehmet", "Elif", "Çağrı", "Zeynep", "Emre"), ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik",
                                                                  "Öztürk"), False),
    "MY": (("Ahmad", "Nurul", "Siti", "Lim", "Muhammad", "Tan"), ("Abdullah", "Ismail", "Hassan", "Wei Ming",
                                                                 "Rahman", "Mei Ling"), False),
    "TH": (("Somchai", "Malee", "Anan", "Kanya", "Chai", "Suda"), ("Srisuk", "Chaiyaporn", "Wongsawat",
                                                                  "Boonmee", "Saetang", "Rattanakorn"), False),
    "PH": (("Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo"), ("Dela Cruz", "Santos", "Reyes", "García",
                                                                       "Mendoza", "Bautista"), False),
    "NL": (("Daan", "Emma", "Sem", "Julia", "Bram", "Sanne"), ("de Jong", "Jansen", "de Vries", "van den Berg",
                                                              "Bakker", "Visser"), False),
    "US": (("Michael", "Jennifer", "David", "Keala", "Sarah", "Kai"), ("Johnson", "Williams", "Kahananui",
                                                                      "Brown", "García", "Nakamura"), False),
    "TW": (("Chia-hao", "Shu-fen", "Chih-ming", "Mei-ling"), ("Chen", "Lin", "Huang", "Chang"), True),
    "HU": (("Bence", "Zsófia", "Máté", "Réka", "Ádám", "Eszter"), ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth",
                                                                  "Varga"), True),
    "EG": (("Ahmed", "Fatma", "Mohamed", "Nour", "Omar", "Yasmin"), ("Hassan", "Ibrahim", "Mahmoud", "Mostafa",
                                                                    "Saleh", "Fahmy"), False),
    "NO": (("Lars", "Ingrid", "Bjørn", "Solveig", "Øyvind", "Kari"), ("Hansen", "Johansen", "Olsen", "Larsen",
                                                                     "Sørensen", "Berg"), False),
    "ES": (("Lucía", "Javier", "María José", "Álvaro", "Carmen", "Sergio"), ("García", "Fernández", "López",
                                                                            "Martínez", "Sánchez", "Muñoz"), False),
    "FR": (("Léa", "Hugo", "Chloé", "Théo", "Inès", "Louis"), ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau",
                                                              "Girard"), False),
    "IT": (("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Niccolò"), ("Rossi", "Russo", "Ferrari", "Esposito",
                                                                          "Bianchi", "Romano"), False),
    "GB": (("Oliver", "Amelia", "Harry", "Isla", "George", "Sophie"), ("Smith", "Jones", "Williams", "Davies",
                                                                      "Evans", "Thomas"), False),
    "IN": (("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Lakshmi"), ("Sharma", "Nair", "Iyer", "Menon",
                                                                       "Reddy", "Pillai"), False),
    "SA": (("Abdullah", "Noura", "Faisal", "Reem", "Khalid", "Sara"), ("Al-Harbi", "Al-Qahtani", "Al-Ghamdi",
                                                                      "Al-Otaibi", "Al-Zahrani", "Al-Shehri"), False),
    "RU": (("Aleksandr", "Yelena", "Dmitriy", "Olga", "Sergey", "Tatyana"), ("Ivanov", "Smirnova", "Kuznetsov",
                                                                            "Popova", "Sokolov", "Volkova"), False),
    "CZ": (("Jiří", "Tereza", "Tomáš", "Kateřina", "Petr", "Lucie"), ("Novák", "Dvořák", "Černý", "Procházková",
                                                                     "Kučera", "Veselá"), False),
    "MX": (("José Luis", "Guadalupe", "Alejandro", "Ximena", "Fernando", "Sofía"), ("Hernández", "García",
                                                                                   "Martínez", "López",
                                                                                   "González", "Pérez"), False),
    "SG": (("Wei Jie", "Hui Min", "Arjun", "Nur Aisyah"), ("Tan", "Lim", "Ng", "Rahman"), False),
    "NZ": (("Aroha", "Liam", "Mere", "Jack"), ("Ngata", "Wilson", "Tūhoe", "Thompson"), False),
    "AE": (("Mohammed", "Mariam", "Rashid", "Aisha"), ("Al Nahyan", "Al Maktoum", "Al Mansouri", "Al Suwaidi"),
           False),
}


# --- generated partners at larger scales --------------------------------------------------------------


@dataclass(frozen=True)
class CountryPool:
    """Places of one country and how its local governments, universities and firms are named."""

    code: str
    languages: str
    cities: tuple[tuple[str, str | None], ...]  # (Latin name, name in the original script when different)
    government: tuple[str, str | None]  # English pattern, original pattern ({city} / {original})
    university: tuple[str, str | None]
    business_words: tuple[str, ...]
    business_suffix: str
    level: str = "city"


POOLS: tuple[CountryPool, ...] = (
    CountryPool("JP", "ja, en", (("Kitakyushu", "北九州"), ("Fukuoka", "福岡"), ("Ōsaka", "大阪"), ("Kyōto", "京都"),
                                 ("Kōbe", "神戸"), ("Sapporo", "札幌"), ("Sendai", "仙台"), ("Hiroshima", "広島"),
                                 ("Niigata", "新潟"), ("Kumamoto", "熊本"), ("Nagasaki", "長崎"), ("Okayama", "岡山")),
                ("City of {city}", "{original}市"), ("{city} University", "{original}大学"),
                ("Shōji", "Suisan", "Kōgyō", "Denki", "Kankō"), "Co., Ltd."),
    CountryPool("KR", "ko, en", (("Busan", "부산"), ("Incheon", "인천"), ("Daegu", "대구"), ("Gwangju", "광주"),
                                 ("Daejeon", "대전"), ("Ulsan", "울산"), ("Suwon", "수원"), ("Changwon", "창원"),
                                 ("Jeonju", "전주"), ("Gyeongju", "경주")),
                ("{city} Metropolitan City", "{original}시"), ("{city} National University", "{original}대학교"),
                ("Marine", "Tech", "Smart Farm", "Logistics", "Bio"), "Co., Ltd."),
    CountryPool("CN", "zh, en", (("Guangzhou", "广州"), ("Shenzhen", "深圳"), ("Xiamen", "厦门"), ("Nanning", "南宁"),
                                 ("Kunming", "昆明"), ("Hangzhou", "杭州"), ("Chengdu", "成都"), ("Qingdao", "青岛"),
                                 ("Fuzhou", "福州"), ("Haikou", "海口")),
                ("{city} Municipal People's Government", "{original}市人民政府"), ("{city} University", "{original}大学"),
                ("Trading", "Machinery", "Agricultural Technology", "New Energy", "Ceramics"), "Co., Ltd."),
    CountryPool("DE", "de, en", (("Düsseldorf", None), ("München", None), ("Köln", None), ("Nürnberg", None),
                                 ("Würzburg", None), ("Lübeck", None), ("Göttingen", None), ("Saarbrücken", None),
                                 ("Osnabrück", None), ("Tübingen", None), ("Fürth", None), ("Bremen", None)),
                ("City of {city}", "Stadt {city}"), ("University of {city}", "Universität {city}"),
                ("Maschinenbau", "Logistik", "Umwelttechnik", "Solartechnik", "Gewürzhandel"), "GmbH"),
    CountryPool("PL", "pl, en", (("Kraków", None), ("Łódź", None), ("Wrocław", None), ("Gdańsk", None),
                                 ("Poznań", None), ("Toruń", None), ("Białystok", None), ("Rzeszów", None),
                                 ("Częstochowa", None), ("Zielona Góra", None)),
                ("City of {city}", "Miasto {city}"), ("{city} University of Technology", None),
                ("Przemysł", "Żegluga", "Rolnictwo", "Energia", "Handel"), "Sp. z o.o."),
    CountryPool("BR", "pt, en", (("São Paulo", None), ("Belém", None), ("Florianópolis", None), ("Goiânia", None),
                                 ("Maceió", None), ("São Luís", None), ("Ribeirão Preto", None), ("Niterói", None),
                                 ("Vitória", None), ("Cuiabá", None)),
                ("Municipality of {city}", "Prefeitura Municipal de {city}"),
                ("Federal University of {city}", "Universidade Federal de {city}"),
                ("Agronegócio", "Exportação", "Energia Solar", "Café", "Logística"), "Ltda."),
    CountryPool("VN", "vi, en", (("Đà Nẵng", None), ("Hải Phòng", None), ("Cần Thơ", None), ("Huế", None),
                                 ("Nha Trang", None), ("Quy Nhơn", None), ("Vũng Tàu", None), ("Hạ Long", None),
                                 ("Đà Lạt", None), ("Buôn Ma Thuột", None)),
                ("People's Committee of {city}", "Ủy ban nhân dân {city}"), ("{city} University", "Đại học {city}"),
                ("Thủy sản", "Năng lượng", "Cà phê", "Du lịch", "Xây dựng"), "JSC"),
    CountryPool("AU", "en", (("Perth", None), ("Darwin", None), ("Adelaide", None), ("Hobart", None),
                             ("Townsville", None), ("Geelong", None), ("Newcastle", None), ("Wollongong", None),
                             ("Cairns", None), ("Bunbury", None)),
                ("City of {city}", None), ("{city} Institute of Technology", None),
                ("Agritech", "Mining Services", "Education Group", "Aquaculture", "Renewables"), "Pty Ltd"),
    CountryPool("CH", "de, fr, en", (("Zürich", None), ("Genève", None), ("Bern", None), ("Lausanne", None),
                                     ("Neuchâtel", None), ("St. Gallen", None), ("Biel/Bienne", None)),
                ("City of {city}", "Stadt {city}"), ("University of {city}", "Universität {city}"),
                ("Präzisionstechnik", "Uhren", "Wasserwirtschaft", "Pharma"), "AG"),
    CountryPool("FR", "fr, en", (("Lyon", None), ("Orléans", None), ("Besançon", None), ("Nîmes", None),
                                 ("Angers", None), ("Brest", None), ("Clermont-Ferrand", None), ("Béziers", None)),
                ("City of {city}", "Ville de {city}"), ("University of {city}", "Université de {city}"),
                ("Énergies", "Agroalimentaire", "Aéronautique", "Tourisme"), "SAS"),
    CountryPool("NL", "nl, en", (("Rotterdam", None), ("Den Haag", None), ("Groningen", None), ("Leeuwarden", None),
                                 ("'s-Hertogenbosch", None), ("Zwolle", None), ("Delft", None)),
                ("Municipality of {city}", "Gemeente {city}"), ("{city} University of Applied Sciences",
                                                                 "Hogeschool {city}"),
                ("Waterbouw", "Havenlogistiek", "Tuinbouw", "Specerijen"), "B.V."),
    CountryPool("TR", "tr, en", (("İzmir", None), ("Bursa", None), ("Eskişehir", None), ("Gaziantep", None),
                                 ("Muğla", None), ("Şanlıurfa", None), ("Çanakkale", None)),
                ("{city} Municipality", "{city} Belediyesi"), ("{city} University", "{city} Üniversitesi"),
                ("Tekstil", "Gıda", "İnşaat", "Turizm"), "A.Ş."),
    CountryPool("MY", "ms, en", (("George Town", None), ("Johor Bahru", None), ("Kota Kinabalu", None),
                                 ("Kuching", None), ("Melaka", None), ("Ipoh", None), ("Shah Alam", None)),
                ("{city} City Council", "Majlis Bandaraya {city}"), ("Universiti {city}", None),
                ("Sawit", "Halal Food", "Logistik", "Pelancongan"), "Sdn. Bhd."),
    CountryPool("TH", "th, en", (("Chiang Mai", "เชียงใหม่"), ("Khon Kaen", "ขอนแก่น"), ("Phuket", "ภูเก็ต"),
                                 ("Songkhla", "สงขลา"), ("Udon Thani", "อุดรธานี"),
                                 ("Nakhon Ratchasima", "นครราชสีมา")),
                ("{city} Municipality", "เทศบาลนคร{original}"), ("{city} University", "มหาวิทยาลัย{original}"),
                ("Rice Export", "Rubber", "Tourism", "Seafood"), "Co., Ltd."),
    CountryPool("PH", "en, fil", (("Davao City", None), ("Cebu City", None), ("Iloilo City", None),
                                  ("Zamboanga City", None), ("Baguio", None), ("General Santos", None)),
                ("City Government of {city}", None), ("University of {city}", None),
                ("Agri-Ventures", "Shipping", "Coconut Products", "BPO Services"), "Inc."),
    CountryPool("US", "en", (("Honolulu", None), ("Seattle", None), ("San José", None), ("Santa Fé", None),
                             ("Portland", None), ("Albuquerque", None), ("Sacramento", None)),
                ("City of {city}", None), ("University of {city}", None),
                ("Clean Tech", "Trade Partners", "Software", "Food Imports"), "Inc."),
    CountryPool("KR", "ko, en", (("Jeju", "제주"), ("Pohang", "포항"), ("Yeosu", "여수"), ("Gangneung", "강릉")),
                ("{city} City", "{original}시"), ("{city} University", "{original}대학교"),
                ("Fisheries", "Steel", "Tourism"), "Co., Ltd."),
    CountryPool("HU", "hu, en", (("Debrecen", None), ("Szeged", None), ("Pécs", None), ("Győr", None),
                                 ("Székesfehérvár", None), ("Kecskemét", None)),
                ("Municipality of {city}", "{city} Megyei Jogú Város Önkormányzata"),
                ("University of {city}", "{city}i Tudományegyetem"),
                ("Gépgyártás", "Mezőgazdaság", "Gyógyvíz"), "Kft."),
    CountryPool("CZ", "cs, en", (("Brno", None), ("Plzeň", None), ("Olomouc", None), ("Ústí nad Labem", None),
                                 ("České Budějovice", None), ("Hradec Králové", None)),
                ("City of {city}", "Statutární město {city}"), ("University of {city}", "Univerzita {city}"),
                ("Strojírna", "Sklárna", "Pivovar"), "s.r.o."),
    CountryPool("NO", "no, en", (("Tromsø", None), ("Bodø", None), ("Ålesund", None), ("Bergen", None),
                                 ("Trondheim", None)),
                ("{city} Municipality", "{city} kommune"), ("University of {city}", "Universitetet i {city}"),
                ("Havbruk", "Sjømat", "Fornybar"), "AS"),
    CountryPool("ES", "es, en", (("Málaga", None), ("Córdoba", None), ("A Coruña", None), ("León", None),
                                 ("Cádiz", None), ("Logroño", None), ("Almería", None)),
                ("City Council of {city}", "Ayuntamiento de {city}"), ("University of {city}", "Universidad de {city}"),
                ("Aceites", "Energía Solar", "Turismo", "Pesca"), "S.L."),
    CountryPool("IT", "it, en", (("Torino", None), ("Genova", None), ("Forlì", None), ("Cefalù", None),
                                 ("Bologna", None), ("Bari", None)),
                ("City of {city}", "Città di {city}"), ("University of {city}", "Università degli Studi di {city}"),
                ("Meccanica", "Caffè", "Design", "Agroalimentare"), "S.r.l."),
    CountryPool("GB", "en", (("Liverpool", None), ("Bristol", None), ("Leeds", None), ("Aberdeen", None),
                             ("Cardiff", None), ("Belfast", None)),
                ("{city} City Council", None), ("University of {city}", None),
                ("Maritime", "Education Services", "Fintech", "Tea Importers"), "Ltd"),
    CountryPool("IN", "hi, en", (("Kochi", "കൊച്ചി"), ("Chennai", "சென்னை"), ("Pune", "पुणे"), ("Jaipur", "जयपुर"),
                                 ("Ahmedabad", "અમદાવાદ")),
                ("{city} Municipal Corporation", None), ("University of {city}", None),
                ("Spices", "Textiles", "Pharma", "IT Services"), "Pvt. Ltd."),
    CountryPool("SA", "ar, en", (("Jeddah", "جدة"), ("Riyadh", "الرياض"), ("Dammam", "الدمام"), ("Madinah",
                                                                                           "المدينة المنورة")),
                ("{city} Municipality", "أمانة {original}"), ("{city} University", "جامعة {original}"),
                ("Hajj Services", "Dates Trading", "Petrochemicals"), "Co."),
    CountryPool("EG", "ar, en", (("Alexandria", "الإسكندرية"), ("Port Said", "بورسعيد"), ("Aswan", "أسوان"),
                                 ("Luxor", "الأقصر")),
                ("{city} Governorate", "محافظة {original}"), ("{city} University", "جامعة {original}"),
                ("Cotton", "Tourism", "Shipping"), "S.A.E."),
    CountryPool("RU", "ru, en", (("Kazan", "Казань"), ("Vladivostok", "Владивосток"), ("Yekaterinburg",
                                                                                     "Екатеринбург"),
                                 ("Novosibirsk", "Новосибирск")),
                ("Administration of {city}", "Администрация города {original}"),
                ("{city} State University", None),
                ("Trading", "Shipping", "Energy"), "LLC"),
    CountryPool("MX", "es, en", (("Querétaro", None), ("Mérida", None), ("Mazatlán", None), ("Morelia", None),
                                 ("León", None)),
                ("Municipality of {city}", "Municipio de {city}"),
                ("Autonomous University of {city}", "Universidad Autónoma de {city}"),
                ("Agroindustria", "Turismo", "Energía"), "S.A. de C.V."),
    CountryPool("SG", "en, ms, zh", (("Singapore", None),),
                ("{city} Economic Development Board", None), ("{city} Institute of Technology", None),
                ("Port Services", "Urban Solutions", "Water Technology"), "Pte. Ltd."),
    CountryPool("NZ", "en, mi", (("Wellington", "Te Whanganui-a-Tara"), ("Tauranga", None), ("Whangārei", None),
                                 ("Ōtautahi Christchurch", None)),
                ("{city} City Council", None), ("University of {city}", None),
                ("Dairy", "Horticulture", "Geothermal"), "Ltd"),
    CountryPool("AE", "ar, en", (("Dubai", "دبي"), ("Abu Dhabi", "أبوظبي"), ("Sharjah", "الشارقة")),
                ("Government of {city}", "حكومة {original}"), ("{city} University", "جامعة {original}"),
                ("Halal Logistics", "Trading", "Investment"), "LLC"),
)

NGO_PATTERNS = (
    "{city}–East Java Friendship Association", "{city} Foundation for Coastal Communities",
    "{city} Chamber of Commerce and Industry", "Friends of Indonesia {city}", "{city} Centre for Cultural Exchange",
)
IO_NAMES = (
    ("Regional Centre for Disaster Resilience", "TH"), ("Asia-Pacific Urban Water Network", "SG"),
    ("International Network for Sustainable Fisheries", "NO"), ("Global Heritage Cities Forum", "FR"),
    ("Coral Triangle Partnership Secretariat", "PH"), ("Alliance for Vocational Skills in Asia", "KR"),
)


# --- agreements, activities and budgets -------------------------------------------------------------

SECTOR_TITLES: dict[str, tuple[str, str]] = {
    "economy_trade": ("Kerja Sama Ekonomi dan Perdagangan", "Cooperation in Economy and Trade"),
    "investment": ("Promosi dan Fasilitasi Penanaman Modal", "Investment Promotion and Facilitation"),
    "tourism": ("Pengembangan Pariwisata", "Tourism Development"),
    "culture": ("Pertukaran Kebudayaan", "Cultural Exchange"),
    "education": ("Kerja Sama Pendidikan dan Beasiswa", "Education and Scholarships"),
    "health": ("Peningkatan Layanan Kesehatan", "Improving Health Services"),
    "environment": ("Pengelolaan Lingkungan dan Persampahan", "Environment and Waste Management"),
    "agriculture": ("Pengembangan Pertanian Modern", "Modern Agriculture"),
    "fisheries": ("Kelautan dan Perikanan Berkelanjutan", "Sustainable Marine Affairs and Fisheries"),
    "urban_management": ("Tata Kelola Perkotaan", "Urban Management"),
    "youth_sport": ("Pertukaran Pemuda dan Olahraga", "Youth and Sport Exchange"),
    "science_technology": ("Alih Ilmu Pengetahuan dan Teknologi", "Science and Technology Transfer"),
    "capacity_building": ("Peningkatan Kapasitas Aparatur", "Capacity Building for Civil Servants"),
    "regional_promotion": ("Promosi Potensi Daerah", "Promotion of Regional Potential"),
}

INSTRUMENT_TITLES = {
    "loi": ("Surat Pernyataan Kehendak tentang", "Letter of Intent on"),
    "mou": ("Nota Kesepahaman tentang", "Memorandum of Understanding on"),
    "arrangement": ("Perjanjian Kerja Sama tentang", "Implementing Arrangement on"),
    "other": ("Naskah Kerja Sama tentang", "Agreement on"),
}

ASSESSMENT_REASONS = {
    "efficiency": ("Biaya ditanggung bersama; kunjungan digabung dengan agenda lain.",
                   "Biaya perjalanan tinggi dibanding hasil yang dicapai."),
    "effectiveness": ("Mendukung target RPJMD dan memperbaiki layanan publik.",
                      "Belum terlihat dampak pada layanan publik."),
    "synergy": ("Melibatkan perangkat daerah, perguruan tinggi dan dunia usaha.",
                "Hanya satu perangkat daerah yang terlibat."),
    "mutual_benefit": ("Kedua pihak memperoleh manfaat yang seimbang.",
                       "Manfaat lebih banyak diterima pihak mitra."),
}

ACTIVITIES: tuple[tuple[str, str, tuple[tuple[str, int, int, str], ...]], ...] = (
    # (kind, title, indicators: (name, low, high, unit))
    ("training", "Pelatihan pengelolaan sampah berbasis masyarakat",
     (("Peserta pelatihan", 20, 60, "orang"), ("Bank sampah baru", 2, 15, "unit"))),
    ("exchange", "Pertukaran pelajar dan guru", (("Pelajar", 5, 30, "orang"), ("Guru", 2, 8, "orang"))),
    ("trade_mission", "Misi dagang produk UMKM", (("Nilai kontrak", 50_000, 900_000, "USD"),
                                                  ("UMKM peserta", 8, 40, "usaha"))),
    ("cultural_event", "Festival budaya dan promosi pariwisata", (("Pengunjung", 800, 12_000, "orang"),)),
    ("meeting", "Rapat Kelompok Kerja Bersama (Joint Working Group)", (("Rencana aksi disepakati", 3, 12, "butir"),)),
    ("joint_project", "Proyek percontohan bersama", (("Lokasi percontohan", 1, 6, "lokasi"),
                                                     ("Penerima manfaat", 100, 5_000, "orang"))),
    ("visit", "Kunjungan kerja delegasi", (("Anggota delegasi", 3, 10, "orang"),)),
    ("training", "Pelatihan aparatur di negara mitra", (("Aparatur dilatih", 5, 25, "orang"),)),
    ("grant", "Penyerahan hibah peralatan", (("Nilai hibah", 10_000, 250_000, "USD"),)),
)

# (account code, activity, description, share of a year's trips, currency-bearing?)
BUDGET_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("5.1.02.04.02.0001", "Fasilitasi Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri",
     "Belanja Perjalanan Dinas Biasa - Luar Negeri"),
    ("5.1.02.04.01.0001", "Fasilitasi Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri",
     "Belanja Perjalanan Dinas Biasa (dalam negeri, koordinasi Kemendagri dan Kemlu)"),
    ("5.1.02.01.01.0052", "Fasilitasi Kerja Sama Daerah dengan Lembaga di Luar Negeri",
     "Belanja Makanan dan Minuman Jamuan Tamu Delegasi"),
    ("5.1.02.02.01.0035", "Fasilitasi Kerja Sama Daerah dengan Lembaga di Luar Negeri",
     "Belanja Jasa Penerjemahan dan Juru Bahasa"),
    ("5.1.02.01.01.0026", "Fasilitasi Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri",
     "Belanja Cetak Naskah Perjanjian dan Dokumen"),
    ("5.1.02.02.01.0003", "Fasilitasi Kerja Sama Daerah dengan Lembaga di Luar Negeri",
     "Honorarium Narasumber Kajian Kelayakan Kerja Sama"),
)
GRANT_ACCOUNT = ("4.3.01.01.01.0001", "Penerimaan Hibah Luar Negeri melalui Pemerintah Pusat",
                 "Pendapatan Hibah dari Mitra Luar Negeri")

RATE_SOURCE = "Kurs tengah Bank Indonesia (contoh demo)"
# Rupiah per unit of currency around which the demo's transaction rates move.
BASE_RATES = {"USD": "15850", "EUR": "17240", "JPY": "106.35", "AUD": "10420", "KRW": "11.62", "CNY": "2195"}
COUNTRY_CURRENCY = {"JP": "JPY", "DE": "EUR", "NL": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR", "AU": "AUD",
                    "KR": "KRW", "CN": "CNY", "CH": "EUR", "PL": "EUR", "HU": "EUR", "CZ": "EUR"}

# --- per-diem rates ---------------------------------------------------------------------------------

PMK_2024_SOURCE = "PMK 49/2023 (TA 2024)"
# Daily allowance in USD for grades A, B, C, D (shared/domain.md, pasundan.jabarekspres.com 2023-05-12).
PMK_2024_RATES = {"GB": (792, 774, 583, 582), "IT": (702, 637, 446, 427), "US": (659, 563, 505, 447)}
DEMO_RATE_SOURCE = "Contoh demo - bukan angka resmi PMK; ganti dengan tabel SBM yang berlaku"
# Plausible but invented figures, marked as such in their source text.
DEMO_RATES = {
    "JP": (690, 590, 470, 430), "KR": (620, 540, 430, 400), "CN": (560, 480, 400, 360),
    "AU": (640, 560, 450, 420), "DE": (680, 600, 460, 430), "PL": (520, 450, 380, 350),
    "BR": (560, 480, 400, 370), "VN": (420, 360, 300, 280), "CH": (780, 700, 560, 520),
    "NL": (660, 580, 450, 420), "TR": (480, 420, 350, 320), "MY": (430, 370, 320, 290),
    "TH": (440, 380, 320, 290), "PH": (420, 360, 300, 280), "FR": (700, 620, 470, 440),
    "SG": (600, 520, 430, 400), "EG": (430, 370, 310, 290), "SA": (560, 480, 400, 370),
    "NO": (720, 640, 500, 470), "ES": (620, 540, 430, 400), "HU": (500, 430, 360, 330),
}

# --- protocol for delegations ----------------------------------------------------------------------

HOTELS = ("Hotel Majapahit, Surabaya", "JW Marriott Hotel Surabaya", "Vasa Hotel Surabaya",
          "Shangri-La Surabaya", "Hotel Tugu Malang")
INTERPRETERS = {"JP": "Nur Aini Fitriyah (bahasa Jepang)", "KR": "Penerjemah tersumpah bahasa Korea",
                "CN": "Penerjemah tersumpah bahasa Mandarin", "DE": "Penerjemah tersumpah bahasa Jerman"}
FORMS_OF_ADDRESS = {
    "JP": "Ketua delegasi: \"Mayor ...\" / \"...-shichō\"; anggota: nama keluarga + \"-san\".",
    "KR": "Ketua delegasi: \"Mayor ...\"; anggota: jabatan + nama keluarga.",
    "CN": "Ketua delegasi: \"Mayor ...\"; anggota: nama keluarga + jabatan.",
    "*": "Ketua delegasi: \"Your Excellency\"; anggota: \"Mr./Ms.\" + nama keluarga.",
}
DIETARY_NEEDS = {
    "SA": "Halal untuk seluruh rombongan.", "EG": "Halal untuk seluruh rombongan.",
    "JP": "Tidak makan pedas (2 orang); alergi udang (1 orang).",
    "*": "Vegetarian (1 orang); tanpa daging babi untuk jamuan resmi.",
}
# (description, value in rupiah) given by our side.
GIFTS_GIVEN = (
    ("Kain batik tulis Madura motif Tanjung Bumi", 2_500_000),
    ("Miniatur patung Suro dan Boyo (lambang Kota Surabaya)", 1_750_000),
    ("Set kopi Ijen Raung dan cangkir keramik Dinoyo", 950_000),
)
# Received, by the giver's country: (description, value or None when unknown, currency).
GIFTS_RECEIVED = {
    "JP": ("Kaligrafi Jepang (shodō) berbingkai", 30_000, "JPY"),
    "AU": ("Buku foto Australia Barat dan plakat", None, "AUD"),
    "CN": ("Teh Dancong dan vas porselen", 800, "CNY"),
    "KR": ("Set ginseng merah Korea", 150_000, "KRW"),
    "*": ("Plakat kenang-kenangan", None, "USD"),
}
