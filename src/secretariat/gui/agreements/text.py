"""The agreement editor's "Text" tab: the agreement's own articles and preamble, drafts and their versions.

- Left, the preamble and the articles in order: move up or down, add one from
  the clause library (filled from the record), add a new one, remove one, or
  start again from the library.
- Right, the selected part side by side: Indonesian heading and text beside
  the English ones.
- Below, paper (A4/F4, the office's by default) and "final text", "Generate
  draft" (on a worker, with progress; the PDF is stored as the next version
  among the agreement's documents, then offered to open), and the versions
  made so far: open one, or compare it with another version or the current
  text, article by article, changes highlighted (:class:`CompareDialog`).

The text is saved with the agreement (Save / Apply of the editor, or the tab's
own "Save text"); the tab never touches the clause library.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.drafting import Article
from secretariat.domain.errors import Problem, UserError, ValidationError
from secretariat.domain.text_compare import TextComparison
from secretariat.gui.agreements.draft_compare import CompareDialog
from secretariat.gui.formatting import format_datetime
from secretariat.gui.i18n import current_language
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.gui.widgets.pdf_preview import show_pdf_preview
from secretariat.gui.widgets.prompts import confirm, warn
from secretariat.gui.workers import Job, Progress, run_in_background
from secretariat.services import attachments
from secretariat.services.agreements import drafting
from secretariat.services.agreements.drafting import AgreementText, DraftVersionView, GeneratedDraft
from secretariat.services.context import ServiceContext
from secretariat.services.office import get_office_profile


def render_draft(*args: Any, **kwargs: Any) -> Any:
    """documents.agreement_draft.render_draft: reportlab is loaded when a draft is printed, not when an editor opens."""
    from secretariat.documents.agreement_draft import render_draft as render

    return render(*args, **kwargs)


PREAMBLE_ROW = 0
KEY_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: #555555;"


def _drafts_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "secretariat-drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_attachment_copy(ctx: ServiceContext, attachment_id: int) -> Path:
    """Copy a stored document under its own name (the store names files by hash) and open it."""
    path = attachments.export_attachment(ctx, attachment_id, _drafts_folder())
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


# --- the tab ---------------------------------------------------------------------------------------------------


class AgreementTextTab(QWidget):
    """Edit an agreement's text in both languages, generate drafts, compare versions."""

    #: A draft version was generated and stored (its number); the editor refreshes its documents.
    draft_generated = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, save_record: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = current_language()
        self.save_record = save_record  # the editor's save: the draft is made from the stored record
        self.agreement_id: int | None = None
        self.text: AgreementText | None = None
        self.articles: list[Article] = []
        self.preamble: list[str] = ["", ""]
        self._loaded: tuple[tuple[Article, ...], tuple[str, str]] = ((), ("", ""))
        self._row = -1
        self._filling = False
        self.versions: tuple[DraftVersionView, ...] = ()
        self.job: Job[GeneratedDraft] | None = None
        self._build()
        self.show_agreement(None)

    # --- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)

        self.article_list = QListWidget(self)
        self.article_list.setObjectName("articleList")
        self.article_list.setAlternatingRowColors(True)
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article_list.currentRowChanged.connect(self._select)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        # A push button with a menu: its size includes the menu arrow (a tool button's arrow sat on the text).
        self.add_library_button = QPushButton(self.tr("Add from library"), self)
        self.library_menu = QMenu(self.add_library_button)
        self.library_menu.aboutToShow.connect(self._fill_library_menu)
        self.add_library_button.setMenu(self.library_menu)
        self.new_button = QPushButton(self.tr("New article"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.reset_button = QPushButton(self.tr("Reset to the library"), self)
        self.reset_button.setToolTip(
            self.tr("Replace the agreement's text with the clause library's, filled in from the record")
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.new_button.clicked.connect(self.add_new_article)
        self.remove_button.clicked.connect(self.remove_current)
        self.reset_button.clicked.connect(self.reset_to_library)
        #: The buttons under the list of articles (none of them the dialog's default button).
        self.article_buttons = (
            self.up_button,
            self.down_button,
            self.add_library_button,
            self.new_button,
            self.remove_button,
            self.reset_button,
        )
        for button in self.article_buttons:
            button.setAutoDefault(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Preamble and articles:"), left))
        left_layout.addWidget(self.article_list, 1)
        grid = QGridLayout()
        grid.addWidget(self.up_button, 0, 0)
        grid.addWidget(self.down_button, 0, 1)
        grid.addWidget(self.add_library_button, 1, 0)
        grid.addWidget(self.new_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 0)
        grid.addWidget(self.reset_button, 2, 1)
        add_layout(left_layout, grid)

        self.heading_id = QLineEdit(self)
        self.heading_en = QLineEdit(self)
        self.text_id = QPlainTextEdit(self)
        self.text_en = QPlainTextEdit(self)
        self.heading_id.setPlaceholderText(self.tr("Heading in Indonesian"))
        self.heading_en.setPlaceholderText(self.tr("Heading in English"))
        self.text_id.setPlaceholderText(self.tr("Indonesian text; one paragraph per line"))
        self.text_en.setPlaceholderText(self.tr("English text; one paragraph per line"))
        for edit in (self.text_id, self.text_en):
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.heading_id.textEdited.connect(self._heading_edited)
        self.heading_en.textEdited.connect(self._heading_edited)
        right = QWidget(self)
        editors = QGridLayout(right)
        editors.setContentsMargins(0, 0, 0, 0)
        self.part_label = QLabel(right)
        font = QFont(self.part_label.font())
        font.setBold(True)
        self.part_label.setFont(font)
        editors.addWidget(self.part_label, 0, 0, 1, 2)
        editors.addWidget(QLabel(self.tr("Bahasa Indonesia"), right), 1, 0)
        editors.addWidget(QLabel(self.tr("English"), right), 1, 1)
        editors.addWidget(self.heading_id, 2, 0)
        editors.addWidget(self.heading_en, 2, 1)
        editors.addWidget(self.text_id, 3, 0)
        editors.addWidget(self.text_en, 3, 1)
        editors.setRowStretch(3, 1)

        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(left)
        upper.addWidget(right)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 3)
        upper.setSizes([260, 780])

        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "f4")
        self.final = QCheckBox(self.tr("Final text (no watermark, no initials box)"), self)
        self.final.setToolTip(
            self.tr(
                "The copy to sign: refused, each blank named, while the number, a signatory, the term, the notice "
                "period or any blank is missing."
            )
        )
        self.generate_button = QPushButton(self.tr("Generate draft"), self)
        self.save_button = QPushButton(self.tr("Save text"), self)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        for button in (self.generate_button, self.save_button, self.revert_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Paper:"), self))
        actions.addWidget(self.paper)
        actions.addWidget(self.final)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.generate_button)

        self.versions_table = QTableWidget(0, 7, self)
        self.versions_table.setObjectName("versionsTable")
        self.versions_table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Made"),
                self.tr("By"),
                self.tr("Paper"),
                self.tr("Kind"),
                self.tr("Articles"),
                self.tr("File"),
            ]
        )
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.verticalHeader().hide()
        self.versions_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        self.versions_table.itemSelectionChanged.connect(self._version_selected)
        self.versions_table.doubleClicked.connect(lambda _index: self.open_selected_version())
        self.open_version_button = QPushButton(self.tr("Open PDF"), self)
        self.compare_with = QComboBox(self)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.open_version_button.clicked.connect(self.open_selected_version)
        self.compare_button.clicked.connect(self.compare_selected)
        version_row = QHBoxLayout()
        version_row.addWidget(self.open_version_button)
        version_row.addStretch(1)
        version_row.addWidget(QLabel(self.tr("Compare the selected version with:"), self))
        version_row.addWidget(self.compare_with)
        version_row.addWidget(self.compare_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        add_layout(lower_layout, actions)
        lower_layout.addWidget(QLabel(self.tr("Versions generated (stored with the agreement's documents):"), lower))
        lower_layout.addWidget(self.versions_table, 1)
        add_layout(lower_layout, version_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 250])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # --- loading -------------------------------------------------------------------------------------------

    def show_agreement(self, agreement_id: int | None) -> None:
        """Show the text of a stored agreement (None: a new one, which must be saved first)."""
        self.agreement_id = agreement_id
        self.text = drafting.agreement_text(self.ctx, agreement_id) if agreement_id is not None else None
        self._show_text()
        self._set_paper_default()
        self._show_versions()

    def _set_paper_default(self) -> None:
        index = self.paper.findData(get_office_profile(self.ctx).paper)
        self.paper.setCurrentIndex(max(index, 0))

    def _show_text(self) -> None:
        text = self.text
        self.articles = list(text.articles) if text else []
        self.preamble = [text.preamble_id, text.preamble_en] if text else ["", ""]
        self._loaded = (tuple(self.articles), (self.preamble[0], self.preamble[1]))
        self._row = -1
        self._fill_list(PREAMBLE_ROW if text else -1)
        enabled = text is not None
        if text is None:
            self.hint.setText(self.tr("Save the agreement first (Apply) to edit its text and make drafts."))
        elif not text.library_available and not text.articles_stored:
            self.hint.setText(
                self.tr(
                    "This type of agreement has no clause library: drafts are made for Letters "
                    "of Intent, MoUs and implementing arrangements."
                )
            )
        elif text.articles_stored:
            self.hint.setText(
                self.tr(
                    "The agreement's own text. Changes are saved with the agreement; the clause library is not changed."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "The clause library's text, filled in from the record. It becomes the "
                    "agreement's own text once you change and save it."
                )
            )
        drafts = enabled and text is not None and text.library_available
        for widget in (
            self.article_list,
            *self.article_buttons,
            self.heading_id,
            self.heading_en,
            self.text_id,
            self.text_en,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(enabled)
        for draft_widget in (self.paper, self.final, self.generate_button, self.add_library_button):
            draft_widget.setEnabled(bool(drafts))
        self._update_buttons()

    def _item_text(self, row: int) -> str:
        if row == PREAMBLE_ROW:
            return self.tr("Preamble")
        article = self.articles[row - 1]
        heading = article.heading_id if self.language == "id" else article.heading_en
        return self.tr("Article {number}: {heading}").format(number=row, heading=heading)

    def _fill_list(self, select: int) -> None:
        self._filling = True
        self.article_list.clear()
        if self.text is not None:
            for row in range(len(self.articles) + 1):
                item = QListWidgetItem(self._item_text(row), self.article_list)
                item.setData(KEY_ROLE, "preamble" if row == PREAMBLE_ROW else self.articles[row - 1].key)
                if row == PREAMBLE_ROW:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
        self._filling = False
        self._row = -1
        if select >= 0 and self.article_list.count():
            self.article_list.setCurrentRow(min(select, self.article_list.count() - 1))
        else:
            self._load_part(-1)

    # --- editing -------------------------------------------------------------------------------------------

    def _commit(self) -> None:
        """Keep what is typed for the selected part in the tab's copy of the text."""
        row = self._row
        if row < 0 or self.text is None:
            return
        if row == PREAMBLE_ROW:
            self.preamble = [self.text_id.toPlainText(), self.text_en.toPlainText()]
            return
        article = self.articles[row - 1]
        self.articles[row - 1] = replace(
            article,
            heading_id=self.heading_id.text(),
            heading_en=self.heading_en.text(),
            text_id=self.text_id.toPlainText(),
            text_en=self.text_en.toPlainText(),
        )

    def _load_part(self, row: int) -> None:
        self._row = row
        preamble = row == PREAMBLE_ROW
        if row < 0:
            values = ("", "", "", "")
            self.part_label.setText("")
        elif preamble:
            values = ("", "", self.preamble[0], self.preamble[1])
            self.part_label.setText(self.tr("Preamble: the parties and the recitals, one per line"))
        else:
            article = self.articles[row - 1]
            values = (article.heading_id, article.heading_en, article.text_id, article.text_en)
            self.part_label.setText(
                self.tr("Article {number}").format(number=row)
                if article.key != "custom"
                else self.tr("Article {number} (the agreement's own, not from the library)").format(number=row)
            )
        self.heading_id.setText(values[0])
        self.heading_en.setText(values[1])
        self.text_id.setPlainText(values[2])
        self.text_en.setPlainText(values[3])
        for widget in (self.heading_id, self.heading_en):  # the preamble has no heading
            widget.setEnabled(self.text is not None and row > PREAMBLE_ROW)
            widget.setVisible(row != PREAMBLE_ROW)
        for text_edit in (self.text_id, self.text_en):
            text_edit.setEnabled(self.text is not None and row >= 0)
        self._update_buttons()

    def _select(self, row: int) -> None:
        if self._filling:
            return
        self._commit()
        self._load_part(row)

    def _heading_edited(self, _text: str) -> None:
        row = self._row
        if row > PREAMBLE_ROW:
            self._commit()
            item = self.article_list.item(row)
            if item is not None:
                item.setText(self._item_text(row))

    def _update_buttons(self) -> None:
        row, count = self._row, len(self.articles)
        editable = self.text is not None
        self.up_button.setEnabled(editable and row > 1)
        self.down_button.setEnabled(editable and 0 < row < count)
        self.remove_button.setEnabled(editable and row > PREAMBLE_ROW)

    def move_current(self, step: int) -> None:
        """Move the selected article up (-1) or down (+1)."""
        self._commit()
        row = self._row
        target = row + step
        if row <= PREAMBLE_ROW or not 1 <= target <= len(self.articles):
            return
        self.articles[row - 1], self.articles[target - 1] = self.articles[target - 1], self.articles[row - 1]
        self._fill_list(target)

    def _insert(self, article: Article) -> None:
        self._commit()
        position = self._row if self._row > PREAMBLE_ROW else len(self.articles)
        self.articles.insert(position, article)
        self._fill_list(position + 1)

    def add_new_article(self) -> None:
        self._insert(Article("custom", "Judul pasal", "Article heading", "", ""))
        self.heading_id.setFocus()
        self.heading_id.selectAll()

    def add_library_article(self, key: str) -> None:
        """Add the library's article ``key``, filled in from the record, after the selected one."""
        if self.agreement_id is None:
            return
        try:
            found = next((a for a in drafting.library_articles(self.ctx, self.agreement_id) if a.key == key), None)
        except UserError as error:
            self._show_message(error.message(self.language), ERROR_STYLE)
            return
        if found is not None:
            self._insert(found)

    def _fill_library_menu(self) -> None:
        self.library_menu.clear()
        if self.agreement_id is None:
            return
        try:
            found = drafting.library_articles(self.ctx, self.agreement_id)
        except UserError as error:
            self._show_message(error.message(self.language), ERROR_STYLE)
            return
        present = {a.key for a in self.articles}
        for article in found:
            heading = article.heading_id if self.language == "id" else article.heading_en
            action = self.library_menu.addAction(heading + ("" if article.key not in present else " ✓"))
            action.triggered.connect(lambda _checked=False, key=article.key: self.add_library_article(key))

    def remove_current(self) -> None:
        row = self._row
        if row <= PREAMBLE_ROW:
            return
        self._commit()
        del self.articles[row - 1]
        self._row = -1
        self._fill_list(min(row, len(self.articles)))

    # --- saving --------------------------------------------------------------------------------------------

    def current_text(self) -> tuple[list[Article], tuple[str, str]]:
        self._commit()
        return list(self.articles), (self.preamble[0], self.preamble[1])

    def is_dirty(self) -> bool:
        if self.text is None:
            return False
        articles, preamble = self.current_text()
        return (tuple(articles), preamble) != self._loaded

    def _what_to_store(self) -> tuple[list[Article], str | None, str | None] | None:
        """(articles, preamble) to store, the preamble None where it stays the library's; None: nothing changed."""
        if self.text is None or not self.is_dirty():
            return None
        articles, preamble = self.current_text()
        preamble_changed = preamble != self._loaded[1]
        if self.text.preamble_stored or preamble_changed:
            return articles, preamble[0], preamble[1]
        return articles, None, None

    def check(self) -> None:
        """Raise the problems saving the text would meet (the editor checks before it stores anything)."""
        pending = self._what_to_store()
        if pending is None:
            return
        problems = drafting.text_problems(*pending)
        if problems:
            self._show_problems(problems)
            raise ValidationError(problems)

    def store(self) -> bool:
        """Save the text if it changed; raises UserError on a problem. True when something was saved."""
        pending = self._what_to_store()
        if pending is None or self.agreement_id is None:
            return False
        try:
            drafting.save_text(self.ctx, self.agreement_id, *pending, loaded=self.text)
        except ValidationError as error:
            self._show_problems(error.problems)
            raise
        except EditConflict as conflict:
            # Saved meanwhile at another workstation: say what changed, keep the typing; saving again
            # (on the text stored now) keeps this one.
            if isinstance(conflict.current, drafting.AgreementText):
                self.text = conflict.current
            text = " ".join(
                (
                    conflict.message(self.language),
                    self.tr("Your text is still here: save again to keep it, or Revert to see theirs."),
                )
            )
            message = UserError(text, text)
            self._show_message(message.message(self.language), ERROR_STYLE)
            raise message from None
        row = self._row
        self.text = drafting.agreement_text(self.ctx, self.agreement_id)
        self._show_text()
        if 0 <= row < self.article_list.count():
            self.article_list.setCurrentRow(row)
        self._show_message(self.tr("Text saved."), INFO_STYLE)
        return True

    def save(self) -> bool:
        """The tab's own "Save text": True when the text is stored (or had nothing to store)."""
        try:
            self.store()
        except UserError as error:
            if not isinstance(error, ValidationError):
                self._show_message(error.message(self.language), ERROR_STYLE)
            return False
        return True

    def revert(self) -> None:
        if self.agreement_id is not None:
            row = self._row
            self.show_agreement(self.agreement_id)
            if 0 <= row < self.article_list.count():
                self.article_list.setCurrentRow(row)
        self.message.hide()

    def reset_to_library(self) -> None:
        if self.agreement_id is None:
            return
        if not confirm(
            self,
            self.tr("Reset to the library"),
            self.tr(
                "Replace this agreement's articles and preamble with the clause library's, filled in from the record?"
            ),
            self.tr("Reset"),
            self.tr("The agreement's edited text is discarded; drafts already generated keep theirs."),
        ):
            return
        try:
            drafting.reset_articles_from_library(self.ctx, self.agreement_id)
        except UserError as error:
            self._show_message(error.message(self.language), ERROR_STYLE)
            return
        self.show_agreement(self.agreement_id)
        self._show_message(self.tr("The text is the clause library's again."), INFO_STYLE)

    def _show_problems(self, problems: list[Problem]) -> None:
        lines = [self.tr("The text was not saved. Please correct:")]
        lines += [f"• {p.message(self.language)}" for p in problems]
        self._show_message("\n".join(lines), ERROR_STYLE)
        first = problems[0].field if problems else ""
        if first.startswith("article "):
            number = first.split()[1]
            if number.isdigit() and int(number) < self.article_list.count():
                self.article_list.setCurrentRow(int(number))
        elif first.startswith("preamble"):
            self.article_list.setCurrentRow(PREAMBLE_ROW)

    def _show_message(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()

    # --- drafts --------------------------------------------------------------------------------------------

    def generate(self) -> None:
        """Save what changed, then render and store the next version on a worker."""
        if self.agreement_id is None or self.job is not None:
            return
        if self.save_record is not None:
            if not self.save_record():  # the editor saves the record and this text together
                return
        elif not self.save():
            return
        agreement_id, paper, final = self.agreement_id, str(self.paper.currentData()), self.final.isChecked()
        steps = {
            "text": self.tr("Reading the text…"),
            "pdf": self.tr("Making the PDF…"),
            "store": self.tr("Storing the version…"),
            "done": self.tr("Done"),
        }

        def job(progress: Progress) -> GeneratedDraft:
            return drafting.generate_draft(
                self.ctx,
                agreement_id,
                paper=paper,
                final=final,
                render=render_draft,
                progress=lambda done, total, step: progress(done, total, steps[step]),
                language=self.language,  # the file is named in the clerk's language
            )

        self.generate_button.setEnabled(False)
        self._show_message(self.tr("Generating the draft…"), HINT_STYLE)
        self.job = run_in_background(
            self,
            job,
            self._generated,
            on_error=self._generation_failed,
            on_cancel=self._generation_ended,
            title=self.tr("Generating the draft"),
            cancellable=False,
        )

    def _generation_ended(self) -> None:
        self.job = None
        self.generate_button.setEnabled(self.text is not None and self.text.library_available)

    def _generation_failed(self, error: BaseException) -> None:
        self._generation_ended()
        if isinstance(error, UserError):
            self._show_message(error.message(self.language), ERROR_STYLE)
            return
        from secretariat.gui.errors import report_exception

        self.message.hide()
        report_exception(self, error)

    def _generated(self, result: GeneratedDraft) -> None:
        self._generation_ended()
        self._show_versions()
        kind = self.tr("Final text") if result.final else self.tr("Draft")
        if result.new_version:
            first = self.tr("{kind} version {version} is stored with the agreement's documents ({file}).")
        else:  # the text has not changed since that version: it is printed again, under the same version
            first = self.tr(
                "The text is that of version {version}: {kind} kept with the agreement's documents ({file})."
            )
        lines = [first.format(kind=kind, version=result.version, file=result.file_name)]
        lines += [f"• {w.message(self.language)}" for w in result.warnings]
        self._show_message("\n".join(lines), INFO_STYLE)
        self.draft_generated.emit(result.version)
        if confirm(self, self.tr("Draft generated"), lines[0], self.tr("Open the PDF"), "\n".join(lines[1:])):
            self._open(result.attachment_id)

    def _open(self, attachment_id: int | None) -> None:
        if attachment_id is None:
            warn(
                self,
                self.tr("Open PDF"),
                self.tr("The PDF of this version was removed from the documents; its text can still be compared."),
            )
            return
        try:
            view = attachments.get_attachment(self.ctx, attachment_id)
            if view.file_name.lower().endswith(".pdf"):  # the print preview: print, or open in the PDF viewer
                show_pdf_preview(
                    attachments.read_attachment(self.ctx, attachment_id), view.file_name, view.file_name, self
                )
            else:
                open_attachment_copy(self.ctx, attachment_id)
        except (UserError, OSError) as error:
            text = error.message(self.language) if isinstance(error, UserError) else str(error)
            warn(self, self.tr("Open PDF"), text)

    # --- versions ------------------------------------------------------------------------------------------

    def _show_versions(self) -> None:
        self.versions = (
            drafting.list_draft_versions(self.ctx, self.agreement_id) if self.agreement_id is not None else ()
        )
        table = self.versions_table
        table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            cells = [
                str(version.version),
                format_datetime(version.created_at, self.language),
                version.created_by,
                version.paper.upper(),
                self.tr("Final text") if version.final else self.tr("Draft"),
                str(version.article_count),
                version.file_name or self.tr("(removed from the documents)"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, version.version)
                table.setItem(row, column, item)
        if self.versions:
            table.selectRow(0)
        self._version_selected()

    def selected_version(self) -> DraftVersionView | None:
        rows = self.versions_table.selectionModel().selectedRows() if self.versions_table.selectionModel() else []
        if not rows:
            return None
        return self.versions[rows[0].row()]

    def _version_selected(self) -> None:
        selected = self.selected_version()
        self.compare_with.clear()
        if selected is not None:
            self.compare_with.addItem(self.tr("the current text"), None)
            for version in self.versions:
                if version.version != selected.version:
                    self.compare_with.addItem(
                        self.tr("version {number}").format(number=version.version), version.version
                    )
        self.open_version_button.setEnabled(selected is not None)
        self.compare_button.setEnabled(selected is not None)
        self.compare_with.setEnabled(selected is not None)

    def open_selected_version(self) -> None:
        selected = self.selected_version()
        if selected is not None:
            self._open(selected.attachment_id)

    def comparison_for(self, version: int, other: int | None) -> tuple[TextComparison, str, str]:
        """(comparison, old label, new label): the older version first; ``other`` None is the current text."""
        assert self.agreement_id is not None
        if other is None:
            self._commit()
            if self.is_dirty():
                self.store()  # compare with what is typed, saved first
            comparison = drafting.compare_versions(self.ctx, self.agreement_id, version)
            return comparison, self.tr("version {number}").format(number=version), self.tr("the current text")
        old, new = sorted((version, other))
        comparison = drafting.compare_versions(self.ctx, self.agreement_id, old, new)
        return (
            comparison,
            self.tr("version {number}").format(number=old),
            self.tr("version {number}").format(number=new),
        )

    def compare_selected(self) -> None:
        selected = self.selected_version()
        if selected is None or self.agreement_id is None:
            return
        try:
            comparison, old_label, new_label = self.comparison_for(selected.version, self.compare_with.currentData())
        except UserError as error:
            if not isinstance(error, ValidationError):
                self._show_message(error.message(self.language), ERROR_STYLE)
            return
        self.compare_dialog = CompareDialog(comparison, old_label, new_label, self)
        self.compare_dialog.show()


__all__ = ["AgreementTextTab", "open_attachment_copy"]
