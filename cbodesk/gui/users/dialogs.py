"""The users page's dialogs: a user (name, user name, roles, first password), a password
reset by the administrator, and one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import ROLES, Actor
from cbodesk.gui.i18n import Retranslating, tr_core, user_message
from cbodesk.services import users
from cbodesk.storage.database import Cbo

ERROR_STYLE = "color: #b00020;"


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Dialog(Retranslating, QDialog):
    """A form, a red message for what went wrong, OK and Cancel; ``_save`` does the work."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._save()
        except UserError as exc:
            self.messageLabel.setText(user_message(exc))
            return
        super().accept()

    def _standard_buttons(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class UserDialog(_Dialog):
    """Add a user (with a first password) or change a user's name and roles."""

    def __init__(self, cbo: Cbo, actor: Actor, user: users.UserView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.user = cbo, actor, user
        self.saved: users.UserView | None = None
        self.nameEdit = QLineEdit(user.full_name if user else "")
        self.usernameEdit = QLineEdit(user.username if user else "")
        self.usernameEdit.setReadOnly(user is not None)
        self.nameEdit.textEdited.connect(self._suggest_username)
        self._username_touched = user is not None
        self.usernameEdit.textEdited.connect(self._username_edited)
        self.rolesBox = QGroupBox()
        roles_layout = QVBoxLayout(self.rolesBox)
        self.roleChecks: dict[str, QCheckBox] = {}
        for code in ROLES:
            check = QCheckBox()
            check.setChecked(user is not None and code in user.roles)
            roles_layout.addWidget(check)
            self.roleChecks[code] = check
        self.nameLabel, self.usernameLabel = QLabel(), QLabel()
        self.form.addRow(self.nameLabel, self.nameEdit)
        self.form.addRow(self.usernameLabel, self.usernameEdit)
        self.form.addRow(self.rolesBox)
        self.passwordEdit, self.repeatEdit = _password_edit(), _password_edit()
        self.passwordLabel, self.repeatLabel = QLabel(), QLabel()
        if user is None:
            self.form.addRow(self.passwordLabel, self.passwordEdit)
            self.form.addRow(self.repeatLabel, self.repeatEdit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a user") if self.user is None else self.tr("Change a user"))
        self.nameLabel.setText(self.tr("&Name:"))
        self.usernameLabel.setText(self.tr("&User name (to log in):"))
        self.rolesBox.setTitle(self.tr("Roles (one or more)"))
        for code, check in self.roleChecks.items():
            check.setText(tr_core("roles", ROLES[code]))
        self.passwordLabel.setText(self.tr("First &password:"))
        self.repeatLabel.setText(self.tr("&Again:"))
        self.passwordEdit.setToolTip(self.tr("The person chooses their own password when they first log in."))
        self._standard_buttons()

    def _username_edited(self) -> None:
        self._username_touched = True

    def _suggest_username(self, name: str) -> None:
        if not self._username_touched:
            suggested = users.username_for(name)
            self.usernameEdit.setText("" if suggested == "admin" and not name.isascii() else suggested)

    def roles(self) -> list[str]:
        return [code for code, check in self.roleChecks.items() if check.isChecked()]

    def _save(self) -> None:
        if self.user is None:
            self.saved = users.add_user(self.cbo, self.actor, self.usernameEdit.text(), self.nameEdit.text(),
                                        self.roles(), self.passwordEdit.text(), self.repeatEdit.text())
        else:
            self.saved = users.update_user(self.cbo, self.actor, self.user.id, self.nameEdit.text(), self.roles(),
                                           row_version=self.user.row_version)


class ResetPasswordDialog(_Dialog):
    """The administrator gives a user who forgot their password a new one."""

    def __init__(self, cbo: Cbo, actor: Actor, user: users.UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.user = cbo, actor, user
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.passwordEdit, self.repeatEdit = _password_edit(), _password_edit()
        self.passwordLabel, self.repeatLabel = QLabel(), QLabel()
        self.form.addRow(self.note)
        self.form.addRow(self.passwordLabel, self.passwordEdit)
        self.form.addRow(self.repeatLabel, self.repeatEdit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a password"))
        self.note.setText(self.tr("A new password for %s. Tell it to them in person; they choose their own "
                                  "when they next log in.") % self.user.full_name)
        self.passwordLabel.setText(self.tr("New &password:"))
        self.repeatLabel.setText(self.tr("&Again:"))
        self._standard_buttons()

    def _save(self) -> None:
        users.reset_password(self.cbo, self.actor, self.user.id, self.passwordEdit.text(), self.repeatEdit.text())


class OwnPasswordDialog(_Dialog):
    """Anybody sets or changes their own password."""

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor = cbo, actor
        self.first = not users.has_password(cbo, actor)
        self.currentEdit, self.newEdit, self.repeatEdit = _password_edit(), _password_edit(), _password_edit()
        self.currentLabel, self.newLabel, self.repeatLabel = QLabel(), QLabel(), QLabel()
        if not self.first:
            self.form.addRow(self.currentLabel, self.currentEdit)
        self.form.addRow(self.newLabel, self.newEdit)
        self.form.addRow(self.repeatLabel, self.repeatEdit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set your password") if self.first else self.tr("Change your password"))
        self.currentLabel.setText(self.tr("&Present password:"))
        self.newLabel.setText(self.tr("&New password:"))
        self.repeatLabel.setText(self.tr("&Again:"))
        self._standard_buttons()

    def _save(self) -> None:
        users.change_own_password(self.cbo, self.actor, self.currentEdit.text(), self.newEdit.text(),
                                  self.repeatEdit.text())
