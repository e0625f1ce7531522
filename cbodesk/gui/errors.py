"""Showing errors: one place for all three kinds (STYLE.md §5).

A :class:`UserError` becomes a plain message in the person's language; a
cancellation shows nothing; anything else is a bug: logged with its traceback
and shown with an apology and a "Copy details" button. ``sys.excepthook`` sends
exceptions raised inside Qt slots here too, which would otherwise leave a
frozen app hanging.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cbodesk import __version__
from cbodesk.domain.errors import ChangedMeanwhile, UserCancelled, UserError
from cbodesk.gui.forms.ui_bug_dialog import Ui_BugDialog
from cbodesk.gui.i18n import user_message

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "CBO Desk"), user_message(exc),
                      QMessageBox.StandardButton.Ok, parent)
    if exc.details:
        box.setDetailedText(exc.details)
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any exception the right way for its kind."""
    if isinstance(exc, UserCancelled):
        return
    if isinstance(exc, UserError):
        log.info("user error: %s", exc)
        show_user_error(parent, exc)
        return
    report_bug(type(exc), exc, exc.__traceback__, parent)


class BugDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BugDialog()
        self.ui.setupUi(self)
        self.ui.detailsText.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.detailsText.toPlainText())


def bug_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    import platform  # only when something went wrong

    head = (f"CBO Desk {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}\n\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


class BugReporter(QObject):
    """Collects unexpected exceptions; shows them unless running the self-test."""

    bug = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.quiet = False
        self._showing = False

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None, parent: QWidget | None = None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, (UserError, UserCancelled)):
            show_error(parent, exc)
            return
        self.count += 1
        details = bug_details(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        self.bug.emit(details)
        if self.quiet or self._showing or QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        self._showing = True  # one dialog at a time, even if showing it fails again
        try:
            BugDialog(details, parent or QApplication.activeWindow()).exec()
        finally:
            self._showing = False


reporter: BugReporter | None = None


def install_excepthook() -> BugReporter:
    global reporter
    if reporter is None:
        reporter = BugReporter()
    sys.excepthook = reporter.handle
    return reporter


def report_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
               parent: QWidget | None = None) -> None:
    if reporter is not None:
        reporter.handle(exc_type, exc, tb, parent)
    else:
        sys.__excepthook__(exc_type, exc, tb)


def ask_reload_after_conflict(parent: QWidget | None, exc: UserError, *, who: str = "", when: str = "") -> bool:
    """Somebody else saved the record being edited here (a ChangedMeanwhile error of a service).

    Says so, with *who* and *when* (already formatted for the person) when known, and offers
    "Reload" and "Keep my changes to copy". True: the person chose Reload, and the caller loads
    the record again, dropping what was typed. False: the form stays as typed, still unsaved,
    so the person can copy their text before reloading. Nothing is ever saved over the other's.
    """
    translate = QCoreApplication.translate
    if isinstance(exc, ChangedMeanwhile):
        who = who or exc.who
        if not when and exc.when is not None:
            from PySide6.QtCore import QLocale

            from cbodesk.domain.formatting import format_stored_time
            from cbodesk.gui.i18n import locale_settings

            language = "km" if QLocale().language() == QLocale.Language.Khmer else "en"
            when = format_stored_time(exc.when, locale_settings(language, False))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "Changed on another computer"),
                      user_message(exc), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("changedMeanwhileBox")
    lines = []
    if who and when:
        lines.append(translate("errors", "Saved by %1 on %2.").replace("%1", who).replace("%2", when))
    elif who:
        lines.append(translate("errors", "Saved by %1.").replace("%1", who))
    lines.append(translate("errors", "Reload shows what was saved; what you typed is dropped. Keep my "
                                     "changes leaves what you typed in the form, not saved, so that you "
                                     "can copy it, reload, and paste back what still applies."))
    box.setInformativeText("\n\n".join(lines))
    reload_button = box.addButton(translate("errors", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    keep_button = box.addButton(translate("errors", "Keep my changes to copy"), QMessageBox.ButtonRole.RejectRole)
    keep_button.setObjectName("keepButton")
    box.setDefaultButton(reload_button)
    box.setEscapeButton(keep_button)
    log.info("changed meanwhile: %s", exc)
    box.exec()
    return box.clickedButton() is reload_button
