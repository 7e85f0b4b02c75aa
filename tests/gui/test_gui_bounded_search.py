"""The register search box within the office's limits: a longer search is not sent to the database,
the count line says why, and control characters a paste brings separate words like spaces."""

from __future__ import annotations

from gui_waits import wait_loaded
from secretariat.gui.registers.page import RegisterPage
from secretariat.services import office, registers


def make_page(qtbot, ctx) -> RegisterPage:  # type: ignore[no-untyped-def]
    page = RegisterPage(ctx, "partners")
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def test_too_many_words_are_not_searched_and_the_count_line_says_so(qtbot, demo_context) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, demo_context)
    total = page.model.rowCount()
    page.set_search_now(" ".join(["osaka"] * 21))
    assert page.model.query.search == ""  # nothing was sent
    assert page.count_label.text() == "Pencarian terlalu panjang: paling banyak 20 kata dan 200 karakter"
    assert page.model.rowCount() == total
    assert page.search_edit.maxLength() == 200
    page.set_search_now("osaka\x00pref")
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=5000)
    assert page.model.query.search == "osaka pref"


def test_the_office_sets_the_limits(qtbot, fresh_context) -> None:  # type: ignore[no-untyped-def]
    profile = office.get_office_profile(fresh_context).to_data()
    profile.region_name_id, profile.region_name_en = "Provinsi Bali", "Bali Province"
    profile.search_max_words = 3
    office.update_office_profile(fresh_context, profile)
    assert registers.search_limits(fresh_context) == registers.SearchLimits(200, 3)
    page = make_page(qtbot, fresh_context)
    page.set_search_now("a b c d")
    assert "paling banyak 3 kata" in page.count_label.text()
