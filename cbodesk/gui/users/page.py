"""The Users page: who works in this CBO's file, their roles, and the administrator's
actions (add, change, reset a password, disable or enable). Nobody is deleted.

Only an administrator (``users.manage``) sees the list; the services check it again.
Everyone can set their own password here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import ROLES, Actor
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.pages import Page
from cbodesk.gui.widgets import heading
from cbodesk.services import users
from cbodesk.storage.database import Cbo

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
USER_ROLE = Qt.ItemDataRole.UserRole
GONE_COLOUR = "#8a8a8a"


class UsersModel(QAbstractTableModel):
    """The users (a few dozen at most: all are read at once)."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[users.UserView] = []
        self.format_time: Any = str

    def set_users(self, rows: list[users.UserView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Name"), self.tr("User name"), self.tr("Roles"), self.tr("Active"), self.tr("Last login")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        user = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return user.full_name
            if column == 1:
                return user.username
            if column == 2:
                return ", ".join(tr_core("roles", ROLES[r]) for r in ROLES if r in user.roles)
            if column == 3:
                return self.tr("yes") if user.active else self.tr("disabled")
            if column == 4:
                return self.format_time(user.last_login_at) if user.last_login_at else self.tr("never")
        if role == USER_ROLE:
            return user
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QColor(GONE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and user.must_change_password:
            return self.tr("Chooses a new password at the next login.")
        return None


class UsersPage(Retranslating, Page):
    # Who may work in the CBO's file is part of the organisation itself (chapter 1); the
    # main window also opens this page from Settings → Users and passwords.
    chapter = 1
    key = "users"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.dialog: QDialog | None = None
        self.titleLabel = heading(QLabel(), 1.5)
        self.loginLabel = QLabel()
        self.loginLabel.setWordWrap(True)
        self.table = QTableView()
        self.model = UsersModel(self)
        self.model.format_time = self._format_time
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.addButton, self.editButton = QPushButton(), QPushButton()
        self.resetButton, self.activeButton, self.ownButton = QPushButton(), QPushButton(), QPushButton()
        self.addButton.clicked.connect(self.add_user)
        self.editButton.clicked.connect(self.edit_current)
        self.resetButton.clicked.connect(self.reset_current)
        self.activeButton.clicked.connect(self.toggle_current)
        self.ownButton.clicked.connect(self.own_password)
        buttons = QHBoxLayout()
        for button in (self.addButton, self.editButton, self.resetButton, self.activeButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ownButton)
        self.noteLabel = QLabel()
        self.noteLabel.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.loginLabel)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.noteLabel)
        self.manager = actor.may("users.manage")
        for widget in (self.addButton, self.editButton, self.resetButton, self.activeButton, self.table):
            widget.setVisible(self.manager)
        self.retranslate()
        self._loaded = False

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("UsersPage", "Users and passwords")

    def retranslate(self) -> None:
        self.titleLabel.setText(self.tr("Users and passwords"))
        self.addButton.setText(self.tr("&Add a user…"))
        self.editButton.setText(self.tr("&Change…"))
        self.resetButton.setText(self.tr("&Reset password…"))
        self.ownButton.setText(self.tr("&My password…"))
        self.noteLabel.setText(
            self.tr("Users are never deleted: the audit log keeps naming who did what. Disable a user who "
                    "stops working in the CBO.") if self.manager else
            self.tr("Only an administrator manages the users. You can set your own password here."))
        self._show_login_state()
        self._update_buttons()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, UsersModel.COLUMNS - 1)

    def _format_time(self, value: Any) -> str:
        from datetime import UTC

        from cbodesk.domain.formatting import format_datetime
        from cbodesk.gui.cashbook.fields import locale_of

        return format_datetime(value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None), locale_of(self))

    def _show_login_state(self) -> None:
        if self.cbo.closed:
            return
        if users.login_required(self.cbo):
            self.loginLabel.setText(self.tr("Login is on: everyone logs in with their user name and password."))
        else:
            self.loginLabel.setText(self.tr("Login is off: whoever opens this CBO works as its administrator, "
                                            "and the audit log says so. An administrator turns login on in "
                                            "Settings → Language and settings."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        if self.cbo.closed:
            return
        self._loaded = True
        self._show_login_state()
        if not self.manager:
            return
        chosen = self.current_user()
        try:
            self.model.set_users(users.list_users(self.cbo, self.actor))
        except UserError as exc:
            show_error(self, exc)
            return
        if chosen is not None:
            self.select_user(chosen.id)
        self._update_buttons()

    def current_user(self) -> users.UserView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        user = index.siblingAtColumn(0).data(USER_ROLE)
        return user if isinstance(user, users.UserView) else None

    def select_user(self, user_id: int) -> None:
        for row, user in enumerate(self.model.rows):
            if user.id == user_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        user = self.current_user()
        for button in (self.editButton, self.resetButton, self.activeButton):
            button.setEnabled(user is not None)
        self.activeButton.setText(self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable"))

    # -- actions ------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, select: bool = False) -> None:
        """Show *dialog* as the page's one dialog (window-modal); read the list again once saved."""
        from cbodesk.gui.tables import open_page_dialog

        def closed(done: QDialog) -> None:
            if self.dialog is done:
                self.dialog = None
            if done.result() == QDialog.DialogCode.Accepted:
                self.refresh()
                saved = getattr(done, "saved", None)
                if select and isinstance(saved, users.UserView):
                    self.select_user(saved.id)

        open_page_dialog(self, dialog, closed)

    def add_user(self) -> None:
        from cbodesk.gui.users.dialogs import UserDialog

        self._open(UserDialog(self.cbo, self.actor, None, self), select=True)

    def edit_current(self) -> None:
        from cbodesk.gui.users.dialogs import UserDialog

        user = self.current_user()
        if user is not None:
            self._open(UserDialog(self.cbo, self.actor, user, self))

    def reset_current(self) -> None:
        from cbodesk.gui.users.dialogs import ResetPasswordDialog

        user = self.current_user()
        if user is not None:
            self._open(ResetPasswordDialog(self.cbo, self.actor, user, self))

    def toggle_current(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self, self.tr("Disable a user"),
                self.tr("Disable %s? They can no longer log in. What they did stays in the records under "
                        "their name; you can enable them again later.") % user.full_name)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            users.set_user_active(self.cbo, self.actor, user.id, not user.active)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    def own_password(self) -> None:
        from cbodesk.gui.users.dialogs import OwnPasswordDialog

        self._open(OwnPasswordDialog(self.cbo, self.actor, self))
