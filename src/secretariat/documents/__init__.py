"""Printed documents (PDF with reportlab, Excel with openpyxl), fed plain data from domain dataclasses.

Nothing here imports Qt, SQLAlchemy or the services: callers hand in the
dataclasses of :mod:`secretariat.domain` and get bytes or a file back.
"""

from __future__ import annotations

from secretariat.domain.drafting import resources_path

__all__ = ["resources_path"]
