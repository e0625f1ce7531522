"""The cash book's dialogs, driven as a treasurer or a committee member would: type, click, read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QSpinBox,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from cbodesk.domain.cashbook import EntryDraft
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook import setup_dialogs
from cbodesk.gui.cashbook.approvals_dialog import ApprovalsDialog
from cbodesk.gui.cashbook.budget_dialog import BudgetDialog
from cbodesk.gui.cashbook.closing_wizard import ClosingWizard
from cbodesk.gui.cashbook.setup_dialogs import AccountsDialog, CategoriesDialog, FundsDialog
from cbodesk.services import approvals, budget, cashbook, closing
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo

KHR, USD = Currency.KHR, Currency.USD
EN = LocaleSettings()
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
FEB_3 = date(2026, 2, 3)
TypeText = Callable[[QWidget, str], None]


class Book:
    """A small CBO: a riel cash box and a dollar bank account, and January's entries."""

    def __init__(self, cbo: Cbo) -> None:
        self.cbo = cbo
        self.codes = {c.code: c.id for c in cashbook.categories(cbo)}
        self.box = cashbook.add_account(cbo, TREASURER, "Cash box – riel", "cash", KHR,
                                        Money("100000", KHR), date(2025, 12, 1)).id
        self.bank = cashbook.add_account(cbo, TREASURER, "ACLEDA – dollars", "bank", USD,
                                         Money("250", USD), date(2025, 12, 1)).id

    def record(self, kind: str, day: date, amount: Money, code: str, party: str,
               fund: int | None = None) -> cashbook.EntryView:
        account = self.box if amount.currency is KHR else self.bank
        draft = EntryDraft(kind, day, account, amount, self.codes[code], party=party, fund_id=fund)
        return cashbook.record_entry(self.cbo, TREASURER, draft, today=day)

    def january(self) -> None:
        self.record("receipt", date(2026, 1, 10), Money("500000", KHR), "fees", "Members")
        self.record("payment", date(2026, 1, 20), Money("120000", KHR), "meetings", "Market shop")
        self.record("receipt", date(2026, 1, 31), Money("1.25", USD), "interest", "ACLEDA")


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Book]:
    profile = OrganisationProfile(name_en="Svay Chrum Farmers", sector="agriculture", province="20")
    cbo, _admin = new_cbo(tmp_path / "gui.cbodesk", profile, "Long Samnang")
    with cbo:
        yield Book(cbo)


def cell(view: QTableView, row: int, column: int) -> str:
    model = view.model()
    return str(model.data(model.index(row, column)))


def column(view: QTableView, number: int) -> list[str]:
    return [cell(view, row, number) for row in range(view.model().rowCount())]


def row_of(view: QTableView, text: str, in_column: int = 0) -> int:
    return column(view, in_column).index(text)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what is in a field and type over it, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def type_count(qtbot: QtBot, spin: QSpinBox, number: int) -> None:
    retype(qtbot, spin, str(number))


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def relabel(widget: QWidget) -> None:
    """What Qt sends every widget when the language changes."""
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


# --- the closing wizard ---------------------------------------------------------------------


def test_close_january_with_a_cash_count(qtbot: QtBot, book: Book) -> None:
    book.january()
    wizard = ClosingWizard(book.cbo, TREASURER, EN, today=FEB_3)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    # The month waiting to be closed is offered first.
    assert ui.accountCombo.currentText() == "Cash box – riel (KHR)"
    assert (ui.monthCombo.currentText(), ui.yearSpin.value()) == ("January", 2026)
    assert ui.bookValue.text() == "480,000៛"
    assert ui.lastClosedValue.text() == "none yet"
    assert ui.statusLabel.text().startswith("Ready")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is ui.countPage

    # The count sheet: one row per riel note, from 200,000៛ down to 100៛.
    assert list(wizard.spins) == [200_000, 100_000, 50_000, 30_000, 20_000, 15_000, 10_000, 5_000, 2_000,
                                  1_000, 500, 200, 100]
    type_count(qtbot, wizard.spins[200_000], 2)
    type_count(qtbot, wizard.spins[50_000], 1)
    type_count(qtbot, wizard.spins[10_000], 2)
    assert wizard._line_totals[200_000].text() == "400,000៛"
    assert ui.countedValue.text() == "470,000៛"
    assert ui.countBookValue.text() == "480,000៛"
    assert ui.differenceValue.text() == "-10,000៛"
    # Counted and checked by the same person, and a difference without a word: refused, all at once.
    assert ui.countedByEdit.text() == "Chan Sophea"
    qtbot.keyClicks(ui.checkedByEdit, "chan sophea")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is ui.countPage
    problems = ui.countProblemsLabel.text()
    assert "second person" in problems and "explains the difference" in problems
    assert ui.checkedByEdit.styleSheet() and ui.explanationEdit.styleSheet()

    # The missing note is found; a second person checks.
    type_count(qtbot, wizard.spins[10_000], 3)
    assert (ui.countedValue.text(), ui.differenceValue.text()) == ("480,000៛", "0៛")
    retype(qtbot, ui.checkedByEdit, "Kim Vanna")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is ui.confirmPage
    summary = ui.summaryLabel.text()
    assert "480,000៛" in summary and "Kim Vanna" in summary and "January 2026" in summary
    assert "nothing more can be recorded in January 2026" in ui.warningLabel.text()

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Sign and close the month"
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, finish)
    assert wizard.closing is not None
    [closed] = closing.closings(book.cbo, book.box)
    assert closed == wizard.closing
    assert [(line.denomination.amount, line.count) for line in closed.lines] == [(200000, 2), (50000, 1),
                                                                                (10000, 3)]
    assert (closed.counted_by, closed.checked_by) == ("Chan Sophea", "Kim Vanna")


def test_a_bank_account_is_closed_with_its_statement(qtbot: QtBot, book: Book) -> None:
    book.january()
    wizard = ClosingWizard(book.cbo, TREASURER, EN, today=FEB_3)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    ui.accountCombo.setCurrentIndex(ui.accountCombo.findData(book.bank))
    assert ui.bookValue.text() == "$251.25"
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert ui.countStack.currentWidget() is ui.statementPage
    assert ui.countedTitle.text() == "Statement balance:"
    qtbot.keyClicks(ui.statementEdit, "250.00")
    assert ui.differenceValue.text() == "-$1.25"
    qtbot.keyClicks(ui.checkedByEdit, "Kim Vanna")
    qtbot.keyClicks(ui.explanationEdit, "Interest of January shows on February's statement.")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.closing is not None
    assert wizard.closing.counted == Money("250.00", USD) and wizard.closing.difference == Money("-1.25", USD)


def test_the_wizard_says_why_a_month_cannot_be_closed(qtbot: QtBot, book: Book) -> None:
    book.january()
    book.record("receipt", date(2026, 2, 2), Money("20000", KHR), "fees", "Members")
    wizard = ClosingWizard(book.cbo, TREASURER, EN, today=date(2026, 3, 5))
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    ui.monthCombo.setCurrentIndex(ui.monthCombo.findData(2))
    assert "Close 01/2026 first" in ui.statusLabel.text()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is ui.monthPage
    ui.monthCombo.setCurrentIndex(ui.monthCombo.findData(3))
    assert "has not ended yet" in ui.statusLabel.text()
    # Someone who may not close months is told so before counting.
    viewer = ClosingWizard(book.cbo, VIEWER, EN, today=date(2026, 3, 5))
    qtbot.addWidget(viewer)
    viewer.show()
    click(qtbot, viewer.button(QWizard.WizardButton.NextButton))
    assert viewer.currentPage() is viewer.ui.monthPage
    assert "may not do this" in viewer.ui.statusLabel.text()
    relabel(wizard)
    assert ui.monthCombo.currentText() == "March"


# --- the approval queue ------------------------------------------------------------------------


def test_the_committee_decides_on_payments_waiting(qtbot: QtBot, book: Book) -> None:
    book.record("receipt", date(2026, 3, 1), Money("3000000", KHR), "grants", "Oxfam")
    to_chair = book.record("payment", date(2026, 3, 2), Money("450000", KHR), "allowances", "Sok Dara")
    boat = book.record("payment", date(2026, 3, 3), Money("900000", KHR), "equipment", "Mekong Boats")
    book.record("payment", date(2026, 3, 4), Money("50000", KHR), "meetings", "Market shop")  # within the limit

    dialog = ApprovalsDialog(book.cbo, CHAIR, EN)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    table = ui.pendingTable
    assert column(table, 1) == [to_chair.number, boat.number]
    assert [cell(table, 0, c) for c in range(7)] == ["2 Mar 2026", to_chair.number, "Sok Dara", "450,000៛",
                                                     "Cash box – riel", "Chan Sophea", ""]
    assert ui.khrLimitEdit.text() == "400,000" and ui.usdLimitEdit.text() == "100.00"
    assert not ui.rejectedGroup.isVisible()

    # The chair was paid the first one: the buttons are off, and the reason is shown.
    click_row(qtbot, table, 0)
    assert not ui.approveButton.isEnabled() and not ui.rejectButton.isEnabled()
    assert "made to you" in ui.problemsLabel.text()

    click_row(qtbot, table, 1)
    assert ui.rejectButton.isEnabled() and not ui.problemsLabel.isVisible()
    click(qtbot, ui.rejectButton)
    assert "Write why" in ui.problemsLabel.text()
    qtbot.keyClicks(ui.noteEdit, "Three quotations are needed.")
    click(qtbot, ui.rejectButton)
    assert column(table, 1) == [to_chair.number]
    assert ui.rejectedGroup.isVisible()
    assert [cell(ui.rejectedTable, 0, c) for c in (1, 4, 5)] == [boat.number, "Sok Dara",
                                                                 "Three quotations are needed."]
    assert approvals.decision_of(book.cbo, boat.id) is not None
    assert dialog.changed

    # The limits of the financial policy.
    retype(qtbot, ui.khrLimitEdit, "1,000,000")
    retype(qtbot, ui.usdLimitEdit, "12,50")
    click(qtbot, ui.saveLimitsButton)
    assert "wrong place" in ui.problemsLabel.text()
    retype(qtbot, ui.usdLimitEdit, "250")
    click(qtbot, ui.saveLimitsButton)
    assert approvals.approval_limits(book.cbo) == {KHR: Money("1000000", KHR), USD: Money("250", USD)}
    assert ui.khrLimitEdit.text() == "1,000,000"
    relabel(dialog)
    assert column(table, 1) == [to_chair.number]


def test_a_viewer_sees_the_queue_but_cannot_decide(qtbot: QtBot, book: Book) -> None:
    book.record("receipt", date(2026, 3, 1), Money("3000000", KHR), "grants", "Oxfam")
    book.record("payment", date(2026, 3, 3), Money("900000", KHR), "equipment", "Mekong Boats")
    dialog = ApprovalsDialog(book.cbo, VIEWER, EN)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.pendingTable.model().rowCount() == 1
    assert not ui.approveButton.isVisible() and not ui.rejectButton.isVisible()
    assert ui.khrLimitEdit.isReadOnly() and not ui.saveLimitsButton.isVisible()


# --- the budget ------------------------------------------------------------------------------


def edit_cell(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Select a cell, type over it and press Enter."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)  # the open editor of the cell
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor from the event loop.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def test_type_a_budget_and_read_it_against_the_book(qtbot: QtBot, book: Book) -> None:
    book.january()
    typo = book.record("receipt", date(2026, 1, 12), Money("200000", KHR), "fees", "Members")
    cashbook.reverse_entry(book.cbo, TREASURER, typo.id, "Typed twice", day=date(2026, 1, 13))
    grant = cashbook.add_fund(book.cbo, TREASURER, "Fish conservation", "Oxfam").id
    budget.set_budget(book.cbo, TREASURER, 2026, book.codes["meetings"], grant, Money("50", USD))

    dialog = BudgetDialog(book.cbo, TREASURER, EN, fiscal_year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    table = ui.budgetTable
    model = table.model()
    assert ui.periodLabel.text() == "1 Jan 2026 – 31 Dec 2026"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Category", "Budget ៛", "Actual ៛", "Remaining ៛", "Budget $", "Actual $", "Remaining $"]
    fees = row_of(table, "Membership fees")
    assert cell(table, 0, 0) == "Income"
    assert [cell(table, fees, c) for c in (1, 2, 3)] == ["", "500,000៛", "-500,000៛"]

    edit_cell(qtbot, table, model.index(fees, 1), "1,200,000")
    assert [cell(table, fees, c) for c in (1, 2, 3)] == ["1,200,000៛", "500,000៛", "700,000៛"]
    total_income = row_of(table, "Total income")
    assert cell(table, total_income, 1) == "1,200,000៛"

    meetings = row_of(table, "Meetings")
    assert [cell(table, meetings, c) for c in (1, 2, 3)] == ["", "120,000៛", "-120,000៛"]
    edit_cell(qtbot, table, model.index(meetings, 1), "300000")
    assert cell(table, meetings, 3) == "180,000៛"
    # Dollars for meetings are planned per fund: not typed in "all funds together".
    assert cell(table, meetings, 4) == "$50.00"
    assert not (model.flags(model.index(meetings, 4)) & Qt.ItemFlag.ItemIsEditable)
    assert "per fund" in str(model.data(model.index(meetings, 4), Qt.ItemDataRole.ToolTipRole))
    # A mistyped amount is refused with the reason.
    edit_cell(qtbot, table, model.index(fees, 1), "12,50")
    assert "wrong place" in ui.problemsLabel.text()
    assert cell(table, fees, 1) == "1,200,000៛"

    ui.fundCombo.setCurrentIndex(ui.fundCombo.findData(grant))
    meetings = row_of(table, "Meetings")
    assert [cell(table, meetings, c) for c in (1, 4)] == ["", "$50.00"]
    edit_cell(qtbot, table, model.index(meetings, 4), "75")
    assert cell(table, meetings, 6) == "$75.00"
    assert [(line.fund_id, line.amount) for line in budget.budget_lines(book.cbo, 2026)] == [
        (None, Money("1200000", KHR)), (None, Money("300000", KHR)), (grant, Money("75", USD))]

    ui.yearSpin.setValue(2025)
    assert ui.periodLabel.text() == "1 Jan 2025 – 31 Dec 2025"
    assert cell(table, row_of(table, "Membership fees"), 1) == ""
    assert cell(table, row_of(table, "Total income"), 1) == "0៛"
    relabel(dialog)
    assert ui.periodLabel.text() == "1 Jan 2025 – 31 Dec 2025"


def test_a_viewer_reads_the_budget_without_editing(qtbot: QtBot, book: Book) -> None:
    budget.set_budget(book.cbo, TREASURER, 2026, book.codes["fees"], None, Money("1000", KHR))
    dialog = BudgetDialog(book.cbo, VIEWER, EN, fiscal_year=2026)
    qtbot.addWidget(dialog)
    model = dialog.ui.budgetTable.model()
    fees = row_of(dialog.ui.budgetTable, "Membership fees")
    assert cell(dialog.ui.budgetTable, fees, 1) == "1,000៛"
    assert not (model.flags(model.index(fees, 1)) & Qt.ItemFlag.ItemIsEditable)
    assert not dialog.ui.hintLabel.isVisibleTo(dialog)


# --- accounts, categories, funds ------------------------------------------------------------------


def test_add_and_close_accounts(qtbot: QtBot, book: Book, monkeypatch: pytest.MonkeyPatch,
                                type_text: TypeText) -> None:
    dialog = AccountsDialog(book.cbo, TREASURER, EN)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    table = ui.accountsTable
    assert "Cash box – riel" in column(table, 0)
    click(qtbot, ui.addButton)
    assert "Give the account a name" in ui.problemsLabel.text()

    type_text(ui.nameEdit, "Wing – riel")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("mobile"))
    ui.currencyCombo.setCurrentIndex(ui.currencyCombo.findData("KHR"))
    qtbot.keyClicks(ui.openingEdit, "12.5")
    click(qtbot, ui.addButton)
    assert "riel amounts are whole numbers" in ui.problemsLabel.text()
    retype(qtbot, ui.openingEdit, "0")
    click(qtbot, ui.addButton)
    wing = row_of(table, "Wing – riel")
    assert [cell(table, wing, c) for c in (1, 2, 3, 5, 6)] == ["Mobile money", "KHR", "0៛", "0៛", ""]
    assert ui.nameEdit.text() == "" and not ui.problemsLabel.isVisible()

    # The cash box holds money: it cannot be closed.
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    click_row(qtbot, table, row_of(table, "Cash box – riel"))
    click(qtbot, ui.closeAccountButton)
    assert "balance is zero" in ui.problemsLabel.text()
    click_row(qtbot, table, row_of(table, "Wing – riel"))
    click(qtbot, ui.closeAccountButton)
    assert "Wing – riel" in asked[-1]
    assert cell(table, row_of(table, "Wing – riel"), 6) != ""
    assert not ui.closeAccountButton.isEnabled()
    assert dialog.changed
    relabel(dialog)
    assert ui.kindCombo.currentData() == "mobile"


def test_rename_retire_and_add_categories(qtbot: QtBot, book: Book, type_text: TypeText) -> None:
    dialog = CategoriesDialog(book.cbo, TREASURER, EN)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert column(ui.incomeTable, 0)[0] == "Membership fees"
    assert "Meetings" in column(ui.expenseTable, 0)
    click_row(qtbot, ui.expenseTable, row_of(ui.expenseTable, "Meetings"))
    assert (ui.nameEnEdit.text(), ui.kindCombo.currentData()) == ("Meetings", "expense")
    retype(qtbot, ui.nameEnEdit, "Meetings and trainings")
    click(qtbot, ui.renameButton)
    assert "Meetings and trainings" in column(ui.expenseTable, 0)

    click_row(qtbot, ui.incomeTable, row_of(ui.incomeTable, "Interest"))
    assert ui.expenseTable.selectionModel().selectedRows() == []
    assert ui.retireButton.text() == "R&etire"
    click(qtbot, ui.retireButton)
    assert "Interest" not in column(ui.incomeTable, 0)
    ui.showRetiredCheck.setChecked(True)
    interest = row_of(ui.incomeTable, "Interest")
    assert cell(ui.incomeTable, interest, 2) == "Retired"
    click_row(qtbot, ui.incomeTable, interest)
    assert ui.retireButton.text() == "R&estore"
    click(qtbot, ui.retireButton)
    assert cell(ui.incomeTable, row_of(ui.incomeTable, "Interest"), 2) == ""

    retype(qtbot, ui.nameEnEdit, "Fish sales")
    ui.nameKmEdit.clear()
    type_text(ui.nameKmEdit, "លក់ត្រី")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("income"))
    click(qtbot, ui.addButton)
    fish = row_of(ui.incomeTable, "Fish sales")
    assert cell(ui.incomeTable, fish, 1) == "លក់ត្រី"
    retype(qtbot, ui.nameEnEdit, "")
    ui.nameKmEdit.clear()
    click(qtbot, ui.addButton)
    assert "Give the category a name" in ui.problemsLabel.text()
    assert dialog.changed


def test_add_retire_and_restore_funds(qtbot: QtBot, book: Book) -> None:
    dialog = FundsDialog(book.cbo, TREASURER, EN)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.fundsTable.model().rowCount() == 0
    click(qtbot, ui.addButton)
    assert "Give the fund a name" in ui.problemsLabel.text()
    qtbot.keyClicks(ui.nameEdit, "Fish conservation")
    qtbot.keyClicks(ui.donorEdit, "Oxfam")
    click(qtbot, ui.addButton)
    assert [cell(ui.fundsTable, 0, c) for c in range(3)] == ["Fish conservation", "Oxfam", ""]
    click_row(qtbot, ui.fundsTable, 0)
    click(qtbot, ui.retireButton)
    assert ui.fundsTable.model().rowCount() == 0
    ui.showRetiredCheck.setChecked(True)
    assert cell(ui.fundsTable, 0, 2) == "Retired"
    click_row(qtbot, ui.fundsTable, 0)
    assert ui.retireButton.text() == "R&estore"
    click(qtbot, ui.retireButton)
    assert [f.name for f in cashbook.funds(book.cbo)] == ["Fish conservation"]


def test_a_viewer_sees_the_setup_but_cannot_change_it(qtbot: QtBot, book: Book) -> None:
    for dialog_class in (AccountsDialog, CategoriesDialog, FundsDialog):
        dialog = dialog_class(book.cbo, VIEWER, EN)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not any(button.isVisible() for button in dialog.findChildren(type(dialog.ui.addButton))
                       if button.text() not in ("&Close", "Close"))


# --- the models and the openers ------------------------------------------------------------------


def test_the_table_models_follow_qt_rules(qtbot: QtBot, qtmodeltester: object, book: Book) -> None:
    book.january()
    budget.set_budget(book.cbo, TREASURER, 2026, book.codes["fees"], None, Money("1000", KHR))
    accounts = AccountsDialog(book.cbo, TREASURER, EN)
    budget_dialog = BudgetDialog(book.cbo, TREASURER, EN, fiscal_year=2026)
    qtbot.addWidget(accounts)
    qtbot.addWidget(budget_dialog)
    qtmodeltester.check(accounts.model)  # type: ignore[attr-defined]
    qtmodeltester.check(budget_dialog.model)  # type: ignore[attr-defined]


@pytest.mark.parametrize("opener", [setup_dialogs.open_accounts, setup_dialogs.open_categories,
                                    setup_dialogs.open_funds])
def test_the_page_opens_each_editor(qtbot: QtBot, book: Book, opener: object) -> None:
    from cbodesk.gui.cashbook.approvals_dialog import open_approvals
    from cbodesk.gui.cashbook.budget_dialog import open_budget
    from cbodesk.gui.cashbook.closing_wizard import open_closing_wizard

    shown: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_it)
            return
        shown.append(dialog.windowTitle())
        dialog.close()

    for open_dialog in (opener, open_approvals, open_budget):
        QTimer.singleShot(0, close_it)
        assert open_dialog(None, book.cbo, TREASURER, EN) is False  # type: ignore[operator]
    QTimer.singleShot(0, close_it)
    assert open_closing_wizard(None, book.cbo, TREASURER, EN) is None
    assert shown[1:] == ["Payments waiting for approval", "Budget", "Close a month"]
    # Each dialog is gone once closed: none is left to react to a later language change.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in QApplication.topLevelWidgets() if w.windowTitle() in shown]


def test_tables_are_for_reading(book: Book, qtbot: QtBot) -> None:
    dialog = ApprovalsDialog(book.cbo, CHAIR, EN)
    qtbot.addWidget(dialog)
    assert dialog.ui.pendingTable.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


# --- the entry dialog's activity --------------------------------------------------------------


def test_the_entry_dialog_offers_the_activities_of_the_entry_date_fiscal_year(qtbot: QtBot, book: Book) -> None:
    from cbodesk.domain import plans as dp
    from cbodesk.gui.cashbook.entry_dialog import EntryDialog
    from cbodesk.services import plans

    me = Actor("kim.vanna", "Kim Vanna", frozenset({"me_focal"}))
    book.january()
    old = plans.create_plan(book.cbo, me, 2025)
    new = plans.create_plan(book.cbo, me, 2026)
    plans.add_activity(book.cbo, me, old.id, dp.ActivityDraft(
        code="A1", title="Fish pond", start_month=date(2025, 5, 1), end_month=date(2025, 5, 1)))
    meeting = plans.add_activity(book.cbo, me, new.id, dp.ActivityDraft(
        code="B1", title="General assembly", start_month=date(2026, 1, 1), end_month=date(2026, 1, 1)))
    dropped = plans.add_activity(book.cbo, me, new.id, dp.ActivityDraft(
        code="B2", title="Study tour", start_month=date(2026, 2, 1), end_month=date(2026, 2, 1)))
    plans.change_status(book.cbo, me, dropped.id, "cancelled", "No bus")

    dialog = EntryDialog(book.cbo, TREASURER, "payment", EN, account_id=book.box, today=FEB_3)
    qtbot.addWidget(dialog)
    combo = dialog.activityCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "B1 – General assembly"]
    combo.setCurrentIndex(1)
    dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().addYears(-1))  # 3 Feb 2025: last year's plan
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "A1 – Fish pond"]
    assert combo.currentIndex() == 0
    dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().addYears(1))
    combo.setCurrentIndex(combo.findData(meeting.id))
    dialog.ui.amountEdit.setText("30000")
    dialog.ui.categoryCombo.setCurrentIndex(1)
    dialog.ui.partyEdit.setText("Pagoda kitchen")
    assert dialog.save(), dialog.ui.problemsLabel.text()
    assert dialog.last_saved is not None and dialog.last_saved.activity_id == meeting.id
    [line] = [a for a in plans.plan_overview(book.cbo, me, new.id).activities if a.id == meeting.id]
    assert line.actual == Money("30000", KHR)
