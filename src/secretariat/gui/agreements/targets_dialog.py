"""An agreement's action plan (rencana aksi): its indicators with a target per year, edited as one table.

Saving goes through services.impact.targets.set_targets; a refused plan shows the sentences naming each bad
cell ("target 2 target value: 'dua juta' is not a number") and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain.concurrency import EditConflict
from secretariat.domain.errors import UserError
from secretariat.domain.impact import TargetData
from secretariat.gui.errors import show_user_error
from secretariat.gui.widgets.layout_items import add_layout
from secretariat.services.context import ServiceContext
from secretariat.services.impact.targets import list_targets, set_targets

NAME, UNIT, YEAR, TARGET = range(4)


class TargetsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.setWindowTitle(self.tr("Action plan: indicator targets"))
        hint = QLabel(
            self.tr(
                "One row per indicator and year, e.g. “Students exchanged”, unit “students”, 2026, 20. Activities "
                "record achieved values under the same indicator name, in the same unit."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("targetsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Unit"), self.tr("Year"), self.tr("Target")]
        )
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add row"), self)
        add.setObjectName("addTargetButton")
        add.clicked.connect(lambda: self.add_row())  # noqa: PLW0108 - not clicked's bool as the name
        remove = QPushButton(self.tr("Remove row"), self)
        remove.setObjectName("removeTargetButton")
        remove.clicked.connect(self.remove_row)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        add_layout(layout, row_buttons)
        layout.addWidget(self.buttons)
        self.resize(640, 380)
        self.loaded = list_targets(ctx, agreement_id)  # handed back on saving (a change made meanwhile is named)
        for target in self.loaded:
            self.add_row(target.name, target.unit, str(target.year), format(target.target, "f"))

    def add_row(self, name: str = "", unit: str = "", year: str = "", target: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, unit, year, target)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def targets(self) -> list[TargetData]:
        found = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(4)]
            cells = [(item.text() if item is not None else "").strip() for item in items]
            if not any(cells):
                continue
            year: int | None
            try:
                year = int(cells[YEAR])
            except ValueError:
                year = None
            found.append(TargetData(cells[NAME], cells[UNIT], year, cells[TARGET]))
        return found

    def save(self) -> None:
        try:
            set_targets(self.ctx, self.agreement_id, self.targets(), loaded=self.loaded)
        except EditConflict as conflict:
            # Changed at another workstation meanwhile: say what, keep the typing; saving again overwrites knowingly.
            show_user_error(self, conflict, self.tr("The targets were not saved"))
            self.loaded = conflict.current
            return
        except UserError as exc:
            show_user_error(self, exc, self.tr("The targets were not saved"))
            return
        self.accept()


__all__ = ["TargetsDialog"]
