"""The member dialog: a plain message by each wrong field, the likely duplicate asked about before
it is saved, the question on closing with changes, villages, photos and changes of status."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from members_support import (
    SECRETARY,
    TODAY,
    answer,
    click_button,
    make_register,
    member_id,
    when_shown,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.domain.formatting import LocaleSettings
from cbodesk.gui.members.member_dialog import MemberDialog
from cbodesk.gui.members.status_dialog import StatusDialog
from cbodesk.gui.members.village_dialog import VillageDialog
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


def new_dialog(qtbot: QtBot, cbo: Cbo, member: int | None = None) -> MemberDialog:
    dialog = MemberDialog(cbo, SECRETARY, ENGLISH, member_id=member)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def register_size(cbo: Cbo) -> int:
    return ms.count_members(cbo, SECRETARY, ms.MemberFilter())


def test_every_wrong_field_is_marked_with_its_own_message(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    dialog = new_dialog(qtbot, cbo)
    ui = dialog.ui
    assert not dialog.save()
    problems = ui.problemsLabel.text().splitlines()
    assert problems == ["• Write the member's name in Khmer script, in Latin letters, or both.",
                        "• Choose female or male.", "• Choose the village the member lives in."]
    for marked in (ui.nameKmEdit, ui.sexCombo, ui.villageCombo):
        assert "border" in marked.styleSheet()
    assert "border" not in ui.birthEdit.styleSheet()

    type_text(ui.nameKmEdit, "Sok Dara")  # Latin letters in the Khmer field
    type_text(ui.nameLatinEdit, "សុខ ដារ៉ា")  # and Khmer in the Latin one
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("M"))
    ui.birthEdit.setText("31/02/1990")
    ui.villageCombo.setCurrentIndex(1)
    ui.phoneEdit.setText("12")
    assert not dialog.save()
    text = ui.problemsLabel.text()
    assert "“31/02/1990” is not a day of the calendar" in text
    assert "Write this name in Khmer script" in text
    assert "Write this name in Latin letters, for example Sok Dara" in text
    assert "The phone number should have 9 or 10 digits" in text
    for marked in (ui.nameKmEdit, ui.nameLatinEdit, ui.birthEdit, ui.phoneEdit):
        assert "border" in marked.styleSheet(), marked.objectName()
    assert "“31/02/1990”" in ui.birthEdit.toolTip()
    assert "border" not in ui.sexCombo.styleSheet()
    assert register_size(cbo) == 6

    ui.nameKmEdit.setText("សុខ ដារ៉ា")
    ui.nameLatinEdit.setText("Sok Dara")
    ui.birthEdit.setText("1999")  # not the Sok Dara of the register (born 1984)
    ui.phoneEdit.setText("012 345 678")
    ui.joinedEdit.setDate(ui.joinedEdit.date().addDays(0))
    assert dialog.save()
    assert ui.problemsLabel.isHidden()
    assert register_size(cbo) == 7


def test_a_likely_duplicate_is_pointed_out_and_the_person_chooses(qtbot: QtBot, cbo: Cbo,
                                                                  type_text: TypeText) -> None:
    dialog = new_dialog(qtbot, cbo)
    ui = dialog.ui
    type_text(ui.nameLatinEdit, "sok  dara")  # case and spaces aside, the same name
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findData("M"))
    qtbot.keyClicks(ui.birthEdit, "1984")
    ui.villageCombo.setCurrentIndex(ui.villageCombo.findText("Koh Trong Leu (Koh Trong)"))
    # Pointed out while typing, before saving.
    qtbot.waitUntil(ui.duplicateLabel.isVisible)
    assert ui.duplicateLabel.text() == ("Already in the register? member 1, Sok Dara · សុខ ដារ៉ា, Koh Trong Leu, "
                                        "born 1984, Active")
    # Save asks; Go back saves nothing and keeps what was typed.
    when_shown(QMessageBox, click_button("goBackButton"))
    assert not dialog.save()
    assert register_size(cbo) == 6 and ui.nameLatinEdit.text() == "sok  dara"
    # Save anyway: another person of the same name.
    when_shown(QMessageBox, click_button("saveAnywayButton"))
    assert dialog.save()
    assert register_size(cbo) == 7
    assert dialog.last_saved is not None and dialog.last_saved.number == 7


def test_closing_with_changes_asks_first(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    dialog = new_dialog(qtbot, cbo, member_id(cbo, SECRETARY, "Chan Sophea"))
    assert not dialog.has_unsaved_changes()
    type_text(dialog.ui.notesEdit, "Savings group leader")
    assert dialog.has_unsaved_changes()
    when_shown(QMessageBox, answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # stayed, with the text
    when_shown(QMessageBox, answer(QMessageBox.StandardButton.Save))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ms.get_member(cbo, SECRETARY, member_id(cbo, SECRETARY, "Chan Sophea")).notes == "Savings group leader"

    again = new_dialog(qtbot, cbo, member_id(cbo, SECRETARY, "Chan Sophea"))
    again.ui.notesEdit.clear()
    when_shown(QMessageBox, answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert ms.get_member(cbo, SECRETARY, member_id(cbo, SECRETARY, "Chan Sophea")).notes == "Savings group leader"


def test_a_new_village_is_added_and_chosen(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    dialog = new_dialog(qtbot, cbo)

    def fill_khmer(village: QWidget) -> None:
        assert isinstance(village, VillageDialog)
        type_text(village.ui.nameKmEdit, "Kampong")  # not Khmer script
        village.ui.nameEnEdit.setText("Kampong Krabei")
        village.save()
        assert "Write this name in Khmer script." in village.ui.problemsLabel.text()
        village.ui.nameKmEdit.setText("កំពង់ក្របី")
        village.ui.communeEnEdit.setText("Ou Russei")
        village.save()

    when_shown(VillageDialog, fill_khmer)
    dialog.ui.newVillageButton.click()
    assert dialog.ui.villageCombo.currentText() == "Kampong Krabei (Ou Russei)"
    assert [v.name_en for v in ms.villages(cbo)][-1] == "Kampong Krabei"


def test_a_photo_is_made_small_and_kept(qtbot: QtBot, cbo: Cbo, tmp_path: Path) -> None:
    big = QImage(3000, 4000, QImage.Format.Format_RGB32)
    big.fill(QColor("#4477aa"))
    path = tmp_path / "face.png"
    assert big.save(str(path))
    (tmp_path / "notes.txt").write_text("not a picture")
    dialog = new_dialog(qtbot, cbo, member_id(cbo, SECRETARY, "Kim Vanna"))
    assert not dialog.set_photo_file(str(tmp_path / "notes.txt"))
    assert "not a picture" in dialog.ui.problemsLabel.text()
    assert dialog.set_photo_file(str(path))
    assert dialog.has_unsaved_changes() and dialog.ui.removePhotoButton.isEnabled()
    assert dialog.save()
    kept = ms.member_photo(cbo, SECRETARY, member_id(cbo, SECRETARY, "Kim Vanna"))
    assert kept is not None and kept[0] == "image/jpeg" and len(kept[1]) < 100_000
    image = QImage.fromData(kept[1])
    assert max(image.width(), image.height()) == 480
    again = new_dialog(qtbot, cbo, member_id(cbo, SECRETARY, "Kim Vanna"))
    assert not again.ui.photoLabel.pixmap().isNull()
    again.remove_photo()
    assert again.save()
    assert ms.member_photo(cbo, SECRETARY, member_id(cbo, SECRETARY, "Kim Vanna")) is None


def test_a_status_change_from_the_member_dialog_keeps_what_is_typed(qtbot: QtBot, cbo: Cbo) -> None:
    dialog = new_dialog(qtbot, cbo, member_id(cbo, SECRETARY, "Long Samnang"))
    dialog.ui.notesEdit.setPlainText("Fishes near Koh Trong")

    def inactive(status: QWidget) -> None:
        assert isinstance(status, StatusDialog)
        status.ui.statusCombo.setCurrentIndex(status.ui.statusCombo.findData("inactive"))
        status.ui.reasonEdit.setText("Works in Thailand this year")
        status.save()

    when_shown(StatusDialog, inactive)
    dialog.ui.changeStatusButton.click()
    assert dialog.ui.currentStatusLabel.text().startswith("Inactive since ")
    assert dialog.status_model.rowCount() == 2
    assert dialog.ui.notesEdit.toPlainText() == "Fishes near Koh Trong"
    assert dialog.save()  # builds on the version the status change made: no "changed meanwhile"
    saved = ms.get_member(cbo, SECRETARY, member_id(cbo, SECRETARY, "Long Samnang"))
    assert saved.status == "inactive" and saved.notes == "Fishes near Koh Trong"


def test_a_change_made_elsewhere_is_not_overwritten(qtbot: QtBot, cbo: Cbo) -> None:
    sok = member_id(cbo, SECRETARY, "Sok Dara")
    dialog = new_dialog(qtbot, cbo, sok)
    other = ms.get_member(cbo, SECRETARY, sok)
    ms.update_member(cbo, SECRETARY, sok, replace(other.draft(), notes="Elsewhere"), row_version=other.row_version)
    dialog.ui.notesEdit.setPlainText("Here")
    when_shown(QMessageBox, click_button("keepButton"))  # "Keep my changes to copy"
    assert not dialog.save()
    assert ms.get_member(cbo, SECRETARY, sok).notes == "Elsewhere"


def test_status_dialog_marks_its_fields(qtbot: QtBot, cbo: Cbo) -> None:
    view = ms.get_member(cbo, SECRETARY, member_id(cbo, SECRETARY, "Srey Pov"))
    dialog = StatusDialog(cbo, SECRETARY, view, ENGLISH, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()
    assert dialog.ui.problemsLabel.text() == "• Choose the new status from the list."
    assert "border" in dialog.ui.statusCombo.styleSheet()
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("deceased"))
    assert dialog.save()
    assert dialog.result_view is not None and dialog.result_view.status == "deceased"
