"""The users page driven as an administrator would: add a user with two roles, reset a
password, disable and enable; the last administrator kept; others see only their own password."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from members_support import on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from users_support import savings_group

from cbodesk.domain.roles import Actor
from cbodesk.gui.users import page as users_page
from cbodesk.gui.users.dialogs import OwnPasswordDialog, ResetPasswordDialog, UserDialog
from cbodesk.gui.users.page import UsersPage
from cbodesk.services import users
from cbodesk.storage.database import Cbo

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    with savings_group(tmp_path / "cbo.cbodesk")[0] as opened:
        yield opened


@pytest.fixture
def page(qtbot: QtBot, cbo: Cbo) -> UsersPage:
    return on_screen(qtbot, UsersPage(cbo, users.actor_without_login(cbo)), 900, 500)


def _row_of(page: UsersPage, username: str) -> int:
    return next(i for i, u in enumerate(page.model.rows) if u.username == username)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _add(qtbot: QtBot, page: UsersPage, type_text: TypeText, name: str, roles: list[str], password: str) -> None:
    _click(qtbot, page.addButton)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    type_text(dialog.nameEdit, name)
    for role in roles:
        dialog.roleChecks[role].setChecked(True)
    type_text(dialog.passwordEdit, password)
    type_text(dialog.repeatEdit, password)
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))


def test_add_reset_disable_through_the_page(qtbot: QtBot, page: UsersPage, cbo: Cbo, type_text: TypeText,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert [u.username for u in page.model.rows] == ["sok.dara"]
    _add(qtbot, page, type_text, "Chan Sophea", ["treasurer", "secretary"], "first password")
    assert page.dialog is None
    row = _row_of(page, "chan.sophea")  # suggested from the name
    added = page.model.rows[row]
    assert added.roles == {"treasurer", "secretary"} and added.must_change_password
    assert page.current_user() == added
    assert page.model.index(row, 2).data() == "Treasurer, Secretary"
    assert page.model.index(row, 4).data() == "never"

    # A short password is refused in the dialog, which stays open with the reason.
    _click(qtbot, page.resetButton)
    reset = page.dialog
    assert isinstance(reset, ResetPasswordDialog)
    type_text(reset.passwordEdit, "short")
    type_text(reset.repeatEdit, "short")
    _click(qtbot, reset.buttons.button(reset.buttons.StandardButton.Ok))
    assert reset.isVisible() and "at least 8 characters" in reset.messageLabel.text()
    reset.passwordEdit.clear()
    reset.repeatEdit.clear()
    type_text(reset.passwordEdit, "new from admin")
    type_text(reset.repeatEdit, "new from admin")
    _click(qtbot, reset.buttons.button(reset.buttons.StandardButton.Ok))
    assert users.log_in(cbo, "chan.sophea", "new from admin").must_change_password

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_user(added.id)
    assert page.activeButton.text() == "&Disable"
    _click(qtbot, page.activeButton)
    assert not page.model.rows[_row_of(page, "chan.sophea")].active
    assert page.model.index(_row_of(page, "chan.sophea"), 3).data() == "disabled"
    assert page.activeButton.text() == "&Enable"
    _click(qtbot, page.activeButton)
    assert page.model.rows[_row_of(page, "chan.sophea")].active


def test_change_roles_in_the_dialog_and_last_admin_kept(qtbot: QtBot, page: UsersPage, cbo: Cbo,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page.select_user(page.model.rows[_row_of(page, "sok.dara")].id)
    _click(qtbot, page.editButton)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    assert dialog.usernameEdit.isReadOnly()
    assert dialog.roleChecks["administrator"].isChecked()
    dialog.roleChecks["administrator"].setChecked(False)
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible()
    assert "last active administrator" in dialog.messageLabel.text()
    dialog.reject()
    assert "administrator" in page.model.rows[_row_of(page, "sok.dara")].roles
    # Disabling oneself is refused with a message.
    shown: list[str] = []
    monkeypatch.setattr(users_page, "show_error", lambda _parent, exc: shown.append(exc.text()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_user(page.model.rows[_row_of(page, "sok.dara")].id)
    _click(qtbot, page.activeButton)
    assert shown and "cannot disable yourself" in shown[0]
    assert page.model.rows[_row_of(page, "sok.dara")].active


def test_someone_else_sees_only_their_own_password(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    admin = users.default_actor(cbo)
    users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer", "chair"], "first password")
    treasurer = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer", "chair"}))
    page = UsersPage(cbo, treasurer)
    qtbot.addWidget(page)
    page.show()
    assert not page.table.isVisible() and not page.addButton.isVisible()
    assert "Only an administrator" in page.noteLabel.text()
    _click(qtbot, page.ownButton)
    dialog = page.dialog
    assert isinstance(dialog, OwnPasswordDialog)
    type_text(dialog.currentEdit, "first password")
    type_text(dialog.newEdit, "treasurer pw 1")
    type_text(dialog.repeatEdit, "treasurer pw 1")
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert page.dialog is None
    assert not users.log_in(cbo, "chan.sophea", "treasurer pw 1").must_change_password


def test_users_model(qtmodeltester: object, page: UsersPage) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
