"""Facts about countries that the office may edit later (flags stored in the database)."""

from __future__ import annotations

ASEAN_MEMBERS = frozenset({"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"})

# Countries with which Indonesia has no formal diplomatic relations (a starting
# point only; the flag is editable per country in the program).
NO_DIPLOMATIC_RELATIONS = frozenset({"IL", "TW"})
