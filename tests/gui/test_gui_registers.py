"""The register pages: lazy model (qtmodeltester), search, filters, SQL sorting, open/new/delete, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView

from gui_waits import wait_loaded
from secretariat.domain.sorting import name_key
from secretariat.gui.registers import RegisterModel, RegisterPage
from secretariat.gui.registers import model as model_module
from secretariat.gui.registers.model import RECORD_ID_ROLE, SORT_KEY_ROLE
from secretariat.services import registers
from secretariat.services.registers import RegisterQuery


def all_values(ctx, register: str) -> dict[int, dict]:
    ids = registers.find_ids(ctx, register, RegisterQuery())
    return registers.fetch_rows(ctx, register, ids)


def make_page(qtbot, ctx, register: str) -> RegisterPage:
    page = RegisterPage(ctx, register)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def shown_ids(page: RegisterPage) -> list[int]:
    return [page.model.data(page.model.index(row, 0), RECORD_ID_ROLE) for row in range(page.model.rowCount())]


@pytest.mark.parametrize("register", registers.REGISTERS)
def test_every_register_model_passes_qt_model_tester(qtbot, qtmodeltester, demo_context, register, tmp_path) -> None:
    if register == "documents":  # the demo attaches no files: give the archive two
        from tests.document_files import write_image, write_pdf

        from secretariat.services.attachments import add_attachment

        add_attachment(demo_context, "partner", 1, "other", write_pdf(tmp_path / "profile.pdf"))
        add_attachment(demo_context, "agreement", 1, "photo", write_image(tmp_path / "signing.jpg", 320, 240))
    model = RegisterModel(demo_context, register)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() > 0, f"the demo data has {register}"
    assert model.columnCount() == len(registers.columns(register))
    qtmodeltester.check(model, force_py=True)


def test_model_holds_ids_and_fetches_only_the_pages_painted(qtbot, demo_context, monkeypatch) -> None:
    monkeypatch.setattr(model_module, "PAGE_SIZE", 10)
    model = RegisterModel(demo_context, "partners")
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() > 25
    # The first page came with the first query (read on its worker); the others when painted.
    first = model.index(0, model.column_index("name")).data()
    assert first
    model.index(9, 0).data()
    assert model.fetch_count == 0, "the first page was read with the ids"
    model.index(15, 0).data()
    assert model.fetch_count == 1
    model.index(25, 0).data()
    assert model.fetch_count == 2, "row 25 lives on the third page of ten"
    model.index(13, 1).data()
    model.index(0, 0).data()
    assert model.fetch_count == 2, "cached pages are not fetched again"
    values = all_values(demo_context, "partners")
    assert first == values[model.record_id(0)]["name"]
    assert model.index(25, 0).data() == values[model.record_id(25)][model.columns[0].key]


def test_the_first_query_shows_its_first_page_then_adds_the_rest(qtbot, demo_context, monkeypatch) -> None:
    """On a big register the first rows show before the whole list of ids is read (issue 17's start)."""
    monkeypatch.setattr(model_module, "PAGE_SIZE", 10)
    expected = registers.find_ids(demo_context, "partners", RegisterQuery())
    assert len(expected) > 10
    model = RegisterModel(demo_context, "partners")
    seen: list[tuple[str, int, bool]] = []
    model.modelReset.connect(lambda: seen.append(("reset", model.rowCount(), model.is_loading)))
    model.rowsInserted.connect(
        lambda _parent, first, last: seen.append(("inserted", last - first + 1, model.is_loading))
    )
    selected_during_part: list[int] = []

    def select_a_row_of_the_first_page() -> None:
        if model.rowCount() == 10 and not selected_during_part:
            selected_during_part.append(model.record_id(3))
            assert model.ids() == expected, "a list exported meanwhile has every row, not the first page"

    model.modelReset.connect(select_a_row_of_the_first_page)
    model.reload()
    wait_loaded(qtbot, model)
    assert seen == [("reset", 10, True), ("inserted", len(expected) - 10, False)]
    assert model.ids() == expected
    assert selected_during_part == [expected[3]]
    assert model.row_of(expected[3]) == 3, "the rows shown first keep their places"
    assert model.fetch_count == 0


def test_a_later_query_and_a_small_register_are_read_at_once(qtbot, demo_context, monkeypatch) -> None:
    calls: list[int | None] = []
    real = registers.find_ids

    def counted(*args, limit: int | None = None, **kwargs):
        calls.append(limit)
        return real(*args, limit=limit, **kwargs)

    monkeypatch.setattr(model_module.service, "find_ids", counted)
    model = RegisterModel(demo_context, "per_diem_rates")
    model.reload()
    wait_loaded(qtbot, model)
    assert 0 < model.rowCount() < model_module.PAGE_SIZE
    assert calls == [model_module.PAGE_SIZE], "fewer rows than a page: the first read is the whole list"
    calls.clear()
    model.set_search("Ja")
    wait_loaded(qtbot, model)
    assert calls == [None], "only the first query shows a first page first"


def test_a_list_changed_between_the_two_reads_is_shown_whole(qtbot, demo_context, monkeypatch) -> None:
    monkeypatch.setattr(model_module, "PAGE_SIZE", 10)
    real = registers.find_ids
    full = real(demo_context, "partners", RegisterQuery())
    changed = [full[1], full[0], *full[2:]]  # another workstation renamed a partner between the reads

    def find(ctx, register, query, *, limit: int | None = None, **kwargs):
        return full[:limit] if limit is not None else changed

    monkeypatch.setattr(model_module.service, "find_ids", find)
    model = RegisterModel(demo_context, "partners")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.reload()
    wait_loaded(qtbot, model)
    assert resets == [10, len(full)]
    assert model.ids() == changed
    assert model.index(0, model.column_index("name")).data() == all_values(demo_context, "partners")[full[1]]["name"]


def test_search_as_you_type_lists_the_matching_partners(qtbot, demo_context) -> None:
    values = all_values(demo_context, "partners")
    page = make_page(qtbot, demo_context, "partners")
    total = page.model.rowCount()
    assert total == len(values)
    assert page.count_label.text() == f"Seluruhnya {total}"
    # A word from one partner's name: every listed row has a word starting with it.
    word = next(v["name"].split()[-1] for v in values.values() if len(v["name"].split()[-1]) >= 4)[:4]
    qtbot.keyClicks(page.search_edit, word)
    qtbot.waitUntil(lambda: page.model.query.search == word and not page.model.is_loading, timeout=5000)
    found = shown_ids(page)
    assert 0 < len(found) < total
    expected = {
        record_id
        for record_id, v in values.items()
        if any(
            w.casefold().startswith(word.casefold())
            for text in (v["code"], v["name"], v["name_original"] or "", v["city"] or "")
            for w in text.replace("-", " ").split()
        )
    }
    assert expected <= set(found)
    assert page.count_label.text() == f"{len(found)} ditemukan"
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.query.search == "" and not page.model.is_loading, timeout=5000)
    assert page.model.rowCount() == total


@pytest.mark.parametrize(
    ("register", "key", "field"),
    [
        ("partners", "country", "country"),
        ("partners", "status", "status"),
        ("delegations", "direction", "direction"),
        ("per_diem_rates", "grade", "grade"),
    ],
)
def test_filters_list_exactly_the_matching_rows(qtbot, demo_context, register, key, field) -> None:
    values = all_values(demo_context, register)
    page = make_page(qtbot, demo_context, register)
    combo = page.filter_widgets[key]
    # The most common value in the register is among the choices; choose it as a clerk would.
    counts: dict[str, int] = {}
    for v in values.values():
        counts[v[field]] = counts.get(v[field], 0) + 1
    wanted = max(counts, key=counts.__getitem__)
    index = combo.findData(wanted)
    assert index > 0, f"{wanted!r} is offered by the {key} filter"
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.model.query.filters.get(key) == wanted and not page.model.is_loading, timeout=5000)
    assert sorted(shown_ids(page)) == sorted(i for i, v in values.items() if v[field] == wanted)
    assert page.clear_filters_button.isVisibleTo(page)
    page.clear_filters()
    qtbot.waitUntil(lambda: not page.model.query.filters and not page.model.is_loading, timeout=5000)
    assert page.model.rowCount() == len(values)
    assert combo.currentIndex() == 0


def test_agreement_filters_year_and_expiry(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "agreements")
    page.set_filter("expiring_within_days", 365)
    qtbot.waitUntil(
        lambda: page.model.query.filters.get("expiring_within_days") == 365 and not page.model.is_loading, timeout=5000
    )
    expected = registers.find_ids(demo_context, "agreements", RegisterQuery(filters={"expiring_within_days": 365}))
    assert shown_ids(page) == expected
    assert page.filter_widgets["expiring_within_days"].currentText() == "Dalam 365 hari"


def test_clicking_a_header_sorts_in_sql(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "partners")
    name_column = page.model.column_index("name")
    assert page.table.model() is page.model, "no proxy model between the table and the register"
    page.table.horizontalHeader().setSortIndicator(name_column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.query.sort == "name" and not page.model.is_loading, timeout=5000)
    ascending = shown_ids(page)
    assert ascending == registers.find_ids(demo_context, "partners", RegisterQuery(sort="name"))
    names = [page.model.index(row, name_column).data(SORT_KEY_ROLE) for row in range(page.model.rowCount())]
    folded = [name_key(name) for name in names]
    assert folded == sorted(folded), "names in the order people expect: case and accents aside"
    page.table.horizontalHeader().setSortIndicator(name_column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.query.descending and not page.model.is_loading, timeout=5000)
    assert shown_ids(page) == registers.find_ids(demo_context, "partners", RegisterQuery(sort="name", descending=True))


def test_dates_money_and_codes_are_shown_in_the_interface_language(qtbot, demo_context) -> None:
    budget = make_page(qtbot, demo_context, "budget")
    planned = budget.model.index(0, budget.model.column_index("planned")).data()
    assert planned.startswith("Rp ") and "." in planned, planned
    agreements = make_page(qtbot, demo_context, "agreements")
    column = agreements.model.column_index("signed_on")
    row = next(r for r in range(agreements.model.rowCount()) if agreements.model.index(r, column).data())
    signed = agreements.model.index(row, column).data(SORT_KEY_ROLE)
    months = (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    )
    short = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
    assert agreements.model.index(row, column).data() == f"{signed.day} {short[signed.month - 1]} {signed.year}"
    assert agreements.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == (
        f"{signed.day} {months[signed.month - 1]} {signed.year}"
    )
    partners = make_page(qtbot, demo_context, "partners")
    statuses = {
        partners.model.index(row, partners.model.column_index("status")).data()
        for row in range(partners.model.rowCount())
    }
    assert statuses <= {"Calon mitra", "Aktif", "Tidak aktif"}


def test_enter_and_double_click_open_the_record(qtbot, demo_context, monkeypatch) -> None:
    import secretariat.gui.record_editors as editors

    calls: list[tuple] = []
    monkeypatch.setattr(
        editors,
        "open_editor",
        lambda kind, record_id, ctx, parent: calls.append((kind, record_id, ctx, parent)) or False,
        raising=False,
    )
    page = make_page(qtbot, demo_context, "agreements")
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    record_id = page.model.record_id(2)
    assert calls == [("agreement", record_id, demo_context, page)]
    rect = page.table.visualRect(page.model.index(4, page.visible_columns()[1]))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(calls) == 1, "a single click only selects"
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls[-1][:2] == ("agreement", page.model.record_id(4))


def test_new_and_delete_reload_the_register(qtbot, demo_context, monkeypatch) -> None:
    import secretariat.gui.record_editors as editors

    asked: list[tuple] = []
    monkeypatch.setattr(
        editors,
        "open_editor",
        lambda kind, record_id, ctx, parent: asked.append(("open", kind, record_id)) or True,
        raising=False,
    )
    monkeypatch.setattr(
        editors,
        "delete_record",
        lambda kind, record_id, ctx, parent: asked.append(("delete", kind, record_id)) or True,
        raising=False,
    )
    page = make_page(qtbot, demo_context, "officials")
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.new_button.click()
    assert asked == [("open", "official", None)]
    wait_loaded(qtbot, page.model)
    page.table.selectRow(1)
    second, third = page.model.record_id(1), page.model.record_id(2)
    assert page.current_id() == second
    with qtbot.waitSignal(page.model.modelReset, timeout=5000):
        page.delete_current()
    assert asked[-1] == ("delete", "official", second)
    assert page.current_id() == third, "the next row is selected after a delete"


def test_a_slow_query_shows_a_busy_bar_and_can_be_cancelled(qtbot, demo_context, monkeypatch) -> None:
    import threading

    page = make_page(qtbot, demo_context, "partners")
    before = shown_ids(page)
    release = threading.Event()
    real_find_ids = registers.find_ids

    def slow_find_ids(*args, **kwargs):
        release.wait(10)
        return real_find_ids(*args, **kwargs)

    monkeypatch.setattr(model_module.service, "find_ids", slow_find_ids)
    page.set_search_now("zzzz")
    assert page.model.is_loading
    qtbot.waitUntil(lambda: page.busy_bar.isVisible() and page.cancel_button.isVisible(), timeout=3000)
    assert page.window().isEnabled(), "the window stays usable while the query runs"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.model.is_loading
    assert not page.busy_bar.isVisible()
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # the cancelled answer is delivered now: it must be dropped
    assert shown_ids(page) == before


def test_column_layout_is_remembered_per_register(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "partners")
    header = page.table.horizontalHeader()
    city = page.model.column_index("city")
    assert not header.isSectionHidden(city)
    assert header.isSectionHidden(page.model.column_index("country_name_en")), "only the interface language"
    page.set_column_visible(city, False)
    header.resizeSection(page.model.column_index("name"), 333)
    header.setSortIndicator(page.model.column_index("code"), Qt.SortOrder.DescendingOrder)
    page.save_columns()
    again = make_page(qtbot, demo_context, "partners")
    assert again.table.horizontalHeader().isSectionHidden(city)
    assert again.table.horizontalHeader().sectionSize(again.model.column_index("name")) == 333
    assert (again.model.query.sort, again.model.query.descending) == ("code", True)
    other = make_page(qtbot, demo_context, "delegations")
    assert other.model.query.sort is None


def test_selection_is_whole_rows_and_may_span_rows_to_copy(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "partners")
    assert page.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert page.model.rowCount(page.model.index(0, 0)) == 0
    assert page.model.data(QModelIndex()) is None


def test_printing_a_register_to_pdf(qtbot, demo_context, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from secretariat.gui.registers.printing import new_printer, print_register

    page = make_page(qtbot, demo_context, "partners")
    target = tmp_path / "partners.pdf"
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    columns = [page.model.columns[n] for n in page.visible_columns()]
    job = print_register(
        page, demo_context, "partners", page.register_title(), page.model.ids(), columns, printer, ask=False
    )
    assert job is not None
    qtbot.waitUntil(lambda: job.is_finished if not _deleted(job) else True, timeout=10_000)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = "".join(p.extract_text() for p in PdfReader(str(target)).pages)
    first_name = page.model.index(0, page.model.column_index("name")).data()
    assert "Mitra" in text and "Nama" in text
    assert first_name.split()[0] in text


def _deleted(obj) -> bool:
    from shiboken6 import isValid

    return not isValid(obj)


def test_a_register_fits_a_small_screen_and_names_its_filters_in_full_where_there_is_room(qtbot, demo_context) -> None:
    page = make_page(qtbot, demo_context, "agreements")
    assert page.minimumSizeHint().width() <= 820, "seven filters must not force a wide window"
    page.resize(1300, 600)
    qtbot.waitUntil(lambda: page.width() == 1300)
    page.layout().activate()
    for widget in page.filter_widgets.values():
        text = widget.itemText(0)
        assert widget.width() >= widget.fontMetrics().horizontalAdvance(text) + 30, text
