"""The cash-book page, driven as a treasurer would: shortcuts, typing, Enter, the context menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.domain.cashbook import EntryDraft
from cbodesk.domain.errors import DatabaseUnavailable
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.app import AppController
from cbodesk.gui.cashbook import entry_dialog as entry_dialog_module
from cbodesk.gui.cashbook.entry_dialog import EntryDialog
from cbodesk.gui.cashbook.model import Column, EntryTableModel
from cbodesk.gui.cashbook.page import CashbookPage, period_dates
from cbodesk.gui.cashbook.reverse_dialog import ReverseDialog
from cbodesk.gui.cashbook.transfer_dialog import TransferDialog
from cbodesk.gui.mainwindow import MainWindow
from cbodesk.services import cashbook, cashbook_list
from cbodesk.services.cashbook_list import EntryFilter, attachment, count_entries, entry_rows
from cbodesk.services.demo import DEMO_PROFILE
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, open_cbo

KHR, USD = Currency.KHR, Currency.USD
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
TypeText = Callable[[QWidget, str], None]
TODAY = date.today()


@pytest.fixture
def book_file(tmp_path: Path) -> Path:
    """A new CBO: the demo's profile, a riel and a dollar cash box, nothing recorded yet."""
    path = tmp_path / "book.cbodesk"
    cbo, _admin = new_cbo(path, DEMO_PROFILE, "Sok Dara")
    cbo.close()
    return path


@pytest.fixture
def cbo(book_file: Path) -> Iterator[Cbo]:
    with open_cbo(book_file) as opened:
        yield opened


def account_id(cbo: Cbo, currency: Currency) -> int:
    return next(a.id for a in cashbook.accounts(cbo) if a.currency is currency)


def category_id(cbo: Cbo, code: str) -> int:
    return next(c.id for c in cashbook.categories(cbo) if c.code == code)


def record(cbo: Cbo, kind: str, amount: Money, code: str, party: str = "Sok Dara",
           day: date = TODAY) -> cashbook.EntryView:
    draft = EntryDraft(kind, day, account_id(cbo, amount.currency), amount, category_id(cbo, code),
                       party=party)
    return cashbook.record_entry(cbo, TREASURER, draft)


def open_cashbook(qtbot: QtBot, controller: AppController, path: Path) -> tuple[MainWindow, CashbookPage]:
    """Open the CBO and go to the cash book with its Ctrl+number, as a person would."""
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    with qtbot.waitActive(window):
        window.activateWindow()
    key = Qt.Key(Qt.Key.Key_1.value + window.factories.index(CashbookPage))
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, CashbookPage)
    qtbot.waitUntil(page.totals_shown)
    return window, page


def standalone_page(qtbot: QtBot, cbo: Cbo, actor: Actor = TREASURER) -> CashbookPage:
    page = CashbookPage(cbo, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(page.totals_shown)
    return page


def cell(page: CashbookPage, row: int, column: Column) -> str:
    model = page.ui.table.model()
    return str(model.data(model.index(row, column)) or "")


def last_row(page: CashbookPage) -> int:
    return page.ui.table.model().rowCount() - 1


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def wait_for_dialog(qtbot: QtBot, page: CashbookPage, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys go to the active window
    return dialog


def enter_entry(qtbot: QtBot, dialog: EntryDialog, amount: str, category: str, party: str,
                type_text: TypeText) -> None:
    """From the date field: Tab past the account, type amount, category, payer/payee, Enter."""
    assert focused() is dialog.ui.dateEdit
    qtbot.keyClicks(dialog.ui.dateEdit, TODAY.strftime("%d/%m/%Y"))
    tab(qtbot)
    assert focused() is dialog.ui.accountCombo
    tab(qtbot)
    assert focused() is dialog.ui.amountEdit
    qtbot.keyClicks(focused(), amount)
    tab(qtbot)
    qtbot.keyClicks(focused(), category)
    tab(qtbot)
    assert focused() is dialog.ui.partyEdit
    type_text(focused(), party)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


# --- recording with the keyboard -----------------------------------------------------------


def test_receipt_and_payment_with_the_keyboard_alone(qtbot: QtBot, controller: AppController,
                                                     book_file: Path, type_text: TypeText) -> None:
    window, page = open_cashbook(qtbot, controller, book_file)
    assert page.ui.countLabel.text() == "0 entries"
    qtbot.keyClick(page.ui.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    receipt = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(receipt, EntryDialog)
    assert receipt.windowTitle() == "New receipt"
    assert receipt.ui.accountCombo.currentText() == "Cash – riel (KHR)"
    enter_entry(qtbot, receipt, "250000", "Mem", "សុខ ដារ៉ា", type_text)
    qtbot.waitUntil(lambda: receipt.ui.savedLabel.text() != "")
    assert receipt.ui.savedLabel.text() == f"Saved R-{TODAY.year}-0001: 250,000៛."
    # The dialog stays for the next receipt: date, account and kind kept, the rest cleared.
    assert receipt.isVisible()
    assert receipt.ui.amountEdit.text() == "" and receipt.ui.partyEdit.text() == ""
    assert receipt.ui.categoryCombo.currentIndex() == 0
    assert receipt.ui.accountCombo.currentText() == "Cash – riel (KHR)"
    assert focused() is receipt.ui.amountEdit
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    window.activateWindow()  # (the offscreen platform does not give it back by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    qtbot.keyClick(page.ui.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    payment = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(payment, EntryDialog)
    assert payment.windowTitle() == "New payment"
    assert payment.ui.partyLabel.text() == "Paid &to:"
    enter_entry(qtbot, payment, "32,500", "Mee", "Kratie market", type_text)
    qtbot.waitUntil(lambda: payment.ui.savedLabel.text() != "")
    assert payment.ui.savedLabel.text() == f"Saved P-{TODAY.year}-0001: 32,500៛."
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)

    # The book, read from the screen.
    assert page.ui.countLabel.text() == "2 entries"
    assert [cell(page, 0, c) for c in (Column.NUMBER, Column.CATEGORY, Column.PARTY, Column.IN)] == [
        f"R-{TODAY.year}-0001", "Membership fees", "សុខ ដារ៉ា", "250,000៛"]
    assert cell(page, 1, Column.OUT) == "32,500៛"
    assert cell(page, 1, Column.BALANCE) == "217,500៛"
    assert page.ui.table.currentIndex().row() == 1  # the new line is chosen and in view
    qtbot.waitUntil(page.totals_shown)
    totals = page.ui.totalsLabel.text()
    assert "Riel" in totals and "250,000៛" in totals and "32,500៛" in totals and "<b>217,500៛</b>" in totals
    assert "<b>$0.00</b>" in totals  # the dollar box: never added to riel
    rows = entry_rows(window.cbo, EntryFilter(), 0, 10)
    assert [(r.kind, r.party, r.amount) for r in rows] == [
        ("receipt", "សុខ ដារ៉ា", Money("250000", KHR)), ("payment", "Kratie market", Money("-32500", KHR))]


def test_a_wrong_amount_is_shown_by_its_field_and_nothing_is_saved(
        qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    page = standalone_page(qtbot, cbo)
    page.new_entry("receipt")
    dialog = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    ui = dialog.ui
    ui.amountEdit.setFocus()
    qtbot.keyClicks(ui.amountEdit, "12.5")
    qtbot.keyClick(ui.amountEdit, Qt.Key.Key_Return)
    assert "c62828" in ui.amountEdit.styleSheet()
    assert "riel amounts are whole numbers" in ui.amountEdit.toolTip()
    # Every problem at once, each by its field.
    assert "c62828" in ui.categoryCombo.styleSheet()
    assert ui.partyEdit.styleSheet() == ""  # a receipt needs no payer's name
    assert ui.problemsLabel.isVisible()
    assert "whole numbers" in ui.problemsLabel.text() and "Choose a category" in ui.problemsLabel.text()
    assert focused() is ui.amountEdit
    assert ui.savedLabel.text() == ""
    assert count_entries(cbo, EntryFilter()) == 0
    assert page.ui.countLabel.text() == "0 entries"


def test_a_payment_above_the_limit_waits_for_approval(qtbot: QtBot, cbo: Cbo) -> None:
    record(cbo, "receipt", Money("2000000", KHR), "grants", "Oxfam")
    page = standalone_page(qtbot, cbo)
    page.new_entry("payment")
    dialog = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    ui = dialog.ui
    ui.amountEdit.setText("650000")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Equipment"))
    ui.partyEdit.setText("Mekong boat repair")
    assert dialog.save()
    assert "waits for the committee's approval" in ui.savedLabel.text()
    assert "400,000៛" in ui.savedLabel.text()
    row = last_row(page)
    model = page.ui.table.model()
    assert model.data(model.index(row, Column.OUT)) == "650,000៛"
    assert "approval" in model.data(model.index(row, Column.NUMBER), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, Column.NUMBER), Qt.ItemDataRole.BackgroundRole) is not None


def test_saving_again_after_an_unseen_outcome_records_once(
        qtbot: QtBot, cbo: Cbo, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog's entry id is made before saving: a retry is recognised, not doubled."""
    page = standalone_page(qtbot, cbo)
    page.new_entry("receipt")
    dialog = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    ui = dialog.ui
    ui.amountEdit.setText("10000")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Savings"))
    real = cashbook.record_entry
    shown: list[str] = []

    def saved_but_connection_lost(*args: object, **kwargs: object) -> cashbook.EntryView:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise DatabaseUnavailable("office server")

    monkeypatch.setattr(cashbook, "record_entry", saved_but_connection_lost)
    monkeypatch.setattr(entry_dialog_module, "show_error", lambda _parent, exc: shown.append(str(exc)))
    assert not dialog.save()
    assert shown and "Cannot reach" in shown[0]
    monkeypatch.setattr(cashbook, "record_entry", real)
    assert dialog.save()
    assert ui.savedLabel.text() == f"Saved R-{TODAY.year}-0001: 10,000៛."
    assert count_entries(cbo, EntryFilter()) == 1


def test_the_photo_of_the_paper_is_made_small_and_kept(qtbot: QtBot, cbo: Cbo, tmp_path: Path) -> None:
    photo = QImage(4000, 3000, QImage.Format.Format_RGB32)
    photo.fill(Qt.GlobalColor.white)
    photo.save(str(tmp_path / "receipt.png"))
    (tmp_path / "notes.txt").write_text("not a picture")
    page = standalone_page(qtbot, cbo)
    page.new_entry("receipt")
    dialog = wait_for_dialog(qtbot, page, EntryDialog)
    assert isinstance(dialog, EntryDialog)
    assert not dialog.attach_file(str(tmp_path / "notes.txt"))
    assert "not a picture" in dialog.ui.problemsLabel.text()
    assert dialog.attach_file(str(tmp_path / "receipt.png"))
    assert dialog.ui.attachmentInfo.text().startswith("receipt.png (")
    dialog.ui.amountEdit.setText("5000")
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findText("Membership fees"))
    assert dialog.save()
    assert dialog.ui.attachmentInfo.text() == "None"  # cleared for the next entry
    entry = dialog.last_saved
    assert entry is not None
    found = attachment(cbo, entry.id)
    assert found is not None and found[0] == "image/jpeg"
    kept = QImage.fromData(found[1])
    assert (kept.width(), kept.height()) == (1600, 1200)
    assert cashbook.verify_book(cbo).ok


# --- reversing ------------------------------------------------------------------------------


def choose_from_menu(qtbot: QtBot, text: str) -> None:
    """Pick *text* in the context menu that is open now, then let it close."""
    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == text)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick)


def test_reversing_from_the_context_menu_nets_the_balance(
        qtbot: QtBot, controller: AppController, book_file: Path) -> None:
    with open_cbo(book_file) as cbo:
        record(cbo, "receipt", Money("10000", KHR), "fees", "Heng Sokhly")
    _window, page = open_cashbook(qtbot, controller, book_file)
    table = page.ui.table
    assert cell(page, 0, Column.BALANCE) == "10,000៛"
    where = table.visualRect(table.model().index(0, Column.PARTY)).center()
    choose_from_menu(qtbot, "Re&verse…")
    table.customContextMenuRequested.emit(where)
    dialog = wait_for_dialog(qtbot, page, ReverseDialog)
    assert isinstance(dialog, ReverseDialog)
    assert dialog.windowTitle() == f"Reverse R-{TODAY.year}-0001"
    assert "10,000៛ in" in dialog.ui.amountValue.text()
    # The reason is required.
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert "c62828" in dialog.ui.reasonEdit.styleSheet()
    assert "Write why" in dialog.ui.problemsLabel.text()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Counted twice")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)

    assert table.model().rowCount() == 2
    assert cell(page, 1, Column.NUMBER) == f"C-{TODAY.year}-0001"
    assert cell(page, 1, Column.IN) == "-10,000៛"  # in the column of the receipt it takes back
    assert cell(page, 1, Column.BALANCE) == "0៛"
    assert cell(page, 1, Column.DESCRIPTION) == f"Correction of R-{TODAY.year}-0001: Counted twice"
    model = table.model()
    for row in (0, 1):  # both lines look corrected, and say why
        index = model.index(row, Column.PARTY)
        assert model.data(index, Qt.ItemDataRole.FontRole).italic()
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
        assert "Counted twice" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, Column.IN), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    qtbot.waitUntil(page.totals_shown)
    assert "<b>0៛</b>" in page.ui.totalsLabel.text()
    # A reversed entry cannot be reversed again: the menu says so.
    table.setCurrentIndex(model.index(0, 0))
    assert not page.ui.reverseButton.isEnabled()
    menu = page.context_menu(model.index(0, 0))
    assert not next(a for a in menu.actions() if a.text() == "Re&verse…").isEnabled()


def test_enter_on_a_row_shows_the_entry(qtbot: QtBot, cbo: Cbo) -> None:
    record(cbo, "receipt", Money("7.50", USD), "interest", "ACLEDA")
    page = standalone_page(qtbot, cbo)
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.ui.table.model().index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    dialog = wait_for_dialog(qtbot, page, ReverseDialog)
    assert isinstance(dialog, ReverseDialog)
    assert dialog.windowTitle() == f"Entry R-{TODAY.year}-0001"
    assert not dialog.ui.reverseGroup.isVisible()
    assert dialog.ui.amountValue.text() == "Cash – dollars: $7.50 in"
    assert dialog.ui.enteredValue.text() == "Chan Sophea"
    assert dialog.ui.stateValue.text() == "Counts in the book."
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter closes what was only looked at
    qtbot.waitUntil(lambda: page.dialog is None)


# --- transfers and exchanges ------------------------------------------------------------------


def test_an_exchange_suggests_the_amount_from_the_rate(qtbot: QtBot, cbo: Cbo) -> None:
    record(cbo, "receipt", Money("100", USD), "grants", "Oxfam")
    page = standalone_page(qtbot, cbo)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, page, TransferDialog)
    assert isinstance(dialog, TransferDialog)
    ui = dialog.ui
    ui.fromCombo.setCurrentIndex(ui.fromCombo.findText("Cash – dollars (USD)"))
    ui.toCombo.setCurrentIndex(ui.toCombo.findText("Cash – riel (KHR)"))
    assert ui.rateEdit.isVisible() and dialog.windowTitle() == "Currency exchange"
    qtbot.keyClicks(ui.amountEdit, "20")
    qtbot.keyClicks(ui.rateEdit, "4,105")
    assert ui.receivedEdit.text() == "82,100"
    # What was really counted wins over the suggestion.
    ui.receivedEdit.clear()
    qtbot.keyClicks(ui.receivedEdit, "82000")
    qtbot.keyClicks(ui.rateEdit, "0")  # a later change of rate does not overwrite it
    assert ui.receivedEdit.text() == "82000"
    ui.rateEdit.setText("4100")
    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    legs = dialog.saved
    assert [(leg.kind, leg.amount, leg.rate) for leg in legs] == [
        ("exchange", Money("-20", USD), "4100"), ("exchange", Money("82000", KHR), "4100")]
    assert page.ui.table.model().rowCount() == 3
    assert cell(page, 2, Column.BALANCE) == "82,000៛"
    assert cell(page, 1, Column.BALANCE) == "$80.00"
    assert cell(page, 2, Column.CATEGORY) == "Currency exchange"


def test_a_transfer_moves_the_same_amount(qtbot: QtBot, cbo: Cbo) -> None:
    bank = cashbook.add_account(cbo, TREASURER, "ACLEDA – riel", "bank", KHR, opening_date=date(TODAY.year, 1, 1))
    record(cbo, "receipt", Money("300000", KHR), "fees")
    page = standalone_page(qtbot, cbo)
    page.new_transfer()
    dialog = wait_for_dialog(qtbot, page, TransferDialog)
    assert isinstance(dialog, TransferDialog)
    ui = dialog.ui
    ui.toCombo.setCurrentIndex(ui.toCombo.findData(bank.id))
    assert not ui.rateEdit.isVisible() and ui.receivedEdit.isReadOnly()
    qtbot.keyClicks(ui.amountEdit, "250000")
    assert ui.receivedEdit.text() == "250000"
    assert dialog.save()
    assert cell(page, 2, Column.BALANCE) == "250,000៛"
    page.ui.accountCombo.setCurrentIndex(page.ui.accountCombo.findData(bank.id))
    assert page.ui.table.isColumnHidden(Column.ACCOUNT)
    assert page.ui.table.model().rowCount() == 1
    assert cell(page, 0, Column.IN) == "250,000៛"


# --- the table ---------------------------------------------------------------------------


def test_search_hides_the_running_balance(qtbot: QtBot, cbo: Cbo) -> None:
    record(cbo, "receipt", Money("10000", KHR), "fees", "Heng Sokhly")
    record(cbo, "receipt", Money("20000", KHR), "fees", "ចាន់ សុភា")
    record(cbo, "payment", Money("5000", KHR), "meetings", "Kratie market")
    page = standalone_page(qtbot, cbo)
    assert not page.ui.table.isColumnHidden(Column.BALANCE)
    qtbot.keyClicks(page.ui.searchEdit, "SOKHLY")
    qtbot.waitUntil(lambda: page.ui.table.model().rowCount() == 1)  # after a short pause in typing
    assert page.ui.table.isColumnHidden(Column.BALANCE)
    assert page.ui.searchNoteLabel.isVisible()
    assert page.ui.searchNoteLabel.text() == "Running balance hidden while searching"
    assert cell(page, 0, Column.BALANCE) == ""
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.ui.table.model().rowCount() == 3)
    assert cell(page, 2, Column.BALANCE) == "25,000៛"
    assert not page.ui.searchNoteLabel.isVisible()


def test_periods_and_newest_first(qtbot: QtBot, cbo: Cbo) -> None:
    assert period_dates("this_month", date(2026, 3, 14), 1) == (date(2026, 3, 1), date(2026, 3, 31))
    assert period_dates("last_month", date(2026, 1, 14), 1) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_dates("this_year", date(2026, 3, 14), 7) == (date(2025, 7, 1), date(2026, 6, 30))
    assert period_dates("last_year", date(2026, 8, 1), 7) == (date(2025, 7, 1), date(2026, 6, 30))
    record(cbo, "receipt", Money("10000", KHR), "fees")
    record(cbo, "receipt", Money("20000", KHR), "fees")
    page = standalone_page(qtbot, cbo)
    combo = page.ui.periodCombo
    combo.setCurrentIndex(combo.findData("this_month"))
    assert page.model is not None and page.model.filter.date_from == TODAY.replace(day=1)
    assert page.ui.table.model().rowCount() == 2
    combo.setCurrentIndex(combo.findData("last_month"))
    assert page.ui.table.model().rowCount() == 0
    qtbot.waitUntil(page.totals_shown)
    assert "Balance on" in page.ui.totalsLabel.text()
    combo.setCurrentIndex(combo.findData("everything"))
    header = page.ui.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.DATE) + 10, header.height() // 2))
    assert page.model.newest_first
    assert cell(page, 0, Column.BALANCE) == "30,000៛"
    assert cell(page, 1, Column.BALANCE) == "10,000៛"


def test_a_viewer_reads_but_does_not_record(qtbot: QtBot, cbo: Cbo) -> None:
    record(cbo, "receipt", Money("10000", KHR), "fees")
    page = standalone_page(qtbot, cbo, VIEWER)
    for button in (page.ui.receiptButton, page.ui.paymentButton, page.ui.transferButton,
                   page.ui.reverseButton):
        assert not button.isVisible()
    menu = page.context_menu(page.ui.table.model().index(0, 0))
    assert [a.text() for a in menu.actions() if a.text()] == ["&Details…"]
    page.new_entry("receipt")
    assert page.dialog is None


def test_the_model_passes_the_model_tester(qtmodeltester, cbo: Cbo) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        record(cbo, "receipt", Money(str(1000 * (i + 1)), KHR), "fees", f"Member {i}")
    reversed_entry = record(cbo, "payment", Money("3000", KHR), "stationery", "Shop")
    cashbook.reverse_entry(cbo, TREASURER, reversed_entry.id, "Wrong shop")
    model = EntryTableModel(cbo, LocaleSettings())
    model.set_filter(EntryFilter())
    qtmodeltester.check(model)
    model.set_filter(EntryFilter(search="member 1"))
    qtmodeltester.check(model)
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.rowCount() == 11  # Member 1, 10…19


def test_a_large_book_shows_the_rows_first_then_their_balances(
        qtbot: QtBot, qtmodeltester, cbo: Cbo, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Far from the start of a large book, balances need the accounts' whole sums: the rows
    are shown at once and the balances a moment later (here every book counts as large)."""
    for amount in ("10000", "20000", "30000"):
        record(cbo, "receipt", Money(amount, KHR), "fees")
    monkeypatch.setattr(cashbook_list, "LARGE_BOOK", 1)
    model = EntryTableModel(cbo, LocaleSettings())
    model.set_filter(EntryFilter())
    balance = model.index(2, Column.BALANCE)
    assert model.data(model.index(2, Column.IN)) == "30,000៛"
    assert model.data(balance) == "" and model.balances_pending()
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    assert changed.args[0].column() == changed.args[1].column() == Column.BALANCE
    assert not model.balances_pending()
    assert [model.data(model.index(row, Column.BALANCE)) for row in range(3)] == [
        "10,000៛", "30,000៛", "60,000៛"]
    qtmodeltester.check(model)
    # The sums are kept: the next window near the end has its balances at once.
    model.set_filter(EntryFilter(account_id=account_id(cbo, KHR)))
    assert model.data(model.index(2, Column.BALANCE)) == "60,000៛"


def test_more_menu_reaches_the_month_end_and_setup_screens(
        qtbot: QtBot, controller: AppController, book_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cbodesk.gui.cashbook import budget_dialog, setup_dialogs

    _window, page = open_cashbook(qtbot, controller, book_file)
    opened: list[str] = []
    monkeypatch.setattr(budget_dialog, "open_budget", lambda *a: opened.append("budget"))
    monkeypatch.setattr(setup_dialogs, "open_funds", lambda *a: opened.append("funds"))
    menu = page.ui.moreButton.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Close a month (cash count)…", "&Payments waiting for approval…", "&Budget…",
                     "&Accounts…", "C&ategories…", "&Funds…"]
    assert all(a.isEnabled() for a in menu.actions())  # the demo's administrator may do all
    next(a for a in menu.actions() if a.text() == "&Budget…").trigger()
    next(a for a in menu.actions() if a.text() == "&Funds…").trigger()
    assert opened == ["budget", "funds"]
