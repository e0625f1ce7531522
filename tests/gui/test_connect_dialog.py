""""Connect to a shared CBO database", driven as a person would against the real test server:
type the details, test, read the message, connect; the password kept in a keyring, or asked each
time on a computer without one, and never written into the settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from server_support import MemoryKeyring, connection_of, password_login_role

from cbodesk import config as cfg
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.gui.app import AppController
from cbodesk.gui.connect_dialog import ConnectDialog
from cbodesk.gui.firstrun import FirstRunWizard
from cbodesk.services.profile import load_profile
from cbodesk.services.setup import new_cbo
from cbodesk.services.shared import SharedConnection
from cbodesk.storage.database import open_cbo

PASSWORD = "Tonle Sap 7"
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Server Fishery", sector="fishery", province="10")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def password_login(pg_url: str) -> Iterator[SharedConnection]:
    """A login that must give its password (see .ci/run), owner of the test database."""
    with password_login_role(pg_url, PASSWORD) as conn:
        yield conn


@pytest.fixture
def cbo_on_server(password_login: SharedConnection) -> SharedConnection:
    """The password login, its database holding a new CBO."""
    cbo, _admin = new_cbo(password_login.location(PASSWORD), PROFILE, "Sok Dara")
    cbo.close()
    return password_login


def fill(qtbot: QtBot, dialog: ConnectDialog, conn: SharedConnection, password: str = "") -> None:
    for edit, text in ((dialog.hostEdit, conn.host), (dialog.databaseEdit, conn.database),
                       (dialog.userEdit, conn.user), (dialog.passwordEdit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.portSpin.setValue(conn.port)
    dialog.tlsCombo.setCurrentIndex(dialog.tlsCombo.findData(conn.tls))


def status_after(qtbot: QtBot, dialog: ConnectDialog, button: QPushButton) -> str:
    """Click *button* and wait for the connection job's message."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20000)
    return dialog.statusLabel.text()


def when_shown(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Act on a modal window (a dialog, a message box) once it is up."""
    def poll() -> None:
        found = find()
        if found is None or not found.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(found)
    QTimer.singleShot(0, poll)


def top(kind: type, name: str = "") -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and (not name or w.objectName() == name) and w.isVisible()), None)
    return find


def click(name: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()
    return act


@pytest.mark.postgres
def test_test_connection_says_what_it_found(qtbot: QtBot, pg_url: str, no_keyring: None) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing typed: every missing field named, no connection tried.
    assert "Type the address of the database server." in status_after(qtbot, dialog, dialog.testButton)
    conn = connection_of(pg_url)
    fill(qtbot, dialog, connection_of(pg_url, database="no_such_cbo"))
    assert status_after(qtbot, dialog, dialog.testButton).startswith("There is no database named no_such_cbo")
    fill(qtbot, dialog, conn)
    assert status_after(qtbot, dialog, dialog.testButton).startswith("Connected. The database is empty")
    fill(qtbot, dialog, connection_of(pg_url, tls="require"))
    assert "does not offer encrypted connections" in status_after(qtbot, dialog, dialog.testButton)
    # This computer has no keyring: said plainly, and nothing to tick.
    assert not dialog.rememberCheck.isEnabled() and not dialog.rememberCheck.isChecked()
    assert "cannot remember the password: it will ask for it each time" in dialog.keyringNote.text()

    cbo, _admin = new_cbo(conn.location(), PROFILE, "Sok Dara")
    cbo.close()
    fill(qtbot, dialog, conn)
    assert status_after(qtbot, dialog, dialog.testButton) == "Connected. This database holds the CBO \u201cServer Fishery\u201d."


@pytest.mark.postgres
def test_a_wrong_password_then_the_right_one_remembered(qtbot: QtBot, controller: AppController,
                                                        cbo_on_server: SharedConnection,
                                                        memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    conn = cbo_on_server

    def first_wrong_then_right(found: QWidget) -> None:
        dialog = found
        assert isinstance(dialog, ConnectDialog)
        assert dialog.rememberCheck.isEnabled()
        fill(qtbot, dialog, conn, "tonle sap 7")
        assert status_after(qtbot, dialog, dialog.testButton) == (
            f"The server refused the user name {conn.user} or its password. Check both (capital letters "
            "count) and try again.")
        fill(qtbot, dialog, conn, PASSWORD)
        dialog.rememberCheck.setChecked(True)
        qtbot.mouseClick(dialog.connectButton, Qt.MouseButton.LeftButton)

    when_shown(top(ConnectDialog), first_wrong_then_right)
    assert controller.connect_shared(None)
    assert controller.window is not None and controller.window.cbo.is_postgres
    assert memory_keyring.kept == {("CBO Desk", conn.keyring_key()): PASSWORD}
    assert controller.config.get(cfg.RECENT_CBOS)[0] == conn.url()
    assert PASSWORD not in controller.config.path.read_text(encoding="utf-8")

    # Opened again from the recent list: the keyring's password, no question.
    controller.window.close_confirmed = True
    controller.window.close()
    assert controller.open_location(conn.url(), None)
    assert controller.window is not None

    # The password changed on the server: the dialog asks again, saying why.
    memory_keyring.kept[("CBO Desk", conn.keyring_key())] = "old password"
    controller.window.close_confirmed = True
    controller.window.close()
    shown: list[str] = []

    def asked(found: QWidget) -> None:
        assert isinstance(found, ConnectDialog)
        shown.append(found.statusLabel.text())
        assert found.hostEdit.text() == conn.host and found.userEdit.text() == conn.user
        qtbot.keyClicks(found.passwordEdit, PASSWORD)
        qtbot.mouseClick(found.connectButton, Qt.MouseButton.LeftButton)

    when_shown(top(ConnectDialog), asked)
    assert controller.open_location(conn.url(), None)
    assert shown and "refused the user name" in shown[0]
    assert memory_keyring.kept[("CBO Desk", conn.keyring_key())] == PASSWORD


@pytest.mark.postgres
def test_without_a_keyring_the_password_is_asked_each_time(qtbot: QtBot, controller: AppController,
                                                           cbo_on_server: SharedConnection,
                                                           no_keyring: None, home: Path) -> None:
    conn = cbo_on_server
    controller.config.add_recent(conn.url())
    for _time in range(2):
        asked: list[str] = []

        def type_password(found: QWidget, asked: list[str] = asked) -> None:
            assert isinstance(found, ConnectDialog)
            asked.append(found.statusLabel.text())
            assert not found.rememberCheck.isEnabled()
            qtbot.keyClicks(found.passwordEdit, PASSWORD)
            qtbot.mouseClick(found.connectButton, Qt.MouseButton.LeftButton)

        when_shown(top(ConnectDialog), type_password)
        assert controller.open_location(conn.url(), None)
        assert asked == [""]  # asked, without an error: a password is simply needed
        assert controller.window is not None
        controller.window.close_confirmed = True
        controller.window.close()
    for path in [controller.config.path, *home.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


@pytest.mark.postgres
def test_an_empty_database_gets_a_new_cbo(qtbot: QtBot, controller: AppController, pg_url: str,
                                          no_keyring: None) -> None:
    conn = connection_of(pg_url)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, conn)

    def create(found: QWidget) -> None:
        assert isinstance(found, QMessageBox)
        assert "holds no CBO yet" in found.text()
        click("createButton")(found)

    when_shown(top(QMessageBox, "emptyDatabaseBox"), create)
    qtbot.mouseClick(dialog.connectButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == ConnectDialog.DialogCode.Accepted, timeout=20000)
    assert dialog.next_step == "create"

    wizard = FirstRunWizard(controller, target=dialog.location())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == FirstRunWizard.PROFILE
    qtbot.keyClicks(wizard.profile_page.form.ui.nameEnEdit, "Server Fishery")
    wizard.profile_page.form.ui.sectorCombo.setCurrentIndex(
        wizard.profile_page.form.ui.sectorCombo.findData("fishery"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    keeper = wizard.keeper_page.ui
    assert keeper.fileEdit.isReadOnly() and keeper.fileEdit.text().startswith("postgresql://")
    qtbot.keyClicks(keeper.adminNameEdit, "Sok Dara")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result_cbo is not None and wizard.result_cbo.is_postgres
    wizard.result_cbo.close()
    with open_cbo(pg_url) as cbo:
        assert load_profile(cbo).name_en == "Server Fishery"


def test_the_file_menu_and_the_welcome_page_offer_it(qtbot: QtBot, controller: AppController,
                                                      demo_file: Path) -> None:
    assert controller.open_location(str(demo_file), None)
    assert controller.window is not None
    texts = [a.text() for a in controller.window.ui.menuFile.actions()]
    assert texts.index("&Connect to a shared CBO database\u2026") == texts.index("&Open\u2026") + 1
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    assert wizard.welcome_page.connectRadio.text() == "Connect to a &shared CBO database"


def test_the_welcome_page_opens_the_connect_dialog(qtbot: QtBot, controller: AppController) -> None:
    wizard = FirstRunWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome_page.connectRadio.setChecked(True)
    shown: list[str] = []

    def cancel(found: QWidget) -> None:
        assert isinstance(found, ConnectDialog)
        shown.append(found.windowTitle())
        found.reject()

    when_shown(top(ConnectDialog), cancel)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert shown == ["Connect to a shared CBO database"]
    assert wizard.currentId() == FirstRunWizard.WELCOME and wizard.result_cbo is None


@pytest.mark.postgres
def test_an_empty_database_gets_a_copy_of_a_file(qtbot: QtBot, controller: AppController, pg_url: str,
                                                 demo_file: Path, no_keyring: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    conn = connection_of(pg_url)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(demo_file), ""))
    told: list[str] = []

    def connect(found: QWidget) -> None:
        assert isinstance(found, ConnectDialog)
        fill(qtbot, found, conn)
        when_shown(top(QMessageBox, "emptyDatabaseBox"), click("copyButton"))
        qtbot.mouseClick(found.connectButton, Qt.MouseButton.LeftButton)

    def copied(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    when_shown(top(ConnectDialog), connect)
    assert controller.connect_shared(None)
    when_shown(lambda: next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                             and w.isVisible() and "was copied" in w.text()), None), copied)
    qtbot.waitUntil(lambda: bool(told) and controller.window is not None, timeout=60000)
    assert "and checked" in told[0]
    assert controller.window is not None and controller.window.cbo.is_postgres
    with open_cbo(demo_file, lock=False) as source:
        assert controller.window.cbo.cbo_id() == source.cbo_id()
