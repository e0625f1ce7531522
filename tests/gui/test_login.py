"""Login through the GUI: off (the administrator, and the log says so), on (the login
dialog driven by typing: a wrong password, then the right one), a password set by the
administrator replaced at the first login, slower tries after failures, and switching user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from users_support import savings_group

from cbodesk.gui.app import AppController
from cbodesk.gui.login_dialog import LoginDialog
from cbodesk.services import users
from cbodesk.storage.database import Cbo, open_cbo

TypeText = Callable[[QWidget, str], None]


def _cbo_with_login(folder: Path, *, login: bool) -> Path:
    """A CBO in *folder* whose administrator sok.dara has a password; chan.sophea (treasurer) was
    given one."""
    path = folder / "cbo.cbodesk"
    cbo, admin = savings_group(path)
    users.change_own_password(cbo, admin, "", "admin password", "admin password")
    users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], "first password")
    if login:
        users.set_login_required(cbo, admin, True)
    cbo.close()
    return path


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[LoginDialog]:
    """The login dialog shown on a CBO with login on."""
    with open_cbo(_cbo_with_login(tmp_path, login=True)) as cbo:
        shown = LoginDialog(cbo)
        qtbot.addWidget(shown)
        shown.show()
        yield shown


def _log_in(qtbot: QtBot, dialog: LoginDialog, type_text: TypeText, name: str, password: str) -> None:
    dialog.userCombo.lineEdit().clear()
    type_text(dialog.userCombo.lineEdit(), name)
    dialog.passwordEdit.clear()
    type_text(dialog.passwordEdit, password)
    qtbot.keyClick(dialog.passwordEdit, Qt.Key.Key_Return)


def test_login_off_works_as_the_administrator(controller: AppController, tmp_path: Path) -> None:
    path = _cbo_with_login(tmp_path, login=False)
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    assert window.actor.username == "sok.dara (login off)"
    assert "login off" in window._user_label.text()
    assert not window.actionSwitchUser.isEnabled()


def test_login_dialog_wrong_then_right(qtbot: QtBot, dialog: LoginDialog, type_text: TypeText) -> None:
    # Both users with a password are offered to pick from.
    assert [dialog.userCombo.itemData(i) for i in range(dialog.userCombo.count())] == [
        "chan.sophea", "sok.dara"]
    _log_in(qtbot, dialog, type_text, "sok.dara", "not my password")
    assert dialog.isVisible() and dialog.actor is None
    assert "user name or the password is not right" in dialog.messageLabel.text()
    assert dialog.passwordEdit.text() == ""
    # A name that does not exist gets the very same message.
    message = dialog.messageLabel.text()
    _log_in(qtbot, dialog, type_text, "nobody", "admin password")
    assert dialog.messageLabel.text() == message
    # Picking the name from the list, then the right password.
    dialog.userCombo.setCurrentIndex(dialog.userCombo.findData("sok.dara"))
    type_text(dialog.passwordEdit, "admin password")
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "sok.dara"


def test_repeated_failures_make_the_next_try_wait(qtbot: QtBot, dialog: LoginDialog,
                                                  type_text: TypeText) -> None:
    for _ in range(3):
        _log_in(qtbot, dialog, type_text, "sok.dara", "wrong guess")
    assert not dialog.okButton.isEnabled()
    assert "Wait 1 second" in dialog.messageLabel.text()
    # Return while waiting does nothing, even with the right password.
    _log_in(qtbot, dialog, type_text, "sok.dara", "admin password")
    assert dialog.actor is None
    qtbot.waitUntil(dialog.okButton.isEnabled, timeout=3000)
    _log_in(qtbot, dialog, type_text, "sok.dara", "admin password")
    assert dialog.actor is not None


def test_password_from_the_administrator_is_replaced_at_first_login(qtbot: QtBot, dialog: LoginDialog,
                                                                    type_text: TypeText) -> None:
    _log_in(qtbot, dialog, type_text, "chan.sophea", "first password")
    assert dialog.stack.currentIndex() == 1  # choose your own password
    assert dialog.isVisible()
    type_text(dialog.newEdit, "short")
    type_text(dialog.repeatEdit, "short")
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert "at least 8 characters" in dialog.messageLabel.text()
    dialog.newEdit.clear()
    dialog.repeatEdit.clear()
    type_text(dialog.newEdit, "my own password")
    type_text(dialog.repeatEdit, "my own password")
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert not users.log_in(dialog.cbo, "chan.sophea", "my own password").must_change_password


def _answer_login(qtbot: QtBot, type_text: TypeText, name: str, password: str, seen: list[str]) -> None:
    """When the login dialog is up: read its language buttons, then log in as *name*."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        seen.append(dialog.titleLabel.text())
        _log_in(qtbot, dialog, type_text, name, password)

    QTimer.singleShot(0, answer)


def test_opening_a_cbo_with_login_on_asks_who(controller: AppController, qtbot: QtBot, tmp_path: Path,
                                              type_text: TypeText) -> None:
    path = _cbo_with_login(tmp_path, login=True)
    seen: list[str] = []
    _answer_login(qtbot, type_text, "sok.dara", "admin password", seen)
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    assert seen == ["Log in to Women's Savings Group"]
    assert window.actor.username == "sok.dara"
    assert window.actionSwitchUser.isEnabled()
    with window.cbo.reading():
        from cbodesk.storage.models import User

        assert User.get(User.username == "sok.dara").last_login_at is not None
    # Log out / switch user: the treasurer logs in; the same CBO stays open.
    cbo = window.cbo
    _answer_login(qtbot, type_text, "chan.sophea", "first password", seen)

    def own_password() -> None:  # the treasurer must choose a password first
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        type_text(dialog.newEdit, "treasurer pw 1")
        type_text(dialog.repeatEdit, "treasurer pw 1")
        qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, own_password)
    window.actionSwitchUser.trigger()
    assert controller.window is not None and controller.window is not window
    assert controller.window.actor.username == "chan.sophea"
    assert controller.window.cbo is cbo and not cbo.closed


def test_cancelled_login_opens_nothing(controller: AppController, tmp_path: Path) -> None:
    path = _cbo_with_login(tmp_path, login=True)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    controller.open_location(str(path), None)
    assert controller.window is None
    # The file is closed again: it opens at once elsewhere.
    open_cbo(path).close()


def test_login_dialog_in_khmer(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    path = _cbo_with_login(tmp_path, login=True)
    cbo: Cbo = open_cbo(path)
    try:
        dialog = LoginDialog(cbo, controller)
        qtbot.addWidget(dialog)
        english = dialog.userLabel.text()
        qtbot.mouseClick(dialog.languageButtons["km"], Qt.MouseButton.LeftButton)
        assert controller.languages.language == "km"
        assert dialog.languageButtons["km"].isChecked()
        assert dialog.userLabel.text() != english or not _has_khmer_catalogue()
    finally:
        cbo.close()


def _has_khmer_catalogue() -> bool:
    from cbodesk.i18n import catalogue

    return catalogue("km")("LoginDialog", "&User name:") != "&User name:"
