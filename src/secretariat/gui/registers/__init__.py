"""The register pages: lazy SQL-backed table models and the pages that show them."""

from secretariat.gui.registers.model import RECORD_ID_ROLE, RegisterModel
from secretariat.gui.registers.page import EDITOR_KINDS, RegisterPage

__all__ = ["EDITOR_KINDS", "RECORD_ID_ROLE", "RegisterModel", "RegisterPage"]
