"""The budget overview, the exchange-rate table and the chart of accounts (pytest-qt, offscreen)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QProgressDialog, QSplitter

from secretariat.documents.budget_xlsx import SUMMARY_SHEET
from secretariat.domain.enums import UserRole
from secretariat.domain.records import TransactionData
from secretariat.gui.budget import accounts_dialog, rate_table
from secretariat.gui.budget import overview as budget_overview
from secretariat.gui.budget.accounts_dialog import AccountsDialog
from secretariat.gui.budget.overview import OVER_PLAN_BACKGROUND, BudgetOverview
from secretariat.gui.budget.rate_table import RateTableDialog
from secretariat.gui.i18n import apply_language
from secretariat.gui.widgets import notices
from secretariat.services.budget.accounts import list_accounts
from secretariat.services.budget.exchange_rates import list_rates
from secretariat.services.budget.fiscal_years import get_year, year_overview
from secretariat.services.budget.lines import add_transaction, fiscal_year_totals
from secretariat.services.context import ServiceContext, open_context
from secretariat.services.session_start import close_session, open_session
from secretariat.services.users import list_users, set_user_role
from test_services_budget_workbook import _multi_currency_year

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "budget_id.ts"
GUI_FILES = [
    ROOT / "src" / "secretariat" / "gui" / name
    for name in ("budget_overview.py", "rate_table.py", "accounts_dialog.py", "budget_menu.py")
]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[str, ServiceContext]]:
    """admin1 (administrator), head1 (head) and clerk1 (clerk) on a five-currency 2026 and a closed 2025."""
    admin = open_session(str(tmp_path / "office.sqlite3"), "admin1")
    open_context(admin.database, "head1")
    set_user_role(admin, next(u.id for u in list_users(admin) if u.login == "head1"), UserRole.HEAD)
    head = open_context(admin.database, "head1")
    ids = _multi_currency_year(head)
    # The vocational-training agreement goes over its plan (120,000,000) by 2,326,886.
    add_transaction(
        head,
        TransactionData(
            budget_line_id=ids["travel_pks"],
            occurred_on=date(2026, 11, 2),
            kind="realisation",
            amount=Decimal(10_000_000),
        ),
    )
    yield {"admin": admin, "head": head, "clerk": open_context(admin.database, "clerk1")}
    close_session(admin)


def _overview(qtbot, ctx: ServiceContext, year: int = 2026) -> BudgetOverview:
    widget = BudgetOverview(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    qtbot.waitUntil(lambda: widget.overview is not None and not widget.is_busy(), timeout=10_000)
    if widget.current_year() != year:
        with qtbot.waitSignal(widget.refreshed, timeout=10_000):
            widget.set_year(year)
    return widget


def _row_texts(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


# --- the overview ---------------------------------------------------------------------------------------------


def test_the_overview_shows_spending_and_revenue_apart_per_agreement_and_warns_over_plan(qtbot, office) -> None:
    """tests/budget_data.py's hand-computed year, plus Rp 10,000,000 more on the PKS travel line: spending
    296,832,376 of 610,000,000 (48.66 %); grants 3,355,875,000 of 3,700,000,000 (90.70 %), cash 648,000,000 and
    in kind 2,707,875,000. Never one figure of both."""
    clerk = office["clerk"]
    widget = _overview(qtbot, clerk)
    assert [widget.year_combo.itemData(i) for i in range(widget.year_combo.count())][:2] == [2026, 2025]
    assert widget.figures["planned"].text() == "Rp 610.000.000"
    assert widget.figures["realised"].text() == "Rp 296.832.376"
    assert widget.figures["remaining"].text() == "Rp 313.167.624"
    assert widget.figures["percent"].text() == "48,66 %"
    assert widget.figures["target"].text() == "Rp 3.700.000.000"
    assert widget.figures["cash"].text() == "Rp 648.000.000"
    assert widget.figures["in_kind"].text() == "Rp 2.707.875.000"
    assert widget.figures["received_percent"].text() == "90,70 %"
    assert widget.side_titles["spending"].text() == "Belanja"
    totals = fiscal_year_totals(clerk, 2026)
    assert totals.spending.realised_idr == 296_832_376 and totals.revenue.received_idr == 3_355_875_000
    # the old mistake, a "pagu" of spending and revenue together (4,310,000,000), is shown nowhere
    everything = " ".join(label.text() for label in widget.findChildren(type(widget.status_label)))
    assert "4.310.000.000" not in everything and "4.642.707.376" not in everything
    assert widget.status_label.text() == "Terbuka: baris anggaran dan transaksi dapat diubah."
    overview = year_overview(clerk, 2026)
    table = widget.agreement_table
    assert table.rowCount() == len(overview.by_agreement) == 3
    assert _row_texts(table, 0) == [
        "001/KSDPL/2024 – MoU Jawa Barat - Gyeonggi",
        "3",
        "Rp 475.000.000",
        "Rp 169.705.490",
        "Rp 305.294.510",
        "35,73 %",
        "Rp 700.000.000",
        "Rp 648.000.000",
        "92,57 %",
    ]
    assert _row_texts(table, 1) == [
        "PKS 2026? – Pelatihan vokasi*",
        "2",
        "Rp 120.000.000",
        "Rp 122.326.886",
        "-Rp 2.326.886",
        "101,94 %",
        "Rp 3.000.000.000",
        "Rp 2.707.875.000",
        "90,26 %",
    ]
    assert _row_texts(table, 2) == [
        "(tanpa perjanjian)",
        "1",
        "Rp 15.000.000",
        "Rp 4.800.000",
        "Rp 10.200.000",
        "32,00 %",
        "–",
        "–",
        "–",
    ]
    # The agreement over plan is shown in the workbook's red (its spending columns); the others are not.
    over_rows = [
        row for row in range(table.rowCount()) if table.item(row, 0).background().color() == OVER_PLAN_BACKGROUND
    ]
    assert over_rows == [row for row, f in enumerate(overview.by_agreement) if f.over_plan] == [1]
    assert table.item(1, 7).background().color() != OVER_PLAN_BACKGROUND  # a grant is no overspending
    assert not widget.warning_label.isHidden()
    assert widget.warning_label.text() == (
        "⚠ 2 baris anggaran realisasinya melebihi pagu, seluruhnya lebih Rp 6.076.885. Lihat “Melebihi pagu”."
    )
    assert widget.tabs.tabText(1) == "Melebihi pagu (2)"
    assert [_row_texts(widget.over_table, r)[:2] for r in range(2)] == [
        ["5.1.02.01.01.0052 – Rapat koordinasi kelompok kerja", "001/KSDPL/2024"],
        ["5.1.02.04.02.0001 – Studi banding pelatihan vokasi ke Jepang", "PKS 2026?"],
    ]
    # Per currency: each currency's own sum, spent and received apart, and their rupiah equivalents.
    currencies = {
        widget.currency_table.item(r, 0).text(): _row_texts(widget.currency_table, r)
        for r in range(widget.currency_table.rowCount())
    }
    assert list(currencies) == ["IDR", "EUR", "JPY", "KRW", "USD"]
    assert currencies["USD"][2] == "US$ 4.580,26"  # 12,345.67 + 0.03 + 1,234.56 - 9,000.00 (a correction)
    assert currencies["USD"][3] == "US$ 40.000,00"  # the grant of Gyeonggi, received
    assert currencies["JPY"][3] == "JP¥ 25.000.000"  # the grant in kind of JICA
    # no amount is clipped: every column is as wide as its content
    for column in range(1, table.columnCount()):
        needed = max(
            table.fontMetrics().horizontalAdvance(table.item(row, column).text()) for row in range(table.rowCount())
        )
        assert table.columnWidth(column) >= needed, column


def test_the_overview_follows_the_language(qtbot, office) -> None:
    widget = _overview(qtbot, office["clerk"])
    apply_language("en")
    assert widget.figures["planned"].text() == "IDR 610,000,000"
    assert widget.figure_titles["planned"].text() == "Ceiling (pagu)"
    assert widget.side_titles["revenue"].text() == "Revenue: grants received (pendapatan hibah)"
    assert widget.tabs.tabText(0) == "By agreement"
    assert widget.export_button.text() == "Budget workbook (Excel)…"
    apply_language("id")
    assert widget.export_button.text() == "Buku kerja anggaran (Excel)…"
    assert widget.figure_titles["planned"].text() == "Pagu"


def test_a_line_over_plan_opens_from_the_overview(qtbot, office) -> None:
    widget = _overview(qtbot, office["clerk"])
    expected = year_overview(office["clerk"], 2026).over_plan[0].budget_line_id
    with qtbot.waitSignal(widget.open_record, timeout=2_000) as signal:
        widget.over_table.itemActivated.emit(widget.over_table.item(0, 1))
    assert signal.args == ["budget_line", expected]


def test_a_clerk_cannot_close_or_reopen_and_is_told_why(qtbot, office, monkeypatch) -> None:
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(budget_overview, "warn", lambda _p, _t, text, info="": warnings.append((text, info)))
    monkeypatch.setattr(budget_overview, "confirm", lambda *_a, **_k: pytest.fail("a clerk is not asked to confirm"))
    monkeypatch.setattr(budget_overview, "ask_reason", lambda *_a: pytest.fail("a clerk is not asked a reason"))
    widget = _overview(qtbot, office["clerk"])
    widget.close_button.click()
    assert warnings[-1] == (
        "Hanya kepala atau administrator yang boleh menutup tahun anggaran.",
        "Anda masuk sebagai clerk1. Mintalah kepada kepala biro.",
    )
    assert not get_year(office["clerk"], 2026).closed
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.set_year(2025)
    assert widget.reopen_button.isEnabled() and not widget.close_button.isEnabled()
    assert widget.status_label.text().startswith("Ditutup pada ") and "oleh head1" in widget.status_label.text()
    widget.reopen_button.click()
    assert warnings[-1][0] == (
        "Hanya pengguna dengan peran kepala yang boleh membuka kembali tahun anggaran yang sudah ditutup."
    )
    assert get_year(office["clerk"], 2025).closed


def test_the_head_closes_and_reopens_with_a_reason(qtbot, office, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(budget_overview, "confirm", lambda _p, _t, text, *_a: asked.append(text) or True)
    reasons = iter([None, "Temuan BPK: pembayaran tercatat dua kali"])
    monkeypatch.setattr(budget_overview, "ask_reason", lambda *_a: next(reasons))
    widget = _overview(qtbot, office["head"])
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.close_button.click()
    assert asked == ["Tutup tahun anggaran 2026?"]
    assert get_year(office["head"], 2026).closed
    assert widget.current_year() == 2026 and widget.reopen_button.isEnabled()
    widget.reopen_button.click()  # cancelled: nothing happens
    assert get_year(office["head"], 2026).closed
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.reopen_button.click()
    year = get_year(office["head"], 2026)
    assert not year.closed and year.last_reopened.reason == "Temuan BPK: pembayaran tercatat dua kali"
    assert "“Temuan BPK: pembayaran tercatat dua kali”" in widget.status_label.text()


def test_the_workbook_is_written_on_a_worker(qtbot, office, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "exports" / "anggaran-2026"
    target.parent.mkdir()
    suggested: list[str] = []
    monkeypatch.setattr(
        budget_overview, "ask_save_path", lambda _p, _t, proposal, _f: suggested.append(proposal) or str(target)
    )
    widget = _overview(qtbot, office["clerk"])
    with qtbot.waitSignal(widget.exported, timeout=30_000) as signal:
        widget.export_button.click()
    written = Path(signal.args[0])
    assert written == target.with_suffix(".xlsx") and written.exists()
    assert suggested[0].endswith("anggaran-2026.xlsx")
    assert load_workbook(written).sheetnames[0] == SUMMARY_SHEET
    qtbot.waitUntil(widget.export_button.isEnabled, timeout=5_000)
    # Reported as all finished work is: the window's line with Open and Show in folder.
    notice = widget.window().findChild(notices.FileNotice, notices.NOTICE_NAME)
    assert notice is not None and not notice.isHidden() and notice.path == written
    assert re.fullmatch(
        r"Buku kerja anggaran ditulis: anggaran-2026\.xlsx \(6 baris, 13 transaksi, \d+,\d detik\)", notice.label.text()
    ), notice.label.text()
    assert not [d for d in widget.findChildren(QProgressDialog) if d.isVisible()], "the progress dialog is closed"
    assert widget.last_export.totals == fiscal_year_totals(office["clerk"], 2026)
    # The folder is remembered for the next export (the same name again: the clerk keeps the file).
    from secretariat.gui.widgets import save_files

    asked: list[Path] = []
    monkeypatch.setattr(save_files, "ask_replace", lambda _parent, path: asked.append(path) or False)
    widget.export_workbook()
    assert asked == [written]
    assert Path(suggested[1]).parent == target.parent


# --- the rate table -------------------------------------------------------------------------------------------


def _rates(qtbot, ctx: ServiceContext) -> RateTableDialog:
    dialog = RateTableDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_rates_are_added_in_the_clerks_number_format_and_refused_with_the_reason(qtbot, office) -> None:
    clerk = office["admin"]  # reference data: the administrator's or the head's to change (issue 13)
    dialog = _rates(qtbot, clerk)
    assert dialog.table.rowCount() == 2 and dialog.filter_combo.count() == 3  # all, EUR, KRW
    dialog.new_rate()
    dialog.date_edit.setDate(QDate(2026, 11, 2))
    dialog.currency_combo.setEditText("usd")
    dialog.rate_edit.setText("16.325,50")
    dialog.source_edit.setText("Bank Indonesia JISDOR")
    assert dialog.save()
    saved = list(list_rates(clerk, currency="USD"))
    assert [(r.on, r.rate, r.source) for r in saved] == [
        (date(2026, 11, 2), Decimal("16325.50"), "Bank Indonesia JISDOR")
    ]
    assert dialog.table.item(0, 2).text() == "16.325,50"
    # The same day again is refused; so is a rate that is no number.
    dialog.new_rate()
    dialog.date_edit.setDate(QDate(2026, 11, 2))
    dialog.currency_combo.setEditText("USD")
    dialog.rate_edit.setText("16.400")
    assert not dialog.save()
    assert dialog.problems_label.text() == (
        "• Tanggal: tabel sudah memiliki kurs USD untuk 2 November 2026; ubah kurs itu saja"
    )
    dialog.date_edit.setDate(QDate(2026, 11, 3))
    dialog.rate_edit.setText("enam belas ribu")
    assert not dialog.save()
    assert dialog.problems_label.text().startswith("• Kurs: 'enam belas ribu' bukan jumlah yang sah")
    dialog.rate_edit.setText("0")
    assert not dialog.save() and dialog.problems_label.text() == "• Kurs: harus lebih dari nol"
    assert len(list_rates(clerk)) == 3


def test_the_rate_table_says_which_rate_a_date_takes_and_deletes(qtbot, office, monkeypatch) -> None:
    clerk = office["admin"]  # reference data: the administrator's or the head's to change (issue 13)
    dialog = _rates(qtbot, clerk)
    dialog.new_rate()
    dialog.currency_combo.setEditText("EUR")
    dialog.date_edit.setDate(QDate(2026, 3, 9))  # a Monday; the table has Friday 6 March
    assert dialog.hint_label.text() == (
        "Transaksi EUR bertanggal 9 Maret 2026 memakai kurs 6 Maret 2026, 17.750,25 "
        "(yang terakhir dalam seminggu sebelumnya)."
    )
    dialog.date_edit.setDate(QDate(2026, 3, 20))
    assert "tidak menemukan kurs" in dialog.hint_label.text()
    monkeypatch.setattr(rate_table, "confirm", lambda *_a: True)
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData("KRW"))
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.editing_id is not None and dialog.rate_edit.text() == "11,7325"
    dialog.delete_current()
    assert [r.currency for r in list_rates(clerk)] == ["EUR"]


# --- the chart of accounts ---------------------------------------------------------------------------------


def _accounts(qtbot, ctx: ServiceContext) -> AccountsDialog:
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_accounts_are_added_and_a_used_account_is_closed_not_deleted(qtbot, office, monkeypatch) -> None:
    clerk = office["admin"]  # reference data: the administrator's or the head's to change (issue 13)
    dialog = _accounts(qtbot, clerk)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "4.3.01.01.01.0001",
        "5.1.02.01.01.0052",
        "5.1.02.04.02.0001",
    ]
    assert [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())] == [
        "Pendapatan",
        "Belanja",
        "Belanja",
    ]
    dialog.new_account()
    dialog.code_edit.setText("5102")
    dialog.name_edit.setText("")
    assert not dialog.save()
    assert dialog.problems_label.text() == (
        "• Kode rekening: '5102' bukan kode rekening bertitik seperti 5.1.02.04.02.0001\n• Nama: wajib diisi"
    )
    dialog.code_edit.setText("5.1.02.02.01.0003")
    dialog.name_edit.setText("Honorarium Narasumber")
    assert dialog.save()
    assert "5.1.02.02.01.0003" in [a.code for a in list_accounts(clerk)]
    # The travel account is used by lines: its code is read-only and deleting offers to close it.
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "5.1.02.04.02.0001")
    dialog.table.selectRow(row)
    assert dialog.code_edit.isReadOnly() and "Dipakai 3 baris anggaran" in dialog.usage_label.text()
    offered: list[str] = []
    monkeypatch.setattr(accounts_dialog, "choose", lambda _p, _t, text, options, _i="": offered.append(text) or 0)
    dialog.delete_current()
    assert offered == ["3 baris anggaran memakai akun 5.1.02.04.02.0001; akun ini tidak dapat dihapus."]
    travel = next(a for a in list_accounts(clerk) if a.code == "5.1.02.04.02.0001")
    assert not travel.active and travel.lines == 3
    dialog.closed_check.setChecked(False)
    assert "5.1.02.04.02.0001" not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_accounts_import_from_excel_all_or_nothing(qtbot, office, monkeypatch, tmp_path: Path) -> None:
    clerk = office["admin"]  # reference data: the administrator's or the head's to change (issue 13)
    dialog = _accounts(qtbot, clerk)
    bad = _sheet(
        tmp_path / "bad.xlsx",
        [["Kode", "Nama"], ["5.1.02.99.01.0001", "Baik"], ["5102", "Salah"], ["5.1.02.99.01.0002", None]],
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        accounts_dialog, "show_import_problems", lambda _p, _t, text, details: shown.append((text, details))
    )
    monkeypatch.setattr(accounts_dialog, "ask_import_path", lambda *_a: str(bad))
    before = [a.code for a in list_accounts(clerk)]
    dialog.import_from_excel()
    assert shown[0][0].startswith("Tidak ada yang diimpor: 2 masalah harus diperbaiki dahulu di berkasnya.")
    assert shown[0][1].splitlines() == [
        "Lembar Sheet, baris 3, kolom A: '5102' bukan kode rekening bertitik seperti 5.1.02.04.02.0001",
        "Lembar Sheet, baris 4, kolom B: wajib diisi",
    ]
    assert [a.code for a in list_accounts(clerk)] == before
    good = _sheet(
        tmp_path / "good.xlsx",
        [
            ["Kode", "Nama"],
            ["5.1.02.99.01.0001", "Belanja Baru"],
            ["5.1.02.04.02.0001", "Belanja Perjalanan Dinas Biasa - Luar Negeri"],
        ],
    )
    monkeypatch.setattr(accounts_dialog, "ask_import_path", lambda *_a: str(good))
    dialog.import_from_excel()
    assert dialog.result_label.text() == "Diimpor dari lembar “Sheet”: 1 ditambahkan, 0 diubah, 1 tetap."
    assert dialog.table.rowCount() == len(before) + 1


# --- translations ---------------------------------------------------------------------------------------------


def test_the_overview_sits_above_the_budget_register_and_follows_it(qtbot, office) -> None:
    from secretariat.gui.budget.overview import attach_overview
    from secretariat.gui.registers import RegisterPage

    clerk = office["clerk"]
    page = RegisterPage(clerk, "budget")
    qtbot.addWidget(page)
    opened: list[tuple[str, int]] = []
    overview = attach_overview(page, clerk, lambda kind, record: opened.append((kind, record)))
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.is_busy(), timeout=10_000)
    splitter = page.findChild(QSplitter, "budgetSplitter")
    assert splitter.widget(0) is overview and splitter.widget(1).isAncestorOf(page.table)
    assert splitter.widget(1).isAncestorOf(page.search_edit) is False  # the title row stays on top
    assert page.budget_overview is overview
    # The year is chosen once, in the overview: the register below shows that year, without a year filter of its own.
    assert page.filter_widgets["fiscal_year"].isHidden()
    assert page.model.query.filters.get("fiscal_year") == 2026
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.year_combo.setCurrentIndex(overview.year_combo.findData(2025))
    assert page.model.query.filters.get("fiscal_year") == 2025
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.year_combo.setCurrentIndex(overview.year_combo.findData(2026))
    # A change made elsewhere shows once the register is read again (F5).
    before = overview.overview.year.totals.spending.realised_idr
    line_id = overview.overview.over_plan[0].budget_line_id
    add_transaction(
        clerk,
        TransactionData(
            budget_line_id=line_id, occurred_on=date(2026, 12, 1), kind="realisation", amount=Decimal(1_000)
        ),
    )
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        page.refresh()
    assert overview.overview.year.totals.spending.realised_idr == before + 1_000
    overview.over_table.itemActivated.emit(overview.over_table.item(0, 0))
    assert opened == [("budget_line", overview.overview.over_plan[0].budget_line_id)]


def test_a_workbook_that_cannot_be_written_is_explained(qtbot, office, monkeypatch, tmp_path: Path) -> None:
    from secretariat.gui import errors

    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(budget_overview, "ask_save_path", lambda *_a: str(tmp_path / "missing" / "year.xlsx"))
    widget = _overview(qtbot, office["clerk"])
    widget.export_button.click()
    qtbot.waitUntil(lambda: bool(shown) and widget.export_button.isEnabled(), timeout=10_000)
    assert shown == [f"Folder {tmp_path / 'missing'} tidak ada."]
    assert widget.last_export is None and widget.window().findChild(notices.FileNotice, notices.NOTICE_NAME) is None


def test_the_main_window_shows_the_overview_on_the_budget_page_and_offers_the_tables(
    qtbot, office, monkeypatch
) -> None:
    from secretariat.gui.main_window import MainWindow

    window = MainWindow(office["clerk"], show_welcome=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page("budget")
    page = window.pages["budget"]
    assert window.current_register() is page  # New, Open, Delete and Print still act on the register
    overview = page.budget_overview
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.is_busy(), timeout=10_000)
    texts = [a.text() for a in window.edit_menu.actions() if a.text()]
    assert texts[-3:] == ["Tabel &kurs…", "Bagan &akun…", "&Tarif biaya perjalanan…"]
    opened: list[str] = []
    monkeypatch.setattr(RateTableDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    monkeypatch.setattr(AccountsDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window.budget_menu.rates_action.trigger()
    window.budget_menu.accounts_action.trigger()
    assert opened == ["Tabel kurs", "Bagan akun"]
    apply_language("en")
    assert [a.text() for a in window.edit_menu.actions() if a.text()][-3:] == [
        "E&xchange-rate table…",
        "C&hart of accounts…",
        "&Travel-cost rates…",
    ]
    apply_language("id")
