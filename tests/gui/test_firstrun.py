"""The first-run wizard, driven as a person would: choose, type, click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from cbodesk import config as cfg
from cbodesk import paths
from cbodesk.gui.app import AppController
from cbodesk.gui.firstrun import FirstRunWizard
from cbodesk.services.profile import load_profile
from cbodesk.storage.database import open_cbo


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_create_my_cbo(qtbot: QtBot, controller: AppController, tmp_path: Path,
                       type_text: Callable[[QWidget, str], None]) -> None:
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome_page.ui.createRadio.isChecked()
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PROFILE

    form = wizard.profile_page.form.ui
    # Next with nothing typed: the problem is shown, the page stays.
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.PROFILE
    assert form.problemsLabel.isVisible()
    assert "name of the CBO" in form.problemsLabel.text()

    type_text(form.nameKmEdit, "សហគមន៍នេសាទភូមិថ្មី")
    qtbot.keyClicks(form.nameEnEdit, "Phum Thmey Community Fishery")
    qtbot.keyClicks(form.acronymEdit, "PTCF")
    form.sectorCombo.setCurrentIndex(form.sectorCombo.findData("fishery"))
    form.provinceCombo.setCurrentIndex(form.provinceCombo.findData("10"))
    qtbot.keyClicks(form.villageEdit, "Phum Thmey")
    click_next(qtbot, wizard)
    assert wizard.currentId() == FirstRunWizard.KEEPER

    keeper = wizard.keeper_page.ui
    suggested = Path(keeper.fileEdit.text())
    assert suggested.name == "PTCF.cbodesk"
    assert suggested.parent == paths.default_cbo_dir()
    target = tmp_path / "mine" / "PTCF.cbodesk"
    keeper.fileEdit.clear()
    qtbot.keyClicks(keeper.fileEdit, str(target))
    # Finish without a name: refused, nothing written.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result_cbo is None
    assert not target.exists()
    assert "name of the person" in keeper.keeperProblems.text()

    qtbot.keyClicks(keeper.adminNameEdit, "Chan Sophea")
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result_cbo is not None
    wizard.result_cbo.close()
    with open_cbo(target) as cbo:
        profile = load_profile(cbo)
    assert profile.name_km == "សហគមន៍នេសាទភូមិថ្មី"
    assert profile.name_en == "Phum Thmey Community Fishery"
    assert (profile.sector, profile.province, profile.village) == ("fishery", "10", "Phum Thmey")


def test_open_the_demo_cbo(qtbot: QtBot, controller: AppController) -> None:
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    demo = wizard.welcome_page.ui.demoRadio
    qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))
    click_next(qtbot, wizard)
    # The demo is written in the background the first time; the wizard closes when it is ready.
    qtbot.waitUntil(lambda: wizard.result_cbo is not None, timeout=30000)
    assert wizard.result() == QWizard.DialogCode.Accepted
    controller.show_cbo(wizard.result_cbo)
    window = controller.window
    assert window is not None
    assert "Koh Trong Community Fishery" in window.windowTitle()
    assert window.cbo.location.path.parent == paths.default_cbo_dir()


def test_language_chosen_in_the_wizard(qtbot: QtBot, controller: AppController) -> None:
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.welcome_page.ui.languageCombo
    combo.setCurrentIndex(combo.findData("km"))
    assert controller.config.get(cfg.LANGUAGE) == "km"
    # Qt delivers LanguageChange to the widgets through the event loop.
    qtbot.waitUntil(lambda: wizard.welcome_page.title() != "Welcome to CBO Desk")
    assert "CBO Desk" not in wizard.welcome_page.ui.createRadio.text()
    assert any("\u1780" <= ch <= "\u17ff" for ch in wizard.welcome_page.ui.createRadio.text())
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: wizard.welcome_page.title() == "Welcome to CBO Desk")


def test_cancel_creates_nothing(qtbot: QtBot, controller: AppController) -> None:
    before = set(paths.default_cbo_dir().glob("*")) if paths.default_cbo_dir().exists() else set()
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    QTimer.singleShot(0, wizard.reject)
    assert not wizard.exec()
    after = set(paths.default_cbo_dir().glob("*")) if paths.default_cbo_dir().exists() else set()
    assert after == before


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    # A message box would wait for a click forever in a headless test.
    from PySide6.QtWidgets import QMessageBox

    def fail(box: QMessageBox) -> None:
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", fail)
