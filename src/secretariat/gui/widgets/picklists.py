"""How a record is named in an editor's pick list (the pickers themselves: :mod:`.record_picker`)."""

from __future__ import annotations

from secretariat.services.registers.pickers import agreement_label

__all__ = ["agreement_label"]
