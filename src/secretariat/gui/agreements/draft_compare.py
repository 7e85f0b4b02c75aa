"""Two versions of an agreement's text side by side, article by article, changes highlighted.

:class:`TextComparisonView` renders a :class:`~secretariat.domain.text_compare.TextComparison`:
Indonesian left, English right; per article its numbers (old -> new) and what happened to it; words
deleted struck through in red, words inserted underlined in green; a moved article shows its heading
only (its text did not change). :class:`CompareDialog` shows one comparison in its own window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.text_compare import ArticleComparison, ArticleStatus, DiffKind, DiffPiece, TextComparison
from secretariat.gui.widgets.layout_items import add_layout

DELETED_STYLE = "background-color:#fde0e0; color:#a00000; text-decoration:line-through;"
INSERTED_STYLE = "background-color:#dcf5dc; color:#005a00; text-decoration:underline;"
STATUS_COLOURS = {
    ArticleStatus.CHANGED: "#8a5a00",
    ArticleStatus.MOVED: "#1f4e9a",
    ArticleStatus.ADDED: "#005a00",
    ArticleStatus.REMOVED: "#a00000",
    ArticleStatus.UNCHANGED: "#777777",
}


def _pieces_html(pieces: tuple[DiffPiece, ...], plain: bool = False) -> str:
    out = []
    for piece in pieces:
        text = escape(piece.text).replace("\n", "<br/>")
        if plain or piece.kind is DiffKind.EQUAL:
            out.append(text)
        elif piece.kind is DiffKind.DELETED:
            out.append(f'<span style="{DELETED_STYLE}">{text}</span>')
        else:
            out.append(f'<span style="{INSERTED_STYLE}">{text}</span>')
    return "".join(out)


class TextComparisonView(QTextBrowser):
    """Two versions of a text, article by article: Indonesian left, English right, changes highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.comparison: TextComparison | None = None

    def status_text(self, entry: ArticleComparison) -> str:
        if entry.status is ArticleStatus.CHANGED and entry.moved:
            return self.tr("changed and moved")
        return {
            ArticleStatus.CHANGED: self.tr("changed"),
            ArticleStatus.MOVED: self.tr("moved"),
            ArticleStatus.ADDED: self.tr("added"),
            ArticleStatus.REMOVED: self.tr("removed"),
            ArticleStatus.UNCHANGED: self.tr("unchanged"),
        }[entry.status]

    def number_text(self, entry: ArticleComparison) -> str:
        if entry.old_number is None:
            return self.tr("Article {number}").format(number=entry.new_number)
        if entry.new_number is None or entry.new_number == entry.old_number:
            return self.tr("Article {number}").format(number=entry.old_number)
        return self.tr("Article {old} → {new}").format(old=entry.old_number, new=entry.new_number)

    def show_comparison(self, comparison: TextComparison, show_unchanged: bool = False) -> None:
        self.comparison = comparison
        rows: list[str] = []
        if comparison.identical:
            identical = self.tr("The two texts are identical.")
            rows.append(f"<p><b>{escape(identical)}</b></p>")
        counts = {status: sum(1 for a in comparison.articles if a.status is status) for status in ArticleStatus}
        summary = self.tr(
            "{changed} changed, {moved} moved, {added} added, {removed} removed, {unchanged} unchanged"
        ).format(
            changed=counts[ArticleStatus.CHANGED],
            moved=counts[ArticleStatus.MOVED],
            added=counts[ArticleStatus.ADDED],
            removed=counts[ArticleStatus.REMOVED],
            unchanged=counts[ArticleStatus.UNCHANGED],
        )
        rows.append(f"<p>{escape(summary)}</p>")
        if comparison.identical and not show_unchanged:
            self.setHtml("".join(rows))
            return
        left_title, right_title = self.tr("Indonesian"), self.tr("English")
        table = [
            '<table width="100%" cellspacing="0" cellpadding="5" border="0">',
            f'<tr><th width="50%" align="left">{escape(left_title)}</th>'
            f'<th width="50%" align="left">{escape(right_title)}</th></tr>',
        ]
        if comparison.preamble_changed or show_unchanged:
            changed = self.tr("changed")
            label = self.tr("Preamble") + (f" · {changed}" if comparison.preamble_changed else "")
            colour = STATUS_COLOURS[ArticleStatus.CHANGED if comparison.preamble_changed else ArticleStatus.UNCHANGED]
            table.append(
                f'<tr><td colspan="2" bgcolor="#f0f0f0"><b style="color:{colour}">{escape(label)}</b></td></tr>'
            )
            table.append(
                f'<tr><td valign="top">{_pieces_html(comparison.preamble_id_diff)}</td>'
                f'<td valign="top">{_pieces_html(comparison.preamble_en_diff)}</td></tr>'
            )
        for entry in comparison.articles:
            if entry.status is ArticleStatus.UNCHANGED and not show_unchanged:
                continue
            colour = STATUS_COLOURS[entry.status]
            label = f"{self.number_text(entry)} · {self.status_text(entry)}"
            plain = entry.status in (ArticleStatus.ADDED, ArticleStatus.REMOVED)
            table.append(
                f'<tr><td colspan="2" bgcolor="#f0f0f0"><b style="color:{colour}">{escape(label)}</b></td></tr>'
            )
            if entry.status is ArticleStatus.MOVED:  # the same text in another place: its heading says which
                same = self.tr("(text unchanged)")
                left = f"<b>{_pieces_html(entry.heading_id_diff)}</b> <i>{escape(same)}</i>"
                right = f"<b>{_pieces_html(entry.heading_en_diff)}</b> <i>{escape(same)}</i>"
            else:
                left = (
                    f"<b>{_pieces_html(entry.heading_id_diff, plain)}</b><br/>{_pieces_html(entry.text_id_diff, plain)}"
                )
                right = (
                    f"<b>{_pieces_html(entry.heading_en_diff, plain)}</b><br/>{_pieces_html(entry.text_en_diff, plain)}"
                )
            style = f' style="color:{colour}"' if plain else ""
            table.append(f'<tr><td valign="top"{style}>{left}</td><td valign="top"{style}>{right}</td></tr>')
        table.append("</table>")
        self.setHtml("".join(rows + table))


class CompareDialog(QDialog):
    """One comparison in its own window, with a choice to show the unchanged articles too."""

    def __init__(
        self, comparison: TextComparison, old_label: str, new_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare {old} with {new}").format(old=old_label, new=new_label))
        self.view = TextComparisonView(self)
        self.show_unchanged = QCheckBox(self.tr("Show unchanged articles too"), self)
        self.show_unchanged.toggled.connect(lambda on: self.view.show_comparison(comparison, on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("From {old} (struck through in red) to {new} (underlined in green).").format(
                old=old_label, new=new_label
            ),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_unchanged)
        row.addStretch(1)
        row.addWidget(buttons)
        add_layout(layout, row)
        self.view.show_comparison(comparison)
        self.resize(980, 680)


__all__ = ["CompareDialog", "TextComparisonView"]
