"""Starting the app, and the actions that open, close, back up and restore a CBO."""

from __future__ import annotations

import logging
import os
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cbodesk import __version__, paths
from cbodesk import config as cfg
from cbodesk.domain.errors import UserError
from cbodesk.gui.errors import install_excepthook, show_error
from cbodesk.gui.i18n import Languages, load_fonts, locale_settings, tr_core
from cbodesk.gui.jobs import check_cancel, run_job
from cbodesk.logsetup import setup_logging
from cbodesk.services.users import actor_without_login, login_required
from cbodesk.storage import fileformat as ff
from cbodesk.storage.database import Cbo, Location, open_cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.domain.roles import Actor
    from cbodesk.gui.mainwindow import MainWindow
    from cbodesk.services.shared import SharedConnection
    from cbodesk.storage.backup import Manifest

log = logging.getLogger(__name__)
DAILY_BACKUP_DELAY_MS = 8000


class AppController(QObject):
    """Owns the open CBO and its window; every File-menu action goes through here."""

    def __init__(self, app: QApplication, config: cfg.Config, languages: Languages) -> None:
        super().__init__()
        self.app = app
        self.config = config
        self.languages = languages
        self.window: MainWindow | None = None
        self._backup_threads: list[threading.Thread] = []

    # -- locale ---------------------------------------------------------------

    def locale(self) -> LocaleSettings:
        return locale_settings(self.languages.language, self.config.get(cfg.KHMER_DIGITS))

    def set_language(self, language: str) -> None:
        self.config.set(cfg.LANGUAGE, language)
        self.languages.set_language(language)

    # -- starting -------------------------------------------------------------

    def start(self, location: str | None) -> bool:
        """Open *location*, else the last CBO, else the first-run wizard. False: nothing open."""
        if location:
            return self.open_location(location, None)
        last = self.config.get(cfg.LAST_CBO)
        if last and (Location.parse(last).is_postgres or Path(last).exists()):
            if self.open_location(last, None):
                return True
        return self.first_run(None)

    def first_run(self, parent: QWidget | None, target: Location | None = None) -> bool:
        """The first-run wizard; with *target* (an empty shared database) it creates the CBO there."""
        from cbodesk.gui.firstrun import FirstRunWizard

        wizard = FirstRunWizard(self, parent, target=target)
        if not wizard.exec() or wizard.result_cbo is None:
            return False
        self.show_cbo(wizard.result_cbo)
        return True

    def new_cbo(self, parent: QWidget | None) -> None:
        if self.window is not None and not self.window.ask_to_save():
            return
        self.first_run(parent)

    def recent(self) -> list[str]:
        return self.config.get(cfg.RECENT_CBOS)

    # -- opening and closing --------------------------------------------------

    def choose_and_open(self, parent: QWidget | None) -> bool:
        start = str(paths.default_cbo_dir()) if paths.default_cbo_dir().is_dir() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open a CBO"), start,
            self.tr("CBO files (*%s);;All files (*)") % ff.FILE_SUFFIX)
        return bool(path) and self.open_location(path, parent)

    def open_location(self, location: str, parent: QWidget | None) -> bool:
        if self.window is not None and not self.window.ask_to_save():
            return False
        if Location.parse(location).is_postgres:
            return self._open_shared(Location.parse(location), parent)
        try:
            cbo = open_cbo(location, backup_dir=None)
        except UserError as exc:
            show_error(parent or self.window, exc)
            loc = Location.parse(location)
            if not loc.is_postgres and not loc.path.exists():
                self.config.forget_recent(loc.text)
            return False
        self.show_cbo(cbo)
        return True

    # -- the shared office database -------------------------------------------

    def connect_shared(self, parent: QWidget | None) -> bool:
        """File → Connect to a shared CBO database…"""
        if self.window is not None and not self.window.ask_to_save():
            return False
        return self._connect_dialog(parent, None, "")

    def _open_shared(self, location: Location, parent: QWidget | None) -> bool:
        """A recent shared CBO: with the password the keyring keeps (or none: a server may not
        ask), else the connect dialog asks for it."""
        from cbodesk.services import shared

        conn = shared.SharedConnection.from_url(location.text)
        try:
            cbo = shared.open_shared(shared.with_stored_password(location))
        except shared.WrongPassword as exc:
            message = "" if isinstance(exc, shared.PasswordNeeded) else exc.text(tr_core)
            return self._connect_dialog(parent, conn, message)
        except UserError as exc:
            show_error(parent or self.window, exc)
            return False
        self.show_cbo(cbo)
        return True

    def _connect_dialog(self, parent: QWidget | None, conn: SharedConnection | None, message: str) -> bool:
        from cbodesk.gui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(parent or self.window, connection=conn, message=message)
        if not dialog.exec():
            return False
        if dialog.next_step == "create":
            return self.first_run(parent, target=dialog.location())
        if dialog.next_step == "copy":
            return self.copy_file_into(parent, dialog.location())
        assert dialog.result_cbo is not None
        self.show_cbo(dialog.result_cbo)
        return True

    def copy_file_into(self, parent: QWidget | None, target: Location) -> bool:
        """Copy a CBO file the person chooses into the empty shared database *target*, then open it."""
        from cbodesk.gui.connect_dialog import copy_file_into

        return copy_file_into(parent, target, lambda cbo, _result: self.show_cbo(cbo))

    def who_works(self, cbo: Cbo, parent: QWidget | None) -> Actor | None:
        """The person who works in *cbo*: who logs in when login is on (None: they cancelled),
        else the administrator, marked "(login off)" in the audit log."""
        if not login_required(cbo):
            return actor_without_login(cbo)
        return self._log_in(cbo, parent or self.window)

    def _log_in(self, cbo: Cbo, parent: QWidget | None) -> Actor | None:
        """The login dialog for *cbo*: who logged in, or None when the person cancelled."""
        from cbodesk.gui.login_dialog import LoginDialog
        from cbodesk.services.profile import load_profile

        name = load_profile(cbo).display_name(self.languages.language)
        dialog = LoginDialog(cbo, self, parent, cbo_name=name)
        try:
            return dialog.actor if dialog.exec() else None
        finally:
            # Deleted by Qt once its events are done, not by Python while Qt still holds it.
            dialog.deleteLater()

    def show_cbo(self, cbo: Cbo, parent: QWidget | None = None, *, actor: Actor | None = None) -> bool:
        """Show *cbo* in the window, after the login when it asks for one (unless *actor* is
        given). False: the person did not log in (the CBO is closed again; a window open
        before stays)."""
        from cbodesk.gui.mainwindow import MainWindow

        actor = actor or self.who_works(cbo, parent)
        if actor is None:
            cbo.close()
            return False
        old = self.window
        if old is not None:
            old.close_confirmed = True
            old.close()
        self.config.add_recent(cbo.location.text)
        self.window = MainWindow(self, cbo, actor)
        self.window.show()
        log.info("opened %s as %s", cbo.location.display(), actor.username)
        # Once the window is up and the person has started: not competing with the start.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, lambda: self._daily_backup(cbo))
        return True

    def switch_user(self, parent: QWidget) -> None:
        """File → Log out / switch user: the login again; the window then works as whoever logs in."""
        from cbodesk.gui.mainwindow import MainWindow

        window = self.window
        if window is None or not window.ask_to_save():
            return
        cbo = window.cbo
        actor = self._log_in(cbo, parent)
        if actor is None:
            return
        window.keep_cbo_open = True
        window.close_confirmed = True
        window.close()
        self.window = MainWindow(self, cbo, actor)
        self.window.show()
        log.info("%s logged in to %s", actor.username, cbo.location.display())

    def window_closing(self, window: MainWindow) -> None:
        cbo = window.cbo
        if window.keep_cbo_open:  # another person logs in to the same CBO
            if self.window is window:
                self.window = None
            return
        for thread in self._backup_threads:
            thread.join(timeout=30)  # never close the database under a running backup
        self._backup_threads = []
        if self.config.get(cfg.AUTO_BACKUP):
            try:
                from cbodesk.storage.snapshots import automatic_backup

                automatic_backup(cbo, self._backup_root(), reason="on-close")
            except Exception:  # a failed backup must not stop the person closing
                log.exception("backup on close failed")
        cbo.close()
        if self.window is window:
            self.window = None

    def _backup_root(self) -> Path | None:
        folder = self.config.get(cfg.BACKUP_FOLDER)
        return Path(folder) if folder else None

    def _daily_backup(self, cbo: Cbo) -> None:
        if not self.config.get(cfg.AUTO_BACKUP) or cbo.closed:
            return
        from cbodesk.storage.snapshots import automatic_backup, daily_backup_due

        def work(cancel: threading.Event) -> Path | None:
            if not daily_backup_due(cbo, self._backup_root()):
                return None
            return automatic_backup(cbo, self._backup_root(), reason="daily")

        def failed(exc: BaseException) -> None:
            log.error("daily backup failed: %r", exc)
            if self.window is not None:
                self.window.statusBar().showMessage(self.tr("The daily backup could not be written."), 15000)

        self._backup_threads.append(run_job(None, "", work, lambda _p: None, on_failure=failed,
                                            progress=False))

    # -- backups --------------------------------------------------------------

    def backup_to(self, parent: QWidget) -> None:
        assert self.window is not None
        cbo = self.window.cbo
        folder = QFileDialog.getExistingDirectory(parent, self.tr("Back up to which folder or USB stick?"),
                                                  str(Path.home()))
        if not folder:
            return
        from cbodesk.services.backups import back_up_to

        actor = self.window.actor

        def work(cancel: threading.Event) -> Path:
            check_cancel(cancel)
            return back_up_to(cbo, actor, Path(folder))

        def done(path: Path) -> None:
            QMessageBox.information(parent, self.tr("Backup written"),
                                    self.tr("The backup was written to:\n%s\n\nKeep the USB stick in a "
                                       "safe place, away from this computer.") % path)

        run_job(parent, self.tr("Writing the backup…"), work, done)

    def restore(self, parent: QWidget) -> None:
        assert self.window is not None
        from cbodesk.storage.backup import verify_backup
        from cbodesk.storage.schema import CURRENT_VERSION

        path, _ = QFileDialog.getOpenFileName(parent, self.tr("Restore which backup?"), str(Path.home()),
                                              self.tr("CBO Desk backups (*%s)") % ff.BACKUP_SUFFIX)
        if not path:
            return

        def checked(manifest: Manifest) -> None:
            self._confirm_restore(parent, Path(path), manifest)

        run_job(parent, self.tr("Checking the backup…"),
                lambda cancel: verify_backup(Path(path), supported_schema=CURRENT_VERSION), checked)

    def _confirm_restore(self, parent: QWidget, backup: Path, manifest: Manifest) -> None:
        assert self.window is not None
        cbo = self.window.cbo
        if cbo.is_postgres:
            target_text, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Restore into which new CBO file?"), str(paths.default_cbo_dir()),
                self.tr("CBO files (*%s)") % ff.FILE_SUFFIX)
            if not target_text:
                return
            target = Path(target_text)
        else:
            target = cbo.location.path
        from cbodesk.domain.formatting import format_datetime

        when = format_datetime(datetime.fromisoformat(manifest.created_at).astimezone(), self.locale())
        answer = QMessageBox.question(
            parent, self.tr("Restore the backup?"),
            self.tr("The backup of \u201c%(name)s\u201d made on %(when)s is complete and correct.\n\n"
               "Restoring it replaces the data in\n%(target)s\nwith the data of the backup. "
               "The current file is kept beside it, so nothing is lost.\n\nRestore now?")
            .replace("%(name)s", manifest.cbo_name).replace("%(when)s", when)
            .replace("%(target)s", str(target)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.window.ask_to_save():
            return
        from cbodesk.services.backups import restore

        actor = self.window.actor
        actor.require("cbo.restore")  # before the window closes; restore() checks it again
        reopen_same = not cbo.is_postgres
        if reopen_same:
            self.window.close_confirmed = True
            self.window.close()  # closes the database and takes a backup of it on the way
        try:
            kept = restore(actor, backup, target)
        except UserError as exc:
            show_error(parent if not reopen_same else None, exc)
            if reopen_same:
                self.open_location(str(target), None)
            return
        self.open_location(str(target), None)
        message = self.tr("The backup was restored.")
        if kept is not None:
            message += "\n" + self.tr("The file it replaced was kept as:\n%s") % kept
        QMessageBox.information(self.window, self.tr("Backup restored"), message)

    # -- dialogs --------------------------------------------------------------

    def show_settings(self, parent: QWidget) -> None:
        from cbodesk.gui.settings_dialog import SettingsDialog

        SettingsDialog(self, parent).exec()

    def show_log(self, parent: QWidget) -> None:
        from cbodesk.gui.log_dialog import LogDialog

        LogDialog(paths.log_file(), parent).exec()

    def show_about(self, parent: QWidget) -> None:
        QMessageBox.about(
            parent, self.tr("About CBO Desk"),
            self.tr("<h3>CBO Desk %s</h3><p>Members, meetings, cash book and activity plans of a "
               "community-based organisation, in line with the Guideline of Good Practices of "
               "CBOs Operating in Cambodia.</p><p>Fonts: Noto Sans and Noto Sans Khmer, SIL Open "
               "Font License 1.1.</p>") % __version__)

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _platform_for_check() -> None:
    # The self-test must run where there is no screen (CI, an installer).
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CBO Desk")
    app.setOrganizationName("CBODesk")
    app.setApplicationVersion(__version__)
    load_fonts()
    return app


def run(location: str | None, *, check: bool = False) -> int:
    """Run the app: the ``cbodesk`` and ``cbodesk open`` commands."""
    setup_logging(console=True)
    if check:
        _platform_for_check()
    app = make_application()
    config = cfg.Config()
    languages = Languages(app)
    languages.set_language(config.get(cfg.LANGUAGE))
    reporter = install_excepthook()
    controller = AppController(app, config, languages)
    if check:
        reporter.quiet = True
        return self_check(controller, location)
    if not controller.start(location) or controller.window is None:  # e.g. the login cancelled
        return 0 if location is None else 1
    return app.exec()


def self_check(controller: AppController, location: str | None) -> int:
    """Open the main window, visit every page, and say whether all went well."""
    from cbodesk.gui import errors

    if location is None:
        print("cbodesk: --check needs a CBO to open", file=sys.stderr)
        return 2
    try:  # no message box: nobody is there to click it
        cbo = open_cbo(location)
    except UserError as exc:
        print(f"cbodesk: {exc.text()}", file=sys.stderr)
        return 1
    # Nobody is there to log in: the self-test works as the administrator, named so in the log.
    controller.show_cbo(cbo, actor=actor_without_login(cbo))
    window = controller.window
    assert window is not None
    QApplication.processEvents()
    if window.ui.pages.currentWidget() is None:
        print("cbodesk: the main window shows no page", file=sys.stderr)
        return 1
    for index, page in enumerate(window.pages):
        window.select_page(index)
        QApplication.processEvents()
        if window.current_page() is not page or not page.isVisible():
            print(f"cbodesk: page {page.title()} did not show", file=sys.stderr)
            return 1
        page.refresh()
    window.close_confirmed = True
    window.close()
    QApplication.processEvents()
    failures = errors.reporter.count if errors.reporter else 0
    print(f"cbodesk: self-test {'passed' if not failures else 'FAILED'}: "
          f"{len(window.pages)} page(s) visited, {failures} error(s)")
    return 0 if failures == 0 else 1
