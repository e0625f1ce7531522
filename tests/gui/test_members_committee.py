"""The Committee page: a member takes a position (picked by typing their name), the chair is handed
over, a term ends and is corrected; the committee of today and its history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from members_support import SECRETARY, TREASURER, click_button, make_register, when_shown
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.gui.members.committee_page import CommitteePage
from cbodesk.gui.members.term_dialogs import EndTermDialog, TermDialog
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo, open_cbo

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    path = tmp_path / "register.cbodesk"
    make_register(path)
    with open_cbo(path) as opened:
        yield opened


def show_page(qtbot: QtBot, cbo: Cbo, actor=SECRETARY) -> CommitteePage:  # type: ignore[no-untyped-def]
    page = CommitteePage(cbo, actor)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.current_model is not None)
    return page


def wait_for(qtbot: QtBot, page: CommitteePage, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def pick_member(qtbot: QtBot, dialog: TermDialog, typed: str, type_text: TypeText) -> None:
    """Type part of a name and choose the first member the list offers, with the keyboard."""
    edit = dialog.ui.memberEdit
    edit.setFocus()
    type_text(edit, typed)
    popup = dialog.picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_elect_hand_over_and_end_terms(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    page = show_page(qtbot, cbo)
    assert page.ui.summaryLabel.text() == "Nobody holds a committee position today."

    page.ui.newTermButton.click()
    dialog = wait_for(qtbot, page, TermDialog)
    assert isinstance(dialog, TermDialog)
    dialog.ui.positionCombo.setCurrentIndex(dialog.ui.positionCombo.findData("chair"))
    pick_member(qtbot, dialog, "dara", type_text)
    assert dialog.picker.member_id is not None
    assert dialog.ui.memberEdit.text() == "Sok Dara"
    assert dialog.ui.memberInfoLabel.text() == "Member 1 · សុខ ដារ៉ា · Koh Trong Leu"
    dialog.ui.startedEdit.setDate(QDate(2023, 3, 11))
    dialog.ui.noteEdit.setText("Elected at the general assembly")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert texts(page.ui.currentTable, 0) == ["Chair"]
    assert texts(page.ui.currentTable, 2) == ["Sok Dara"]
    assert page.ui.summaryLabel.text() == "People: 1, of whom women: 0"

    # The chair is handed over: the dialog asks, and Sok Dara's term ends the day before.
    page.ui.newTermButton.click()
    dialog = wait_for(qtbot, page, TermDialog)
    assert isinstance(dialog, TermDialog)
    dialog.ui.positionCombo.setCurrentIndex(dialog.ui.positionCombo.findData("chair"))
    pick_member(qtbot, dialog, "ចាន់", type_text)
    dialog.ui.startedEdit.setDate(QDate(2026, 3, 14) if date.today() >= date(2026, 3, 14) else QDate.currentDate())
    when_shown(QMessageBox, click_button("handOverButton"))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert texts(page.ui.currentTable, 2) == ["Chan Sophea"]
    history = page.ui.historyTable
    assert texts(history, 2) == ["Sok Dara", "Chan Sophea"]
    assert texts(history, 4)[1] == "holds it today"

    # The new chair's term ends.
    page.ui.currentTable.selectRow(0)
    assert page.ui.endTermButton.isEnabled()
    page.ui.endTermButton.click()
    ending = wait_for(qtbot, page, EndTermDialog)
    assert isinstance(ending, EndTermDialog)
    ending.ui.endedEdit.setDate(QDate.currentDate())
    ending.ui.reasonEdit.setText("Resigned")
    qtbot.keyClick(ending, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    terms = ms.committee_terms(cbo, SECRETARY)
    assert [(t.name_latin, t.end_reason) for t in terms] == [("Sok Dara", "handed over"), ("Chan Sophea", "Resigned")]
    assert "Resigned" in texts(history, 5)


def test_a_term_recorded_wrongly_is_corrected(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    from cbodesk.domain import members as dm

    sok = ms.member_rows(cbo, SECRETARY, ms.MemberFilter(search="Sok Dara"), 0, 1)[0].id
    ms.start_term(cbo, SECRETARY, dm.TermDraft("treasurer", sok, date(2023, 3, 11)))
    page = show_page(qtbot, cbo)
    page.ui.currentTable.selectRow(0)
    page.ui.correctButton.click()
    dialog = wait_for(qtbot, page, TermDialog)
    assert isinstance(dialog, TermDialog)
    assert dialog.windowTitle() == "Correct a committee term"
    assert dialog.picker.member_id == sok and dialog.ui.memberEdit.text() == "Sok Dara"
    dialog.ui.positionCombo.setCurrentIndex(dialog.ui.positionCombo.findData("secretary"))
    dialog.ui.memberEdit.clear()
    qtbot.keyClicks(dialog.ui.memberEdit, "x")  # typed over: no member any more
    assert dialog.picker.member_id is None
    assert not dialog.save()
    assert "Choose the member who holds the position." in dialog.ui.problemsLabel.text()
    dialog.ui.memberEdit.clear()
    pick_member(qtbot, dialog, "1", type_text)  # by number
    assert dialog.save()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert texts(page.ui.currentTable, 0) == ["Secretary"]


def test_others_read_the_committee_without_changing_it(qtbot: QtBot, cbo: Cbo) -> None:
    page = show_page(qtbot, cbo, TREASURER)
    for button in (page.ui.newTermButton, page.ui.endTermButton, page.ui.correctButton):
        assert not button.isVisible()
    assert page.ui.printButton.isVisible()
