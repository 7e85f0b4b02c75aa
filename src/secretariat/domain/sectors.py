"""Default fields of cooperation (Law 23/2014 Art. 367 and typical MoUs); stored as editable data."""

from __future__ import annotations

DEFAULT_SECTORS: tuple[tuple[str, str, str], ...] = (
    ("economy_trade", "Ekonomi dan perdagangan", "Economy and trade"),
    ("investment", "Penanaman modal", "Investment"),
    ("tourism", "Pariwisata", "Tourism"),
    ("culture", "Kebudayaan", "Culture"),
    ("education", "Pendidikan", "Education"),
    ("health", "Kesehatan", "Health"),
    ("environment", "Lingkungan hidup", "Environment"),
    ("agriculture", "Pertanian", "Agriculture"),
    ("fisheries", "Kelautan dan perikanan", "Marine affairs and fisheries"),
    ("urban_management", "Tata kelola perkotaan", "Urban management"),
    ("youth_sport", "Kepemudaan dan olahraga", "Youth and sport"),
    ("science_technology", "Ilmu pengetahuan dan teknologi", "Science and technology"),
    ("capacity_building", "Peningkatan kapasitas teknis dan manajemen", "Technical and management capacity"),
    ("regional_promotion", "Promosi potensi daerah", "Promotion of regional potential"),
)
