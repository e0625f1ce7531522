"""Connect to a shared CBO database: server, port, database, user, password and encryption (TLS).

"Test connection" connects in the background and says in plain words what it found, or what went
wrong (no answer from the server, wrong password, no such database, TLS required). "Connect"
tests, then opens the CBO there; a database that is still empty can get a new CBO (the first-run
wizard) or a copy of a CBO file. The password is kept in the computer's keyring when the person
asks and the computer has one; when it has none, the dialog says so: the password is then asked
each time and never written to a file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.errors import UserError
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import Retranslating, tr_core, user_message
from cbodesk.gui.jobs import JobControl, check_cancel, run_job
from cbodesk.services import shared
from cbodesk.services.shared import ConnectionCheck, SharedConnection
from cbodesk.storage.database import Cbo, Location

if TYPE_CHECKING:
    from cbodesk.services.copying import CopyResult

ERROR_STYLE = "color: #c62828; font-weight: bold;"
GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
NOTE_STYLE = "color: #6d4c41;"

NextStep = Literal["open", "create", "copy"]


class ConnectDialog(Retranslating, QDialog):
    """Asks for a shared database's connection; after ``exec()``: ``result_cbo`` (open) or
    ``next_step`` "create"/"copy" for an empty database at ``location()``."""

    def __init__(self, parent: QWidget | None = None, *, connection: SharedConnection | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.result_cbo: Cbo | None = None
        self.next_step: NextStep = "open"
        self.last_check: ConnectionCheck | None = None
        self._busy = False
        self._connecting = False
        self.can_remember = shared.keyring_available()

        self.hostEdit = QLineEdit()
        self.portSpin = QSpinBox()
        self.portSpin.setRange(1, 65535)
        self.portSpin.setValue(shared.DEFAULT_PORT)
        self.portSpin.setGroupSeparatorShown(False)
        self.databaseEdit = QLineEdit()
        self.userEdit = QLineEdit()
        self.passwordEdit = QLineEdit()
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tlsCombo = QComboBox()
        self.caEdit = QLineEdit()
        self.caBrowse = QPushButton()
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.caEdit, 1)
        ca_row.addWidget(self.caBrowse)
        self.rememberCheck = QCheckBox()
        self.keyringNote = QLabel()
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setStyleSheet(NOTE_STYLE)
        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.introLabel = QLabel()
        self.introLabel.setWordWrap(True)

        form = QFormLayout()
        self.form = form
        self.labels = [QLabel() for _ in range(7)]
        fields: list[QWidget | QHBoxLayout] = [self.hostEdit, self.portSpin, self.databaseEdit, self.userEdit,
                                                self.passwordEdit, self.tlsCombo, ca_row]
        for label, field in zip(self.labels, fields):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                label.setBuddy(self.caEdit)
                form.addRow(label, field)
        form.addRow("", self.rememberCheck)

        self.testButton = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connectButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.testButton)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.introLabel)
        layout.addLayout(form)
        # (A wrapped label in a form row gets too little height: it goes below the form.)
        layout.addWidget(self.keyringNote)
        layout.addWidget(self.statusLabel)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self.testButton.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.connect_to_database)
        self.buttons.rejected.connect(self.reject)
        self.tlsCombo.currentIndexChanged.connect(self._tls_changed)
        self.caBrowse.clicked.connect(self._choose_ca)
        for edit in (self.hostEdit, self.databaseEdit, self.userEdit, self.passwordEdit, self.caEdit):
            edit.textEdited.connect(self._forget_check)
        self.portSpin.valueChanged.connect(self._forget_check)

        self.retranslate()
        if connection is not None:
            self.set_connection(connection)
        self.rememberCheck.setEnabled(self.can_remember)
        self.rememberCheck.setChecked(self.can_remember and connection is not None
                                      and shared.stored_password(connection) is not None)
        self._tls_changed()
        if message:
            self.show_status(message, ERROR_STYLE)
        self.setMinimumWidth(560)
        self.adjustSize()
        (self.passwordEdit if connection is not None else self.hostEdit).setFocus()

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a shared CBO database"))
        self.introLabel.setText(self.tr(
            "A CBO kept on a PostgreSQL server can be used from several computers at once. Ask the "
            "administrator of the server for these details."))
        for label, text in zip(self.labels, (self.tr("&Server:"), self.tr("&Port:"), self.tr("&Database:"),
                                             self.tr("&User name:"), self.tr("Pass&word:"),
                                             self.tr("&Encryption (TLS):"),
                                             self.tr("Certificate &authority:"))):
            label.setText(text)
        self.hostEdit.setPlaceholderText(self.tr("for example 192.168.1.20 or db.myngo.org"))
        current = self.tlsCombo.currentData()
        self.tlsCombo.blockSignals(True)
        self.tlsCombo.clear()
        for code, text in (("off", self.tr("Off")), ("prefer", self.tr("If the server offers it")),
                           ("require", self.tr("Required")),
                           ("verify-full", self.tr("Required, and check the server's certificate"))):
            self.tlsCombo.addItem(text, code)
        self.tlsCombo.setCurrentIndex(max(self.tlsCombo.findData(current or "prefer"), 0))
        self.tlsCombo.blockSignals(False)
        self.caBrowse.setText(self.tr("Choose…"))
        self.rememberCheck.setText(self.tr("&Remember the password on this computer"))
        if self.can_remember:
            self.keyringNote.setText(self.tr("The password is kept in this computer's password keyring, "
                                             "never in a file."))
        else:
            self.keyringNote.setText(self.tr("This computer has no password keyring, so CBO Desk cannot "
                                             "remember the password: it will ask for it each time. It is "
                                             "never written to a file."))
        self.testButton.setText(self.tr("&Test connection"))
        self.connectButton.setText(self.tr("&Connect"))
        self.cancelButton.setText(self.tr("Cancel"))

    # -- values ---------------------------------------------------------------------------------

    def set_connection(self, connection: SharedConnection) -> None:
        self.hostEdit.setText(connection.host)
        self.portSpin.setValue(connection.port)
        self.databaseEdit.setText(connection.database)
        self.userEdit.setText(connection.user)
        self.tlsCombo.setCurrentIndex(max(self.tlsCombo.findData(connection.tls), 0))
        self.caEdit.setText(connection.ca_file)

    def connection(self) -> SharedConnection:
        return SharedConnection(host=self.hostEdit.text().strip(), database=self.databaseEdit.text().strip(),
                                user=self.userEdit.text().strip(), port=self.portSpin.value(),
                                tls=self.tlsCombo.currentData(), ca_file=self.caEdit.text().strip())

    def location(self) -> Location:
        return self.connection().location(self.passwordEdit.text())

    def _tls_changed(self) -> None:
        checking = self.tlsCombo.currentData() == "verify-full"
        self.caEdit.setEnabled(checking)
        self.caBrowse.setEnabled(checking)
        self._forget_check()

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the certificate authority"),
                                              self.caEdit.text(),
                                              self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.caEdit.setText(path)
            self._forget_check()

    def _forget_check(self) -> None:
        self.last_check = None

    def show_status(self, text: str, style: str) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet(style)

    # -- testing and connecting -----------------------------------------------------------------

    def _problems(self) -> bool:
        problems = self.connection().problems()
        if problems:
            self.show_status("\n".join("• " + tr_core("errors", p) for p in problems), ERROR_STYLE)
        return bool(problems)

    def test_connection(self) -> None:
        self._start(connecting=False)

    def connect_to_database(self) -> None:
        self._start(connecting=True)

    def _start(self, *, connecting: bool) -> None:
        if self._busy or self._problems():
            return
        conn, password = self.connection(), self.passwordEdit.text()
        self._busy, self._connecting = True, connecting
        self._set_enabled(False)
        self.show_status(self.tr("Connecting to %s…") % conn.display(), NOTE_STYLE)

        def work(cancel: threading.Event) -> ConnectionCheck:
            return shared.check_connection(conn, password)

        run_job(self, self.tr("Connecting to the shared database…"), work, self._tested,
                on_failure=self._failed, on_cancel=self._cancelled)

    def _cancelled(self) -> None:
        self._busy = False
        self._set_enabled(True)
        self.show_status("", NOTE_STYLE)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.testButton, self.connectButton):
            widget.setEnabled(enabled)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_enabled(True)
        if not isinstance(exc, UserError):
            self.show_status("", ERROR_STYLE)
            show_error(self, exc)
            return
        self.show_status(user_message(exc), ERROR_STYLE)
        if isinstance(exc, shared.WrongPassword):
            self.passwordEdit.selectAll()
            self.passwordEdit.setFocus()

    def _tested(self, check: ConnectionCheck) -> None:
        self._busy = False
        self._set_enabled(True)
        self.last_check = check
        conn = self.connection()
        if check.contents == "cbo":
            self.show_status(self.tr("Connected. This database holds the CBO \u201c%s\u201d.") % check.cbo_name
                             if check.cbo_name else self.tr("Connected. This database holds a CBO."), GOOD_STYLE)
        elif check.contents == "empty":
            self.show_status(self.tr("Connected. The database is empty: it can get a new CBO, or a copy "
                                     "of a CBO file."), GOOD_STYLE)
        else:
            self.show_status(user_message(shared.not_a_cbo(conn)), ERROR_STYLE)
            return
        if self._connecting:
            self._go_on(check)

    def _go_on(self, check: ConnectionCheck) -> None:
        if check.contents == "empty":
            step = self.ask_what_to_do_with_empty()
            if step is None:
                return
            self.next_step = step
            self._keep_password()
            self.accept()
            return
        try:
            self.result_cbo = shared.open_shared(self.location())
        except UserError as exc:
            self.show_status(user_message(exc), ERROR_STYLE)
            return
        self.next_step = "open"
        self._keep_password()
        self.accept()

    def ask_what_to_do_with_empty(self) -> NextStep | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("An empty database"),
                          self.tr("The database %s holds no CBO yet. What would you like to do?")
                          % self.connection().database, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("emptyDatabaseBox")
        create = box.addButton(self.tr("Create a new CBO here"), QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("createButton")
        copy = box.addButton(self.tr("Copy a CBO file into it"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("copyButton")
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.exec()
        clicked = box.clickedButton()
        return "create" if clicked is create else "copy" if clicked is copy else None

    def _keep_password(self) -> None:
        conn = self.connection()
        if self.rememberCheck.isChecked() and self.passwordEdit.text():
            shared.remember_password(conn, self.passwordEdit.text())
        else:
            shared.forget_password(conn)

    def reject(self) -> None:
        if self.result_cbo is not None:
            self.result_cbo.close()
            self.result_cbo = None
        super().reject()


def copy_file_into(parent: QWidget | None, target: Location,
                   done: Callable[[Cbo, CopyResult], object]) -> bool:
    """Ask for a CBO file and copy it into the empty shared database *target* in the background;
    then open the copy and hand it to *done*. False when the person chose no file."""
    from cbodesk import paths
    from cbodesk.services.copying import copy_cbo
    from cbodesk.storage import fileformat as ff

    translate = QCoreApplication.translate
    start = str(paths.default_cbo_dir()) if paths.default_cbo_dir().is_dir() else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ConnectDialog", "Copy which CBO file into the shared database?"), start,
        translate("ConnectDialog", "CBO files (*%s)") % ff.FILE_SUFFIX)
    if not path:
        return False

    def work(cancel: JobControl) -> CopyResult:
        def on_rows(_table: str, _done: int) -> None:
            check_cancel(cancel)  # cancelling rolls the whole copy back

        return copy_cbo(path, target, on_rows=on_rows)

    def copied(result: CopyResult) -> None:
        try:
            cbo = shared.open_shared(target)
        except UserError as exc:
            show_error(parent, exc)
            return
        QMessageBox.information(
            parent, translate("ConnectDialog", "CBO copied"),
            translate("ConnectDialog", "The CBO was copied into %1 and checked: every table is complete, "
                                       "and the cash book (%2 entries) and the audit log verify.\n\nFrom now "
                                       "on, open it there; the file %3 is no longer used.")
            .replace("%1", target.display()).replace("%2", str(result.book_entries)).replace("%3", path))
        done(cbo, result)

    run_job(parent, translate("ConnectDialog", "Copying the CBO into the shared database…"), work, copied)
    return True
