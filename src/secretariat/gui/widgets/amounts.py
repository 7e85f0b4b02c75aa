"""Amounts as clerks type them: "1.234.567,50" (Indonesian) or "1,234,567.50" (English).

Both forms are accepted whatever the interface language; the language only
settles the one ambiguous case, a single separator followed by exactly three
digits ("1.234" is one thousand two hundred and thirty-four in Indonesian,
one point two three four in English). A leading currency sign ("Rp", "IDR",
"USD", "$", ...) and blanks are ignored.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from secretariat.domain.errors import Problem

_PREFIX = re.compile(r"^(rp\.?|idr|usd|eur|jpy|sgd|aud|cny|krw|myr|[$€¥£])\s*", re.IGNORECASE)
_SHAPE = re.compile(r"^[+-]?[\d.,]+$")
_LOCALES = {"id": "id_ID", "en": "en_GB"}
THIN_SPACE = "\u2009"
#: A line edit's frame and inner margins, left and right, in pixels.
PLACEHOLDER_PADDING = 16


class AmountTextError(ValueError):
    """The text is not an amount; carries a :class:`Problem` for the field it came from."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(f"'{text}' is not an amount")
        self.problem = Problem(
            field,
            f"'{text}' is not an amount; type digits, e.g. 1.234.567,50 or 1,234,567.50",
            f"'{text}' bukan jumlah yang sah; ketik angka, mis. 1.234.567,50 atau 1,234,567.50",
        )


def _decimal_separator(body: str, language: str) -> str | None:
    """Which of '.' and ',' separates the decimals in ``body`` (None: there are none)."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        return "." if body.rfind(".") > body.rfind(",") else ","
    if not dots and not commas:
        return None
    sep = "." if dots else ","
    if dots + commas > 1:
        return None  # repeated: a thousands separator
    digits_after = len(body) - body.rfind(sep) - 1
    if digits_after == 3:
        # "1.234" / "1,234": the interface language decides
        thousands = "." if language == "id" else ","
        return None if sep == thousands else sep
    return sep


def parse_amount_text(text: str, language: str = "id", field: str = "amount") -> Decimal | None:
    """The amount in ``text``; None when it is blank. Raises AmountTextError when it is not an amount."""
    raw = (text or "").strip()
    if not raw:
        return None
    body = _PREFIX.sub("", raw).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not _SHAPE.match(body) or not any(ch.isdigit() for ch in body):
        raise AmountTextError(field, raw)
    sign = ""
    if body[0] in "+-":
        sign, body = body[0].replace("+", ""), body[1:]
    decimal_sep = _decimal_separator(body, language)
    if decimal_sep is None:
        integer, fraction = body.replace(".", "").replace(",", ""), ""
    else:
        thousands = "," if decimal_sep == "." else "."
        head, _, fraction = body.rpartition(decimal_sep)
        if thousands in fraction or decimal_sep in head:
            raise AmountTextError(field, raw)
        integer = head.replace(thousands, "")
        if not _well_grouped(head, thousands):
            raise AmountTextError(field, raw)
    if decimal_sep is None and not _well_grouped(body, "." if "." in body else ","):
        raise AmountTextError(field, raw)
    try:
        return Decimal(f"{sign}{integer or '0'}.{fraction or '0'}") if fraction else Decimal(f"{sign}{integer}")
    except InvalidOperation:
        raise AmountTextError(field, raw) from None


def _well_grouped(text: str, separator: str) -> bool:
    """Thousands groups of three digits after the first ("1.234.567", not "1.23.4")."""
    if separator not in text:
        return text.isdigit() or text == ""
    groups = text.split(separator)
    return groups[0].isdigit() and len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:])


def decimal_places(value: Decimal) -> int:
    """The digits ``value`` has after the decimal point once trailing zeros go (0 for whole numbers)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0  # a str exponent: NaN or infinity


def set_amount_placeholder(edit: QLineEdit, text: str) -> None:
    """``edit``'s placeholder, kept clear of the text cursor.

    In a right-aligned field the cursor of an empty, focused field stands on the placeholder's last
    letter ("(IDR)" read "(IDR|", "16,325.50" read "16,325.5|"); a thin space after the text keeps the
    letter beside the cursor rather than under it. The field is made wide enough to show the whole
    placeholder (a narrow form elided "450.000 (IDR)" to "450.00...").
    """
    right = bool(edit.alignment() & Qt.AlignmentFlag.AlignRight)
    shown = text + THIN_SPACE if right and text else text
    edit.setPlaceholderText(shown)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(shown) + PLACEHOLDER_PADDING)


def format_amount_text(value: Decimal | int | None, language: str = "id", decimals: int = 0) -> str:
    """ "1.234.567,50" (id) / "1,234,567.50" (en), with ``decimals`` places; "" for None."""
    if value is None:
        return ""
    quantum = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(
        Decimal(value), format=quantum, locale=_LOCALES.get(language, "id_ID"), decimal_quantization=True
    )
