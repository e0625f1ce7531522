"""Contributions: the fee is set, who owes is shown, a fee is recorded in the cash book with the
member picked, and the member's statement lists it. The cash book's payer is a member picker that
still takes any name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from members_support import SECRETARY, TREASURER, make_register, member_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency
from cbodesk.gui.cashbook.entry_dialog import EntryDialog
from cbodesk.gui.members.contributions_page import ContributionsPage
from cbodesk.gui.members.fee_dialog import FeeDialog
from cbodesk.gui.members.picker import MemberPicker, _OffersModel
from cbodesk.gui.members.statement_dialog import StatementDialog
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo, open_cbo

TypeText = Callable[[QWidget, str], None]
ENGLISH = LocaleSettings("en")


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    path = tmp_path / "register.cbodesk"
    make_register(path)
    with open_cbo(path) as opened:
        yield opened


def wait_for(qtbot: QtBot, page: ContributionsPage, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def column(page: ContributionsPage, index: int) -> list[str]:
    model = page.ui.table.model()
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def test_fees_owed_paid_and_the_statement(qtbot: QtBot, cbo: Cbo) -> None:
    page = ContributionsPage(cbo, TREASURER)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model is not None and not page.loading)
    assert "No membership fee is set." in page.ui.feeLabel.text()
    assert set(column(page, 7)) == {"paid up"}

    # The fee: 5,000 riel a year from the first of January.
    page.ui.feeButton.click()
    fee = wait_for(qtbot, page, FeeDialog)
    assert isinstance(fee, FeeDialog)
    qtbot.keyClicks(fee.ui.amountEdit, "5,000.50")
    qtbot.keyClick(fee, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fee.isVisible() and "border" in fee.ui.amountEdit.styleSheet()  # riel has no cents
    fee.ui.amountEdit.clear()
    qtbot.keyClicks(fee.ui.amountEdit, "5000")
    fee.ui.periodCombo.setCurrentIndex(fee.ui.periodCombo.findData("year"))
    qtbot.keyClick(fee, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None and not page.loading)
    assert "Membership fee: 5,000៛ per year" in page.ui.feeLabel.text()
    assert column(page, 7) == ["5,000៛"] * 6
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("owing"))
    assert len(column(page, 0)) == 6

    # Sok Dara pays: a receipt with the member and the fee category already chosen.
    page.ui.showCombo.setCurrentIndex(0)
    page.choose_member(member_id(cbo, SECRETARY, "Sok Dara"))
    page.ui.recordButton.click()
    receipt = wait_for(qtbot, page, EntryDialog)
    assert isinstance(receipt, EntryDialog)
    assert receipt.ui.partyEdit.text() == "Sok Dara"
    assert receipt.member_label.text() == "Member 1 · សុខ ដារ៉ា · Koh Trong Leu"
    assert receipt.ui.categoryCombo.currentText() == "Membership fees"
    assert QApplication.focusWidget() is receipt.ui.amountEdit
    qtbot.keyClicks(receipt.ui.amountEdit, "5000")
    qtbot.keyClick(receipt.ui.amountEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: receipt.last_saved is not None)
    assert receipt.last_saved is not None and receipt.last_saved.member_id == member_id(cbo, SECRETARY, "Sok Dara")
    receipt.close()
    qtbot.waitUntil(lambda: page.dialog is None and not page.loading)
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("owing"))
    assert "Sok Dara" not in column(page, 2) and len(column(page, 0)) == 5
    assert "5 owe" in page.ui.totalsLabel.text()

    # The statement lists the receipt as a fee.
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("paid"))
    assert column(page, 2) == ["Sok Dara"]
    page.ui.table.selectRow(0)
    page.ui.statementButton.click()
    statement = wait_for(qtbot, page, StatementDialog)
    assert isinstance(statement, StatementDialog)
    lines = statement.model
    assert lines.rowCount() == 1
    assert lines.index(0, 3).data() == "Membership fees ✓" and lines.index(0, 6).data() == "5,000៛"
    assert "Still owed" in statement.ui.totalsLabel.text()
    statement.close()


def test_the_cash_book_payer_picks_a_member_or_takes_any_name(qtbot: QtBot, cbo: Cbo,
                                                             type_text: TypeText) -> None:
    dialog = EntryDialog(cbo, TREASURER, "receipt", ENGLISH)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ui = dialog.ui
    sok = member_id(cbo, SECRETARY, "Sok Dara")

    # Typing offers the members found, in either script; choosing one links them.
    ui.partyEdit.setFocus()
    type_text(ui.partyEdit, "សុខ")
    popup = dialog.picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["1 · Sok Dara · សុខ ដារ៉ា (Koh Trong Leu)", "3 · Heng Sokhly · ហេង សុខលី (Ou Russei)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.picker.member_id == sok and ui.partyEdit.text() == "Sok Dara"
    assert dialog.member_label.text() == "Member 1 · សុខ ដារ៉ា · Koh Trong Leu"
    ui.amountEdit.setText("10000")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findText("Membership fees"))
    assert dialog.save()
    assert dialog.last_saved is not None and dialog.last_saved.member_id == sok
    assert ui.partyEdit.text() == "" and dialog.picker.member_id is None  # ready for the next one

    # Any other name stays free text, not linked.
    ui.partyEdit.setFocus()
    type_text(ui.partyEdit, "Kratie market")
    assert dialog.member_label.text() == "Not linked to a member. To link one, choose them from the list."
    ui.amountEdit.setText("2000")
    ui.categoryCombo.setCurrentIndex(1)
    assert dialog.save()
    assert dialog.last_saved is not None and dialog.last_saved.member_id is None
    assert dialog.last_saved.party == "Kratie market"

    # A member's whole name typed without choosing links the one member who has it.
    ui.partyEdit.setFocus()
    type_text(ui.partyEdit, "Chan Sophea")
    assert popup.isVisible()  # keys go to the list while it shows, as the application routes them
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not ui.partyEdit
    assert dialog.picker.member_id == member_id(cbo, SECRETARY, "Chan Sophea")
    # … and typing on unlinks.
    ui.partyEdit.setFocus()
    type_text(ui.partyEdit, "'s son")
    assert dialog.picker.member_id is None
    # Names used before are offered too.
    ui.partyEdit.clear()
    type_text(ui.partyEdit, "market")
    assert [o.text for o in dialog.picker._offers.offers] == ["Kratie market"]
    assert cashbook.accounts(cbo)[0].currency is Currency.KHR


def test_the_contributions_model_passes_the_model_tester(qtmodeltester, cbo: Cbo) -> None:  # type: ignore[no-untyped-def]
    from cbodesk.domain.money import Money
    from cbodesk.gui.members.contributions_model import Column, ContributionsModel

    ms.set_fee_rate(cbo, TREASURER, Money("5000", Currency.KHR), "year", date(2024, 1, 1))
    model = ContributionsModel(ENGLISH)
    model.set_members(ms.contributions(cbo, TREASURER).members, ENGLISH)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    model.sort(Column.NAME_LATIN, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Column.NAME_LATIN).data() == "Srey Pov"
    assert model.index(0, Column.OWED).data() == "15,000៛" if date.today().year == 2026 else True
    qtmodeltester.check(model)


def test_the_offers_model_passes_the_model_tester(qtmodeltester, cbo: Cbo) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    picker = MemberPicker(edit, cbo, SECRETARY, "en", names=["Sok Dara's shop"])
    model = picker.completer.model()
    assert isinstance(model, _OffersModel)
    model.set_offers(picker.offers_for("so"))
    assert model.rowCount() >= 3
    qtmodeltester.check(model)
    edit.deleteLater()


def test_the_statement_period_can_be_chosen(qtbot: QtBot, cbo: Cbo) -> None:
    dialog = StatementDialog(cbo, SECRETARY, member_id(cbo, SECRETARY, "Srey Pov"), ENGLISH,
                             today=date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.period()[0] == date(2015, 3, 1)  # from the day the member joined
    assert dialog.model.rowCount() == 0
    assert "Member 5: Srey Pov · ស្រី ពៅ" in dialog.ui.headerLabel.text()
