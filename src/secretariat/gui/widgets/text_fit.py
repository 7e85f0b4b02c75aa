"""Line edits as wide as the hint they show: a placeholder ("Ditambahkan oleh…", "Cari nomor atau judul…")
cut in the middle tells the clerk nothing."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit's own space between its frame and its text, each side (qlineedit_p.h: horizontalMargin).
_INNER_MARGIN = 2


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder: frame, margins and clear button included."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    text = metrics.horizontalAdvance(edit.placeholderText())
    content = QSize(text + margins.left() + margins.right() + 2 * _INNER_MARGIN + 1, metrics.height())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    width = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, content, edit).width()
    if edit.isClearButtonEnabled():  # the clear button's room is kept while the placeholder shows
        icon = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
        width += icon + icon // 2
    return width


def fit_placeholder(edit: QLineEdit) -> None:
    """Never narrower than the placeholder (its maximum width grows to it if need be). Call it again after
    the placeholder changes (a language change)."""
    width = placeholder_width(edit)
    if edit.maximumWidth() < width:
        edit.setMaximumWidth(width)
    edit.setMinimumWidth(width)


__all__ = ["fit_placeholder", "placeholder_width"]
