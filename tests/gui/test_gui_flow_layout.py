"""The flow layout (registers' filter row, budget cards): lines wrap to the width, and the heights it keeps
per width are forgotten when its widgets change."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from secretariat.gui.widgets.flow_layout import FlowLayout


def _flow(qtbot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=6)
    buttons = [QPushButton(f"Saringan {n}") for n in range(count)]
    for button in buttons:
        button.setFixedSize(100, 30)
        flow.addWidget(button)
    host.show()
    qtbot.waitExposed(host)
    return host, flow, buttons


def test_lines_wrap_to_the_width(qtbot) -> None:
    _host, flow, _buttons = _flow(qtbot, 3)
    assert flow.heightForWidth(400) == 30  # 3 x 100 + 2 x 6 = 312: one line
    assert flow.heightForWidth(250) == 30 + 6 + 30  # two on the first line, one on the second
    assert flow.heightForWidth(100) == 3 * 30 + 2 * 6  # one a line


def test_a_hidden_or_added_widget_changes_the_height_asked_again(qtbot) -> None:
    host, flow, buttons = _flow(qtbot, 3)
    assert flow.heightForWidth(100) == 102
    buttons[2].hide()
    QApplication.processEvents()  # the layout request: Qt invalidates the layout, the kept heights go
    assert flow.heightForWidth(100) == 66
    extra = QPushButton("Saringan 3")
    extra.setFixedSize(100, 30)
    flow.addWidget(extra)
    QApplication.processEvents()  # Qt shows a widget added to a shown window a moment later
    assert flow.heightForWidth(100) == 102
    flow.removeWidget(extra)
    assert flow.heightForWidth(100) == 66
    assert host.isVisible()
