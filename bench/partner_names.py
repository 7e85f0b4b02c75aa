"""Made-up partner names for the benchmarks' workbooks: word-like, distinct, and typed as a clerk would."""

from __future__ import annotations

#: First and second halves of a name ("Cedarmaple Novapine Institute").
WORDS = (
    "Alder",
    "Birch",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Grove",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Maple",
    "Nova",
    "Orchid",
    "Pine",
    "Quartz",
    "Raven",
    "Sierra",
    "Tundra",
    "Umber",
    "Vale",
    "Willow",
    "Xenon",
    "Yarrow",
    "Zephyr",
)
#: The last word of a name.
ENDINGS = ("Institute", "Foundation", "College", "Chamber", "Agency")
#: Partner kinds as the Partners sheet's pick list shows them.
KINDS = ("Pemerintah daerah asing", "Perguruan tinggi / sekolah", "Badan usaha", "Organisasi kemasyarakatan / LSM")
