"""Language switch, backups through the File menu, and the error dialogs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cbodesk import config as cfg
from cbodesk.gui import errors
from cbodesk.gui.app import AppController
from cbodesk.gui.errors import BugDialog
from cbodesk.gui.jobs import run_job
from cbodesk.gui.mainwindow import MainWindow
from cbodesk.gui.settings_dialog import SettingsDialog
from cbodesk.services.profile import load_profile, save_profile
from cbodesk.services.users import default_actor
from cbodesk.storage.backup import list_backups
from cbodesk.storage.database import open_cbo


def open_window(controller: AppController, path: Path) -> MainWindow:
    assert controller.open_location(str(path), None)
    assert controller.window is not None
    return controller.window


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def test_switching_to_khmer_retranslates_the_open_window(
        qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    window = open_window(controller, demo_file)
    dialog = SettingsDialog(controller, window)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.sampleLabel.text() == "14 Mar 2026   1,234,500៛   $1,250.50"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("km"))
    ui.khmerDigitsCheck.setChecked(True)
    assert "១៤" in ui.sampleLabel.text() and "មីនា" in ui.sampleLabel.text()
    qtbot.mouseClick(ui.buttonBox.button(ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert controller.config.get(cfg.LANGUAGE) == "km"
    assert controller.config.get(cfg.KHMER_DIGITS) is True
    qtbot.waitUntil(lambda: is_khmer(window.ui.menuFile.title()))
    assert window.ui.menuFile.title().endswith("(&F)")
    assert is_khmer(window.current_page().title())
    assert is_khmer(window.ui.navList.itemWidget(window.ui.navList.topLevelItem(0), 0).text())
    assert is_khmer(window.current_page().form.ui.sectorCombo.currentText())
    # The CBO's own names are data: they stay as typed.
    assert window.ui.cboNameLabel.text() == "សហគមន៍នេសាទកោះត្រង់"
    controller.set_language("en")
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")


def _answer_yes(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    def question(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.append(a[2]))


def test_back_up_to_a_usb_stick_then_restore(qtbot: QtBot, controller: AppController, demo_file: Path,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    window = open_window(controller, demo_file)
    seen: list[str] = []
    _answer_yes(monkeypatch, seen)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    window.ui.actionBackupTo.trigger()
    qtbot.waitUntil(lambda: any("written to" in s for s in seen), timeout=10000)
    [(backup, manifest)] = list_backups(stick)
    assert manifest.cbo_name == "Koh Trong Community Fishery" and manifest.reason == "manual"

    # A change after the backup, which the restore must undo.
    cbo = window.cbo
    changed = load_profile(cbo)
    save_profile(cbo, default_actor(cbo), changed.__class__(**{**changed.__dict__, "acronym": "LATER"}))

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    window.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: any("was restored" in s for s in seen), timeout=10000)
    assert any("Restore now?" in s for s in seen)
    new_window = controller.window
    assert new_window is not None and new_window is not window
    assert load_profile(new_window.cbo).acronym == "KTCF"
    kept = [p for p in demo_file.parent.glob("demo.before-restore-*.cbodesk")]
    assert len(kept) == 1
    new_window.close_confirmed = True
    new_window.close()
    with open_cbo(kept[0]) as old:
        assert load_profile(old).acronym == "LATER"


def test_restoring_a_damaged_backup_changes_nothing(qtbot: QtBot, controller: AppController,
                                                     demo_file: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(controller, demo_file)
    fake = tmp_path / "broken.cbobackup"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    monkeypatch.setattr(errors, "show_user_error", lambda parent, exc: shown.append(exc.text()))
    before = demo_file.read_bytes()
    window.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "broken.cbobackup" in shown[0]
    assert controller.window is window and not window.cbo.closed
    assert demo_file.read_bytes() == before


class _Emitter(QObject):
    fire = Signal()


def test_an_error_inside_a_slot_reaches_the_bug_reporter(qtbot: QtBot, controller: AppController) -> None:
    reporter = errors.reporter
    assert reporter is not None
    count = reporter.count
    details: list[str] = []
    reporter.bug.connect(details.append)
    emitter = _Emitter()

    def broken() -> None:
        raise ZeroDivisionError("a bug in a slot")

    emitter.fire.connect(broken)
    QTimer.singleShot(0, emitter.fire.emit)
    qtbot.waitUntil(lambda: reporter.count == count + 1)
    assert "ZeroDivisionError: a bug in a slot" in details[0]
    reporter.count = count  # expected here; the fixture checks no other bug happened


def test_bug_dialog_copies_its_details(qtbot: QtBot) -> None:
    dialog = BugDialog("Traceback: something")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: something"


def test_background_job_can_be_cancelled(qtbot: QtBot, controller: AppController) -> None:
    started = threading.Event()
    results: list[object] = []

    def work(cancel: threading.Event) -> str:
        started.set()
        cancel.wait(10)
        return "finished"

    parent = QWidget()
    qtbot.addWidget(parent)
    thread = run_job(parent, "Working…", work, results.append, on_cancel=lambda: results.append("cancelled"))
    started.wait(5)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    dialog.findChild(QPushButton).click()  # the person presses Cancel
    thread.join(5)
    assert not thread.is_alive(), "the job heard the cancel"
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    QApplication.processEvents()
    assert results == ["cancelled"], "a cancelled job reports nothing but its cancellation"
