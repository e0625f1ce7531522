"""Logging in to a CBO whose login is on: a user name (typed or picked from the active
users), a password, and the language of the screens.

A wrong try says only that the name or the password is wrong, never which; after a
few, each further try waits longer (:class:`cbodesk.domain.passwords.LoginThrottle`).
A person whose password was set by the administrator chooses their own before going on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.errors import UserError
from cbodesk.domain.passwords import LoginThrottle
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import LANGUAGE_NAMES, Retranslating, user_message
from cbodesk.gui.widgets import heading
from cbodesk.services import users
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.gui.app import AppController

ERROR_STYLE = "color: #b00020;"


class LoginDialog(Retranslating, QDialog):
    """``exec()`` true: :attr:`actor` is who logged in."""

    def __init__(self, cbo: Cbo, controller: AppController | None = None, parent: QWidget | None = None,
                 *, cbo_name: str = "") -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.controller = controller
        self.cbo_name = cbo_name
        self.actor: Actor | None = None
        self.throttle = LoginThrottle()
        self._password_used = ""
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

        self.titleLabel = QLabel()
        heading(self.titleLabel, 1.3)
        self.titleLabel.setWordWrap(True)
        self.languageButtons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setFlat(True)
            button.setCheckable(True)
            button.setEnabled(controller is not None)
            button.clicked.connect(lambda _=False, c=code: self._set_language(c))
            languages.addWidget(button)
            self.languageButtons[code] = button

        # Page 0: who and password.
        self.userCombo = QComboBox()
        self.userCombo.setEditable(True)
        self.userCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in users.login_choices(cbo):
            self.userCombo.addItem(f"{choice.full_name} ({choice.username})", choice.username)
        self.userCombo.setCurrentIndex(-1)
        self.userCombo.setEditText("")
        self.passwordEdit = QLineEdit()
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.userLabel, self.passwordLabel = QLabel(), QLabel()
        self.userLabel.setBuddy(self.userCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        login_page = QWidget()
        form = QFormLayout(login_page)
        form.addRow(self.userLabel, self.userCombo)
        form.addRow(self.passwordLabel, self.passwordEdit)

        # Page 1: a new password of one's own.
        self.changeNote = QLabel()
        self.changeNote.setWordWrap(True)
        self.newEdit, self.repeatEdit = QLineEdit(), QLineEdit()
        for edit in (self.newEdit, self.repeatEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newLabel, self.repeatLabel = QLabel(), QLabel()
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        change_page = QWidget()
        change_form = QFormLayout(change_page)
        change_form.addRow(self.changeNote)
        change_form.addRow(self.newLabel, self.newEdit)
        change_form.addRow(self.repeatLabel, self.repeatEdit)

        self.stack = QStackedWidget()
        self.stack.addWidget(login_page)
        self.stack.addWidget(change_page)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(languages)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.stack)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        if self.userCombo.count() == 1:
            self.userCombo.setCurrentIndex(0)
            self.passwordEdit.setFocus()
        else:
            self.userCombo.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in – CBO Desk"))
        self.titleLabel.setText(self.tr("Log in to %s") % self.cbo_name if self.cbo_name else self.tr("Log in"))
        self.userLabel.setText(self.tr("&User name:"))
        self.userCombo.setToolTip(self.tr("Type your user name, or pick your name from the list."))
        self.passwordLabel.setText(self.tr("&Password:"))
        self.changeNote.setText(self.tr("Your password was set by the administrator. Choose your own password "
                                        "now: at least 8 characters that only you know."))
        self.newLabel.setText(self.tr("&New password:"))
        self.repeatLabel.setText(self.tr("&Again:"))
        self.okButton.setText(self.tr("Log in") if self.stack.currentIndex() == 0 else self.tr("Save and go on"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        language = self.controller.languages.language if self.controller is not None else "en"
        for code, button in self.languageButtons.items():
            button.setChecked(code == language)
        if self._wait_left:
            self._show_wait()

    def _set_language(self, code: str) -> None:
        if self.controller is not None:
            self.controller.set_language(code)
        self.retranslate()

    def username(self) -> str:
        text = self.userCombo.currentText().strip()
        index = self.userCombo.findText(text)
        if index >= 0:
            return str(self.userCombo.itemData(index))
        return text

    def _go(self) -> None:
        if self.stack.currentIndex() == 0:
            self._log_in()
        else:
            self._change_password()

    def _log_in(self) -> None:
        if self._wait_left:
            return
        password = self.passwordEdit.text()
        try:
            result = users.log_in(self.cbo, self.username(), password)
        except users.WrongLogin as exc:
            self.passwordEdit.clear()
            self.passwordEdit.setFocus()
            wait = self.throttle.failed()
            self.messageLabel.setText(user_message(exc))
            if wait:
                self._wait_left = wait
                self.okButton.setEnabled(False)
                self._show_wait()
                self._wait_timer.start()
            return
        except UserError as exc:
            self.messageLabel.setText(user_message(exc))
            return
        self.throttle.succeeded()
        self.actor = result.actor
        if result.must_change_password:
            self._password_used = password
            self.messageLabel.clear()
            self.stack.setCurrentIndex(1)
            self.retranslate()
            self.newEdit.setFocus()
            return
        self.accept()

    def _show_wait(self) -> None:
        self.messageLabel.setText(
            self.tr("The user name or the password is not right. Wait %n second(s), then try again.", "",
                    self._wait_left))

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
            return
        self._wait_timer.stop()
        self.okButton.setEnabled(True)
        self.messageLabel.setText(self.tr("Try again."))

    def _change_password(self) -> None:
        assert self.actor is not None
        try:
            users.change_own_password(self.cbo, self.actor, self._password_used, self.newEdit.text(),
                                      self.repeatEdit.text())
        except UserError as exc:  # InvalidInput too: its problems are one message here
            self.messageLabel.setText(user_message(exc))
            return
        self._password_used = ""
        self.accept()

    def reject(self) -> None:
        self.actor = None
        self._password_used = ""
        super().reject()
