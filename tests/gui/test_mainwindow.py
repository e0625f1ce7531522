"""The main window and the profile page, driven through the screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cbodesk import config as cfg
from cbodesk.gui import app as app_module
from cbodesk.gui.app import AppController
from cbodesk.gui.mainwindow import MainWindow
from cbodesk.gui.profile.page import ProfilePage
from cbodesk.services.info import cbo_info
from cbodesk.services.profile import load_profile
from cbodesk.storage.database import open_cbo


def open_window(controller: AppController, path: Path, qtbot: QtBot | None = None) -> MainWindow:
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    if qtbot is not None:  # shortcuts reach only the active window
        with qtbot.waitActive(window):
            window.activateWindow()
    return window


def profile_page(window: MainWindow) -> ProfilePage:
    page = window.current_page()
    assert isinstance(page, ProfilePage)
    return page


def test_window_shows_cbo_and_user(qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    window = open_window(controller, demo_file)
    # The first area's page is on screen at once, built and shown (pages are built lazily).
    shown = window.ui.pages.currentWidget()
    assert isinstance(shown, ProfilePage) and shown.isVisible()
    assert window.ui.pages.count() == 1, "only the page on screen is built"
    assert window.windowTitle() == "Koh Trong Community Fishery – CBO Desk"
    assert window.ui.cboNameLabel.text() == "Koh Trong Community Fishery"
    status = " ".join(label.text() for label in window.ui.statusBar.findChildren(type(window.ui.cboNameLabel)))
    assert str(demo_file) in status
    assert "Sok Dara" in status
    # Areas listed under their guideline chapter, in order; only areas that exist.
    nav = window.ui.navList
    headings = [nav.itemWidget(nav.topLevelItem(i), 0).text() for i in range(nav.topLevelItemCount())]
    assert headings == ["1. Legalization and institutional development",
                        "2. Communication, cooperation and networking",
                        "3. Membership and membership management", "4. Financial management",
                        "5. Accountability and transparency",
                        "6. Participatory implementation, monitoring and evaluation"]
    assert nav.topLevelItem(0).child(0).text(0) == "Organisation profile"
    assert controller.config.get(cfg.LAST_CBO) == str(demo_file)


def test_edit_and_save_the_profile(qtbot: QtBot, controller: AppController, demo_file: Path,
                                   type_text: Callable[[QWidget, str], None]) -> None:
    window = open_window(controller, demo_file, qtbot)
    page = profile_page(window)
    form = page.form.ui
    assert form.nameKmEdit.text() == "សហគមន៍នេសាទកោះត្រង់"
    assert not page.ui.saveButton.isEnabled()
    form.acronymEdit.clear()
    qtbot.keyClicks(form.acronymEdit, "KTF")
    form.villageEdit.selectAll()
    type_text(form.villageEdit, "កោះត្រង់លើ")
    assert page.ui.saveButton.isEnabled()
    assert page.ui.savedLabel.text() == "Changes not saved yet"
    qtbot.keyClick(form.villageEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click: it comes a moment later.
    qtbot.waitUntil(lambda: page.ui.savedLabel.text().startswith("Saved at"))
    assert not page.has_unsaved_changes()
    saved = load_profile(window.cbo)
    assert (saved.acronym, saved.village) == ("KTF", "កោះត្រង់លើ")
    assert saved.row_version == 2


def test_problems_are_marked_and_nothing_saved(qtbot: QtBot, controller: AppController,
                                               demo_file: Path) -> None:
    window = open_window(controller, demo_file)
    page = profile_page(window)
    form = page.form.ui
    form.nameKmEdit.clear()
    form.nameEnEdit.clear()
    form.nameEnEdit.textEdited.emit("")
    form.khrCheck.setChecked(False)
    form.usdCheck.setChecked(False)
    form.phoneEdit.setText("12")
    form.phoneEdit.textEdited.emit("12")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    text = form.problemsLabel.text()
    assert form.problemsLabel.isVisible()
    assert "name of the CBO" in text and "at least one currency" in text and "phone number" in text
    assert "c62828" in form.nameKmEdit.styleSheet()
    assert form.villageEdit.styleSheet() == ""
    assert page.has_unsaved_changes()
    assert load_profile(window.cbo).name_en == "Koh Trong Community Fishery"


def test_unsaved_changes_are_offered_for_saving_on_close(
        qtbot: QtBot, controller: AppController, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(controller, demo_file)
    page = profile_page(window)
    page.form.ui.districtEdit.setText("Chhloung")
    page.form.ui.districtEdit.textEdited.emit("Chhloung")
    asked: list[str] = []

    def answer(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.close()
    assert window.isVisible(), "Cancel keeps the window open"
    window.close()
    assert not window.isVisible()
    assert "Organisation profile" in asked[0]
    with open_cbo(demo_file) as cbo:
        assert load_profile(cbo).district == "Chhloung"


def test_closing_backs_up_and_releases_the_file(qtbot: QtBot, controller: AppController,
                                                demo_file: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "DAILY_BACKUP_DELAY_MS", 0)
    window = open_window(controller, demo_file)
    folder = tmp_path / "auto-backups"
    qtbot.waitUntil(lambda: bool(controller._backup_threads), timeout=10000)
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in controller._backup_threads), timeout=10000)
    assert [p.name.endswith("-daily.cbobackup") for p in folder.rglob("*.cbobackup")] == [True]
    window.close()
    # Rotation keeps the newest backup of the day: the one made on closing.
    backups = list(folder.rglob("*.cbobackup"))
    assert [p.name.endswith("-on-close.cbobackup") for p in backups] == [True]
    with open_cbo(demo_file) as cbo:  # the lock is gone
        assert cbo_info(cbo).counts["user"] == 5


def test_geometry_is_remembered(qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    QSettings().remove("mainwindow/geometry")
    window = open_window(controller, demo_file)
    # (The offscreen screen is 800 pixels wide and the window needs most of it.)
    window.resize(window.width(), 520)
    window.close()
    window = open_window(controller, demo_file)
    assert window.height() == 520


def test_keyboard_reaches_every_page(qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    window = open_window(controller, demo_file, qtbot)
    assert window.ui.navHeading.buddy() is window.ui.navList
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[0]
    menus = [a.text() for a in window.ui.menuBar.actions()]
    assert menus == ["&File", "&Settings", "&Help"]
    file_menu = [a.text() for a in window.ui.menuFile.actions() if a.text()]
    assert file_menu == ["&New CBO…", "&Open…", "&Connect to a shared CBO database…", "Open &recent",
                         "&Back up to…", "R&estore…", "&Log out / switch user…", "&Quit"]
