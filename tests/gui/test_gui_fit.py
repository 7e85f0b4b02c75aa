"""The window and the editors fit a 1024 x 700 screen, and 1366 x 768 at 125 % (1093 x 582 logical pixels
once the taskbar is taken): their minimum sizes are within it, the register filters wrap instead of
being cut, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from secretariat.gui.i18n import apply_language
from secretariat.gui.main_window import PAGES, MainWindow
from secretariat.gui.record_editors import KINDS, editor_class
from secretariat.services import registers
from secretariat.services.registers import RegisterQuery

#: The largest window that fits both screens, in logical pixels.
FITS = (1024, 582)
REGISTER_OF = {
    "partner": "partners",
    "agreement": "agreements",
    "delegation": "delegations",
    "budget_line": "budget",
    "official": "officials",
    "per_diem_rate": "per_diem_rates",
}


@pytest.fixture(params=["id", "en"])
def language(request):
    apply_language(request.param)
    yield request.param
    apply_language("id")


def _fits(width: int, height: int) -> bool:
    return width <= FITS[0] and height <= FITS[1]


def test_the_main_window_fits_with_every_page(qtbot, demo_context, language) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    for name in PAGES:
        window.show_page(name)
        if name == "budget":  # the year's figures are read after the page shows; a province's run to trillions
            figure = window.pages[name].findChild(QLabel, "plannedFigure")
            qtbot.waitUntil(lambda f=figure: f.text().startswith(("Rp", "IDR")), timeout=10_000)
            for key in ("planned", "realised", "remaining", "target", "cash", "in_kind"):
                window.pages[name].findChild(QLabel, f"{key}Figure").setText("Rp 12.345.678.901.234")
        qtbot.wait(100)  # the layouts ask, one level after the other, for the room their texts need
        hint = window.minimumSizeHint()
        assert _fits(hint.width(), hint.height()), (name, hint)
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 700


def test_register_filters_wrap_rather_than_cut_at_1024_pixels(qtbot, demo_context, language) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    for name in ("agreements", "delegations", "partners"):
        window.show_page(name)
        page = window.pages[name]
        qtbot.waitUntil(lambda p=page: p.model.loaded_once, timeout=10_000)
        QApplication.processEvents()
        combos = [w for w in page.filter_widgets.values() if isinstance(w, QComboBox)]
        for combo in combos:
            assert combo.width() >= combo.sizeHint().width(), (name, combo.objectName(), combo.currentText())
            assert combo.geometry().right() <= page.width(), (name, combo.objectName())
        rows = {combo.y() for combo in combos}
        if name == "agreements":
            assert len(rows) == 2, "seven filters take two lines at 1024 pixels"


def test_every_editor_fits(qtbot, demo_context, language) -> None:
    for kind in KINDS:
        record_id = registers.find_ids(demo_context, REGISTER_OF[kind], RegisterQuery())[0]
        dialog = editor_class(kind)(demo_context, record_id, None)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        assert _fits(hint.width(), hint.height()), (kind, hint)
        dialog.close()
