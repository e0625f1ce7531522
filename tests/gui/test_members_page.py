"""The Members page, driven as a secretary would: add a member, find them in Khmer or Latin
letters, open and change them; filters, sorting, lazy loading, and who sees what."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from members_support import ME_FOCAL, SECRETARY, TREASURER, make_register, member_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.domain.roles import Actor
from cbodesk.gui.app import AppController
from cbodesk.gui.mainwindow import MainWindow
from cbodesk.gui.members.member_dialog import MemberDialog
from cbodesk.gui.members.model import Column, MemberTableModel
from cbodesk.gui.members.page import MembersPage
from cbodesk.gui.members.status_dialog import StatusDialog
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo, open_cbo

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def register_file(tmp_path: Path) -> Path:
    path = tmp_path / "register.cbodesk"
    make_register(path)
    return path


@pytest.fixture
def cbo(register_file: Path) -> Iterator[Cbo]:
    with open_cbo(register_file) as opened:
        yield opened


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def open_members(qtbot: QtBot, controller: AppController, path: Path) -> tuple[MainWindow, MembersPage]:
    """Open the CBO and go to the Members page with its Ctrl+number, as a person would."""
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    with qtbot.waitActive(window):
        window.activateWindow()
    index = window.factories.index(MembersPage)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + index), Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MembersPage)
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 0)
    return window, page


def standalone_page(qtbot: QtBot, cbo: Cbo, actor: Actor = SECRETARY) -> MembersPage:
    page = MembersPage(cbo, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model is not None)
    return page


def wait_for_dialog(qtbot: QtBot, page: MembersPage, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible())
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys go to the active window
    return dialog


def cell(page: MembersPage, row: int, column: Column) -> str:
    model = page.ui.table.model()
    return str(model.data(model.index(row, column)) or "")


def column_texts(page: MembersPage, column: Column) -> list[str]:
    return [cell(page, row, column) for row in range(page.ui.table.model().rowCount())]


def search(qtbot: QtBot, page: MembersPage, text: str, type_text: TypeText) -> None:
    edit = page.ui.searchEdit
    edit.setFocus()
    edit.clear()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- add, find, edit ------------------------------------------------------------------------


def test_add_find_and_edit_a_member_through_the_screens(qtbot: QtBot, controller: AppController,
                                                        register_file: Path, type_text: TypeText) -> None:
    window, page = open_members(qtbot, controller, register_file)
    assert page.ui.countLabel.text() == "Members: 6"

    # Add: Ctrl+M, then every field from the keyboard, then Ctrl+S.
    qtbot.keyClick(page.ui.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(dialog, MemberDialog)
    assert dialog.windowTitle() == "New member"
    assert focused() is dialog.ui.nameKmEdit
    type_text(focused(), "ម៉ៅ សុភ័ក្ត្រ")
    tab(qtbot)
    assert focused() is dialog.ui.nameLatinEdit
    qtbot.keyClicks(focused(), "Mao Sopheak")
    tab(qtbot)
    assert focused() is dialog.ui.sexCombo
    qtbot.keyClicks(focused(), "F")
    tab(qtbot)
    assert focused() is dialog.ui.birthEdit
    qtbot.keyClicks(focused(), "1990")
    assert dialog.ui.ageLabel.text().startswith("age ")
    tab(qtbot)
    assert focused() is dialog.ui.villageCombo
    qtbot.keyClicks(focused(), "Ou")
    assert dialog.ui.villageCombo.currentText() == "Ou Russei (Ou Russei)"
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.ui.countLabel.text() == "Members: 7"
    current = page.current_member()
    assert current is not None and current.name_latin == "Mao Sopheak" and current.number == 7
    assert cell(page, page.ui.table.currentIndex().row(), Column.VILLAGE) == "Ou Russei"

    # Find: in Latin letters (case aside), in Khmer script, and by number.
    search(qtbot, page, "sopheak", type_text)
    assert column_texts(page, Column.NAME_LATIN) == ["Mao Sopheak"]
    search(qtbot, page, "សុភ័ក្ត្រ", type_text)
    assert column_texts(page, Column.NAME_KM) == ["ម៉ៅ សុភ័ក្ត្រ"]
    search(qtbot, page, "7", type_text)
    assert column_texts(page, Column.NUMBER) == ["7"]

    # Edit: Enter on the row opens the member; a phone number, Ctrl+S.
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    dialog = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(dialog, MemberDialog)
    assert dialog.windowTitle() == "Member 7: Mao Sopheak"
    assert dialog.ui.nameKmEdit.text() == "ម៉ៅ សុភ័ក្ត្រ"
    dialog.ui.phoneEdit.setFocus()
    qtbot.keyClicks(dialog.ui.phoneEdit, "012 345 678")
    assert dialog.has_unsaved_changes()
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert cell(page, 0, Column.PHONE) == "012 345 678"
    saved = ms.get_member(window.cbo, window.actor, member_id(window.cbo, window.actor, "Mao Sopheak"))
    assert saved.phone == "012 345 678" and saved.birth_year == 1990 and saved.sex == "F"


def test_save_and_add_another_keeps_the_village(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    page = standalone_page(qtbot, cbo)
    page.new_member()
    dialog = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(dialog, MemberDialog)
    for name, sex in (("Nget Sreypov", "F"), ("Phan Sophal", "M")):
        qtbot.keyClicks(dialog.ui.nameLatinEdit, name)
        dialog.ui.sexCombo.setCurrentIndex(dialog.ui.sexCombo.findData(sex))
        dialog.ui.villageCombo.setCurrentIndex(2)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert dialog.ui.savedLabel.text().startswith("Saved member ")
        assert dialog.ui.nameLatinEdit.text() == "" and dialog.ui.villageCombo.currentIndex() == 2
    assert page.model is not None and page.model.rowCount() == 8
    assert not dialog.has_unsaved_changes()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)


def test_closing_the_main_window_offers_to_save_an_open_member(qtbot: QtBot, controller: AppController,
                                                               register_file: Path) -> None:
    window, page = open_members(qtbot, controller, register_file)
    page.open_current()
    dialog = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(dialog, MemberDialog)
    dialog.ui.notesEdit.setPlainText("Moved to the new house by the pagoda")
    assert page.has_unsaved_changes()
    assert page.save_changes()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert ms.get_member(window.cbo, window.actor, member_id(window.cbo, window.actor, "Sok Dara")).notes == \
        "Moved to the new house by the pagoda"


# --- filters, sorting, loading -------------------------------------------------------------------


def test_filters_by_village_sex_status_and_committee(qtbot: QtBot, cbo: Cbo) -> None:
    page = standalone_page(qtbot, cbo)
    ui = page.ui
    ui.villageCombo.setCurrentIndex(ui.villageCombo.findText("Ou Russei (Ou Russei)"))
    assert sorted(column_texts(page, Column.NAME_LATIN)) == ["Chan Sophea", "Heng Sokhly", "Long Samnang"]
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("F"))
    assert sorted(column_texts(page, Column.NAME_LATIN)) == ["Chan Sophea", "Heng Sokhly"]
    ui.villageCombo.setCurrentIndex(0)
    ui.sexCombo.setCurrentIndex(0)
    assert ui.table.model().rowCount() == 6

    admin = Actor("sok.dara", "Sok Dara", frozenset({"administrator"}))
    from cbodesk.domain import members as dm

    sok = member_id(cbo, admin, "Sok Dara")
    ms.start_term(cbo, admin, dm.TermDraft("chair", sok, ms.date(2023, 3, 11)))
    ms.change_status(cbo, admin, member_id(cbo, admin, "Srey Pov"),
                     dm.StatusChange("left", ms.date(2024, 5, 1), "Moved to Phnom Penh"))
    page.refresh()
    assert "Srey Pov" not in column_texts(page, Column.NAME_LATIN)  # the register lists members who stay
    ui.committeeCheck.setChecked(True)
    assert column_texts(page, Column.NAME_LATIN) == ["Sok Dara"]
    assert column_texts(page, Column.COMMITTEE) == ["Chair"]
    ui.committeeCheck.setChecked(False)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("left"))
    assert column_texts(page, Column.NAME_LATIN) == ["Srey Pov"]
    assert column_texts(page, Column.STATUS) == ["Left"]
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("everyone"))
    assert ui.table.model().rowCount() == 6


def test_columns_sort_in_both_directions(qtbot: QtBot, cbo: Cbo) -> None:
    page = standalone_page(qtbot, cbo)
    header = page.ui.table.horizontalHeader()
    header.setSortIndicator(Column.NAME_LATIN, Qt.SortOrder.AscendingOrder)
    names = column_texts(page, Column.NAME_LATIN)
    assert names == sorted(names) and names[0] == "Chan Sophea"
    header.setSortIndicator(Column.NAME_LATIN, Qt.SortOrder.DescendingOrder)
    assert column_texts(page, Column.NAME_LATIN) == sorted(names, reverse=True)
    header.setSortIndicator(Column.AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(a) for a in column_texts(page, Column.AGE)]
    assert ages == sorted(ages)
    # Phone numbers do not sort: the indicator stays on the order the table is in.
    header.setSortIndicator(Column.PHONE, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.AGE


def test_a_large_register_is_read_a_page_at_a_time(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "large.cbodesk"
    make_register(path, extra=3000)
    with open_cbo(path) as cbo:
        page = standalone_page(qtbot, cbo)
        model = page.model
        assert model is not None and model.rowCount() == 3006
        page.ui.table.viewport().repaint()
        assert len(model._pages) == 1  # the first screen only
        page.ui.table.scrollToBottom()
        QApplication.processEvents()
        page.ui.table.viewport().repaint()
        assert max(model._pages) == 3005 // 200 and len(model._pages) <= 3  # the last screen, not all between
        assert cell(page, 3005, Column.NAME_LATIN) == "Member 002999"
        page.close()


def test_the_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "register.cbodesk"
    make_register(path, extra=450)  # more than two pages
    with open_cbo(path) as cbo:
        from cbodesk.domain.formatting import LocaleSettings
        from cbodesk.gui.members.common import short_date  # noqa: F401  (imports Babel first)

        model = MemberTableModel(cbo, SECRETARY, LocaleSettings("en"))
        model.set_filter(ms.MemberFilter())
        qtmodeltester.check(model)
        model.sort(Column.VILLAGE, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


# --- who sees what -------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", [TREASURER, ME_FOCAL], ids=["treasurer", "me_focal"])
def test_personal_details_are_hidden_from_roles_without_them(qtbot: QtBot, cbo: Cbo, actor: Actor) -> None:
    page = standalone_page(qtbot, cbo, actor)
    assert page.ui.table.isColumnHidden(Column.PHONE)
    assert page.ui.personalNoteLabel.isVisible()
    assert not page.ui.newButton.isVisible() and not page.ui.statusButton.isVisible()
    page.open_current()
    dialog = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(dialog, MemberDialog)
    ui = dialog.ui
    for widget in (ui.phoneEdit, ui.idCardEdit, ui.idpoorCombo):
        assert not widget.isVisible()
    assert ui.nameKmEdit.isReadOnly() and not dialog.has_unsaved_changes()
    assert ui.buttonBox.button(ui.buttonBox.StandardButton.Save) is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)


def test_a_viewer_is_told_the_register_is_not_for_their_role(qtbot: QtBot, cbo: Cbo) -> None:
    page = standalone_page(qtbot, cbo, Actor("srey.pov", "Srey Pov", frozenset({"viewer"})))
    assert page.ui.countLabel.text().startswith("Your role does not see the member register.")
    assert not page.ui.table.isEnabled() and not page.ui.newButton.isVisible()
    assert page.model is not None and page.model.rowCount() == 0


def test_the_secretary_sees_and_keeps_personal_details(qtbot: QtBot, cbo: Cbo) -> None:
    page = standalone_page(qtbot, cbo)
    assert not page.ui.table.isColumnHidden(Column.PHONE)
    assert not page.ui.personalNoteLabel.isVisible()
    assert cell(page, 0, Column.PHONE) == "016 106 353"


# --- status ----------------------------------------------------------------------------------------


def test_a_member_who_left_keeps_the_history(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    page = standalone_page(qtbot, cbo)
    page.ui.table.selectRow(4)
    assert page.current_member() is not None and page.current_member().name_latin == "Srey Pov"  # type: ignore[union-attr]
    page.ui.statusButton.click()
    dialog = wait_for_dialog(qtbot, page, StatusDialog)
    assert isinstance(dialog, StatusDialog)
    assert dialog.ui.memberLabel.text().startswith("Member 5: Srey Pov · ស្រី ពៅ. Now: Active since ")
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("left"))
    assert "Write why the member left." in dialog.ui.noteLabel.text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # no reason given
    assert dialog.ui.reasonEdit.styleSheet() and "Write why the member left" in dialog.ui.problemsLabel.text()
    type_text(dialog.ui.reasonEdit, "ផ្លាស់ទៅរស់នៅភ្នំពេញ")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert "Srey Pov" not in column_texts(page, Column.NAME_LATIN)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("everyone"))
    assert page.select_member(member_id(cbo, SECRETARY, "Srey Pov"))
    page.open_current()
    member = wait_for_dialog(qtbot, page, MemberDialog)
    assert isinstance(member, MemberDialog)
    assert member.ui.currentStatusLabel.text().startswith("Left since ")
    history = member.status_model
    assert [history.index(r, 0).data() for r in range(history.rowCount())] == ["Active", "Left"]
    assert history.index(1, 2).data() == "ផ្លាស់ទៅរស់នៅភ្នំពេញ"
    member.done(QDialog.DialogCode.Rejected)


def test_khmer_language_reads_the_page_again(qtbot: QtBot, controller: AppController, register_file: Path) -> None:
    _window, page = open_members(qtbot, controller, register_file)
    controller.set_language("km")  # villages are named in the language, and sort by that name
    assert page.model is not None and page.model.rowCount() == 6
    qtbot.waitUntil(lambda: cell(page, 0, Column.VILLAGE) == "កោះត្រង់លើ")
    assert page.ui.villageCombo.itemText(1) == "កោះត្រង់លើ (កោះត្រង់)"
    controller.set_language("en")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Members")  # Qt posts the language change
    qtbot.waitUntil(lambda: cell(page, 0, Column.VILLAGE) == "Koh Trong Leu")
